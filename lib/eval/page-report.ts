/**
 * The report of `npm run eval -- --pages`: per page and per language, claim and claim+speaker
 * precision, recall and F1, then every wrong claim with its class and every missed one.
 */
import { addCounts, prf, type Counts, type PageScore, type WrongClass } from './pages';
import type { PageRun } from './real-pages';

const pct = (x: number): string => x.toFixed(3);
const cell = (c: Counts): string => {
  const { p, r, f } = prf(c);
  return `${pct(p)} ${pct(r)} ${pct(f)}`;
};
const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export interface PageTotals {
  claim: Counts;
  speaker: Counts;
  pages: number;
}

export function totals(runs: PageRun[]): PageTotals {
  return runs.reduce(
    (t, r) => ({ claim: addCounts(t.claim, r.score.claim), speaker: addCounts(t.speaker, r.score.speaker), pages: t.pages + 1 }),
    { claim: ZERO, speaker: ZERO, pages: 0 },
  );
}

/** One line per page, then one per language: claims found, gold claims, and P R F1 of both measures. */
export function pageTable(title: string, runs: PageRun[]): string {
  const head = `${'page'.padEnd(34)} found gold  claim P R F1         claim+speaker P R F1`;
  const row = (name: string, s: Pick<PageScore, 'claim' | 'speaker'>) => {
    const found = s.claim.tp + s.claim.fp;
    const gold = s.claim.tp + s.claim.fn;
    return `${name.padEnd(34)} ${String(found).padStart(5)} ${String(gold).padStart(4)}  ${cell(s.claim)}  ${cell(s.speaker)}`;
  };
  const lines = [`== real pages (${title})`, head, ...runs.map((r) => row(r.gold.page, r.score))];
  for (const lang of ['de', 'en'] as const) {
    const of = runs.filter((r) => r.gold.lang === lang);
    if (of.length) lines.push(row(`${lang} (${of.length} pages)`, totals(of)));
  }
  return `${lines.join('\n')}\n`;
}

const CLASS_ORDER: WrongClass[] = ['wrong speaker', 'invented speaker', 'no speaker', 'no claim', 'fragment', 'duplicate'];

/** Every wrong and missed claim, grouped by class, biggest class first. */
export function errorList(runs: PageRun[]): string {
  const out: string[] = [];
  const counts = new Map<string, number>();
  const wrong = runs.flatMap((r) => r.score.wrong.map((w) => ({ ...w, page: r.gold.page })));
  for (const w of wrong) {
    const key = w.cls === 'no claim' && w.found.block ? `${w.cls} (${w.found.block})` : w.cls;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  out.push('== wrong claims by class', ...[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}  ${k}`));
  for (const cls of CLASS_ORDER) {
    const of = wrong.filter((w) => w.cls === cls);
    if (!of.length) continue;
    out.push('', `-- ${cls} (${of.length})`);
    for (const w of of) {
      const said = w.found.entity.name || '(unnamed)';
      const gold = w.gold ? `  [gold: ${w.gold.speaker ?? '(unnamed)'}: ${w.gold.content.slice(0, 60)}]` : '';
      out.push(`${w.page} | ${w.found.block ?? ''} | ${said} ← "${w.found.source}" | ${w.found.claim.slice(0, 100)}${gold}`);
    }
  }
  const missed = runs.flatMap((r) => r.score.missed.map((g) => ({ g, page: r.gold.page })));
  out.push('', `-- missed (${missed.length})`, ...missed.map(({ g, page }) => `${page} | ${g.speaker ?? '(unnamed)'} ← "${g.source ?? ''}" ${g.cue ?? ''} | ${g.content.slice(0, 100)}`));
  return `${out.join('\n')}\n`;
}
