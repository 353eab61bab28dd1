/**
 * A page's text kept in pieces of TEXT_PART_CHARS characters (the last one no longer, and empty
 * only when it is the only one), as it goes to the background. A big page's text is never joined
 * into one string on the page's thread: joining 3.4 million characters made a task of 40–100 ms
 * there. The piece holding an offset is found by division.
 */
import { TEXT_PART_CHARS } from '../messages';

export type TextParts = readonly string[];

/** `text` cut into pieces. */
export function partsOf(text: string): string[] {
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += TEXT_PART_CHARS) parts.push(text.slice(from, from + TEXT_PART_CHARS));
  return parts.length ? parts : [''];
}

/** The whole text in one string: for the CLI and the evaluation, never on the page's thread. */
export const wholeText = (parts: TextParts): string => parts.join('');

export const partsLength = (parts: TextParts): number => (parts.length - 1) * TEXT_PART_CHARS + parts[parts.length - 1].length;

/**
 * Characters [start, end) of the text: claims' words, thousands of them on a long page, each
 * copied from the pieces it lies in, never a whole piece (a claim across a cut joined two, 0.5 MB).
 */
export function sliceParts(parts: TextParts, start: number, end: number): string {
  const from = Math.max(0, start);
  let out = '';
  for (let i = Math.floor(from / TEXT_PART_CHARS); i < parts.length && i * TEXT_PART_CHARS < end; i++) {
    out += parts[i].slice(Math.max(0, from - i * TEXT_PART_CHARS), end - i * TEXT_PART_CHARS);
  }
  return out;
}

/** The first `limit` characters' pieces. */
export function partsUpTo(parts: TextParts, limit: number): TextParts {
  if (partsLength(parts) <= limit) return parts;
  const last = Math.floor(limit / TEXT_PART_CHARS);
  const kept = parts.slice(0, last);
  if (limit > last * TEXT_PART_CHARS) kept.push(parts[last].slice(0, limit - last * TEXT_PART_CHARS));
  return kept.length ? kept : [''];
}

/** `a` followed by `b`: only `a`'s last piece and `b` are cut again, its full pieces are kept. */
export function appendParts(a: TextParts, b: TextParts): string[] {
  return [...a.slice(0, -1), ...partsOf(a[a.length - 1] + wholeText(b))];
}

export const sameText = (a: TextParts, b: TextParts): boolean => a.length === b.length && a.every((part, i) => part === b[i]);
