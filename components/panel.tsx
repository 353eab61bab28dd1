import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isViewportReport } from '../lib/messages';
import { t } from '../lib/i18n';

/** How often the side panel reads its tab again: the page may gain claims as it changes. */
const PANEL_POLL_MS = 2000;

/** The browser's side panel: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}
const apis = browser as unknown as PanelApis;

/** What the side panel does when the page or the tab changes. */
interface Follower {
  show: (tabId: number) => void;
  refresh: (tabId: number) => Promise<void>;
  inView: (claim: number) => void;
}

/**
 * In the side panel: follows the active tab of the panel's window (a panel page opened in a tab of
 * its own ignores that tab), re-reads the tab when it loads a page and every few seconds, and
 * passes on the claim nearest the middle of the page's viewport as the content script reports it.
 */
export function useFollowTab(panel: boolean, tabId: number | undefined, { show, refresh, inView }: Follower): void {
  useEffect(() => {
    if (!panel) return undefined;
    let windowId: number | undefined;
    let own: number | undefined;
    void browser.windows.getCurrent().then((w) => (windowId = w.id), () => undefined);
    void browser.tabs.getCurrent().then((tab) => (own = tab?.id), () => undefined);
    const activated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId && info.tabId !== own) show(info.tabId);
    };
    browser.tabs.onActivated.addListener(activated);
    return () => browser.tabs.onActivated.removeListener(activated);
  }, [panel, show]);

  useEffect(() => {
    if (!panel || tabId === undefined) return undefined;
    const updated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') show(id);
    };
    const reported = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id === browser.runtime.id && sender.tab?.id === tabId && isViewportReport(message)) inView(message.claim);
    };
    browser.tabs.onUpdated.addListener(updated);
    browser.runtime.onMessage.addListener(reported);
    const timer = setInterval(() => void refresh(tabId), PANEL_POLL_MS);
    return () => {
      browser.tabs.onUpdated.removeListener(updated);
      browser.runtime.onMessage.removeListener(reported);
      clearInterval(timer);
    };
  }, [panel, tabId, show, refresh, inView]);
}

/**
 * The popup's way into the side panel. Both browsers open it only in answer to the click itself,
 * so the window is looked up beforehand.
 */
export function OpenPanel() {
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id), () => undefined), []);
  if (!apis.sidePanel?.open && !apis.sidebarAction?.open) return null;
  const open = () => {
    const opening = apis.sidebarAction?.open ? apis.sidebarAction.open() : windowId !== undefined ? apis.sidePanel!.open({ windowId }) : null;
    void opening?.then(() => window.close(), () => undefined);
  };
  return (
    <button type="button" class="link open-panel" onClick={open}>
      {t('openSidePanel')}
    </button>
  );
}
