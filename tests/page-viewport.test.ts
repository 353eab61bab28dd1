import { describe, expect, it } from 'vitest';
import { claimNearCentre, type ClaimExtent } from '../lib/page/viewport';

/**
 * Claims one a line of 20 px, 50 characters apart in the text, listed in `order`; a range's box is
 * its line minus the scroll position. Counts the boxes asked for.
 */
function layout(count: number, scrollY: number, order: (ids: number[]) => number[] = (ids) => ids) {
  const claims: ClaimExtent[] = order([...Array(count).keys()]).map((id) => ({ id, start: id * 50, end: id * 50 + 40 }));
  let measured = 0;
  const rangeOf = (start: number) =>
    ({
      getBoundingClientRect: () => {
        measured++;
        const top = (start / 50) * 20 - scrollY;
        return { top, bottom: top + 20 } as DOMRect;
      },
    }) as Range;
  const win = { innerHeight: 720 } as Window;
  return { find: () => claimNearCentre(win, claims, rangeOf), measured: () => measured };
}

describe('claim in the middle of the viewport', () => {
  it('is the claim on the middle line, among a few claims and among thousands', () => {
    for (const count of [40, 3000]) {
      // Lines 0-35 in view: the middle (360 px) lies between lines 17 and 18.
      expect(layout(count, 0).find()).toBe(17);
    }
    expect(layout(3000, 40_000).find()).toBe(2017);
    expect(layout(3000, 3000 * 20 - 720).find()).toBe(2981);
  });

  it('measures a few dozen of 3,000 claims, in whatever order they are listed', () => {
    const page = layout(3000, 40_000, (ids) => ids.reverse());
    expect(page.find()).toBe(2017);
    expect(page.measured()).toBeLessThan(40);
  });
});
