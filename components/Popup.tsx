import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageState } from '../lib/messages';
import { groupClaims } from '../lib/page/claims';
import { MODES, MODE_LABELS, setDefaultMode, setSiteDisabled, setSiteMode, type Mode } from '../lib/settings';
import { ClaimGroups } from './ClaimGroups';
import { askTab, diagnose, getState, reloadTab, requestAccess, resolveTabId, type Unavailable } from './tab';

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

  const refresh = useCallback(async (id: number) => {
    try {
      setView({ kind: 'page', state: await getState(id) });
    } catch {
      setView({ kind: 'unavailable', why: await diagnose(id) });
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

  const waiting = view.kind === 'loading' || (view.kind === 'page' && view.state.status === 'analysing') || (view.kind === 'unavailable' && view.why.reason === 'not-loaded');
  useEffect(() => {
    if (tabId === undefined || !waiting) return undefined;
    const timer = setTimeout(() => void refresh(tabId), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, view, waiting, refresh]);

  if (view.kind === 'loading') return <Shell><p class="note">Reading the page…</p></Shell>;
  if (view.kind === 'no-tab') return <Shell><p class="note">No tab to show.</p></Shell>;
  if (view.kind === 'unavailable') return <Shell><UnavailableNote why={view.why} tabId={tabId!} onRetry={() => void refresh(tabId!)} /></Shell>;

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

  const claims = state.claims;
  const groups = groupClaims(claims);
  const named = groups.filter((g) => g.colour >= 0).length;
  const unnamed = claims.filter((c) => c.colour < 0).length;

  return (
    <Shell
      counts={state.status === 'ready' ? (
        <p class="counts" aria-live="polite">
          <strong>{claims.length}</strong> {claims.length === 1 ? 'claim' : 'claims'} · <strong>{named}</strong>{' '}
          {named === 1 ? 'source' : 'sources'} · <strong>{unnamed}</strong> unnamed
        </p>
      ) : undefined}
    >
      <div class="modes" role="radiogroup" aria-label="Highlight mode">
        {MODES.map((mode) => (
          <button
            type="button"
            role="radio"
            aria-checked={state.mode === mode}
            class={state.mode === mode ? 'mode active' : 'mode'}
            disabled={state.status === 'disabled'}
            onClick={() => void changeMode(mode)}
          >
            {MODE_LABELS[mode]}
          </button>
        ))}
      </div>
      <div class="site">
        <label>
          <input type="checkbox" checked={state.status === 'disabled'} onChange={(e) => void toggleSite(e.currentTarget.checked)} />
          Disable on {state.host || 'this site'}
        </label>
        {state.overridden && state.status !== 'disabled' ? (
          <button type="button" class="link" onClick={() => void makeDefault()}>
            Use “{MODE_LABELS[state.mode]}” on all sites
          </button>
        ) : null}
      </div>
      {state.status === 'disabled' ? <p class="note">Who Said is off on this site.</p> : null}
      {state.status === 'analysing' ? <p class="note">Finding claims…</p> : null}
      {state.status === 'error' ? <p class="note error">The page could not be analysed: {state.error}</p> : null}
      {state.status === 'ready' && claims.length === 0 ? <p class="note">No attributed claims found on this page.</p> : null}
      {state.status === 'ready' && claims.length > 0 ? <ClaimGroups groups={groups} onJump={jump} /> : null}
    </Shell>
  );
}

function Shell({ children, counts }: { children: preact.ComponentChildren; counts?: preact.ComponentChildren }) {
  return (
    <main>
      <header>
        <h1>Who Said</h1>
        {counts}
      </header>
      {children}
    </main>
  );
}

function UnavailableNote({ why, tabId, onRetry }: { why: Unavailable; tabId: number; onRetry: () => void }) {
  const [denied, setDenied] = useState(false);
  if (why.reason === 'unsupported') {
    return <p class="note">Who Said can’t run on this page. It works on web pages (http and https), not on browser pages, extension stores or PDF files.</p>;
  }
  if (why.reason === 'not-loaded') {
    return (
      <div class="note">
        <p>This page was opened before Who Said could read it.</p>
        <button type="button" class="primary" onClick={() => void reloadTab(tabId).then(onRetry)}>
          Reload the page
        </button>
      </div>
    );
  }
  return (
    <div class="note">
      <p>
        Who Said needs your permission to read {why.origins.length === 1 ? 'this site' : 'web pages'}. The page text stays on your
        computer.
      </p>
      <button
        type="button"
        class="primary"
        onClick={() => void requestAccess(tabId, why.origins).then((granted) => (granted ? onRetry() : setDenied(true)))}
      >
        {why.origins.length === 1 ? 'Allow on this site' : 'Allow on web pages'}
      </button>
      {denied ? <p class="error">Access was not granted.</p> : null}
    </div>
  );
}
