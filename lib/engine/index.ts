import { analyse } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { resolveEntities } from './entities';
import { decideLanguage, languageRuns } from './lang';
import type { Attribution, ExtractOptions, ExtractResult, Lang, Span } from './types';

export type * from './types';

/** Hard limit on analysed text: beyond it, a page is no article and the rest is ignored. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Finds every attributed statement in `text`: who says what, with character offsets.
 * Pure and synchronous: no DOM, no browser API. With `lang: 'auto'` the text's own words choose
 * the rules (a declared `hint` only breaks ties), and a text that switches language for whole
 * blocks is read run by run, each with its own rules.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  const input = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  if (options.lang === 'de' || options.lang === 'en') return { lang: options.lang, attributions: extractIn(input, options.lang) };
  const whole = decideLanguage(input, options.hint) ?? 'en';
  const runs = languageRuns(input, whole);
  if (runs.length <= 1) return { lang: whole, attributions: extractIn(input, whole) };
  const chars = { de: 0, en: 0 };
  const attributions: Attribution[] = [];
  for (const run of runs) {
    chars[run.lang] += run.end - run.start;
    for (const a of extractIn(input.slice(run.start, run.end), run.lang)) attributions.push(shifted(a, run.start));
  }
  return { lang: chars.de > chars.en ? 'de' : 'en', attributions };
}

function extractIn(text: string, lang: Lang): Attribution[] {
  const doc = analyse(text, lang);
  const candidates = lang === 'de' ? extractGerman(doc) : extractEnglish(doc);
  return resolveEntities(doc, candidates);
}

function shifted(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  const shift = (spans: Span[]) => spans.map(([s, e]): Span => [s + by, e + by]);
  return { ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) };
}
