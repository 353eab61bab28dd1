/** The English sentence reader: walks a sentence's tokens and finds each cue with its source and claim. */
import { ACTIVE_WITH_INFINITIVE, ADDRESSEES, ADVERBIAL_STARTS, CALL_FORMS, CUE_PARTICLES, NEEDS_COMPLEMENT, OUTCOME_CUES, PRONOUN_SOURCES, UNNAMED_ADVERBS, UNNAMED_PASSIVES, type CueClass } from '../lexicon/en-cues';
import { quoteAt, type Sentence } from './doc';
import { isUpperInitial, trimSpan } from './text';
import type { Span } from './types';
import { asideStart, claimBefore, claimEnd, claimStart, continuation, coordinatedCue, coordinatorBefore, describedAs, evidenceShows, timePhrase, namesWithQuote, parentheticalRest, quoteAfter, titleAfterCalled } from './en-claim';
import { negatedCue } from './en-filters';
import { accordingTo, askedQuestion, namedColonQuote, noStatement, pollAfter, quotedAsSaying, speakerLabel, unnamed } from './en-forms';
import { candidate, CUES, type Found, Reader, type SourceBefore } from './en-reader';
import type { Quote } from './quotes';
import { invertedSource, passive, sentenceSubject, sourceAfter, sourceBefore, verbAt } from './en-source';
import { AUXILIARIES, AUXILIARY_VERBS, CLAUSE_STARTS, CONCESSIVE_OPENERS, NESTED_SUBJECTS, QUESTIONED_ON, COORDINATORS, DASHES, DETERMINERS, NOT_AFTER, PARTICIPLE_CUE, QUESTION_OPENERS, TOPIC_PREPOSITIONS } from '../lexicon/en-grammar';

/** What reading one sentence carries from cue to cue. */
interface SentenceRead {
  readonly sent: Sentence;
  readonly out: Found[];
  /** Offset before which the sentence's text is taken by an earlier claim. */
  floor: number;
  /** Cue verbs coordinated with an earlier one, with that one's subject (`X said … and suggested …`). */
  readonly shared: Map<number, { source: Span[]; head: number }>;
}

/** A cue word at token `k`, through token `c` with its particle, and what stands right before it. */
interface CueAt {
  readonly k: number;
  readonly c: number;
  readonly w: string;
  readonly cls: CueClass;
  readonly cue: Span[];
  readonly prevText: string;
  readonly prevQuote: Quote | undefined;
}

/** Finds the attributions of one sentence. */
export function readSentence(r: Reader, sent: Sentence, out: Found[]): void {
  const { t0, t1 } = sent;
  const s: SentenceRead = { sent, out, floor: sent.start, shared: new Map() };
  speakerLabel(r, sent, out);
  if (isQuestion(r, t0, t1)) return;
  for (let k = t0; k < t1; k++) {
    if (r.inQuote[k]) continue;
    const w = r.lower(k);
    const next = fixedForm(r, s, k, w);
    if (next !== undefined) {
      k = next;
      continue;
    }
    const at = cueAt(r, sent, k, w);
    if (at) readCue(r, s, at);
  }
}

/** `Do you think the law should change?`: a question asks, it claims nothing. */
function isQuestion(r: Reader, t0: number, t1: number): boolean {
  let opener = r.lower(t0 + 1) === ':' ? t0 + 2 : t0;
  if (['how', 'what', 'why', 'when', 'where', 'who', 'which'].includes(r.lower(opener))) opener++;
  return QUESTION_OPENERS.has(r.lower(opener)) && !r.inQuote[opener] && r.lower(t1 - 1) === '?' && !r.inQuote[t1 - 1];
}

/**
 * The attributions of a fixed form that opens at token `k`: a question put to someone, `according
 * to`, `per`, a name before a colon and quotation, a poll, an unnamed source. Returns the token the
 * reading goes on after, or undefined when `k` opens none of them.
 */
