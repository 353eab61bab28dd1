/**
 * Scores predicted attributions against gold ones: a line-for-line port of the reference
 * scorer ../shared/eval/score.py, so that `npm run eval` prints exactly what it prints.
 *
 * Offsets are JavaScript string indices, as in the corpora. score.py counts code points instead;
 * the two agree on text inside the Basic Multilingual Plane, which is all the corpora hold.
 */

/**
 * Python's `re` token pattern `\w+|[^\w\s]` for str. Python's `\w` is `str.isalnum()` or `_`
 * (letters and numbers, no combining marks); its `\s` is `str.isspace()`, which unlike JS `\s`
 * includes U+001C–U+001F and U+0085 and excludes U+FEFF. Checked code point by code point against
 * Python 3.11: the only differences are characters assigned after Unicode 14.
 */
const TOKEN = /[\p{L}\p{N}_]+|[^\p{L}\p{N}_\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;

export const ROLES = ['cue', 'source', 'content'] as const;
export type Role = (typeof ROLES)[number];

/** A [start, end] range as it appears in a JSONL file. */
export type Range = [number, number];

/** An attribution line as score.py reads it: every field optional. */
export interface ScoredAttribution {
  cue?: Range[] | null;
  source?: Range[] | null;
  content?: Range[] | null;
  kind?: string | null;
  optional?: boolean | null;
}

export interface ScoredDocument {
  id: string | number;
  text?: string;
  attributions?: ScoredAttribution[] | null;
}

export type TokenSet = Set<number>;
type RoleTokens = Record<Role, TokenSet>;

export interface Metric {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface ScoreResult {
  documents: number;
  missing_predictions: number;
  roles: Record<Role, Metric>;
  claim: Metric;
  claim_source: Metric;
  recall_by_kind: Record<string, number>;
}

export function tokenSpans(text: string): Range[] {
  return Array.from(text.matchAll(TOKEN), (m) => [m.index, m.index + m[0].length]);
}

export function tokensIn(spans: Range[] | null | undefined, toks: Range[]): TokenSet {
  const out: TokenSet = new Set();
  for (const [s, e] of spans ?? []) {
    toks.forEach(([ts, te], i) => {
      if (ts < e && s < te) out.add(i);
    });
  }
  return out;
}

const intersection = (a: TokenSet, b: TokenSet): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

export const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function prf(tp: number, pred: number, gold: number): Metric {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: f1(p, r), tp, pred, gold };
}

export interface GoldTokens extends RoleTokens {
  optional: boolean;
  kind: string;
}

/** One document's attributions as token sets, aligned one-to-one by largest content overlap. */
export interface Alignment {
  toks: Range[];
  gold: GoldTokens[];
  pred: RoleTokens[];
  goldOfPred: Map<number, number>;
  predOfGold: Map<number, number>;
}

/** How an aligned pair fares: the claim counts when content F1 >= 0.5, the source when it overlaps too. */
export function judgePair(p: RoleTokens, g: RoleTokens): { claim: boolean; source: boolean } {
  const shared = intersection(p.content, g.content);
  const cp = p.content.size ? shared / p.content.size : 0;
  const cr = g.content.size ? shared / g.content.size : 0;
  const claim = f1(cp, cr) >= 0.5;
  const source = intersection(p.source, g.source) > 0 || (p.source.size === 0 && g.source.size === 0);
  return { claim, source: claim && source };
}

export function align(text: string, goldAtts: ScoredAttribution[], predAtts: ScoredAttribution[]): Alignment {
  const toks = tokenSpans(text);
  const roleTokens = (a: ScoredAttribution): RoleTokens => ({
    cue: tokensIn(a.cue, toks),
    source: tokensIn(a.source, toks),
    content: tokensIn(a.content, toks),
  });
  const gold = goldAtts.map((a) => ({ ...roleTokens(a), optional: Boolean(a.optional), kind: a.kind || 'none' }));
  const pred = predAtts.map(roleTokens);
  const pairs: [number, number, number][] = [];
  pred.forEach((p, pi) => gold.forEach((g, gi) => pairs.push([intersection(p.content, g.content), pi, gi])));
  // Python sorts the (overlap, pi, gi) tuples in reverse: biggest overlap first, ties to the later index.
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const goldOfPred = new Map<number, number>();
  const predOfGold = new Map<number, number>();
  for (const [ov, pi, gi] of pairs) {
    if (ov === 0) break;
    if (goldOfPred.has(pi) || predOfGold.has(gi)) continue;
    goldOfPred.set(pi, gi);
    predOfGold.set(gi, pi);
  }
  return { toks, gold, pred, goldOfPred, predOfGold };
}

/** Scores documents keyed by id; gold documents carry `text`. */
export function score(goldDocs: Map<string, ScoredDocument>, predDocs: Map<string, ScoredDocument>): ScoreResult {
  const roleTp = { cue: 0, source: 0, content: 0 };
  const rolePred = { cue: 0, source: 0, content: 0 };
  const roleGold = { cue: 0, source: 0, content: 0 };
  const claims = { pred: 0, gold: 0, found: 0, foundSrc: 0 };
  const kinds = new Map<string, { gold: number; found: number }>();
  let missing = 0;
  for (const [id, gd] of goldDocs) {
    if (!predDocs.has(id)) missing++;
    const { gold, pred, goldOfPred, predOfGold } = align(
      gd.text ?? '',
      gd.attributions ?? [],
      predDocs.get(id)?.attributions ?? [],
    );
    pred.forEach((p, pi) => {
      const gi = goldOfPred.get(pi);
      if (gi !== undefined && gold[gi].optional) return;
      claims.pred++;
      for (const r of ROLES) rolePred[r] += p[r].size;
    });
    gold.forEach((g, gi) => {
      if (g.optional) return;
      claims.gold++;
      let k = kinds.get(g.kind);
      if (!k) kinds.set(g.kind, (k = { gold: 0, found: 0 }));
      k.gold++;
      for (const r of ROLES) roleGold[r] += g[r].size;
      const pi = predOfGold.get(gi);
      if (pi === undefined) return;
      const p = pred[pi];
      for (const r of ROLES) roleTp[r] += intersection(p[r], g[r]);
      const judged = judgePair(p, g);
      if (judged.claim) {
        claims.found++;
        k.found++;
        if (judged.source) claims.foundSrc++;
      }
    });
  }
  const recallByKind: Record<string, number> = {};
  for (const [k, v] of [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (v.gold) recallByKind[k] = v.found / v.gold;
  }
  return {
    documents: goldDocs.size,
    missing_predictions: missing,
    roles: {
      cue: prf(roleTp.cue, rolePred.cue, roleGold.cue),
      source: prf(roleTp.source, rolePred.source, roleGold.source),
      content: prf(roleTp.content, rolePred.content, roleGold.content),
    },
    claim: prf(claims.found, claims.pred, claims.gold),
    claim_source: prf(claims.foundSrc, claims.pred, claims.gold),
    recall_by_kind: recallByKind,
  };
}

/**
 * Python's `format(x, '.Nf')`: the exact binary value rounded half to even. `toFixed` rounds
 * exact ties up instead (0.0625 → "0.063" where Python prints "0.062").
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : x < 0 ? '-inf' : 'nan';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // |x| = mantissa * 2^power exactly.
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  const scale = 10n ** BigInt(digits);
  // |x| * 10^digits = num / den exactly; round half to even.
  let num = mantissa * scale;
  let den = 1n;
  if (power >= 0) num <<= BigInt(power);
  else den <<= BigInt(-power);
  let q = num / den;
  const twiceRest = (num % den) * 2n;
  if (twiceRest > den || (twiceRest === den && q % 2n === 1n)) q++;
  const s = q.toString().padStart(digits + 1, '0');
  return `${sign}${digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s}`;
}

const f3 = (x: number): string => pyFixed(x, 3);

/** The report score.py prints, line for line (`byKind` as its `--by-kind`). */
export function formatScore(res: ScoreResult, byKind = true): string {
  const lines = [`documents ${res.documents}  without prediction ${res.missing_predictions}`];
  for (const name of ROLES) {
    const m = res.roles[name];
    lines.push(`${name.padEnd(13)} P ${f3(m.p)}  R ${f3(m.r)}  F1 ${f3(m.f1)}`);
  }
  for (const name of ['claim', 'claim_source'] as const) {
    const m = res[name];
    lines.push(
      `${name.padEnd(13)} P ${f3(m.p)}  R ${f3(m.r)}  F1 ${f3(m.f1)}  (${m.tp} of ${m.gold} gold, ${m.pred} predicted)`,
    );
  }
  if (byKind) for (const [k, v] of Object.entries(res.recall_by_kind)) lines.push(`recall ${k.padEnd(13)} ${f3(v)}`);
  lines.push(`claim+source F1 ${f3(res.claim_source.f1)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a JSONL file's text as score.py's `load` does: blank lines skipped, a later line with the
 * same id replaces an earlier one. Throws `path:line: not JSON: …` on a bad line.
 */
export function parseScoredDocuments(source: string, path: string): Map<string, ScoredDocument> {
  const docs = new Map<string, ScoredDocument>();
  // Python's text mode reads \r\n and a lone \r as line ends too.
  source.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let d: ScoredDocument;
    try {
      d = JSON.parse(line) as ScoredDocument;
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(err as Error).message}`);
    }
    if (d === null || typeof d !== 'object' || !('id' in d)) throw new Error(`${path}:${i + 1}: no "id"`);
    docs.set(documentKey(d.id), d);
  });
  return docs;
}

/** Map key for a document id: ids are strings in the corpora, but JSON allows numbers too. */
export const documentKey = (id: unknown): string => JSON.stringify(id);
