/** German attributions without a cue verb: `so X`, `laut X`, `X zufolge`, `geht aus … hervor`, and quotations framed by a name. */
import { ACCORDING_HEAD, ACCORDING_NOUNS, ACCORDING_WORDS, EMERGES_FROM, DETERMINERS_DE, IMPERSONAL, NON_SUBJECT_STARTS, NP_STOP, PRONOUNS_DE, SUBORDINATORS } from '../lexicon/de-cues';
import { SENTENCE_ADVERBS, ARTICLE_OR_ANAPHOR, BEFORE_SUBJECT, COORDINATORS, DATIVE_PRONOUNS, RELATIVE_AFTER_NACH, TOPIC_PREPOSITIONS, RELATIVE_PRONOUNS } from '../lexicon/de-grammar';
import { kindOfContent, type Candidate } from './doc';
import { isUpperInitial, isWord } from './text';
import type { Span } from './types';
import { matchVerb } from './de-cue';
import { claimBeforeComma, contentSpan, firstIn, hasFiniteVerb, quoteSpan, Reader } from './de-reader';
import { previousClaim } from './de-verb-attribution';
import { ADJECTIVE, ADVERB_SHAPE, PARENTHESIS_OPEN, PRETERITE_SHAPE } from '../lexicon/de-shapes';

