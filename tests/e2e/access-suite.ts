/**
 * When Who Said reads pages: automatically with access to all sites, or on demand with nothing
 * but activeTab. Run in Chromium and Firefox.
 *
 * What a headless browser allows a test to do differs from what a reader does:
 * - Neither browser grants activeTab to a test: that takes a click on the toolbar button or a
 *   shortcut handled by the browser window, which synthetic input does not reach. Injection on
 *   demand is therefore checked with host access standing in for activeTab (the same
 *   `scripting` calls; only the grant differs).
 * - Chromium cannot answer its permission prompt headless, so a reader's grant of all sites is
 *   written into the profile (see browsers.ts); Firefox grants without a prompt when a pref says
 *   so, and the test clicks the real buttons.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SITES } from '../../lib/access';
import type { WxtBrowser } from 'wxt/browser';
import { until, type ExtensionBrowser, type SiteAccess, type Tab } from './browsers';
import { startServer, type FixtureServer } from './server';
import { axeViolations } from './ui-suite';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../docs');

type Api = WxtBrowser;

interface AccessState {
  allSites: boolean;
  /** The scripts registered to start with pages: only the paint styles' one, while pages are read automatically. */
  registered: string[];
  run: unknown;
}

/** Clicks an element's centre with real input, which the browsers count as a user gesture. */
async function clickOn(tab: Tab, selector: string): Promise<void> {
  const [x, y] = await tab.evaluate((sel: string) => {
    const element = document.querySelector(sel)!;
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return [box.x + box.width / 2, box.y + box.height / 2];
  }, selector);
  await tab.click(x, y);
}

