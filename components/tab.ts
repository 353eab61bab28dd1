import { browser } from 'wxt/browser';
import type { ContentRequest, PageState } from '../lib/messages';

/** Why the popup has no claims to show for a tab. */
export type Unavailable =
  | { reason: 'unsupported'; url?: string }
  | { reason: 'no-access'; origins: string[] }
  | { reason: 'not-loaded' };

/** Every site the content script is declared for (manifest host_permissions). */
const ALL_SITES = ['http://*/*', 'https://*/*'];

/** Pages no extension may script: browser pages, extension stores, built-in PDF viewers. */
const UNSUPPORTED_URL =
  /^(?!https?:)|^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)|\.pdf([?#]|$)/i;

export async function resolveTabId(tabId: number | undefined): Promise<number | undefined> {
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function askTab<T>(tabId: number, request: ContentRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request)) as T;
}

export function getState(tabId: number): Promise<PageState> {
  return askTab<PageState>(tabId, { type: 'state' });
}

const hasAccess = (origins: string[]) => browser.permissions.contains({ origins }).catch(() => false);

/**
 * Works out why a tab's content script does not answer. The tab's address is visible with host
 * access or after a toolbar click (activeTab); when it is hidden and host access to all sites is
 * missing (Firefox lets users revoke it), the page may well be a site waiting for access.
 */
export async function diagnose(tabId: number): Promise<Unavailable> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url) return (await hasAccess(ALL_SITES)) ? { reason: 'unsupported' } : { reason: 'no-access', origins: ALL_SITES };
  if (UNSUPPORTED_URL.test(url)) return { reason: 'unsupported', url };
  const origins = [`${new URL(url).origin}/*`];
  return (await hasAccess(origins)) ? { reason: 'not-loaded' } : { reason: 'no-access', origins };
}

/** Asks for access (a user gesture in the popup), then reloads the tab so the content script runs. */
export async function requestAccess(tabId: number, origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins });
  if (granted) await browser.tabs.reload(tabId);
  return granted;
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}
