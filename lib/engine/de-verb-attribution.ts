/** German verb attributions: the subject of a cue verb (before or after it) and the claim it introduces. */
import { AUXILIARIES, BACK_POINTING_ARTICLES, CASUALTIES, COMPLEMENTIZERS, DETERMINERS_DE, JUDGED_FOR, NON_SUBJECT_STARTS, NP_STOP, OBJECT_CLAIMS, PRONOUNS_DE, SAYING, SUBORDINATORS } from '../lexicon/de-cues';
import { SENTENCE_ADVERBS, ARTICLE_OR_ANAPHOR, BEFORE_SUBJECT, CIRCUMSTANCE, COORDINATORS, FRONTED_FRAME, INVERTED_PRONOUNS, SUBJECT_JOINERS, NOBODY, NOMINATIVE_RELATIVE, OBJECT_ARTICLES, QUESTION_WORDS, RELATIVE_PRONOUNS } from '../lexicon/de-grammar';
import { kindOfContent, type Candidate } from './doc';
import { isUpperInitial } from './text';
import type { Kind, Span } from './types';
import { type CueMatch } from './de-cue';
import { claimBeforeComma, CONTENT_WINDOW, contentSpan, firstIn, hasFiniteVerb, hasKonjunktiv, hasQuote, hasWord, quoteSpan, Reader, reportedClause, timeExpression } from './de-reader';
import { ADJECTIVE, ADVERB_SHAPE, FINITE_SHAPE, PARENTHESIS_OPEN, PRETERITE_SHAPE } from '../lexicon/de-shapes';

/** How many tokens after the cue's subject a quotation may be taken up again (`sagte sie am Montag in Berlin, „…“`). */
const RESUME_WINDOW = 10;

