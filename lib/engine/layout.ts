import type { BlockKind, TextBlock } from './types';

const KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'list-item', 'caption', 'quote', 'table', 'other']);

/** Plain text has no markup: each non-empty line is a paragraph. */
function lineBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (/\S/.test(text.slice(start, end))) out.push({ start, end, kind: 'paragraph' });
    start = end + 1;
  }
  return out;
}

/**
 * The blocks of `text`: those the page gave, checked (in order, inside the text, of a known kind,
 * not overlapping), or else its lines. A page's malformed structure is dropped, never trusted.
 */
export function textBlocks(text: string, given: readonly TextBlock[] | undefined): TextBlock[] {
  if (!given) return lineBlocks(text);
  const out: TextBlock[] = [];
  let last = 0;
  for (const b of given) {
    if (!b || !Number.isSafeInteger(b.start) || !Number.isSafeInteger(b.end) || !KINDS.has(b.kind)) continue;
    if (b.start < last || b.end <= b.start || b.start >= text.length) continue;
    const end = Math.min(b.end, text.length);
    out.push({ start: b.start, end, kind: b.kind });
    last = end;
  }
  return out;
}

/** Index of the block that `offset` lies in, or -1. */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= offset) lo = mid + 1;
    else if (blocks[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The blocks inside [start, end), with offsets relative to `start`: a part of the text read on its own. */
export function blocksWithin(blocks: readonly TextBlock[], start: number, end: number): TextBlock[] {
  return blocks
    .filter((b) => b.end > start && b.start < end)
    .map((b) => ({ start: Math.max(b.start, start) - start, end: Math.min(b.end, end) - start, kind: b.kind }));
}
