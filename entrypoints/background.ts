import { browser } from 'wxt/browser';
import { dropRegisteredScripts, injectInto, insertPaintStyles, registerReader, runsAutomatically, setPaintStyles } from '../lib/access';
import { ExtractQueue } from '../lib/extract-queue';
import { pageUrl } from '../lib/log/records';
import { announceChange, openLog, recordPage, type LogDb } from '../lib/log/store';
import { isBackgroundRequest, messageOf, unpackBlocks, type AnalyseRequest, type AnalyseResponse, type LogRequest, type StartStylesResponse, type TextPartRequest } from '../lib/messages';
import { loadSettings, nextMode, setSiteMode, siteView, watchSettings, type Settings } from '../lib/settings';
import { TextTransfers, type SenderKey } from '../lib/text-transfers';

/** Name of the keyboard command (manifest `commands`) that switches the active tab's site to the next mode. */
export const CYCLE_COMMAND = 'cycle-mode';

/** Toolbar badge colour: the palette's blue, readable with white digits. */
const BADGE_COLOUR = '#0072B2';

/**
 * Runs the engine once for all tabs, off the pages' main threads, keeps the toolbar badge, and
 * has the content script start with each page while pages are read automatically.
 * Only this extension's own content scripts are answered; anything malformed is ignored.
 * Requests take turns in slices of time, so that one tab's huge page cannot hold up the others.
 */
export default defineBackground(() => {
  const queue = new ExtractQueue();
  const transfers = new TextTransfers();
  browser.tabs.onRemoved.addListener((tabId) => transfers.dropTab(tabId));
  browser.runtime.onInstalled.addListener(() => void dropRegisteredScripts());
  // The settings, read once and then kept by their changes: each starting page asks for its paint
  // styles. Whether pages are read by themselves is looked up again after any change of the
  // settings or the access (made in the popup, the options page or the browser's own settings).
  let settings: Promise<Settings> | undefined;
  let automatic: Promise<boolean> | undefined;
  const isAutomatic = () => {
    const current = (settings ??= loadSettings());
    return (automatic ??= current.then(runsAutomatically).catch(() => {
      settings = automatic = undefined;
      return false;
    }));
  };
  // Pages start the content script while, and only while, they are read automatically; one update
  // at a time, each from the settings and access of its moment.
  let registration = Promise.resolve();
  const updateRegistration = () => {
    registration = registration
      .then(async () => registerReader(await isAutomatic()))
      .catch((error: unknown) => console.warn('Who Said could not register its content script:', error));
  };
  updateRegistration();
  watchSettings((next) => {
    settings = Promise.resolve(next);
    automatic = undefined;
    updateRegistration();
  }, new AbortController().signal);
  const accessChanged = () => {
    automatic = undefined;
    updateRegistration();
  };
  browser.permissions.onAdded.addListener(accessChanged);
  browser.permissions.onRemoved.addListener(accessChanged);

  browser.commands.onCommand.addListener((command) => {
    if (command === CYCLE_COMMAND) void cycleMode().catch(() => undefined);
  });

  /** The palette whose styles went into a starting page's frame, if Who Said will read the page. */
  const startStyles = async (tabId: number, frameId: number, url: string, prefix: string): Promise<StartStylesResponse> => {
    const current = await (settings ??= loadSettings());
    const host = /^https?:/.test(url) ? new URL(url).hostname : null;
    if (host === null || siteView(current, host).disabled || !(await isAutomatic())) return { palette: null };
    await insertPaintStyles(tabId, frameId, current.palette, prefix);
    return { palette: current.palette };
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, reply: (response: AnalyseResponse | StartStylesResponse) => void) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    if (message.type === 'badge') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = !message.count ? '' : message.count > 999 ? '999+' : String(message.count);
      void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
      void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(() => undefined);
      return undefined;
    }
    if (message.type === 'log') {
      void logPage(message, sender).catch((error: unknown) => console.warn('Who Said could not write its claims log:', error));
      return undefined;
    }
    if (message.type === 'styles') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void setPaintStyles(tabId, sender.frameId ?? 0, message.palette, message.prefix).catch(() => undefined);
      return undefined;
    }
    if (message.type === 'start-styles') {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url) return undefined;
      startStyles(tabId, sender.frameId ?? 0, sender.url, message.prefix).then(reply, () => reply({ palette: null }));
      return true;
    }
    return analyse(message, sender, queue, transfers, reply);
  });
});

/**
 * Keeps a piece of a page text sent in pieces, or has the engine analyse a page text and answers
 * with its findings: then `true`, as the answer comes after the listener returns and `true` keeps
 * the channel open until then.
 */
function analyse(
  message: AnalyseRequest | TextPartRequest,
  sender: { tab?: { id?: number }; frameId?: number },
  queue: ExtractQueue,
  transfers: TextTransfers,
  reply: (response: AnalyseResponse) => void,
): true | undefined {
  const tabId = sender.tab?.id;
  const sending: SenderKey | undefined = tabId === undefined ? undefined : `${tabId}:${sender.frameId ?? 0}`;
  if (message.type === 'text-part') {
    if (sending) transfers.add(sending, message);
    return undefined;
  }
  let text: string;
  try {
    text = transfers.take(sending, message);
  } catch (error) {
    reply({ ok: false, error: messageOf(error) });
    return undefined;
  }
  queue.extract(text, { lang: 'auto', hint: message.lang, blocks: message.blocks && unpackBlocks(message.blocks) }).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: messageOf(error) }),
  );
  return true;
}

/** The claims log's database, opened on the first page it keeps. */
let log: Promise<LogDb> | undefined;

/**
 * Keeps one page's full current claim list in the claims log while the reader has it on. The
 * address the content script read at counts only on the origin the browser says the tab is on (a
 * single-page app changes its path and query, never its origin); private windows are never logged.
 */
async function logPage(message: LogRequest, sender: { url?: string; tab?: { incognito?: boolean } }): Promise<void> {
  const url = pageUrl(message.url);
  const origin = sender.url && pageUrl(sender.url);
  if (!url || !origin || new URL(url).origin !== new URL(origin).origin || sender.tab?.incognito) return;
  const settings = await loadSettings();
  if (!settings.log) return;
  log ??= openLog().catch((error: unknown) => {
    log = undefined;
    throw error;
  });
  await recordPage(await log, { url, title: message.title, claims: message.claims, date: Date.now() }, settings.logCap);
  announceChange();
}

/**
 * The shortcut grants activeTab, so the active tab's address is readable even without host
 * access, and the content script can be started there if it is not running yet.
 */
async function cycleMode(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return;
  const host = new URL(tab.url).hostname;
  const site = siteView(await loadSettings(), host);
  if (site.disabled) return;
  await setSiteMode(host, nextMode(site.mode));
  await injectInto(tab.id);
}
