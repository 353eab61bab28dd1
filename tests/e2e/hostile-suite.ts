/**
 * Hostile pages (tests/fixtures/pages/hostile-*.html and the seed article driven by its own
 * scripts): nothing a page does may stop, slow, steer or blind Who Said, and nothing it emits
 * into the page may name it. Defined once, run in Chromium and Firefox.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { PageState } from '../../lib/messages';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../lib/settings';
import { until, type ExtensionBrowser, type Tab } from './browsers';
import { startServer, type FixtureServer } from './server';

// A highlight name is the page's prefix, ten random letters and a hyphen (lib/paint/names.ts),
// then the style: in the page, `name.slice(11)` is the style (`source`, `claim-direct` …). The
// claim card's element is named `<prefix>card`.

/** What the page's own script hears: every window message and WXT's start announcement. */
const LISTEN = (announcements: string[]) => `
  window.__heard = [];
  window.addEventListener('message', (e) => window.__heard.push('message ' + JSON.stringify(e.data)), true);
  for (const name of ${JSON.stringify(announcements)}) document.addEventListener(name, (e) => window.__heard.push('event ' + name), true);
`;

type Api = WxtBrowser;

async function sourcesPainted(page: Tab): Promise<string[]> {
  return page.evaluate(() => [...((CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range> | undefined) ?? [])].map(String));
}