function fixedForm(r: Reader, s: SentenceRead, k: number, w: string): number | undefined {
  const { sent, out } = s;
  const { t0, t1 } = sent;
  if (w === 'asked') {
    const after = askedQuestion(r, k, sent, out);
    if (after >= 0) {
      s.floor = after < t1 ? r.toks[after].start : sent.end;
      return after - 1;
    }
  }
  if (w === 'according' && r.lower(k + 1) === 'to') {
    const before = out.length;
    accordingTo(r, k, sent, s.floor, out, 2);
    if (out.length > before) s.floor = r.toks[k].start;
    return k + 1;
  }
  if (w === 'per' && k > t0 && r.toks[k - 1].text === ',' && k + 1 < t1 && (isUpperInitial(r.toks[k + 1].text) || r.lower(k + 1) === 'the')) {
    // `…, per the White House.`; `per cent` and `$5 per person` have no comma before them.
    accordingTo(r, k, sent, s.floor, out, 1);
    return k;
  }
  if (w === ':' && k > t0 && r.openingQuote(k + 1) && !out.some((f) => f.cue[0][0] === r.toks[k].start)) {
    namedColonQuote(r, k, sent, out);
    return k;
  }
  if (w === 'in' && pollAfter(r, k, t1)) {
    // `In a CNN poll released Monday, Clinton led …` / `… led in every statewide poll.`
    const before = out.length;
    accordingTo(r, k, sent, s.floor, out, 1);
    if (out.length > before) s.floor = Math.max(s.floor, r.toks[k].start);
    return k;
  }
  if (UNNAMED_ADVERBS.has(w)) {
    // `Trump reportedly said …` is Trump's claim: the verb's rule takes it.
    const next = CUES.get(r.lower(k + 1));
    // `allegedly handing the election to …`, `the $20 reportedly demanded by Ferro`: an adverb on a
    // gerund or a passive participle qualifies a phrase inside a clause, and reports no claim.
    const phrase = /^\p{Ll}+ing$/u.test(r.toks[k + 1]?.text ?? '') || (/^\p{Ll}+(?:ed|en)$/u.test(r.toks[k + 1]?.text ?? '') && r.lower(k + 2) === 'by');
    if (next !== 'say' && next !== 'tell' && !phrase) unnamed(r, k, k, k, sent, out);
    return k;
  }
  if (AUXILIARIES.has(w)) {
    let x = k + 1;
    while (x < t1 && ['widely', 'also', 'not', 'generally', 'still', 'now', 'long', 'largely'].includes(r.lower(x))) x++;
    if (UNNAMED_PASSIVES.has(r.lower(x)) && (r.lower(x + 1) === 'to' || r.lower(x + 1) === 'that')) {
      unnamed(r, k, k, x + 1, sent, out);
      return x + 1;
    }
  }
  return undefined;
}

/** The cue at token `k` with its particle (`pointed out`), or undefined when `w` is no cue here. */
function cueAt(r: Reader, sent: Sentence, k: number, w: string): CueAt | undefined {
  const cls = CUES.get(w);
  // `a conservative think tank`
  if (!cls || (w === 'think' && /^tanks?$/.test(r.lower(k + 1))) || noStatement(r, k, w)) return undefined;
  let c = k;
  const particles = CUE_PARTICLES.get(w);
  if (particles && particles.includes(r.lower(k + 1))) c = k + 1;
  const prevText = k > sent.t0 ? r.toks[k - 1].text : '';
  const prevQuote = r.closingQuote(k - 1);
  return { k, c, w, cls, cue: [r.span(k, c)], prevText, prevQuote };
}

/**
 * `…, and told to simply read out notes`: a verb of telling needs its addressee, so one followed
 * straight by an infinitive is a passive whose subject was told (`promised to` and `asked to` are
 * the speaker's own).
 */
const passiveTell = (r: Reader, a: CueAt): boolean =>
  a.cls === 'tell' && a.c === a.k && !ACTIVE_WITH_INFINITIVE.test(a.w) && r.lower(a.k + 1) === 'to' && /^\p{Ll}+$/u.test(r.toks[a.k + 2]?.text ?? '') && !DETERMINERS.has(r.lower(a.k + 2)) && !ADDRESSEES.has(r.lower(a.k + 2));

