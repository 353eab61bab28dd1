import { watchSettings, type Settings } from '../settings';
import { answerReader } from './answers';
import { PageRun } from './run';
import { afterScrolling } from './viewport';

/** Scrolling is followed this often on pages with more claims than are painted at once. */
const PAINT_FOLLOW_MS = 100;

/**
 * Runs Who Said in one page with the settings it started from: collects the text, has the
 * background analyse it, paints the result in the chosen mode and answers the popup, and follows
 * the settings' changes and `stored` (the stored settings, once read, where they differ from the
 * ones it started from; null where they do not). Everything it starts stops when `signal` aborts,
 * and every trace is removed from the page.
 */
export async function runInPage(doc: Document, settings: Settings, signal: AbortSignal, stored?: Promise<Settings | null>): Promise<void> {
  const run = new PageRun(doc, settings, signal);
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
