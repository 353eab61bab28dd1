/** What the German rules share: the per-sentence reader with its clause and noun-phrase walks, and the checks on token ranges and spans they all use. */
import { AUXILIARIES, COMPLEMENTIZERS, DETERMINERS_DE, KONJUNKTIV_I, NON_SUBJECT_STARTS, NP_STOP, PRONOUNS_DE } from '../lexicon/de-cues';
import { CIRCUMSTANCE, COORDINATORS, DEMONSTRATIVE_SUBJECTS, GENITIVE_ARTICLES, NOT_VERB_E, NOUN_LIKE_KONJUNKTIV, TIME_WORDS } from '../lexicon/de-grammar';
import { ABBREVIATIONS, MONTHS } from '../lexicon/abbreviations';
import { buildVerbForms } from './de-verbs';
import { quoteOfToken, type Doc, type Sentence } from './doc';
import { isUpperInitial, isWord } from './text';
import type { Span } from './types';
import { ADJECTIVE, CLAUSE_BREAK, LOWER_AGENCY, LOWER_COMPOUND, ZU_INFIX } from '../lexicon/de-shapes';

export const VERBS = buildVerbForms();

/** Endings of -e words that are adjectives or past forms, never Konjunktiv I. */
const ADJECTIVE_E = /(?:te|ische|liche|bare|same|hafte|lose|volle|ste|weise)$/;

/** How far rules look from a cue, in tokens: keeps the work per cue bounded on run-on text. */
const WINDOW = 80;
export const CONTENT_WINDOW = 400;
/** A year (`2018 zeigten Forscher …`, `Im Jahr 1994 sagte …`). */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * Whether tokens [a, b) form a time phrase: a month, a year, a clock time. A bare number is a year
 * only; else it counts (`Die Mieter und rund 50 Gruppen fordern …`).
 */
export function timeExpression(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const l = r.lower(j);
    if (TIME_WORDS.test(l) || MONTHS.has(l) || YEAR.test(l)) return true;
  }
  return false;
}