/** The attribution of one cue: its source after it, a participle's, or the source before it. */
function readCue(r: Reader, s: SentenceRead, a: CueAt): void {
  const { k, w, prevText, prevQuote } = a;
  const { t0 } = s.sent;
  if (invertedCue(r, s, a)) return;
  if (w === 'saying' && r.lower(k - 1) === 'as') {
    quotedAsSaying(r, k, s.sent, s.out);
    return;
  }
  // `Trump picked up from his daughter by saying …`: the participle continues the subject's clause.
  const byParticiple = PARTICIPLE_CUE.test(w) && r.lower(k - 1) === 'by' && k - 1 > t0;
  if (k > t0 && NOT_AFTER.has(r.lower(k - 1)) && !(AUXILIARIES.has(r.lower(k - 1)) && /ing$/.test(w)) && !byParticiple) return;
  if (!/ing$/.test(w) && (passive(r, k, t0) || passiveTell(r, a))) return;
  if (PARTICIPLE_CUE.test(w) && k > t0 && (byParticiple || prevText === ',' || (prevQuote && /,\s*$/.test(r.text.slice(prevQuote.innerStart, prevQuote.innerEnd))))) {
    participleCue(r, s, a, byParticiple);
    return;
  }
  subjectCue(r, s, a);
}

/** `"…," said Smith, a spokesman.` — the source follows the cue. Whether it found one. */
function invertedCue(r: Reader, s: SentenceRead, a: CueAt): boolean {
  const { k, c, w, cls, cue, prevText, prevQuote } = a;
  const { sent } = s;
  const { t0, t1 } = sent;
  if (!((cls === 'say' || (cls === 'tell' && prevQuote)) && k > t0 && (prevQuote || prevText === ',' || DASHES.includes(prevText)) && !PARTICIPLE_CUE.test(w))) return false;
  if (!invertedSource(r, c + 1, t1, !!prevQuote)) return false;
  const source = sourceAfter(r, c + 1, t1);
  const claim = claimBefore(r, sent, s.floor, prevQuote ? k - 1 : k - 2);
  if (!source || !claim) return false;
  const content = [claim, ...continuation(r, source[1], sent)];
  s.out.push(candidate(cue, [source], content, r.toks[k].start, false));
  s.floor = Math.max(s.floor, content[content.length - 1][1]);
  return true;
}

/**
 * `given that racism and social media added to their challenges`, `swings … are adding to the
 * challenges of winter`, `…, adding to the confusion`: adding to a thing is no speech.
 */
const addsToThing = (r: Reader, w: string, c: number, start: number): boolean => /^add(?:s|ed|ing)?$/.test(w) && start === c + 1 && r.lower(start) === 'to';

/**
 * `…, X said, adding that …`: the participle's claim belongs to the last source of the sentence.
 * `Rubio pushed back on Thursday, saying that …`: with no source before, it is the sentence's subject.
 */
function participleCue(r: Reader, s: SentenceRead, a: CueAt, byParticiple: boolean): void {
  const { k, c, w, cls, cue, prevText } = a;
  const { sent, out, shared } = s;
  const { t0, t1 } = sent;
  const last = out[out.length - 1];
  const start = claimStart(r, k, c, cls, t1);
  if (start < 0) return;
  const sharedWith = shared.get(k);
  const source = sharedWith?.source ?? (last && last.source.length && last.head >= sent.start ? last.source : prevText === ',' || byParticiple ? sentenceSubject(r, t0, k) : undefined);
  if (addsToThing(r, w, c, start)) return;
  const content = trimSpan(r.text, r.toks[start].start, claimEnd(r, start, sent));
  if (CALL_FORMS.has(w) && c === k && !namesWithQuote(r, content, start)) return;
  // `Harry said, recalling the events surrounding their decision`: recalling a thing states nothing.
  if (NEEDS_COMPLEMENT.has(w) && !(CLAUSE_STARTS.has(r.lower(start)) || r.openingQuote(start) || r.toks[start - 1].text === ':' || describedAs(r, w, start, t1))) return;
  if (!source) return;
  out.push(candidate(cue, source, [content], sharedWith?.head ?? r.toks[k].start, true));
  const next = coordinatedCue(r, start, t1, true);
  if (next >= 0) shared.set(next, { source, head: r.toks[next - 1].start });
}

/**
 * The source before a cue. `she remembered telling Harry`, `Taylor Swift posted on Twitter accusing
 * …`: a participle right after a verb, or after a speech verb and its adverbial, has the verb's
 * subject as its source; after an object (`issued a statement describing …`) it is the object's.
 */
