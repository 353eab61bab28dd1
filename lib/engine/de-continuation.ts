/** German filters after reading: sentences that go on with the last speaker, the author imagining, claims covered by others. */
import { DETERMINERS_DE, PRONOUNS_DE, SUBORDINATORS } from '../lexicon/de-cues';
import { ASKING } from '../lexicon/de-interview';
import { BYLINE, FINITE_SHAPE, OWN_FINDINGS, PERFECT_PARTICIPLE } from '../lexicon/de-shapes';
import { firstAtOrAfter, isUpperInitial } from './text';
import { AUTHOR_PERSONS, AUTHOR_SUBJECTS, CONDITIONAL, COORDINATORS, FIRST_PERSON, HYPOTHETICAL, PLAIN_INDICATIVE, PLAN_TIMES, PLURAL_SUBSTITUTES, QUESTION_WORDS, RELATIVE_PRONOUNS, SPOKEN_WORDS } from '../lexicon/de-grammar';
import { kindOfContent, quoteAt, quoteOfToken, type Candidate, type Doc } from './doc';
import type { Span } from './types';
import { contentSpan, overlaps, quoteSpan, Reader } from './de-reader';

/**
 * `wenn wir an die Scheibe klopfen und ihm sagen: …` · `wenn man … sagt: …`: a first-person or
 * generic subject of a conditional clause outside a quotation is the author imagining, not anyone
 * speaking; so is `wir` asking outside a quotation and outside anyone's words.
 */
export function authorSpeaking(doc: Doc, c: Candidate, inside: (at: number) => boolean, spoken: () => boolean): boolean {
  if (c.source.length !== 1) return false;
  const [s, e] = c.source[0];
  const subject = doc.text.slice(s, e).toLowerCase();
  if (!AUTHOR_SUBJECTS.has(subject) || quoteAt(doc, s)) return false;
  const before = /(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, s - 12), s))?.[1].toLowerCase();
  if (before !== undefined && CONDITIONAL.has(before)) return true;
  if (!AUTHOR_PERSONS.has(subject) || inside(s)) return false;
  // `Wir fragen, ob …`: `wir` asking outside anyone's words is the author's question, no claim.
  const question = QUESTION_WORDS.has(/^\s*(\p{L}+)/u.exec(doc.text.slice(c.content[0]?.[0] ?? e))?.[1].toLowerCase() ?? '');
  // `…, als wir sagen, dass …`: in a report the newsroom telling is the author, unless the text speaks in the first person throughout (a speech, a transcript).
  return question || (subject === 'wir' && c.cue.length > 0 && !spoken());
}

/**
 * Drops the author's own words (`authorSpeaking`). A quotation that went on with the author's `wir`
 * answers the one asked, not the author: `Wir fragen eine Passantin, ob … „…“` is hers; where the
 * author named nobody (`Wir fragen sie …`, `als wir sagen, dass … „…“`) its source stays `wir`,
 * which the speakers' stage gives to the people the reporter is with, or to nobody.
 */
export function withoutAuthor(doc: Doc, list: readonly Candidate[], inside: (at: number) => boolean): Candidate[] {
  let spoken: boolean | undefined;
  const firstPerson = () => (spoken ??= spokenThroughout(doc));
  const author = new Set(list.filter((c) => authorSpeaking(doc, c, inside, firstPerson)));
  if (author.size === 0) return [...list];
  // The author's findings by their source, so that each quotation finds its own in one look-up.
  const spansKey = (spans: Span[]) => spans.map(([s, e]) => `${s}-${e}`).join(' ');
  const bySource = new Map<string, Candidate>();
  for (const a of author) if (!bySource.has(spansKey(a.source))) bySource.set(spansKey(a.source), a);
  const out: Candidate[] = [];
  for (const c of list) {
    if (author.has(c)) continue;
    const by = c.cue.length === 0 ? bySource.get(spansKey(c.source)) : undefined;
    const asked = by ? askedOf(doc, by) : [];
    out.push(asked.length > 0 ? { ...c, source: asked } : c);
  }
  return out;
}

/**
 * Whom the author's `fragen` asks: the noun phrase right after the cue (`Wir fragen eine Passantin`);
 * none otherwise. A pronoun (`Wir fragen sie`) is not taken: it points past the reporter's own
 * sentences to someone a resolver reading subjects would miss.
 */
