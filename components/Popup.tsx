import { browser } from 'wxt/browser';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ALL_SITES, hasAccess, requestAllSites } from '../lib/access';
import type { PageState } from '../lib/messages';
import { groupClaims } from '../lib/page/claims';
import { modeLabel, t } from '../lib/i18n';
import { matchesFilter, sourceProfile, type ProfileFilter } from '../lib/profile';
import { DEFAULT_SETTINGS, loadSettings, MODES, setDefaultMode, setSiteDisabled, setSiteMode, siteView, watchSettings, type Mode, type Settings } from '../lib/settings';
import { ClaimGroups } from './ClaimGroups';
import { ExportBar } from './ExportBar';
import { OpenPanel, useFollowTab } from './panel';
import { filterLabel, SourceProfileView } from './SourceProfile';
import { askTab, getState, requestAccess, resolveTabId, startInTab, type Unavailable } from './tab';

/** How often the popup asks again while the page is being analysed. */
const POLL_MS = 250;

type View =
  | { kind: 'loading' }
  | { kind: 'page'; state: PageState }
  | { kind: 'unavailable'; why: Unavailable }
  | { kind: 'no-tab' };

export function Popup({ tabId: requested, panel = false }: { tabId?: number; panel?: boolean }) {
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
  /** The claim in view in the page, which the side panel marks: as the page last answered, or reported on scroll since. */
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const refresh = useCallback(async (id: number) => {
    try {
      const state = await getState(id);
      setView({ kind: 'page', state });
      if (panel) setCurrent(state.inView);
    } catch {
      if (started.current) {
        setView({ kind: 'loading' });
        return;
      }
      started.current = true;
      const why = await startInTab(id);
      setView(why ? { kind: 'unavailable', why } : { kind: 'loading' });
    }
  }, [panel]);
  const show = useCallback(
    (id: number) => {
      started.current = false;
      setTabId(id);
      setCurrent(undefined);
      setView({ kind: 'loading' });
      void refresh(id);
    },
    [refresh],
  );

  useEffect(() => {
    void resolveTabId(requested).then((id) => (id === undefined ? setView({ kind: 'no-tab' }) : show(id)));
  }, [requested, show]);

  useFollowTab(panel, tabId, { show, refresh, inView: setCurrent });

  const waiting = view.kind === 'loading' || (view.kind === 'page' && view.state.status === 'analysing');
  useEffect(() => {
    if (tabId === undefined || !waiting) return undefined;
    const timer = setTimeout(() => void refresh(tabId), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, view, waiting, refresh]);

  const shell = (body: preact.ComponentChildren) => <Shell panel={panel} log={settings.log}>{body}</Shell>;
  if (view.kind === 'loading') return shell(<p class="note">{t('reading')}</p>);
  if (view.kind === 'no-tab') return shell(<p class="note">{t('noTab')}</p>);
  if (view.kind === 'unavailable') return shell(<UnavailableNote why={view.why} tabId={tabId!} onRetry={() => void refresh(tabId!)} />);
  return shell(<PageView state={view.state} settings={settings} tabId={tabId!} current={current} onState={(state) => setView({ kind: 'page', state })} />);
}

interface PageViewProps {
  state: PageState;
  settings: Settings;
  tabId: number;
  /** The claim nearest the middle of the page's viewport, when known. */
  current?: number;
  onState: (state: PageState) => void;
}

/** The page's controls, its source profile and its claims, filtered by the kinds shown, the mode and the profile. */
function PageView({ state, settings, tabId, current, onState }: PageViewProps) {
  const [filter, setFilter] = useState<ProfileFilter | null>(null);
  useEffect(() => setFilter(null), [tabId, state.url]);
  const changeMode = async (mode: Mode) => {
    onState({ ...state, mode, overridden: true });
    await setSiteMode(state.host, mode);
  };
  const makeDefault = async () => {
    onState({ ...state, overridden: false });
    await setDefaultMode(state.mode, state.host);
  };
  const toggleSite = async (disabled: boolean) => {
    onState({ ...state, status: disabled ? 'disabled' : 'analysing', claims: disabled ? [] : state.claims });
    await setSiteDisabled(state.host, disabled);
  };
  const jump = (claim: number) => void askTab(tabId, { type: 'jump', claim }).catch(() => undefined);

  const site = siteView(settings, state.host);
  const claims = state.claims.filter((c) => site.kinds.includes(c.kind));
  const profile = sourceProfile(claims);
  // "Unnamed" paints only claims without a named source: the list shows the same.
  const inMode = state.mode === 'unnamed' ? claims.filter((c) => c.entity.type === 'unnamed') : claims;
  const listed = filter ? inMode.filter((c) => matchesFilter(c, filter, profile)) : inMode;
  const ready = state.status === 'ready';

  return (
    <>
      <ModeSwitch state={state} onChange={(m) => void changeMode(m)} />
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
      {ready && state.readChars ? <p class="note">{t('readFirst', state.readChars.toLocaleString(navigator.language))}</p> : null}
      {ready && claims.length === 0 ? <p class="note">{t('noClaims')}</p> : null}
      {ready && claims.length > 0 ? <SourceProfileView profile={profile} filter={filter} onFilter={setFilter} /> : null}
      {ready && claims.length > 0 ? <ExportBar claims={claims} tabId={tabId} url={state.url} /> : null}
      {ready && filter ? (
        <p class="filtered">
          {t('profileShowing', filterLabel(filter, profile))}{' '}
          <button type="button" class="link" onClick={() => setFilter(null)}>
            {t('profileShowAll')}
          </button>
        </p>
      ) : null}
      {ready && claims.length > 0 && inMode.length === 0 ? <p class="note">{t('noUnnamed')}</p> : null}
      {ready && listed.length > 0 ? <ClaimGroups groups={groupClaims(listed)} palette={settings.palette} current={current} onJump={jump} /> : null}
    </>
  );
}

function ModeSwitch({ state, onChange }: { state: PageState; onChange: (mode: Mode) => void }) {
  return (
    <div class="modes" role="radiogroup" aria-label={t('highlightMode')} onKeyDown={(e) => arrowRadios(e, state.mode, onChange)}>
      {MODES.map((mode) => (
        <button
          type="button"
          role="radio"
          aria-checked={state.mode === mode}
          tabIndex={state.mode === mode ? 0 : -1}
          class={state.mode === mode ? 'mode active' : 'mode'}
          disabled={state.status === 'disabled'}
          onClick={() => onChange(mode)}
        >
          {modeLabel(mode)}
        </button>
      ))}
    </div>
  );
}

function Shell({ children, panel, log }: { children: preact.ComponentChildren; panel: boolean; log: boolean }) {
  return (
    <main class={panel ? 'panel' : undefined}>
      <header>
        <h1>Who Said</h1>
        {panel ? null : <OpenPanel />}
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