function subjectBefore(r: Reader, k: number, t0: number, w: string): SourceBefore | undefined {
  const subject = sourceBefore(r, k, t0);
  if (!subject || !PARTICIPLE_CUE.test(w)) return subject;
  let v = subject.start + 1;
  while (v <= subject.end && !verbAt(r, v)) v++;
  if (v <= subject.end && (v === subject.end || (CUES.get(r.lower(v)) === 'say' && ADVERBIAL_STARTS.has(r.lower(v + 1))))) return { start: subject.start, end: v - 1 };
  return subject;
}

/** Plural-looking words that take a singular verb (`the news says`, `the series notes`). */
const SINGULAR_IN_S = /(?:ss|us|is|ics|news|series|species)$/;

/** Whether the word at token `end` is a lower-case plural right before the third-person singular cue `w` (`weapons charges`, `price claims`). */
function pluralBeforeVerbS(r: Reader, end: number, w: string): boolean {
  const before = r.toks[end].text;
  return /^\p{L}+[^s]s$/u.test(w) && /^\p{Ll}+s$/u.test(before) && !SINGULAR_IN_S.test(before);
}

/**
 * `“Parasite” director Bong Joon Ho said …`: a quotation with no punctuation of its own, right
 * before a lower-case word of its subject, is a title naming the speaker's work, not a claim.
 */
function quotedTitle(r: Reader, close: number, subjectStart: number): boolean {
  const q = r.closingQuote(close);
  if (!q) return false;
  const inner = r.text.slice(q.start, r.toks[close].start);
  return !/[,.!?…;:—–-]\s*$/.test(inner) && /^\s?$/.test(r.text.slice(r.toks[close].end, r.toks[subjectStart].start)) && /^\p{Ll}/u.test(r.toks[subjectStart].text) && !DETERMINERS.has(r.lower(subjectStart)) && !PRONOUN_SOURCES.has(r.lower(subjectStart));
}

/** A cue with its source before it: the claim before it (`…, officials said`), outside its sentence, or after it. */
function subjectCue(r: Reader, s: SentenceRead, a: CueAt): void {
  const { k, c, w, cls } = a;
  const { t0, t1 } = s.sent;
  const sharedWith = s.shared.get(k);
  const subject = sharedWith ? { start: k, end: k } : subjectBefore(r, k, t0, w);
  if (!subject || !/\p{L}/u.test(r.text.slice(r.toks[subject.start].start, r.toks[subject.end].end))) return;
  // `… obstruction and weapons charges.`: a plural noun before an -s form makes it a noun, no verb of its subject.
  if (!sharedWith && pluralBeforeVerbS(r, subject.end, w)) return;
  const source = sharedWith ? sharedWith.source : [r.span(subject.start, subject.end)];
  // `She did not respond to …`, `We will never know why …`: a denied act states nothing.
  if (!sharedWith && negatedCue(r, subject.end + 1, k)) return;
  const start = claimStart(r, k, c, cls, t1);
  // `Sondland routinely bragged about his proximity to Trump`: speech about a topic states nothing.
  if (start === c + 1 && c === k && (cls === 'say' || cls === 'tell') && TOPIC_PREPOSITIONS.has(r.lower(start))) return;
  const boundary = subject.start - 1;
  const quoteBefore = boundary >= t0 && !quotedTitle(r, boundary, subject.start) ? r.closingQuote(boundary) : undefined;
  const afterComma = boundary >= t0 && r.toks[boundary].start >= s.floor && (r.toks[boundary].text === ',' || !!quoteBefore || DASHES.includes(r.toks[boundary].text));
  const restIsAside =
    start < 0 ||
    asideStart(r, start) ||
    (start === c + 1 && r.toks[start].text === ',') ||
    (r.toks[start - 1]?.text === ',' && !CLAUSE_STARTS.has(r.lower(start))) ||
    (!!quoteBefore && !CLAUSE_STARTS.has(r.lower(start)) && r.toks[start - 1]?.text !== ':' && !r.openingQuote(start));
  if (addsToThing(r, w, c, start) && !afterComma) return;
  if (afterComma && restIsAside && cls !== 'intend') {
    claimBeforeCue(r, s, a, source, subject.start);
    return;
  }
  if (start < 0 || (subject.start === t0 && asideStart(r, start))) {
    if (claimOutsideSentence(r, s, a, source, subject.start, start) || start < 0) return;
  }
  claimAfterCue(r, s, a, { source, subject, start, sharedWith });
}

/**
 * `"…," Clinton said, The New York Times reported.`: a claim before the cue that is only an earlier
 * finding's source and cue reports that whole attribution, its claim included.
 */