/** `laut X` · `X zufolge` · `nach Angaben X` · `…, so X` · `hieß es`. */
export function particleAttributions(r: Reader, out: Candidate[]): void {
  const { t0 } = r.s;
  const end = r.end;
  for (let i = t0; i < end; i++) {
    if (r.quoted(i)) continue;
    const l = r.lower(i);
    if (ACCORDING_WORDS.before.has(l) && (isUpperInitial(r.text(i + 1)) || DETERMINERS_DE.has(r.lower(i + 1)) || ADJECTIVE.test(r.text(i + 1)) || r.opensQuote(i + 1) || r.text(i + 1).includes('.'))) {
      const np = r.text(i + 1).includes('.') && !isUpperInitial(r.text(i + 1)) ? i + 2 : r.nounPhrase(i + 1);
      if (np > i + 1) out.push(according(r, [i], i + 1, np, i, np));
    } else if (l === 'für' && i === t0 && !r.quoted(i)) {
      // `Für den Theologen Hans Küng sei der Rücktritt „verständlich“`: an opinion in Konjunktiv I.
      // `Für das Quartier sei X ein „Quantensprung“, hieß es aus dem Rathaus`: with a cue of its own the sentence says who speaks.
      const np = r.nounPhrase(i + 1);
      let cued = false;
      for (let j = np; j < end && !cued; j++) cued = !r.quoted(j) && (r.lower(j) === 'hieß' || matchVerb(r, j) !== undefined);
      if (np > i + 1 && r.isKonjunktiv(np) && !cued) out.push(according(r, [i], i + 1, np, i, np));
    } else if (ACCORDING_WORDS.after.has(l) && DATIVE_PRONOUNS.has(r.lower(i - 1))) {
      // `Ihnen zufolge hat Mussawi gewonnen`: the speakers named just before.
      out.push(according(r, [i], i - 1, i, i - 1, i + 1));
    } else if (ACCORDING_WORDS.after.has(l)) {
      const np = r.nounPhraseBefore(i);
      if (np < i) out.push(according(r, [i], np, i, np, i + 1));
    } else if (l === 'nach' && accordingHead(r, i + 1)) {
      const np = r.nounPhrase(i + 1);
      if (np > i + 1) out.push(according(r, [i], i + 1, np, i, np));
    } else if (l === 'nach' && r.text(i - 1) === ',' && RELATIVE_AFTER_NACH.has(r.lower(i + 1)) && accordingHead(r, r.nounPhraseBefore(i - 1))) {
      const end = r.clauseEnd(i + 2);
      const content = contentSpan(r, i + 2, end);
      if (content) out.push({ cue: [r.span(i, i + 1)], source: [r.span(i + 1, i + 2)], content: [content], kind: 'according_to' });
    } else if (l === 'nach' && i >= t0 + 2 && ACCORDING_NOUNS.has(r.lower(i - 1)) && /^(?:seiner|ihrer|deren|dessen|unserer|meiner|dem)$/.test(r.lower(i - 2))) {
      out.push(according(r, [i], i - 2, i - 1, i - 2, i + 1));
    } else if (l === 'so' && PARENTHESIS_OPEN.has(r.text(i - 1)) && (isUpperInitial(r.text(i + 1)) || DETERMINERS_DE.has(r.lower(i + 1)))) {
      const np = r.nounPhrase(i + 1);
      const clauseEnd = r.clauseEnd(i + 1);
      if (np <= i + 1 || hasFiniteVerb(r, np, clauseEnd)) continue;
      const comma = i - 1;
      const before = claimBeforeComma(r, t0, comma);
      // `Der Präsident sei, so Gamkrelids, schuld daran …`: the claim goes on after the source.
      const rest = r.text(clauseEnd) === ',' ? contentSpan(r, clauseEnd + 1, r.end) : undefined;
      const content = [before, rest].filter((x): x is Span => x !== undefined);
      // `so die Sportdirektorin über die Stärken der Spielerin`: what she spoke about is no part of her.
      let sourceEnd = firstIn(r, np, clauseEnd, (w) => TOPIC_PREPOSITIONS.has(w));
      if (sourceEnd < 0) sourceEnd = clauseEnd;
      while (sourceEnd > np && (NP_STOP.has(r.lower(sourceEnd - 1)) || !isWord(r.text(sourceEnd - 1)))) sourceEnd--;
      if (content.length) out.push({ cue: [r.span(i, i + 1)], source: [r.span(i + 1, sourceEnd)], content, kind: kindOfContent(r.doc, content, 'according_to') });
    } else if (ACCORDING_WORDS.anaphoric.has(l) && !(l === 'wonach' && r.text(i - 1) !== ',')) {
      const content = l === 'wonach' ? [contentSpan(r, i + 1, r.clauseEnd(i + 1))] : [contentSpan(r, t0, i), contentSpan(r, i + 1, r.end)];
      const parts = content.filter((x): x is Span => x !== undefined);
      // `eine Studie des Branchenverbands Bitkom, wonach …`: the noun phrase before the comma is the source.
      const np = l === 'wonach' ? r.nounPhraseBefore(i - 1) : i;
      const source = np < i - 1 ? r.span(np, i - 1) : r.span(i, i + 1);
      if (parts.length) out.push({ cue: [r.span(i, i + 1)], source: [source], content: parts, kind: 'according_to' });
    } else if (EMERGES_FROM.joined.has(l) || (l === EMERGES_FROM.particle && !r.quoted(i))) {
      const found = emergesFrom(r, i);
      if (found) out.push(found);
    } else if (IMPERSONAL.verbs.has(l) && (r.lower(i + 1) === 'es' || r.lower(i - 1) === 'es' || l.startsWith('verlautet'))) {
      const cue = r.lower(i + 1) === 'es' ? [i, i + 1] : r.lower(i - 1) === 'es' ? [i - 1, i] : [i];
      const cs = r.clauseStart(Math.min(...cue));
      let content: Span | undefined;
      if (cs > t0) content = claimBeforeComma(r, t0, cs - 1);
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

/** Whether the noun phrase at i has a head such as `Angaben`, `eigenen Angaben`, `Polizeiangaben`. */
function accordingHead(r: Reader, i: number): boolean {
  for (let j = i; j < i + 4 && j < r.end; j++) {
    const l = r.lower(j);
    // `nach Grupps Meinung`: a genitive name before the head.
    if (isUpperInitial(r.text(j)) && l.endsWith('s') && j === i && isUpperInitial(r.text(j + 1))) continue;
    if (isUpperInitial(r.text(j))) return ACCORDING_HEAD.test(l) || ACCORDING_NOUNS.has(l);
    if (!DETERMINERS_DE.has(l) && !ADJECTIVE.test(r.text(j))) return false;
  }
  return false;
}

/**
 * `Wie aus X hervorgeht, …` · `…, wie aus X hervorgeht` · `Aus X geht hervor, dass …` · `Das geht aus X
 * hervor`: the `aus` phrase is the source; `i` is the particle or the joined verb.
 */
function emergesFrom(r: Reader, i: number): Candidate | undefined {
  const cs = r.clauseStart(i);
  const finite = EMERGES_FROM.joined.has(r.lower(i)) ? i : firstIn(r, cs, i, (l) => EMERGES_FROM.finite.has(l));
  const from = firstIn(r, cs, i, (l) => l === 'aus');
  if (finite < 0 || from < 0) return undefined;
  const np = r.nounPhrase(from + 1);
  if (np <= from + 1) return undefined;
  const cue = [...new Set([finite, i])].map((c) => r.span(c, c + 1));
  const end = r.clauseEnd(i);
  let content: Span | undefined;
  if (r.lower(cs) === 'wie') content = cs > r.s.t0 ? contentSpan(r, r.s.t0, cs - 1) : r.text(end) === ',' ? contentSpan(r, end + 1, r.end) : undefined;
  else if (r.text(i + 1) === ',' || r.text(i + 1) === ':') content = contentSpan(r, i + 2, r.end);
  else if (cs === r.s.t0 && ARTICLE_OR_ANAPHOR.has(r.lower(cs)) && finite === cs + 1) content = previousClaim(r);
  if (!content) return undefined;
  return { cue, source: [r.span(from + 1, np)], content: [content], kind: kindOfContent(r.doc, [content], 'according_to') };
}

/** An according-to attribution: the claim is the sentence without the cue phrase. */
function according(r: Reader, cue: number[], s0: number, s1: number, p0: number, p1: number): Candidate {
  const parts: Span[] = [];
  // Inside a subordinate clause the phrase vouches for that clause only (`…, unter denen sich nach
  // Einschätzung der Ermittler der Täter befand, …`).
  const cs = r.clauseStart(p0);
  const inner = cs > r.s.t0 && (SUBORDINATORS.has(r.lower(cs)) || RELATIVE_PRONOUNS.has(r.lower(cs + 1)));
  const before = contentSpan(r, inner ? cs : r.s.t0, p0);
  const after = contentSpan(r, p1, inner ? r.clauseEnd(p1) : nextVerbOfSubject(r, p1));
  if (before) parts.push(before);
  if (after) parts.push(after);
  return { cue: cue.map((c) => r.span(c, c + 1)), source: [r.span(s0, s1)], content: parts, kind: kindOfContent(r.doc, parts, 'according_to') };
}

/**
 * `Ein Aktivist kaufte nach eigener Aussage die Dateien und stellte sie ins Netz`: the phrase vouches
 * for its own clause; a second verb of the subject joined on after it is the author's again.
 */
function nextVerbOfSubject(r: Reader, from: number): number {
  for (let j = from; j < r.end - 1; j++) {
    if (r.opensQuote(j)) j = r.afterQuote(j) - 1;
    else if (COORDINATORS.has(r.lower(j)) && PRETERITE_SHAPE.test(r.text(j + 1)) && !r.isKonjunktiv(j + 1)) return j;
  }
  return r.end;
}

/**
 * Quotations framed without a cue verb: `Merkel: „…“` · `In der ARD zeigte sich der Trainer
 * zufrieden: „…“` · `„…“, zeigte sich Rajevac zufrieden.` The speaker is the clause's subject.
 */
export function framedQuotes(r: Reader, out: Candidate[]): void {
  const { t0 } = r.s;
  for (let i = t0; i < r.end; i++) {
    if (r.text(i) === ':' && r.opensQuote(i + 1) && !r.quoted(i)) {
      const subject = clauseSubject(r, t0, i);
      if (subject) out.push({ cue: [], source: [subject], content: [quoteSpan(r, i + 1)], kind: 'direct' });
    }
  }
  // `„…“, zeigte sich X zufrieden`: any finite verb after a fronted quotation introduces its speaker.
  if (r.opensQuote(t0) || r.quoted(t0)) {
    for (let i = t0; i < r.end - 2; i++) {
      if (!(r.closesQuote(i) && r.text(i + 1) === ',' && /^\p{Ll}+$/u.test(r.text(i + 2)))) continue;
      const v = i + 2;
      const k = r.lower(v + 1) === 'sich' ? v + 2 : v + 1;
      const np = r.nounPhrase(k);
      if (np > k && !DETERMINERS_DE.has(r.lower(v)) && !SUBORDINATORS.has(r.lower(v)))
        out.push({ cue: [r.span(v, v + 1)], source: [r.span(k, np)], content: [quoteSpan(r, i)], kind: 'direct' });
      break;
    }
  }
}

/** The subject of the clause [a, b): its opening noun phrase, or the first one after the verb. */
function clauseSubject(r: Reader, from: number, b: number): Span | undefined {
  // `Doch Dupont will das Positive sehen: „…“`: a conjunction or a focus particle opening the clause is no part of its subject.
  let a = from;
  while (a < b - 1 && (BEFORE_SUBJECT.has(r.lower(a)) || COORDINATORS.has(r.lower(a)))) a++;
  // `Ähnlich äußerte sich X: „…“`: a fronted adverb, the subject follows the verb.
  const adverb = ADVERB_SHAPE.test(r.lower(a)) || SENTENCE_ADVERBS.has(r.lower(a));
  if (!NON_SUBJECT_STARTS.has(r.lower(a)) && !r.opensQuote(a) && !adverb) {
    const np = r.nounPhrase(a);
    if (np > a) return r.span(a, np);
  }
  for (let j = a + 1; j < b - 1; j++) {
    // A preposition's noun phrase is no subject (`trotz ihrer Lebensfreude war sie …`, `X von der Tiernothilfe`).
    if (!/^\p{Ll}+$/u.test(r.text(j)) || DETERMINERS_DE.has(r.lower(j)) || NP_STOP.has(r.lower(j)) || NON_SUBJECT_STARTS.has(r.lower(j))) continue;
    let k = r.lower(j + 1) === 'sich' ? j + 2 : j + 1;
    // `war auch Stefan Bröckling`: adverbs between the verb and its subject.
    while (k < b - 1 && NP_STOP.has(r.lower(k)) && !DETERMINERS_DE.has(r.lower(k)) && !PRONOUNS_DE.has(r.lower(k))) k++;
    const np = r.nounPhrase(k);
    if (np > k && np <= b) return r.span(k, np);
  }
  return undefined;
}
