import { decide } from './decide';
import { analyseSteps, type Doc } from './doc';
import { extractGerman } from './de';
import { extractEnglish } from './en';
import { namelessAsUnnamed, resolveEntities } from './entities';
import { decideLanguage, languageRuns } from './lang';
import { blocksWithin, textBlocks } from './layout';
import { parseModel } from './model';
import { resolveEnglishEntities } from './speakers-en';
import { finish, type Steps } from './steps';
import WEIGHTS from './weights.json';
import SPEAKER_WEIGHTS from './speaker-weights.json';
import type { Attribution, ExtractOptions, ExtractResult, Lang, Span, TextBlock } from './types';

export type * from './types';
export type { Steps } from './steps';

/** The shipped model (see README, "Where the lexicons come from"); checked once, when loaded. */
const MODEL = parseModel(WEIGHTS, 'lib/engine/weights.json');
const SPEAKER_MODEL = parseModel(SPEAKER_WEIGHTS, 'lib/engine/speaker-weights.json');

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
  const blocks = textBlocks(text, options.blocks);
  if (options.lang === 'de' || options.lang === 'en') return { lang: options.lang, attributions: yield* extractIn(text, options.lang, blocks) };
  const whole = decideLanguage(text, options.hint) ?? 'en';
  const runs = languageRuns(text, whole);
  if (runs.length <= 1) return { lang: whole, attributions: yield* extractIn(text, whole, blocks) };
  const chars = { de: 0, en: 0 };
  const attributions: Attribution[] = [];
  for (const part of runs) {
    chars[part.lang] += part.end - part.start;
    const found = yield* extractIn(text.slice(part.start, part.end), part.lang, blocksWithin(blocks, part.start, part.end));
    for (const a of found) attributions.push(shifted(a, part.start));
  }
  return { lang: chars.de > chars.en ? 'de' : 'en', attributions };
}

/** Everything the rules find in a text, before the model decides: what `npm run train` learns from. */
export interface Findings {
  doc: Doc;
  blocks: TextBlock[];
  /** Every candidate with its resolved speaker, in text order. */
  attributions: Attribution[];
}

function* candidatesIn(text: string, lang: Lang, blocks: TextBlock[]): Steps<Findings> {
  const doc = yield* analyseSteps(text, lang);
  const candidates = yield* (lang === 'de' ? extractGerman(doc) : extractEnglish(doc));
  // Speakers are resolved over every candidate: a finding the model drops still names who spoke last.
  const resolved = yield* (lang === 'de' ? resolveEntities(doc, candidates) : resolveEnglishEntities(doc, candidates));
  // A finding that only names a speaker has served the resolution and leaves.
  return { doc, blocks, attributions: resolved.filter((a) => !a.speakerOnly).map(namelessAsUnnamed) };
}

function* extractIn(text: string, lang: Lang, blocks: TextBlock[]): Steps<Attribution[]> {
  const { doc, attributions } = yield* candidatesIn(text, lang, blocks);
  return decide(doc, blocks, attributions, MODEL, SPEAKER_MODEL);
}

/** The rules' candidates in a text of one language, with their speakers, before the model decides. */
export function findCandidates(text: string, lang: Lang, blocks?: readonly TextBlock[]): Findings {
  if (typeof text !== 'string') throw new TypeError('findCandidates: text must be a string');
  return finish(candidatesIn(text, lang, textBlocks(text, blocks)));
}

function shifted(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  const shift = (spans: Span[]) => spans.map(([s, e]): Span => [s + by, e + by]);
  return { ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) };
}
