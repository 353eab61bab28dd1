import type { Palette } from '../paint/palette';
import { watchSettings, type Settings } from '../settings';
import { answerReader } from './answers';
import { PageRun, type ClaimCards } from './run';
import { afterScrolling } from './viewport';

/** Scrolling is followed this often on pages with more claims than are painted at once. */
const PAINT_FOLLOW_MS = 100;

/**
 * Runs Who Said in one page with the settings it started from: collects the text, has the
 * background analyse it, paints the result in the chosen mode and answers the popup, and follows
 * the settings' changes and `stored` (the stored settings, once read, where they differ from the
 * ones it started from; null where they do not). `styled` is the palette whose paint styles the
 * page holds already, as the page's start will tell: reading does not wait for it. Everything it
 * starts stops when `signal` aborts, and every trace is removed from the page.
 */
export async function runInPage(doc: Document, settings: Settings, signal: AbortSignal, cards: ClaimCards, stored?: Promise<Settings | null>, styled?: Promise<Palette | null>): Promise<void> {
  const run = new PageRun(doc, settings, signal, cards, styled);
  answerReader(run);
  run.watcher.start();
  afterScrolling(run.win, signal, PAINT_FOLLOW_MS, () => run.followViewport());
  watchSettings((next) => run.applySettings(next), signal);
  void stored?.then((next) => next && !signal.aborted && run.applySettings(next), () => undefined);
  signal.addEventListener('abort', () => run.stop(), { once: true });
  await afterLoad(run.win, signal);
  if (!run.site.disabled && !signal.aborted && !run.analysis) await run.analyse();
}

/**
 * Resolves once the page's load event has fired, so that the first read never delays the page's
 * own loading: at once when the script was started after it (the background starts it then, in a
 * task of the script's own), else in a task of its own after the event. A timeout after a start
 * made after the load event waited 2–45 ms on the seed article, behind the page's own tasks and
 * rendering, before reading began.
 */
function afterLoad(win: Window, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.readyState === 'complete') resolve();
    else win.addEventListener('load', () => setTimeout(resolve, 0), { once: true, signal });
  });
}
