import { browser } from 'wxt/browser';
import type { Attribution, Lang } from '../engine/types';
import { analyseRequests, MAX_MESSAGE_TEXT, messageOf, packBlocks, type AnalyseResponse, type BackgroundRequest, type ClaimView, type PageStatus, type ViewportReport } from '../messages';
import { highlightPrefix, keepPaintStart } from '../paint/names';
import { activePalette, createPainter, type Painter } from '../paint/painter';
import type { Palette } from '../paint/palette';
import { planPaint, type PaintSpan } from '../paint/plan';
import { siteView, type Settings, type SiteView } from '../settings';
import { pageBlockSteps } from './blocks';
import { claimSteps } from './claims';
import { appendPageText, collectAddedText, collectPageTextInSlices, runInSlices, type PageText } from './collect';
import { partsLength, partsUpTo } from './text-parts';
import { pageAddress, PageWatcher } from './watch';

/**
 * Appended text is read block by block until it outgrows the text read whole (or this many
 * characters); then the page is read whole again, so speakers named earlier resolve across it.
 */
const MAX_APPENDED_CHARS = 50_000;

export interface Analysis {
  page: PageText;
  lang: Lang;
  attributions: Attribution[];
  claims: ClaimView[];
  painter: Painter;
}

export function send(message: BackgroundRequest | ViewportReport): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * The claim card a highlight opens, drawn by the UI layer (components/CardLayer.tsx) and handed to
 * the run, so that the page's logic holds no interface code.
 */
export interface ClaimCards {
  readonly open: boolean;
  /** `focus` moves keyboard focus into the card (it was opened from the keyboard, via the popup). */
  show(claim: ClaimView, x: number, y: number, focus?: boolean): void;
  /** Whether an event happened inside the card. */
  contains(event: Event): boolean;
  hide(): void;
}

/**
 * One run of Who Said in a page: its state, reading and re-reading the page, and painting the
 * result. The popup's questions (lib/page/answers.ts) and the page's changes (lib/page/watch.ts)
 * reach the page through it; `stop` removes every trace when the run's signal aborts.
 */
export class PageRun {
  readonly win: Window;
  readonly host: string;
  site: SiteView;
  /** Whether the reader keeps a claims log: then every finished read sends the page's full claim list. */
  logging: boolean;
  status: PageStatus;
  error: string | undefined;
  analysis: Analysis | null = null;
  painted: PaintSpan[] = [];
  /** Counts reads; a read remembers its number to find out whether it was overtaken. */
  generation = 0;
  /** The address the analysis belongs to, without its fragment: single-page apps change it. */
  analysedUrl = '';
  /** Characters read when the page's text was longer than one message can carry, else undefined. */
  readChars: number | undefined;
  readonly watcher: PageWatcher;
  /** Characters appended to the analysis since the page was last read whole. */
  #appendedChars = 0;
  /**
   * The palette whose paint styles the page holds: put in with the page's start, or asked for once
   * there is something to paint. A promise, so that reading need not wait for the start's answer:
   * each change follows the one before it.
   */
  #styled: Promise<Palette | null>;

  constructor(
    readonly doc: Document,
    settings: Settings,
    readonly signal: AbortSignal,
    readonly card: ClaimCards,
    styled: Promise<Palette | null> = Promise.resolve(null),
  ) {
    this.#styled = styled.catch(() => null);
    this.win = doc.defaultView!;
    this.host = this.win.location.hostname;
    this.site = siteView(settings, this.host);
    this.logging = settings.log;
    this.status = this.site.disabled ? 'disabled' : 'analysing';
    this.watcher = new PageWatcher(this);
  }

  /** Whether the read numbered `mine` was overtaken by a newer read, a setting or the end. */
  overtaken(mine: number): boolean {
    return this.signal.aborted || mine !== this.generation || this.site.disabled;
  }

  sendToLog(): void {
    if (this.logging && this.analysis) {
      const { analysedUrl: url, doc, analysis } = this;
      void send({ type: 'log', url, title: doc.title.slice(0, 1000), claims: analysis.claims }).catch(() => undefined);
    }
  }

