/**
 * Engine throughput. Prints figures, asserts nothing: characters per second of `extract` on each
 * shared dev corpus, on the large saved pages, on the seed article and on a synthetic megabyte of
 * news-like text; the ratio to a plain tokenising pass over the same text (the floor no analysis
 * can beat); and the heap that one run adds. Each section is a function returning table rows, so
 * that timing the extension in a browser can join as a section of its own.
 *
 *   npm run bench
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../lib/engine/index';
import { tokenize } from '../lib/engine/text';

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
  rows: () => Row[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

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

const SECTIONS: Section[] = [engineSection];

function printTable(section: Section): void {
  const rows = section.rows();
  console.log(`## ${section.title}\n`);
  console.log(`| input | ${section.columns.join(' | ')} |`);
  console.log(`|---|${section.columns.map(() => '---:').join('|')}|`);
  for (const row of rows) console.log(`| ${row.input} | ${row.cells.join(' | ')} |`);
  console.log();
}

console.log('# Who Said benchmark\n');
console.log('`chars/s`: characters analysed per second. `× tokenize`: time relative to tokenising the same text, the floor. `heap Δ MB`: heap growth over one run, garbage included.\n');
for (const section of SECTIONS) printTable(section);
