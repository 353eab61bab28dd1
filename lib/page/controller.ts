import { browser } from 'wxt/browser';
import type { Attribution, Lang } from '../engine/types';
import {
  isContentRequest,
  MAX_MESSAGE_TEXT,
  packBlocks,
  type AnalyseResponse,
  type BackgroundRequest,
  type ClaimView,
  type ContentRequest,
  type PageState,
  type PageStatus,
  type ViewportReport,
} from '../messages';
import { activePalette, createPainter, MARK_TAG, type Painter } from '../paint/painter';
import type { Palette } from '../paint/palette';
import { planPaint, type PaintSpan } from '../paint/plan';
import { siteView, watchSettings, type Settings, type SiteView } from '../settings';
import { CARD_TAG, CardLayer } from './card';
import { appendedNodes } from './changes';
import { buildClaims } from './claims';
import { pageBlockSteps } from './blocks';
import { appendPageText, collectAddedText, collectPageTextInSlices, runInSlices, type PageText } from './collect';
import { claimNearCentre, reportClaimInView } from './viewport';

/** Quiet time after page mutations before the changes are read: one read per burst. */
const MUTATION_SETTLE_MS = 500;
/**
 * Longest a burst of mutations may put the read off beyond the quiet time: a page that never
 * goes quiet (a ticker changing every 100 ms) is still read.
 */
const MUTATION_MAX_DELAY_MS = 1500;
/**
 * Appended text is read block by block until it outgrows the text read whole (or this many
 * characters); then the page is read whole again, so speakers named earlier resolve across it.
 */
const MAX_APPENDED_CHARS = 50_000;
/** Longest wait between re-reads on a page whose text keeps not changing. */
const MAX_SETTLE_MS = 30_000;
/** How long a claim stays flashed after a jump from the popup. */
const FLASH_MS = 1600;

interface Analysis {
  page: PageText;
  lang: Lang;
  attributions: Attribution[];
  claims: ClaimView[];
  painter: Painter;
}

function send(message: BackgroundRequest | ViewportReport): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Runs Who Said in one page with the settings read at start: collects the text, has the
 * background analyse it, paints the result in the chosen mode and answers the popup. Everything it starts stops when `signal`
 * aborts, and every trace is removed from the page.
 */
