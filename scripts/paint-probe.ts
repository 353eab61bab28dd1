import type { Page } from 'playwright-core';

/** What the probe writes to the page's console when the first highlight shows. */
const PAINTED_MESSAGE = 'paint-probe: painted';

/**
 * Runs in a page before its own scripts: notes the wall-clock time of the first highlight as
 * `window.__paintedAt` and says so on the console, polled every 4 ms from the page's own world
 * (the content script's isolated world shares the page's CSS.highlights registry), for the
 * browser benchmarks.
 */
export const PAINT_PROBE = `
  const poll = () => {
    if (window.CSS && CSS.highlights && CSS.highlights.size > 0) {
      window.__paintedAt = performance.timeOrigin + performance.now();
      console.debug(${JSON.stringify(PAINTED_MESSAGE)});
    } else setTimeout(poll, 4);
  };
  poll();
`;

/**
 * Resolves once the probe has seen the first highlight; call it before the page is loaded. It
 * listens to the console rather than polling with evaluations: a page's first evaluation runs
 * the automation's own script in the page, 15–20 ms of its main thread (seen in traces), which
 * otherwise fell in the very window being measured and delayed the content script's work.
 */
export function paintSeen(page: Page, timeout: number): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === PAINTED_MESSAGE, timeout });
}