/** Finds the source and the claim around one cue verb. */
export function verbAttribution(r: Reader, m: CueMatch, subjects: SentenceSubjects): Candidate | undefined {
  const v = m.finite;
  const cs = r.clauseStart(v);
  const first = r.lower(cs);
  const lastCue = m.cue[m.cue.length - 1];
  const cue = m.cue.map((c) => r.span(c, c + 1));
  // `…, anders als das Militär behauptet, …` frames like `wie`.
  if (first === 'anders' && r.lower(cs + 1) === 'als' && cs + 1 < v && r.isBreak(m.cue[m.cue.length - 1] + 1)) return verbFinalAttribution(r, m, cs + 1);
  // `Update: Das Regime in Nordkorea hat … veröffentlicht`: after a colon, as at the sentence's start, an article opens a main clause.
  const mainOpening = cs === r.s.t0 || r.text(cs - 1) === ':';
  const subordinate = SUBORDINATORS.has(first) && !(mainOpening && DETERMINERS_DE.has(first));
  const verbFinal = cs < v && subordinate && (v >= r.end - 1 || lastCue >= r.clauseEnd(v) - 1);
  if (verbFinal) return verbFinalAttribution(r, m, cs);
  // `Wie der Richter, Ottmar Breidling, ausführte, …`: the apposition's commas hide the clause start.
  if (cs === v && r.lower(r.s.t0) === 'wie' && r.isBreak(lastCue + 1) && !hasFiniteVerb(r, r.s.t0 + 1, v)) return verbFinalAttribution(r, m, r.s.t0, true);
  // … and after the claim: `…, wie Burt Rutan, Chef der Firma, mitteilte.`
  const trailing = cs === v ? trailingWie(r, v) : undefined;
  if (trailing !== undefined && (lastCue + 1 >= r.end || /^[.!?…]$/.test(r.text(lastCue + 1)))) return verbFinalAttribution(r, m, trailing, true);

  let source: Span[] = [];
  let content: Span | undefined;
  let after = lastCue + 1;
  const coordinated = v > r.s.t0 && COORDINATORS.has(r.lower(v - 1));
  const subjectStart = invertedSubjectStart(r, v);
  const npEnd = PRONOUNS_DE.has(r.lower(subjectStart)) && r.lower(subjectStart) !== 'es' ? coordinatedEnd(r, subjectStart + 1) : r.nounPhrase(subjectStart);
  const inverted = npEnd > subjectStart && !(m.cue.length > 1 && m.cue[1] === v + 1);
  if (m.passive) {
    // `wurde von der Gruppe berichtet`: the agent names the source.
    for (let j = v + 1; j < lastCue - 1; j++) {
      if (!/^(?:von|vom|seitens)$/.test(r.lower(j))) continue;
      const agent = r.nounPhrase(j + 1);
      if (agent > j + 1) source = [r.span(j + 1, agent)];
      break;
    }
  } else if (coordinated) {
    source = subjects.last ?? sentenceSubject(r);
    if (source.length === 0) return undefined;
  } else if (cs < v) {
    const fronted = frontedSubject(r, m, cs, { subjectStart, npEnd, inverted, after });
    if (!fronted) return undefined;
    ({ source, after, content } = fronted);
  } else if (cs === r.s.t0) {
    return undefined;
  } else if (inverted && !appositiveSubject(r, cs) && frontedClaim(r, m, cs - 1)) {
    source = [r.span(subjectStart, npEnd)];
    after = Math.max(after, npEnd);
    content = frontedClaim(r, m, cs - 1);
  } else if (inverted && !appositiveSubject(r, cs) && !openingClause(r, cs - 1)) {
    // `Am Sonntag, 15. März 2020, verkündete Tobias Hans, dass …`: a fronted phrase, the subject follows.
    source = [r.span(subjectStart, npEnd)];
    after = Math.max(after, npEnd);
  } else if (inverted && !appositiveSubject(r, cs)) {
    // `Niemand pfeift ihn zurück, verlangt eine Entschuldigung …`: a second verb of the same subject;
    // `Wenn Kohl emotional wurde, erinnerte er sich …`: a subject pronoun right after the verb is its own.
    source = INVERTED_PRONOUNS.has(r.lower(v + 1)) ? [r.span(v + 1, v + 2)] : subjects.last ?? sentenceSubject(r);
    // `Zumindest an der Einstellung wird es nicht fehlen, versichert Sportdirektorin Kim Renkema: „…“`: no subject opens the sentence; the one before the colon speaks.
    if (source.length === 0 && r.text(npEnd) === ':') source = [r.span(subjectStart, npEnd)];
    if (source.length === 0) return undefined;
  } else if (subjects.last && r.text(cs - 1) === ',' && !inverted) {
    // `„…“, berichtet Rhee, fügt aber rasch hinzu: „…“`: a second verb of the subject just named, not of the sentence's first.
    source = subjects.last;
  } else {
    // `Frank Sichau, der als Sprecher fungiert, erklärte, …`: the subject with its apposition.
    if (NON_SUBJECT_STARTS.has(r.lower(r.s.t0)) || r.opensQuote(r.s.t0) || r.nounPhrase(r.s.t0) === r.s.t0) return undefined;
    // `Sie steigen da ein, sagen, wo …`: a pronoun takes no apposition; the cue is its second verb.
    const pronoun = PRONOUNS_DE.has(r.lower(r.s.t0)) && !PARENTHESIS_OPEN.has(r.text(r.s.t0 + 1));
    const subject = pronoun ? r.span(r.s.t0, r.s.t0 + 1) : contentSpan(r, r.s.t0, cs - 1);
    if (!subject) return undefined;
    source = [subject];
  }

  // `Niemand …` names nobody who said anything.
  if (source.length > 0 && NOBODY.has(r.doc.text.slice(source[0][0], source[0][1]).split(/\s/)[0].toLowerCase())) return undefined;
  if (source.length > 0) subjects.last = source;
  if (!content && m.cue.length > 1 && m.verb.particle && m.verb.frames.includes('object') && lastCue > after) {
    content = contentSpan(r, after, lastCue);
  }
  if (!content) content = contentAfter(r, m, after);
  if (!content) return undefined;
  const kind: Kind = m.passive && source.length === 0 ? 'unnamed' : kindOfContent(r.doc, [content], 'indirect');
  const resumed = content[1] <= cue[0][0] ? resumedQuote(r, after) : undefined;
  return { cue, source, content: resumed ? [content, resumed] : [content], kind };
}

/**
 * `„A“, sagte die Ministerin, „B.“`: a quotation taken up again after its cue and subject, to the
 * end of the sentence, is the second part of the same claim.
 */
