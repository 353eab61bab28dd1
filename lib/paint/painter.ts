import type { PageText, Steps, TextSegment } from '../page/collect';
import { endPoint, rangeFor, startPoint, textOffsetOf } from '../page/ranges';
import { highlightPrefix, MARK_ATTRIBUTE, MARK_TAG } from './names';
import { PALETTE_PREFIX, PALETTES, type Palette } from './palette';
import { STYLES, stylePriority, type PaintSpan, type Style } from './plan';

/**
 * The palette every painter of this page paints in. It selects the highlight names (and mark
 * tokens) the painter uses, never a class or style on the page. The content script sets it from
 * the settings before the page's controller repaints: the palette, or how to choose it once it is
 * first needed (the page's background is read then, not while the script starts).
 */
let choosePalette: () => Palette = () => 'default';
let palette: Palette | undefined;

export function setPalette(next: Palette | (() => Palette)): void {
  choosePalette = typeof next === 'function' ? next : () => next;
  palette = undefined;
}

export function activePalette(): Palette {
  return (palette ??= choosePalette());
}

/** Highlight name (or mark token) of `style` in the active palette, under the page's prefix (lib/paint/names.ts). */
export function paletteStyle(style: Style, of: Palette = activePalette()): string {
  return highlightPrefix() + PALETTE_PREFIX[of] + style;
}

/** Every highlight name any palette uses: switching palettes removes the old palette's names. */
const allNames = () => PALETTES.flatMap((p) => STYLES.map((style) => paletteStyle(style, p)));

/** Paints spans of the collected text onto the page. */
export interface Painter {
  readonly method: 'highlight' | 'wrap';
  /**
   * Builds the DOM ranges of `spans` ahead of `paint`, one span a step (run in slices between the
   * page's tasks: thousands of ranges take longer than a task may).
   */
  prepare(spans: PaintSpan[]): Steps<void>;
  /**
   * Replaces everything painted before with `spans`; of more than MAX_PAINTED_SPANS, only those
   * nearest the viewport (see `followViewport`).
   */
  paint(spans: PaintSpan[]): void;
  /** After scrolling: paints the spans near the viewport now, where not all are painted. */
  followViewport(): void;
  /** Removes every trace of painting. */
  clear(): void;
  /** DOM range of a span of the collected text as the page is now. */
  range(start: number, end: number): Range | null;
  /** Offset in the collected text of a DOM point (e.g. from caretPositionFromPoint), or null. */
  offsetAt(node: Node, offset: number): number | null;
}

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): boolean };
  Highlight: new () => { priority: number; add(range: Range): unknown };
}

/**
 * The one capability probe: the CSS Custom Highlight API paints without touching the DOM; where
 * it is missing, text is wrapped in marks that `clear()` removes again.
 */
export function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export function createPainter(page: PageText, win: Window): Painter {
  const api = highlightApi(win);
  return api ? new HighlightPainter(page, api, win) : new WrapPainter(page);
}

/**
 * Spans painted at once at most. Chromium rebuilds the markers of every registered range on each
 * frame in which the page's DOM, its style or a highlight changed (HighlightRegistry::
 * ValidateHighlightMarkers), and underlined ones recompute their text node's ink overflow: 20,000
 * ranges in one 2 MB text node cost 330 ms of processor time on every such frame, 60 of them 48
 * ms. Pages with more spans (ordinary articles have tens to hundreds) get only those near the
 * viewport painted, which follow scrolling; adding all of them in slices across frames would not
 * help, as each frame rebuilds every range registered so far.
 */
export const MAX_PAINTED_SPANS = 600;
/**
 * Where more spans than that are to be painted, those from this many viewport heights above the
 * viewport to as many below it are (at most MAX_PAINTED_SPANS of them).
 */
const VIEWPORTS_AROUND = 1;

