/**
 * Engine throughput. Prints figures, asserts nothing: characters per second of `extract` on each
 * shared dev corpus, on the large saved pages, on the seed article and on a synthetic megabyte of
 * news-like text; the ratio to a plain tokenising pass over the same text (the floor no analysis
 * can beat); and the heap that one run adds. Hostile texts at 100k, 400k and 1 MB characters, and
 * how long another tab's request waits behind a hostile megabyte in the background's scheduler.
 * Then the built extension in Chromium, per page: time
 * from the load event (after which the content script reads the page) to highlights painted, the
 * longest main-thread task after load, page-load time and JS heap with and without the extension (alternated runs),
 * and the main thread's processor time until the load event, read automatically and on demand only;
 * and, on the seed, what any script at the page's start costs: an empty file in place of the content
 * script beside the content script as built.
 *
 *   npm run build && npm run bench [-- SECTION…] [PAGE…]
 *
 * SECTION names (engine, hostile-text, queue, browser, start-floor, hostile-pages) run only those tables; PAGE
 * words pick the browser pages whose path contains them (e.g. `browser seed cnn`). Only a full run
 * writes docs/BENCH.md.
 */
import { PAINT_PROBE, paintSeen } from './paint-probe';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extract } from '../lib/engine/index';
import { tokenize } from '../lib/engine/text';
import { ExtractQueue } from '../lib/extract-queue';
import type { Run } from '../lib/settings';
import { CHROME_BUILD, CHROMIUM_FLAGS, launchChromiumSession, setRun, type ChromiumSession } from '../tests/e2e/browsers';
import { HAVE_SHARED, startServer } from '../tests/e2e/server';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const RUNS = 7;

interface Row {
  input: string;
  cells: string[];
}

