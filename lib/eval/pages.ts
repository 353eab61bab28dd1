/**
 * Scores claims found on a real page against the page's gold (tests/golden/<lang>/<page>.gold.json,
 * annotated by reading the page; see tests/golden/ANNOTATION.md). A reader's measure rather than
 * the corpora's token offsets: a found claim matches a gold claim when they share most of their
 * words, and its speaker is right when the resolved entity names the gold speaker, or both are
 * unnamed. Used by `npm run eval -- --pages` and by the browser tests on the saved pages.
 */
import type { Entity, Kind, Lang } from '../engine/types';

export interface GoldClaim {
  /** The claim's words as the page gives them (verbatim). */
  content: string;
  /** Further parts of a quote split around its cue (`"A," he said. "B."`). */
  content_more?: string[];
  /** The source mention as written, or null when no speaker is named. */
  source: string | null;
  /** Who the source is, resolved within the article; null for claims without a named source. */
  speaker: string | null;
  cue: string | null;
  kind: Kind;
  /** Borderline (thoughts, plans, captions …): neither demanded nor held against a finding. */
  optional: boolean;
  note?: string;
}

export interface PageGold {
  page: string;
  lang: Lang;
  complete: boolean;
  notes: string;
  claims: GoldClaim[];
}

/** A claim as the popup shows it: parts of a discontinuous claim joined by ` … `. */
export interface FoundClaim {
  claim: string;
  source: string;
  entity: Entity;
  kind: Kind;
  /** Element of the block the claim starts in (`P`, `H2`, `LI` …), where known. */
  block?: string;
}

/**
 * Why a found claim is wrong, as a reader would put it:
 * - no claim: no gold claim shares its words (the author's text, a heading, a byline …);
 * - fragment: most of its words lie in a gold claim, but too few of that claim's to be it;
 * - duplicate: a second finding of a gold claim already matched;
 * - no speaker: the claim is right, but shown without the speaker the page names;
 * - invented speaker: the page names nobody, the finding does;
 * - wrong speaker: the claim is right, the speaker another.
 */
export type WrongClass = 'no claim' | 'fragment' | 'duplicate' | 'no speaker' | 'invented speaker' | 'wrong speaker';

export interface WrongClaim {
  cls: WrongClass;
  found: FoundClaim;
  gold?: GoldClaim;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  /** Claims found, ignoring the speaker. */
  claim: Counts;
  /** Claims found with the right speaker. */
  speaker: Counts;
  wrong: WrongClaim[];
  missed: GoldClaim[];
  /** How each found claim fares, by its index: what a model learns to tell apart. */
  outcomes: Outcome[];
}

/** A found claim is right (claim and speaker), matches an optional gold claim, or is wrong. */
export type Outcome = 'right' | 'optional' | WrongClass;

/** Share of each side's words that two claims must have in common to be one claim. */
const MIN_SHARED = 0.5;

/** Words that do not tell one speaker from another: articles, titles, prepositions inside names. */
const NAME_FILLERS = new Set([
  'the', 'a', 'an', 'of', 'for', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 's',
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'herr', 'herrn', 'frau', 'von', 'vom', 'für',
]);

const WORD = /[\p{L}\p{N}]+/gu;

export const words = (s: string): string[] => (s.toLowerCase().match(WORD) ?? []);

/** Shared words of two word lists, counted with multiplicity. */
function shared(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of a) {
    const c = counts.get(w);
    if (c) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
}

/**
 * How well a found claim's words cover one gold claim (0 when it is not that claim), and whether
 * the finding lies mostly inside it (a fragment when the score is 0).
 */
function overlap(found: string[], gold: GoldClaim): { score: number; inside: boolean } {
  const parts = [gold.content, ...(gold.content_more ?? [])];
  const versions = parts.length > 1 ? [...parts, parts.join(' ')] : parts;
  let score = 0;
  let inside = false;
  for (const version of versions) {
    const g = words(version);
    const n = shared(found, g);
    if (found.length && n >= MIN_SHARED * found.length) inside = true;
    if (g.length && found.length && n >= MIN_SHARED * g.length && n >= MIN_SHARED * found.length) {
      score = Math.max(score, (2 * n) / (g.length + found.length));
    }
  }
  return { score, inside };
}

const nameWords = (s: string): string[] => words(s).filter((w) => !NAME_FILLERS.has(w));