function retoldAttribution(r: Reader, out: Found[], claim: Span): Span {
  const wordless = (from: number, to: number) => !/[\p{L}\p{N}]/u.test(r.text.slice(from, to));
  const inner = out.find((f) => f.source.length > 0 && f.content.length > 0 && f.source[0][0] >= claim[0] && wordless(claim[0], f.source[0][0]) && f.cue[f.cue.length - 1][1] <= claim[1] && wordless(f.cue[f.cue.length - 1][1], claim[1]) && f.content[0][0] < claim[0]);
  return inner ? [inner.content[0][0], claim[1]] : claim;
}

/** `"…," Smith said.` / `The plan failed, officials said.`: the claim ends before the source that starts at `subjectStart`. */
function claimBeforeCue(r: Reader, s: SentenceRead, a: CueAt, source: Span[], subjectStart: number): void {
  const { c, cue } = a;
  const { sent } = s;
  const boundary = subjectStart - 1;
  const before = claimBefore(r, sent, s.floor, r.closingQuote(boundary) ? boundary : boundary - 1);
  if (!before) return;
  const claim = retoldAttribution(r, s.out, before);
  const quoted = continuation(r, r.toks[c].end, sent);
  const rest = quoted.length || r.closingQuote(boundary) ? [] : parentheticalRest(r, c, sent, claim);
  // `In 1997, Elise wrote, she interviewed Mike`: the time phrase opens the claim that runs on after the cue.
  if (!quoted.length && !rest.length && timePhrase(r, claim)) return;
  const content = [claim, ...quoted, ...rest];
  s.out.push(candidate(cue, source, content, r.toks[subjectStart].start, rest.length > 0));
  s.floor = Math.max(s.floor, content[content.length - 1][1]);
}

/**
 * A claim outside the cue's sentence: `Smith said:` closing a paragraph, with the quotation in the
 * next one, or `"…?" Smith asked in an interview.` with the quotation closing the previous sentence.
 * Whether the cue is done with: the previous sentence's quotation was its claim.
 */
function claimOutsideSentence(r: Reader, s: SentenceRead, a: CueAt, source: Span[], subjectStart: number, start: number): boolean {
  const { c, cls, cue } = a;
  const { sent, out } = s;
  const q = start < 0 && (r.toks[c + 1]?.text === ':' || r.toks[c].text === ':') ? quoteAfter(r, sent.end) : undefined;
  if (q) out.push(candidate(cue, source, [[q.start, q.end]], r.toks[subjectStart].start, false));
  else if (subjectStart === sent.t0 && (cls === 'say' || cls === 'tell')) {
    const prev = quoteAt(r.doc, Math.max(0, sent.start - 2));
    if (prev && /^[ \t]*$/.test(r.text.slice(prev.end, sent.start))) {
      out.push(candidate(cue, source, [[prev.start, prev.end]], r.toks[subjectStart].start, false));
      return true;
    }
  }
  return false;
}

/**
 * `Republicans also questioned Morrison about his testimony`: questioning a person about a thing
 * is an interrogation, not a stance; `questioned the wisdom of …` stays one.
 */
function interrogated(r: Reader, w: string, start: number, t1: number): boolean {
  if (!/^question/.test(w)) return false;
  let x = start;
  if (['him', 'her', 'them', 'me', 'us'].includes(r.lower(x))) x++;
  else while (x < t1 && isUpperInitial(r.toks[x].text) && !r.inQuote[x]) x++;
  return x > start && QUESTIONED_ON.has(r.lower(x));
}

/**
 * `While the spokeswoman said the trip was routine, he had never …`: a claim inside a clause that a
 * subordinator opens before its source ends at the comma where the main clause begins (Infinity: no such end).
 */
function subordinateEnd(r: Reader, sent: Sentence, subjectStart: number, start: number): number {
  const { t0, end } = sent;
  const opener = subjectStart - 1;
  if (opener < t0 || !CONCESSIVE_OPENERS.has(r.lower(opener)) || (opener > t0 && !(opener === t0 + 1 && COORDINATORS.has(r.lower(t0))))) return Infinity;
  for (let x = start + 1; x + 1 < r.toks.length && r.toks[x].start < end; x++) {
    if (r.inQuote[x] || r.toks[x].text !== ',') continue;
    const w = r.lower(x + 1);
    if (NESTED_SUBJECTS.has(w) || DETERMINERS.has(w) || isUpperInitial(r.toks[x + 1].text)) return r.toks[x].start;
  }
  return Infinity;
}