/** One sentence's view of the document: token helpers bounded to the sentence. */
export class Reader {
  readonly toks;
  /** End of the sentence without its final punctuation. */
  readonly end: number;
  constructor(
    readonly doc: Doc,
    readonly s: Sentence,
    /** The sentence's index in `doc.sentences`. */
    readonly index: number,
  ) {
    this.toks = doc.tokens;
    let e = s.t1;
    while (e > s.t0 && /^[.!?…]$/.test(this.toks[e - 1].text)) e--;
    this.end = e;
  }
  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }
  text(i: number): string {
    return this.toks[i]?.text ?? '';
  }
  span(a: number, b: number): Span {
    return [this.toks[a].start, this.toks[b - 1].end];
  }
  /** Whether token i lies inside a quotation (its marks included). */
  private inSentence(i: number): boolean {
    return i >= this.s.t0 && i < this.s.t1;
  }
  quoted(i: number): boolean {
    return this.inSentence(i) && quoteOfToken(this.doc, i) !== undefined;
  }
  opensQuote(i: number): boolean {
    return this.inSentence(i) && quoteOfToken(this.doc, i)?.start === this.toks[i].start;
  }
  /** Token i closes a quotation (it may be the token just before the sentence). */
  closesQuote(i: number): boolean {
    return i >= 0 && i < this.s.t1 && quoteOfToken(this.doc, i)?.end === this.toks[i].end;
  }
  /** Index after the quotation that opens at token i. */
  afterQuote(i: number): number {
    const q = quoteOfToken(this.doc, i)!;
    let j = i;
    while (j < this.toks.length && this.toks[j].end <= q.end) j++;
    return j;
  }
  /** Index of the token that opens the quotation closing at token i. */
  quoteStartIndex(i: number): number {
    const q = quoteOfToken(this.doc, i)!;
    let j = i;
    while (j > 0 && this.toks[j - 1].start >= q.start) j--;
    return j;
  }
  isBreak(i: number): boolean {
    return CLAUSE_BREAK.has(this.text(i));
  }
  isFiniteCue(i: number): boolean {
    return (VERBS.get(this.lower(i)) ?? []).some((v) => v.role === 'finite');
  }
  /** A Konjunktiv I verb: a listed form, or a lower-case -e form between a subject and a non-noun. */
  isKonjunktiv(i: number): boolean {
    const l = this.lower(i);
    const text = this.text(i);
    // `Das finde ich übertrieben` · `ich habe`: next to `ich` an -e form is the speaker's own indicative; only `sei` is Konjunktiv there.
    if (l !== 'sei' && (this.lower(i + 1) === 'ich' || (i > this.s.t0 && this.lower(i - 1) === 'ich'))) return false;
    // `Sorge um die Freundschaft`: written capitalised, a listed form is a noun, unless it opens a sentence as a verb (`Sei es drum`).
    if (KONJUNKTIV_I.has(l)) return text === l || (i === this.s.t0 && !NOUN_LIKE_KONJUNKTIV.has(l));
    // `Das verteuere die Mangos`: a demonstrative opening the sentence is its subject, not an article.
    if (i === this.s.t0 + 1 && DEMONSTRATIVE_SUBJECTS.has(this.text(i - 1)) && l.length >= 4 && l.endsWith('e') && text === l && !NOT_VERB_E.has(l) && !ADJECTIVE_E.test(l) && isWord(this.text(i + 1)) && !isUpperInitial(this.text(i + 1)) && (DETERMINERS_DE.has(this.lower(i + 1)) || !ADJECTIVE.test(this.text(i + 1)))) return true;
    // `Die daraus entstehende, erweiterte Synthese`: a present participle after an article is an adjective.
    if (l.endsWith('ende') && (DETERMINERS_DE.has(this.lower(i - 1)) || DETERMINERS_DE.has(this.lower(i - 2)))) return false;
    if (l.length < 4 || !l.endsWith('e') || ADJECTIVE_E.test(l) || NOT_VERB_E.has(l) || l !== text) return false;
    const prev = this.text(i - 1);
    const next = this.text(i + 1);
    return i > this.s.t0 && isWord(prev) && !DETERMINERS_DE.has(prev.toLowerCase()) && !NP_STOP.has(prev.toLowerCase()) && !ADJECTIVE.test(prev) && next !== '' && !isUpperInitial(next) && !ADJECTIVE.test(next);
  }


  /** Next clause break at or after i (quotes are skipped whole), or the sentence end. */
  clauseEnd(i: number): number {
    const limit = Math.min(this.end, i + CONTENT_WINDOW);
    let j = i;
    while (j < limit) {
      if (this.opensQuote(j)) {
        j = this.afterQuote(j);
        continue;
      }
      if (this.isBreak(j)) return j;
      if (COORDINATORS.has(this.lower(j)) && (this.isFiniteCue(j + 1) || this.isFiniteCue(j + 2))) return j;
      j++;
    }
    return Math.min(j, limit);
  }

  /** Start of the clause that token i stands in. */
  clauseStart(i: number): number {
    const limit = Math.max(this.s.t0, i - WINDOW);
    let j = i - 1;
    while (j >= limit) {
      if (this.isBreak(j)) return j + 1;
      if (this.closesQuote(j) && !this.quoted(i)) {
        const open = this.quoteStartIndex(j);
        if (open < this.s.t0) return j + 1;
        j = open - 1;
        continue;
      }
      j--;
    }
    return limit;
  }

  /**
   * A noun phrase starting at i: determiners, adjectives, capitalised nouns and names, genitive
   * attributes (`der Chef der Deutschen Bank`), `von`-phrases and short quoted names. Returns the
   * index after it, or i when there is none.
   */
  nounPhrase(i: number): number {
    const limit = Math.min(this.end, i + 14);
    if (i < limit && PRONOUNS_DE.has(this.lower(i)) && this.lower(i) !== 'es') return i + 1;
    let j = i;
    let lastHead = i;
    let needHead = true;
    let genitives = 0;
    while (j < limit) {
      const w = this.text(j);
      const l = this.lower(j);
      if (this.opensQuote(j) && !needHead) {
        const after = this.afterQuote(j);
        if (after - j > 8) break;
        j = after;
        lastHead = j;
        continue;
      }
      if (this.opensQuote(j) && needHead) {
        const after = this.afterQuote(j);
        if (after - j > 8) break;
        j = after;
        lastHead = j;
        needHead = false;
        continue;
      }
      const genitive = !needHead && GENITIVE_ARTICLES.has(l) && genitives < 2;
      if (DETERMINERS_DE.has(l) && (needHead || genitive)) {
        if (genitive) {
          needHead = true;
          genitives++;
        }
        j++;
        continue;
      }
      if ((l === 'von' || l === 'vom') && !needHead && (isUpperInitial(this.text(j + 1)) || DETERMINERS_DE.has(this.lower(j + 1)))) {
        needHead = true;
        j++;
        continue;
      }
      if (w === '.' && !needHead && j + 1 < limit && isUpperInitial(this.text(j + 1)) && (ABBREVIATIONS.has(this.lower(j - 1)) || /^\p{Lu}$/u.test(this.text(j - 1)))) {
        j++;
        continue;
      }
      if (w === '(' && !needHead) {
        let k = j + 1;
        while (k < limit && this.text(k) !== ')' && k - j < 6) k++;
        if (this.text(k) === ')') {
          j = k + 1;
          lastHead = j;
          continue;
        }
        break;
      }
      // A capitalised conjunction opens a clause, not a name (`Grosbliederstroff Wenn Helmut Kohl …`).
      if (isWord(w) && isUpperInitial(w) && !NP_STOP.has(l) && !(j > i && (CIRCUMSTANCE.has(l) || COMPLEMENTIZERS.has(l)))) {
        j++;
        lastHead = j;
        needHead = false;
        continue;
      }
      // A compound whose first part is written small is still a noun (`der ai-Bericht`, `dem iPhone-Hersteller`); so is an agency written small (`dpa`).
      if (LOWER_COMPOUND.test(w) || LOWER_AGENCY.test(w)) {
        j++;
        lastHead = j;
        needHead = false;
        continue;
      }
      if (needHead && ADJECTIVE.test(w) && !NP_STOP.has(l) && !VERBS.has(l) && !KONJUNKTIV_I.has(l)) {
        j++;
        continue;
      }
      break;
    }
    // `der 81-jährige`: an adjective after a determiner stands for its noun.
    if (lastHead === i && j > i + 1 && DETERMINERS_DE.has(this.lower(i)) && ADJECTIVE.test(this.text(j - 1)) && !isUpperInitial(this.text(j))) return j;
    return lastHead > i ? lastHead : i;
  }

  /** Back from i-1: the noun phrase that ends just before i (for `X zufolge`). */
  nounPhraseBefore(i: number): number {
    const limit = Math.max(this.s.t0, i - 10);
    let j = i;
    while (j > limit) {
      const w = this.text(j - 1);
      const l = this.lower(j - 1);
      if (this.closesQuote(j - 1)) {
        j = this.quoteStartIndex(j - 1);
        continue;
      }
      // `Die Zellen sollen dem Bericht zufolge`: a word of adjective shape before an article is no part of its phrase (`sollen`).
      const beforeArticle = j < i && DETERMINERS_DE.has(this.lower(j));
      if ((isWord(w) && isUpperInitial(w) && !NON_SUBJECT_STARTS.has(l)) || DETERMINERS_DE.has(l) || (ADJECTIVE.test(w) && !VERBS.has(l) && !beforeArticle)) {
        j--;
        continue;
      }
      break;
    }
    while (j < i && !isUpperInitial(this.text(j)) && !DETERMINERS_DE.has(this.lower(j))) j++;
    return j;
  }
}

