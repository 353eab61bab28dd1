import { EN_CUES } from '../lexicon/en-cues';
import { ANONYMOUS_SOURCES, DETERMINERS, PRONOUNS } from '../lexicon/entities';
import { quoteAt, type Doc } from './doc';
import { blockIndexAt } from './layout';
import { isUpperInitial } from './text';
import type { Attribution, Span, TextBlock } from './types';

/**
 * What the model reads of one finding: named binary features (`cue:said`, `block:heading`,
 * `src:pronoun|ent:organisation` …). Names rather than indices keep the weights file readable and
 * let a feature the training data never saw simply weigh nothing.
 */
export type Features = string[];

/** The document around the findings, computed once for all of them. */
export interface FeatureContext {
  doc: Doc;
  blocks: readonly TextBlock[];
  /** Every finding of the document, in text order. */
  attributions: readonly Attribution[];
  /** How often the last word of each finding's speaker occurs in the text: a speaker named often is a real one. */
  headCounts: Map<string, number>;
}

/** Relative pronouns as sources (`…, who said`): they name whoever comes just before. */
const RELATIVE_SOURCES = new Set(['who', 'which', 'that', 'der', 'die', 'welcher', 'welche']);
/** Impersonal pronouns that name no speaker (`it`, `es`, `man`). */
const IMPERSONAL_SOURCES = new Set(['it', 'es', 'man', 'this', 'that', 'dies', 'das']);
/** First-person words outside quotes: the author speaking, or a quote's speaker. */
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'ich', 'wir', 'mein', 'unser', 'unsere']);
/** Words shared by sentence-initial time and place phrases mistaken for sources. */
const ADVERBIAL_SOURCE = /^(?:in|on|at|since|after|before|during|insgesamt|seit|nach|vor|im|am|bei|zuletzt|bereits)$/;

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** Counts in a few ranges: exact numbers would not generalise from a small training set. */
function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

const textOf = (doc: Doc, spans: readonly Span[]): string => spans.map(([s, e]) => doc.text.slice(s, e)).join(' ');
const first = (spans: readonly Span[]): number => spans[0]?.[0] ?? -1;
const last = (spans: readonly Span[]): number => spans[spans.length - 1]?.[1] ?? -1;

/** Whether a sentence starts at `offset` (sentences are sorted: a binary search). */
function opensSentence(doc: Doc, offset: number): boolean {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid].start;
    if (s === offset) return true;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const headWord = (name: string): string => {
  const words = wordsOf(name);
  return words[words.length - 1] ?? '';
};

export function featureContext(doc: Doc, blocks: readonly TextBlock[], attributions: readonly Attribution[]): FeatureContext {
  const headCounts = new Map<string, number>();
  if (attributions.length === 0) return { doc, blocks, attributions, headCounts };
  for (const a of attributions) headCounts.set(headWord(a.entity.name), 0);
  for (const t of doc.tokens) {
    const n = headCounts.get(t.lower);
    if (n !== undefined) headCounts.set(t.lower, n + 1);
  }
  return { doc, blocks, attributions, headCounts };
}

/** The shape of a source mention: none, a pronoun, a relative, a name, a noun phrase … */
function sourceShape(doc: Doc, a: Attribution): string {
  if (a.source.length === 0) return 'none';
  const raw = textOf(doc, a.source);
  const words = raw.split(/\s+/).filter(Boolean);
  const lower = raw.toLowerCase().trim();
  if (words.length === 1 && PRONOUNS.has(lower)) return 'pronoun';
  if (words.length === 1 && RELATIVE_SOURCES.has(lower)) return 'relative';
  if (words.length === 1 && IMPERSONAL_SOURCES.has(lower)) return 'impersonal';
  if (ANONYMOUS_SOURCES.some((w) => lower.includes(w))) return 'anonymous';
  if (ADVERBIAL_SOURCE.test(words[0].toLowerCase())) return 'adverbial';
  const content = words.filter((w) => !DETERMINERS.has(w.toLowerCase()));
  if (content.length && content.every((w) => isUpperInitial(w))) return 'name';
  if (content.some((w) => isUpperInitial(w))) return DETERMINERS.has(words[0].toLowerCase()) ? 'det-name' : 'mixed';
  return DETERMINERS.has(words[0].toLowerCase()) ? 'det-noun' : 'noun';
}

function cueFeatures(doc: Doc, a: Attribution, out: Features): void {
  if (a.cue.length === 0) {
    out.push('cue:none');
    return;
  }
  const word = wordsOf(doc.text.slice(a.cue[0][0], a.cue[0][1]))[0] ?? '';
  out.push(`cue:${word}`, `cueparts:${bucket(a.cue.length, [1, 2])}`);
  if (doc.lang === 'en') out.push(`cueclass:${EN_CUES.get(word) ?? 'other'}`);
  if (quoteAt(doc, a.cue[0][0])) out.push('cue-in-quote');
}

