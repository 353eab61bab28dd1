/**
 * The block structure of collected page text: which element (heading, paragraph, list item,
 * caption, quote, table) each line of the text stands in. The engine judges a finding by it: a
 * heading states no claim. Works in browsers and in jsdom.
 */
import { blockIndexAt } from '../engine/layout';
import type { BlockKind, TextBlock } from '../engine/types';
import { runAtOnce, type PageText, type Steps } from './collect';
import type { TextParts } from './text-parts';

/** A block with the tag of the element it was read from (`P`, `H2`, `LI` …). */
export interface PageBlock extends TextBlock {
  tag: string;
}

/** Elements that make a block of text of their own kind. */
const TEXT_BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|FIGCAPTION|CAPTION|TD|TH|DT|DD|PRE|DIV|SECTION|ARTICLE)$/;

/** Kinds that an enclosing element gives its blocks: a paragraph inside a list item is a list item. */
const ENCLOSING_KIND: ReadonlyArray<[RegExp, BlockKind]> = [
  [/^H[1-6]$/, 'heading'],
  [/^(LI|DT|DD)$/, 'list-item'],
  [/^(FIGCAPTION|CAPTION)$/, 'caption'],
  [/^BLOCKQUOTE$/, 'quote'],
  [/^(TD|TH|TABLE)$/, 'table'],
];

function kindOf(el: Element | null, root: Element): BlockKind {
  let paragraph = false;
  for (let at = el; at; at = at === root ? null : at.parentElement) {
    for (const [tags, kind] of ENCLOSING_KIND) if (tags.test(at.tagName)) return kind;
    if (at.tagName === 'P') paragraph = true;
  }
  return paragraph ? 'paragraph' : 'other';
}

/** The nearest element around `node` that makes a block, up to `root`. */
function blockElement(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !TEXT_BLOCK.test(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * The blocks of `page`: one per line of its text (the collector breaks lines between blocks),
 * with the kind and tag of the element its first text stands in.
 */
export function pageBlocks(page: PageText): PageBlock[] {
  return runAtOnce(pageBlockSteps(page));
}

/** `pageBlocks` one line a step, to run in slices between the page's tasks (see runInSlices). */
export function* pageBlockSteps(page: PageText): Steps<PageBlock[]> {
  const out: PageBlock[] = [];
  const { segments } = page;
  let seg = 0;
  for (const [start, end] of lines(page.parts)) {
    while (seg < segments.length && segments[seg].textStart + segments[seg].length <= start) seg++;
    const first = segments[seg];
    if (end > start && first && first.textStart < end) {
      const el = blockElement(first.node, page.root);
      out.push({ start, end, kind: kindOf(el, page.root), tag: el.tagName });
      yield;
    }
  }
  return out;
}

/** The [start, end) of each line of the text, its break not included; a line may cross pieces. */
function* lines(parts: TextParts): Generator<[number, number]> {
  let start = 0;
  let base = 0;
  for (const part of parts) {
    for (let at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', at + 1)) {
      yield [start, base + at];
      start = base + at + 1;
    }
    base += part.length;
  }
  if (start < base) yield [start, base];
}

/** The block that `offset` lies in, if any. */
export function blockAt<T extends TextBlock>(blocks: readonly T[], offset: number): T | undefined {
  const i = blockIndexAt(blocks, offset);
  return i < 0 ? undefined : blocks[i];
}

/** The blocks as the engine takes them (no tags), cut at `limit` characters of text. */
export const engineBlocks = (blocks: readonly PageBlock[], limit = Infinity): TextBlock[] =>
  blocks.filter((b) => b.start < limit).map(({ start, end, kind }) => ({ start, end: Math.min(end, limit), kind }));
