/**
 * The claims log in a real browser: turned on in the options page, it keeps the claims of the
 * pages read, and its page finds them by speaker, word, site, kind and date, exports them,
 * evicts the oldest page when the cap is lowered, and deletes a site and then everything.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { until, type ExtensionBrowser, type Tab } from './browsers';
import { startServer, type FixtureServer } from './server';
import { axeViolations } from './ui-suite';

// A highlight name is the page's prefix, ten random letters and a hyphen (lib/paint/names.ts),
// then the style: in the page, `name.slice(11)` is the style (`source`, `claim-direct` …).

const DOCS = join(import.meta.dirname, '../../docs');

interface Claim {
  kind: string;
  entity: { name: string; type: string };
  claim: string;
}

export function defineLogSuite(name: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser>): void {
  describe(`claims log in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    // The steps below run in order on one browser, as one reader would: each starts where the last ended.
    let options: Tab;
    let log: Tab;
    let seedTab: Tab;
    let englishTab: Tab;
    let seedUrl: string;
    let englishUrl: string;
    let seed: { tabId: number; claims: Claim[] };
    let english: { tabId: number; claims: Claim[] };
    let all: Claim[];
    let xi: number;

    async function extensionPage(path: string, size = { width: 900, height: 900 }): Promise<Tab> {
      const tab = await browser.newTab(size);
      await tab.goto(browser.extensionUrl(path));
      return tab;
    }

    /** The claims a tab's content script holds for `url`, once it has read the page. */
    async function claimsOf(url: string): Promise<{ tabId: number; claims: Claim[] }> {
      const helper = await extensionPage('popup.html');
      // As JSON: Firefox's driver hands back nested objects only a few levels deep.
      const found = await until(helper, `the claims of ${url}`, async (u: string) => {
        const a = (globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        for (const tab of await a.tabs.query({})) {
          const state = (await a.tabs.sendMessage(tab.id!, { type: 'state' }).catch(() => null)) as { url: string; status: string; claims: Claim[] } | null;
          if (state?.url === u && state.status === 'ready') return JSON.stringify({ tabId: tab.id!, claims: state.claims });
        }
        return null;
      }, url);
      await helper.close();
      return JSON.parse(found);
    }

    const text = (tab: Tab, selector: string) => tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
    /** Types into a search field or picks from a select, as the reader does. */
    const fill = (tab: Tab, selector: string, value: string) =>
      tab.evaluate(
        ([s, v]) => {
          const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(s)!;
          field.value = v;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [selector, value] as [string, string],
      );
    const found = (tab: Tab, what: string, count: number) =>
      until(tab, `${what}: ${count} claims found`, (n: number) => {
        const status = document.querySelector('.found')?.textContent ?? '';
        return (n === 1 ? status === '1 claim found' : status === `${n} claims found`) && document.querySelectorAll('.speakers .claim').length === n;
      }, count);
    const stored = (tab: Tab, claims: number) =>
      until(tab, `${claims} claims stored`, (n: number) => document.querySelector('.stored')?.textContent?.startsWith(`${n} claims stored`), claims);

    beforeAll(async () => {
      server = await startServer();
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('is off by default; turned on in the options page, it keeps the pages read; its page passes axe', async () => {
      options = await extensionPage('options.html', { width: 760, height: 900 });
      await until(options, 'the log switch', () => document.querySelector('input[name="log"]') !== null);
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="log"]')!.checked)).toBe(false);
      expect(await options.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href="log.html"]')!.textContent)).toBe('Open the claims log');
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="log"]')!.click());
      await until(options, 'saved', () => document.querySelector('.saved')!.textContent === 'Saved.');
      expect(await axeViolations(options)).toEqual([]);

      // Two pages on two sites: the German seed first, then the English one.
      seedUrl = `${server.origin}/fixtures/seed-article.html`;
      englishUrl = `${server.otherOrigin}/fixtures/english-no-lang.html`;
      seedTab = await browser.newTab();
      await seedTab.goto(seedUrl);
      seed = await claimsOf(seedUrl);
      englishTab = await browser.newTab();
      await englishTab.goto(englishUrl);
      english = await claimsOf(englishUrl);
      all = [...seed.claims, ...english.claims];
      expect(seed.claims.length).toBeGreaterThan(5);
      expect(english.claims.length).toBeGreaterThan(1);

      // The popup links to the log while it is on.
      const popup = await extensionPage(`popup.html?tab=${seed.tabId}`, { width: 420, height: 600 });
      await until(popup, 'the log link', () => document.querySelector('a.log')?.getAttribute('href') === '/log.html');
      await popup.close();

      log = await extensionPage('log.html');
      await stored(log, all.length);
      expect(await text(log, '.stored')).toMatch(/^\d+ claims stored · 2 pages · about \d+ kB$/);
      await found(log, 'everything', all.length);
      expect(await log.evaluate(() => document.title)).toBe('Who Said claims log');
      expect(await axeViolations(log)).toEqual([]);
      if (log.colourScheme) {
        await log.colourScheme('dark');
        expect(await axeViolations(log)).toEqual([]);
        await log.colourScheme('light');
      }

    }, 90_000);

    it('finds claims by speaker, word, site, kind and date', async () => {
      // By speaker, merged across the page's mentions into one timeline.
      xi = seed.claims.filter((c) => c.entity.name === 'Xi Jinping').length;
      expect(xi).toBeGreaterThan(1);
      await fill(log, '#search-speaker', 'xi jinp');
      await found(log, 'Xi Jinping', xi);
      expect(await log.evaluate(() => [...document.querySelectorAll('.speaker')].map((s) => s.getAttribute('data-speaker')))).toEqual(['xi jinping']);
      expect(await log.evaluate(() => document.querySelectorAll('.speaker .day').length)).toBe(1);
      await log.screenshot(join(DOCS, `${name}-log.png`), true);

      // By word, by site, by kind, by date.
      await fill(log, '#search-speaker', '');
      await fill(log, '#search-words', 'BRIDGE commute');
      await found(log, 'bridge', 1);
      expect(await text(log, '.speakers .claim .page')).toBe('Council approves new bridge – The Daily Ledger');
      await fill(log, '#search-words', '');
      await fill(log, '#search-site', 'localhost');
      await found(log, 'localhost', english.claims.length);
      await fill(log, '#search-site', '');
      await fill(log, '#search-kind', 'unnamed');
      await found(log, 'unnamed sources', all.filter((c) => c.kind === 'unnamed').length);
      expect(await log.evaluate(() => [...document.querySelectorAll('.speakers .claim')].every((c) => c.getAttribute('data-kind') === 'unnamed'))).toBe(true);
      await fill(log, '#search-kind', '');
      const today = await log.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      await fill(log, '#search-from', today);
      await fill(log, '#search-to', today);
      await found(log, 'read today', all.length);
      await fill(log, '#search-from', '2020-01-01');
      await fill(log, '#search-to', '2020-12-31');
      await until(log, 'nothing read in 2020', () => document.querySelector('.found')?.textContent === '0 claims found');
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.clear')!.click());
      await found(log, 'everything again', all.length);
    }, 60_000);

    it("exports what it found as Markdown, JSON and CSV with each claim's page and date", async () => {
      await fill(log, '#search-speaker', 'xi');
      await found(log, 'Xi', xi);
      await log.evaluate(() => {
        const w = window as unknown as { copied: string[]; blobs: Blob[]; downloads: string[] };
        w.copied = [];
        w.blobs = [];
        w.downloads = [];
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void w.copied.push(t) } });
        const create = URL.createObjectURL;
        URL.createObjectURL = (blob: Blob) => (w.blobs.push(blob), create(blob));
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.downloads.push(this.download);
        };
      });
      for (const format of ['markdown', 'json', 'csv']) {
        await log.evaluate((f) => document.querySelector<HTMLButtonElement>(`.export [data-format="${f}"]`)!.click(), format);
      }
      const files = await until(log, 'the exports', async () => {
        const w = window as unknown as { copied: string[]; blobs: Blob[]; downloads: string[] };
        if (w.blobs.length < 2 || !w.copied.length) return null;
        return { markdown: w.copied[0], names: w.downloads, texts: await Promise.all(w.blobs.map((b) => b.text())) };
      });
      expect(files.markdown).toMatch(/^# Claims log\n\n## Xi Jinping\n/);
      expect(files.markdown.match(/^- /gm)).toHaveLength(xi);
      expect(files.markdown).toContain(`(<${seedUrl}>)`);
      expect(files.names).toEqual([expect.stringMatching(/^who-said-log-\d{4}-\d\d-\d\d\.json$/), expect.stringMatching(/\.csv$/)]);
      const json = JSON.parse(files.texts[0]);
      expect(json.search).toEqual({ speaker: 'xi' });
      expect(json.claims).toHaveLength(xi);
      expect(json.claims.every((c: { entity: string; url: string; title: string; date: string }) =>
        c.entity === 'Xi Jinping' && c.url === seedUrl && /^Xi und Putin/.test(c.title) && Date.parse(c.date) > Date.now() - 600_000)).toBe(true);
      const csv = files.texts[1].split('\r\n').filter(Boolean);
      expect(csv[0]).toBe('source,entity,entityType,kind,cue,claim,title,url,date');
      expect(csv).toHaveLength(xi + 1);
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.clear')!.click());
    }, 60_000);

    it('evicts the oldest page when the cap is lowered; a page read again replaces its claims', async () => {
      // The cap, lowered to the newer page's claims: the older page goes.
      await fill(log, '#cap', String(english.claims.length));
      await stored(log, english.claims.length);
      expect(await text(log, '.saved')).toBe('Cap saved: the oldest page went.');
      await found(log, 'the newer page only', english.claims.length);
      expect(await log.evaluate(() => [...document.querySelectorAll('#search-site option')].map((o) => o.getAttribute('value')))).toEqual(['', 'localhost']);
      const cap = await log.evaluate(async () => {
        const a = (globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        return ((await a.storage.local.get('settings')).settings as { logCap: number }).logCap;
      });
      expect(cap).toBe(english.claims.length);

      // Room again; the page read again comes back, and reading it once more replaces its claims.
      await fill(log, '#cap', '1000');
      await until(log, 'the cap saved', () => document.querySelector('.saved')?.textContent === 'Saved.');
      await seedTab.reload();
      await stored(log, all.length);
      await seedTab.reload();
      await claimsOf(seedUrl);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await stored(log, all.length);
      expect(await text(log, '.stored')).toContain('· 2 pages ·');
    }, 60_000);

    it('deletes a site, then everything; turned off, it keeps nothing', async () => {
      // Delete one site, then everything; each asks once more.
      await fill(log, '#search-site', '127.0.0.1');
      await found(log, '127.0.0.1', seed.claims.length);
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.delete-site')!.click());
      expect(await text(log, '.delete p')).toContain('Delete every claim from 127.0.0.1 for good?');
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.confirm')!.click());
      await stored(log, english.claims.length);
      expect(await text(log, '.saved')).toBe('Deleted 1 page.');
      await found(log, 'the other site left', english.claims.length);
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.delete-all')!.click());
      await log.evaluate(() => document.querySelector<HTMLButtonElement>('.confirm')!.click());
      await stored(log, 0);
      await until(log, 'the empty note', () => document.body.textContent!.includes('The log is empty.'));
      expect(await axeViolations(log)).toEqual([]);

      // Turned off, pages read are not kept.
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="log"]')!.click());
      await until(log, 'the off note', () => document.querySelector('.off') !== null);
      await englishTab.reload();
      await claimsOf(englishUrl);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const later = await extensionPage('log.html');
      await stored(later, 0);
      expect(await browser.backgroundErrors()).toEqual([]);
    }, 60_000);

    it("holds a live page's full current claim list, and each address of a single-page app apart", async () => {
      // Pages open when the log is turned on go into it at once: these two are done with.
      await seedTab.close();
      await englishTab.close();
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="log"]')!.click());
      await until(log, 'the off note gone', () => document.querySelector('.off') === null);
      const blogUrl = `${server.origin}/fixtures/live-blog.html`;
      const blog = await browser.newTab();
      await blog.goto(blogUrl);
      await until(blog, 'the first post highlighted', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      const claimsOn = (url: string) =>
        until(log, `the claims of ${url}`, (u: string) => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('.speakers .claim a.page')].filter((a) => a.href === u);
          return links.length ? links.length : null;
        }, url, 40_000);
      const before = (await claimsOf(blogUrl)).claims.length;
      expect(await claimsOn(blogUrl)).toBe(before);
      // A post appended later is read on its own; the log still holds the page's whole list.
      await blog.evaluate(() =>
        (window as unknown as { addPost: (html: string) => void }).addPost(
          '<p>Der Verkehrsclub kritisierte die Pläne. Die Brücke sei zu schmal für Radfahrer, teilte der Verband mit.</p><p>„Wir prüfen das“, sagte Stadtrat Peter Klein.</p>',
        ),
      );
      await until(blog, 'the appended post highlighted', () => (CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>)?.size === 3);
      const after = (await claimsOf(blogUrl)).claims.length;
      expect(after).toBeGreaterThan(before);
      await until(log, 'every claim of the live blog', ([u, n]) =>
        [...document.querySelectorAll<HTMLAnchorElement>('.speakers .claim a.page')].filter((a) => a.href === u).length === n, [blogUrl, after] as [string, number]);
      await stored(log, after);
      expect(await text(log, '.stored')).toContain('· 1 page ·');

      // A single-page app's new address is a page of its own; the old one keeps its claims.
      const appUrl = `${server.origin}/fixtures/spa.html`;
      const app = await browser.newTab();
      await app.goto(appUrl);
      await claimsOn(appUrl);
      await app.evaluate(() => (window as unknown as { go: (u: string, api: string) => string }).go('?b', 'pushState'));
      await claimsOn(`${appUrl}?b`);
      await fill(log, '#search-speaker', 'jonas weber');
      await until(log, 'the second article under its address', (u: string) =>
        [...document.querySelectorAll<HTMLAnchorElement>('.speakers .claim a.page')].every((a) => a.href === u) && document.querySelector('.found')?.textContent === '1 claim found', `${appUrl}?b`);
      expect(await text(log, '.stored')).toContain('· 3 pages ·');
    }, 60_000);
  });
}
