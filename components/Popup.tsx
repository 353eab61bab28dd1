import { browser } from 'wxt/browser';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ALL_SITES, hasAccess, requestAllSites } from '../lib/access';
import type { PageState } from '../lib/messages';
import { groupClaims } from '../lib/page/claims';
import { modeLabel, t } from '../lib/i18n';
import { DEFAULT_SETTINGS, loadSettings, MODES, setDefaultMode, setSiteDisabled, setSiteMode, siteView, watchSettings, type Mode } from '../lib/settings';
import { ClaimGroups } from './ClaimGroups';
import { ExportBar } from './ExportBar';
import { askTab, getState, requestAccess, resolveTabId, startInTab, type Unavailable } from './tab';

/** How often the popup asks again while the page is being analysed. */
const POLL_MS = 250;

type View =
  | { kind: 'loading' }
  | { kind: 'page'; state: PageState }
  | { kind: 'unavailable'; why: Unavailable }
  | { kind: 'no-tab' };

export function Popup({ tabId: requested }: { tabId?: number }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);

  /** Whether the popup has started Who Said in the tab; it does so once, then waits for the answer. */
  const started = useRef(false);
  const refresh = useCallback(async (id: number) => {
    try {
      setView({ kind: 'page', state: await getState(id) });
    } catch {
      if (started.current) {
        setView({ kind: 'loading' });
        return;
      }
      started.current = true;
      const why = await startInTab(id);
      setView(why ? { kind: 'unavailable', why } : { kind: 'loading' });
    }
  }, []);

  useEffect(() => {
    void resolveTabId(requested).then((id) => {
      if (id === undefined) setView({ kind: 'no-tab' });
      else {
        setTabId(id);
        void refresh(id);
      }
    });
  }, [requested, refresh]);

  const waiting = view.kind === 'loading' || (view.kind === 'page' && view.state.status === 'analysing');
  useEffect(() => {
    if (tabId === undefined || !waiting) return undefined;
    const timer = setTimeout(() => void refresh(tabId), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, view, waiting, refresh]);

  if (view.kind === 'loading') return <Shell log={settings.log}><p class="note">{t('reading')}</p></Shell>;
  if (view.kind === 'no-tab') return <Shell log={settings.log}><p class="note">{t('noTab')}</p></Shell>;
  if (view.kind === 'unavailable') return <Shell log={settings.log}><UnavailableNote why={view.why} tabId={tabId!} onRetry={() => void refresh(tabId!)} /></Shell>;

  const { state } = view;
  const changeMode = async (mode: Mode) => {
    setView({ kind: 'page', state: { ...state, mode, overridden: true } });
    await setSiteMode(state.host, mode);
  };
  const makeDefault = async () => {
    setView({ kind: 'page', state: { ...state, overridden: false } });
    await setDefaultMode(state.mode, state.host);
  };
  const toggleSite = async (disabled: boolean) => {
    setView({ kind: 'page', state: { ...state, status: disabled ? 'disabled' : 'analysing', claims: disabled ? [] : state.claims } });
    await setSiteDisabled(state.host, disabled);
  };
  const jump = (claim: number) => void askTab(tabId!, { type: 'jump', claim }).catch(() => undefined);

  const site = siteView(settings, state.host);
  const claims = state.claims.filter((c) => site.kinds.includes(c.kind));
  const groups = groupClaims(claims);
  const named = groups.filter((g) => g.colour >= 0).length;
  const unnamed = claims.filter((c) => c.colour < 0).length;

  return (
    <Shell
      log={settings.log}
      counts={state.status === 'ready' ? (
        <p class="counts" aria-live="polite">
          {claims.length === 1 ? t('countClaim') : t('countClaims', claims.length)} · {named === 1 ? t('countSource') : t('countSources', named)} ·{' '}
          {t('countUnnamed', unnamed)}
        </p>
      ) : undefined}
    >
      <div class="modes" role="radiogroup" aria-label={t('highlightMode')} onKeyDown={(e) => arrowRadios(e, state.mode, (m) => void changeMode(m))}>
        {MODES.map((mode) => (
          <button
            type="button"
            role="radio"
            aria-checked={state.mode === mode}
            tabIndex={state.mode === mode ? 0 : -1}
            class={state.mode === mode ? 'mode active' : 'mode'}
            disabled={state.status === 'disabled'}
            onClick={() => void changeMode(mode)}
          >
            {modeLabel(mode)}
          </button>
        ))}
      </div>
      <div class="site">
        {site.unlisted ? null : (
          <label>
            <input type="checkbox" checked={state.status === 'disabled'} onChange={(e) => void toggleSite(e.currentTarget.checked)} />
            {t('disableOn', state.host || t('thisSite'))}
          </label>
        )}
        {state.overridden && state.status !== 'disabled' ? (
          <button type="button" class="link" onClick={() => void makeDefault()}>
            {t('useOnAllSites', modeLabel(state.mode))}
          </button>
        ) : null}
      </div>
      {settings.run === 'auto' ? <AutoRunOffer /> : null}
      {state.status === 'disabled' ? <p class="note">{site.unlisted ? t('notListed') : t('offOnSite')}</p> : null}
      {state.status === 'analysing' ? <p class="note">{t('finding')}</p> : null}
      {state.status === 'error' ? <p class="note error">{t('analysisError', state.error ?? '')}</p> : null}
      {state.status === 'ready' && claims.length === 0 ? <p class="note">{t('noClaims')}</p> : null}
      {state.status === 'ready' && claims.length > 0 ? <ExportBar claims={claims} tabId={tabId!} url={state.url} /> : null}
      {state.status === 'ready' && claims.length > 0 ? <ClaimGroups groups={groups} palette={settings.palette} onJump={jump} /> : null}
    </Shell>
  );
}

