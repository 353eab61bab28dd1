/**
 * The built extension on the saved real news pages of ../shared/pages, served from 127.0.0.1 with
 * their own scripts and every request off the server blocked. Each page must load without an
 * exception from the extension, keep its DOM untouched (Highlight API path), report claims only
 * inside the article text, and keep the claims its golden file (tests/golden/) records.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { ClaimView, PageState } from '../../lib/messages';
import { until, type ExtensionBrowser, type Tab } from './browsers';
import { HAVE_SHARED, SHARED_PAGES_DIR, startServer, type FixtureServer } from './server';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../golden');

/** `UPDATE_GOLDEN=1` rewrites the golden counts from this run; the checked pairs are kept. */
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** A golden file may lose this share of its claims before the page fails (engine rules move). */
const GOLDEN_TOLERANCE = 0.8;

/** Claims whose text is not in the page's article text (.txt), as a share of all: quoting drifts. */
const MAX_OUTSIDE_ARTICLE = 0.1;

/** Tabs loading at once: two cores, and each page's analysis runs in the one background. */
const PARALLEL = 3;

export interface Golden {
  /** Claims per kind when the file was last updated. */
  kinds: Record<string, number>;
  /** Claims read and checked in the article: words of the source and the first words of the claim. */
  pairs: { source: string; claim: string }[];
}

interface Snippets {
  with: string[];
  without: string[];
}