export function defineHostileSuite(name: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser>): void {
  describe(`hostile pages in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let helper: Tab;
    let extensionId: string;

    const url = (file: string) => `${server.origin}/fixtures/${file}`;

    /** The tab showing `pageUrl` and its content script's state, asked as the popup asks. */
    async function stateOf(pageUrl: string, want: (state: PageState) => boolean, what: string, timeout = 20_000): Promise<{ tabId: number; state: PageState }> {
      const deadline = Date.now() + timeout;
      let last: unknown = null;
      for (;;) {
        last = await helper.evaluate(async (u: string) => {
          const ext = (globalThis as unknown as { browser: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
          for (const tab of await ext.tabs.query({})) {
            if (tab.url !== u) continue;
            const state = await ext.tabs.sendMessage(tab.id!, { type: 'state' }).catch((e: Error) => ({ error: e.message }));
            return { tabId: tab.id!, state };
          }
          return null;
        }, pageUrl);
        const found = last as { tabId: number; state: PageState } | null;
        if (found?.state && 'status' in found.state && want(found.state)) return found;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 300)})`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    const ready = (state: PageState) => state.status === 'ready';
    const sources = (state: PageState) => state.claims.map((c) => c.source);

    beforeAll(async () => {
      server = await startServer();
      browser = await launch();
      helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html'));
      extensionId = await helper.evaluate(() => ((globalThis as unknown as { browser: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).runtime.id);
      // The popup page opened without a tab stays as the tests' window into the extension.
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    afterEach(async () => {
      for (const tab of browser.openTabs()) if (tab !== helper) await tab.close().catch(() => undefined);
    });

    it('announces nothing to the page and cannot be stopped by a replayed announcement; a second instance replaces the first', async () => {
      const announcements = ['content', 'reader'].map((script) => `${extensionId}:${script}:wxt:content-script-started`);
      const page = await browser.newTab({ initScript: LISTEN(announcements) });
      const pageUrl = url('seed-article.html');
      await page.goto(pageUrl);
      await until(page, 'highlights', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);

      // The page replays WXT's announcement with every name it could know, as event and as message.
      await page.evaluate((names: string[]) => {
        for (const name of names) {
          for (const contentScriptName of ['content', 'reader']) {
            document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName, messageId: 'forged' } }));
            window.postMessage({ type: name, contentScriptName, messageId: 'forged' }, '*');
          }
        }
      }, announcements);
      await page.evaluate(() => {
        (window as unknown as { __heard: string[] }).__heard = [];
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await sourcesPainted(page)).toEqual(expect.arrayContaining(['Ushakov']));
      const { tabId } = await stateOf(pageUrl, ready, 'the state after the forged stop');

      // Injecting again (as the popup does) replaces the running instance without a word to the page: one card per click.
      await helper.evaluate(async (id: number) => {
        const ext = (globalThis as unknown as { browser: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
        await ext.scripting.executeScript({ target: { tabId: id }, files: ['/reader.js'] });
      }, tabId);
      await stateOf(pageUrl, ready, 'the second instance ready');
      await until(page, 'highlights again', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      const point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>)][0];
        range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + 3, y: rect.top + rect.height / 2 };
      });
      await page.click(point.x, point.y);
      await until(page, 'the card', () => [...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)));
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => /^[a-z]{10}-card$/.test(e.localName)).length)).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    }, 60_000);

    it("opens the claim card on the reader's clicks only, not on the page's synthetic ones", async () => {
      const page = await browser.newTab();
      await page.goto(url('seed-article.html'));
      await until(page, 'highlights', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      const point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>)][0];
        range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + 3, y: rect.top + rect.height / 2 };
      });
      await page.evaluate((p: { x: number; y: number }) => {
        const target = document.elementFromPoint(p.x, p.y)!;
        for (const type of ['mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: p.x, clientY: p.y, button: 0, view: window }));
        }
      }, point);
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)))).toBe(false);
      await page.click(point.x, point.y);
      await until(page, 'the card after a real click', () => [...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)));
      // The card's element is named under the page's random prefix too: no fixed name shows in the DOM.
      const tags = await page.evaluate(() => ({
        card: [...document.querySelectorAll('*')].find((e) => /^[a-z]{10}-card$/.test(e.localName))!.localName,
        highlight: [...CSS.highlights.keys()][0],
      }));
      expect(tags.card).toBe(`${tags.highlight.slice(0, 11)}card`);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('who-said');
    }, 60_000);

    it('paints under names drawn for each page, which a page cannot probe for before or after', async () => {
      const page = await browser.newTab();
      const pageUrl = url('seed-article.html');
      const painted = async () => {
        const names = await until(page, 'highlights', () => (CSS.highlights.size > 0 ? [...CSS.highlights.keys()] : null));
        const prefix = names[0].slice(0, 11);
        // The page's look at a style it names: the highlight background its rules give that name.
        const look = await page.evaluate((p: string) => {
          const paragraph = document.querySelector('p')!;
          const background = (name: string) => getComputedStyle(paragraph, `::highlight(${name})`).backgroundColor;
          return { ours: background(`${p}source`), fixed: background('who-said-source'), guessed: background('abcdefghij-source'), none: background('unstyled') };
        }, prefix);
        return { names, prefix, look };
      };
      await page.goto(pageUrl);
      const first = await painted();
      expect(first.prefix).toMatch(/^[a-z]{10}-$/);
      for (const n of first.names) expect(n.startsWith(first.prefix), n).toBe(true);
      expect(first.names.join()).not.toContain('who-said');
      // Styled under the page's own names only: a fixed or guessed name shows nothing.
      expect(first.look.ours).not.toBe(first.look.none);
      expect(first.look.fixed).toBe(first.look.none);
      expect(first.look.guessed).toBe(first.look.none);
      await page.goto(`${pageUrl}?again`);
      const second = await painted();
      expect(second.prefix).not.toBe(first.prefix);
      expect(second.look.ours).toBe(first.look.ours);
    }, 60_000);

    it("has the paint styles put in as the page starts, before its load event, under the names it then paints (a late sheet restyles a big page's every element), reads the page only after that event; none on a site switched off", async () => {
      // An image that answers after 3 s holds the load event, so the page is still loading when asked.
      const HOLD_LOAD = `document.addEventListener('DOMContentLoaded', () => { const img = new Image(); img.src = '/slow/3000'; document.body.append(img); });`;
      /** What the script started with the page left in Who Said's isolated world (lib/paint/names.ts), asked while it loads. */
      const startOf = async (pageUrl: string) => {
        const page = await browser.newTab({ initScript: HOLD_LOAD });
        const loading = page.goto(pageUrl);
        const started = await until(
          helper,
          'the paint start',
          async (u: string) => {
            const ext = (globalThis as unknown as { browser: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
            const tab = (await ext.tabs.query({})).find((t) => t.url === u);
            if (!tab) return null;
            const [ran] = await ext.scripting.executeScript({
              target: { tabId: tab.id! },
              func: async () => {
                const start = (globalThis as Record<symbol, { prefix: string; palette: Promise<unknown> } | undefined>)[Symbol.for('who-said.paint-start')];
                return start ? { prefix: start.prefix, palette: await start.palette, readyState: document.readyState } : null;
              },
            });
            return (ran?.result as { prefix: string; palette: unknown; readyState: string } | null) ?? null;
          },
          pageUrl,
        );
        // Started with the page, the content script still reads nothing before the load event.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const whileLoading = await page.evaluate(() => ({ readyState: document.readyState, highlights: CSS.highlights.size }));
        await loading;
        return { page, started, whileLoading };
      };
      const setSites = (sites: Record<string, unknown>) =>
        helper.evaluate(
          async ({ key, version, sites }) => {
            const ext = (globalThis as unknown as { browser: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
            const stored = (await ext.storage.local.get(key))[key] as Record<string, unknown> | undefined;
            await ext.storage.local.set({ [key]: { version, ...stored, sites } });
          },
          { key: SETTINGS_KEY, version: SETTINGS_VERSION, sites },
        );

      const { page, started, whileLoading } = await startOf(url('seed-article.html?held'));
      expect(started).toEqual({ prefix: expect.stringMatching(/^[a-z]{10}-$/), palette: 'default', readyState: 'interactive' });
      expect(whileLoading).toEqual({ readyState: 'interactive', highlights: 0 });
      const names = await until(page, 'highlights', () => (CSS.highlights.size > 0 ? [...CSS.highlights.keys()] : null));
      for (const n of names) expect(n.startsWith(started.prefix), n).toBe(true);
      const styled = await page.evaluate((n: string) => getComputedStyle(document.querySelector('p')!, `::highlight(${n})`).backgroundColor, `${started.prefix}source`);
      expect(styled).not.toBe('rgba(0, 0, 0, 0)');

      // A site the reader switched off gets no sheet.
      await setSites({ '127.0.0.1': { disabled: true } });
      try {
        const off = await startOf(url('seed-article.html?held-off'));
        expect(off.started).toMatchObject({ palette: null });
      } finally {
        await setSites({});
      }
    }, 60_000);

    it('reads an article next to a hidden subtree 20,000 elements deep', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-deep.html');
      await page.goto(pageUrl);
      const { state } = await stateOf(pageUrl, (s) => s.status !== 'analysing', 'the analysis to end');
      expect(state.status, state.error).toBe('ready');
      expect(sources(state)).toEqual(expect.arrayContaining(['Bürgermeisterin Anna Schulz', 'der Verband']));
      await until(page, 'highlights', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      expect(await sourcesPainted(page)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
    }, 60_000);

    it('reads an article in an open shadow root, slotted byline included, and what is added there later', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-shadow.html');
      await page.goto(pageUrl);
      const { state } = await stateOf(pageUrl, (s) => ready(s) && s.claims.length > 0, 'claims from the shadow root');
      expect(sources(state)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
      expect(await sourcesPainted(page)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
      await page.evaluate(() => (window as unknown as { addPost: (t: string) => void }).addPost('„Wir prüfen das“, sagte Stadtrat Peter Klein.'));
      const later = await stateOf(pageUrl, (s) => ready(s) && s.claims.length > 2, 'the post added to the shadow root');
      expect(sources(later.state)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband', 'Stadtrat Peter Klein']);
    }, 60_000);

    it('reads the posts of a same-origin frame', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-frame.html');
      await page.goto(pageUrl);
      const { state } = await stateOf(pageUrl, (s) => ready(s) && s.claims.length > 0, 'claims from the frame');
      expect(sources(state)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
    }, 60_000);

    it('says how much it read of a page longer than one message carries', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-big.html?text=4100000');
      await page.goto(pageUrl);
      const { state } = await stateOf(pageUrl, (s) => s.status !== 'analysing', 'the analysis to end', 90_000);
      expect(state.status, state.error).toBe('ready');
      expect(state.readChars).toBe(4_000_000);
      expect(state.claims.length).toBeGreaterThan(1000);
    }, 120_000);

    it('paints the 9,000 spans of 3,000 quotes near the viewport only, and follows scrolling to the end', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-big.html?quotes=3000');
      await page.goto(pageUrl);
      await stateOf(pageUrl, (s) => ready(s) && s.claims.length === 3000, 'the quotes read', 90_000);
      /** In the page: how many ranges are painted when the paragraph of bridge `n` is among them, else 0. */
      const paintedWith = (n: number) => {
        const ranges = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]);
        return ranges.some((r) => r.startContainer.parentElement?.textContent?.includes(`Brücke ${n} `)) ? ranges.length : 0;
      };
      const atTop = await until(page, 'the first quote painted', paintedWith, 0);
      expect(atTop).toBeLessThanOrEqual(600);
      expect(await page.evaluate(paintedWith, 2999)).toBe(0);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const atEnd = await until(page, 'the last quote painted after scrolling', paintedWith, 2999);
      expect(atEnd).toBeLessThanOrEqual(600);
      expect(await page.evaluate(paintedWith, 0)).toBe(0);
    }, 120_000);

    it('reads an article that arrives while the page changes every 100 ms', async () => {
      const page = await browser.newTab();
      const pageUrl = url('hostile-ticker.html');
      await page.goto(pageUrl);
      const { state } = await stateOf(pageUrl, (s) => ready(s) && s.claims.length > 0, 'the late article read', 15_000);
      expect(sources(state)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
      expect(await sourcesPainted(page)).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
    }, 60_000);
  });
}