function resumedQuote(r: Reader, after: number): Span | undefined {
  for (let j = after; j < r.end && j < after + RESUME_WINDOW; j++) {
    if (r.quoted(j) || (j > after && (r.isFiniteCue(j) || AUXILIARIES.has(r.lower(j))))) return undefined;
    if (r.text(j) !== ',' || !r.opensQuote(j + 1)) continue;
    return r.afterQuote(j + 1) >= r.end ? quoteSpan(r, j + 1) : undefined;
  }
  return undefined;
}

/**
 * The source of a cue verb at `m.finite` after a fronted word group that starts at `cs`: the subject
 * after the verb when the group is an object, adverb, quotation or time, else the group itself. Also
 * where the claim may start, and a claim the group already holds. Undefined when nobody speaks.
 */
function frontedSubject(r: Reader, m: CueMatch, cs: number, at: { subjectStart: number; npEnd: number; inverted: boolean; after: number }): { source: Span[]; after: number; content: Span | undefined } | undefined {
  const v = m.finite;
  const first = r.lower(cs);
  const { subjectStart, npEnd, inverted } = at;
  const pronounAfter = INVERTED_PRONOUNS.has(r.lower(v + 1));
  // `„D.Live“ kündigt … an`: a short quote right before the verb, with no comma, names the subject.
  const quotedName = r.opensQuote(cs) && r.afterQuote(cs) <= v && r.afterQuote(cs) - cs <= (r.afterQuote(cs) === v ? 5 : 8);
  // `Doch der Aktivist … sagt`, `Auch die Zeitung meldete`: a conjunction or a focus particle before the fronted group is no part of it.
  let lead = cs;
  while (lead < v - 1 && (COORDINATORS.has(r.lower(lead)) || BEFORE_SUBJECT.has(r.lower(lead)))) lead++;
  // `Das sagte X` fronts an object; `Das Imperial College sagte` a subject.
  const nonSubject = NON_SUBJECT_STARTS.has(r.lower(lead)) && !(ARTICLE_OR_ANAPHOR.has(r.lower(lead)) && v - lead > 1);
  const frontedAdverb = v - cs === 1 && (ADVERB_SHAPE.test(first) || SENTENCE_ADVERBS.has(first));
  if (nonSubject || (r.opensQuote(cs) && !quotedName) || frontedAdverb || pronounAfter || timeExpression(r, cs, v)) {
    // `Es bezeichnet den Entwurf …`: an accusative or dative noun phrase after the verb is no subject.
    if (!inverted || OBJECT_ARTICLES.has(r.lower(subjectStart))) return undefined;
    const source = [r.span(subjectStart, npEnd)];
    let after = Math.max(at.after, npEnd);
    let content: Span | undefined;
    if (r.opensQuote(cs) && r.afterQuote(cs) === v) content = quoteSpan(r, cs);
    // `Als „unerwartetes Geschenk“ bezeichnet X den Fund` · `Von einer „Indiskretion“ sprach X`.
    else if (hasQuote(r, cs, v) && (first === 'als' || first === 'von')) content = contentSpan(r, cs, v);
    if (/^(?:das|dies|dieses|so)$/.test(first) && v - cs === 1) content = contentAfter(r, m, after) ?? previousClaim(r);
    return { source, after, content };
  } else {
    // `Aber ich sagte …` · `und das Gesundheitsamt erklärte …`: the conjunction is no part of the source.
    let from = cs;
    while (from < v - 1 && (COORDINATORS.has(r.lower(from)) || BEFORE_SUBJECT.has(r.lower(from)))) from++;
    if (NON_SUBJECT_STARTS.has(r.lower(from)) && from > cs) return undefined;
    // `„Noch“ werde man nicht zum Streik aufrufen, sagt X`: a group with a finite verb is a clause, the cue its infinitive.
    if (finiteIn(r, from, v)) return undefined;
    return { source: [r.span(from, v)], after: at.after, content: undefined };
  }
}

/** Whether an auxiliary or a Konjunktiv form outside quotation marks stands in tokens [a, b). */
function finiteIn(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (!r.quoted(j) && (AUXILIARIES.has(r.lower(j)) || r.isKonjunktiv(j))) return true;
  return false;
}

/**
 * `fordern er und die ATU, rund 50 Verbände sowie viele Unterzeichner …`: a pronoun subject after its
 * verb runs on over noun phrases joined by `und`/`sowie`/`oder`, and over commas only inside such a list.
 */
