/**
 * Launches Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver
 * BiDi) with the built extension, behind one small interface the suites share.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { ALL_SITES } from '../../lib/access';
import { SETTINGS_KEY, SETTINGS_VERSION, type Run } from '../../lib/settings';
import { GECKO_ID } from '../../wxt.config';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = join(root, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(root, '.output/firefox-mv3');

/** Fixed moz-extension UUID, so tests know the extension pages' addresses. */
const FIREFOX_UUID = '6f3c2a1e-9d4b-4e7a-8c15-2b7d0e9a4f60';

/** Headless Chromium as CI runs it: no sandbox (root in a container), no network chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Emulates a colour scheme, where the driver can (Firefox over BiDi cannot). */
  colourScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** Uncaught exceptions in the page, and console messages from the extension's content script. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** A new tab; `initScript` runs in the page before its own scripts, on every load. */
  newTab(options?: { initScript?: string; width?: number; height?: number }): Promise<Tab>;
  extensionUrl(path: string): string;
  /** Tabs opened with newTab and not closed yet. */
  openTabs(): Tab[];
  /** Uncaught exceptions and console errors of the background script so far. */
  backgroundErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Keeps the list of a browser's open tabs. */
function tracked(open: Set<Tab>, tab: Tab): Tab {
  const close = tab.close;
  tab.close = async () => {
    open.delete(tab);
    await close();
  };
  open.add(tab);
  return tab;
}

/** The content script reports failures with this prefix (entrypoints/reader.ts). */
const OWN_MESSAGE = /^Who Said\b/;
/** Firefox reports the test server's blocking of a saved page's scripts, images and fonts as page errors. */
const BLOCKED_RESOURCE = /^Content-Security-Policy:|^downloadable font: .*content blocked/;

function playwrightTab(page: PwPage): Tab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && (OWN_MESSAGE.test(message.text()) || message.location().url.startsWith('chrome-extension:'))) {
      errors.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  return {
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage, caret: 'initial' })),
    colourScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    close: () => page.close(),
  };
}

/**
 * Firefox's BiDi navigation tracking loses navigations into moz-extension: pages (the page
 * loads, the navigation never completes), so those are started and then awaited by polling.
 */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`could not open ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function puppeteerTab(page: PpPage): Tab {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!BLOCKED_RESOURCE.test(message)) errors.push(`page error: ${message}`);
  });
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warn') && (OWN_MESSAGE.test(message.text()) || (message.location().url ?? '').startsWith('moz-extension:'))) {
      errors.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  return {
    errors,
    goto: async (url) =>
      url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    close: () => page.close(),
  };
}

/** Runs in the service worker: keeps its uncaught exceptions and console errors. */
function COLLECT_ERRORS(): void {
  const g = globalThis as unknown as { __errors: string[] } & typeof globalThis;
  g.__errors = [];
  g.addEventListener('error', (e) => g.__errors.push(`error: ${(e as ErrorEvent).message}`));
  g.addEventListener('unhandledrejection', (e) => g.__errors.push(`rejection: ${String((e as PromiseRejectionEvent).reason)}`));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    g.__errors.push(`console error: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

/** Site access the extension starts with: what the reader granted, or nothing (a new install). */
export type SiteAccess = 'all-sites' | 'none';


/**
 * Records in a closed profile that the reader granted Who Said access to all sites. Headless
 * Chromium cannot show the permission prompt, so the grant a reader gives in the popup or the
 * options page is written where Chromium keeps it, and the browser starts again with it.
 */
function grantAllSitesInProfile(profile: string, id: string): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const extension = prefs.extensions.settings[id];
  for (const set of ['granted_permissions', 'active_permissions']) extension[set] = { ...extension[set], explicit_host: ALL_SITES };
  writeFileSync(file, JSON.stringify(prefs));
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  id: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension (or the one in `build`) in a fresh profile. With
 * 'all-sites' (the default) the reader has granted access to all sites, and the background holds
 * that access before this returns.
 */
