/** English claim spans: where what a cue reports starts and ends, and the reporter's asides around it. */
import { ADDRESSEES, ADVERBIAL_STARTS, PRONOUN_SOURCES, type CueClass } from '../lexicon/en-cues';
import { quoteAt, quotesWithin, type Sentence } from './doc';
import type { Quote } from './quotes';
import { isUpperInitial, trimSpan } from './text';
import type { Span } from './types';
import { CUES, Reader } from './en-reader';
import { ADVERBIAL_PREPOSITIONS, ASIDE_CONJUNCTIONS, ASIDE_STARTS, CLAUSE_STARTS, COORDINATED_ADVERBS, COORDINATORS, DASH_MARK, DETERMINERS, EVIDENCE_NOUNS, FRONTED_STARTS, IRREGULAR_PAST, NOT_CLAIM_REST, PARTICIPLE_CUE, TIME_NOUNS } from '../lexicon/en-grammar';

/** Token index after the addressee of `told`/`urged` (`told reporters`, `told CNN's Jake Tapper`). */
function skipAddressee(r: Reader, i: number, e1: number): number {
  for (let x = i; x < Math.min(e1, i + 10); x++) {
    if (r.inQuote[x] || r.toks[x].text === ',' || r.toks[x].text === ';') break;
    if (CLAUSE_STARTS.has(r.lower(x)) || r.lower(x) === 'to') return x > i ? x : i;
  }
  if (ADDRESSEES.has(r.lower(i))) return i + 1;
  let x = i;
  if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(r.lower(x))) x++;
  const named = x;
  while (x < e1 && (isUpperInitial(r.toks[x].text) || r.lower(x) === "'s" || r.lower(x) === '’s') && !r.inQuote[x]) x++;
  if (x === named && x > i) x++;
  // `told Britain's ITV television station in …`, `told his closest advisers as …`: the addressee's
  // nouns run on to the first word that can open a claim or an aside.
  for (let y = x; y < Math.min(e1, x + 4); y++) {
    const w = r.lower(y);
    if (/^[.!?]$/.test(w) || y + 1 === e1) return e1;
    if (ASIDE_STARTS.has(w) && !r.inQuote[y]) return y;
    if (r.inQuote[y] || !/^\p{L}/u.test(r.toks[y].text) || isUpperInitial(r.toks[y].text)) break;
    if (CLAUSE_STARTS.has(w) || w === 'to' || PRONOUN_SOURCES.has(w) || DETERMINERS.has(w)) return y;
  }
  return x;
}

/** Index of the first claim token after a cue from token `k0` to `c`, or -1 when nothing follows. */
export function claimStart(r: Reader, k0: number, c: number, cls: CueClass, e1: number): number {
  let i = c + 1;
  if (cls === 'tell' && c === k0) i = skipAddressee(r, i, e1);
  if (r.lower(i) === 'to' && (ADDRESSEES.has(r.lower(i + 1)) || isUpperInitial(r.toks[i + 1]?.text ?? ''))) i = skipAddressee(r, i + 1, e1);
  // `said on Tuesday that …`: `that` after an adverbial opens the claim; after a subject
  // (`said he was committed to ensuring that …`) it is inside the claim.
  const adverbial = ADVERBIAL_STARTS.has(r.lower(i)) || cls === 'tell';
  for (let x = i; x < Math.min(e1, adverbial ? i + 10 : i + 1); x++) {
    const w = r.lower(x);
    if (r.inQuote[x] || w === ',' || w === ';' || w === ':' || w === '.') break;
    if (w === 'that') return x;
  }
  // `the third witness testifying Tuesday who listened in …`: a relative clause after the cue's adverbial is about a noun, no claim.
  if (ADVERBIAL_STARTS.has(r.lower(i)) && (r.lower(i + 1) === 'who' || r.lower(i + 1) === 'which')) return -1;
  if (i < e1 && ADVERBIAL_STARTS.has(r.lower(i))) {
    for (let x = i; x < Math.min(e1, i + 8); x++) {
      if (r.inQuote[x]) break;
      if (r.toks[x].text === ',' || r.toks[x].text === ':') {
        i = x + 1;
        break;
      }
      // `said on Friday he met …`: a subject pronoun ends a short adverbial.
      if (x > i && x - i <= 4 && PRONOUN_SOURCES.has(r.lower(x)) && !['it', 'you', 'which', 'who'].includes(r.lower(x))) {
        i = x;
        break;
      }
      if (x + 1 === e1 || r.toks[x + 1].text === '.') return -1;
    }
  }
  if (i < e1 && r.toks[i].text === ':') i++;
  if (i >= e1 || /^[.!?]$/.test(r.toks[i].text)) return -1;
  return quotationAfterAdverbial(r, i, e1) ?? i;
}

