import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractSteps } from '../lib/engine';
import { ExtractQueue } from '../lib/extract-queue';

const seed = readFileSync(join(__dirname, '../seeds/000_e810e4ad3495eada.txt'), 'utf8');
const pagesDir = join(__dirname, '../../shared/pages');
/** Page texts as the extension collects them: a long English page and a German one. */
const SHARED_PAGES = ['large/en.wikipedia.org-1.txt', 'de/heise.de-2.txt'];

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** One step a slice, and a pause that is only a microtask: as many interleavings as there are steps. */
const finestQueue = () => new ExtractQueue({ sliceMs: 0, pause: () => Promise.resolve() });

/** Runs every text through one queue at the same time, so their slices interleave, and checks each against one-shot extraction. */
async function expectSameAsOneShot(texts: string[]): Promise<void> {
  const queue = finestQueue();
  const results = await Promise.all(texts.map((text) => queue.extract(text)));
  results.forEach((result, i) => expect(result).toEqual(extract(texts[i])));
}

describe('extraction in slices, round robin', () => {
  it('pauses many times on a long text', () => {
    const steps = extractSteps(repeatTo('„Das ist gut“, sagte Merkel. ', 200_000));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(50);
  });

  it('equals one-shot extraction on the seed article, interleaved with hostile text', async () => {
    await expectSameAsOneShot([seed, repeatTo('"a," he said, "', 50_000), seed.slice(0, 2000), seed]);
  });

  it('equals one-shot extraction on saved pages', async () => {
    const present = SHARED_PAGES.map((p) => join(pagesDir, p)).filter((p) => existsSync(p));
    if (!present.length) {
      console.log('skipped: ../shared not found');
      return;
    }
    const texts = present.map((p) => readFileSync(p, 'utf8'));
    // Both rule sets run in slices: the English page is also read as German.
    await expectSameAsOneShot([...texts, seed]);
    const queue = finestQueue();
    expect(await queue.extract(texts[0], { lang: 'de' })).toEqual(extract(texts[0], { lang: 'de' }));
  });

  it('rejects a text that is no string, as extract throws', async () => {
    await expect(finestQueue().extract(42 as unknown as string)).rejects.toThrow(TypeError);
  });

  it('lets a small request through while a hostile megabyte is being read', async () => {
    const queue = new ExtractQueue();
    const hostile = repeatTo('"a," he said, "', 1 << 20);
    const start = performance.now();
    let smallDone = 0;
    const big = queue.extract(hostile).then(() => performance.now() - start);
    // The small request arrives after the hostile one has started.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const asked = performance.now();
    const small = queue.extract(seed).then((r) => {
      smallDone = performance.now() - asked;
      return r;
    });
    const [bigMs, smallResult] = await Promise.all([big, small]);
    expect(smallResult).toEqual(extract(seed));
    // Waiting behind the hostile request costs a few slices, not its whole run.
    expect(smallDone, `small request took ${smallDone.toFixed(0)} ms, the hostile one ${bigMs.toFixed(0)} ms`).toBeLessThan(bigMs / 4);
  });
});