interface Section {
  title: string;
  columns: string[];
  rows: () => Row[] | Promise<Row[]>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/**
 * A 95 % confidence interval of the median of sorted `xs` from order statistics alone, valid
 * whatever the distribution: [x(k), x(n−k+1)] for the largest k with P(Binomial(n, ½) ≤ k−1) ≤ 2.5 %
 * (k = 2 of 9, 8 of 25). A median of loads on a shared machine means little without it.
 */
function medianInterval(xs: number[]): [number, number] {
  const n = xs.length;
  let below = 0;
  let k = 0;
  let chance = 0.5 ** n;
  while (k < n && below + chance <= 0.025) {
    below += chance;
    k++;
    chance = (chance * (n - k + 1)) / k;
  }
  k = Math.max(k, 1);
  return [xs[k - 1], xs[n - k]];
}

/** Median wall time in milliseconds of `RUNS` calls, after one warm-up call. */
function medianMs(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Heap growth over one run: collected before it (with --expose-gc), not after, so the figure holds
 * the run's garbage as well as its results and approximates the peak it adds.
 */
function heapDeltaBytes(fn: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const results = fn();
  const grown = process.memoryUsage().heapUsed - before;
  // The results stay referenced until the heap is read, so they cannot be collected before.
  void results;
  return grown;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** A difference in whole units with its sign: +7, −3, 0. */
function signed(n: number): string {
  const whole = Math.round(n);
  return whole === 0 ? '0' : `${whole < 0 ? '−' : '+'}${fmt(Math.abs(whole))}`;
}

/** Engine figures for the texts of one input, analysed one by one as the extension does per page. */
function engineRow(input: string, texts: string[]): Row {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const extractMs = medianMs(() => texts.map((t) => extract(t)));
  const tokenizeMs = medianMs(() => texts.map((t) => tokenize(t)));
  const heap = heapDeltaBytes(() => texts.map((t) => extract(t)));
  const attributions = texts.reduce((n, t) => n + extract(t).attributions.length, 0);
  return {
    input,
    cells: [
      fmt(texts.length),
      fmt(chars),
      fmt(attributions),
      fmt(extractMs, 1),
      fmt((chars / extractMs) * 1000),
      fmt(extractMs / tokenizeMs, 1),
      fmt(heap / 2 ** 20, 1),
    ],
  };
}

const skipped = (input: string, columns: number): Row => ({ input, cells: ['skipped: ../shared not found', ...Array(columns - 1).fill('')] });

const readJsonlTexts = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);

/** A page's text: its .txt when saved, else the html with scripts, styles and tags stripped. */
function pageText(htmlPath: string): string {
  const txt = htmlPath.replace(/\.html$/, '.txt');
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  return readFileSync(htmlPath, 'utf8')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/(?:p|div|h[1-6]|li|blockquote|section|article|br|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n');
}

/** A megabyte of German and English news prose with quotes in every style, made from a fixed seed. */
function syntheticNews(length: number): string {
  const sentences = [
    '„Wir werden das nicht hinnehmen“, sagte Bundeskanzler Friedrich Merz am 3. Oktober in Berlin.',
    'Die Staatsmedien berichteten, dass die Gespräche fortgesetzt würden.',
    'Laut Angaben der Polizei wurden 240 Mrd. US-Dollar z. B. für Waffen ausgegeben.',
    'Er betonte: »Die Lage ist ernst.« Kritiker sprachen von einem ‚Fehler‘.',
    '"We will not back down," President Biden told reporters in the U.S. capital on Monday.',
    'According to officials, the talks stalled after Trump’s remarks about the parents\' group.',
    '“The first round went well,” said John F. Kennedy Jr., adding that ‘nothing is decided’.',
    'Xi Jinping sagte, China sei zu Gesprächen bereit. Der Präsident fügte hinzu, man müsse abwarten.',
  ];
  let state = 20240601;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const s = sentences[next() % sentences.length] + (next() % 4 === 0 ? '\n\n' : ' ');
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, length);
}

const ENGINE_COLUMNS = ['texts', 'characters', 'attributions', 'extract ms', 'chars/s', '× tokenize', 'heap Δ MB'];

const engineSection: Section = {
  title: `Engine in Node ${process.version} (median of ${RUNS} runs)`,
  columns: ENGINE_COLUMNS,
  rows: () => {
    const rows: Row[] = [];
    const corpora = ['wikinews_de', 'polnear_en', 'gepade_de'];
    const pagesDir = join(SHARED, 'pages', 'large');
    if (!existsSync(SHARED)) {
      for (const c of corpora) rows.push(skipped(`${c} dev`, ENGINE_COLUMNS.length));
      rows.push(skipped('pages/large', ENGINE_COLUMNS.length));
    } else {
      for (const c of corpora) {
        const path = join(SHARED, 'eval', 'data', c, 'dev.jsonl');
        rows.push(existsSync(path) ? engineRow(`${c} dev`, readJsonlTexts(path)) : skipped(`${c} dev`, ENGINE_COLUMNS.length));
      }
      const pages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort() : [];
      for (const page of pages) rows.push(engineRow(`page ${basename(page, '.html')}`, [pageText(join(pagesDir, page))]));
    }
    const seedDir = join(ROOT, 'seeds');
    for (const seed of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort())
      rows.push(engineRow(`seed ${seed}`, [readFileSync(join(seedDir, seed), 'utf8')]));
    rows.push(engineRow('synthetic news, 1 MB', [syntheticNews(2 ** 20)]));
    return rows;
  },
};

/** Hostile texts a page can hold: cue-dense, without sentence ends, full of marks or names. Each built to a length in UTF-16 code units. */
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const HOSTILE: [string, (length: number) => string][] = [
  ['"said, " repeated', (n) => repeatTo('"said, "', n)],
  ['"a," he said, " repeated', (n) => repeatTo('"a," he said, "', n)],
  ['Merkel sagte: „ repeated', (n) => repeatTo('Merkel sagte: „', n)],
  ['„a“, sagte X. repeated', (n) => repeatTo('„a“, sagte X. ', n)],
  ['according to officials, one sentence', (n) => repeatTo('according to officials ', n)],
  ['laut Merkel sei das gut, one sentence', (n) => repeatTo('laut Merkel sei das gut, ', n)],
  ['German sentence without a full stop', (n) => repeatTo('Die Regierung sagte am Montag, sie werde handeln und ', n)],
  ['English sentence of 100k+ words', (n) => repeatTo('the minister spoke and ', n)],
  ['unbalanced quote marks', (n) => repeatTo('a " b „c » d ', n)],
  ['nested quotations', (n) => repeatTo('„a »b ‚c “said” d‘ e« f“ ', n)],
  ['quote marks only', (n) => repeatTo('""„“»«', n)],
  ['paragraph of names', (n) => repeatTo('Angela Merkel, Olaf Scholz, Xi Jinping, ', n)],
];
const HOSTILE_SIZES: [string, number][] = [['100k', 100_000], ['400k', 400_000], ['1 MB', 2 ** 20]];
const HOSTILE_RUNS = 3;

/** Median wall time of HOSTILE_RUNS calls, after one warm-up call. */
function hostileMs(text: string): number {
  extract(text);
  const times: number[] = [];
  for (let r = 0; r < HOSTILE_RUNS; r++) {
    const t0 = performance.now();
    extract(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** One-shot 1 MB times of the hostile table, for the scheduler table to compare with. */
const hostileMegabyteMs = new Map<string, number>();

const HOSTILE_COLUMNS = [...HOSTILE_SIZES.map(([label]) => `${label} ms`), 'attributions at 1 MB', '1 MB ms / 100k ms'];

const hostileSection: Section = {
  title: `Engine on hostile text (median of ${HOSTILE_RUNS} runs; linear time makes 1 MB about 10× 100k)`,
  columns: HOSTILE_COLUMNS,
  rows: () =>
    HOSTILE.map(([input, make]) => {
      const times = HOSTILE_SIZES.map(([, n]) => hostileMs(make(n)));
      hostileMegabyteMs.set(input, times[2]);
      const attributions = extract(make(2 ** 20)).attributions.length;
      return { input, cells: [...times.map((t) => fmt(t, 0)), fmt(attributions), fmt(times[2] / times[0], 1)] };
    }),
};

/** Milliseconds from asking `queue` for the seed's claims while `hostile` is being read, to the answer. */
async function delayBehind(queue: ExtractQueue, hostile: string, small: string): Promise<{ smallMs: number; hostileMs: number }> {
  const start = performance.now();
  const big = queue.extract(hostile).then(() => performance.now() - start);
  // The other tab asks once the hostile request is under way.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const asked = performance.now();
  const smallMs = await queue.extract(small).then(() => performance.now() - asked);
  return { smallMs, hostileMs: await big };
}

const QUEUE_COLUMNS = ['seed alone ms', 'seed behind it, round robin ms', 'hostile request, round robin ms', 'hostile request, one shot ms'];

const queueSection: Section = {
  title: `Background scheduler: another tab's request (the seed article) behind a hostile 1 MB request (median of ${HOSTILE_RUNS})`,
  columns: QUEUE_COLUMNS,
  rows: async () => {
    const seed = readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!), 'utf8');
    const rows: Row[] = [];
    for (const [input, make] of HOSTILE.slice(0, 5)) {
      const hostile = make(2 ** 20);
      const runs = [];
      for (let r = 0; r < HOSTILE_RUNS; r++) runs.push(await delayBehind(new ExtractQueue(), hostile, seed));
      const alone = medianMs(() => extract(seed));
      // Served one at a time, as before the scheduler, the seed waited for the rest of the one-shot run.
      const oneShot = hostileMegabyteMs.get(input) ?? hostileMs(hostile);
      rows.push({ input, cells: [fmt(alone, 1), fmt(median(runs.map((r) => r.smallMs)), 1), fmt(median(runs.map((r) => r.hostileMs)), 0), fmt(oneShot, 0)] });
    }
    return rows;
  },
};

/**
 * Pages timed in the browser, each with its loads per browser (after one warm-up load each; with
 * and without the extension take turns going first, so neither profits from running second; two
 * browsers without the extension, run this way, still differ by up to a third on single pairs).
 * The seed, the quote-dense CNN page and the large pages. The seed loads in about 150 ms, so its
 * few milliseconds of cost are a few per cent, which 9 pairs cannot tell from the scatter: it gets
 * 25, whose median's interval spans the middle 11 of them.
 */
const BROWSER_PAGES = [
  { path: 'fixtures/seed-article.html', runs: 25 },
  { path: 'shared/en/cnn.com-2.html', runs: 9 },
  { path: 'shared/large/en.wikipedia.org-1.html', runs: 9 },
  { path: 'shared/large/nymag.com-1.html', runs: 9 },
  { path: 'shared/large/yahoo.com-1.html', runs: 9 },
];

/** Runs in the page before its own scripts: the paint probe, and the page's long tasks kept as they come. */
const PAGE_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  ${PAINT_PROBE}
`;

/**
 * The long tasks (start, duration) that start after the load event's end, when the content script
 * is started: the one that ends the load began before it and holds the page's own parsing, layout
 * and load handlers (57–103 ms on the seed in traces, with or without the extension).
 */
function startingAfter(tasks: [number, number][], load: number): [number, number][] {
  return tasks.filter(([start]) => start >= load);
}

interface PageRun {
  loadMs: number;
  heapMB: number;
  /** Load event's end (the content script starts reading then) → first highlight; extension runs only. */
  paintMs?: number;
  /** Longest task starting after the load event; extension runs only. */
  ownTaskMs?: number;
  /** Longest task from DOMContentLoaded on. */
  longestTaskMs: number;
}

interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, where the extension is loaded. */
  worker?: Worker;
  close: () => Promise<void>;
}

async function launchBench(withExtension: boolean): Promise<BenchBrowser> {
  // With the extension: a reader who granted access to all sites, so pages are read as they load.
  if (withExtension) return launchChromiumSession();
  const profile = mkdtempSync(join(tmpdir(), 'who-said-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 720 },
    args: CHROMIUM_FLAGS,
  });
  for (const page of context.pages()) await page.close();
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

async function loadOnce(context: BrowserContext, url: string, withExtension: boolean): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const cdp = await context.newCDPSession(page);
  const painted = withExtension ? paintSeen(page, 20_000) : undefined;
  await page.goto(url, { waitUntil: 'load' });
  await painted;
  await page.waitForTimeout(1000);
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: [number, number][]; __paintedAt?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { timeOrigin: performance.timeOrigin, tasks: w.__longTasks, paintedAt: w.__paintedAt, load: nav.loadEventEnd, dcl: nav.domContentLoadedEventEnd };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  const longest = (tasks: [number, number][]) => Math.max(0, ...tasks.map(([, duration]) => duration));
  return {
    loadMs: probe.load,
    heapMB: heap.usedSize / 2 ** 20,
    paintMs: withExtension && probe.paintedAt ? probe.paintedAt - probe.timeOrigin - probe.load : undefined,
    ownTaskMs: withExtension ? longest(startingAfter(probe.tasks, probe.load)) : undefined,
    longestTaskMs: longest(probe.tasks.filter(([start, duration]) => start + duration > probe.dcl)),
  };
}

const BROWSER_COLUMNS = [
  'load → painted ms (95 % interval)',
  'longest task starting after load ms',
  'longest task from DCL ms (with / without)',
  'load ms with',
  'load ms without',
  'load ratio (95 % interval)',
  'A/A ratio (95 % interval)',
  'script on / off ratio (95 % interval)',
  'heap MB with',
  'heap MB without',
  'main-thread CPU to load ms, script on / off (difference, 95 % interval)',
];

const browserSection: Section = {
  title: `Extension in Chromium (median of ${BROWSER_PAGES.map((page) => page.runs).join(' / ')} alternated loads per page, page scripts and network blocked)`,
  columns: BROWSER_COLUMNS,
  rows: async () => {
    if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return [{ input: 'all pages', cells: ['skipped: run `npm run build` first', ...Array(BROWSER_COLUMNS.length - 1).fill('')] }];
    const server = await startServer();
    const withExt = await launchBench(true);
    const without = await launchBench(false);
    // A second browser without the extension: its ratio to the first is the method's own scatter.
    const control = await launchBench(false);
    // The same browser with pages read only on demand, then automatically again.
    const withoutScript = async <T,>(load: () => Promise<T>): Promise<T> => {
      await setRun(withExt.worker!, 'on-click');
      try {
        return await load();
      } finally {
        await setRun(withExt.worker!, 'auto');
      }
    };
    const rows: Row[] = [];
    try {
      for (const { path, runs } of BROWSER_PAGES) {
        if (path.startsWith('shared/') && !HAVE_SHARED) {
          rows.push(skipped(path, BROWSER_COLUMNS.length));
          continue;
        }
        const url = `${server.origin}/${path}`;
        const a: PageRun[] = [];
        const b: PageRun[] = [];
        const c: PageRun[] = [];
        const d: PageRun[] = [];
        const browsers = [
          { runs: a, load: () => loadOnce(withExt.context, url, true) },
          { runs: b, load: () => loadOnce(without.context, url, false) },
          { runs: c, load: () => loadOnce(control.context, url, false) },
          { runs: d, load: () => withoutScript(() => loadOnce(withExt.context, url, false)) },
        ];
        for (const browser of browsers) await browser.load();
        // Each round starts with another browser, so no browser always loads first.
        for (let r = 0; r < runs; r++) {
          for (let k = 0; k < browsers.length; k++) {
            const browser = browsers[(r + k) % browsers.length];
            browser.runs.push(await browser.load());
          }
        }
        // Traced loads apart from the timed ones (tracing slows a load): the page's main-thread
        // processor time until its load event, read automatically and on demand only, alternated.
        const cpuOn: number[] = [];
        const cpuOff: number[] = [];
        for (let r = 0; r < runs; r++) {
          const on = () => cpuToLoadMs(withExt.context, url).then((ms) => cpuOn.push(ms));
          const off = () => withoutScript(() => cpuToLoadMs(withExt.context, url)).then((ms) => cpuOff.push(ms));
          if (r % 2 === 0) await on().then(off);
          else await off().then(on);
        }
        const cpuCost = cpuOn.map((ms, i) => ms - cpuOff[i]).sort((p, q) => p - q);
        const [cpuLow, cpuHigh] = medianInterval(cpuCost);
        const ratiosOf = (x: PageRun[], to = b) => x.map((run, i) => run.loadMs / to[i].loadMs).sort((p, q) => p - q);
        const spread = (sorted: number[], digits = 2) => {
          const [low, high] = medianInterval(sorted);
          return `${fmt(median(sorted), digits)} (${fmt(low, digits)}–${fmt(high, digits)})`;
        };
        const m = (runs: PageRun[], key: keyof PageRun) => median(runs.map((run) => run[key] ?? NaN));
        rows.push({
          input: basename(path, '.html'),
          cells: [
            spread(a.map((run) => run.paintMs ?? NaN).sort((p, q) => p - q), 0),
            fmt(Math.max(...a.map((run) => run.ownTaskMs ?? NaN))),
            `${fmt(Math.max(...a.map((run) => run.longestTaskMs)))} / ${fmt(Math.max(...b.map((run) => run.longestTaskMs)))}`,
            fmt(m(a, 'loadMs')),
            fmt(m(b, 'loadMs')),
            spread(ratiosOf(a)),
            spread(ratiosOf(c)),
            spread(ratiosOf(a, d)),
            fmt(m(a, 'heapMB'), 1),
            fmt(m(b, 'heapMB'), 1),
            `${fmt(median(cpuOn))} / ${fmt(median(cpuOff))} (${signed(median(cpuCost))}, ${signed(cpuLow)} to ${signed(cpuHigh)})`,
          ],
        });
      }
    } finally {
      await withExt.close();
      await without.close();
      await control.close();
      await server.close();
    }
    return rows;
  },
};

const START_FLOOR_RUNS = 25;
const START_FLOOR_COLUMNS = ['load ms, read automatically / on demand', 'load on − off ms (95 % interval)', 'on / off ratio (95 % interval)'];

interface StartBuild {
  input: string;
  session: ChromiumSession;
  on: number[];
  off: number[];
}

/**
 * What any script at a page's start costs, the floor under the content script's own cost: the
 * built extension with its content script replaced by an empty file beside the extension as built,
 * each in its own browser, the seed read automatically against on demand only. Their loads
 * interleave in one sitting, so the machine's load weighs on both alike.
 */
const startFloorSection: Section = {
  title: `A script at the page's start, on the seed (median of ${START_FLOOR_RUNS} alternated pairs per build)`,
  columns: START_FLOOR_COLUMNS,
  rows: async () => {
    if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return [{ input: 'seed', cells: ['skipped: run `npm run build` first', '', ''] }];
    const emptyBuild = mkdtempSync(join(tmpdir(), 'who-said-empty-start-'));
    cpSync(CHROME_BUILD, emptyBuild, { recursive: true });
    writeFileSync(join(emptyBuild, 'reader.js'), '');
    const server = await startServer();
    const url = `${server.origin}/fixtures/seed-article.html`;
    const builds: StartBuild[] = [];
    const load = async ({ session }: StartBuild, run: Run) => {
      await setRun(session.worker, run);
      return (await loadOnce(session.context, url, false)).loadMs;
    };
    try {
      builds.push({ input: 'an empty file in place of the content script', session: await launchChromiumSession({ build: emptyBuild }), on: [], off: [] });
      builds.push({ input: 'the content script as built', session: await launchChromiumSession(), on: [], off: [] });
      for (const build of builds) await load(build, 'auto').then(() => load(build, 'on-click'));
      for (let r = 0; r < START_FLOOR_RUNS; r++) {
        for (let k = 0; k < builds.length; k++) {
          const build = builds[(r + k) % builds.length];
          // Each build reads first automatically in one pair and on demand in the next.
          if ((r + k) % 2 === 0) {
            build.on.push(await load(build, 'auto'));
            build.off.push(await load(build, 'on-click'));
          } else {
            build.off.push(await load(build, 'on-click'));
            build.on.push(await load(build, 'auto'));
          }
        }
      }
    } finally {
      for (const { session } of builds) await session.close();
      await server.close();
      rmSync(emptyBuild, { recursive: true, force: true });
    }
    return builds.map(({ input, on, off }) => {
      const cost = on.map((ms, i) => ms - off[i]).sort((p, q) => p - q);
      const ratio = on.map((ms, i) => ms / off[i]).sort((p, q) => p - q);
      const [costLow, costHigh] = medianInterval(cost);
      const [ratioLow, ratioHigh] = medianInterval(ratio);
      return {
        input,
        cells: [
          `${fmt(median(on))} / ${fmt(median(off))}`,
          `${signed(median(cost))} (${signed(costLow)} to ${signed(costHigh)})`,
          `${fmt(median(ratio), 2)} (${fmt(ratioLow, 2)}–${fmt(ratioHigh, 2)})`,
        ],
      };
    });
  },
};

/** Hostile pages (tests/fixtures/pages/hostile-big.html builds them): big trees, one huge text node, a page of quotes. */
const HOSTILE_PAGES = [
  { input: '100,000 elements', query: 'elements=100000' },
  { input: '2 MB in one text node', query: 'text=2000000' },
  { input: '3,000 quoted paragraphs', query: 'quotes=3000' },
];
const HOSTILE_PAGE_RUNS = 3;
const HOSTILE_PAGE_COLUMNS = [
  'load → painted ms',
  'longest task starting after load ms, with / without the extension',
  'long tasks starting after load, with / without',
  'longest rendering step after load ms, with / without',
  'longest task after load, main-thread CPU ms, with / without',
];

/**
 * Hostile pages: the longest main-thread task after the load event (when the content script
 * reads, builds ranges and paints) with the extension against the same page without it, the
 * worst of HOSTILE_RUNS loads each; the page's own work after load shows in the second figure.
 */
const hostilePagesSection: Section = {
  title: `Hostile pages in Chromium (worst of ${HOSTILE_PAGE_RUNS} loads)`,
  columns: HOSTILE_PAGE_COLUMNS,
  rows: async () => {
    if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return [{ input: 'all pages', cells: ['skipped: run `npm run build` first', '', ''] }];
    const server = await startServer();
    const withExt = await launchBench(true);
    const without = await launchBench(false);
    const rows: Row[] = [];
    try {
      for (const { input, query } of HOSTILE_PAGES) {
        const url = `${server.origin}/fixtures/hostile-big.html?${query}`;
        const a: PageTasks[] = [];
        const b: PageTasks[] = [];
        for (let r = 0; r < HOSTILE_PAGE_RUNS; r++) {
          a.push(await tasksAfterLoad(withExt.context, url, true));
          b.push(await tasksAfterLoad(without.context, url, false));
        }
        const worst = (runs: PageTasks[]) => Math.max(...runs.map((run) => run.longestMs));
        const rendering = (runs: PageTasks[]) => Math.max(...runs.map((run) => run.renderingMs));
        const count = (runs: PageTasks[]) => Math.max(...runs.map((run) => run.count));
        rows.push({
          input,
          cells: [
            fmt(median(a.map((run) => run.paintMs ?? NaN))),
            `${fmt(worst(a))} / ${fmt(worst(b))}`,
            `${count(a)} / ${count(b)}`,
            `${fmt(rendering(a))} / ${fmt(rendering(b))}`,
            `${fmt(Math.max(...a.map((run) => run.longestCpuMs)))} / ${fmt(Math.max(...b.map((run) => run.longestCpuMs)))}`,
          ],
        });
      }
    } finally {
      await withExt.close();
      await without.close();
      await server.close();
    }
    return rows;
  },
};

interface PageTasks {
  paintMs?: number;
  longestMs: number;
  count: number;
  /** Longest style, layout or paint step after the load event (trace events: no longtask reports them). */
  renderingMs: number;
  /**
   * Main-thread CPU time of the longest task after the load event (trace): what a task costs
   * where other processes share the cores, which stretch its wall time.
   */
  longestCpuMs: number;
}

/** Trace events of the browser's rendering steps: restyle, layout, pre-paint, paint, layerize. */
const RENDERING_STEPS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  tid: number;
  args?: { data?: { isOutermostMainFrame?: boolean } };
}

/** Trace events of one main-thread task (nested ones run inside it). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The top frame's load event: its thread is the page's main thread. (The first `ParseHTML` of a
 * trace is not always on it: another renderer can parse too.)
 */
function pageLoadEvent(events: TraceEvent[]): TraceEvent {
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isOutermostMainFrame);
  if (!load) throw new Error('the trace holds no load event of the page');
  return load;
}