/**
 * `a payout that Cooperman blasted on an investor conference call as “morally wrong.”`: an
 * adverbial right after the cue, then `as` and a quotation — the object came before the cue, and
 * the claim is the quotation. The quotation's first token, else undefined.
 */
function quotationAfterAdverbial(r: Reader, i: number, e1: number): number | undefined {
  if (!ADVERBIAL_PREPOSITIONS.has(r.lower(i)) || r.inQuote[i]) return undefined;
  for (let x = i + 1; x + 1 < e1 && x < i + 12 && !r.inQuote[x] && r.toks[x].text !== ','; x++) if (r.lower(x) === 'as' && r.openingQuote(x + 1)) return x + 1;
  return undefined;
}

/** End offset of a claim that starts at token `i` and runs to the end of the sentence or its quotation. */
export function claimEnd(r: Reader, i: number, sent: Sentence): number {
  const q = r.openingQuote(i);
  if (q && q.end > sent.end) return q.end;
  const inner = quoteAt(r.doc, sent.end - 1);
  if (inner && inner.end > sent.end) return inner.end;
  // `Starner says that Ford's family were Christians; Ford's attitude …`: a semicolon outside quotes before a capitalised word opens the reporter's next clause.
  // `— from Italy, Poland, Germany and Spain — a local museum worker`: a dash that closes a pair ends an aside inside the claim.
  let dashes = 0;
  // `(the company … called it "immaterial") and Gannett reportedly …`: a claim inside parentheses ends with them.
  let open = 0;
  for (let x = sent.t0; x < i; x++) open += r.toks[x].text === '(' ? 1 : r.toks[x].text === ')' && open > 0 ? -1 : 0;
  for (let x = i + 1; x + 1 < r.toks.length && r.toks[x].start < sent.end; x++) {
    if (open > 0 && r.toks[x].text === '(') open++;
    if (open > 0 && r.toks[x].text === ')' && --open === 0 && /\p{L}/u.test(r.text.slice(r.toks[x].end, sent.end))) return r.toks[x].start;
    if (r.inQuote[x] || r.inQuote[x + 1]) continue;
    if (r.toks[x].text === ';' && isUpperInitial(r.toks[x + 1].text)) return r.toks[x].start;
    if (reporterAside(r, x, dashes > 0)) return r.toks[x].start;
    if (DASH_MARK.test(r.toks[x].text)) dashes++;
  }
  return sent.end;
}

/**
 * Whether the punctuation at token `x` opens the reporter's aside after a claim: `…, as he deflected
 * Republican attacks`, `…, meaning they had little freedom`, `…, but during her interview she spoke`,
 * `… — but it’s impossible to know`,
 * `… -- a move that …` (a dash only when no dash before it opened an aside).
 */
function reporterAside(r: Reader, x: number, afterDash: boolean): boolean {
  const mark = r.toks[x].text;
  const next = r.lower(x + 1);
  if (mark === ',') {
    const after = r.lower(x + 2);
    if (next === 'but') return ADVERBIAL_STARTS.has(after);
    return next === 'meaning' || (ASIDE_CONJUNCTIONS.has(next) && (PRONOUN_SOURCES.has(after) || DETERMINERS.has(after)) && !r.inQuote[x + 2]);
  }
  return !afterDash && DASH_MARK.test(mark) && (next === 'but' || next === 'a' || next === 'an');
}

/** The quotation that opens right after `offset` in the next paragraph (`said:` then a quoted paragraph). */
export function quoteAfter(r: Reader, offset: number): Quote | undefined {
  let i = offset;
  while (i < r.text.length && /\s/.test(r.text[i])) i++;
  return quoteAt(r.doc, i)?.start === i ? quoteAt(r.doc, i) : undefined;
}

/** Start offset of a claim that ends before a `, X said` at token `b`: the sentence, or the quotation it closes. */
export function claimBefore(r: Reader, sent: Sentence, floor: number, b: number): Span | undefined {
  if (b < sent.t0 || b >= sent.t1) return undefined;
  let s = Math.max(sent.start, floor);
  const open = quoteAt(r.doc, s);
  if (open && open.start < s) s = open.start;
  const e = r.toks[b].end;
  // `At the time, Trump seemed to suggest it: "She signed an agreement," he told …`, `Yet Sondland
  // has amended his testimony once — "I now do recall," he said`: the claim is the quotation.
  const closed = r.closingQuote(b);
  if (closed && closed.start > s && /(?::|\s(?:—|–|--))\s*$/.test(r.text.slice(s, closed.start))) s = closed.start;
  const span = trimSpan(r.text, s, e, ' \t\n\r,;:–—-');
  if (span[1] - span[0] < 2) return undefined;
  return span;
}