function askedOf(doc: Doc, c: Candidate): Span[] {
  const cue = c.cue[0];
  if (!cue || !ASKING.test(doc.text.slice(cue[0], cue[1]).toLowerCase())) return [];
  const si = firstAtOrAfter(doc.sentences, cue[0] + 1, (s) => s.start) - 1;
  if (si < 0) return [];
  const r = new Reader(doc, doc.sentences[si], si);
  const next = firstAtOrAfter(doc.tokens, cue[1], (t) => t.start);
  if (next >= r.end) return [];
  const end = r.nounPhrase(next);
  return end > next && !PRONOUNS_DE.has(r.lower(next)) ? [r.span(next, end)] : [];
}

/**
 * The furthest end among `spans` that start at or before an offset (-1 where none does): with the
 * spans sorted by start and a running maximum of their ends, each question is a binary search.
 */
function reachOf(spans: Span[]): (at: number) => number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  for (const [, e] of sorted) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? 0));
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid][0] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? maxEnd[lo - 1] : -1;
  };
}

/** Whether an offset lies inside some candidate's content (`„…, wir fragen, ob …“`). */
export function insideContent(list: readonly Candidate[]): (at: number) => boolean {
  const reach = reachOf(list.flatMap((c) => c.content));
  return (at) => reach(at) > at;
}

export interface Speaker {
  source: Span[];
  content: Span[];
  sentence: number;
  unnamed: boolean;
}

/**
 * Hearsay `sollen` with a perfect infinitive: `Über 7.000 Menschen sollen ums Leben gekommen sein.`
 * The claim is someone else's even when nobody is named.
 */
export function reportive(r: Reader): boolean {
  const last = r.lower(r.end - 1);
  if (last !== 'sein' && last !== 'haben') return false;
  for (let j = r.s.t0; j < r.end - 2; j++) if ((r.lower(j) === 'soll' || r.lower(j) === 'sollen') && !r.quoted(j)) return PERFECT_PARTICIPLE.test(r.lower(r.end - 2));
  return false;
}

/**
 * A sentence with no cue that goes on with the previous speaker: a quotation standing alone, or
 * reported speech in Konjunktiv I (`Viele Menschen seien in Panik.`).
 */
export function continuation(r: Reader, previous: Speaker): Candidate | undefined {
  if (previous.source.length === 0 && !previous.unnamed) return undefined;
  const { t0 } = r.s;
  const end = r.end;
  // `„…“` or `Und: „…“` standing alone goes on with the previous speaker.
  const lead = /^(?:und|auch|außerdem|zudem|weiter|ferner)$/.test(r.lower(t0)) && r.text(t0 + 1) === ':' ? t0 + 2 : t0;
  if (r.opensQuote(lead) && r.afterQuote(lead) >= end - 1) {
    const q = quoteSpan(r, lead);
    if (quotedHeading(r.doc.text, q)) return undefined;
    // `"A. B", so die Trainerin`: a quotation running past the sentence into a cue of its own is that cue's.
    if (q[1] > r.s.end && /^\s*,/.test(r.doc.text.slice(q[1], q[1] + 3))) return undefined;
    if (!overlaps(previous.content, [q])) return { cue: [], source: previous.source, content: [q], kind: 'direct' };
    return undefined;
  }
  // `In diesem Fall wäre …` imagines; `…, wären verborgen geblieben, wenn …` reports a condition, which takes Konjunktiv II.
  // `…, als könnten sie den Spuk bannen` · `als ob …` compares with the unreal. After the author
  // imagined (`Damit wären …`), a plural substitute (`Sie könnten …`) supposes as well.
  let conditional: boolean | undefined;
  const inCondition = () => (conditional ??= firstUnquoted(r, t0, end, (l) => CONDITIONAL.has(l)));
  const afterAuthor = previous.sentence < r.index - 1 && imaginedByAuthor(new Reader(r.doc, r.doc.sentences[r.index - 1], r.index - 1));
  const imagined = (j: number) =>
    (HYPOTHETICAL.has(r.lower(j)) && !inCondition()) ||
    (afterAuthor && PLURAL_SUBSTITUTES.has(r.lower(j)) && !inCondition()) || r.lower(j - 1) === 'als' || (r.lower(j - 1) === 'ob' && r.lower(j - 2) === 'als') || (r.lower(r.clauseStart(j)) === 'als' && r.lower(r.clauseStart(j) + 1) === 'ob');
  for (let j = t0; j < end; j++) {
    if (r.quoted(j)) continue;
    // Konjunktiv, or `soll`/`sollen` passing on what someone said (`Hintergrund sollen Abschreibungen sein`).
    // `…, der die Pandemie beenden soll`: in a relative or subordinate clause `soll` passes nothing on.
    const konjunktiv = r.isKonjunktiv(j) && !imagined(j);
    const sollen = r.lower(j) === 'soll' || r.lower(j) === 'sollen';
    if (!konjunktiv && (!sollen || subordinate(r, j))) continue;
    // `Bis 2030 sollen neue Strecken entstehen`: a plan or a timetable, no one's words.
    if (sollen && planned(r)) return undefined;
    const named = trailingSpeaker(r);
    const content = contentSpan(r, t0, named ? named.comma : end);
    if (!content || overlaps(previous.content, [content])) return undefined;
    if (named) return { cue: [named.cue], source: [named.source], content: [content], kind: kindOfContent(r.doc, [content], 'indirect') };
    return { cue: [], source: previous.source, content: [content], kind: previous.source.length ? kindOfContent(r.doc, [content], 'indirect') : 'unnamed' };
  }
  return undefined;
}