class HighlightPainter implements Painter {
  readonly method = 'highlight';
  /** Ranges built so far, by `start:end`; the page text they map onto does not change. */
  private readonly ranges = new Map<string, Range | null>();
  /** The spans to paint, in text order where there are more than can be painted at once. */
  private spans: PaintSpan[] = [];
  /** Index of the first painted span and how many are, where only those near the viewport are painted. */
  private shownFrom = -1;
  private shownCount = 0;

  constructor(
    private readonly page: PageText,
    private readonly api: HighlightApi,
    private readonly win: Window,
  ) {}

  /** Ranges are built ahead where all spans get painted; else as the viewport reaches them. */
  *prepare(spans: PaintSpan[]): Steps<void> {
    if (spans.length > MAX_PAINTED_SPANS) return;
    for (const span of spans) {
      this.rangeOf(span);
      yield;
    }
  }

  private rangeOf(span: PaintSpan): Range | null {
    const key = `${span.start}:${span.end}`;
    let range = this.ranges.get(key);
    if (range === undefined) {
      range = rangeFor(this.page, span.start, span.end);
      this.ranges.set(key, range);
    }
    return range;
  }

  paint(spans: PaintSpan[]): void {
    this.spans = spans.length > MAX_PAINTED_SPANS ? [...spans].sort((a, b) => a.start - b.start) : spans;
    this.shownFrom = -1;
    this.followViewport();
  }

  followViewport(): void {
    if (this.spans.length <= MAX_PAINTED_SPANS) {
      if (this.shownFrom === -1) this.register(this.spans);
      this.shownFrom = 0;
      return;
    }
    const height = this.win.innerHeight;
    const from = this.firstWhere((box) => box.bottom >= -height * VIEWPORTS_AROUND);
    const past = this.firstWhere((box) => box.top > height * (1 + VIEWPORTS_AROUND));
    const near = this.spans.slice(from, Math.max(from, Math.min(past, from + MAX_PAINTED_SPANS)));
    // Painted the same spans as before: each change costs the browser a rebuild of all of them.
    if (from === this.shownFrom && near.length === this.shownCount) return;
    [this.shownFrom, this.shownCount] = [from, near.length];
    this.register(near);
  }

  /**
   * Index of the first span (in text order) whose box is `reached` (a span without a range counts
   * as reached): a binary search on their boxes, as text further on lies further down. Both ends
   * of the spans near the viewport are found so, measuring tens of boxes rather than hundreds (600
   * measured one by one took 25–34 ms on a page of 20,000 spans).
   */
  private firstWhere(reached: (box: DOMRect) => boolean): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = this.rangeOf(this.spans[mid])?.getBoundingClientRect();
      if (box && !reached(box)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Makes `spans` the painted ones, one highlight per style. */
  private register(spans: PaintSpan[]): void {
    const byStyle = new Map<Style, Range[]>();
    for (const span of spans) {
      const range = this.rangeOf(span);
      if (!range) continue;
      const list = byStyle.get(span.style);
      if (list) list.push(range);
      else byStyle.set(span.style, [range]);
    }
    const names = new Set<string>();
    for (const [style, ranges] of byStyle) {
      // Added one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
      const highlight = new this.api.Highlight();
      for (const range of ranges) highlight.add(range);
      highlight.priority = stylePriority(style);
      const name = paletteStyle(style);
      this.api.registry.set(name, highlight);
      names.add(name);
    }
    for (const name of allNames()) if (!names.has(name)) this.api.registry.delete(name);
  }

  clear(): void {
    this.spans = [];
    this.shownFrom = -1;
    for (const name of allNames()) this.api.registry.delete(name);
  }

  range(start: number, end: number): Range | null {
    return rangeFor(this.page, start, end);
  }

  offsetAt(node: Node, offset: number): number | null {
    return textOffsetOf(this.page, node, offset);
  }
}

interface Wrapped {
  original: Text;
  parts: Node[];
}

/** Fallback: wraps painted text in marks; keeps the original text nodes to put back exactly. */
class WrapPainter implements Painter {
  readonly method = 'wrap';
  private wrapped: Wrapped[] = [];
  /** Text node created by wrapping → its original node and offset there. */
  private origin = new Map<Text, { original: Text; offset: number }>();

