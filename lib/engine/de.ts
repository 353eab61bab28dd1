import {
  ACCORDING_NOUNS,
  ACCORDING_WORDS,
  AUXILIARIES,
  COMPLEMENTIZERS,
  DETERMINERS_DE,
  IMPERSONAL,
  KONJUNKTIV_I,
  NON_SUBJECT_STARTS,
  NP_STOP,
  PARTICLE_REQUIRED,
  PRONOUNS_DE,
  SUBORDINATORS,
} from '../lexicon/de-cues';
import { buildVerbForms, type VerbForm } from './de-verbs';
import { kindOfContent, quoteAt, type Candidate, type Doc, type Sentence } from './doc';
import { isUpperInitial, isWord } from './text';
import type { Kind, Span } from './types';

const VERBS = buildVerbForms();

/** How far rules look from a cue, in tokens: keeps the work per cue bounded on run-on text. */
const WINDOW = 80;
const CONTENT_WINDOW = 400;

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—']);
const COORDINATORS = new Set(['und', 'oder', 'sowie', 'aber', 'sondern']);
const PASSIVE_AUX = IMPERSONAL.passiveAux;
/** Zu-infinitives written as one word: `aufzubauen`, `anzukündigen`. */
const ZU_INFIX = /^\p{Ll}+zu\p{Ll}+en$/u;
const ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

/** One sentence's view of the document: token helpers bounded to the sentence. */
class Reader {
  readonly toks;
  constructor(
    readonly doc: Doc,
    readonly s: Sentence,
  ) {
    this.toks = doc.tokens;
  }
  lower = (i: number) => this.toks[i]?.lower ?? '';
  text = (i: number) => this.toks[i]?.text ?? '';
  span = (a: number, b: number): Span => [this.toks[a].start, this.toks[b - 1].end];
  /** Whether token i lies inside a quotation (its marks included). */
  private inSentence = (i: number) => i >= this.s.t0 && i < this.s.t1;
  quoted = (i: number) => this.inSentence(i) && quoteAt(this.doc, this.toks[i].start) !== undefined;
  opensQuote = (i: number) => this.inSentence(i) && quoteAt(this.doc, this.toks[i].start)?.start === this.toks[i].start;
  /** Token i closes a quotation (it may be the token just before the sentence). */
  closesQuote = (i: number) => i >= 0 && i < this.s.t1 && quoteAt(this.doc, this.toks[i].start)?.end === this.toks[i].end;
  /** Index after the quotation that opens at token i. */
  afterQuote(i: number): number {
    const q = quoteAt(this.doc, this.toks[i].start)!;
    let j = i;
    while (j < this.toks.length && this.toks[j].end <= q.end) j++;
    return j;
  }
  /** Index of the token that opens the quotation closing at token i. */
  quoteStartIndex(i: number): number {
    const q = quoteAt(this.doc, this.toks[i].start)!;
    let j = i;
    while (j > 0 && this.toks[j - 1].start >= q.start) j--;
    return j;
  }
  isBreak = (i: number) => CLAUSE_BREAK.has(this.text(i));
  isFiniteCue = (i: number) => (VERBS.get(this.lower(i)) ?? []).some((v) => v.role === 'finite');
  isKonjunktiv = (i: number) => KONJUNKTIV_I.has(this.lower(i));
  /** End of the sentence without its final punctuation. */
  get end(): number {
    let e = this.s.t1;
    while (e > this.s.t0 && /^[.!?…]$/.test(this.text(e - 1))) e--;
    return e;
  }

  /** Next clause break at or after i (quotes are skipped whole), or the sentence end. */
  clauseEnd(i: number): number {
    const limit = Math.min(this.end, i + CONTENT_WINDOW);
    let j = i;
    while (j < limit) {
      if (this.opensQuote(j)) {
        j = this.afterQuote(j);
        continue;
      }
      if (this.isBreak(j)) return j;
      if (COORDINATORS.has(this.lower(j)) && (this.isFiniteCue(j + 1) || this.isFiniteCue(j + 2))) return j;
      j++;
    }
    return Math.min(j, limit);
  }

