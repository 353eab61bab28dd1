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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
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