  constructor(private readonly page: PageText) {}

  /** Marks change the DOM, so nothing can be built ahead. */
  *prepare(): Steps<void> {}

  /** Marks stay where they are painted, in view or not. */
  followViewport(): void {}

  paint(spans: PaintSpan[]): void {
    this.clear();
    const pieces = new Map<Text, { a: number; b: number; style: Style }[]>();
    for (const span of spans) {
      for (const seg of segmentsIn(this.page.segments, span.start, span.end)) {
        const a = Math.max(span.start, seg.textStart) - seg.textStart + seg.nodeStart;
        const b = Math.min(span.end, seg.textStart + seg.length) - seg.textStart + seg.nodeStart;
        if (b <= a || !seg.node.isConnected) continue;
        const list = pieces.get(seg.node);
        if (list) list.push({ a, b, style: span.style });
        else pieces.set(seg.node, [{ a, b, style: span.style }]);
      }
    }
    for (const [node, list] of pieces) this.wrap(node, list);
  }

  private wrap(node: Text, list: { a: number; b: number; style: Style }[]): void {
    const parent = node.parentNode;
    if (!parent) return;
    const doc = node.ownerDocument;
    const cuts = [...new Set([0, node.data.length, ...list.flatMap((p) => [p.a, p.b])])].sort((x, y) => x - y);
    const parts: Node[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [x, y] = [cuts[i], cuts[i + 1]];
      const text = doc.createTextNode(node.data.slice(x, y));
      this.origin.set(text, { original: node, offset: x });
      const styles = [...new Set(list.filter((p) => p.a <= x && p.b >= y).map((p) => p.style))];
      if (styles.length === 0) {
        parts.push(text);
        continue;
      }
      const mark = doc.createElement(MARK_TAG);
      const tokens = styles.sort((s, t) => stylePriority(s) - stylePriority(t)).map((style) => paletteStyle(style));
      mark.setAttribute(MARK_ATTRIBUTE, tokens.join(' '));
      mark.appendChild(text);
      parts.push(mark);
    }
    for (const part of parts) parent.insertBefore(part, node);
    parent.removeChild(node);
    this.wrapped.push({ original: node, parts });
  }

  clear(): void {
    for (const { original, parts } of this.wrapped.reverse()) {
      const anchor = parts.find((p) => p.parentNode);
      if (anchor) anchor.parentNode!.insertBefore(original, anchor);
      for (const part of parts) part.parentNode?.removeChild(part);
    }
    this.wrapped = [];
    this.origin.clear();
  }

  /** Maps a point in an original text node onto the node that holds it now. */
  private current(node: Text, offset: number, atEnd: boolean): { node: Text; offset: number } {
    if (node.isConnected) return { node, offset };
    for (const [text, from] of this.origin) {
      if (from.original !== node) continue;
      const inside = offset - from.offset;
      if (inside >= 0 && (atEnd ? inside <= text.data.length && inside > 0 : inside < text.data.length)) {
        return { node: text, offset: inside };
      }
    }
    return { node, offset };
  }

  range(start: number, end: number): Range | null {
    const from = startPoint(this.page, start);
    const to = endPoint(this.page, end);
    if (!from || !to || end <= start) return null;
    const a = this.current(from.node, from.offset, false);
    const b = this.current(to.node, to.offset, true);
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  }

  offsetAt(node: Node, offset: number): number | null {
    const from = this.origin.get(node as Text);
    return from ? textOffsetOf(this.page, from.original, from.offset + offset) : textOffsetOf(this.page, node, offset);
  }
}

/** Segments overlapping [start, end). */
function* segmentsIn(segments: TextSegment[], start: number, end: number): Generator<TextSegment> {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].textStart + segments[mid].length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length && segments[i].textStart < end; i++) yield segments[i];
}