  /** Start of the clause that token i stands in. */
  clauseStart(i: number): number {
    const limit = Math.max(this.s.t0, i - WINDOW);
    let j = i - 1;
    while (j >= limit) {
      if (this.isBreak(j)) return j + 1;
      if (this.closesQuote(j) && !this.quoted(i)) {
        const open = this.quoteStartIndex(j);
        if (open < this.s.t0) return j + 1;
        j = open - 1;
        continue;
      }
      j--;
    }
    return limit;
  }

  /**
   * A noun phrase starting at i: determiners, adjectives, capitalised nouns and names, genitive
   * attributes (`der Chef der Deutschen Bank`), `von`-phrases and short quoted names. Returns the
   * index after it, or i when there is none.
   */
  nounPhrase(i: number): number {
    const limit = Math.min(this.end, i + 14);
    if (i < limit && PRONOUNS_DE.has(this.lower(i)) && this.lower(i) !== 'es') return i + 1;
    let j = i;
    let lastHead = i;
    let needHead = true;
    while (j < limit) {
      const w = this.text(j);
      const l = this.lower(j);
      if (this.opensQuote(j) && !needHead) {
        const after = this.afterQuote(j);
        if (after - j > 8) break;
        j = after;
        lastHead = j;
        continue;
      }
      if (this.opensQuote(j) && needHead && j > i) {
        const after = this.afterQuote(j);
        if (after - j > 8) break;
        j = after;
        lastHead = j;
        needHead = false;
        continue;
      }
      if (DETERMINERS_DE.has(l) && (needHead || l === 'des' || l === 'der')) {
        if (!needHead && (l === 'des' || l === 'der')) needHead = true;
        j++;
        continue;
      }
      if ((l === 'von' || l === 'vom') && !needHead && (isUpperInitial(this.text(j + 1)) || DETERMINERS_DE.has(this.lower(j + 1)))) {
        needHead = true;
        j++;
        continue;
      }
      if (isWord(w) && isUpperInitial(w) && !NP_STOP.has(l) && !(j > i && SUBORDINATORS.has(l) && j === i)) {
        j++;
        lastHead = j;
        needHead = false;
        continue;
      }
      if (needHead && ADJECTIVE.test(w) && !NP_STOP.has(l) && !VERBS.has(l) && !KONJUNKTIV_I.has(l)) {
        j++;
        continue;
      }
      break;
    }
    return lastHead > i ? lastHead : i;
  }

  /** Back from i-1: the noun phrase that ends just before i (for `X zufolge`). */
  nounPhraseBefore(i: number): number {
    const limit = Math.max(this.s.t0, i - 10);
    let j = i;
    while (j > limit) {
      const w = this.text(j - 1);
      const l = this.lower(j - 1);
      if (this.closesQuote(j - 1)) {
        j = this.quoteStartIndex(j - 1);
        continue;
      }
      if ((isWord(w) && isUpperInitial(w) && !NON_SUBJECT_STARTS.has(l)) || DETERMINERS_DE.has(l) || (ADJECTIVE.test(w) && !VERBS.has(l))) {
        j--;
        continue;
      }
      break;
    }
    while (j < i && !isUpperInitial(this.text(j)) && !DETERMINERS_DE.has(this.lower(j))) j++;
    return j;
  }
}

/** Trim a token range to a span, dropping leading conjunctions and edge punctuation. */
function contentSpan(r: Reader, a: number, b: number): Span | undefined {
  while (a < b && (COORDINATORS.has(r.lower(a)) || (!isWord(r.text(a)) && !r.opensQuote(a)))) a++;
  while (b > a && !isWord(r.text(b - 1)) && !r.closesQuote(b - 1) && r.text(b - 1) !== ')') b--;
  return b > a ? r.span(a, b) : undefined;
}

