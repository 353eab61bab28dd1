import type { Palette } from '../paint/palette';
import { watchSettings, type Settings } from '../settings';
import { answerReader } from './answers';
import { PageRun, type ClaimCards } from './run';
import { afterScrolling } from './viewport';

/** Scrolling is followed this often on pages with more claims than are painted at once. */
const PAINT_FOLLOW_MS = 100;

/**
 * Runs Who Said in one page with the settings it started from: collects the text once the page
 * has loaded, has the background analyse it, paints the result in the chosen mode and answers the
 * popup, and follows the settings' changes. `styled` is the palette whose paint styles the page
 * holds already, as the page's start will tell: reading does not wait for it. Everything it starts
 * stops when `signal` aborts, and every trace is removed from the page.
 */
export async function runInPage(doc: Document, settings: Settings, signal: AbortSignal, cards: ClaimCards, styled?: Promise<Palette | null>): Promise<void> {
  const run = new PageRun(doc, settings, signal, cards, styled);
  answerReader(run);
  afterScrolling(run.win, signal, PAINT_FOLLOW_MS, () => run.followViewport());
  watchSettings((next) => run.applySettings(next), signal);
  signal.addEventListener('abort', () => run.stop(), { once: true });
  await afterLoad(run.win, signal);
  if (signal.aborted) return;
  // Watched from the load on: the parser's own insertions before it are no changes to follow.
  run.watcher.start();
  if (!run.site.disabled && !run.analysis) await run.analyse();
}

/**
 * Resolves once the page's load event has fired, so that the first read never delays the page's
 * own loading: at once when the script was started after it (from the popup, in a task of the
 * script's own), else in a task of its own after the event, which the browser runs after the
 * page's first frame.
 */
function afterLoad(win: Window, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.readyState === 'complete') resolve();
    else win.addEventListener('load', () => setTimeout(resolve, 0), { once: true, signal });
  });
}
