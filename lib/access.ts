/**
 * Where Who Said may run: host access to all sites (optional, granted by the reader), each page
 * read once it has loaded when runs are automatic, and injection into one tab on demand (`activeTab`).
 */
import { browser } from 'wxt/browser';
import { handSettings } from './page/lifetime';
import { PALETTES, type Palette } from './paint/palette';
import { paletteCss } from './paint/palette-css';
import type { Settings } from './settings';

/** Every site Who Said can read; the manifest lists them as optional host permissions. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The content script as the build writes it (entrypoints/reader.ts). */
const CONTENT_JS = '/reader.js';
/** The script started with each page while pages are read automatically (entrypoints/paint-start.ts). */
const PAINT_START_JS = '/paint-start.js';
/** Its registration's id: the one registration Who Said keeps. */
const PAINT_START = 'paint-start';

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
 * Reads a tab's page once it has loaded, when runs are automatic. Pages are read from here rather
 * than by a registered content script: Chrome runs a `document_idle` script before the load event
 * of a page that loads fast, so every such page's load waited for the script's context and compile.
 * The script is started without asking the tab first whether it runs there already (a page back
 * from the back-forward cache still has it): that question cost a round trip before every first
 * highlight, and a running instance leaves the page to itself (lib/page/lifetime.ts).
 * Pages that cannot be scripted (the browser's own, the extension stores) are left alone.
 */
export async function readLoadedPage(tabId: number, settings: Promise<Settings>, automatic: Promise<boolean>): Promise<void> {
  if (!(await automatic)) return;
  await injectInto(tabId, await settings).catch(() => undefined);
}

/**
 * Removes the content script registrations of earlier versions, which read pages before their
 * load event: a registration outlives browser sessions until it is removed.
 */
export async function dropRegisteredScripts(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  const ids = registered.map((script) => script.id).filter((id) => id !== PAINT_START);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids }).catch(() => undefined);
}

/**
 * While pages are read automatically, each page starts the small script that has its paint styles
 * put in at once (entrypoints/paint-start.ts); `on` false removes it. A sheet that arrives after
 * the page was styled restyles every element (Chromium recomputes the inherited highlight styles:
 * 0.35–0.6 s of processor time on a 100,000-element page), one there from the start joins the
 * page's own first styling at no measurable cost. The content script still starts after the load
 * event (readLoadedPage).
 */
export async function registerPaintStart(on: boolean): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [PAINT_START] });
  if (Boolean(current) === on) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [PAINT_START] });
  else await browser.scripting.registerContentScripts([{ id: PAINT_START, js: [PAINT_START_JS], matches: ALL_SITES, runAt: 'document_start' }]);
}

/**
 * Runs the content script in one tab now. Needs `activeTab` (the toolbar button or a shortcut) or
 * host access to the tab's site; rejects when neither is there or the page cannot be scripted.
 * `settings`, when given, go into the script's isolated world just before it (lib/page/lifetime.ts),
 * so that it starts without waiting for its own storage read. Both injections are asked for at
 * once, the settings first (the file's also waits for the file to be read); a script that finds no
 * settings waits for storage, as it does when started from the popup.
 */
export async function injectInto(tabId: number, settings?: Settings): Promise<void> {
  const target = { tabId };
  const handed = settings && browser.scripting.executeScript({ target, func: handSettings, args: [settings] });
  await Promise.all([handed, browser.scripting.executeScript({ target, files: [CONTENT_JS] })]);
}

/**
 * Gives one frame the paint styles of `palette` under the page's `prefix` and takes the other
 * palettes' out (all of them for null). The new sheet goes in before the old ones come out, so
 * highlights never show unstyled.
 */
export async function setPaintStyles(tabId: number, frameId: number, palette: Palette | null, prefix: string): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  if (palette) await browser.scripting.insertCSS({ target, css: paletteCss(palette, BROWSER, prefix) });
  const others = PALETTES.filter((p) => p !== palette).map((p) => paletteCss(p, BROWSER, prefix));
  await Promise.all(others.map((css) => browser.scripting.removeCSS({ target, css }).catch(() => undefined)));
}

/** Asks the reader for access to all sites; must run inside a click or key handler. */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES });
}

/** Gives host access back, leaving only `activeTab`. */
export function releaseAllSites(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
}
