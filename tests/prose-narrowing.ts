import { expect } from 'vitest';
import { collectPageText, measureProse, proseWithin, runAtOnce } from '../lib/page/collect';

/**
 * The article region's prose is taken from the measurement over the whole page rather than
 * measured again: for the region the page is read from and for elements spread over the page, the
 * figures narrowed to the element must equal a fresh measurement under it. Returns how many were compared.
 */
export function expectProseNarrowsExactly(doc: Document, samples = 40): number {
  const body = doc.body;
  const whole = runAtOnce(measureProse(body));
  const all = Array.from(body.querySelectorAll('*'));
  const step = Math.max(1, Math.floor(all.length / samples));
  const candidates = [collectPageText(doc).root, ...all.filter((_, i) => i % step === 0)];
  let compared = 0;
  for (const el of candidates) {
    const narrowed = runAtOnce(proseWithin(el, whole));
    if (!narrowed) continue;
    const fresh = runAtOnce(measureProse(el));
    expect([...narrowed.chars], `${el.tagName}.${el.className}`).toEqual([...fresh.chars]);
    expect([...narrowed.blocks]).toEqual([...fresh.blocks]);
    expect([...narrowed.texts]).toEqual([...fresh.texts]);
    compared++;
  }
  return compared;
}
