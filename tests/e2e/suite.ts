/**
 * The extension's behaviour in a real browser, defined once and run in Chromium and Firefox.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { until, type ExtensionBrowser, type Tab } from './browsers';
import type { WxtBrowser } from 'wxt/browser';
import { ALL_SITES } from '../../lib/access';
import { PAINT_PROBE } from '../../scripts/paint-probe';
import { paintBundle } from './paint-bundle';
import { HAVE_SHARED, startServer, type FixtureServer } from './server';

// A highlight name is the page's prefix, ten random letters and a hyphen (lib/paint/names.ts),
// then the style: in the page, `name.slice(11)` is the style (`source`, `claim-direct` …). The
// claim card's element is named `<prefix>card`.

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = join(root, 'docs');

interface GoldEntry {
  entity: string | null;
  cue: string[];
  claim: string;
}
const gold = JSON.parse(readFileSync(join(root, 'seeds/000_e810e4ad3495eada.gold.json'), 'utf8')) as { must: GoldEntry[] };

/** '' when the page's DOM equals the captured one, else the first difference. */
function domDifference(): string {
  const before = (window as unknown as { __domBefore: string }).__domBefore;
  const now = document.documentElement.outerHTML;
  if (before === now) return '';
  let i = 0;
  while (i < before.length && before[i] === now[i]) i++;
  return `before: …${before.slice(Math.max(0, i - 80), i + 120)}… now: …${now.slice(Math.max(0, i - 80), i + 120)}…`;
}

/** Captures the page's DOM as its own scripts left it, before the content script runs (document_idle). */
const CAPTURE_DOM = `document.addEventListener('DOMContentLoaded', () => { window.__domBefore = document.documentElement.outerHTML; }, { once: true });`;

interface PopupGroup {
  entity: string;
  count: number;
  claims: { kind: string; cue: string; text: string }[];
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The gold file's match rule: same cue words and at least half of the gold claim's words. */
function matches(found: { cue: string; text: string }, entry: GoldEntry): boolean {
  if (words(found.cue).join(' ') !== words(entry.cue.join(' ')).join(' ')) return false;
  const have = new Set(words(found.text));
  const want = words(entry.claim);
  return want.filter((w) => have.has(w)).length >= want.length / 2;
}

async function highlightNames(page: Tab): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].map((n) => n.slice(11)).sort());
}

async function highlightedText(page: Tab, style: string): Promise<string[]> {
  return page.evaluate(
    (style) => [...((CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === style) ?? '') as Set<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()),
    style,
  );
}

async function readPopup(popup: Tab): Promise<PopupGroup[]> {
  await popup.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.more[aria-expanded="false"]').forEach((b) => b.click()));
  return popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.group')].map((g) => ({
      entity: g.dataset.entity ?? '',
      count: Number(g.querySelector('.count')?.textContent),
      claims: [...g.querySelectorAll('.claim')].map((c) => ({
        kind: c.querySelector('.badge')?.textContent ?? '',
        cue: c.querySelector('.cue')?.textContent ?? '',
        text: c.querySelector('.text')?.textContent ?? '',
      })),
    })),
  );
}

async function clickMode(popup: Tab, label: string): Promise<void> {
  await popup.evaluate((l) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.mode')].find((b) => b.textContent === l);
    if (!button) throw new Error(`no mode button ${l}`);
    button.click();
  }, label);
}

