/**
 * The extension's own pages in a real browser: options, keyboard use, export, accessibility
 * (axe-core), languages, and what a web page can (not) make the extension do.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { PALETTE_COLOURS, PALETTE_PREFIX, PALETTES } from '../../lib/paint/palette';
import { until, type ExtensionBrowser, type Tab } from './browsers';
import { startServer, type FixtureServer } from './server';

// A highlight name is the page's prefix, ten random letters and a hyphen (lib/paint/names.ts),
// then the style: in the page, `name.slice(11)` is the style (`source`, `claim-direct` …). The
// claim card's element is named `<prefix>card`.

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = join(root, 'docs');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core in an extension page. Its source is evaluated by the driver (as a debugger
 * would), which the page's CSP does not govern; the page itself never loads it.
 */
export async function axeViolations(tab: Tab): Promise<Violation[]> {
  await tab.evaluate(AXE_SOURCE as never);
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export function defineUiSuite(name: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser>): void {
  describe(`extension pages in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let seedUrl: string;

    async function extensionPage(path: string, size = { width: 420, height: 600 }): Promise<Tab> {
      const tab = await browser.newTab(size);
      await tab.goto(browser.extensionUrl(path));
      return tab;
    }

    async function setSettings(settings: unknown): Promise<void> {
      const helper = await extensionPage('popup.html');
      await helper.evaluate(async (s) => {
        const a = ((globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome);
        await a.storage.local.set({ settings: s });
      }, settings);
      await helper.close();
    }

    /** Tab id and page state of the tab showing `url`, asked from an extension page. */
    async function stateOf(url: string): Promise<{ tabId: number; state: { lang?: string; status: string; claims: unknown[] } }> {
      const helper = await extensionPage('popup.html');
      const found = await until(helper, `the state of ${url}`, async (u: string) => {
        const a = ((globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome);
        for (const tab of await a.tabs.query({})) {
          const state = (await a.tabs.sendMessage(tab.id!, { type: 'state' }).catch(() => null)) as { url: string; status: string } | null;
          if (state && state.url === u && state.status !== 'analysing') return { tabId: tab.id!, state };
        }
        return null;
      }, url);
      await helper.close();
      return found as never;
    }

    async function seedWithPopup(): Promise<{ page: Tab; popup: Tab; tabId: number }> {
      const page = await browser.newTab({ width: 900, height: 500 });
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      const { tabId } = await stateOf(seedUrl);
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      return { page, popup, tabId };
    }

    beforeAll(async () => {
      server = await startServer();
      browser = await launch();
      seedUrl = `${server.origin}/fixtures/seed-article.html`;
      mkdirSync(DOCS, { recursive: true });
      await setSettings({ mode: 'claims', sites: {} });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    afterEach(async () => {
      for (const tab of browser.openTabs()) await tab.close().catch(() => undefined);
      await setSettings({ mode: 'claims', sites: {} });
    });

    it('popup: passes axe in light (and dark) colours; arrow keys walk the claims, Enter jumps', async () => {
      const { page, popup } = await seedWithPopup();
      expect(await axeViolations(popup)).toEqual([]);
      if (popup.colourScheme) {
        await popup.colourScheme('dark');
        expect(await axeViolations(popup)).toEqual([]);
        await popup.colourScheme('light');
      }
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');

      // Focus order: the selected mode first, then the site switch, the export, the claims.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const order: string[] = [];
      for (let i = 0; i < 20; i++) {
        await popup.press('Tab');
        order.push(await popup.evaluate(() => (document.activeElement as HTMLElement).className || (document.activeElement as HTMLElement).tagName));
      }
      expect(order.slice(0, 3)).toEqual(['link open-panel', 'link settings', 'mode active']);
      // Then the site switch, the profile's parts, the export, the claims.
      expect(order.indexOf('part')).toBeGreaterThan(2);
      expect(order.indexOf('part')).toBeLessThan(order.indexOf('chip'));
      expect(order.indexOf('chip')).toBeLessThan(order.indexOf('jump'));

      // Arrow keys move the mode like a radio group.
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.mode.active')!.focus());
      await popup.press('ArrowRight');
      await until(page, 'by-source colours', () => [...CSS.highlights.keys()].some((n) => n.slice(11).startsWith('entity-')));
      await until(popup, 'focus on the new mode', () => document.activeElement?.getAttribute('aria-checked') === 'true');
      await popup.press('ArrowLeft');
      await until(page, 'claims again', () => [...CSS.highlights.keys()].some((n) => n.slice(11).startsWith('claim-')));

      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.jump')!.focus());
      await popup.press('ArrowDown');
      await popup.press('ArrowDown');
      expect(await popup.evaluate(() => [...document.querySelectorAll('.jump')].indexOf(document.activeElement!))).toBe(2);
      await popup.press('End');
      const last = await popup.evaluate(() => document.querySelectorAll('.jump').length - 1);
      expect(await popup.evaluate(() => [...document.querySelectorAll('.jump')].indexOf(document.activeElement!))).toBe(last);
      await popup.press('Enter');
      const flashed = await until(page, 'the flash', () => (CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'flash') ?? '') as unknown as Set<Range> | undefined)?.size ? window.scrollY : null);
      expect(flashed).toBeGreaterThan(0);
      // The claim's card opens with it and takes the keyboard focus; Escape closes it.
      await until(page, 'the focused card', () => /^[a-z]{10}-card$/.test(document.activeElement?.localName ?? ''));
      await page.press('Escape');
      await until(page, 'the card closed', () => ![...document.querySelectorAll('*')].some((e) => /^[a-z]{10}-card$/.test(e.localName)));
    }, 90_000);

    it('popup: exports Markdown, JSON and CSV with page title, URL and date', async () => {
      const { popup } = await seedWithPopup();
      // Record what leaves the popup: the clipboard text and the downloaded files' blobs.
      await popup.evaluate(() => {
        const w = window as unknown as { copied: string[]; blobs: Blob[]; downloads: string[] };
        w.copied = [];
        w.blobs = [];
        w.downloads = [];
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void w.copied.push(text) } });
        const create = URL.createObjectURL;
        URL.createObjectURL = (blob: Blob) => (w.blobs.push(blob), create(blob));
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.downloads.push(this.download);
        };
      });
      const claims = await popup.evaluate(() => document.querySelectorAll('.claim').length);
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.export .chip')!.click());
      const markdown = await until(popup, 'the copied Markdown', () => (window as unknown as { copied: string[] }).copied[0]);
      expect(markdown).toMatch(/^# \[Xi und Putin.*\]\(<http:\/\/127\.0\.0\.1:\d+\/fixtures\/seed-article\.html>\)/);
      expect(markdown).toContain('## Ushakov');
      // The source profile first (five lines), then one line per claim.
      expect(markdown).toContain('## Source profile\n\n- 11 claims · 6 sources · 1 unnamed\n- person 8 · media 2 · no named source 1\n');
      expect(markdown.match(/^- /gm)).toHaveLength(claims + 5);
      expect(await popup.evaluate(() => document.querySelector('.export-note')!.textContent)).toBe('Copied.');

      for (const format of ['json', 'csv']) {
        await popup.evaluate((f) => document.querySelector<HTMLButtonElement>(`.export [data-format="${f}"]`)!.click(), format);
      }
      const files = await until(popup, 'two downloads', async () => {
        const w = window as unknown as { blobs: Blob[]; downloads: string[] };
        if (w.blobs.length < 2) return null;
        return { names: w.downloads, texts: await Promise.all(w.blobs.map((b) => b.text())), types: w.blobs.map((b) => b.type) };
      });
      expect(files.names[0]).toMatch(/^who-said-127\.0\.0\.1-\d{4}-\d\d-\d\d\.json$/);
      expect(files.names[1]).toMatch(/\.csv$/);
      const json = JSON.parse(files.texts[0]);
      expect(json.url).toBe(seedUrl);
      expect(json.title).toMatch(/^Xi und Putin/);
      expect(Date.parse(json.date)).toBeGreaterThan(Date.now() - 60_000);
      expect(json.claims).toHaveLength(claims);
      expect(json.profile).toMatchObject({ claims: 11, speakers: 6, unnamed: 1, byType: { person: 8, media: 2, unnamed: 1 }, topClaims: 7 });
      expect(json.claims.some((c: { entity: string; cue: string }) => c.entity === 'Ushakov' && c.cue === 'sagte')).toBe(true);
      const csv = files.texts[1].split('\r\n');
      // The profile heads the file as # lines; then the columns and one row per claim.
      expect(csv[0]).toBe('# 11 claims · 6 sources · 1 unnamed');
      expect(csv[5]).toBe('source,entity,entityType,kind,cue,claim,title,url,date');
      expect(csv.filter(Boolean)).toHaveLength(5 + claims + 1);
      expect(files.types[1]).toBe('text/csv;charset=utf-8');
    }, 90_000);

    it('popup: the source profile counts the seed article as read by hand; each part filters the list', async () => {
      const { popup } = await seedWithPopup();
      const texts = (selector: string) => popup.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()), selector);
      const listed = () => popup.evaluate(() => [...document.querySelectorAll('.claim')].map((c) => Number(c.getAttribute('data-claim'))));
      // The seed's gold (seeds/000_e810e4ad3495eada.gold.json): 11 claims by Xi 3, Trump 2, Ushakov 2, Putin 1,
      // two state media 1 each, and one without a named source.
      expect(await texts('.profile .counts')).toEqual(['11 claims · 6 sources · 1 unnamed']);
      expect(await texts('.legend .part')).toEqual(['person 8', 'media 2', 'no named source 1']);
      const shares = await texts('.shares .part');
      expect(shares[0]).toBe('9% rest on unnamed sources');
      expect(shares[3]).toBe('3 sources hold 64% of the claims');
      // Quoted share: the list's own quotes and partial quotes.
      const quoted = (await texts('.claim .badge')).filter((k) => k === 'quote' || k === 'partial quote').length;
      expect(shares[1]).toBe(`${Math.round((quoted / 11) * 100)}% quoted`);
      expect(shares[2]).toBe(`${Math.round(((11 - quoted) / 11) * 100)}% reported`);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot(join(DOCS, `${name}-profile.png`));

      // A legend entry narrows the list to its type; pressed again, it shows all.
      await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.legend .part')].find((b) => b.textContent!.startsWith('media'))!.click());
      await until(popup, 'two media claims', () => document.querySelectorAll('.claim').length === 2);
      expect(await texts('.group .etype')).toEqual(['media', 'media']);
      expect(await texts('.filtered')).toEqual(['Showing: media Show all']);
      expect(await popup.evaluate(() => document.querySelector('.legend [aria-pressed="true"]')!.textContent)).toBe('media 2');
      await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.legend .part')].find((b) => b.textContent!.startsWith('media'))!.click());
      await until(popup, 'all claims again', () => document.querySelectorAll('.claim').length === 11);
      // The bar's segments answer the mouse: a click on the person segment.
      const box = await popup.evaluate(() => {
        const r = document.querySelector('.segment.type-person')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await popup.click(box.x, box.y);
      await until(popup, 'eight claims by persons', () => document.querySelectorAll('.claim').length === 8);
      // The top speakers: Xi Jinping, Donald Trump and Ushakov, 7 claims.
      await popup.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.shares .part')[3].click());
      await until(popup, 'the top speakers', () => document.querySelectorAll('.claim').length === 7);
      expect(await texts('.group .entity')).toEqual(['Xi Jinping', 'Donald Trump', 'Ushakov']);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.filtered .link')!.click());
      expect((await listed()).length).toBe(11);
    }, 90_000);

    it('popup: "Unnamed" on a page without unnamed claims says so and lists none', async () => {
      const page = await browser.newTab();
      const englishUrl = `${server.origin}/fixtures/english-no-lang.html`;
      await page.goto(englishUrl);
      const { tabId } = await stateOf(englishUrl);
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.mode')].find((b) => b.textContent === 'Unnamed')!.click());
      await until(popup, 'the note', () => document.body.textContent!.includes('No claims without a named source on this page.'));
      expect(await popup.evaluate(() => document.querySelectorAll('.claim').length)).toBe(0);
      await until(page, 'nothing painted', () => CSS.highlights.size === 0);
    }, 60_000);

    it('side panel: follows the active tab, jumps to a claim, marks the claim in view; passes axe', async () => {
      const page = await browser.newTab({ width: 900, height: 500 });
      await page.goto(seedUrl);
      await until(page, 'highlights', () => CSS.highlights.size > 0);
      const english = await browser.newTab();
      const englishUrl = `${server.origin}/fixtures/english-no-lang.html`;
      await english.goto(englishUrl);
      const seedTab = (await stateOf(seedUrl)).tabId;
      const englishTab = (await stateOf(englishUrl)).tabId;
      // The panel's own page, in a tab of the same window: a driver cannot open the browser's side panel.
      const panel = await extensionPage('sidepanel.html', { width: 360, height: 700 });
      const activate = (id: number) =>
        panel.evaluate(async (tabId) => {
          const a = ((globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome);
          await a.tabs.update(tabId, { active: true });
        }, id);
      const counts = () => panel.evaluate(() => document.querySelector('.profile .counts')?.textContent ?? null);

      await activate(seedTab);
      await until(panel, 'the seed in the panel', () => document.querySelector('.profile .counts')?.textContent === '11 claims · 6 sources · 1 unnamed');
      await activate(englishTab);
      await until(panel, 'the English page in the panel', () => document.querySelector('.profile .counts')?.textContent === '4 claims · 4 sources · 0 unnamed');
      await activate(seedTab);
      await until(panel, 'the seed again', () => document.querySelector('.profile .counts')?.textContent === '11 claims · 6 sources · 1 unnamed');
      expect(await counts()).toBe('11 claims · 6 sources · 1 unnamed');
      expect(await panel.evaluate(() => document.querySelector('.open-panel'))).toBeNull();
      await panel.screenshot(join(DOCS, `${name}-sidepanel.png`));

      // A claim clicked in the panel is shown in the page.
      await panel.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.jump')[8].click());
      const flashed = await until(page, 'the flash', () => (CSS.highlights.get([...CSS.highlights.keys()].find((n) => n.slice(11) === 'flash') ?? '') as unknown as Set<Range> | undefined)?.size ? window.scrollY : null);
      expect(flashed).toBeGreaterThan(0);

      // Scrolling the page moves the panel's mark to the claim in the middle of the viewport.
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = await until(panel, 'one of the first claims marked', () => {
        const claim = Number(document.querySelector('.claim.current')?.getAttribute('data-claim') ?? NaN);
        return claim <= 1 ? { claim } : null;
      });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await until(panel, 'a later claim marked', (first: number) => Number(document.querySelector('.claim.current')?.getAttribute('data-claim') ?? -1) > first, top.claim);
      expect(await panel.evaluate(() => document.querySelectorAll('.claim.current [aria-current="location"]').length)).toBe(1);
      expect(await axeViolations(panel)).toEqual([]);
      await panel.screenshot(join(DOCS, `${name}-sidepanel-in-view.png`));
    }, 90_000);

    it('a page with a coloured background gets opaque highlight colours; a white page keeps the chosen tints', async () => {
      const beige = await browser.newTab({ width: 900, height: 500 });
      await beige.goto(`${server.origin}/fixtures/coloured-background.html`);
      const names = await until(beige, 'highlights', () => (CSS.highlights.size > 0 ? [...CSS.highlights.keys()] : null));
      expect(names.every((n) => n.slice(11).startsWith('hc-')), names.join()).toBe(true);
      await beige.screenshot(join(DOCS, `${name}-page-coloured.png`));
      const white = await browser.newTab({ width: 900, height: 500 });
      await white.goto(seedUrl);
      const whiteNames = await until(white, 'highlights', () => (CSS.highlights.size > 0 ? [...CSS.highlights.keys()] : null));
      expect(whiteNames.some((n) => n.slice(11).startsWith('hc-'))).toBe(false);
    }, 60_000);

    it('options: pass axe; default mode, allow-list and kinds change what pages show', async () => {
      const options = await extensionPage('options.html', { width: 760, height: 980 });
      await until(options, 'the options form', () => document.querySelector('select[name="mode"]') !== null);
      expect(await axeViolations(options)).toEqual([]);
      await options.screenshot(join(DOCS, `${name}-options.png`), true);
      if (options.colourScheme) {
        await options.colourScheme('dark');
        expect(await axeViolations(options)).toEqual([]);
        await options.screenshot(join(DOCS, `${name}-options-dark.png`), true);
        await options.colourScheme('light');
      }
      const shortcuts = await options.evaluate(() => [...document.querySelectorAll('.shortcuts dd')].map((d) => d.textContent));
      expect(shortcuts).toEqual(expect.arrayContaining(['Open the Who Said popup', 'Switch to the next highlight mode on this site']));
      expect(await options.evaluate(() => [...document.querySelectorAll('.shortcuts kbd')].map((k) => k.textContent).sort())).toEqual(['Alt+Shift+M', 'Alt+Shift+S']);

      // Default mode: Sources only.
      await options.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select[name="mode"]')!;
        select.value = 'sources';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await until(options, 'saved', () => document.querySelector('.saved')!.textContent === 'Saved.');
      const page = await browser.newTab();
      await page.goto(seedUrl);
      await until(page, 'sources only', () => [...CSS.highlights.keys()].map((n) => n.slice(11)).join() === 'source');

      // Kinds: without quotes and partial quotes, no such claims are painted or listed.
      await options.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select[name="mode"]')!;
        select.value = 'claims';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await until(page, 'direct quotes painted', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'claim-direct'));
      await options.evaluate(() => {
        for (const kind of ['direct', 'mixed']) document.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`)!.click();
      });
      await until(page, 'no quotes painted', () => ![...CSS.highlights.keys()].some((n) => n.slice(11) === 'claim-direct') && [...CSS.highlights.keys()].some((n) => n.slice(11) === 'claim-indirect'));
      const { tabId } = await stateOf(seedUrl);
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
      const kinds = await popup.evaluate(() => [...new Set([...document.querySelectorAll('.claim .badge')].map((b) => b.textContent))]);
      expect(kinds).not.toContain('quote');
      expect(kinds).not.toContain('partial quote');
      expect(kinds).toContain('reported');
      await popup.close();

      // Allow-list without this site: the page is left alone, the popup says why; a malformed line is reported.
      await options.evaluate(() => {
        document.querySelector<HTMLInputElement>('input[name="scope"][value="allow-list"]')!.click();
        const area = document.querySelector<HTMLTextAreaElement>('#allow')!;
        area.value = 'https://www.zeit.de/politik\nnot a site';
        area.dispatchEvent(new FocusEvent('blur'));
      });
      await until(options, 'the invalid line reported', () => document.body.textContent!.includes('Not a site, left out: not a site'));
      await until(page, 'no highlights off the allow-list', () => CSS.highlights.size === 0);
      const popup2 = await extensionPage(`popup.html?tab=${tabId}`);
      await until(popup2, 'the allow-list note', () => document.body.textContent!.includes('not on your allow-list'));
      // The block-list switch would do nothing here, so the popup does not offer it.
      expect(await popup2.evaluate(() => document.querySelector('.site input'))).toBeNull();
      const stored = await popup2.evaluate(async () => {
        const a = ((globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome);
        return (await a.storage.local.get('settings')).settings;
      });
      expect(stored).toMatchObject({ version: 5, log: false, palette: 'default', run: 'auto', scope: 'allow-list', allow: ['zeit.de'], kinds: ['indirect', 'according_to', 'unnamed'] });

      // Adding the site to the list brings the highlights back.
      await options.evaluate(() => {
        const area = document.querySelector<HTMLTextAreaElement>('#allow')!;
        area.value = 'zeit.de\n127.0.0.1';
        area.dispatchEvent(new FocusEvent('blur'));
      });
      await until(page, 'highlights on the allow-list', () => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'claim-indirect'));
    }, 90_000);

    it('options: each colour palette changes what the page paints and the popup shows, without touching the page', async () => {
      const options = await extensionPage('options.html', { width: 760, height: 980 });
      await until(options, 'the palette choice', () => document.querySelectorAll('input[name="palette"]').length === 3);
      const { page, tabId } = await seedWithPopup();
      const dom = await page.evaluate(() => document.documentElement.outerHTML);
      const seen = new Set<string>();
      for (const palette of [...PALETTES.slice(1), PALETTES[0]]) {
        await options.evaluate((p) => document.querySelector<HTMLInputElement>(`input[name="palette"][value="${p}"]`)!.click(), palette);
        // Every registered name is the palette's: its prefix, or none of the others' for the default.
        const names = await until(
          page,
          `the ${palette} highlights`,
          (p: string) => {
            const all = [...CSS.highlights.keys()];
            const ours = (n: string) => (p ? n.slice(11).startsWith(p) : !/^(cb|hc)-/.test(n.slice(11)));
            return all.length > 0 && all.every(ours) ? all : null;
          },
          PALETTE_PREFIX[palette],
        );
        const pagePrefix = names[0].slice(0, 11);
        const prefix = `${pagePrefix}${PALETTE_PREFIX[palette]}claim-`;
        expect(names).toEqual(expect.arrayContaining([`${prefix}direct`, `${pagePrefix}${PALETTE_PREFIX[palette]}source`]));
        // The background inserts the palette's style sheet after the names change: wait for its colour.
        const colour = await until(
          page,
          `the ${palette} colours`,
          (n: string) => {
            const c = getComputedStyle(document.querySelector('p')!, `::highlight(${n})`).backgroundColor;
            return c !== 'rgba(0, 0, 0, 0)' ? c : null;
          },
          `${prefix}direct`,
        );
        seen.add(colour);
        // The palette switches by highlight name only: the page's DOM stays exactly as it was.
        expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(dom);

        const popup = await extensionPage(`popup.html?tab=${tabId}`);
        await until(popup, 'the claim list', () => document.querySelectorAll('.claim').length > 0);
        const legend = await popup.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.claim .badge')].map((b) => ({ kind: b.textContent, background: b.style.background })),
        );
        const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0').toUpperCase()).join('');
        const quote = legend.find((b) => b.kind === 'quote')!;
        expect(hex(quote.background)).toBe(PALETTE_COLOURS[palette].kinds.direct);
        if (palette === 'colour-blind') {
          expect(await axeViolations(popup)).toEqual([]);
          expect(await axeViolations(options)).toEqual([]);
        }
        await popup.close();
      }
      expect(seen.size).toBe(3);
    }, 90_000);

    it('the engine follows the page language: lang attribute first, detection without one', async () => {
      const page = await browser.newTab();
      await page.goto(seedUrl);
      const english = await browser.newTab();
      const englishUrl = `${server.origin}/fixtures/english-no-lang.html`;
      await english.goto(englishUrl);
      expect((await stateOf(seedUrl)).state.lang).toBe('de');
      const en = (await stateOf(englishUrl)).state;
      expect(en.lang).toBe('en');
      expect(en.claims.length).toBeGreaterThanOrEqual(2);
    }, 60_000);

    it('a web page cannot make the extension act by posting messages', async () => {
      const { page, tabId } = await seedWithPopup();
      const before = await page.evaluate(() => ({ names: [...CSS.highlights.keys()].sort(), y: window.scrollY }));
      const reach = await page.evaluate(() => {
        const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; id?: string } }; browser?: unknown };
        for (const message of [{ type: 'jump', claim: 5 }, { type: 'state' }, { type: 'analyse', text: 'x' }, { type: 'badge', count: 99 }]) {
          window.postMessage(message, '*');
          document.dispatchEvent(new CustomEvent('who-said', { detail: message }));
        }
        return { sendMessage: typeof w.chrome?.runtime?.sendMessage, browser: typeof w.browser };
      });
      // No extension API in the page's world (no externally_connectable), so only these channels exist.
      expect(reach).toEqual({ sendMessage: 'undefined', browser: 'undefined' });
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(() => ({ names: [...CSS.highlights.keys()].sort(), y: window.scrollY }))).toEqual(before);
      expect(await page.evaluate(() => [...CSS.highlights.keys()].some((n) => n.slice(11) === 'flash'))).toBe(false);
      const badge = await (async () => {
        const helper = await extensionPage('popup.html');
        const text = await helper.evaluate(async (id) => {
          const a = ((globalThis as unknown as { browser: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome);
          return a.action.getBadgeText({ tabId: id });
        }, tabId);
        await helper.close();
        return text;
      })();
      expect(badge).not.toBe('99');
    }, 60_000);
  });
}
