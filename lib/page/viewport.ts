/** Scrolling is read at most this often for the side panel's "claim in view". */
const VIEWPORT_THROTTLE_MS = 200;

export interface ClaimExtent {
  id: number;
  start: number;
  end: number;
}

/**
 * Above this many claims, the one in the middle is found by a binary search on their boxes (text
 * further on lies further down) and its neighbours, not by measuring every claim on each scroll.
 */
const MEASURE_EVERY_CLAIM = 200;
/** Claims on either side of the binary search's find that are measured too. */
const NEIGHBOURS = 3;

/** The claim whose text has its middle nearest the middle of the viewport. */
export function claimNearCentre(win: Window, claims: ClaimExtent[], rangeOf: (start: number, end: number) => Range | null): number | undefined {
  const middle = win.innerHeight;
  const box = ({ start, end }: ClaimExtent) => rangeOf(start, end)?.getBoundingClientRect();
  let measured = claims;
  if (claims.length > MEASURE_EVERY_CLAIM) {
    const inOrder = [...claims].sort((a, b) => a.start - b.start);
    let lo = 0;
    let hi = inOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const found = box(inOrder[mid]);
      if (found && found.top + found.bottom < middle) lo = mid + 1;
      else hi = mid;
    }
    measured = inOrder.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS);
  }
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const claim of measured) {
    const found = box(claim);
    const distance = found ? Math.abs(found.top + found.bottom - middle) : Infinity;
    if (distance < bestDistance) [best, bestDistance] = [claim.id, distance];
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