/**
 * `Bis 2030 sollen neue Strecken entstehen` · `Im Gegenzug sollen die Firmen entlastet werden`:
 * `sollen` with a time still to come, or before a passive infinitive, sets out a plan.
 */
function planned(r: Reader): boolean {
  if (r.lower(r.end - 1) === 'werden' && PERFECT_PARTICIPLE.test(r.lower(r.end - 2))) return true;
  for (let j = r.s.t0; j < r.end; j++) {
    if (r.quoted(j)) continue;
    const l = r.lower(j);
    if (PLAN_TIMES.has(l)) return true;
    if ((l === 'bis' || l === 'ab') && /^(?:19|20)\d\d$/.test(r.text(j + 1))) return true;
  }
  return false;
}

/**
 * `„Neue Betten“` on a line of its own, without a full stop: a heading quoting words, not more of them.
 */
function quotedHeading(text: string, [start, end]: Span): boolean {
  // Looked at only next to the quotation: a text without line breaks costs no more than its quotes.
  let a = start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  let b = end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
  const ownLine = (a === 0 || text[a - 1] === '\n') && (b === text.length || text[b] === '\n' || text[b] === '\r');
  return ownLine && !/[.!?…]\s*$/.test(text.slice(start + 1, end - 1));
}

/**
 * `Angst müsse niemand haben, beruhigt die Chefin.`: reported speech closed by a verb and its
 * subject names its own speaker, whether or not the verb is a listed cue.
 */
function trailingSpeaker(r: Reader): { comma: number; cue: Span; source: Span } | undefined {
  const end = r.end;
  for (let k = end - 3; k > r.s.t0; k--) {
    if (r.text(k) !== ',') continue;
    const verb = r.lower(k + 1);
    if (r.quoted(k) || !FINITE_SHAPE.test(r.text(k + 1)) || COORDINATORS.has(verb) || SUBORDINATORS.has(verb) || RELATIVE_PRONOUNS.has(verb) || PLAIN_INDICATIVE.has(verb)) return undefined;
    if (!DETERMINERS_DE.has(r.lower(k + 2)) && !isUpperInitial(r.text(k + 2))) return undefined;
    return r.nounPhrase(k + 2) === end ? { comma: k, cue: r.span(k + 1, k + 2), source: r.span(k + 2, end) } : undefined;
  }
  return undefined;
}

/**
 * `Heil mahnte: Besorgt Seife! Reinigt die Türklinken!`: words after a colon without quotation marks
 * go on over the next sentence when it reads as spoken, with an exclamation mark, a first- or
 * second-person pronoun or a modal particle outside quotation marks.
 */
export function spokenOn(r: Reader): boolean {
  if (r.doc.text[r.s.end - 1] === '!') return true;
  for (let j = r.s.t0; j < r.end; j++) if (!r.quoted(j) && SPOKEN_WORDS.has(r.lower(j))) return true;
  return false;
}

/** Share of sentences with a first-person pronoun outside quotation marks above which the author speaks in the first person throughout (speeches: mostly over 0.15; news pages: near 0). */
const SPOKEN_TEXT_SHARE = 0.1;

/**
 * `Ich sage Ihnen: … Wir stehen zusammen …`: in a speech or a transcript the author speaks in the
 * first person, so first person and particles after a colon mark nobody else's words.
 */
export function spokenThroughout(doc: Doc): boolean {
  let first = 0;
  for (const s of doc.sentences) {
    for (let j = s.t0; j < s.t1; j++) {
      if (FIRST_PERSON.has(doc.tokens[j].lower) && quoteOfToken(doc, j) === undefined) {
        first++;
        break;
      }
    }
  }
  return first > SPOKEN_TEXT_SHARE * doc.sentences.length;
}

/** Whether a claim is words after a colon without quotation marks (`Sinngemäß sagt er: Da freuen sich …`). */
export function afterColon(doc: Doc, c: Candidate): boolean {
  const start = c.content[0]?.[0];
  return c.content.length === 1 && c.cue.length > 0 && !quoteAt(doc, start) && /:\s*$/.test(doc.text.slice(Math.max(0, start - 3), start));
}

