/**
 * Where Who Said may run: host access to all sites (optional, granted by the reader), the content
 * script registered for automatic runs, and injection into one tab on demand (`activeTab`).
 */
import { browser } from 'wxt/browser';
import { PALETTES, type Palette } from './paint/palette';
import type { Settings } from './settings';

/** Every site Who Said can read; the manifest lists them as optional host permissions. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The content script as the build writes it (entrypoints/reader.ts). */
const CONTENT_JS = '/reader.js';
/** Paint styles per palette (made at build time by lib/paint/palette-css.ts): inserted when a page is first painted, not at load. */
const paintCss = (palette: Palette) => `/paint/${palette}.css`;

/** Id of the registered content script; one registration covers every site. */
const SCRIPT_ID = 'who-said';

export function hasAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins }).catch(() => false);
}

/** Whether pages are read without a click: the reader chose it and granted access to all sites. */
export async function runsAutomatically(settings: Settings): Promise<boolean> {
  return settings.run === 'auto' && (await hasAccess(ALL_SITES));
}

/** Registrations run one after another, so quick changes never register the script twice. */
let syncing: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script for every site when pages are read automatically, and removes it
 * otherwise. Safe to call at any time; the background calls it on start and on every change of
 * the settings or the permissions.
 */
export function syncContentScript(settings: Settings): Promise<void> {
  const run = syncing.then(async () => {
    const wanted = await runsAutomatically(settings);
    const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
    if (wanted && !registered) {
      await browser.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches: ALL_SITES, js: [CONTENT_JS], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    } else if (!wanted && registered) {
      await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    }
  });
  syncing = run.catch(() => undefined);
  return run;
}

/**
 * Runs the content script in one tab now. Needs `activeTab` (the toolbar button or a shortcut) or
 * host access to the tab's site; rejects when neither is there or the page cannot be scripted.
 */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}

/**
 * Gives one frame the paint styles of `palette` and takes the other palettes' out (all of them
 * for null). The new sheet goes in before the old ones come out, so highlights never show unstyled.
 */
export async function setPaintStyles(tabId: number, frameId: number, palette: Palette | null): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (palette) await browser.scripting.insertCSS({ target, files: [paintCss(palette)] });
  const others = PALETTES.filter((p) => p !== palette).map(paintCss);
  await Promise.all(others.map((file) => browser.scripting.removeCSS({ target, files: [file] }).catch(() => undefined)));
}

/** Asks the reader for access to all sites; must run inside a click or key handler. */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES });
}

/** Gives host access back, leaving only `activeTab`. */
export function releaseAllSites(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
}
