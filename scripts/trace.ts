/**
 * Where the content script's start cost goes: loads a page in Chromium with the built extension,
 * pages read automatically and on demand only in turn, records a performance trace of each load
 * (CDP Tracing) and prints, per kind of main-thread work, the median time each adds up to the load
 * event, with and without the script. Prints figures, asserts nothing.
 *
 *   npm run build && npm run trace -- [page path on the test server, default fixtures/seed-article.html]
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromiumSession, setRun } from '../tests/e2e/browsers';
import { startServer } from '../tests/e2e/server';

const RUNS = 9;
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { data?: { url?: string; frame?: string; styleSheetUrl?: string }; beginData?: { url?: string } };
}

async function trace(page: Page, cdp: CDPSession, url: string): Promise<{ events: TraceEvent[]; load: number }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await cdp.send('Tracing.end');
  await done;
  return { events, load };
}

/** The kind of work a top-level main-thread event is, named by what it runs. */
function kind(event: TraceEvent): string | null {
  const url = event.args?.data?.url ?? event.args?.beginData?.url ?? event.args?.data?.styleSheetUrl ?? '';
  const own = url.startsWith('chrome-extension://') ? ' (extension)' : '';
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.run':
      return `script evaluation${own}`;
    case 'FunctionCall':
    case 'TimerFire':
    case 'EventDispatch':
    case 'FireIdleCallback':
    case 'RunMicrotasks':
      return `script callbacks${own}`;
    case 'ParseAuthorStyleSheet':
      return `style sheet parsing${own}`;
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style recalculation';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
      return 'paint';
    case 'ParseHTML':
      return 'HTML parsing';
    default:
      return null;
  }
}

/** Milliseconds per kind of main-thread work before the load event ended, nested events not counted twice. */
function breakdown(events: TraceEvent[], loadMs: number): Map<string, number> {
  const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
  const origin = navigation?.ts ?? Math.min(...events.map((e) => e.ts));
  const main = events.find((e) => e.name === 'ParseHTML')?.tid;
  const complete = events.filter((e) => e.ph === 'X' && e.tid === main && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const out = new Map<string, number>();
  // Parts of the work above, counted on their own (nested in it): where a script's start goes.
  const parts: Record<string, string> = {
    'LocalWindowProxy::Initialize': '  of which: script context set-up',
    'v8.compile': '  of which: script compilation',
    'DOMWindow::DoPostMessage': '  of which: window.postMessage',
  };
  for (const event of complete) {
    const part = parts[event.name];
    if (part && (event.ts - origin) / 1000 <= loadMs + 50) out.set(part, (out.get(part) ?? 0) + event.dur! / 1000);
  }
  let coveredUntil = 0;
  for (const event of complete) {
    const name = kind(event);
    if (!name || event.ts < coveredUntil) continue;
    if ((event.ts - origin) / 1000 > loadMs + 50) continue;
    coveredUntil = event.ts + event.dur!;
    out.set(name, (out.get(name) ?? 0) + event.dur! / 1000);
  }
  return out;
}

/** Milliseconds from the start of HTML parsing to the milestones of a load: where the script's work falls. */
function milestones(events: TraceEvent[]): Map<string, number> {
  const main = events.find((e) => e.name === 'ParseHTML')?.tid;
  const start = events.find((e) => e.name === 'ParseHTML' && e.tid === main)?.ts ?? 0;
  const at = (e: TraceEvent | undefined, end = false) => (e ? (e.ts + (end ? e.dur ?? 0 : 0) - start) / 1000 : NaN);
  const onMain = events.filter((e) => e.tid === main);
  const own = onMain.filter((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const parsed = onMain.filter((e) => e.name === 'Document::FinishedParsing');
  return new Map([
    ['1 parsing finished', at(parsed[parsed.length - 1], true)],
    ['1b first paint', at(onMain.find((e) => e.name === 'Paint'))],
    ['2 extension script starts', at(own[0])],
    ['3 extension script ends', at(own[own.length - 1], true)],
    ['4 load event', at(onMain.find((e) => e.name === 'MarkLoad'))],
  ]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

async function main(): Promise<void> {
  const path = process.argv[2] ?? 'fixtures/seed-article.html';
  const server = await startServer();
  const session = await launchChromiumSession();
  const runs = { on: [] as Map<string, number>[], off: [] as Map<string, number>[] };
  const loads = { on: [] as number[], off: [] as number[] };
  try {
    for (let r = 0; r <= RUNS; r++) {
      const modes = ['on', 'off'] as const;
      for (let k = 0; k < modes.length; k++) {
        const mode = modes[(r + k) % modes.length];
        if (mode === 'off') await setRun(session.worker, 'on-click');
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        const { events, load } = await trace(page, cdp, `${server.origin}/${path}`);
        await page.close();
        if (mode === 'off') await setRun(session.worker, 'auto');
        if (r === 0) continue;
        runs[mode].push(new Map([...breakdown(events, load), ...milestones(events)]));
        loads[mode].push(load);
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
  const kinds = [...new Set([...runs.on, ...runs.off].flatMap((m) => [...m.keys()]))].sort();
  const fmt = (n: number) => n.toFixed(1).padStart(7);
  console.log(`${path}: median of ${RUNS} traced loads, main-thread ms up to the load event\n`);
  console.log(`${'work'.padEnd(36)}${'on'.padStart(7)}${'off'.padStart(7)}${'Δ'.padStart(7)}`);
  const of = (list: Map<string, number>[], k: string) => median(list.map((m) => m.get(k) ?? 0).filter((x) => !Number.isNaN(x)));
  for (const k of kinds) {
    const on = of(runs.on, k);
    const off = of(runs.off, k);
    console.log(`${k.padEnd(36)}${fmt(on)}${fmt(off)}${fmt(on - off)}`);
  }
  const on = median(loads.on);
  const off = median(loads.off);
  console.log(`${'load event end'.padEnd(36)}${fmt(on)}${fmt(off)}${fmt(on - off)}  (ratio ${(on / off).toFixed(2)})`);
}

await main();
