import type { PageText, TextSegment } from './collect';

/** A DOM position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentIndexAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].textStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** DOM point of the first mapped character at or after `offset` (breaks map to no node). */
export function startPoint(page: PageText, offset: number): TextPoint | null {
  let i = segmentIndexAt(page.segments, offset);
  if (i < 0 || offset >= page.segments[i].textStart + page.segments[i].length) i++;
  const seg = page.segments[i];
  if (!seg) return null;
  const inside = Math.max(0, offset - seg.textStart);
  return { node: seg.node, offset: seg.nodeStart + inside };
}

/** DOM point just after the last mapped character before `offset`. */
export function endPoint(page: PageText, offset: number): TextPoint | null {
  const i = segmentIndexAt(page.segments, offset - 1);
  const seg = page.segments[i];
  if (!seg) return null;
  const inside = Math.min(seg.length, offset - seg.textStart);
  return { node: seg.node, offset: seg.nodeStart + inside };
}

/** Converts a [start, end) span of the collected text into a DOM range; null when empty or stale. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const from = startPoint(page, start);
  const to = endPoint(page, end);
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/** Offset in the collected text of a DOM point inside a collected text node, or null. */
export function textOffsetOf(page: PageText, node: Node, offset: number): number | null {
  let index = nodeIndex.get(page);
  if (!index) {
    index = new Map();
    for (const seg of page.segments) {
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    nodeIndex.set(page, index);
  }
  const segs = index.get(node as Text);
  if (!segs) return null;
  for (const seg of segs) {
    if (offset >= seg.nodeStart && offset <= seg.nodeStart + seg.length) {
      return seg.textStart + (offset - seg.nodeStart);
    }
  }
  return null;
}

const nodeIndex = new WeakMap<PageText, Map<Text, TextSegment[]>>();