  /** The spans to paint in the site's mode, of the kinds the reader shows. */
  #plan(attributions: Attribution[], claims: ClaimView[]): PaintSpan[] {
    return planPaint(attributions, claims, this.site.mode).filter((span) => this.site.kinds.includes(claims[span.claim].kind));
  }

  /** Has the page hold the paint styles of `palette` (none for null), and tells a later instance which it holds. */
  style(palette: Palette | null): void {
    const prefix = highlightPrefix();
    this.#styled = this.#styled.then((held) => {
      if (palette !== held) void send({ type: 'styles', palette, prefix }).catch(() => undefined);
      return palette;
    });
    keepPaintStart({ prefix, palette: this.#styled });
  }

  paint(): void {
    const { analysis } = this;
    if (!analysis) return;
    this.painted = this.#plan(analysis.attributions, analysis.claims);
    if (this.painted.length > 0) this.style(activePalette());
    this.watcher.withoutObserving(() => analysis.painter.paint(this.painted));
  }

  /** After scrolling: paints the spans that came near the viewport, where not all are painted. */
  followViewport(): void {
    const { analysis } = this;
    if (analysis && this.painted.length > 0) this.watcher.withoutObserving(() => analysis.painter.followViewport());
  }

  unpaint(): void {
    this.card.hide();
    const { analysis } = this;
    if (analysis) this.watcher.withoutObserving(() => analysis.painter.clear());
    this.painted = [];
  }

  /**
   * A painter for `page` with the ranges to paint built in slices between the page's tasks (the
   * current highlights stay meanwhile); null when a newer read or a setting overtook it.
   */
  async #preparedPainter(page: PageText, attributions: Attribution[], claims: ClaimView[], mine: number): Promise<Painter | null> {
    const painter = createPainter(page, this.win);
    const spans = this.#plan(attributions, claims);
    // The styles' round trip through the background runs while the ranges are built, so the
    // first highlights show styled when they are painted rather than one round trip later.
    if (spans.length > 0 && !this.overtaken(mine)) this.style(activePalette());
    const built = await runInSlices(painter.prepare(spans), this.win, this.signal);
    return built === null || this.overtaken(mine) ? null : painter;
  }

  /** Any failure ends in a state the popup shows, never in "analysing" for ever. */
  fail(e: unknown): void {
    if (this.signal.aborted) return;
    this.unpaint();
    this.analysis = null;
    this.status = 'error';
    this.error = messageOf(e);
    console.warn('Who Said could not read this page:', e);
  }

  /** Reads the page whole and paints what the background finds. */
  analyse(): Promise<void> {
    return this.#analyseOnce().catch((e: unknown) => this.fail(e));
  }

  /**
   * The background's answer for `page` (its blocks found in slices between the page's tasks);
   * null when a newer read or a setting overtook it meanwhile.
   */
  async #analysed(page: PageText, lang: Lang | undefined, mine: number): Promise<AnalyseResponse | null> {
    const found = await runInSlices(pageBlockSteps(page), this.win, this.signal);
    if (!found || this.overtaken(mine)) return null;
    let response: AnalyseResponse;
    try {
      const requests = analyseRequests(partsUpTo(page.parts, MAX_MESSAGE_TEXT), lang, packBlocks(found, MAX_MESSAGE_TEXT));
      let answer: unknown;
      for (const request of requests) {
        if (this.overtaken(mine)) return null;
        answer = await send(request);
      }
      response = answer as AnalyseResponse;
    } catch (e) {
      response = { ok: false, error: messageOf(e) };
    }
    return this.overtaken(mine) ? null : response;
  }

  async #analyseOnce(): Promise<void> {
    const mine = ++this.generation;
    this.status = 'analysing';
    this.analysedUrl = pageAddress(this.win);
    this.#appendedChars = 0;
    let page: PageText | null;
    try {
      page = await collectPageTextInSlices(this.doc, this.signal);
    } catch (e) {
      if (mine === this.generation) this.fail(e);
      return;
    }
    if (!page || this.overtaken(mine)) return;
    const lang = page.lang === 'de' || page.lang === 'en' ? page.lang : undefined;
    this.readChars = partsLength(page.parts) > MAX_MESSAGE_TEXT ? MAX_MESSAGE_TEXT : undefined;
    const response = await this.#analysed(page, lang, mine);
    if (response === null) return;
    if (!response || !response.ok) {
      this.unpaint();
      this.analysis = null;
      this.status = 'error';
      this.error = response?.error ?? 'no answer from the analyser';
      return;
    }
    const { attributions, lang: read } = response.result;
    const claims = await runInSlices(claimSteps(page.parts, attributions), this.win, this.signal);
    if (!claims || this.overtaken(mine)) return;
    const painter = await this.#preparedPainter(page, attributions, claims, mine);
    if (!painter) return;
    this.error = undefined;
    this.#show({ page, lang: read, attributions, claims, painter });
  }

  /** Reads only the blocks appended after the analysed text and adds their claims. */
  async extend(nodes: Node[]): Promise<void> {
    const base = this.analysis!;
    let added: PageText | null;
    try {
      added = collectAddedText(this.doc, base.page, nodes);
    } catch {
      return this.analyse();
    }
    if (!added) return this.analyse();
    const addedChars = partsLength(added.parts);
    if (addedChars === 0) return;
    this.#appendedChars += addedChars;
    if (this.#appendedChars > Math.max(MAX_APPENDED_CHARS, partsLength(base.page.parts))) return this.analyse();
    const mine = ++this.generation;
    this.status = 'analysing';
    const response = await this.#analysed(added, base.lang, mine);
    if (response === null) return;
    if (!response || !response.ok) return this.analyse();
    const shift = partsLength(base.page.parts) + 1;
    const page = appendPageText(base.page, added);
    const attributions = base.attributions.concat(response.result.attributions.map((a) => shiftAttribution(a, shift)));
    const claims = await runInSlices(claimSteps(page.parts, attributions), this.win, this.signal);
    if (!claims || this.overtaken(mine)) return;
    const painter = await this.#preparedPainter(page, attributions, claims, mine);
    if (!painter) return;
    this.#show({ page, lang: base.lang, attributions, claims, painter });
  }

  /** Replaces what is shown with a finished read: paints it and tells the badge and the log. */
  #show(analysis: Analysis): void {
    this.unpaint();
    this.analysis = analysis;
    this.watcher.observeScopes(analysis.page);
    this.status = 'ready';
    this.paint();
    void send({ type: 'badge', count: analysis.attributions.length }).catch(() => undefined);
    this.sendToLog();
  }

  /** Follows changed settings: the site's mode, kinds and whether it is read at all, the log. */
  applySettings(next: Settings): void {
    const wasLogging = this.logging;
    this.logging = next.log;
    this.#applySite(siteView(next, this.host));
    // Turned on while the page is open: the page read already goes into the log.
    if (this.logging && !wasLogging && this.status === 'ready') this.sendToLog();
  }

  #applySite(next: SiteView): void {
    const wasDisabled = this.site.disabled;
    this.site = next;
    if (this.site.disabled) {
      this.generation++;
      this.unpaint();
      this.style(null);
      this.analysis = null;
      this.status = 'disabled';
      void send({ type: 'badge', count: null }).catch(() => undefined);
    } else if (wasDisabled || !this.analysis) {
      void this.analyse();
    } else {
      this.card.hide();
      this.paint();
    }
  }

  /** Ends the run: no read finishes after it, and nothing painted stays. */
  stop(): void {
    this.generation++;
    this.watcher.stop();
    this.unpaint();
    this.style(null);
    this.analysis = null;
  }
}

function shiftAttribution(a: Attribution, by: number): Attribution {
  const shift = (spans: Attribution['content']) => spans.map(([s, e]): [number, number] => [s + by, e + by]);
  return { ...a, cue: shift(a.cue), source: shift(a.source), content: shift(a.content) };
}