/** Trim a token range to a span, dropping leading conjunctions and edge punctuation. */
export function contentSpan(r: Reader, a: number, b: number): Span | undefined {
  while (a < b && (COORDINATORS.has(r.lower(a)) || (!isWord(r.text(a)) && !r.opensQuote(a)))) a++;
  while (b > a && !isWord(r.text(b - 1)) && !r.closesQuote(b - 1) && r.text(b - 1) !== ')') b--;
  return b > a ? r.span(a, b) : undefined;
}

/**
 * The claim in tokens [a, comma) before `, sagte X`: the quotation that ends at the comma, or the
 * whole sentence it ends when it goes on from words before it: when the words before it hold the
 * clause's verb (`Das Projekt sei ein „Quantensprung“, sagte er`) or it opens in lower case
 * (`Wollen sie einkaufen, „droht eine Geldbuße“, erläutert er`).
 */
export function claimBeforeComma(r: Reader, a: number, comma: number): Span | undefined {
  if (!r.closesQuote(comma - 1)) return contentSpan(r, a, comma);
  const open = r.quoteStartIndex(comma - 1);
  if (open > a && /^\P{L}*\p{Ll}/u.test(r.doc.text.slice(r.toks[open].start, r.toks[open].end + 20))) return contentSpan(r, a, comma);
  let verb = false;
  for (let j = Math.max(a, open - CONTENT_WINDOW); j < open; j++) {
    if (r.text(j) === ':' || r.isBreak(j)) verb = false;
    else if (AUXILIARIES.has(r.lower(j)) || r.isKonjunktiv(j)) verb = true;
  }
  return verb ? contentSpan(r, a, comma) : quoteSpan(r, comma - 1);
}

/** The quotation opening at token i as a span, marks included. */
export function quoteSpan(r: Reader, i: number): Span {
  const q = quoteOfToken(r.doc, i)!;
  return [q.start, q.end];
}

/** Whether the clause from i on reads as reported speech: a content clause, Konjunktiv I, zu-infinitive or quote. */
export function reportedClause(r: Reader, i: number): boolean {
  if (COMPLEMENTIZERS.has(r.lower(i)) || r.opensQuote(i)) return true;
  const end = r.clauseEnd(i);
  for (let j = i; j < end; j++) {
    if (r.isKonjunktiv(j) || ZU_INFIX.test(r.lower(j)) || (r.lower(j) === 'zu' && isWord(r.text(j + 1)) && !isUpperInitial(r.text(j + 1)))) return true;
  }
  return false;
}

/** The first token in [a, b) whose lower-case text passes `test`, or -1. */
export function firstIn(r: Reader, a: number, b: number, test: (lower: string) => boolean): number {
  for (let j = a; j < b; j++) if (test(r.lower(j))) return j;
  return -1;
}

export function hasKonjunktiv(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (r.isKonjunktiv(j) && !r.quoted(j)) return true;
  return false;
}

export function hasWord(r: Reader, a: number, b: number, word: string): boolean {
  for (let j = a; j < b; j++) if (r.lower(j) === word && !r.quoted(j)) return true;
  return false;
}

export function hasQuote(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (r.opensQuote(j)) return true;
  return false;
}

export function hasFiniteVerb(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (VERBS.has(r.lower(j)) || AUXILIARIES.has(r.lower(j))) return true;
  return false;
}

export function sameSpans(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}

export function overlaps(a: Span[], b: Span[]): boolean {
  return a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
}