/** Milliseconds of the longest rendering step on the page's main thread after its load event. */
function longestRenderingMs(events: TraceEvent[]): number {
  const load = pageLoadEvent(events);
  const steps = events.filter((e) => e.tid === load.tid && e.ph === 'X' && RENDERING_STEPS.has(e.name) && e.ts >= load.ts);
  return Math.max(0, ...steps.map((e) => (e.dur ?? 0) / 1000));
}

/** Main-thread CPU milliseconds of the longest task after the page's load event. */
function longestTaskCpuMs(events: TraceEvent[]): number {
  const load = pageLoadEvent(events);
  const tasks = events.filter((e) => e.tid === load.tid && e.ph === 'X' && TASK_EVENTS.has(e.name) && e.ts >= load.ts);
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}

/**
 * Main-thread processor time of the page until its load event: every task on the thread that
 * runs the top frame's load event, up to that event, as thread time rather than wall time, so
 * other processes on the cores do not count.
 */
function cpuBeforeLoadMs(events: TraceEvent[]): number {
  const load = pageLoadEvent(events);
  const tasks = events.filter((e) => e.tid === load.tid && e.ph === 'X' && TASK_EVENTS.has(e.name) && e.ts <= load.ts).sort((p, q) => p.ts - q.ts);
  // Both task events are written, one inside the other: count the outer one only.
  let sum = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    sum += (task.tdur ?? 0) / 1000;
    end = task.ts + (task.dur ?? 0);
  }
  return sum;
}

