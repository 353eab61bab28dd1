/**
 * Error analysis for `npm run eval -- --errors`: every gold claim the engine missed or got wrong
 * and every claim it made up, classed as the scorer judges them, shown in their sentence and
 * grouped by kind and cue word, biggest group first.
 */
import { splitSentences } from '../engine/sentences';
import type { Lang } from '../engine/types';
import { align, judgePair, type Range, type ScoredAttribution, type ScoredDocument } from './score';

/**
 * - missed: a gold claim no prediction overlaps;
 * - spurious: a prediction that overlaps no gold claim;
 * - boundary: aligned, but content F1 < 0.5 (the scorer counts it as a miss and a false claim);
 * - source: claim found, source wrong.
 */
export type ErrorClass = 'missed' | 'spurious' | 'boundary' | 'source';

const CLASS_TITLE: Record<ErrorClass, string> = {
  missed: 'Missed claims',
  spurious: 'Spurious claims',
  boundary: 'Content boundary (aligned, content F1 < 0.5)',
  source: 'Wrong source (claim found)',
};
const CLASSES = Object.keys(CLASS_TITLE) as ErrorClass[];

/** Examples shown per cue-word group (all of the cue words seen once); the tables count them all. */
const EXAMPLES_PER_GROUP = 8;
/** Longest excerpt shown; longer ones keep their start and end. */
const EXCERPT_MAX = 700;

export interface AttributionError {
  cls: ErrorClass;
  docId: string | number;
  text: string;
  lang: Lang;
  gold?: ScoredAttribution;
  pred?: ScoredAttribution;
}

/** Classifies every error in one document, as lib/eval/score.ts aligns and judges it. */
export function documentErrors(gold: ScoredDocument, pred: ScoredAttribution[] | undefined, lang: Lang): AttributionError[] {
  const text = gold.text ?? '';
  const goldAtts = gold.attributions ?? [];
  const predAtts = pred ?? [];
  const a = align(text, goldAtts, predAtts);
  const base = { docId: gold.id, text, lang };
  const out: AttributionError[] = [];
  a.gold.forEach((g, gi) => {
    if (g.optional) return;
    const pi = a.predOfGold.get(gi);
    if (pi === undefined) return out.push({ ...base, cls: 'missed', gold: goldAtts[gi] });
    const judged = judgePair(a.pred[pi], g);
    if (!judged.claim) out.push({ ...base, cls: 'boundary', gold: goldAtts[gi], pred: predAtts[pi] });
    else if (!judged.source) out.push({ ...base, cls: 'source', gold: goldAtts[gi], pred: predAtts[pi] });
  });
  a.pred.forEach((_, pi) => {
    if (!a.goldOfPred.has(pi)) out.push({ ...base, cls: 'spurious', pred: predAtts[pi] });
  });
  return out;
}

const spansOf = (a: ScoredAttribution | undefined): Range[] => [...(a?.cue ?? []), ...(a?.source ?? []), ...(a?.content ?? [])];

/** The attribution that decides an error's kind and cue word: the gold one when there is one. */
const reference = (e: AttributionError): ScoredAttribution => (e.gold ?? e.pred)!;

function cueWords(text: string, a: ScoredAttribution): string {
  const words = (a.cue ?? []).map(([s, e]) => text.slice(s, e).replace(/\s+/g, ' ').toLowerCase());
  return words.length ? words.join(' … ') : '(no cue)';
}

/** Marks cue as **bold**, source as ⟨…⟩ and content as ⟦…⟧ inside [from, to). */
function marked(text: string, a: ScoredAttribution, from: number, to: number): string {
  const marks: { at: number; order: number; s: string }[] = [];
  const add = (spans: Range[] | null | undefined, open: string, close: string) => {
    for (const [s, e] of spans ?? []) {
      if (e <= from || s >= to) continue;
      marks.push({ at: Math.max(s, from), order: 1, s: open }, { at: Math.min(e, to), order: 0, s: close });
    }
  };
  add(a.content, '⟦', '⟧');
  add(a.source, '⟨', '⟩');
  add(a.cue, '**', '**');
  marks.sort((x, y) => x.at - y.at || x.order - y.order);
  let out = '';
  let at = from;
  for (const m of marks) {
    out += text.slice(at, m.at) + m.s;
    at = m.at;
  }
  return (out + text.slice(at, to)).replace(/\s+/g, ' ');
}

