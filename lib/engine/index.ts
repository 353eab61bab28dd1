import { analyseSteps } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { resolveEntities } from './entities';
import { detectLanguage } from './lang';
import { finish, type Steps } from './steps';
import type { ExtractOptions, ExtractResult, Lang } from './types';

export type * from './types';
export type { Steps } from './steps';

/**
 * Finds every attributed statement in `text`: who says what, with character offsets.
 * Pure and synchronous: no DOM, no browser API. Every stage takes time linear in the text and
 * bounded work per sentence, so the whole text is read, however long.
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
  const lang: Lang = !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang;
  const doc = yield* analyseSteps(text, lang);
  const candidates = yield* (lang === 'de' ? extractGerman(doc) : extractEnglish(doc));
  return { lang, attributions: yield* resolveEntities(doc, candidates) };
}