/**
 * The author's own sentence: no quotation, no Konjunktiv, and a plainly indicative verb (`Möglicherweise
 * haben die Parasiten … entwickelt, die … erhöhen.` · `Das ist neu.`). After a quotation it ends what
 * the speaker said: a sentence after it does not go on with that speaker.
 */
export function authorsOwn(r: Reader): boolean {
  let indicative = false;
  for (let j = r.s.t0; j < r.end; j++) {
    if (r.quoted(j) || r.isKonjunktiv(j) || HYPOTHETICAL.has(r.lower(j))) return false;
    // `…, die sein Urgroßvater gegründet hat`: a relative or subordinate clause is no sentence of the author's.
    if (PLAIN_INDICATIVE.has(r.lower(j)) && !subordinate(r, j)) indicative = true;
  }
  return indicative;
}

/** Whether token j stands in a relative or subordinate clause, not in the main clause. */
function subordinate(r: Reader, j: number): boolean {
  const start = r.clauseStart(j);
  return j > r.s.t0 && (SUBORDINATORS.has(r.lower(start)) || RELATIVE_PRONOUNS.has(r.lower(start)));
}

/** Dashes that set off an afterthought (`sagt X – aber …`). */
const DASHES = new Set(['–', '—']);

/**
 * `„…“, sagt Frankenstein – aber alle Angestellten würden sich Mühe geben`: the clause after a dash
 * right behind a claim's cue and source goes on with that speaker when it reads as reported
 * (Konjunktiv, hearsay `sollen`), as the next sentence would.
 */
export function afterDash(r: Reader, found: Candidate): Candidate | undefined {
  if (found.cue.length === 0 || found.source.length === 0) return undefined;
  const end = Math.max(...[...found.cue, ...found.source, ...found.content].map(([, e]) => e));
  const dash = firstAtOrAfter(r.toks, end, (t) => t.start);
  if (dash + 1 >= r.end || !DASHES.has(r.text(dash)) || r.quoted(dash)) return undefined;
  const tail = new Reader(r.doc, { start: r.toks[dash + 1].start, end: r.s.end, t0: dash + 1, t1: r.s.t1 }, r.index);
  return continuation(tail, { source: found.source, content: found.content, sentence: r.index, unnamed: false });
}

/** `Damit wären die Transposons die Motoren`: a sentence that imagines, outside quotation marks and any condition. */
function imaginedByAuthor(r: Reader): boolean {
  return firstUnquoted(r, r.s.t0, r.end, (l) => HYPOTHETICAL.has(l)) && !firstUnquoted(r, r.s.t0, r.end, (l) => CONDITIONAL.has(l));
}

/** Whether a token outside quotation marks in [a, b) passes `test`. */
function firstUnquoted(r: Reader, a: number, b: number, test: (lower: string) => boolean): boolean {
  for (let j = a; j < b; j++) if (!r.quoted(j) && test(r.lower(j))) return true;
  return false;
}

/** Drops cue-less attributions whose claim lies inside another attribution's claim with a cue. */
export function dropCovered(list: Candidate[]): Candidate[] {
  const reach = reachOf(list.filter((c) => c.cue.length > 0).flatMap((c) => c.content));
  const covered = (c: Candidate): boolean => {
    const s = Math.min(...c.content.map((x) => x[0]));
    const e = Math.max(...c.content.map((x) => x[1]));
    return reach(s) >= e;
  };
  return list.filter((c) => c.cue.length > 0 || !covered(c));
}

/**
 * The newsroom that wrote the text, as its byline or credit line names it last: `Von A und B, NDR` ·
 * `Quelle: MDR THÜRINGEN/ls`.
 */
export function newsrooms(doc: Doc): string[] {
  const names: string[] = [];
  for (const m of doc.text.matchAll(BYLINE)) {
    const name = m[1].trim();
    if (name) names.push(name);
  }
  return names;
}

/**
 * `Die Firma ist nach NDR-Recherchen betroffen` under the byline `Von …, NDR`: what the text's own
 * newsroom found out is the author's report, not a claim of someone else.
 */
export function ownReporting(doc: Doc, c: Candidate, names: readonly string[]): boolean {
  if (c.kind !== 'according_to' || c.source.length !== 1 || names.length === 0) return false;
  const source = doc.text.slice(c.source[0][0], c.source[0][1]);
  const head = /^\p{L}[\p{L}-]*/u.exec(source)?.[0].toLowerCase() ?? '';
  if (!OWN_FINDINGS.test(head)) return false;
  return names.some((n) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?:$|[^\\p{L}])`, 'u').test(source));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
