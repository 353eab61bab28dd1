import { analyse } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { resolveEntities } from './entities';
import { detectLanguage } from './lang';
import { resolveEnglishEntities } from './speakers-en';
import type { ExtractOptions, ExtractResult, Lang } from './types';

export type * from './types';

/** Hard limit on analysed text: beyond it, a page is no article and the rest is ignored. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Finds every attributed statement in `text`: who says what, with character offsets.
 * Pure and synchronous: no DOM, no browser API.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  const input = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const lang: Lang = !options.lang || options.lang === 'auto' ? detectLanguage(input) : options.lang;
  const doc = analyse(input, lang);
  const candidates = lang === 'de' ? extractGerman(doc) : extractEnglish(doc);
  return { lang, attributions: lang === 'de' ? resolveEntities(doc, candidates) : resolveEnglishEntities(doc, candidates) };
}
