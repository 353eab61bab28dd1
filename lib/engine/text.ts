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
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

export const tokenize = (text: string): Token[] => finish(tokenizeSteps(text));

export function* tokenizeSteps(text: string): Steps<Token[]> {
  const out: Token[] = [];
  // A fresh pattern per call: a paused tokeniser must not share `lastIndex` with another.
  const pattern = new RegExp(TOKEN);
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const t = m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
    if (out.length % STEP_UNITS === 0) yield;
  }
  return out;
}

export const isUpperInitial = (s: string): boolean => {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && /^\p{Lu}/u.test(c);
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