/** Trace events of `page` (CDP Tracing, `categories`) while `during` runs. */
async function traceOf(context: BrowserContext, page: Page, categories: string[], during: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories } });
  await during();
  await cdp.send('Tracing.end');
  await traced;
  return events;
}

/** One traced load of `url`: its main thread's processor time until the load event. */
async function cpuToLoadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const events = await traceOf(context, page, ['devtools.timeline', 'toplevel'], () => page.goto(url, { waitUntil: 'load' }));
  await page.close();
  return cpuBeforeLoadMs(events);
}

/** Long tasks starting after the load event, waiting for the first highlight (with the extension) and 3 s more. */
async function tasksAfterLoad(context: BrowserContext, url: string, withExtension: boolean): Promise<PageTasks> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const events = await traceOf(context, page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'], async () => {
    const painted = withExtension ? paintSeen(page, 60_000) : undefined;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await painted;
    await page.waitForTimeout(3000);
  });
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: [number, number][]; __paintedAt?: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { timeOrigin: performance.timeOrigin, tasks: w.__longTasks, paintedAt: w.__paintedAt, load: nav.loadEventEnd };
  });
  await page.close();
  const after = startingAfter(probe.tasks, probe.load).map(([, duration]) => duration);
  return {
    paintMs: probe.paintedAt ? probe.paintedAt - probe.timeOrigin - probe.load : undefined,
    longestMs: Math.max(0, ...after),
    count: after.length,
    renderingMs: longestRenderingMs(events),
    longestCpuMs: longestTaskCpuMs(events),
  };
}

