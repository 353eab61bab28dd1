/** Scrolling is read at most this often for the side panel's "claim in view". */
const VIEWPORT_THROTTLE_MS = 200;

export interface ClaimExtent {
  id: number;
  start: number;
  end: number;
}

/** The claim whose text has its middle nearest the middle of the viewport. */
export function claimNearCentre(win: Window, claims: ClaimExtent[], rangeOf: (start: number, end: number) => Range | null): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const { id, start, end } of claims) {
    const box = rangeOf(start, end)?.getBoundingClientRect();
    const distance = box ? Math.abs(box.top + box.bottom - win.innerHeight) : Infinity;
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

/** Calls `report` when scrolling (of the page or any element in it) brings another claim to the middle. */
export function reportClaimInView(win: Window, signal: AbortSignal, inView: () => number | undefined, report: (claim: number) => void): void {
  let last: number | undefined;
  afterScrolling(win, signal, VIEWPORT_THROTTLE_MS, () => {
    const claim = inView();
    if (claim !== undefined && claim !== last) report((last = claim));
  });
}

/**
 * Calls `then` at most every `ms` milliseconds while the page or any element in it scrolls, the
 * last time after the scrolling; never after `signal` aborts.
 */
export function afterScrolling(win: Window, signal: AbortSignal, ms: number, then: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    // A check due after the abort finds the signal aborted and does nothing.
    if (!signal.aborted) then();
  };
  win.addEventListener('scroll', () => void (timer ??= setTimeout(check, ms)), { capture: true, passive: true, signal });
}
