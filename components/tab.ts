import { browser } from 'wxt/browser';
import { ALL_SITES, hasAccess, injectInto } from '../lib/access';
import type { ContentRequest, PageState } from '../lib/messages';

/** Why the popup has no claims to show for a tab. */
export type Unavailable = { reason: 'unsupported'; url?: string } | { reason: 'no-access'; origins: string[] };

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

/**
 * Starts Who Said in a tab whose content script does not answer: the page was opened before
 * access was granted, or pages are read only on demand. Opening the popup from the toolbar grants
 * activeTab, which is all it takes; without it, works out what is missing.
 */
export async function startInTab(tabId: number): Promise<Unavailable | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.url && UNSUPPORTED_URL.test(tab.url)) return { reason: 'unsupported', url: tab.url };
  try {
    await injectInto(tabId);
    return null;
  } catch {
    // The address is visible with activeTab or host access; hidden, the page may be any site.
    if (!tab?.url) return (await hasAccess(ALL_SITES)) ? { reason: 'unsupported' } : { reason: 'no-access', origins: ALL_SITES };
    const origins = [`${new URL(tab.url).origin}/*`];
    return (await hasAccess(origins)) ? { reason: 'unsupported', url: tab.url } : { reason: 'no-access', origins };
  }
}

/**
 * Asks for access (a user gesture in the popup), then starts Who Said in the tab. Chrome closes
 * the popup while its prompt shows, so there the start happens when the popup opens next.
 */
export async function requestAccess(tabId: number, origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins });
  if (granted) await injectInto(tabId);
  return granted;
}
