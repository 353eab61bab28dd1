/**
 * Runs in a page before its own scripts: notes the wall-clock time of the first highlight as
 * `window.__paintedAt`, polled every 4 ms from the page's own world (the content script's
 * isolated world shares the page's CSS.highlights registry), for the browser benchmarks.
 */
export const PAINT_PROBE = `
  const poll = () => {
    if (window.CSS && CSS.highlights && CSS.highlights.size > 0) window.__paintedAt = performance.timeOrigin + performance.now();
    else setTimeout(poll, 4);
  };
  poll();
`;
