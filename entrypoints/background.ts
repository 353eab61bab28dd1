import { browser } from 'wxt/browser';
import { injectInto, syncContentScript } from '../lib/access';
import { extract } from '../lib/engine';
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
 */
export default defineBackground(() => {
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
    try {
      reply({ ok: true, result: extract(message.text, { lang: message.lang ?? 'auto', blocks: message.blocks }) });
    } catch (error) {
      reply({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
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