function Shell({ children, counts, log }: { children: preact.ComponentChildren; counts?: preact.ComponentChildren; log: boolean }) {
  return (
    <main>
      <header>
        <h1>Who Said</h1>
        {counts}
        <button type="button" class="link settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
        {log ? (
          <a class="link log" href="/log.html" target="_blank">
            {t('openLog')}
          </a>
        ) : null}
      </header>
      {children}
    </main>
  );
}

function UnavailableNote({ why, tabId, onRetry }: { why: Unavailable; tabId: number; onRetry: () => void }) {
  const [denied, setDenied] = useState(false);
  if (why.reason === 'unsupported') {
    return <p class="note">{t('cannotRun')}</p>;
  }
  return (
    <div class="note">
      <p>{why.origins.length === 1 ? t('needsPermissionSite') : t('needsPermissionAll')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => void requestAccess(tabId, why.origins).then((granted) => (granted ? onRetry() : setDenied(true)))}
      >
        {why.origins.length === 1 ? t('allowSite') : t('allowAll')}
      </button>
      {denied ? <p class="error">{t('notGranted')}</p> : null}
    </div>
  );
}

/**
 * Readers who want pages read by themselves, but have not granted access to all sites yet (a new
 * install, or access revoked in the browser), get the one button that grants it.
 */
function AutoRunOffer() {
  const [missing, setMissing] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => void hasAccess(ALL_SITES).then((granted) => setMissing(!granted)), []);
  if (!missing) return null;
  return (
    <div class="offer">
      <p>{t('autoOffer')}</p>
      <button type="button" class="chip" onClick={() => void requestAllSites().then((granted) => (granted ? setMissing(false) : setDenied(true)), () => setDenied(true))}>
        {t('allowAllSites')}
      </button>
      {denied ? <p class="error">{t('notGranted')}</p> : null}
    </div>
  );
}

/** Radio-group keys (WAI-ARIA): arrows move the choice and the focus, wrapping round. */
function arrowRadios(event: KeyboardEvent, current: Mode, choose: (mode: Mode) => void) {
  const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  event.preventDefault();
  const next = MODES[(MODES.indexOf(current) + step + MODES.length) % MODES.length];
  choose(next);
  (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[role="radio"]')[MODES.indexOf(next)]?.focus();
}