/** The quotation opening at token i as a span, marks included. */
function quoteSpan(r: Reader, i: number): Span {
  const q = quoteAt(r.doc, r.toks[i].start)!;
  return [q.start, q.end];
}

/** Whether the clause from i on reads as reported speech: a content clause, Konjunktiv I, zu-infinitive or quote. */
function reportedClause(r: Reader, i: number): boolean {
  if (COMPLEMENTIZERS.has(r.lower(i)) || r.opensQuote(i)) return true;
  const end = r.clauseEnd(i);
  for (let j = i; j < end; j++) {
    if (r.isKonjunktiv(j) || ZU_INFIX.test(r.lower(j)) || (r.lower(j) === 'zu' && isWord(r.text(j + 1)) && !isUpperInitial(r.text(j + 1)))) return true;
  }
  return false;
}

interface CueMatch {
  cue: number[];
  verb: VerbForm;
  /** Token that stands in the finite verb's position. */
  finite: number;
  passive: boolean;
}

/** Matches cue verbs at token i: finite verbs with their particle, perfect and passive participles. */
function matchVerb(r: Reader, i: number): CueMatch | undefined {
  const forms = VERBS.get(r.lower(i));
  if (!forms || r.quoted(i) || r.lower(i - 1) === 'zu') return undefined;
  if (i > r.s.t0 && isUpperInitial(r.text(i))) return undefined;
  const start = r.clauseStart(i);
  const participle = forms.find((f) => f.role === 'participle');
  if (participle) {
    for (let a = i - 1; a >= start; a--) {
      if (!AUXILIARIES.has(r.lower(a))) continue;
      const particleOk = !participle.particle || true;
      if (particleOk) return { cue: [a, i], verb: participle, finite: a, passive: PASSIVE_AUX.has(r.lower(a)) };
    }
    const after = r.lower(i + 1);
    if (AUXILIARIES.has(after) && SUBORDINATORS.has(r.lower(start)))
      return { cue: [i, i + 1], verb: participle, finite: i + 1, passive: PASSIVE_AUX.has(after) };
  }
  const finite = forms.filter((f) => f.role === 'finite');
  if (finite.length === 0) return undefined;
  const end = r.clauseEnd(i + 1);
  const last = r.lower(end - 1);
  const withParticle = finite.find((f) => f.particle && (last === f.particle || r.lower(end - 2) + r.lower(end - 1) === f.particle));
  if (withParticle) return { cue: [i, end - 1], verb: withParticle, finite: i, passive: false };
  const plain = finite.find((f) => !f.particle && !PARTICLE_REQUIRED.has(f.lemma));
  if (plain) return { cue: [i], verb: plain, finite: i, passive: false };
  return undefined;
}