export async function runInPage(doc: Document, settings: Settings, signal: AbortSignal): Promise<void> {
  const win = doc.defaultView!;
  const host = win.location.hostname;
  let site: SiteView = siteView(settings, host);
  /** Whether the reader keeps a claims log: then every finished read sends the page's full claim list. */
  let logging = settings.log;
  let status: PageStatus = site.disabled ? 'disabled' : 'analysing';
  let error: string | undefined;
  let analysis: Analysis | null = null;
  let painted: PaintSpan[] = [];
  let generation = 0;
  /** Whether the read numbered `mine` was overtaken by a newer read, a setting or the end. */
  const overtaken = (mine: number) => signal.aborted || mine !== generation || site.disabled;
  /** The address the analysis belongs to, without its fragment: single-page apps change it. */
  let analysedUrl = '';
  /** Characters appended to the analysis since the page was last read whole. */
  let appendedChars = 0;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const card = new CardLayer(doc);

  const sendToLog = () => {
    if (logging && analysis) void send({ type: 'log', url: analysedUrl, title: doc.title.slice(0, 1000), claims: analysis.claims }).catch(() => undefined);
  };
  const plan = (attributions: Attribution[], claims: ClaimView[]) =>
    planPaint(attributions, claims, site.mode).filter((span) => site.kinds.includes(claims[span.claim].kind));

  /** The palette whose paint styles the page holds: asked for on the first paint, not at load. */
  let styled: Palette | null = null;
  const style = (palette: Palette | null) => {
    if (palette === styled) return;
    styled = palette;
    void send({ type: 'styles', palette }).catch(() => undefined);
  };

  const paint = () => {
    if (!analysis) return;
    painted = plan(analysis.attributions, analysis.claims);
    if (painted.length > 0) style(activePalette());
    withoutObserving(() => analysis!.painter.paint(painted));
  };

  /**
   * A painter for `page` with the ranges to paint built in slices between the page's tasks (the
   * current highlights stay meanwhile); null when a newer read or a setting overtook it.
   */
  const preparedPainter = async (page: PageText, attributions: Attribution[], claims: ClaimView[], mine: number) => {
    const painter = createPainter(page, win);
    const built = await runInSlices(painter.prepare(plan(attributions, claims)), win, signal);
    return built === null || overtaken(mine) ? null : painter;
  };

  const unpaint = () => {
    card.hide();
    if (analysis) withoutObserving(() => analysis!.painter.clear());
    painted = [];
  };

  /** Any failure ends in a state the popup shows, never in "analysing" for ever. */
  const fail = (e: unknown) => {
    if (signal.aborted) return;
    unpaint();
    analysis = null;
    status = 'error';
    error = messageOf(e);
    console.warn('Who Said could not read this page:', e);
  };

  /** Characters read when the page's text was longer than one message can carry, else undefined. */
  let readChars: number | undefined;

  const analyse = () => analyseOnce().catch(fail);

  /**
   * The background's answer for `page` (its blocks found in slices between the page's tasks);
   * null when a newer read or a setting overtook it meanwhile.
   */
  const analysed = async (page: PageText, lang: Lang | undefined, mine: number): Promise<AnalyseResponse | null> => {
    const found = await runInSlices(pageBlockSteps(page), win, signal);
    if (!found || overtaken(mine)) return null;
    let response: AnalyseResponse;
    try {
      const blocks = packBlocks(found, MAX_MESSAGE_TEXT);
      response = (await send({ type: 'analyse', text: page.text.slice(0, MAX_MESSAGE_TEXT), lang, blocks })) as AnalyseResponse;
    } catch (e) {
      response = { ok: false, error: messageOf(e) };
    }
    return overtaken(mine) ? null : response;
  };

  const analyseOnce = async () => {
    const mine = ++generation;
    status = 'analysing';
    analysedUrl = pageAddress(win);
    appendedChars = 0;
    let page: PageText | null;
    try {
      page = await collectPageTextInSlices(doc, signal);
    } catch (e) {
      if (mine === generation) fail(e);
      return;
    }
    if (!page || overtaken(mine)) return;
    const lang = page.lang === 'de' || page.lang === 'en' ? page.lang : undefined;
    readChars = page.text.length > MAX_MESSAGE_TEXT ? MAX_MESSAGE_TEXT : undefined;
    const response = await analysed(page, lang, mine);
    if (response === null) return;
    if (!response || !response.ok) {
      unpaint();
      analysis = null;
      status = 'error';
      error = response?.error ?? 'no answer from the analyser';
      return;
    }
    const { attributions, lang: read } = response.result;
    const claims = buildClaims(page.text, attributions);
    const painter = await preparedPainter(page, attributions, claims, mine);
    if (!painter) return;
    unpaint();
    analysis = { page, lang: read, attributions, claims, painter };
    observeScopes(page);
    status = 'ready';
    error = undefined;
    paint();
    void send({ type: 'badge', count: attributions.length }).catch(() => undefined);
    sendToLog();
  };

  /** Reads only the blocks appended after the analysed text and adds their claims. */
  const extend = async (nodes: Node[]) => {
    const base = analysis!;
    let added: PageText | null;
    try {
      added = collectAddedText(doc, base.page, nodes);
    } catch {
      return analyse();
    }
    if (!added) return analyse();
    if (!added.text) return;
    appendedChars += added.text.length;
    if (appendedChars > Math.max(MAX_APPENDED_CHARS, base.page.text.length)) return analyse();
    const mine = ++generation;
    status = 'analysing';
    const response = await analysed(added, base.lang, mine);
    if (response === null) return;
    if (!response || !response.ok) return analyse();
    const shift = base.page.text.length + 1;
    const page = appendPageText(base.page, added);
    const attributions = base.attributions.concat(response.result.attributions.map((a) => shiftAttribution(a, shift)));
    const claims = buildClaims(page.text, attributions);
    const painter = await preparedPainter(page, attributions, claims, mine);
    if (!painter) return;
    unpaint();
    analysis = { page, lang: base.lang, attributions, claims, painter };
    observeScopes(page);
    status = 'ready';
    paint();
    void send({ type: 'badge', count: attributions.length }).catch(() => undefined);
    sendToLog();
  };

  const apply = (next: SiteView) => {
    const wasDisabled = site.disabled;
    site = next;
    if (site.disabled) {
      generation++;
      unpaint();
      style(null);
      analysis = null;
      status = 'disabled';
      void send({ type: 'badge', count: null }).catch(() => undefined);
    } else if (wasDisabled || !analysis) {
      void analyse();
    } else {
      card.hide();
      paint();
    }
  };

  const state = (): PageState => ({
    url: win.location.href,
    host: site.host,
    status,
    mode: site.mode,
    overridden: site.overridden,
    lang: analysis?.lang,
    claims: analysis?.claims ?? [],
    inView: inView(),
    error,
    readChars,
  });

  const spanOf = (claim: number) => {
    const a = analysis?.attributions[claim];
    if (!a) return null;
    const spans = [...a.content, ...a.source, ...a.cue];
    if (spans.length === 0) return null;
    return { id: claim, start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])), a };
  };

  /** The shown claim nearest the middle of the viewport, for the side panel. */
  const inView = () => {
    if (!analysis) return undefined;
    const shown = analysis.claims.filter((c) => site.kinds.includes(c.kind));
    return claimNearCentre(win, shown.flatMap((c) => spanOf(c.id) ?? []), (start, end) => analysis!.painter.range(start, end));
  };
  reportClaimInView(win, signal, inView, (claim) => void send({ type: 'viewport', claim }).catch(() => undefined));

  const jump = (claim: number): boolean => {
    const found = spanOf(claim);
    if (!analysis || !found) return false;
    const range = analysis.painter.range(found.start, found.end);
    const target = range?.startContainer.parentElement;
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    // The card comes with it, focused: keyboard users reach it this way, as they cannot click a highlight.
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    card.show(analysis.claims[claim], box.left + Math.min(box.width, 320) / 2, box.bottom, true);
    const flash = found.a.content.map(([start, end]) => ({ start, end, style: 'flash' as const, claim }));
    clearTimeout(flashTimer);
    style(activePalette());
    withoutObserving(() => analysis!.painter.paint(painted.concat(flash)));
    flashTimer = setTimeout(() => {
      if (!signal.aborted && analysis) withoutObserving(() => analysis!.painter.paint(painted));
    }, FLASH_MS);
    return true;
  };

  const onMessage = (message: unknown, sender: { id?: string }, reply: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    const request: ContentRequest = message;
    if (request.type === 'state') reply(state());
    else reply({ ok: jump(request.claim) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  /** Hit-test a click against the painted spans; show the claim's card. */
  const onClick = (event: MouseEvent) => {
    // Only the reader's own clicks: a page's script can dispatch clicks anywhere.
    if (!event.isTrusted || card.contains(event)) return;
    if (card.open) card.hide();
    if (!analysis || painted.length === 0 || event.button !== 0) return;
    if (!win.getSelection()?.isCollapsed) return;
    const point = caretAt(doc, event.clientX, event.clientY);
    if (!point) return;
    const offset = analysis.painter.offsetAt(point.node, point.offset);
    if (offset === null) return;
    const hit = painted.find((span) => span.start <= offset && offset <= span.end && spanContains(analysis!.painter, span, event));
    if (hit) card.show(analysis.claims[hit.claim], event.clientX, event.clientY);
  };
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && card.hide(), { signal });

  /**
   * Follows the page's own changes (our marks and card are ignored): a new address (single-page
   * navigation) or any other change reads the page whole again; blocks appended after the article
   * text are read on their own. Pages that keep changing other things (clocks, tickers) are
   * re-read ever less often.
   */
  let paused = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleMs = MUTATION_SETTLE_MS;
  let pending: MutationRecord[] = [];
  /** When the first mutation not yet read came in. */
  let burstStart: number | null = null;
  function withoutObserving(change: () => void) {
    paused = true;
    try {
      change();
    } finally {
      observer.takeRecords();
      paused = false;
    }
  }
  const settle = async () => {
    if (signal.aborted || site.disabled) return;
    if (status === 'analysing') {
      settleTimer = setTimeout(() => void settle(), settleMs);
      return;
    }
    const records = pending;
    pending = [];
    burstStart = null;
    if (!analysis || pageAddress(win) !== analysedUrl) {
      settleMs = MUTATION_SETTLE_MS;
      void analyse();
      return;
    }
    const appended = appendedNodes(records, analysis.page);
    if (appended) {
      settleMs = MUTATION_SETTLE_MS;
      void extend(appended);
      return;
    }
    const read = analysis;
    const readGeneration = generation;
    let now: PageText | null;
    try {
      now = await collectPageTextInSlices(doc, signal);
    } catch (e) {
      if (generation === readGeneration) fail(e);
      return;
    }
    // A read or a setting that came in meanwhile has the page in hand.
    if (!now || overtaken(readGeneration)) return;
    if (now.text === read.page.text) {
      settleMs = Math.min(settleMs * 2, MAX_SETTLE_MS);
      return;
    }
    settleMs = MUTATION_SETTLE_MS;
    void analyse();
  };
  const observer = new MutationObserver((records) => {
    if (paused || site.disabled) return;
    const theirs = records.filter((record) => !isOwnMutation(record));
    if (theirs.length === 0) return;
    pending.push(...theirs);
    const now = performance.now();
    burstStart ??= now;
    clearTimeout(settleTimer);
    const wait = Math.min(settleMs, burstStart + settleMs + MUTATION_MAX_DELAY_MS - now);
    settleTimer = setTimeout(() => void settle(), Math.max(0, wait));
  });
  const observed = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.documentElement, observed);
  /** Shadow roots and frame documents the text came from change out of the document's sight. */
  function observeScopes(page: PageText) {
    for (const scope of page.scopes ?? []) observer.observe(scope, observed);
  }

  watchSettings((next) => {
    const wasLogging = logging;
    logging = next.log;
    apply(siteView(next, host));
    // Turned on while the page is open: the page read already goes into the log.
    if (logging && !wasLogging && status === 'ready') sendToLog();
  }, signal);

  signal.addEventListener(
    'abort',
    () => {
      generation++;
      observer.disconnect();
      clearTimeout(settleTimer);
      clearTimeout(flashTimer);
      browser.runtime.onMessage.removeListener(onMessage);
      unpaint();
      style(null);
      analysis = null;
    },
    { once: true },
  );

  await afterLoad(win, signal);
  if (!site.disabled && !signal.aborted && !analysis) await analyse();
}

/**
 * Resolves in a task of its own after the page's load event (at once when it has fired): the
 * first read never delays the page's own loading.
 */
function afterLoad(win: Window, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    if (win.document.readyState === 'complete') later();
    else win.addEventListener('load', later, { once: true, signal });
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The page's address without its fragment: jumping to an anchor is not a new page. */
function pageAddress(win: Window): string {
  return win.location.href.replace(/#.*$/, '');
}

function shiftAttribution(a: Attribution, by: number): Attribution {
  const shift = (spans: Attribution['content']) => spans.map(([s, e]): [number, number] => [s + by, e + by]);
  return { ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) };
}

function isOwnMutation(record: MutationRecord): boolean {
  const own = (node: Node) => node.nodeName === MARK_TAG.toUpperCase() || node.nodeName === CARD_TAG.toUpperCase();
  if (record.type === 'childList') {
    const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return changed.length > 0 && changed.every(own);
  }
  return false;
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