export function defineAccessSuite(name: 'chromium' | 'firefox', launch: (access: SiteAccess) => Promise<ExtensionBrowser>): void {
  describe(`site access in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let seedUrl: string;

    beforeAll(async () => {
      server = await startServer();
      seedUrl = `${server.origin}/fixtures/seed-article.html`;
    });

    afterAll(async () => {
      await server?.close();
    });

    afterEach(async () => {
      for (const tab of browser?.openTabs() ?? []) await tab.close().catch(() => undefined);
    });

    /** Starts a browser with `access` for the tests of the enclosing block, and closes it after them. */
    function launchedWith(access: SiteAccess): void {
      beforeAll(async () => {
        browser = await launch(access);
      });
      afterAll(async () => {
        await browser?.close();
      });
    }

    /** Runs `fn` in a fresh extension page, which can use the extension's APIs. */
    async function inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html?tab=-1'));
      try {
        return await helper.evaluate(fn, arg);
      } finally {
        await helper.close();
      }
    }

    async function accessState(): Promise<AccessState> {
      return inExtension(async (sites: string[]) => {
        const ext = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const stored = (await ext.storage.local.get('settings')).settings as { run?: unknown } | undefined;
        return {
          allSites: await ext.permissions.contains({ origins: sites }),
          registered: (await ext.scripting.getRegisteredContentScripts()).flatMap((script) => script.js ?? []).map((file) => file.replace(/^\//, '')),
          run: stored?.run,
        };
      }, ALL_SITES);
    }

    async function setRun(run: string): Promise<void> {
      await inExtension(async (value: string) => {
        const ext = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        await ext.storage.local.set({ settings: { version: 4, run: value } });
      }, run);
    }

    async function untilAccess(what: string, wanted: (state: AccessState) => boolean): Promise<AccessState> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await accessState();
        if (wanted(state)) return state;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(state)})`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    /** The newest tab other than extension pages: the page a test has just opened. */
    async function newestPageTab(): Promise<number> {
      return inExtension(async () => {
        const ext = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const self = await ext.tabs.getCurrent();
        const ids = (await ext.tabs.query({})).map((t) => t.id!).filter((id) => id !== self?.id);
        return Math.max(...ids);
      });
    }

    async function openPopup(tabId: number): Promise<Tab> {
      const popup = await browser.newTab({ width: 420, height: 600 });
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      return popup;
    }

    /** Waits long enough for a content script to have painted, then returns the highlight count. */
    async function highlightsAfterLoad(page: Tab): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return page.evaluate(() => CSS.highlights.size);
    }

    describe('with access to all sites', () => {
      launchedWith('all-sites');

      it('as first started with access granted, pages are read by themselves', async () => {
        // The content script starts with each page and reads it once the page has loaded.
        expect(await untilAccess('the content script registered', (s) => s.registered.length > 0)).toMatchObject({ allSites: true, registered: ['reader.js'] });
        const page = await browser.newTab();
        await page.goto(seedUrl);
        await until(page, 'automatic highlights', () => CSS.highlights.size > 0);
      }, 60_000);

      it('on demand, opening the popup starts Who Said in the tab without a reload, once', async () => {
        // Host access stands in for the toolbar click's activeTab grant (see the file's comment).
        await setRun('on-click');
        await untilAccess('runs on demand, nothing registered', (s) => s.run === 'on-click' && s.registered.length === 0);

        const page = await browser.newTab();
        await page.goto(seedUrl);
        expect(await highlightsAfterLoad(page)).toBe(0);
        const tabId = await newestPageTab();
        const popup = await openPopup(tabId);
        await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0, undefined, 30_000);
        const claims = await popup.evaluate(() => document.querySelectorAll('.claim').length);
        expect(claims).toBeGreaterThanOrEqual(11);
        await until(page, 'highlights', () => CSS.highlights.size > 0);
        expect(await popup.evaluate(() => document.querySelector('.offer') === null)).toBe(true);
        await popup.close();

        // Opening the popup again finds Who Said running and does not start a second copy.
        const again = await openPopup(tabId);
        await until(again, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
        expect(await again.evaluate(() => document.querySelectorAll('.claim').length)).toBe(claims);
        const marks = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(marks);
        expect(page.errors).toEqual([]);
      }, 120_000);
      it('choosing "only when I open Who Said" gives access back: new pages are left alone, the popup says what it needs', async () => {
        await setRun('auto');
        await untilAccess('automatic runs', (s) => s.allSites && s.run === 'auto');
        const page = await browser.newTab();
        await page.goto(seedUrl);
        await until(page, 'automatic highlights', () => CSS.highlights.size > 0);

        const options = await browser.newTab({ width: 760, height: 1000 });
        await options.goto(browser.extensionUrl('options.html'));
        await until(options, 'the run choice', () => document.querySelector('input[name="run"][value="on-click"]') !== null);
        await clickOn(options, 'input[name="run"][value="on-click"]');
        expect(await untilAccess('access given back', (s) => !s.allSites && s.registered.length === 0)).toEqual({ allSites: false, registered: [], run: 'on-click' });
        await options.close();

        await page.reload();
        expect(await highlightsAfterLoad(page)).toBe(0);
        // A popup opened as a tab has no activeTab grant: it names what it needs instead of failing.
        const popup = await openPopup(await newestPageTab());
        // The note's text read in the same step that finds it: the popup can render again between two reads.
        expect(await until(popup, 'the access note', () => document.querySelector('.note p')?.textContent)).toMatch(/needs your permission/);
        expect(await popup.evaluate(() => document.querySelector('.offer') === null)).toBe(true);
      }, 90_000);

    });

    if (name === 'firefox') {
      describe('as installed, with no site access', () => {
        launchedWith('none');

        it('reads nothing by itself; the popup asks, and once allowed reads this tab at once and new pages by themselves', async () => {
          expect(await accessState()).toEqual({ allSites: false, registered: [], run: undefined });
          // The options page says why pages are not read by themselves yet, and offers the grant.
          const options = await browser.newTab({ width: 760, height: 1000 });
          await options.goto(browser.extensionUrl('options.html'));
          await until(options, 'the missing-access note', () => document.querySelector('#run-access button') !== null);
          expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="run"][value="auto"]')!.checked)).toBe(true);
          expect(await axeViolations(options)).toEqual([]);
          await options.close();
          const page = await browser.newTab();
          await page.goto(seedUrl);
          expect(await highlightsAfterLoad(page)).toBe(0);

          const popup = await openPopup(await newestPageTab());
          await until(popup, 'the access request', () => document.querySelector('.note .primary') !== null, undefined, 30_000);
          await clickOn(popup, '.note .primary');
          await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0, undefined, 30_000);
          await until(page, 'highlights without a reload', () => CSS.highlights.size > 0);
          expect(await untilAccess('automatic runs', (s) => s.allSites && s.registered.length > 0)).toMatchObject({ registered: ['reader.js'] });

          const next = await browser.newTab();
          await next.goto(`${server.origin}/fixtures/seed-article.html?second`);
          await until(next, 'automatic highlights', () => CSS.highlights.size > 0);

          // Access revoked in the browser's add-on settings: the running page still answers, and
          // the popup offers the grant again instead of failing.
          await inExtension(async (sites: string[]) => {
            const ext = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
            await ext.permissions.remove({ origins: sites });
          }, ALL_SITES);
          expect(await untilAccess('access revoked', (s) => !s.allSites && s.registered.length === 0)).toMatchObject({ registered: [] });
          const again = await openPopup(await newestPageTab());
          await until(again, 'the offer', () => document.querySelector('.offer button') !== null);
          await again.screenshot(join(DOCS, 'firefox-popup-offer.png'));
          expect(await axeViolations(again)).toEqual([]);
          await clickOn(again, '.offer button');
          await until(again, 'the offer gone', () => document.querySelector('.offer') === null);
          await untilAccess('automatic runs again', (s) => s.allSites);
        }, 120_000);
      });
    }
  });
}