/** Finds the source and the claim around one cue verb. */
function verbAttribution(r: Reader, m: CueMatch, previous: Candidate | undefined): Candidate | undefined {
  const v = m.finite;
  const cs = r.clauseStart(v);
  const first = r.lower(cs);
  const lastCue = m.cue[m.cue.length - 1];
  const verbFinal = cs < v && SUBORDINATORS.has(first) && (v >= r.end - 1 || lastCue >= r.clauseEnd(v) - 1);
  let source: Span[] = [];
  let content: Span | undefined;
  let fallbackKind: Kind = 'indirect';
  let after = lastCue + 1;

  if (verbFinal) {
    const npStart = cs + 1;
    const npEnd = r.nounPhrase(npStart);
    if (npEnd > npStart) source = [r.span(npStart, npEnd)];
    if (first === 'wie') {
      fallbackKind = 'according_to';
      const before = contentSpan(r, r.s.t0, cs - (r.isBreak(cs - 1) ? 1 : 0));
      const tail = contentSpan(r, r.clauseEnd(v) + 1, r.end);
      content = before ?? tail;
    } else {
      const middleStart = npEnd > npStart ? npEnd : cs + 1;
      content = contentSpan(r, middleStart, Math.min(...m.cue));
    }
    if (m.passive) source = [];
    return content ? { cue: m.cue.map((c) => r.span(c, c + 1)), source, content: [content], kind: m.passive ? 'unnamed' : kindOfContent(r.doc, [content], fallbackKind) } : undefined;
  }

  const vorfeld = cs < v ? [cs, v] : undefined;
  const coordinated = v > r.s.t0 && COORDINATORS.has(r.lower(v - 1));
  const invertedAfter = r.nounPhrase(v + 1);
  if (m.passive) {
    const von = r.lower(v + 1) === 'von' ? r.nounPhrase(v + 2) : v + 2;
    if (r.lower(v + 1) === 'von' && von > v + 2) source = [r.span(v + 2, von)];
  } else if (coordinated) {
    source = previous?.source ?? [];
  } else if (vorfeld && !NON_SUBJECT_STARTS.has(first) && !r.opensQuote(cs) && !COORDINATORS.has(first)) {
    source = [r.span(cs, v)];
  } else if (invertedAfter > v + 1) {
    source = [r.span(v + 1, invertedAfter)];
    if (m.cue.length === 1 || m.cue[1] !== v + 1) after = Math.max(after, invertedAfter);
  } else if (!vorfeld && cs > r.s.t0) {
    const subjEnd = r.nounPhrase(r.s.t0);
    if (subjEnd > r.s.t0) source = [r.span(r.s.t0, subjEnd)];
  }
  if (source.length === 0 && !m.passive && !coordinated) return undefined;

  // Fronted claim: `„…“, sagte X` · `Die Lage sei ernst, sagte X` · `„…“ Das sagte X`.
  if (!vorfeld && cs > r.s.t0) {
    const comma = cs - 1;
    if (r.closesQuote(comma - 1)) content = quoteSpan(r, comma - 1);
    else content = contentSpan(r, Math.max(r.s.t0, comma - CONTENT_WINDOW), comma);
  } else if (vorfeld && vorfeld[1] - vorfeld[0] === 1 && /^(?:das|dies|dieses|so)$/.test(first)) {
    const prev = r.s.t0 - 1;
    if (prev >= 0 && r.closesQuote(prev)) content = quoteSpan(r, prev);
  }
  if (!content && m.cue.length > 1 && m.verb.particle && m.verb.frames.includes('object') && lastCue > after) {
    content = contentSpan(r, after, lastCue);
    after = lastCue + 1;
  }
  if (!content) content = contentAfter(r, m, after);
  if (!content) return undefined;
  const kind: Kind = m.passive && source.length === 0 ? 'unnamed' : kindOfContent(r.doc, [content], fallbackKind);
  return { cue: m.cue.map((c) => r.span(c, c + 1)), source, content: [content], kind };
}

/** The claim after the cue: colon, quote, content clause, zu-infinitive, or the verb's object. */
function contentAfter(r: Reader, m: CueMatch, after: number): Span | undefined {
  let k = after;
  const lastCue = m.cue[m.cue.length - 1];
  if (k <= lastCue) k = lastCue + 1;
  if (r.text(k) === ':') {
    if (r.opensQuote(k + 1)) return quoteSpan(r, k + 1);
    return contentSpan(r, k + 1, r.end);
  }
  if (r.opensQuote(k) && r.afterQuote(k) >= r.clauseEnd(k)) return quoteSpan(r, k);
  const end = r.clauseEnd(k);
  if (r.text(end) === ',' && end - k <= 6 && reportedClause(r, end + 1)) return contentSpan(r, end + 1, r.end);
  const objectClaim = m.verb.frames.includes('object') || (end > k && hasQuote(r, k, end));
  if (objectClaim && end > k) {
    let stop = end;
    if (r.text(end) === ',' && SUBORDINATORS.has(r.lower(end + 1)) && !COMPLEMENTIZERS.has(r.lower(end + 1))) stop = r.clauseEnd(r.clauseEnd(end + 1) === end + 1 ? end + 2 : end + 1);
    return contentSpan(r, k, stop);
  }
  return undefined;
}

