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
  /** Where the last word of each finding's speaker occurs, as offsets in text order. */
  headAt: Map<string, number[]>;
  /** Every occurrence of any speaker's last word, in text order: the names that compete for a pronoun. */
  mentions: { at: number; head: string }[];
  /** The offsets of `mentions`, for binary search. */
  mentionAt: number[];
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
export const first = (spans: readonly Span[]): number => spans[0]?.[0] ?? -1;
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

export const headWord = (name: string): string => {
  const words = wordsOf(name);
  return words[words.length - 1] ?? '';
};

export function featureContext(doc: Doc, blocks: readonly TextBlock[], attributions: readonly Attribution[]): FeatureContext {
  const headCounts = new Map<string, number>();
  const headAt = new Map<string, number[]>();
  const mentions: FeatureContext['mentions'] = [];
  if (attributions.length === 0) return { doc, blocks, attributions, headCounts, headAt, mentions, mentionAt: [] };
  // A name's own capitalisation decides which occurrences name it: `Kurz`, not `kurz`; `the union` in any case.
  const capitalised = new Map<string, boolean>();
  for (const a of attributions) {
    if (a.entity.type === 'unnamed') continue;
    const head = headWord(a.entity.name);
    headAt.set(head, []);
    const word = a.entity.name.match(WORD)?.pop() ?? '';
    capitalised.set(head, (capitalised.get(head) ?? false) || isUpperInitial(word));
  }
  for (const a of attributions) headCounts.set(headWord(a.entity.name), 0);
  for (const t of doc.tokens) {
    const n = headCounts.get(t.lower);
    if (n !== undefined) headCounts.set(t.lower, n + 1);
    const at = headAt.get(t.lower);
    if (at && (!capitalised.get(t.lower) || isUpperInitial(t.text))) {
      at.push(t.start);
      mentions.push({ at: t.start, head: t.lower });
    }
  }
  return { doc, blocks, attributions, headCounts, headAt, mentions, mentionAt: mentions.map((m) => m.at) };
}

/** The shape of a source mention: none, a pronoun, a relative, a name, a noun phrase … */
export function sourceShape(doc: Doc, a: Attribution): string {
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

/** Index of the sentence that holds offset `at` (sentences are sorted: a binary search). */
export function sentenceIndexAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the last element of sorted `offsets` below `at`, or -1. */
export function lastBefore(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * How the speaker was found, recomputed from the text: named in the finding's own sentence, or
 * last named some sentences before (across a block boundary or not), with how many other speakers'
 * names lie between; each crossed with the source's shape, since a pronoun that reaches far past
 * other names is the resolution most often wrong.
 */
function speakerFeatures(ctx: FeatureContext, index: number, shape: string, out: Features): void {
  const { doc } = ctx;
  const a = ctx.attributions[index];
  if (a.entity.type === 'unnamed') {
    out.push(`spk:unnamed|src:${shape}`);
    return;
  }
  const head = headWord(a.entity.name);
  const anchor = first(a.source) >= 0 ? first(a.source) : first(a.cue) >= 0 ? first(a.cue) : first(a.content);
  if (anchor < 0 || doc.sentences.length === 0) return;
  const sentence = sentenceIndexAt(doc, anchor);
  const sentenceStart = doc.sentences[sentence].start;
  const sentenceEnd = doc.sentences[sentence].end;
  const at = ctx.headAt.get(head) ?? [];
  const k = lastBefore(at, sentenceEnd);
  const inSource = a.source.some(([s, e]) => at[lastBefore(at, e)] >= s);
  if (inSource || (k >= 0 && at[k] >= sentenceStart)) {
    out.push(`spk-dist:0|src:${shape}`);
  } else {
    const prior = lastBefore(at, sentenceStart);
    if (prior < 0) {
      out.push('spk-dist:none', `spk-dist:none|src:${shape}`);
    } else {
      const dist = bucket(sentence - sentenceIndexAt(doc, at[prior]), [1, 3, 8]);
      out.push(`spk-dist:${dist}`, `spk-dist:${dist}|src:${shape}`);
      if (blockIndexAt(ctx.blocks, at[prior]) !== blockIndexAt(ctx.blocks, anchor)) out.push(`spk-other-block|src:${shape}`);
      const from = lastBefore(ctx.mentionAt, at[prior] + 1) + 1;
      const others = new Set<string>();
      // Past two other names the bucket is full: stop there, so that name-dense text stays linear.
      for (let m = from; m < ctx.mentions.length && ctx.mentions[m].at < anchor && others.size <= 2; m++) {
        if (ctx.mentions[m].head !== head) others.add(ctx.mentions[m].head);
      }
      out.push(`spk-compete:${bucket(others.size, [0, 1, 2])}|src:${shape}`);
    }
  }
  const prev = ctx.attributions[index - 1];
  if (prev && prev.entity.type !== 'unnamed') out.push(prev.entity.name === a.entity.name ? 'spk-as-before' : `spk-not-as-before|src:${shape}`);
  const quote = a.content.length ? quoteAt(doc, first(a.content)) : undefined;
  if (quote && quote.end >= last(a.content) - 1) out.push(`content-quoted|src:${shape}`);
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
  speakerFeatures(ctx, index, shape, out);
  return out;
}