function sourceFeatures(ctx: FeatureContext, a: Attribution, shape: string, out: Features): void {
  const { doc } = ctx;
  out.push(`src:${shape}`, `src:${shape}|ent:${a.entity.type}`, `src:${shape}|kind:${a.kind}`);
  if (a.source.length === 0) return;
  const raw = textOf(doc, a.source);
  const words = wordsOf(raw);
  out.push(`srclen:${bucket(words.length, [1, 2, 3, 5, 8])}`);
  if (shape === 'pronoun') out.push(`pron:${raw.trim().toLowerCase()}|ent:${a.entity.type}`);
  if (/\d/.test(raw)) out.push('src-digit');
  if (/[,(]/.test(raw)) out.push('src-apposition');
  if (/['’]s\b/.test(raw)) out.push('src-possessive');
  if (opensSentence(doc, a.source[0][0])) out.push('src-opens-sentence');
  if (first(a.source) > last(a.content) && a.content.length) out.push('src-after-content');
}

function entityFeatures(ctx: FeatureContext, a: Attribution, out: Features): void {
  const { doc } = ctx;
  const name = a.entity.name;
  out.push(`ent:${a.entity.type}`);
  if (a.entity.type === 'unnamed') return;
  const nameWords = wordsOf(name);
  const sourceWords = new Set(wordsOf(textOf(doc, a.source)));
  out.push(nameWords.length && nameWords.every((w) => sourceWords.has(w)) ? 'ent-in-source' : 'ent-elsewhere');
  if (!isUpperInitial(name)) out.push('ent-lower');
  out.push(`entlen:${bucket(nameWords.length, [1, 2, 3, 5])}`);
  out.push(`ent-mentions:${bucket(ctx.headCounts.get(headWord(name)) ?? 0, [1, 2, 4, 8])}`);
}

function blockFeatures(ctx: FeatureContext, a: Attribution, out: Features): void {
  const at = first(a.content);
  const i = blockIndexAt(ctx.blocks, at);
  const block = ctx.blocks[i];
  if (!block) {
    out.push('block:none');
    return;
  }
  out.push(`block:${block.kind}`, `block:${block.kind}|kind:${a.kind}`);
  const length = block.end - block.start;
  out.push(`blocklen:${bucket(length, [40, 100, 250, 600])}`);
  const head = Math.min(at, first(a.source) >= 0 ? first(a.source) : at, first(a.cue) >= 0 ? first(a.cue) : at);
  out.push(head - block.start < 3 ? 'block-opens' : 'block-inside');
  if (last(a.content) > block.end) out.push('content-crosses-block');
  if (i > 0 && ctx.blocks[i - 1].kind === 'heading') out.push('block-after-heading');
}

function contentFeatures(ctx: FeatureContext, a: Attribution, out: Features): void {
  const { doc } = ctx;
  const raw = textOf(doc, a.content);
  const words = wordsOf(raw);
  out.push(`kind:${a.kind}`, `len:${bucket(words.length, [3, 7, 15, 30, 60])}`);
  const trimmed = raw.trim();
  if (/^[„“”"»«‚‘']/.test(trimmed)) out.push('content-opens-quote');
  if (/[?]["”“»«’]?$/.test(trimmed)) out.push('content-question');
  if (/:$/.test(trimmed)) out.push('content-colon-end');
  if (/^\p{Ll}/u.test(trimmed)) out.push('content-lower-start');
  if (a.content.length > 1) out.push('content-split');
  if (words.length >= 4 && words.length <= 20) {
    const upper = (raw.match(/(?:^|\s)[„“”"»«]?\p{Lu}/gu) ?? []).length;
    if (upper >= words.length * 0.7) out.push('content-title-case');
  }
  if (words.some((w) => FIRST_PERSON.has(w)) && a.kind !== 'direct') out.push('content-first-person');
  const cueAt = first(a.cue);
  if (cueAt >= 0 && a.content.length) out.push(cueAt < first(a.content) ? 'cue-before' : 'cue-after');
  if (cueAt >= 0 && a.content.length) {
    const gap = cueAt < first(a.content) ? first(a.content) - last(a.cue) : cueAt - last(a.content);
    out.push(`gap:${bucket(gap, [2, 10, 40, 120])}`);
  }
}

/** Whether an earlier finding shares this one's content: the same quote listed twice. */
function duplicateFeatures(ctx: FeatureContext, index: number, out: Features): void {
  const a = ctx.attributions[index];
  const s = first(a.content);
  const e = last(a.content);
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const b = ctx.attributions[j];
    if (first(b.content) < e && s < last(b.content)) {
      out.push(first(b.content) === s && last(b.content) === e ? 'dup-same' : 'dup-overlap');
      if (b.entity.name !== a.entity.name) out.push('dup-other-speaker');
      return;
    }
  }
}

/** The features of finding `index` of the context's findings. */
export function candidateFeatures(ctx: FeatureContext, index: number): Features {
  const a = ctx.attributions[index];
  const out: Features = [`lang:${ctx.doc.lang}`];
  const shape = sourceShape(ctx.doc, a);
  cueFeatures(ctx.doc, a, out);
  sourceFeatures(ctx, a, shape, out);
  entityFeatures(ctx, a, out);
  blockFeatures(ctx, a, out);
  contentFeatures(ctx, a, out);
  duplicateFeatures(ctx, index, out);
  return out;
}