/**
 * `Steenburgen called Buckley's performance “stunning,” but seemed changed …`: after an object
 * claim, a coordinated verb with no subject of its own is the speaker's next act; the claim ends
 * before it. Returns the end offset of the claim that starts at token `start` and ends by `end`.
 */
function secondPredicate(r: Reader, start: number, end: number): number {
  if (CLAUSE_STARTS.has(r.lower(start)) || r.lower(start) === 'to') return end;
  for (let x = start + 1; x + 1 < r.toks.length && r.toks[x + 1].start < end; x++) {
    if (r.inQuote[x] || !COORDINATORS.has(r.lower(x))) continue;
    const before = x - 1;
    if ((r.toks[before].text === ',' || r.closingQuote(before)) && !r.inQuote[x + 1] && verbAt(r, x + 1)) return r.toks[x].start;
  }
  return end;
}

/** Object pronouns after `to`, which make it a preposition (`agreed to it`). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'me', 'us', 'you', 'this', 'that']);

/** Whether token `x` opens an infinitive (`agreed to talk`), not a prepositional phrase (`agreed to an interview`, `agreed to the terms`). */
const infinitiveAt = (r: Reader, x: number): boolean => {
  const next = r.toks[x + 1]?.text ?? '';
  return r.lower(x) === 'to' && /^\p{Ll}+$/u.test(next) && !NOT_AFTER.has(next) && !OBJECT_PRONOUNS.has(next);
};

/** The claim that starts at token `start` after the cue and runs to the end of its clause, or to a coordinated second cue. */
function claimAfterCue(r: Reader, s: SentenceRead, a: CueAt, found: { source: Span[]; subject: SourceBefore; start: number; sharedWith: { head: number } | undefined }): void {
  const { k, c, w, cls, cue } = a;
  const { sent, out, shared } = s;
  const { t0, t1 } = sent;
  const { source, subject, start, sharedWith } = found;
  // `the reality TV show "The Apprentice"`: a title after a noun-like cue form is no claim.
  if (cls === 'think' && start === c + 1 && r.openingQuote(start)) return;
  // `the story the company is telling does not …`, `the story the mayor told reporters was false`: a verb of telling whose
  // object went before it ends a relative clause, and the auxiliary after it or its addressee is the main clause's.
  if (interrogated(r, w, start, t1)) return;
  if (cls === 'tell' && c === k && [k + 1, start].some((x) => !r.inQuote[x] && (AUXILIARY_VERBS.has(r.lower(x)) || /n['’]t$/.test(r.lower(x))))) return;
  if (NEEDS_COMPLEMENT.has(w) && !(CLAUSE_STARTS.has(r.lower(start)) || infinitiveAt(r, start) || r.openingQuote(start) || r.toks[start - 1].text === ':' || describedAs(r, w, start, t1) || evidenceShows(r, w, subject.end))) return;
  if (k > t0 && /['’]s$/.test(r.lower(k - 1))) return;
  if (OUTCOME_CUES.has(w) && !(CLAUSE_STARTS.has(r.lower(start)) || r.openingQuote(start) || r.toks[start - 1].text === ':')) return;
  const next = coordinatedCue(r, start, t1, false);
  // `The mayor condemned the attack and said …`: the claim of the first verb ends at the second.
  const end = Math.min(next >= 0 ? Math.min(claimEnd(r, start, sent), r.toks[coordinatorBefore(r, next)].start) : claimEnd(r, start, sent), subordinateEnd(r, sent, subject.start, start));
  const content = trimSpan(r.text, r.toks[start].start, cls === 'intend' ? secondPredicate(r, start, end) : end);
  if (content[1] - content[0] < 2) return;
  if (CALL_FORMS.has(w) && c === k && (!namesWithQuote(r, content, start) || titleAfterCalled(r, k, start))) return;
  out.push(candidate(cue, source, [content], sharedWith ? sharedWith.head : r.toks[subject.start].start, true));
  // `Demonstrators said they want …, but pledged …`: the first subject of the sentence keeps the coordinated verb.
  if (next >= 0 && !shared.has(next)) shared.set(next, { source, head: r.toks[next - 1].start });
}