function coordinatedEnd(r: Reader, end: number): number {
  let j = end;
  while (j < r.end) {
    const joined = SUBJECT_JOINERS.has(r.lower(j));
    if (!joined && r.text(j) !== ',') break;
    const np = r.nounPhrase(j + 1);
    // `nennt er „die Unsicherheit“ und das „Infektionsgeschehen“`: a quotation is the object, no part of the subject.
    if (np <= j + 1 || hasQuote(r, j + 1, np)) break;
    if (joined) end = np;
    else if (!SUBJECT_JOINERS.has(r.lower(np)) && r.text(np) !== ',') break;
    j = np;
  }
  return end;
}

/** Where the subject after a fronted verb starts: past up to two sentence adverbs (`erklärte gestern ein Sprecher`). */
function invertedSubjectStart(r: Reader, v: number): number {
  let j = v + 1;
  while (j < v + 3 && SENTENCE_ADVERBS.has(r.lower(j))) j++;
  return j > v + 1 && r.nounPhrase(j) > j ? j : v + 1;
}

/**
 * Whether the sentence opens with a noun phrase set off by commas right up to the verb's clause:
 * `Lars Schauer, Manager von Energie Cottbus, bezeichnete …` (not `Die Lage sei ernst, sagte X`).
 */
function appositiveSubject(r: Reader, cs: number): boolean {
  const t0 = r.s.t0;
  if (r.quoted(t0) || r.closesQuote(cs - 2) || NON_SUBJECT_STARTS.has(r.lower(t0))) return false;
  const np = r.nounPhrase(t0);
  const relative = RELATIVE_PRONOUNS.has(r.lower(np + 1)) || RELATIVE_PRONOUNS.has(r.lower(np + 2));
  return np > t0 && np < cs && r.text(np) === ',' && (relative || !hasFiniteVerb(r, np + 1, cs - 1));
}

/** Whether the sentence opens with a clause of its own (a subject and a verb) before token `end`. */
function openingClause(r: Reader, end: number): boolean {
  const t0 = r.s.t0;
  // `Da die Funde … stammen, formulierten die Forscher …`: a subordinate clause; the subject follows the verb.
  if (NON_SUBJECT_STARTS.has(r.lower(t0)) || CIRCUMSTANCE.has(r.lower(t0)) || r.opensQuote(t0)) return false;
  const np = r.nounPhrase(t0);
  if (np === t0) return false;
  for (let j = np; j < end; j++) {
    const w = r.text(j);
    if (/^\p{Ll}+$/u.test(w) && !DETERMINERS_DE.has(r.lower(j)) && !NP_STOP.has(r.lower(j)) && !ADJECTIVE.test(w)) return true;
  }
  return false;
}

/**
 * The claim before `, sagte X`: the quotation that ends at the comma, or the clause before it when it
 * reads as reported speech or the verb is one of saying (`Die Lage ist ernst, sagte er`) — not
 * `Niemand pfeift ihn zurück, verlangt eine Entschuldigung`.
 */
function frontedClaim(r: Reader, m: CueMatch, comma: number): Span | undefined {
  const start = Math.max(r.s.t0, comma - CONTENT_WINDOW);
  if (r.closesQuote(comma - 1)) return claimBeforeComma(r, start, comma);
  // `Wir sind, glaube ich, auf gutem Kurs`: a cue set off by commas inside the claim.
  const npEnd = r.nounPhrase(m.finite + 1);
  if (r.text(npEnd) === ',' && npEnd + 1 < r.end && PRONOUNS_DE.has(r.lower(m.finite + 1))) return contentSpan(r, r.s.t0, r.end);
  if (CIRCUMSTANCE.has(r.lower(r.s.t0)) && !reportedAfterCircumstance(r, start, comma)) return undefined;
  // `Bei dem Treffen, sagte er, …` frames; `Am Mittwoch sei X befreit worden, sagte er` reports.
  // `Auf die Frage, ob er mehr wisse, sagte er: …`: the frame asks; its Konjunktiv is the question's.
  if (FRONTED_FRAME.has(r.lower(r.s.t0)) && (!hasKonjunktiv(r, start, comma) || askedBefore(r, start, comma))) return undefined;
  return SAYING.has(m.verb.lemma) || reportedClause(r, start) ? contentSpan(r, start, comma) : undefined;
}