function hasQuote(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (r.opensQuote(j)) return true;
  return false;
}

/** `laut X` · `X zufolge` · `nach Angaben X` · `…, so X` · `hieß es`. */
function particleAttributions(r: Reader, out: Candidate[]): void {
  const { t0 } = r.s;
  const end = r.end;
  for (let i = t0; i < end; i++) {
    if (r.quoted(i)) continue;
    const l = r.lower(i);
    if (ACCORDING_WORDS.before.has(l) && (isUpperInitial(r.text(i + 1)) || DETERMINERS_DE.has(r.lower(i + 1)) || r.opensQuote(i + 1))) {
      const np = r.nounPhrase(i + 1);
      if (np > i + 1) out.push(according(r, [i], i + 1, np, i, np));
    } else if (ACCORDING_WORDS.after.has(l)) {
      const np = r.nounPhraseBefore(i);
      if (np < i) out.push(according(r, [i], np, i, np, i + 1));
    } else if (l === 'nach' && (ACCORDING_NOUNS.has(r.lower(i + 1)) || /angaben$/.test(r.lower(i + 1)) || (DETERMINERS_DE.has(r.lower(i + 1)) && ACCORDING_NOUNS.has(r.lower(i + 2))))) {
      const np = r.nounPhrase(i + 1);
      if (np > i + 1) out.push(according(r, [i], i + 1, np, i, np));
    } else if (l === 'nach' && i >= t0 + 2 && ACCORDING_NOUNS.has(r.lower(i - 1)) && /^(?:seiner|ihrer|deren|dessen|unserer|meiner)$/.test(r.lower(i - 2))) {
      out.push(according(r, [i], i - 2, i - 1, i - 2, i + 1));
    } else if (l === 'so' && r.text(i - 1) === ',' && (isUpperInitial(r.text(i + 1)) || DETERMINERS_DE.has(r.lower(i + 1)))) {
      const np = r.nounPhrase(i + 1);
      const clauseEnd = r.clauseEnd(i + 1);
      if (np <= i + 1 || hasFiniteVerb(r, np, clauseEnd)) continue;
      const comma = i - 1;
      const content = r.closesQuote(comma - 1) ? quoteSpan(r, comma - 1) : contentSpan(r, t0, comma);
      if (content) out.push({ cue: [r.span(i, i + 1)], source: [r.span(i + 1, clauseEnd)], content: [content], kind: kindOfContent(r.doc, [content], 'according_to') });
    } else if (IMPERSONAL.verbs.has(l) && (r.lower(i + 1) === 'es' || r.lower(i - 1) === 'es' || l.startsWith('verlautet'))) {
      const cue = r.lower(i + 1) === 'es' ? [i, i + 1] : r.lower(i - 1) === 'es' ? [i - 1, i] : [i];
      const cs = r.clauseStart(Math.min(...cue));
      let content: Span | undefined;
      if (cs > t0 && r.closesQuote(cs - 2)) content = quoteSpan(r, cs - 2);
      else if (cs > t0) content = contentSpan(r, t0, cs - 1);
      else {
        const ce = r.clauseEnd(Math.max(...cue) + 1);
        if (r.text(ce) === ':' || r.text(ce) === ',') content = r.opensQuote(ce + 1) ? quoteSpan(r, ce + 1) : contentSpan(r, ce + 1, end);
      }
      let source: Span[] = [];
      const pp = Math.max(...cue) + 1;
      if (/^(?:aus|von|vom|in|im|bei|beim)$/.test(r.lower(pp))) {
        const np = r.nounPhrase(pp + 1);
        if (np > pp + 1) source = [r.span(pp + 1, np)];
      }
      if (content) out.push({ cue: cue.map((c) => r.span(c, c + 1)), source, content: [content], kind: source.length ? kindOfContent(r.doc, [content], 'indirect') : 'unnamed' });
    }
  }
}

function hasFiniteVerb(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (VERBS.has(r.lower(j)) || AUXILIARIES.has(r.lower(j))) return true;
  return false;
}

