import { browser } from 'wxt/browser';
import { isContentRequest, type ContentRequest, type PageState } from '../messages';
import { activePalette, type Painter } from '../paint/painter';
import type { PaintSpan } from '../paint/plan';
import { send, type PageRun } from './run';
import { claimNearCentre, reportClaimInView } from './viewport';

/** How long a claim stays flashed after a jump from the popup. */
const FLASH_MS = 1600;

/**
 * Answers the popup and the side panel (the page's state, jumps to a claim, the claim in view)
 * and the reader's clicks on highlights, until the run's signal aborts.
 */
export function answerReader(run: PageRun): void {
  const { doc, win, signal } = run;
  const jumps = new Jumps(run);
  reportClaimInView(win, signal, () => claimInView(run), (claim) => void send({ type: 'viewport', claim }).catch(() => undefined));
  const onMessage = (message: unknown, sender: { id?: string }, reply: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    const request: ContentRequest = message;
    if (request.type === 'state') reply(pageState(run));
    else reply({ ok: jumps.jump(request.claim) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  doc.addEventListener('click', (event) => showClickedClaim(run, event), { capture: true, signal });
  doc.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && run.card.hide(), { signal });
  signal.addEventListener(
    'abort',
    () => {
      jumps.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    },
    { once: true },
  );
}

function pageState(run: PageRun): PageState {
  const { win, site, analysis } = run;
  return {
    url: win.location.href,
    host: site.host,
    status: run.status,
    mode: site.mode,
    overridden: site.overridden,
    lang: analysis?.lang,
    claims: analysis?.claims ?? [],
    inView: claimInView(run),
    error: run.error,
    readChars: run.readChars,
  };
}

/** Where claim number `claim` lies in the collected text, from its first to its last span. */
function extentOf(run: PageRun, claim: number) {
  const a = run.analysis?.attributions[claim];
  if (!a) return null;
  const spans = [...a.content, ...a.source, ...a.cue];
  if (spans.length === 0) return null;
  return { id: claim, start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])), a };
}

/** The shown claim nearest the middle of the viewport, for the side panel. */
function claimInView(run: PageRun): number | undefined {
  const { analysis } = run;
  if (!analysis) return undefined;
  const shown = analysis.claims.filter((c) => run.site.kinds.includes(c.kind));
  return claimNearCentre(run.win, shown.flatMap((c) => extentOf(run, c.id) ?? []), (start, end) => analysis.painter.range(start, end));
}

/** Jumps to a claim the reader picked in the popup: scrolls to it, flashes it and opens its card. */
class Jumps {
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: PageRun) {}

  jump(claim: number): boolean {
    const { run } = this;
    const found = extentOf(run, claim);
    const { analysis } = run;
    if (!analysis || !found) return false;
    const range = analysis.painter.range(found.start, found.end);
    const target = range?.startContainer.parentElement;
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    // The card comes with it, focused: keyboard users reach it this way, as they cannot click a highlight.
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    run.card.show(analysis.claims[claim], box.left + Math.min(box.width, 320) / 2, box.bottom, true);
    const flash = found.a.content.map(([start, end]) => ({ start, end, style: 'flash' as const, claim }));
    clearTimeout(this.#flashTimer);
    run.style(activePalette());
    run.watcher.withoutObserving(() => analysis.painter.paint(run.painted.concat(flash)));
    this.#flashTimer = setTimeout(() => {
      const now = run.analysis;
      if (!run.signal.aborted && now) run.watcher.withoutObserving(() => now.painter.paint(run.painted));
    }, FLASH_MS);
    return true;
  }

  stop(): void {
    clearTimeout(this.#flashTimer);
  }
}

/** Hit-test a click against the painted spans; show the claim's card. */
function showClickedClaim(run: PageRun, event: MouseEvent): void {
  const { card, analysis, painted, doc } = run;
  // Only the reader's own clicks: a page's script can dispatch clicks anywhere.
  if (!event.isTrusted || card.contains(event)) return;
  if (card.open) card.hide();
  if (!analysis || painted.length === 0 || event.button !== 0) return;
  if (!run.win.getSelection()?.isCollapsed) return;
  const point = caretAt(doc, event.clientX, event.clientY);
  if (!point) return;
  const offset = analysis.painter.offsetAt(point.node, point.offset);
  if (offset === null) return;
  const hit = painted.find((span) => span.start <= offset && offset <= span.end && spanContains(analysis.painter, span, event));
  if (hit) card.show(analysis.claims[hit.claim], event.clientX, event.clientY);
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** caretPositionFromPoint snaps to the nearest character; the click must be on the span's text. */
function spanContains(painter: Painter, span: PaintSpan, event: MouseEvent): boolean {
  const range = painter.range(span.start, span.end);
  if (!range) return false;
  return Array.from(range.getClientRects()).some(
    (r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom,
  );
}
