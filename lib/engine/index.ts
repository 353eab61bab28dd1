import { decide } from './decide';
import { analyse, type Doc } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { resolveEntities } from './entities';
import { detectLanguage } from './lang';
import { textBlocks } from './layout';
import { parseModel } from './model';
import WEIGHTS from './weights.json';
import type { Attribution, ExtractOptions, ExtractResult, Lang, TextBlock } from './types';

export type * from './types';

/** Hard limit on analysed text: beyond it, a page is no article and the rest is ignored. */
export const MAX_TEXT_CHARS = 2_000_000;

/** The shipped model (see README, "What the model was trained on"); checked once, when loaded. */
const MODEL = parseModel(WEIGHTS, 'lib/engine/weights.json');

/** Everything the rules find in a text, before the model decides: what `npm run train` learns from. */
export interface Findings {
  lang: Lang;
  doc: Doc;
  blocks: TextBlock[];
  /** Every candidate with its resolved speaker, in text order. */
  attributions: Attribution[];
}

export function findCandidates(text: string, options: ExtractOptions = {}): Findings {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  const input = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const lang: Lang = !options.lang || options.lang === 'auto' ? detectLanguage(input) : options.lang;
  const doc = analyse(input, lang);
  const candidates = lang === 'de' ? extractGerman(doc) : extractEnglish(doc);
  // Speakers are resolved over every candidate: a finding the model drops still names who spoke last.
  return { lang, doc, blocks: textBlocks(input, options.blocks), attributions: resolveEntities(doc, candidates) };
}

/**
 * Finds every attributed statement in `text`: who says what, with character offsets.
 * Pure and synchronous: no DOM, no browser API.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const { lang, doc, blocks, attributions } = findCandidates(text, options);
  return { lang, attributions: decide(doc, blocks, attributions, MODEL) };
}
