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
 * `Trump’s`, `U.S.`), and times and scores their colon (`14:30`, `2:1`: no speaker's colon);
 * everything else that is not space is a one-character token. Each joiner starts with its own
 * character, so tokenising is linear in the text length.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+|(?<=\p{N}):\p{N}+)*/uy;
/** A character that starts a word token. */
const WORD_START = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/;
const UPPER_LETTER = /^\p{Lu}$/u;

/**
 * What each UTF-16 code unit is, worked out the first time it is met and kept: every token asks,
 * and a page uses a few hundred distinct units. Bits of TRAITS; 0 means not yet looked at.
 */
const SEEN = 1;
const SPACE_UNIT = 2;
/** A one-character token: punctuation, a quote mark, a symbol. */
const MARK_UNIT = 4;
/** Lower-casing changes it. */
const CHANGES_IN_LOWER_CASE = 8;
const UPPER_CASE_LETTER = 16;
const TRAITS = new Uint8Array(0x10000);
/**
 * One string per mark, shared by all its tokens: a run of quote marks in a hostile page then
 * costs one object per token and no strings, which keeps the collector's work linear.
 */
const MARK_TEXT: string[] = [];
const MARK_LOWER: string[] = [];

function traitsOf(unit: number): number {
  const known = TRAITS[unit];
  if (known !== 0) return known;
  const char = String.fromCharCode(unit);
  const lower = char.toLowerCase();
  let traits = SEEN;
  // Half of a surrogate pair: its whole code point decides, in a word's pattern, and it counts as
  // changing in lower case, since an upper-case letter beyond the first plane is such a pair.
  if (unit >= 0xd800 && unit <= 0xdfff) traits |= CHANGES_IN_LOWER_CASE;
  else if (SPACE.test(char)) traits |= SPACE_UNIT;
  else if (!WORD_START.test(char)) traits |= MARK_UNIT;
  if (lower !== char) {
    traits |= CHANGES_IN_LOWER_CASE;
    if (UPPER_LETTER.test(char)) traits |= UPPER_CASE_LETTER;
  }
  if (traits & MARK_UNIT) {
    MARK_TEXT[unit] = char;
    MARK_LOWER[unit] = lower;
  }
  TRAITS[unit] = traits;
  return traits;
}

/**
 * A word's lower case, or the word itself when no unit of it changes (only then is the whole
 * unchanged: lower-casing in context, as for a final Σ, starts from a unit that changes). Most words
 * are already lower case, and a page with one „ is stored two bytes a character, where lower-casing
 * would copy every word.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) if (traitsOf(word.charCodeAt(i)) & CHANGES_IN_LOWER_CASE) return word.toLowerCase();
  return word;
}

export const tokenize = (text: string): Token[] => finish(tokenizeSteps(text));

export function* tokenizeSteps(text: string): Steps<Token[]> {
  const out: Token[] = [];
  // A fresh pattern per call: a paused tokeniser must not share `lastIndex` with another.
  const word = new RegExp(WORD);
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const traits = traitsOf(unit);
    if (traits & SPACE_UNIT) {
      i++;
      continue;
    }
    if (traits & MARK_UNIT) {
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

/** Whether `s` starts with an upper-case letter of the first plane. */
export const isUpperInitial = (s: string): boolean => s.length > 0 && (traitsOf(s.charCodeAt(0)) & UPPER_CASE_LETTER) !== 0;
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