/**
 * `npm run bench -- hostile-text queue` (any of the section names below) runs only the sections
 * named; other words pick the browser pages whose path holds them (`npm run bench -- browser seed`).
 * Only a run of everything writes docs/BENCH.md.
 */
const ALL_SECTIONS: Record<string, Section> = {
  engine: engineSection,
  'hostile-text': hostileSection,
  queue: queueSection,
  browser: browserSection,
  'start-floor': startFloorSection,
  'hostile-pages': hostilePagesSection,
};
const args = process.argv.slice(2);
const chosen = args.filter((name) => name in ALL_SECTIONS);
const pageFilter = args.filter((word) => !(word in ALL_SECTIONS));
if (pageFilter.length) BROWSER_PAGES.splice(0, BROWSER_PAGES.length, ...BROWSER_PAGES.filter((page) => pageFilter.some((word) => page.path.includes(word))));
const fullRun = chosen.length === 0 && pageFilter.length === 0;
const SECTIONS: Section[] = chosen.length > 0 ? chosen.map((name) => ALL_SECTIONS[name]) : Object.values(ALL_SECTIONS);

const out: string[] = [];
const print = (line = '') => {
  console.log(line);
  out.push(line);
};

async function printTable(section: Section): Promise<void> {
  const rows = await section.rows();
  print(`## ${section.title}\n`);
  print(`| input | ${section.columns.join(' | ')} |`);
  print(`|---|${section.columns.map(() => '---:').join('|')}|`);
  for (const row of rows) print(`| ${row.input} | ${row.cells.join(' | ')} |`);
  print();
}

