/**
 * Where Who Said may run: host access to all sites (optional, granted by the reader), the content
 * script started with each page when runs are automatic, and injection into one tab on demand (`activeTab`).
 */
import { browser } from 'wxt/browser';
import { PALETTES, type Palette } from './paint/palette';
import { paletteCss } from './paint/palette-css';
import type { Settings } from './settings';

/** Every site Who Said can read; the manifest lists them as optional host permissions. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The content script as the build writes it (entrypoints/reader.ts). */
const CONTENT_JS = '/reader.js';
/** Its registration's id while pages are read automatically: the one registration Who Said keeps. */
const READER = 'reader';

/** Which browser's paint sheets to make (lib/paint/palette-css.ts); the build sets it, scripts run outside one get Chrome's. */
const BROWSER = import.meta.env?.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export function hasAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins }).catch(() => false);
}

/** Whether pages are read without a click: the reader chose it and granted access to all sites. */
export async function runsAutomatically(settings: Settings): Promise<boolean> {
  return settings.run === 'auto' && (await hasAccess(ALL_SITES));
}

/**
 * Removes the content script registrations of earlier versions: a registration outlives browser
 * sessions until it is removed.
 */
export async function dropRegisteredScripts(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  const ids = registered.map((script) => script.id).filter((id) => id !== READER);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids }).catch(() => undefined);
}

/**
 * While pages are read automatically, the content script starts with each page (`on` false
 * removes it). At the page's start it only has the paint styles put in and the settings read: a
 * sheet that arrives after the page was styled restyles every element (Chromium recomputes the
 * inherited highlight styles: 0.35–0.6 s of processor time on a 100,000-element page), one there
 * from the start joins the page's own first styling at no measurable cost. It reads the page once
 * the page has loaded (lib/page/controller.ts), so the load never waits for the reading; being
 * there already saves the injection and compile that started it after the load before.
 */
export async function registerReader(on: boolean): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [READER] });
  if (Boolean(current) === on) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [READER] });
  else await browser.scripting.registerContentScripts([{ id: READER, js: [CONTENT_JS], matches: ALL_SITES, runAt: 'document_start' }]);
}

/**
 * Runs the content script in one tab now, unless an instance runs there already (lib/page/lifetime.ts).
 * Needs `activeTab` (the toolbar button or a shortcut) or host access to the tab's site; rejects
 * when neither is there or the page cannot be scripted.
 */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}

/**
 * Gives one frame the paint styles of `palette` under the page's `prefix` and takes the other
 * palettes' out (all of them for null). The new sheet goes in before the old ones come out, so
 * highlights never show unstyled.
 */
export async function setPaintStyles(tabId: number, frameId: number, palette: Palette | null, prefix: string): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (palette) await insertPaintStyles(tabId, frameId, palette, prefix);
  const others = PALETTES.filter((p) => p !== palette).map((p) => paletteCss(p, BROWSER, prefix));
  await Promise.all(others.map((css) => browser.scripting.removeCSS({ target, css }).catch(() => undefined)));
}

/**
 * Puts the paint styles of `palette` into one frame under `prefix`. At a page's start this is all:
 * its prefix was just drawn, so no sheet is there to take out, and each removal setPaintStyles sends
 * is a task in the page (traced on the seed: two of them, mostly within its reading after load).
 */
export async function insertPaintStyles(tabId: number, frameId: number, palette: Palette, prefix: string): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: paletteCss(palette, BROWSER, prefix) });
}

/** Asks the reader for access to all sites; must run inside a click or key handler. */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES });
}

/** Gives host access back, leaving only `activeTab`. */
export function releaseAllSites(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
}