/**
 * `Um sie aufzuspüren, müsse man …, erzählt X`: the circumstance clause that opens the sentence is
 * followed by a main clause in Konjunktiv before the cue's comma, so the sentence is reported speech,
 * not a frame (`Als er ankam, sagte er, …`).
 */
function reportedAfterCircumstance(r: Reader, a: number, comma: number): boolean {
  for (let j = a + 1; j < comma - 1; j++) if (r.text(j) === ',' && !r.quoted(j) && r.isKonjunktiv(j + 1)) return true;
  return false;
}

/** Whether a clause opened by a question word (`…, ob …`, `…, wie …`) stands in tokens [a, b). */
function askedBefore(r: Reader, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (r.isBreak(j - 1) && QUESTION_WORDS.has(r.lower(j)) && !r.quoted(j)) return true;
  return false;
}

/** What `Das sagte X` points back to: the quotation or the sentence just before. */
export function previousClaim(r: Reader): Span | undefined {
  const prev = r.s.t0 - 1;
  if (prev < 0) return undefined;
  if (r.closesQuote(prev)) return quoteSpan(r, prev);
  const before = r.doc.sentences[r.index - 1];
  if (!before || r.doc.text.slice(before.end, r.s.start).includes('\n\n')) return undefined;
  const t = r.doc.text;
  let e = before.end;
  while (e > before.start && /[.!?…\s]/.test(t[e - 1])) e--;
  return e > before.start ? [before.start, e] : undefined;
}

/** Subjects of the cue verbs seen so far in a sentence, for coordinated verbs (`X nannte … und betonte …`). */
export interface SentenceSubjects {
  last?: Span[];
}

/** The sentence's own fronted subject, when it opens with one. */
function sentenceSubject(r: Reader): Span[] {
  const t0 = r.s.t0;
  if (NON_SUBJECT_STARTS.has(r.lower(t0)) || SENTENCE_ADVERBS.has(r.lower(t0)) || r.opensQuote(t0)) return [];
  const np = r.nounPhrase(t0);
  return np > t0 ? [r.span(t0, np)] : [];
}

/**
 * The `wie` after a comma that opens the clause of a sentence-final verb at `v` whose apposition
 * commas hide it (`…, wie Burt Rutan, Chef der Firma, mitteilte.`): a noun phrase, then an
 * apposition of nouns that closes with a comma right before the verb.
 */
function trailingWie(r: Reader, v: number): number | undefined {
  if (r.text(v - 1) !== ',') return undefined;
  for (let j = v - 1; j > r.s.t0; j--) {
    if (r.lower(j) !== 'wie' || r.text(j - 1) !== ',') continue;
    const np = r.nounPhrase(j + 1);
    if (np <= j + 1 || r.text(np) !== ',') return undefined;
    for (let k = np + 1; k < v - 1; k++) {
      const w = r.text(k);
      if (/^\p{Ll}/u.test(w) && !DETERMINERS_DE.has(r.lower(k)) && !NP_STOP.has(r.lower(k)) && !ADJECTIVE.test(w)) return undefined;
    }
    return j;
  }
  return undefined;
}

