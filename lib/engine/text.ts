import { finish, STEP_UNITS, type Steps } from './steps';
import type { Span } from './types';

/** A word or a single punctuation character, with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/**
 * Words keep inner hyphens, apostrophes and dotted abbreviations together (`US-Präsident`,
 * `Trump’s`, `U.S.`), everything else that is not space is a one-character token. The pattern has
 * no nested quantifiers, so tokenising is linear in the text length.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/uy;
/** A character that starts a word token. */
const WORD_START = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/;

/** What a UTF-16 code unit starts, looked up once per code unit and kept in KINDS. */
const UNSEEN = 0;
const SPACE_UNIT = 1;
const WORD_UNIT = 2;
/** A one-character token: punctuation, a quote mark, a symbol. */
const MARK_UNIT = 3;
/** Half of a surrogate pair: classified by its whole code point, each time. */
const SURROGATE_UNIT = 4;
const KINDS = new Uint8Array(0x10000);
/**
 * One string per mark, shared by all its tokens: a run of quote marks in a hostile page then
 * costs one object per token and no strings, which keeps the collector's work linear.
 */
const MARK_TEXT: string[] = [];
const MARK_LOWER: string[] = [];

function kindOf(unit: number): number {
  const known = KINDS[unit];
  if (known !== UNSEEN) return known;
  const char = String.fromCharCode(unit);
  const kind = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE_UNIT : SPACE.test(char) ? SPACE_UNIT : WORD_START.test(char) ? WORD_UNIT : MARK_UNIT;
  if (kind === MARK_UNIT) {
    MARK_TEXT[unit] = char;
    MARK_LOWER[unit] = char.toLowerCase();
  }
  KINDS[unit] = kind;
  return kind;
}

/**
 * Whether a code unit changes when lower-cased: 0 not yet looked up, 1 no, 2 yes. Surrogates count
 * as changing, since an upper-case letter beyond the first plane is a pair of them.
 */
const CASED = new Uint8Array(0x10000);

function changesInLowerCase(unit: number): boolean {
  if (CASED[unit] === 0) {
    const char = String.fromCharCode(unit);
    CASED[unit] = (unit >= 0xd800 && unit <= 0xdfff) || char.toLowerCase() !== char ? 2 : 1;
  }
  return CASED[unit] === 2;
}

/**
 * A word's lower case, or the word itself when no unit of it changes (only then is the whole
 * unchanged: lower-casing in context, as for a final Σ, starts from a unit that changes). Most words
 * are already lower case, and a page with one „ is stored two bytes a character, where lower-casing
 * would copy every word.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) if (changesInLowerCase(word.charCodeAt(i))) return word.toLowerCase();
  return word;
}

export const tokenize = (text: string): Token[] => finish(tokenizeSteps(text));

export function* tokenizeSteps(text: string): Steps<Token[]> {
  const out: Token[] = [];
  // A fresh pattern per call: a paused tokeniser must not share `lastIndex` with another.
  const word = new RegExp(WORD);
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const kind = kindOf(unit);
    if (kind === SPACE_UNIT) {
      i++;
      continue;
    }
    if (kind === MARK_UNIT) {
      out.push({ start: i, end: i + 1, text: MARK_TEXT[unit], lower: MARK_LOWER[unit] });
      i++;
    } else {
      word.lastIndex = i;
      // A code point outside the first plane is a symbol unless it is a letter, never a space.
      const end = word.test(text) ? word.lastIndex : i + String.fromCodePoint(text.codePointAt(i)!).length;
      const t = text.slice(i, end);
      out.push({ start: i, end, text: t, lower: lowerCase(t) });
      i = end;
    }
    if (out.length % STEP_UNITS === 0) yield;
  }
  return out;
}

/** Whether a code unit is an upper-case letter: 0 not yet looked up, 1 no, 2 yes. */
const UPPER = new Uint8Array(0x10000);

/** Whether `s` starts with an upper-case letter of the first plane (looked up once per letter: every token asks). */
export const isUpperInitial = (s: string): boolean => {
  if (s.length === 0) return false;
  const unit = s.charCodeAt(0);
  if (UPPER[unit] === 0) {
    const c = String.fromCharCode(unit);
    UPPER[unit] = c !== c.toLowerCase() && /^\p{Lu}/u.test(c) ? 2 : 1;
  }
  return UPPER[unit] === 2;
};
export const isWord = (s: string): boolean => /^[\p{L}\p{N}]/u.test(s);

/** Shrinks a span so that it neither starts nor ends with white space or the given punctuation. */
export function trimSpan(text: string, s: number, e: number, chars = ' \t\n\r,;:.–—-'): Span {
  while (s < e && (chars.includes(text[s]) || /\s/.test(text[s]))) s++;
  while (e > s && (chars.includes(text[e - 1]) || /\s/.test(text[e - 1]))) e--;
  return [s, e];
}


/** Index of the first item whose key is at least `x`, in items sorted by that key. */
export function firstAtOrAfter<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