interface PageResult {
  file: string;
  state: PageState | null;
  domChange: string;
  errors: string[];
  ms: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text compared across the page, the .txt and the snippets: quotes and dashes vary between them. */
const fold = (s: string) =>
  squash(s)
    .toLowerCase()
    .replace(/[„“”‟"«»‹›‚‘’‛'`´]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');

export function sharedPages(): string[] {
  if (!HAVE_SHARED) return [];
  return ['de', 'en', 'large'].flatMap((dir) =>
    readdirSync(join(SHARED_PAGES_DIR, dir))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

const goldenPath = (file: string) => join(GOLDEN_DIR, file.replace(/\.html$/, '.json'));

function readGolden(file: string): Golden | null {
  const path = goldenPath(file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Golden) : null;
}

function writeGolden(file: string, claims: ClaimView[]): void {
  const kinds: Record<string, number> = {};
  for (const c of claims) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  const golden: Golden = { kinds, pairs: readGolden(file)?.pairs ?? [] };
  mkdirSync(dirname(goldenPath(file)), { recursive: true });
  writeFileSync(goldenPath(file), JSON.stringify(golden, null, 2) + '\n');
}

function articleText(file: string): string | null {
  const txt = join(SHARED_PAGES_DIR, file.replace(/\.html$/, '.txt'));
  return existsSync(txt) ? fold(readFileSync(txt, 'utf8')) : null;
}

function snippets(file: string): Snippets | null {
  const path = join(SHARED_PAGES_DIR, file.replace(/\.html$/, '.evalsnippets.json'));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Snippets) : null;
}

/** Captures the page's DOM as loaded, before the content script runs (document_idle). */
const CAPTURE_DOM = `document.addEventListener('DOMContentLoaded', () => { window.__domBefore = document.documentElement.outerHTML; }, { once: true });`;

function domDifference(): string {
  const before = (window as unknown as { __domBefore?: string }).__domBefore;
  if (before === undefined) return 'DOM not captured';
  const now = document.documentElement.outerHTML;
  if (before === now) return '';
  let i = 0;
  while (i < before.length && before[i] === now[i]) i++;
  return `before: …${before.slice(Math.max(0, i - 60), i + 100)}… now: …${now.slice(Math.max(0, i - 60), i + 100)}…`;
}

/** Runs in an extension page: the state of the tab showing `url` once analysed, as its content script reports it. */
async function analysedState(url: string): Promise<PageState | null> {
  const api = (globalThis as unknown as { browser?: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
  for (const tab of await api.tabs.query({})) {
    const state = (await api.tabs.sendMessage(tab.id!, { type: 'state' }).catch(() => null)) as PageState | null;
    if (state && state.url === url && (state.status === 'ready' || state.status === 'error')) return state;
  }
  return null;
}

export function defineRealPagesSuite(name: string, launch: () => Promise<ExtensionBrowser>, files: string[]): void {
  describe(`real pages in ${name}`, () => {
    if (!HAVE_SHARED) {
      it('runs when ../shared exists', () => console.log('skipped: ../shared not found'));
      return;
    }
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let helper: Tab;
    const results = new Map<string, PageResult>();

    async function load(file: string): Promise<PageResult> {
      const started = Date.now();
      const url = `${server.origin}/shared/${file}`;
      const tab = await browser.newTab({ initScript: CAPTURE_DOM });
      try {
        await tab.goto(url);
        const state = await until(helper, `${file} analysed`, analysedState, url, 20_000).catch(() => null);
        const domChange = await tab.evaluate(domDifference);
        return { file, state, domChange, errors: [...tab.errors], ms: Date.now() - started };
      } finally {
        await tab.close();
      }
    }

    beforeAll(async () => {
      server = await startServer();
      browser = await launch();
      helper = await browser.newTab();
      await helper.goto(browser.extensionUrl('popup.html'));
      await helper.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: WxtBrowser }).browser ?? (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        await api.storage.local.set({ settings: { mode: 'claims', sites: {} } });
      });
      const queue = [...files];
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          for (let file = queue.shift(); file; file = queue.shift()) results.set(file, await load(file));
        }),
      );
      const background = await browser.backgroundErrors();
      if (background.length) results.set('background', { file: 'background', state: null, domChange: '', errors: background, ms: 0 });
      console.log(
        ['page | claims | by kind | ms', ...files.map((f) => {
          const r = results.get(f)!;
          const claims = r.state?.claims ?? [];
          const kinds: Record<string, number> = {};
          for (const c of claims) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
          return `${f} | ${r.state ? claims.length : r.state} | ${JSON.stringify(kinds)} | ${r.ms}`;
        })].join('\n'),
      );
      if (UPDATE_GOLDEN) for (const f of files) if (results.get(f)?.state) writeGolden(f, results.get(f)!.state!.claims);
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('raises no exception in the background', () => {
      expect(results.get('background')?.errors ?? []).toEqual([]);
    });

    it.each(files)('%s', (file) => {
      const r = results.get(file)!;
      expect(r.state, 'the page was analysed').not.toBeNull();
      expect(r.errors).toEqual([]);
      expect(r.state!.status, r.state!.error).toBe('ready');
      expect(r.domChange).toBe('');
      const claims = r.state!.claims;

      // Claims come from the article, not from navigation, teasers or boilerplate.
      const parts = (c: ClaimView) => c.claim.split(' … ').map(fold).filter((p) => p.length >= 12);
      const cut = snippets(file)?.without.map(fold) ?? [];
      for (const c of claims) {
        for (const p of parts(c)) {
          const inside = cut.find((w) => w.includes(p.slice(0, 40)) || p.includes(w));
          expect(inside, `claim “${c.claim}” lies in boilerplate`).toBeUndefined();
        }
      }
      const article = articleText(file);
      if (article) {
        const outside = claims.filter((c) => parts(c).some((p) => !article.includes(p.slice(0, 40))));
        expect(outside.length, `claims outside the article text: ${outside.map((c) => c.claim.slice(0, 80)).join(' | ')}`).toBeLessThanOrEqual(
          Math.floor(claims.length * MAX_OUTSIDE_ARTICLE),
        );
      }

      // Real claims are not lost: the golden count (with some slack) and every checked pair.
      const golden = readGolden(file);
      expect(golden, `golden file ${goldenPath(file)}`).not.toBeNull();
      const goldenTotal = Object.values(golden!.kinds).reduce((a, b) => a + b, 0);
      expect(claims.length, `claims (golden ${JSON.stringify(golden!.kinds)})`).toBeGreaterThanOrEqual(Math.ceil(goldenTotal * GOLDEN_TOLERANCE));
      for (const pair of golden!.pairs) {
        const found = claims.some((c) => fold(c.source).includes(fold(pair.source)) && fold(c.claim).includes(fold(pair.claim)));
        expect(found, `${pair.source}: “${pair.claim}”`).toBe(true);
      }
    });
  });
}
