/**
 * Load → first highlight of two builds of the extension, as paired loads that take turns: each
 * pair loads a page once in a Chromium with build A and once in one with build B (the order
 * alternating), and the table gives the median of B − A over the pairs with its quartiles. On a
 * shared machine single loads scatter by tens of milliseconds; the paired difference does not.
 * Each build's `performance.mark`s named `who-said:*` (an instrumented build) are printed too,
 * as medians after the load event. Prints figures, asserts nothing.
 *
 *   npm run build && tsx scripts/bench-pairs.ts OTHER_CHECKOUT [PAIRS] [page paths…]
 *
 * OTHER_CHECKOUT is another checkout of the repository with its own `npm run build` (build A);
 * this checkout's build is B. Pages default to the seed article and cnn.com-2.
 */
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { HAVE_SHARED, startServer } from '../tests/e2e/server';
import { PAINT_PROBE, paintSeen } from './paint-probe';

const DEFAULT_PAGES = ['fixtures/seed-article.html', 'shared/en/cnn.com-2.html'];

interface Load {
  paintMs: number;
  marks: Record<string, number>;
}

type Launch = typeof import('../tests/e2e/browsers').launchChromiumSession;

async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(PAINT_PROBE);
  const painted = paintSeen(page, 20_000);
  await page.goto(url, { waitUntil: 'load' });
  await painted;
  await page.waitForTimeout(200);
  const probe = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('who-said:'));
    return {
      paintedAt: (window as unknown as { __paintedAt: number }).__paintedAt - performance.timeOrigin,
      load: nav.loadEventEnd,
      marks: marks.map((m) => [m.name.slice('who-said:'.length), m.startTime] as const),
    };
  });
  await page.close();
  return { paintMs: probe.paintedAt - probe.load, marks: Object.fromEntries(probe.marks.map(([name, at]) => [name, at - probe.load])) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (ms: number) => ms.toFixed(0);

function markMedians(loads: Load[]): string {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l.marks)))];
  const at = (name: string) => loads.map((l) => l.marks[name]).filter((v) => v !== undefined).sort((p, q) => p - q);
  const order = names.map((name) => [name, quantile(at(name), 0.5)] as const).sort((p, q) => p[1] - q[1]);
  // Each step's own median: the time from the mark before it, load by load.
  return order
    .map(([name, ms], i) => {
      const before = i > 0 ? order[i - 1][0] : undefined;
      const steps = loads.map((l) => l.marks[name] - (before ? l.marks[before] : 0)).filter((v) => !Number.isNaN(v)).sort((p, q) => p - q);
      return `${name} ${fmt(ms)} (+${fmt(quantile(steps, 0.5))})`;
    })
    .join(' · ');
}

async function main(): Promise<void> {
  const [other, pairsArg, ...pageArgs] = process.argv.slice(2);
  if (!other) throw new Error('usage: tsx scripts/bench-pairs.ts OTHER_CHECKOUT [PAIRS] [page paths…]');
  const pairs = Number(pairsArg ?? 30);
  const pages = (pageArgs.length ? pageArgs : DEFAULT_PAGES).filter((p) => !p.startsWith('shared/') || HAVE_SHARED);
  const launchA: Launch = (await import(join(resolve(other), 'tests/e2e/browsers.ts'))).launchChromiumSession;
  const launchB: Launch = (await import('../tests/e2e/browsers')).launchChromiumSession;
  const server = await startServer();
  const a = await launchA();
  const b = await launchB();
  try {
    console.log(`| page | A load → painted ms | B load → painted ms | B − A median (quartiles), ${pairs} pairs |`);
    console.log('|---|---|---|---|');
    const details: string[] = [];
    for (const path of pages) {
      const url = `${server.origin}/${path}`;
      await loadOnce(a.context, url);
      await loadOnce(b.context, url);
      const runsA: Load[] = [];
      const runsB: Load[] = [];
      for (let i = 0; i < pairs; i++) {
        if (i % 2 === 0) {
          runsA.push(await loadOnce(a.context, url));
          runsB.push(await loadOnce(b.context, url));
        } else {
          runsB.push(await loadOnce(b.context, url));
          runsA.push(await loadOnce(a.context, url));
        }
      }
      const paint = (runs: Load[]) => runs.map((r) => r.paintMs).sort((p, q) => p - q);
      const diffs = runsB.map((r, i) => r.paintMs - runsA[i].paintMs).sort((p, q) => p - q);
      const [pa, pb] = [paint(runsA), paint(runsB)];
      console.log(
        `| ${path} | ${fmt(quantile(pa, 0.5))} (${fmt(quantile(pa, 0.25))}–${fmt(quantile(pa, 0.75))}) | ${fmt(quantile(pb, 0.5))} (${fmt(quantile(pb, 0.25))}–${fmt(quantile(pb, 0.75))}) | ${fmt(quantile(diffs, 0.5))} (${fmt(quantile(diffs, 0.25))} to ${fmt(quantile(diffs, 0.75))}) |`,
      );
      const [marksA, marksB] = [markMedians(runsA), markMedians(runsB)];
      if (marksA || marksB) details.push(`${path}\n  A: ${marksA}\n  B: ${marksB}`);
    }
    if (details.length) console.log(`\nmarks after the load event, ms: median at each, (+ median of the step to it)\n${details.join('\n')}`);
  } finally {
    await a.close();
    await b.close();
    await server.close();
  }
}

await main();