const isUnnamed = (entity: Entity): boolean => entity.type === 'unnamed' || !entity.name.trim();

/**
 * The found entity names the gold speaker: one name's words hold the other's (`Trump` ~ `Donald
 * Trump`), or both end in the same word, as a role before a name or a declined adjective does
 * (`ATU-Organisator Gutierrez` ~ `Antonio Gutierrez`, `Europäischen Rechnungshof` ~ `Europäischer
 * Rechnungshof`), but not `Trump's advisers` ~ `Donald Trump`.
 */
export function sameSpeaker(entity: Entity, speaker: string | null): boolean {
  if (speaker === null) return isUnnamed(entity);
  if (isUnnamed(entity)) return false;
  const ours = nameWords(entity.name);
  const theirs = nameWords(speaker);
  if (!ours.length || !theirs.length) return false;
  const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  return within(ours, theirs) || within(theirs, ours) || ours[ours.length - 1] === theirs[theirs.length - 1];
}

function speakerError(found: FoundClaim, gold: GoldClaim): WrongClass {
  if (gold.speaker === null) return 'invented speaker';
  return isUnnamed(found.entity) ? 'no speaker' : 'wrong speaker';
}

/**
 * Matches found claims one-to-one to gold claims, best overlap first, and counts. A finding that
 * matches an optional gold claim is neither right nor wrong; optional gold claims are never missed.
 */
export function scorePage(gold: PageGold, found: FoundClaim[]): PageScore {
  const foundWords = found.map((f) => words(f.claim));
  const pairs: { fi: number; gi: number; score: number }[] = [];
  const inside = new Set<number>();
  foundWords.forEach((fw, fi) =>
    gold.claims.forEach((g, gi) => {
      const o = overlap(fw, g);
      if (o.inside) inside.add(fi);
      if (o.score > 0) pairs.push({ fi, gi, score: o.score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.fi - b.fi || a.gi - b.gi);
  const goldOf = new Map<number, number>();
  const foundOf = new Map<number, number>();
  for (const p of pairs) {
    if (goldOf.has(p.fi) || foundOf.has(p.gi)) continue;
    goldOf.set(p.fi, p.gi);
    foundOf.set(p.gi, p.fi);
  }
  const matchable = new Set(pairs.map((p) => p.fi));
  const claim: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Counts = { tp: 0, fp: 0, fn: 0 };
  const wrong: WrongClaim[] = [];
  const outcomes: Outcome[] = found.map((f, fi) => {
    const gi = goldOf.get(fi);
    if (gi === undefined) {
      claim.fp++;
      speaker.fp++;
      const cls: WrongClass = matchable.has(fi) ? 'duplicate' : inside.has(fi) ? 'fragment' : 'no claim';
      wrong.push({ cls, found: f, gold: matchable.has(fi) ? gold.claims[pairs.find((p) => p.fi === fi)!.gi] : undefined });
      return cls;
    }
    const g = gold.claims[gi];
    if (g.optional) return 'optional';
    claim.tp++;
    if (sameSpeaker(f.entity, g.speaker)) {
      speaker.tp++;
      return 'right';
    }
    speaker.fp++;
    const cls = speakerError(f, g);
    wrong.push({ cls, found: f, gold: g });
    return cls;
  });
  const missed = gold.claims.filter((g, gi) => !g.optional && !foundOf.has(gi));
  claim.fn = missed.length;
  speaker.fn = gold.claims.filter((g) => !g.optional).length - speaker.tp;
  return { claim, speaker, wrong, missed, outcomes };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A page gold file, checked: a clear error names the file and the claim that is malformed. */
export function parsePageGold(json: string, path: string): PageGold {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  const gold = value as PageGold;
  if (typeof gold?.page !== 'string' || (gold.lang !== 'de' && gold.lang !== 'en') || !Array.isArray(gold.claims)) {
    throw new Error(`${path}: needs "page", "lang" (de|en) and "claims"`);
  }
  gold.claims.forEach((c, i) => {
    const ok =
      typeof c.content === 'string' && c.content.trim() !== '' &&
      (c.source === null || typeof c.source === 'string') &&
      (c.speaker === null || typeof c.speaker === 'string') &&
      typeof c.optional === 'boolean';
    if (!ok) throw new Error(`${path}: claim ${i} needs "content", "source", "speaker" and "optional"`);
  });
  return gold;
}
