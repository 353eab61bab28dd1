/**
 * Main-text evaluation: the collector against Mozilla Readability (Firefox Reader View's
 * extractor) on saved pages with ground truth beside them, `<name>.evalsnippets.json` (snippets that
 * must or must not appear) or `<name>.txt` (the article body). Node only (jsdom); never bundled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract, type Lang } from '../engine';
import type { TextBlock } from '../engine/types';
import { engineBlocks, pageBlocks } from '../page/blocks';
import { collectPageText } from '../page/collect';
import { wholeText } from '../page/text-parts';
import { readHtmlFile } from './html';

export interface Snippets {
  with: string[];
  without: string[];
}

/** What one extractor made of one page. */
export interface ExtractorScore {
  /** Characters of main text found. */
  chars: number;
  /** Share of the ground truth found: article snippets, or body words. */
  recall: number;
  /** Share of the output that is article: boilerplate snippets left out, or output words in the body. */
  precision: number;
  /** Claims the engine finds in the text (read as the extension reads it), and the language it read it in. */
  claims: number;
  lang: Lang;
}

export interface PageScore {
  name: string;
  /** Ground truth beside the page, or, where there is none, Readability's own text as the reference. */
  truth: 'snippets' | 'body' | 'readability';
  ours: ExtractorScore;
  readability: ExtractorScore;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lower-case word tokens (letters and digits of any script). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words overlap: recall against `truth`, precision of `found` (as the article-extraction benchmarks count). */
export function wordOverlap(found: string, truth: string): { recall: number; precision: number } {
  const counts = new Map<string, number>();
  const truthWords = words(truth);
  for (const w of truthWords) counts.set(w, (counts.get(w) ?? 0) + 1);
  const foundWords = words(found);
  let shared = 0;
  for (const w of foundWords) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return {
    recall: truthWords.length ? shared / truthWords.length : 1,
    precision: foundWords.length ? shared / foundWords.length : 0,
  };
}

/** Share of `with` snippets found in `text`, and of `without` snippets absent from it. */
export function snippetScore(text: string, snippets: Snippets): { recall: number; precision: number; missing: string[]; present: string[] } {
  const flat = squash(text);
  const missing = snippets.with.filter((s) => !flat.includes(squash(s)));
  const present = snippets.without.filter((s) => flat.includes(squash(s)));
  return {
    recall: snippets.with.length ? 1 - missing.length / snippets.with.length : 1,
    precision: snippets.without.length ? 1 - present.length / snippets.without.length : 1,
    missing,
    present,
  };
}

const hasTruth = (dir: string, name: string) => existsSync(join(dir, `${name}.evalsnippets.json`)) || existsSync(join(dir, `${name}.txt`));

/** Pages of `dir` (with ground truth beside them unless `all`), as names without `.html`. */
export function pagesWithTruth(dir: string, all = false): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .filter((name) => all || hasTruth(dir, name))
    .sort();
}

function load(html: string): JSDOM {
  // A silent console: publishers' style sheets use CSS that jsdom's parser reports as errors.
  return new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() });
}

/** The main text the collector finds, the language it decides on, and its blocks as the engine takes them. */
export function collectorText(html: string): { text: string; lang?: string; blocks: TextBlock[] } {
  const dom = load(html);
  try {
    const page = collectPageText(dom.window.document);
    return { text: wholeText(page.parts), lang: page.lang, blocks: engineBlocks(pageBlocks(page)) };
  } finally {
    dom.window.close();
  }
}

/** The main text Readability finds (its `textContent`, with a break after each block), or '' when it finds none. */
export function readabilityText(html: string): string {
  const dom = load(html);
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article?.content) return '';
    const content = load(article.content);
    try {
      const body = content.window.document.body;
      for (const block of Array.from(body.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, figcaption'))) {
        block.append(content.window.document.createTextNode('\n'));
      }
      return (body.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    } finally {
      content.window.close();
    }
  } finally {
    dom.window.close();
  }
}

