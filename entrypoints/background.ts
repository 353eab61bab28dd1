import { browser } from 'wxt/browser';
import { injectInto, syncContentScript } from '../lib/access';
import { ExtractQueue } from '../lib/extract-queue';
import { isBackgroundRequest, type AnalyseResponse } from '../lib/messages';
import { loadSettings, nextMode, setSiteMode, siteView, watchSettings } from '../lib/settings';

/** Name of the keyboard command (manifest `commands`) that switches the active tab's site to the next mode. */
export const CYCLE_COMMAND = 'cycle-mode';

/** Toolbar badge colour: the palette's blue, readable with white digits. */
const BADGE_COLOUR = '#0072B2';

/**
 * Runs the engine once for all tabs, off the pages' main threads, keeps the toolbar badge, and
 * keeps the content script registered exactly while pages are read automatically.
 * Only this extension's own content scripts are answered; anything malformed is ignored.
 * Requests take turns in slices of time, so that one tab's huge page cannot hold up the others.
 */
export default defineBackground(() => {
  const queue = new ExtractQueue();
  const warn = (error: unknown) => console.warn('Who Said could not register its content script:', error);
  const sync = () => void loadSettings().then(syncContentScript).catch(warn);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  // Access changes in the popup, the options page or the browser's own extension settings.
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // The background lives as long as the extension: nothing ever stops this watch.
  watchSettings((settings) => void syncContentScript(settings).catch(warn), new AbortController().signal);

  browser.commands.onCommand.addListener((command) => {
    if (command === CYCLE_COMMAND) void cycleMode().catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, reply: (response: AnalyseResponse) => void) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    if (message.type === 'badge') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = !message.count ? '' : message.count > 999 ? '999+' : String(message.count);
      void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
      void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(() => undefined);
      return undefined;
    }
    queue.extract(message.text, { lang: 'auto', hint: message.lang }).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    // The reply comes after this listener returns: `true` keeps the channel open until then.
    return true;
  });
});

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
  const running = await browser.tabs.sendMessage(tab.id, { type: 'state' }).then(() => true, () => false);
  if (!running) await injectInto(tab.id);
}