/** A cue at the end of a subordinate clause: `wie EADS mitteilte` · `das der US-Präsident als „sehr gut“ beschrieb`. */
function verbFinalAttribution(r: Reader, m: CueMatch, cs: number, apposition = false): Candidate | undefined {
  let npStart = cs + 1;
  while (npStart < cs + 3 && NP_STOP.has(r.lower(npStart)) && !DETERMINERS_DE.has(r.lower(npStart))) npStart++;
  // `Ramsey Clark, der der US-Regierung vorwarf, …`: the relative pronoun is the subject, and stands
  // for the noun phrase before the comma.
  // Only masculine `der` is never an object; `die`/`das` count when the verb follows at once.
  const relativeSubject =
    cs > r.s.t0 && r.text(cs - 1) === ',' && NOMINATIVE_RELATIVE.has(r.lower(cs)) &&
    (cs + 1 === Math.min(...m.cue) || ((r.lower(cs) === 'der' || r.lower(cs) === 'welcher') && DETERMINERS_DE.has(r.lower(cs + 1))));
  let npEnd = apposition ? Math.min(...m.cue) : r.nounPhrase(npStart);
  let subject = apposition ? contentSpan(r, npStart, npEnd) : npEnd > npStart ? r.span(npStart, npEnd) : undefined;
  const source: Span[] = [];
  if (relativeSubject) {
    const antecedent = r.nounPhraseBefore(cs - 1);
    if (antecedent < cs - 1) source.push(r.span(antecedent, cs - 1));
    subject = r.span(cs, cs + 1);
    npEnd = cs + 1;
    npStart = cs;
  }
  if (subject && !m.passive) source.push(subject);
  let content: Span | undefined;
  let fallback: Kind = 'indirect';
  if (r.lower(cs) === 'wie' || (r.lower(cs) === 'als' && r.lower(cs - 1) === 'anders')) {
    fallback = 'according_to';
    if (r.lower(cs - 1) === 'anders') cs--;
    const clauseEnd = r.clauseEnd(Math.max(...m.cue));
    content = contentSpan(r, r.s.t0, cs) ?? contentSpan(r, clauseEnd + 1, r.end);
  } else {
    // The words between subject and verb are the claim when they quote or characterise
    // (`das der US-Präsident als „sehr gut“ beschrieb`); an addressee is not (`der der Regierung vorwarf, …`).
    const middleStart = npEnd > npStart ? npEnd : cs + 1;
    const middleEnd = Math.min(...m.cue);
    const middle = contentSpan(r, middleStart, middleEnd);
    const characterises = hasQuote(r, middleStart, middleEnd) || hasWord(r, middleStart, middleEnd, 'als');
    const lastCue = Math.max(...m.cue);
    // `Nachdem der Minister die Zahlen erläutert hatte, verließ er den Saal`: after a fronted
    // circumstance, its comma opens the main clause, not a claim.
    const mainClause = cs === r.s.t0 && CIRCUMSTANCE.has(r.lower(cs)) && r.text(lastCue + 1) === ',' && !reportedClause(r, lastCue + 2);
    const after = mainClause ? undefined : contentAfter(r, m, lastCue + 1);
    content = characterises ? middle : mainClause ? undefined : (after ?? middle);
    // `die die Daten mutmaßlich veröffentlicht hat`: one adverb is no claim.
    if (content === middle && !characterises && middleEnd - middleStart < 2) content = undefined;
  }
  if (!content || (source.length === 0 && !m.passive)) return undefined;
  return {
    cue: m.cue.map((c) => r.span(c, c + 1)),
    source,
    content: [content],
    kind: m.passive ? 'unnamed' : kindOfContent(r.doc, [content], fallback),
  };
}

