import { analyseSteps } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { resolveEntities } from './entities';
import { decideLanguage, languageRuns } from './lang';
import { finish, type Steps } from './steps';
import type { Attribution, ExtractOptions, ExtractResult, Lang, Span } from './types';

export type * from './types';
export type { Steps } from './steps';

/**
 * Finds every attributed statement in `text`: who says what, with character offsets.
 * Pure and synchronous: no DOM, no browser API. Every stage takes time linear in the text and
 * bounded work per sentence, so the whole text is read, however long. With `lang: 'auto'` the
 * text's own words choose the rules (a declared `hint` only breaks ties), and a text that switches
 * language for whole blocks is read run by run, each with its own rules.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return finish(extractSteps(text, options));
}

/**
 * `extract` as a generator that pauses about every millisecond of work, so that a caller can
 * interleave other work between the pauses. Its result equals `extract`'s: the same code runs.
 */
export function extractSteps(text: string, options: ExtractOptions = {}): Steps<ExtractResult> {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  return run(text, options);
}

function* run(text: string, options: ExtractOptions): Steps<ExtractResult> {
  if (options.lang === 'de' || options.lang === 'en') return { lang: options.lang, attributions: yield* extractIn(text, options.lang) };
  const whole = decideLanguage(text, options.hint) ?? 'en';
  const runs = languageRuns(text, whole);
  if (runs.length <= 1) return { lang: whole, attributions: yield* extractIn(text, whole) };
  const chars = { de: 0, en: 0 };
  const attributions: Attribution[] = [];
  for (const part of runs) {
    chars[part.lang] += part.end - part.start;
    for (const a of yield* extractIn(text.slice(part.start, part.end), part.lang)) attributions.push(shifted(a, part.start));
  }
  return { lang: chars.de > chars.en ? 'de' : 'en', attributions };
}

function* extractIn(text: string, lang: Lang): Steps<Attribution[]> {
  const doc = yield* analyseSteps(text, lang);
  const candidates = yield* (lang === 'de' ? extractGerman(doc) : extractEnglish(doc));
  return yield* resolveEntities(doc, candidates);
}

function shifted(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  const shift = (spans: Span[]) => spans.map(([s, e]): Span => [s + by, e + by]);
  return { ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) };
}