/** `Then, last week, Taylor Swift posted …`: a phrase of time words alone before the source (`then`, `last`, `week`, `the`, a number) is no claim. */
export function timePhrase(r: Reader, span: Span): boolean {
  const words = r.text.slice(span[0], span[1]).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((w) => FRONTED_STARTS.has(w) || TIME_NOUNS.has(w) || DETERMINERS.has(w) || /^\d+$/.test(w));
}

/** `called it "shameful"`, `calls himself a socialist`: a naming `call` has quoted words or names its own subject. */
export const namesWithQuote = (r: Reader, content: Span, start: number) =>
  quotesWithin(r.doc, content[0], content[1]).length > 0 || /^(?:him|her|it|them)sel(?:f|ves)$/.test(r.lower(start));

/** `a poem called “Winter Solstice, Camelot Station,”`: `called` right before a quotation, after a noun, gives a thing its title. */
export const titleAfterCalled = (r: Reader, k: number, start: number) =>
  r.lower(k) === 'called' && start === k + 1 && !!r.openingQuote(start) && /^\p{Ll}+$/u.test(r.toks[k - 1]?.text ?? '') && !PRONOUN_SOURCES.has(r.lower(k - 1));
export const asideStart = (r: Reader, start: number) => ASIDE_STARTS.has(r.lower(start)) && !r.inQuote[start];

/** `described the move as "a breach of trust"`, `sees Cruz as a uniter`: a describing verb with its `as` complement. */
export function describedAs(r: Reader, w: string, start: number, t1: number): boolean {
  if (!/^(?:describ|sees?$|saw$|views?$|viewed$|regard|consider)/.test(w)) return false;
  for (let x = start + 1; x < Math.min(t1, start + 15); x++) {
    if (r.lower(x) === 'as') return true;
    if (!r.inQuote[x] && /^[,;:.!?]$/.test(r.toks[x].text)) return false;
  }
  return false;
}
export const evidenceShows = (r: Reader, w: string, subjectEnd: number) => /^show/.test(w) && (EVIDENCE_NOUNS.has(r.lower(subjectEnd)) || EVIDENCE_NOUNS.has(r.lower(subjectEnd - 1)));

/**
 * `He said that … and suggested that …`: the index of a second cue verb in a claim that shares the
 * first one's subject, or -1.
 */
export function coordinatedCue(r: Reader, start: number, t1: number, participle: boolean): number {
  for (let x = start + 2; x + 1 < t1; x++) {
    if (r.inQuote[x] || !COORDINATORS.has(r.lower(x)) || r.inQuote[x + 1]) continue;
    let v = x + 1;
    while (v < t1 && COORDINATED_ADVERBS.has(r.lower(v))) v++;
    const w = r.lower(v);
    // `calling it "disqualifying" and asserting that …` coordinates participles.
    if (v < t1 && CUES.has(w) && (participle ? PARTICIPLE_CUE.test(w) : /ed$/.test(w) || IRREGULAR_PAST.has(w))) return v;
  }
  return -1;
}

/** The index of the `and`/`but`/`or` before the coordinated cue verb at `v` (`and later said`). */
export function coordinatorBefore(r: Reader, v: number): number {
  let x = v - 1;
  while (x > 0 && !COORDINATORS.has(r.lower(x))) x--;
  return x;
}

/** `"…," he said, "…"`: a quotation that continues the claim after the cue. */
export function continuation(r: Reader, after: number, sent: Sentence): Span[] {
  const rest = r.text.slice(after, Math.min(after + 4, sent.end));
  const m = /^,\s*/.exec(rest);
  if (!m) return [];
  const q = quoteAt(r.doc, after + m[0].length);
  return q && q.start === after + m[0].length ? [[q.start, q.end]] : [];
}

/**
 * `At the time, she said, Grayson was trying …`: a source set off by commas inside the claim; the
 * words after the second comma continue the claim to the end of the sentence.
 */
export function parentheticalRest(r: Reader, c: number, sent: Sentence, before: Span): Span[] {
  const i = c + 2;
  if (r.toks[c + 1]?.text !== ',' || i + 2 >= sent.t1 || r.inQuote[i]) return [];
  const w = r.lower(i);
  // After a fragment (`So it makes sense, strategists said, for Democrats to …`) even an aside-like word goes on with the claim.
  const fragment = (r.text.slice(before[0], before[1]).match(/\p{L}+/gu) ?? []).length <= 4;
  if (!/^\p{L}/u.test(r.toks[i].text) || (NOT_CLAIM_REST.has(w) && !fragment) || PARTICIPLE_CUE.test(w) || CUES.has(w) || w === 'according') return [];
  const span = trimSpan(r.text, r.toks[i].start, claimEnd(r, i, sent));
  return span[1] - span[0] >= 8 ? [span] : [];
}
