import type { Palette } from './palette';

/**
 * The names Who Said paints under. Highlight names and mark tokens start with a prefix of random
 * letters drawn for each page, and every rule of the paint sheet names it (lib/paint/palette-css.ts):
 * a page cannot probe for a sheet whose names it does not know, so a sheet that sits in a page from
 * its start, with nothing painted yet, tells the page nothing.
 */

/** The fallback's inline element: a custom element name, so no page style targets it. */
export const MARK_TAG = 'who-said-mark';
export const MARK_ATTRIBUTE = 'data-who-said';

/** Random letters in a page's prefix: 26^10 names, too many for a page to try. */
const PREFIX_LETTERS = 10;

/** A page's prefix: lowercase letters and a hyphen, a valid start of a CSS identifier. */
const PREFIX_SHAPE = new RegExp(`^[a-z]{${PREFIX_LETTERS}}-$`);

export function newHighlightPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PREFIX_LETTERS));
  return `${String.fromCharCode(...[...bytes].map((b) => 97 + (b % 26)))}-`;
}

export function isHighlightPrefix(value: unknown): value is string {
  return typeof value === 'string' && PREFIX_SHAPE.test(value);
}

/**
 * This page's prefix: the content script sets the one the page's paint sheet was made for before
 * it paints or shows a card.
 */
let pagePrefix = newHighlightPrefix();

export function setHighlightPrefix(next: string): void {
  pagePrefix = next;
}

export function highlightPrefix(): string {
  return pagePrefix;
}

/** The claim card's host element: a custom element under the page's prefix, so it names nothing either. */
export function cardTag(): string {
  return `${pagePrefix}card`;
}

/**
 * What the content script started with the page (entrypoints/reader.ts) leaves in the isolated
 * world, and each instance keeps up to date for the next: the page's prefix, and the palette whose
 * sheet the page holds under it (null for none).
 */
export interface PaintStart {
  prefix: string;
  palette: Promise<Palette | null>;
}

const START = Symbol.for('who-said.paint-start');

export function keepPaintStart(start: PaintStart): void {
  (globalThis as Record<symbol, unknown>)[START] = start;
}

/** The record the page's start left, or null where the content script was started without one. */
export function findPaintStart(): PaintStart | null {
  const start = (globalThis as Record<symbol, unknown>)[START] as PaintStart | undefined;
  return start && isHighlightPrefix(start.prefix) ? start : null;
}