/** An according-to attribution: the claim is the sentence without the cue phrase. */
function according(r: Reader, cue: number[], s0: number, s1: number, p0: number, p1: number): Candidate {
  const parts: Span[] = [];
  const before = contentSpan(r, r.s.t0, p0);
  const after = contentSpan(r, p1, r.end);
  if (before) parts.push(before);
  if (after) parts.push(after);
  return { cue: cue.map((c) => r.span(c, c + 1)), source: [r.span(s0, s1)], content: parts, kind: kindOfContent(r.doc, parts, 'according_to') };
}

/** `X: „…“` — a name, a colon and a quotation. */
function colonQuote(r: Reader, out: Candidate[]): void {
  const { t0 } = r.s;
  const np = r.nounPhrase(t0);
  if (np > t0 && r.text(np) === ':' && r.opensQuote(np + 1)) {
    out.push({ cue: [], source: [r.span(t0, np)], content: [quoteSpan(r, np + 1)], kind: 'direct' });
  }
}

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
}

/** German attribution rules. */
export function extractGerman(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  let previous: Candidate | undefined;
  let previousSentence = -2;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const r = new Reader(doc, s);
    const found: Candidate[] = [];
    let last: Candidate | undefined = previousSentence === si - 1 ? previous : undefined;
    for (let i = s.t0; i < r.end; i++) {
      const m = matchVerb(r, i);
      if (!m) continue;
      const c = verbAttribution(r, m, last);
      if (c && !found.some((f) => overlaps(f.cue, c.cue))) {
        found.push(c);
        last = c;
      }
    }
    const particles: Candidate[] = [];
    particleAttributions(r, particles);
    colonQuote(r, particles);
    for (const p of particles) if (!found.some((f) => overlaps(f.cue, p.cue) || (overlaps(f.content, p.content) && f.source.length > 0))) found.push(p);
    if (found.length === 0 && previous && previousSentence >= si - 2) {
      const cont = continuation(r, previous);
      if (cont) found.push(cont);
    }
    if (found.length > 0) {
      found.sort((a, b) => (a.cue[0]?.[0] ?? a.content[0][0]) - (b.cue[0]?.[0] ?? b.content[0][0]));
      out.push(...found);
      previous = found[found.length - 1];
      previousSentence = si;
    }
  }
  return dropCovered(out);
}

/**
 * A sentence with no cue that goes on with the previous speaker: a quotation standing alone, or
 * reported speech in Konjunktiv I (`Viele Menschen seien in Panik.`).
 */
function continuation(r: Reader, previous: Candidate): Candidate | undefined {
  if (previous.source.length === 0 && previous.kind === 'unnamed') return undefined;
  const { t0 } = r.s;
  const end = r.end;
  if (r.opensQuote(t0) && r.afterQuote(t0) >= end - 1) {
    const q = quoteSpan(r, t0);
    if (!overlaps(previous.content, [q])) return { cue: [], source: previous.source, content: [q], kind: 'direct' };
    return undefined;
  }
  for (let j = t0; j < end; j++) {
    if (r.quoted(j)) continue;
    if (KONJUNKTIV_I.has(r.lower(j)) && !/^(?:hätte|hätten|wäre|wären|würde|würden|könnten|müssten|sollten)$/.test(r.lower(j))) {
      const content = contentSpan(r, t0, end);
      if (!content || overlaps(previous.content, [content])) return undefined;
      return { cue: [], source: previous.source, content: [content], kind: kindOfContent(r.doc, [content], 'indirect') };
    }
  }
  return undefined;
}

/** Drops attributions whose claim lies inside another one's claim with the same source. */
function dropCovered(list: Candidate[]): Candidate[] {
  return list.filter(
    (c) =>
      !list.some(
        (o) =>
          o !== c &&
          o.cue.length > 0 &&
          c.cue.length === 0 &&
          o.content.some(([s, e]) => c.content.every(([s2, e2]) => s <= s2 && e2 <= e)),
      ),
  );
}
