import { findQuotesSteps, type Quote } from './quotes';
import { splitSentencesSteps } from './sentences';
import { finish, STEP_UNITS, type Steps } from './steps';
import { tokenizeSteps, type Token } from './text';
import type { Attribution, Kind, Lang, Span } from './types';

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [t0, t1) of the sentence's tokens in `Doc.tokens`. */
  t0: number;
  t1: number;
}

/** The analysed document that language rules read: tokens, sentences and quotations. */
export interface Doc {
  text: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  quotes: Quote[];
  /** For each token, the index in `quotes` of the quotation that covers it, or -1. */
  tokenQuote: Int32Array;
}

/** An attribution found by a language's rules, before its source is resolved to an entity. */
export interface Candidate {
  cue: Span[];
  source: Span[];
  content: Span[];
  kind: Kind;
  /** A finding that states no claim but names a speaker later pronouns may stand for (`Buckley worried about …`, then `she said`). */
  speakerOnly?: boolean;
}

/** A candidate with its speaker resolved; one marked `speakerOnly` leaves once every speaker is resolved. */
export type ResolvedCandidate = Attribution & Pick<Candidate, 'speakerOnly'>;

/**
 * Most tokens one sentence may hold. The longest sentence in the evaluation corpora has 221; a
 * longer run without a sentence end is no prose, and reading it in pieces keeps the work on each
 * sentence bounded, so that a page without full stops costs linear time.
 */
export const MAX_SENTENCE_TOKENS = 400;
/** Tokens after which a piece of an overlong sentence ends, by preference. */
const PIECE_BREAKS = new Set([';', ',']);
/** Quotation marks: a comma next to one joins a quote to its cue (`„…“, sagte X`, `"…," he said`), so no piece ends there. */
const MARK = /^[„“”"»«‚‘’'›‹]$/;

/** Whether a piece may end after token i: a comma or semicolon that joins no quotation to its cue. */
const breaksAfter = (tokens: Token[], i: number) =>
  PIECE_BREAKS.has(tokens[i].text) && !MARK.test(tokens[i - 1].text) && !MARK.test(tokens[i + 1]?.text ?? '');

/** Cuts the tokens [t0, t1) of an overlong sentence into pieces of at most MAX_SENTENCE_TOKENS, after a comma where one is near the limit. */
function pieces(tokens: Token[], t0: number, t1: number, out: Sentence[]): void {
  while (t1 - t0 > MAX_SENTENCE_TOKENS) {
    let cut = t0 + MAX_SENTENCE_TOKENS;
    for (let i = cut - 1; i > t0 + MAX_SENTENCE_TOKENS / 2; i--) {
      if (breaksAfter(tokens, i)) {
        cut = i + 1;
        break;
      }
    }
    out.push({ start: tokens[t0].start, end: tokens[cut - 1].end, t0, t1: cut });
    t0 = cut;
  }
  out.push({ start: tokens[t0].start, end: tokens[t1 - 1].end, t0, t1 });
}

export const analyse = (text: string, lang: Lang): Doc => finish(analyseSteps(text, lang));

export function* analyseSteps(text: string, lang: Lang): Steps<Doc> {
  const tokens = yield* tokenizeSteps(text);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const [start, end] of yield* splitSentencesSteps(text, lang)) {
    while (t < tokens.length && tokens[t].end <= start) t++;
    const t0 = t;
    while (t < tokens.length && tokens[t].start < end) t++;
    if (t - t0 > MAX_SENTENCE_TOKENS) pieces(tokens, t0, t, sentences);
    else sentences.push({ start, end, t0, t1: t });
    if (sentences.length % STEP_UNITS === 0) yield;
  }
  yield;
  const quotes = yield* findQuotesSteps(text);
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length && q < quotes.length; i++) {
    if (i % STEP_UNITS === 0) yield;
    while (q < quotes.length && quotes[q].end <= tokens[i].start) q++;
    if (q < quotes.length && quotes[q].start <= tokens[i].start) tokenQuote[i] = q;
  }
  return { text, lang, tokens, sentences, quotes, tokenQuote };
}

/** The quotation that covers token i, if any. */
export function quoteOfToken(doc: Doc, i: number): Quote | undefined {
  const q = doc.tokenQuote[i];
  return q === undefined || q < 0 ? undefined : doc.quotes[q];
}

/** Quotes that lie inside [s, e). Quotes are sorted, so this is a binary search plus a scan. */
export function quotesWithin(doc: Doc, s: number, e: number): Quote[] {
  const q = doc.quotes;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid].start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Quote[] = [];
  for (let i = lo; i < q.length && q[i].start < e; i++) if (q[i].end <= e) out.push(q[i]);
  return out;
}

/** The quote that covers offset `i`, if any. */
export function quoteAt(doc: Doc, i: number): Quote | undefined {
  const q = doc.quotes;
  let lo = 0;
  let hi = q.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid].end <= i) lo = mid + 1;
    else if (q[mid].start > i) hi = mid - 1;
    else return q[mid];
  }
  return undefined;
}

/** Direct when the content is one quotation, mixed when it holds quoted words, else the fallback. */
export function kindOfContent(doc: Doc, content: Span[], fallback: Kind): Kind {
  if (content.length === 0) return fallback;
  const s = content[0][0];
  const e = content[content.length - 1][1];
  const inside = quotesWithin(doc, s, e);
  if (inside.length === 0) return fallback;
  const bare = doc.text.slice(s, e);
  const quoted = inside.reduce((n, q) => n + (q.end - q.start), 0);
  if (inside.length === 1 && quoted >= bare.replace(/[\s.,;:!?]+$/, '').length - 1) return 'direct';
  return fallback === 'according_to' || fallback === 'unnamed' ? fallback : 'mixed';
}
