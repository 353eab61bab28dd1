import type { Lang } from './types';

/** Frequent function words that tell German from English, bounded by letters of any script (`für`, `Bäder`). */
const GERMAN = /(?<![\p{L}\p{N}])(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dass|ein|eine|einen|sagte|wurde|wurden|werden|sei|seien|hat|haben|sind|auch|von|zu|den|dem|des|im|am|laut|nach|wir|sie|er|es|ich|bei|aus|über)(?![\p{L}\p{N}])/gu;
/** Letters only German writes: a tie-breaker for short texts. */
const GERMAN_LETTERS = /[äöüß]/g;
const ENGLISH = /(?<![\p{L}\p{N}])(?:the|and|is|not|with|that|of|to|a|an|said|was|for|on|it|he|she|they|by|from)(?![\p{L}\p{N}])/gu;

/** Function words a block needs before its own language counts: a heading or a name decides nothing. */
const MIN_BLOCK_EVIDENCE = 3;
/** How far one language's count must lead the other's in a block: a mixed sentence decides nothing. */
const BLOCK_LEAD = 2;
/** Function words the whole text needs before it overrules the language a page declares. */
const MIN_TEXT_EVIDENCE = 4;
/** A run of another language shorter than this joins its neighbours (a quoted phrase, a caption). */
const MIN_RUN_CHARS = 200;
/**
 * Characters a text's or a block's language is read from: far more than any paragraph needs, and
 * a bound on the work for a hostile block of megabytes without a line break.
 */
const SAMPLE_CHARS = 20_000;

interface Evidence {
  de: number;
  en: number;
}

/** Matches of a global `pattern` in `text`, up to `limit`, counted without keeping them. */
function countMatches(pattern: RegExp, text: string, limit = Infinity): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < limit && pattern.exec(text) !== null) count++;
  return count;
}

function evidence(text: string): Evidence {
  const sample = text.toLowerCase();
  return {
    de: countMatches(GERMAN, sample) + 0.5 * countMatches(GERMAN_LETTERS, sample, 4),
    en: countMatches(ENGLISH, sample),
  };
}

/** Picks German or English by counting function words in the first SAMPLE_CHARS characters. */
export function detectLanguage(text: string): Lang {
  const { de, en } = evidence(text.slice(0, SAMPLE_CHARS));
  return de > en ? 'de' : 'en';
}

/**
 * The language of `text`, with `declared` (the page's `lang` attribute) as a hint only: the text
 * decides once it holds a few function words, so an English article on a page declaring `de` is
 * read as English; the hint decides texts too short to tell.
 */
export function decideLanguage(text: string, declared?: string): Lang | undefined {
  const { de, en } = evidence(text.slice(0, SAMPLE_CHARS));
  if (de + en >= MIN_TEXT_EVIDENCE && de !== en) return de > en ? 'de' : 'en';
  if (declared === 'de' || declared === 'en') return declared;
  return de + en > 0 ? (de > en ? 'de' : 'en') : undefined;
}

/** A stretch of text in one language: [start, end) into the text. */
export interface LanguageRun {
  start: number;
  end: number;
  lang: Lang;
}

/** The block's language when its own words say so clearly, else undefined. */
function blockLanguage(block: string): Lang | undefined {
  const { de, en } = evidence(block);
  if (de + en < MIN_BLOCK_EVIDENCE) return undefined;
  if (de >= BLOCK_LEAD * en) return 'de';
  if (en >= BLOCK_LEAD * de) return 'en';
  return undefined;
}

/**
 * Splits `text` into runs of one language, block by block (blocks end at `\n`), for pages that
 * mix languages: a block too short or too mixed to tell takes the language before it (or after
 * it, at the start); runs shorter than MIN_RUN_CHARS join the run before. `fallback` is the
 * language of a text no block decides.
 */
export function languageRuns(text: string, fallback: Lang): LanguageRun[] {
  const blocks: { start: number; end: number; lang?: Lang }[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    blocks.push({ start, end, lang: blockLanguage(text.slice(start, Math.min(end, start + SAMPLE_CHARS))) });
    start = end + 1;
  }
  const first = blocks.find((b) => b.lang)?.lang ?? fallback;
  let current = first;
  const runs: LanguageRun[] = [];
  for (const block of blocks) {
    current = block.lang ?? current;
    const last = runs[runs.length - 1];
    if (last && last.lang === current) last.end = block.end;
    else runs.push({ start: block.start, end: block.end, lang: current });
  }
  return mergeShortRuns(runs);
}

function mergeShortRuns(runs: LanguageRun[]): LanguageRun[] {
  const out: LanguageRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && (run.end - run.start < MIN_RUN_CHARS || last.lang === run.lang)) last.end = run.end;
    else if (last && last.end - last.start < MIN_RUN_CHARS) out[out.length - 1] = { ...run, start: last.start };
    else out.push({ ...run });
  }
  return out;
}