/** The sentences an error's attributions touch. */
function excerptRange(e: AttributionError, sentences: Range[]): [number, number] {
  const spans = [...spansOf(e.gold), ...spansOf(e.pred)];
  const lo = Math.min(...spans.map(([s]) => s));
  const hi = Math.max(...spans.map(([, end]) => end));
  let from = lo;
  let to = hi;
  for (const [s, end] of sentences) {
    if (s <= lo && lo < end) from = Math.min(from, s);
    if (s < hi && hi <= end) to = Math.max(to, end);
  }
  return [from, to];
}

function shorten(s: string): string {
  return s.length <= EXCERPT_MAX ? s : `${s.slice(0, EXCERPT_MAX / 2)} […] ${s.slice(-EXCERPT_MAX / 2)}`;
}

function countBy<T>(items: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** A Markdown report of one corpus's errors. */
export function errorReport(title: string, summary: string, errors: AttributionError[]): string {
  const sentenceCache = new Map<string, Range[]>();
  const sentencesOf = (e: AttributionError) => {
    let s = sentenceCache.get(e.text);
    if (!s) sentenceCache.set(e.text, (s = splitSentences(e.text, e.lang)));
    return s;
  };
  const lines = [
    `# Errors: ${title}`,
    '',
    '```',
    summary.trimEnd(),
    '```',
    '',
    'Marks: **cue**, ⟨source⟩, ⟦content⟧. Kind and cue word are the gold attribution\'s, or the',
    'prediction\'s for spurious claims. A content-boundary error costs a missed and a spurious claim.',
    '',
    '| class | count |',
    '|---|---|',
    ...CLASSES.map((cls) => `| ${CLASS_TITLE[cls]} | ${errors.filter((e) => e.cls === cls).length} |`),
  ];
  for (const cls of CLASSES) {
    const ofClass = errors.filter((e) => e.cls === cls);
    if (!ofClass.length) continue;
    lines.push('', `## ${CLASS_TITLE[cls]}: ${ofClass.length}`, '', '| kind | count |', '|---|---|');
    for (const [kind, items] of countBy(ofClass, (e) => reference(e).kind || 'none')) lines.push(`| ${kind} | ${items.length} |`);
    const byCue = countBy(ofClass, (e) => cueWords(e.text, reference(e)));
    lines.push('', '| cue word | count |', '|---|---|');
    for (const [cue, items] of byCue) lines.push(`| ${cell(cue)} | ${items.length} |`);
    const once = byCue.filter(([, items]) => items.length === 1).flatMap(([, items]) => items);
    const sections: [string, AttributionError[], number][] = byCue
      .filter(([, items]) => items.length > 1)
      .map(([cue, items]) => [`${cue} (${items.length})`, items, EXAMPLES_PER_GROUP]);
    if (once.length) sections.push([`cue words seen once (${once.length})`, once, once.length]);
    for (const [heading, items, shown] of sections) {
      lines.push('', `### ${cls}: ${heading}`, '');
      for (const e of items.slice(0, shown)) {
        const [from, to] = excerptRange(e, sentencesOf(e));
        lines.push(`- \`${e.docId}\` ${reference(e).kind || 'none'}`);
        if (e.gold) lines.push(`  - gold: ${shorten(marked(e.text, e.gold, from, to))}`);
        if (e.pred) lines.push(`  - pred: ${shorten(marked(e.text, e.pred, from, to))}`);
      }
      if (items.length > shown) lines.push(`- … and ${items.length - shown} more`);
    }
  }
  return `${lines.join('\n')}\n`;
}