print('# Who Said benchmark\n');
print(`Machine: ${(await import('node:os')).cpus().length} cores. \`npm run bench\` writes this file.\n`);
print('`chars/s`: characters analysed per second. `× tokenize`: time relative to tokenising the same text, the floor. `heap Δ MB`: heap growth over one run, garbage included. `load → painted`: from the end of the load event (the content script reads the page after it) to the first highlight the page sees. `longest task`: the longest main-thread task of all runs (PerformanceObserver longtask: over 50 ms, else 0) starting after the load event (all the extension\'s reading and painting; the task that ends the load is the page\'s own), and from DOMContentLoaded on with and without the extension (page parsing and layout included). `load ratio`: median over the alternated pairs of loads of the load-event time with the extension over without, with a 95 % confidence interval of that median (order statistics, whatever the distribution): single pairs scatter widely on 2 cores, so a ratio is only meaningful against its interval; a target is met where the whole interval meets it. `A/A ratio`: the same for a second browser without the extension against the first — how far two identical browsers differ, the floor any load-time difference has to clear. `script on / off`: the same browser with the extension loaded, pages read automatically against on demand only (the content script not started) — the content script\'s own cost, without the difference between two browsers. `main-thread CPU to load`: the processor time of the page\'s main thread until its load event, from a trace, in the same browser read automatically and on demand only (alternated, separate loads; the median of the paired differences with its 95 % interval): what Who Said adds to a page\'s loading where wall times scatter too widely to show it. `A script at the page\'s start`: the built extension with its content script replaced by an empty file, beside the extension as built, each read automatically against on demand only in the same browser, their loads interleaved: what any script at the page\'s start costs, the floor under the content script\'s own cost.\n');
print('Hostile pages: `longest rendering step` is the longest restyle, layout, pre-paint, paint or layerize step on the page\'s main thread after the load event, from a trace (CDP Tracing): the browser\'s own work after the extension paints or inserts its style sheet, which no longtask entry reports. `main-thread CPU` is the thread time of the longest task after the load event in that trace (rendering included): on a shared machine other processes stretch a task\'s wall time, not its CPU time.\n');
print('Hostile text: each case repeated to 100,000, 400,000 and 1,048,576 characters; `1 MB ms / 100k ms` is about 10 when time grows linearly. Scheduler: the background serves requests in turns of 8 ms; `seed behind it, round robin` is how long another tab waits for its answer while a hostile megabyte is being read, `hostile request, one shot` how long it would wait if requests were served one after another.\n');
for (const section of SECTIONS) await printTable(section);
if (fullRun) writeFileSync(join(ROOT, 'docs', 'BENCH.md'), out.join('\n'));
