import { browser } from 'wxt/browser';
import type { ContentRequest, PageState } from '../lib/messages';

/** Why the popup has no claims to show for a tab. */
export type Unavailable =
  | { reason: 'unsupported'; url?: string }
  | { reason: 'no-access'; origin: string }
  | { reason: 'not-loaded' };

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

/** Works out why a tab's content script does not answer. */
export async function diagnose(tabId: number): Promise<Unavailable> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url || UNSUPPORTED_URL.test(url)) return { reason: 'unsupported', url };
  const origin = `${new URL(url).origin}/*`;
  const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
  return granted ? { reason: 'not-loaded' } : { reason: 'no-access', origin };
}

/** Asks for access to one site (a user gesture in the popup), then reloads the tab so the content script runs. */
export async function requestAccess(tabId: number, origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [origin] });
  if (granted) await browser.tabs.reload(tabId);
  return granted;
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}