function scoreText(text: string, lang: Lang | undefined, truth: { snippets?: Snippets; body?: string }, blocks?: TextBlock[]): ExtractorScore {
  const result = extract(text, { lang: 'auto', hint: lang, blocks });
  const { recall, precision } = truth.snippets ? snippetScore(text, truth.snippets) : wordOverlap(text, truth.body ?? '');
  return { chars: text.length, recall, precision, claims: result.attributions.length, lang: result.lang };
}

/**
 * Scores both extractors on page `name` of `dir`, against its ground truth or, without one, against
 * Readability's text (then Readability scores 1 by definition). Each text is read as the extension
 * reads it: ours with the page's declared language as a hint and its blocks (no claim starts in a
 * heading or a caption), Readability's with neither.
 */
export function scorePage(dir: string, name: string): PageScore {
  const html = readHtmlFile(join(dir, `${name}.html`));
  const snippetsPath = join(dir, `${name}.evalsnippets.json`);
  const reference = readabilityText(html);
  const truth = existsSync(snippetsPath)
    ? { snippets: JSON.parse(readFileSync(snippetsPath, 'utf8')) as Snippets }
    : { body: hasTruth(dir, name) ? readFileSync(join(dir, `${name}.txt`), 'utf8') : reference };
  const ours = collectorText(html);
  const oursLang = ours.lang === 'de' || ours.lang === 'en' ? ours.lang : undefined;
  return {
    name,
    truth: truth.snippets ? 'snippets' : hasTruth(dir, name) ? 'body' : 'readability',
    ours: scoreText(ours.text, oursLang, truth, ours.blocks),
    readability: scoreText(reference, undefined, truth),
  };
}

const pct = (x: number) => x.toFixed(2);

/** The per-page table and the summary, in Markdown. */
export function maintextReport(scores: PageScore[]): string {
  const lines = [
    '| page | truth | recall ours / Readability | precision ours / Readability | chars ours / Readability | claims ours / Readability |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const s of scores) {
    const flag = s.ours.recall < Math.min(s.readability.recall, 0.9) ? ' ⚠' : '';
    lines.push(
      `| ${s.name}${flag} | ${s.truth} | ${pct(s.ours.recall)} / ${pct(s.readability.recall)} | ${pct(s.ours.precision)} / ${pct(s.readability.precision)} | ` +
        `${s.ours.chars.toLocaleString('en-US')} / ${s.readability.chars.toLocaleString('en-US')} | ${s.ours.claims} ${s.ours.lang} / ${s.readability.claims} ${s.readability.lang} |`,
    );
  }
  return `${lines.join('\n')}\n\n${maintextSummary(scores)}`;
}

/** Mean recall and precision per kind of ground truth, pages below Readability and 0.9, claims in total. */
export function maintextSummary(scores: PageScore[]): string {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const lines = ['| ground truth | pages | recall ours / Readability | precision ours / Readability | claims ours / Readability |', '|---|---:|---:|---:|---:|'];
  const titles = { snippets: 'snippets (trafilatura)', body: 'article body (words)', readability: "Readability's text (no ground truth)" };
  for (const truth of ['snippets', 'body', 'readability'] as const) {
    const group = scores.filter((s) => s.truth === truth);
    if (!group.length) continue;
    const m = (pick: (s: PageScore) => number) => pct(mean(group.map(pick)));
    const sum = (pick: (s: PageScore) => number) => group.reduce((n, s) => n + pick(s), 0);
    lines.push(
      `| ${titles[truth]} | ${group.length} | ${m((s) => s.ours.recall)} / ${m((s) => s.readability.recall)} | ` +
        `${m((s) => s.ours.precision)} / ${m((s) => s.readability.precision)} | ${sum((s) => s.ours.claims)} / ${sum((s) => s.readability.claims)} |`,
    );
  }
  const behind = scores.filter((s) => s.ours.recall < Math.min(s.readability.recall, 0.9)).map((s) => s.name);
  lines.push('', `pages where our recall is below both Readability's and 0.9: ${behind.length ? behind.join(', ') : 'none'}`);
  return lines.join('\n');
}