export function defineExtensionSuite(name: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser>): void {
  describe(`extension in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let seedUrl: string;

    /** The tab id of the tab showing `url`, found by asking each tab's content script. */
    async function tabIdOf(url: string): Promise<number> {
      const helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html'));
      const id = await until(helper, `a tab with ${url}`, async (u: string) => {
        const api = (globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        for (const tab of await api.tabs.query({})) {
          const state = await api.tabs.sendMessage(tab.id!, { type: 'state' }).catch(() => null);
          if (state && (state as { url: string }).url === u) return tab.id!;
        }
        return 0;
      }, url);
      await helper.close();
      return id;
    }

    async function openPopup(tabId: number, size = { width: 420, height: 600 }): Promise<Tab> {
      const popup = await browser.newTab(size);
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      return popup;
    }

    async function badgeText(tabId: number): Promise<string> {
      const helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html'));
      const text = await helper.evaluate(async (id) => {
        const api = (globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
      await helper.close();
      return text;
    }

    async function setSettings(settings: unknown): Promise<void> {
      const helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html'));
      await helper.evaluate(async (s) => {
        const api = (globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        await api.storage.local.set({ settings: s });
      }, settings);
      await helper.close();
    }

    beforeAll(async () => {
      server = await startServer();
      browser = await launch();
      seedUrl = `${server.origin}/fixtures/seed-article.html`;
      mkdirSync(DOCS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    beforeEach(async () => {
      await setSettings({ mode: 'claims', sites: {} });
    });

    /** Tabs a failed test left open would answer the next test's state requests. */
    afterEach(async () => {
      for (const tab of browser.openTabs()) await tab.close().catch(() => undefined);
    });

    it('highlights the seed article without touching its DOM, and its scripts keep working', async () => {
      const page = await browser.newTab({ initScript: CAPTURE_DOM });
      await page.goto(seedUrl);
      const names = await until(page, 'highlights', () => (CSS.highlights.size > 0 ? [...CSS.highlights.keys()] : null));
      const styles = names.map((n) => n.slice(11));
      expect(styles).toEqual(expect.arrayContaining(['source', 'cue']));
      expect(styles.some((n) => n.startsWith('claim-'))).toBe(true);
      expect(await highlightedText(page, 'source')).toEqual(expect.arrayContaining(['Ushakov', 'Chinesische Staatsmedien']));
      expect(await highlightedText(page, 'cue')).toEqual(expect.arrayContaining(['sagte', 'berichteten']));

      expect(await page.evaluate(domDifference)).toBe('');
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName === 'who-said-mark' || /^[a-z]{10}-card$/.test(e.localName)).length + document.adoptedStyleSheets.length)).toBe(0);
      await page.screenshot(join(DOCS, `${name}-page.png`));
      if (page.colourScheme) {
        await page.colourScheme('dark');
        await page.screenshot(join(DOCS, `${name}-page-dark.png`));
        await page.colourScheme('light');
      }

      // Clicking a highlighted claim opens the card in a closed shadow root; Escape removes it.
      const point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'claim-direct') ?? '') as unknown as Set<Range>)][0];
        range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + 4, y: rect.top + rect.height / 2 };
      });
      await page.click(point.x, point.y);
      await until(page, 'the claim card', () => [...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)));
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].find((e) => /^[a-z]{10}-card$/.test(e.localName))!.shadowRoot)).toBeNull();
      await page.screenshot(join(DOCS, `${name}-card.png`));
      await page.press('Escape');
      await until(page, 'the card to close', () => ![...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)));
      expect(await page.evaluate(domDifference)).toBe('');

      // The page's own script still runs.
      expect(await page.evaluate(() => (window as unknown as { pageScriptLoaded?: boolean }).pageScriptLoaded)).toBe(true);
      await page.evaluate(() => document.getElementById('vote')!.click());
      expect(await page.evaluate(() => document.getElementById('counter')!.textContent)).toBe('1 Stimme');
      await page.close();
    }, 60_000);

    it('lists every required claim of the seed article under its entity in the popup', async () => {
      const page = await browser.newTab();
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      const popup = await openPopup(await tabIdOf(seedUrl));
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      const groups = await readPopup(popup);
      await popup.screenshot(join(DOCS, `${name}-popup.png`), true);
      if (popup.colourScheme) {
        await popup.colourScheme('dark');
        await popup.screenshot(join(DOCS, `${name}-popup-dark.png`), true);
      }
      for (const entry of gold.must) {
        const group = groups.find((g) => (entry.entity === null ? g.entity === '' : g.entity === entry.entity));
        expect(group, `group for ${entry.entity ?? 'unnamed source'} (has: ${groups.map((g) => g.entity).join(', ')})`).toBeDefined();
        expect(group!.claims.some((c) => matches(c, entry)), `${entry.entity}: ${entry.cue.join(' … ')} „${entry.claim}“`).toBe(true);
      }
      const sizes = groups.map((g) => g.count);
      expect(sizes.slice(0, -1)).toEqual([...sizes.slice(0, -1)].sort((a, b) => b - a));
      for (const g of groups) expect(g.claims.length).toBe(g.count);
      const header = await popup.evaluate(() => document.querySelector('.counts')?.textContent ?? '');
      const total = groups.reduce((n, g) => n + g.count, 0);
      expect(header).toContain(`${total} claims`);
      await popup.close();
      await page.close();
    }, 60_000);

    it('switches modes from the popup: each paints something else, Off clears everything', async () => {
      const page = await browser.newTab({ initScript: CAPTURE_DOM });
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      const tabId = await tabIdOf(seedUrl);
      const popup = await openPopup(tabId);
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      const groups = await readPopup(popup);
      expect(await badgeText(tabId)).toBe(String(groups.reduce((n, g) => n + g.count, 0)));
      const waitNames = (want: (names: string[]) => boolean, what: string) =>
        until(page, what, () => [...CSS.highlights.keys()].sort()).then(async () => {
          const deadline = Date.now() + 10_000;
          for (;;) {
            const names = await highlightNames(page);
            if (want(names)) return names;
            if (Date.now() > deadline) throw new Error(`${what}: highlights are ${names.join(', ')}`);
            await new Promise((r) => setTimeout(r, 100));
          }
        });

      await clickMode(popup, 'By source');
      const bySource = await waitNames((n) => n.some((x) => /^entity-\d$/.test(x)), 'entity colours');
      expect(bySource.filter((n) => !n.startsWith('entity-') && n !== 'cue')).toEqual([]);
      await page.screenshot(join(DOCS, `${name}-page-by-source.png`));

      await clickMode(popup, 'Sources only');
      expect(await waitNames((n) => n.join() === 'source', 'sources only')).toEqual(['source']);
      const sources = await highlightedText(page, 'source');
      expect(sources).toEqual(expect.arrayContaining(['Ushakov', 'Er', 'der US-Präsident']));

      await clickMode(popup, 'Unnamed');
      await waitNames((n) => n.includes('unnamed'), 'unnamed claims');
      const unnamed = await highlightedText(page, 'unnamed');
      const unnamedGroup = groups.find((g) => g.entity === '');
      expect(unnamed.length).toBe(unnamedGroup?.count ?? 0);
      expect(unnamed.join(' ')).toContain('Moskaus Kriegsmaschinerie');

      await clickMode(popup, 'Off');
      await waitNames((n) => n.length === 0, 'no highlights');
      expect(await page.evaluate(domDifference)).toBe('');

      await clickMode(popup, 'Claims');
      await waitNames((n) => n.some((x) => x.startsWith('claim-')), 'claims again');
      await popup.close();
      await page.close();
    }, 60_000);

    it('remembers the mode per site across reloads', async () => {
      const page = await browser.newTab();
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      const popup = await openPopup(await tabIdOf(seedUrl));
      await until(popup, 'the mode switch', () => document.querySelectorAll('.mode').length === 5);
      await clickMode(popup, 'Sources only');
      await until(page, 'sources only', () => [...CSS.highlights.keys()].map((n) => n.slice(11)).join() === 'source');
      await popup.close();

      await page.reload();
      await until(page, 'sources only after reload', () => [...CSS.highlights.keys()].map((n) => n.slice(11)).join() === 'source');

      // Another site keeps the global default, until the site's mode becomes everyone's.
      const other = await browser.newTab();
      await other.goto(`${server.otherOrigin}/fixtures/seed-article.html`);
      await until(other, 'claims on another site', () => [...CSS.highlights.keys()].some((n) => n.slice(11).startsWith('claim-')));
      const popup1 = await openPopup(await tabIdOf(seedUrl));
      await until(popup1, 'the make-default button', () => document.querySelector('.site .link') !== null);
      expect(await popup1.evaluate(() => document.querySelector('.site .link')!.textContent)).toBe('Use “Sources only” on all sites');
      await popup1.evaluate(() => document.querySelector<HTMLButtonElement>('.site .link')!.click());
      await until(other, 'sources only on the other site', () => [...CSS.highlights.keys()].map((n) => n.slice(11)).join() === 'source');
      await until(popup1, 'no override left', () => document.querySelector('.site .link') === null);
      await popup1.close();

      // Disabling the site removes everything at once and survives a reload.
      const popup2 = await openPopup(await tabIdOf(seedUrl));
      await until(popup2, 'the site toggle', () => document.querySelector('.site input') !== null);
      await popup2.evaluate(() => document.querySelector<HTMLInputElement>('.site input')!.click());
      await until(page, 'no highlights when disabled', () => CSS.highlights.size === 0);
      expect(await badgeText(await tabIdOf(seedUrl))).toBe('');
      await page.reload();
      await new Promise((r) => setTimeout(r, 1500));
      expect(await highlightNames(page)).toEqual([]);
      await until(popup2, 'the disabled note', () => document.body.textContent!.includes('off on this site'));
      await setSettings({ mode: 'claims', sites: {} });
      await until(page, 'highlights after re-enabling', () => CSS.highlights.size > 0);
      await popup2.close();
      await other.close();
      await page.close();
    }, 60_000);

    it('starts on a site switched off without a highlight even for a moment, and follows its switching on', async () => {
      // The background hands the page its settings with the script: the off switch set just
      // before the load must be in them, not only in the storage read that follows.
      await setSettings({ mode: 'claims', sites: { '127.0.0.1': { disabled: true } } });
      const page = await browser.newTab({ initScript: PAINT_PROBE });
      await page.goto(seedUrl);
      const popup = await openPopup(await tabIdOf(seedUrl));
      await until(popup, 'the disabled note', () => document.body.textContent!.includes('off on this site'));
      await popup.close();
      const paintedAt = () => page.evaluate(() => (window as unknown as { __paintedAt?: number }).__paintedAt ?? null);
      expect(await paintedAt()).toBeNull();
      const switchedOn = await page.evaluate(() => performance.timeOrigin + performance.now());
      await setSettings({ mode: 'sources', sites: {} });
      await until(page, 'sources once switched on', () => [...CSS.highlights.keys()].map((n) => n.slice(11)).join() === 'source');
      expect(await paintedAt()).toBeGreaterThan(switchedOn);
      await setSettings({ mode: 'claims', sites: {} });
      await page.close();
    }, 60_000);

    it('falls back to defaults when stored settings are corrupt', async () => {
      await setSettings({ mode: 'rainbow', sites: { '127.0.0.1': { mode: 42, disabled: 'yes' }, '': null } });
      const page = await browser.newTab();
      await page.goto(seedUrl);
      await until(page, 'default claims mode', () => [...CSS.highlights.keys()].some((n) => n.slice(11).startsWith('claim-')));
      await setSettings({ mode: 'claims', sites: {} });
      await page.close();
    }, 60_000);

    it('scrolls the page to a claim clicked in the popup and flashes it', async () => {
      const page = await browser.newTab({ width: 900, height: 500 });
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const popup = await openPopup(await tabIdOf(seedUrl));
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      const clicked = await popup.evaluate(() => {
        const claims = [...document.querySelectorAll<HTMLElement>('.claim')];
        const last = claims.find((c) => c.querySelector('.text')!.textContent!.includes('sehr gut')) ?? claims[claims.length - 1];
        last.querySelector<HTMLButtonElement>('.jump')!.click();
        return last.querySelector('.text')!.textContent!;
      });
      const flashed = await until(page, 'the flash', () => {
        const flash = CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'flash') ?? '') as unknown as Set<Range> | undefined;
        if (!flash || flash.size === 0) return null;
        const range = [...flash][0];
        const rect = range.getBoundingClientRect();
        return { text: range.toString(), top: rect.top, bottom: rect.bottom, scrollY: window.scrollY, height: innerHeight };
      });
      expect(flashed.scrollY).toBeGreaterThan(0);
      expect(flashed.top).toBeGreaterThanOrEqual(0);
      expect(flashed.bottom).toBeLessThanOrEqual(flashed.height);
      expect(clicked.replace(/…$/, '')).toContain(flashed.text.slice(0, 20));
      await until(page, 'the flash to end', () => ![...CSS.highlights.keys()].some((n) => n.slice(11) === 'flash'), undefined, 5000);
      await popup.close();
      await page.close();
    }, 60_000);

    it('says plainly when it cannot run on a page', async () => {
      const popup = await browser.newTab({ width: 420, height: 300 });
      await popup.goto(browser.extensionUrl('popup.html'));
      await until(popup, 'the cannot-run note', () => document.body.textContent!.includes('can’t run on this page'));
      await popup.close();
    }, 30_000);

    it('says so when a page has no claims', async () => {
      const page = await browser.newTab();
      const url = `${server.origin}/fixtures/no-claims.html`;
      await page.goto(url);
      const popup = await openPopup(await tabIdOf(url));
      await until(popup, 'the no-claims note', () => document.body.textContent!.includes('No attributed claims'));
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await badgeText(await tabIdOf(url))).toBe('');
      await popup.close();
      await page.close();
    }, 30_000);

    it('analyses an article that arrives after load, and does not repaint on its own', async () => {
      const url = `${server.origin}/fixtures/late-article.html`;
      const page = await browser.newTab();
      await page.goto(url);
      expect(await highlightNames(page)).toEqual([]);
      await until(page, 'the late article highlighted', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'), undefined, 15_000);
      expect(await highlightedText(page, 'source')).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband']);
      const tabId = await tabIdOf(url);
      expect(await badgeText(tabId)).toBe('2');
      // No analysis loop: the painted highlight stays the same object while nothing changes.
      await page.evaluate(() => {
        (window as unknown as { painted: unknown }).painted = CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '');
      });
      await new Promise((r) => setTimeout(r, 3000));
      expect(await page.evaluate(() => CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') === (window as unknown as { painted: unknown }).painted)).toBe(true);
    }, 60_000);

    it('reads posts appended to a live blog, also when they outgrow the page', async () => {
      const url = `${server.origin}/fixtures/live-blog.html`;
      const page = await browser.newTab();
      await page.goto(url);
      await until(page, 'the first post highlighted', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      expect(await highlightedText(page, 'source')).toEqual(['Bürgermeisterin Anna Schulz']);
      await page.evaluate(() =>
        (window as unknown as { addPost: (html: string) => void }).addPost(
          '<p>Der Verkehrsclub kritisierte die Pläne. Die Brücke sei zu schmal für Radfahrer, teilte der Verband mit.</p><p>„Wir prüfen das“, sagte Stadtrat Peter Klein.</p>',
        ),
      );
      await until(page, 'the appended post highlighted', () => (CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>)?.size === 3);
      expect(await highlightedText(page, 'source')).toEqual(['Bürgermeisterin Anna Schulz', 'der Verband', 'Stadtrat Peter Klein']);
      expect(await badgeText(await tabIdOf(url))).toBe('3');
      // More appended text than the page had: read whole again, every post's claim painted once.
      await page.evaluate(() => {
        const add = (window as unknown as { addPost: (html: string) => void }).addPost;
        for (let i = 1; i <= 600; i++) add(`<p>„Eintrag ${i} ist da, und die Arbeiten an der Brücke gehen weiter“, sagte Sprecherin Nummer ${i}.</p>`);
      });
      // Over 600 spans: those near the viewport are painted, each post's once; the last post's once scrolled to it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const painted = await until(
        page,
        'the last post highlighted',
        () => {
          const ranges = [...((CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>) ?? [])];
          const posts = ranges.map((r) => r.startContainer.parentElement?.textContent ?? '');
          return posts.some((post) => post.startsWith('„Eintrag 600 ')) ? posts : null;
        },
        undefined,
        20_000,
      );
      expect(new Set(painted).size).toBe(painted.length);
      expect(await badgeText(await tabIdOf(url))).toBe('603');
      await page.close();
    }, 60_000);

    it('reads the new article after single-page navigation', async () => {
      const url = `${server.origin}/fixtures/spa.html`;
      const page = await browser.newTab();
      await page.goto(url);
      await until(page, 'the first article highlighted', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'source'));
      expect(await highlightedText(page, 'source')).toEqual(['Bürgermeisterin Anna Schulz']);
      expect(await page.evaluate(() => (window as unknown as { go: (u: string, api: string) => string }).go('?b', 'pushState'))).toBe('pushState');
      await until(page, 'the second article highlighted', () =>
        [...((CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>) ?? [])].map(String).join() === 'Stadtkämmerer Jonas Weber',
      );
      const used = await page.evaluate(() => (window as unknown as { go: (u: string, api: string) => string }).go('?c', 'navigation'));
      if (name === 'chromium') expect(used).toBe('navigation');
      await until(page, 'the third article highlighted', () =>
        [...((CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'source') ?? '') as unknown as Set<Range>) ?? [])].map(String).join() === 'Baudezernentin Lena Roth',
      );
      const popup = await openPopup(await tabIdOf(`${url}?c`));
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      const groups = await readPopup(popup);
      expect(groups).toHaveLength(1);
      expect(groups[0].entity).toContain('Lena Roth');
      await popup.close();
      await page.close();
    }, 60_000);

    describe('wrapping fallback where the Highlight API is missing', () => {
      /** Runs in the page before its scripts: the page's world loses the Highlight API. */
      const REMOVE_HIGHLIGHT_API = 'delete CSS.highlights; delete window.Highlight;';
      let bundle: string;
      beforeAll(async () => {
        bundle = await paintBundle();
      });

      it('wraps claims in marks, maps offsets through them, and restores the DOM exactly', async () => {
        await setSettings({ mode: 'claims', sites: { '127.0.0.1': { disabled: true } } });
        const page = await browser.newTab({ initScript: CAPTURE_DOM + REMOVE_HIGHLIGHT_API });
        await page.goto(seedUrl);
        await page.evaluate((code) => (0, eval)(code), bundle);
        const painted = await page.evaluate(() => {
          type Api = typeof import('./paint-entry');
          const api = (window as unknown as { WhoSaidPaint: Api }).WhoSaidPaint;
          const text = api.collectPageText(document);
          const whole = api.wholeText(text.parts);
          const { attributions } = api.extract(whole, { lang: 'de' });
          const claims = api.buildClaims(text.parts, attributions);
          const painter = api.createPainter(text, window);
          (window as unknown as { repaint: (mode: string) => void }).repaint = (mode) =>
            mode === 'off' ? painter.clear() : painter.paint(api.planPaint(attributions, claims, mode as 'claims'));
          painter.paint(api.planPaint(attributions, claims, 'claims'));
          const at = whole.indexOf('sagte Ushakov');
          const mark = [...document.querySelectorAll('who-said-mark')].find((m) => m.textContent === 'Ushakov');
          return {
            method: painter.method,
            // Tokens without the page's prefix: the styles.
            marks: [...document.querySelectorAll('who-said-mark')].map((m) => [m.getAttribute('data-who-said')!.split(' ').map((t) => t.slice(11)).join(' '), m.textContent!]),
            rangeText: painter.range(at, at + 'sagte Ushakov'.length)?.toString(),
            offset: mark ? painter.offsetAt(mark.firstChild!, 0) : null,
            expectedOffset: whole.indexOf('Ushakov', at),
            bodyText: document.body.textContent,
          };
        });
        expect(painted.method).toBe('wrap');
        expect(painted.marks).toEqual(expect.arrayContaining([['source', 'Ushakov'], ['cue', 'sagte']]));
        expect(painted.marks.some(([style, text]) => style === 'claim-direct' && text.startsWith('„Putin und Xi'))).toBe(true);
        expect(painted.rangeText).toBe('sagte Ushakov');
        expect(painted.offset).toBe(painted.expectedOffset);
        const before = await page.evaluate(() => new DOMParser().parseFromString((window as unknown as { __domBefore: string }).__domBefore, 'text/html').body.textContent);
        expect(painted.bodyText).toBe(before);
        await page.screenshot(join(DOCS, `${name}-fallback.png`));

        await page.evaluate(() => (window as unknown as { repaint: (mode: string) => void }).repaint('sources'));
        const sources = await page.evaluate(() => [...document.querySelectorAll('who-said-mark')].map((m) => m.getAttribute('data-who-said')!.slice(11)));
        expect(sources.length).toBeGreaterThan(5);
        expect(new Set(sources)).toEqual(new Set(['source']));

        await page.evaluate(() => (window as unknown as { repaint: (mode: string) => void }).repaint('off'));
        expect(await page.evaluate(domDifference)).toBe('');
        // The page's own script still works on the restored DOM.
        await page.evaluate(() => document.getElementById('vote')!.click());
        expect(await page.evaluate(() => document.getElementById('counter')!.textContent)).toBe('1 Stimme');
      }, 60_000);
    });

    describe('real pages', () => {
      const pages = [
        { file: 'de/handelsblatt.com-1.html', minClaims: 5 },
        { file: 'en/cnn.com-2.html', minClaims: 5 },
        { file: 'large/nymag.com-1.html', minClaims: 3 },
      ];
      if (!HAVE_SHARED) {
        it('runs when ../shared exists', () => console.log('skipped: ../shared not found'));
        return;
      }
      it.each(pages)('$file gets highlights and a sensible claim list', async ({ file, minClaims }) => {
        const url = `${server.origin}/shared/${file}`;
        const page = await browser.newTab();
        await page.goto(url);
        await until(page, 'highlights', () => CSS.highlights.size > 0, undefined, 40_000);
        const popup = await openPopup(await tabIdOf(url));
        await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0, undefined, 20_000);
        const groups = await readPopup(popup);
        const claims = groups.flatMap((g) => g.claims);
        expect(claims.length).toBeGreaterThanOrEqual(minClaims);
        expect(groups.filter((g) => g.entity !== '').length).toBeGreaterThanOrEqual(2);
        const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
        for (const claim of claims) {
          expect(claim.text.length).toBeGreaterThan(0);
          for (const part of claim.text.split(' … ')) expect(pageText).toContain(part.slice(0, 60));
        }
        await popup.close();
        await page.close();
      }, 90_000);
    });

    if (name === 'firefox') {
      // Firefox MV3 lets users revoke host access; the popup must then ask for it, not fail silently.
      it('asks for site access in the popup once host permission is revoked', async () => {
        const page = await browser.newTab();
        await page.goto(seedUrl);
        await until(page, 'highlights', () => CSS.highlights.size > 0);
        const helper = await browser.newTab();
        await helper.goto(browser.extensionUrl('popup.html'));
        const tabId = await helper.evaluate(async (sites: string[]) => {
          const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
          if (!(await api.permissions.remove({ origins: sites }))) throw new Error('permission not removed');
          const self = await api.tabs.getCurrent();
          const tabs = await api.tabs.query({});
          return tabs.find((t) => t.id !== self?.id)!.id!;
        }, ALL_SITES);
        await helper.close();
        await page.reload();
        await new Promise((r) => setTimeout(r, 1500));
        expect(await highlightNames(page)).toEqual([]);
        const popup = await openPopup(tabId);
        await until(popup, 'the access request', () => document.body.textContent!.includes('needs your permission'));
        expect(await popup.evaluate(() => document.querySelector('.primary')?.textContent)).toBe('Allow on web pages');
      }, 60_000);
    }
  });
}