export async function launchChromiumSession(
  options: { access?: SiteAccess; args?: string[]; env?: NodeJS.ProcessEnv; build?: string } = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'who-said-chromium-'));
  const build = options.build ?? CHROME_BUILD;
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 720 },
      env: options.env,
      args: [...(options.args ?? []), ...CHROMIUM_FLAGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
    });
  const workerOf = async (context: BrowserContext) => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  let context = await launch();
  let worker = await workerOf(context);
  const id = new URL(worker.url()).host;
  if ((options.access ?? 'all-sites') === 'all-sites') {
    await context.close();
    grantAllSitesInProfile(profile, id);
    context = await launch();
    worker = await workerOf(context);
    const deadline = Date.now() + 15_000;
    const granted = (origins: string[]) => (globalThis as unknown as { chrome: WxtBrowser }).chrome.permissions.contains({ origins });
    while (!(await worker.evaluate(granted, ALL_SITES))) {
      if (Date.now() > deadline) throw new Error('access to all sites was not granted in the profile');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  for (const page of context.pages()) await page.close();
  const session = context;
  return {
    context: session,
    worker,
    id,
    async close() {
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chooses when pages are read (the options page's run setting), through the extension's service
 * worker, and waits until the content script's registration follows it (in a session with access
 * to all sites): the background registers or drops it after the setting's change, and a page
 * loaded in between would start with the other mode (in 14 of 50 alternated seed loads it had not
 * yet followed right after the setting was written).
 */
export async function setRun(worker: Worker, run: Run): Promise<void> {
  await worker.evaluate(
    async ({ key, version, run }) => {
      const storage = (globalThis as unknown as { chrome: WxtBrowser }).chrome.storage.local;
      const stored = (await storage.get(key))[key] as Record<string, unknown> | undefined;
      await storage.set({ [key]: { version, ...stored, run } });
    },
    { key: SETTINGS_KEY, version: SETTINGS_VERSION, run },
  );
  const registered = () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: WxtBrowser }).chrome.scripting.getRegisteredContentScripts()).length > 0);
  const deadline = Date.now() + 5_000;
  while ((await registered()) !== (run === 'auto')) {
    if (Date.now() > deadline) throw new Error(`the content script's registration did not follow the run setting '${run}'`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function launchChromium(access: SiteAccess = 'all-sites'): Promise<ExtensionBrowser> {
  const { context, worker, id, close } = await launchChromiumSession({ access });
  await worker.evaluate(COLLECT_ERRORS);
  const open = new Set<Tab>();
  return {
    name: 'chromium',
    async newTab({ initScript, width = 1100, height = 720 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      if (initScript) await page.addInitScript(initScript);
      return tracked(open, playwrightTab(page));
    },
    openTabs: () => [...open],
    backgroundErrors: () => worker.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors),
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    close,
  };
}

/**
 * Grants access to all sites the way a reader does: the options page's button. Firefox asks
 * nothing when optional-permission prompts are off (a pref), but still wants the real click.
 */
async function grantAllSitesInFirefox(browser: PpBrowser): Promise<void> {
  const page = await browser.newPage();
  await gotoExtensionPage(page, `moz-extension://${FIREFOX_UUID}/options.html`);
  await page.waitForSelector('#run-access button', { timeout: 20_000 });
  await page.click('#run-access button');
  const deadline = Date.now() + 15_000;
  const granted = (origins: string[]) => (globalThis as unknown as { browser: WxtBrowser }).browser.permissions.contains({ origins });
  while (!(await page.evaluate(granted, ALL_SITES))) {
    if (Date.now() > deadline) throw new Error('access to all sites was not granted by the options page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.close();
}

/**
 * A new tab in Firefox. Its remote agent sometimes reports a tab it is still creating as discarded
 * while other tabs load (`DiscardedBrowsingContextError` from `browsingContext.create`; 2 of 13 runs
 * of the real-pages suite, three tabs at a time): no page was ever loaded in it, so one more tab is
 * asked for. Any other failure is thrown.
 */
async function newFirefoxPage(browser: PpBrowser): Promise<PpPage> {
  try {
    return await browser.newPage();
  } catch (error: unknown) {
    if (!String(error).includes('DiscardedBrowsingContextError')) throw error;
    return browser.newPage();
  }
}

export async function launchFirefox(access: SiteAccess = 'all-sites'): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // Extension pages (moz-extension:) are privileged: BiDi reaches them only with system access.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 720 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // permissions.request() grants without showing its prompt, which headless Firefox cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  if (access === 'all-sites') await grantAllSitesInFirefox(browser);
  const open = new Set<Tab>();
  return {
    name: 'firefox',
    async newTab({ initScript, width = 1100, height = 720 } = {}) {
      const page = await newFirefoxPage(browser);
      await page.setViewport({ width, height });
      if (initScript) await page.evaluateOnNewDocument(initScript);
      return tracked(open, puppeteerTab(page));
    },
    openTabs: () => [...open],
    // Firefox's background page is not reachable over BiDi; its failures surface as 'error' page states.
    backgroundErrors: async () => [],
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    close: () => browser.close(),
  };
}

/** Polls `fn` in the tab until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function until<R, A = undefined>(tab: Tab, what: string, fn: (arg: A) => R | Promise<R>, arg?: A, timeout = 20_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await tab.evaluate(fn, arg);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
