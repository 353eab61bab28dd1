import { cardTag, MARK_TAG } from '../paint/names';
import { appendedNodes } from './changes';
import { collectPageTextInSlices, type PageText } from './collect';
import type { PageRun } from './run';
import { sameText } from './text-parts';

/** Quiet time after page mutations before the changes are read: one read per burst. */
const MUTATION_SETTLE_MS = 500;
/**
 * Longest a burst of mutations may put the read off beyond the quiet time: a page that never
 * goes quiet (a ticker changing every 100 ms) is still read.
 */
const MUTATION_MAX_DELAY_MS = 1500;
/** Longest wait between re-reads on a page whose text keeps not changing. */
const MAX_SETTLE_MS = 30_000;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Follows the page's own changes (our marks and card are ignored): a new address (single-page
 * navigation) or any other change reads the page whole again; blocks appended after the article
 * text are read on their own. Pages that keep changing other things (clocks, tickers) are
 * re-read ever less often.
 */
export class PageWatcher {
  #paused = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #settleMs = MUTATION_SETTLE_MS;
  #pending: MutationRecord[] = [];
  /** When the first mutation not yet read came in. */
  #burstStart: number | null = null;
  readonly #observer: MutationObserver;

  constructor(private readonly run: PageRun) {
    this.#observer = new MutationObserver((records) => this.#noted(records));
  }

  /** Starts watching the document. */
  start(): void {
    this.#observer.observe(this.run.doc.documentElement, OBSERVED);
  }

  /** Shadow roots and frame documents the text came from change out of the document's sight. */
  observeScopes(page: PageText): void {
    for (const scope of page.scopes ?? []) this.#observer.observe(scope, OBSERVED);
  }

  /** Runs `change` (our own painting) without taking its mutations for the page's. */
  withoutObserving(change: () => void): void {
    this.#paused = true;
    try {
      change();
    } finally {
      this.#observer.takeRecords();
      this.#paused = false;
    }
  }

  stop(): void {
    this.#observer.disconnect();
    clearTimeout(this.#settleTimer);
  }

  #noted(records: MutationRecord[]): void {
    if (this.#paused || this.run.site.disabled) return;
    const theirs = records.filter((record) => !isOwnMutation(record));
    if (theirs.length === 0) return;
    this.#pending.push(...theirs);
    const now = performance.now();
    this.#burstStart ??= now;
    clearTimeout(this.#settleTimer);
    const wait = Math.min(this.#settleMs, this.#burstStart + this.#settleMs + MUTATION_MAX_DELAY_MS - now);
    this.#settleTimer = setTimeout(() => void this.#settle(), Math.max(0, wait));
  }

  async #settle(): Promise<void> {
    const { run } = this;
    if (run.signal.aborted || run.site.disabled) return;
    if (run.status === 'analysing') {
      this.#settleTimer = setTimeout(() => void this.#settle(), this.#settleMs);
      return;
    }
    const records = this.#pending;
    this.#pending = [];
    this.#burstStart = null;
    if (!run.analysis || pageAddress(run.win) !== run.analysedUrl) {
      this.#settleMs = MUTATION_SETTLE_MS;
      void run.analyse();
      return;
    }
    const appended = appendedNodes(records, run.analysis.page);
    if (appended) {
      this.#settleMs = MUTATION_SETTLE_MS;
      void run.extend(appended);
      return;
    }
    await this.#reread(run.analysis);
  }

  /** Reads the page again after other changes; reads it whole only when its text changed. */
  async #reread(read: NonNullable<PageRun['analysis']>): Promise<void> {
    const { run } = this;
    const readGeneration = run.generation;
    let now: PageText | null;
    try {
      now = await collectPageTextInSlices(run.doc, run.signal);
    } catch (e) {
      if (run.generation === readGeneration) run.fail(e);
      return;
    }
    // A read or a setting that came in meanwhile has the page in hand.
    if (!now || run.overtaken(readGeneration)) return;
    if (sameText(now.parts, read.page.parts)) {
      this.#settleMs = Math.min(this.#settleMs * 2, MAX_SETTLE_MS);
      return;
    }
    this.#settleMs = MUTATION_SETTLE_MS;
    void run.analyse();
  }
}

/** The page's address without its fragment: jumping to an anchor is not a new page. */
export function pageAddress(win: Window): string {
  return win.location.href.replace(/#.*$/, '');
}

function isOwnMutation(record: MutationRecord): boolean {
  const own = (node: Node) => node.nodeName === MARK_TAG.toUpperCase() || node.nodeName === cardTag().toUpperCase();
  if (record.type === 'childList') {
    const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return changed.length > 0 && changed.every(own);
  }
  return false;
}