/** The claim after the cue: colon, quote, content clause, zu-infinitive, or the verb's object. */
function contentAfter(r: Reader, m: CueMatch, after: number): Span | undefined {
  const lastCue = m.cue[m.cue.length - 1];
  let k = Math.max(after, lastCue + 1);
  // `sagte weiter: „…“` · `äußerte sich so: „…“`: short adverbs before a colon or quote.
  let adv = k;
  while (adv < k + 3 && /^\p{Ll}+$/u.test(r.text(adv)) && !COMPLEMENTIZERS.has(r.lower(adv)) && !DETERMINERS_DE.has(r.lower(adv))) adv++;
  if (adv > k && (r.text(adv) === ':' || r.opensQuote(adv))) k = adv;
  const colon = r.clauseEnd(k);
  if (r.text(colon) === ':' && colon - k <= 8) k = colon;
  if (r.text(k) === ':') {
    if (r.opensQuote(k + 1)) return quoteSpan(r, k + 1);
    return contentSpan(r, k + 1, r.end);
  }
  if (r.opensQuote(k) && r.afterQuote(k) >= r.clauseEnd(k)) return quoteSpan(r, k);
  const end = r.clauseEnd(k);
  const objectFrame = m.verb.frames.includes('object');
  const comma = r.text(end) === ',' ? end : -1;
  const n = comma + 1;
  // A long object may come first when the claim opens with a complementizer or a Konjunktiv I clause
  // (`kritisierte Zapatero in der Debatte heftig wegen …, es sei der größte Fehler gewesen`).
  const subjectEnd = r.nounPhrase(n);
  const longObject = COMPLEMENTIZERS.has(r.lower(n)) || (subjectEnd > n && r.isKonjunktiv(subjectEnd)) || (PRONOUNS_DE.has(r.lower(n)) && r.isKonjunktiv(n + 1));
  if (comma >= 0 && (comma - k <= 6 || (longObject && comma - k <= 25))) {
    // A relative clause needs a noun before the comma (`sagte der Sprecher, der …`); right after the
    // verb or an adverb, `die` opens the claim (`erklärte, die noch zu schaffende Verfassung werde …`).
    const relative =
      RELATIVE_PRONOUNS.has(r.lower(n)) && isUpperInitial(r.text(comma - 1)) && !isUpperInitial(r.text(n + 1)) && !ADJECTIVE.test(r.text(n + 1));
    // `bestätigte der Präsident Indonesiens, Susilo Bambang Yudhoyono.`: an apposition, not a claim.
    const np = r.nounPhrase(n);
    if (np > n && (np >= r.end || r.isBreak(np))) return undefined;
    // `…, gratulierte ihm jedoch`: a second verb of the same subject, not what was said.
    if (PRETERITE_SHAPE.test(r.text(n))) return undefined;
    // `damit solle …`, `da sei …`: followed by Konjunktiv I the word is an adverb of the claim, not a subordinator.
    const circumstance = CIRCUMSTANCE.has(r.lower(n)) && !r.isKonjunktiv(n + 1);
    const claim = COMPLEMENTIZERS.has(r.lower(n)) || (!relative && (objectFrame ? reportedClause(r, n) : !circumstance));
    if (claim) return r.opensQuote(n) && r.afterQuote(n) >= r.end ? quoteSpan(r, n) : contentSpan(r, n, reportedEnd(r, n));
  }
  if (end <= k) return undefined;
  // An object is a claim when it quotes or characterises (`nannte X „…“`, `bezeichnete X als …`),
  // not when it only names what was talked about (`begrüßte die Besucher`).
  const demand = OBJECT_CLAIMS.has(m.verb.lemma) && firstIn(r, k, end, (w) => CASUALTIES.has(w)) < 0 && !namesThingBefore(r, k, end);
  const characterises = hasQuote(r, k, end) || (objectFrame && hasWord(r, k, end, 'als')) || (JUDGED_FOR.has(m.verb.lemma) && hasWord(r, k, end, 'für')) || demand;
  if (!characterises) return undefined;
  // `kritisiert zudem die Höhe der Bußgelder`: an adverb before the object is no part of the claim.
  while (demand && k < end - 1 && SENTENCE_ADVERBS.has(r.lower(k))) k++;
  let stop = end;
  if (r.text(end) === ',' && SUBORDINATORS.has(r.lower(end + 1)) && !COMPLEMENTIZERS.has(r.lower(end + 1))) stop = r.clauseEnd(end + 2);
  for (let j = k + 1; j < stop; j++) {
    if (COORDINATORS.has(r.lower(j)) && FINITE_SHAPE.test(r.text(j + 1))) {
      stop = j;
      break;
    }
  }
  return contentSpan(r, k, stop);
}

/** Whether the object [k, end) is a back-pointing article and one noun (`die Pläne`), words only. */
function namesThingBefore(r: Reader, k: number, end: number): boolean {
  const words: string[] = [];
  for (let j = k; j < end; j++) if (/^\p{L}/u.test(r.text(j))) words.push(r.lower(j));
  return words.length === 2 && BACK_POINTING_ARTICLES.has(words[0]);
}

/** Where reported speech from i ends: at the sentence end, or where a clause with its own cue verb is joined on. */
function reportedEnd(r: Reader, i: number): number {
  for (let j = i + 1; j < r.end; j++) {
    if (r.opensQuote(j)) {
      j = r.afterQuote(j) - 1;
      continue;
    }
    // `…, er sei unschuldig, erkannte …` · `… und bemühte das Bild`: the subject's next verb ends the claim.
    if ((r.text(j) === ',' || COORDINATORS.has(r.lower(j))) && PRETERITE_SHAPE.test(r.text(j + 1)) && !r.isKonjunktiv(j + 1)) return j;
    const joins = COORDINATORS.has(r.lower(j)) || r.lower(j) === 'doch' || (r.text(j) === ',' && (COORDINATORS.has(r.lower(j + 1)) || r.lower(j + 1) === 'doch'));
    if (!joins) continue;
    for (let k = j + 1; k < Math.min(r.end, j + 8); k++) if (r.isFiniteCue(k) && !r.quoted(k)) return j;
  }
  return r.end;
}
