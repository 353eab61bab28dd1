import {
  ACCORDING_HEAD,
  ACCORDING_NOUNS,
  ACCORDING_WORDS,
  AUXILIARIES,
  COMPLEMENTIZERS,
  EMERGES_FROM,
  DETERMINERS_DE,
  HOLD_FORMS,
  IMPERSONAL,
  KONJUNKTIV_I,
  LIGHT_VERBS,
  MODALS,
  PICTURE_CREDIT,
  CAUSATIVE,
  SAID_THROUGH_OTHERS,
  NO_PASSIVE_CUE,
  NON_SUBJECT_STARTS,
  NP_STOP,
  OPINION_NOUNS,
  PARTICLE_REQUIRED,
  PRONOUNS_DE,
  SAYING,
  SUBORDINATORS,
} from '../lexicon/de-cues';
import {
  SENTENCE_ADVERBS,
  ARTICLE_OR_ANAPHOR,
  ATTRIBUTIVE_BEFORE,
  CIRCUMSTANCE,
  COORDINATORS,
  DATIVE_PRONOUNS,
  FRONTED_FRAME,
  GENITIVE_ARTICLES,
  INVERTED_PRONOUNS,
  NOBODY,
  NOMINATIVE_RELATIVE,
  AUTHOR_SUBJECTS,
  CONDITIONAL,
  NOT_VERB_E,
  OBJECT_ARTICLES,
  POSSESSIVES_LIKE_CUES,
  PREPOSITIONS,
  RELATIVE_AFTER_NACH,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
} from '../lexicon/de-grammar';
import { ABBREVIATIONS, MONTHS } from '../lexicon/abbreviations';
import { buildVerbForms, type VerbForm } from './de-verbs';
import { speakInTurns } from './interview-de';
import { kindOfContent, quoteAt, quoteOfToken, type Candidate, type Doc, type Sentence } from './doc';
import { STEP_SENTENCES, type Steps } from './steps';
import { isUpperInitial, isWord } from './text';
import type { Kind, Span } from './types';

const VERBS = buildVerbForms();

/** How far rules look from a cue, in tokens: keeps the work per cue bounded on run-on text. */
const WINDOW = 80;
const CONTENT_WINDOW = 400;

const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—']);
/** Marks that set off a parenthetical `so X` (`…, so Canny, …` · `– so Canny –`). */
const PARENTHESIS_OPEN = new Set([',', '–', '—', '(']);
const PASSIVE_AUX = IMPERSONAL.passiveAux;
/** A noun compound with a lower-case first part: `ai-Bericht`, `iPhone-Hersteller`, `e-Mail`. */
const LOWER_COMPOUND = /^[\p{Ll}\d][\p{L}\d]*-\p{Lu}[\p{L}\d-]*$/u;
/** Zu-infinitives written as one word: `aufzubauen`, `anzukündigen`. */
const ZU_INFIX = /^\p{Ll}+zu\p{Ll}+en$/u;
const ADJECTIVE = /^[\p{Ll}\d][\p{Ll}\d-]*(?:e|en|er|es|em)$/u;
/** One-word fronted adverbs (`Unterdessen`, `Relativierend`, `Ursprünglich`): the subject follows the verb. */
const ADVERB_SHAPE = /^\p{Ll}+(?:end|weise|dessen|gegen|dem|her|hin|mals|lich|falls|wärts|seits|ens|gemäß)$/u;
/** A lower-case finite verb after `und` ends an object claim (`nannte X „fahrlässig“ und verwies …`). */
const FINITE_SHAPE = /^\p{Ll}+(?:te|ten|t)$/u;

/** Whether tokens [a, b) form a time phrase: a month, a year, a clock time. */
function timeExpression(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const l = r.lower(j);
    if (TIME_WORDS.test(l) || MONTHS.has(l) || /^\d{1,4}$/.test(l)) return true;
  }
  return false;
}

/** A lower-case preterite (`gratulierte`), not an ordinal or superlative (`letzte`, `erste`). */
const PRETERITE_SHAPE = /^\p{Ll}{3,}(?<!s|z)(?:te|ten)$/u;

/** One sentence's view of the document: token helpers bounded to the sentence. */
class Reader {
  readonly toks;
  /** End of the sentence without its final punctuation. */
  readonly end: number;
  constructor(
    readonly doc: Doc,
    readonly s: Sentence,
    /** The sentence's index in `doc.sentences`. */
    readonly index: number,
  ) {
    this.toks = doc.tokens;
    let e = s.t1;
    while (e > s.t0 && /^[.!?…]$/.test(this.toks[e - 1].text)) e--;
    this.end = e;
  }
  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }
  text(i: number): string {
    return this.toks[i]?.text ?? '';
  }
  span(a: number, b: number): Span {
    return [this.toks[a].start, this.toks[b - 1].end];
  }
  /** Whether token i lies inside a quotation (its marks included). */
  private inSentence(i: number): boolean {
    return i >= this.s.t0 && i < this.s.t1;
  }
  quoted(i: number): boolean {
    return this.inSentence(i) && quoteOfToken(this.doc, i) !== undefined;
  }
  opensQuote(i: number): boolean {
    return this.inSentence(i) && quoteOfToken(this.doc, i)?.start === this.toks[i].start;
  }
  /** Token i closes a quotation (it may be the token just before the sentence). */
  closesQuote(i: number): boolean {
    return i >= 0 && i < this.s.t1 && quoteOfToken(this.doc, i)?.end === this.toks[i].end;
  }
  /** Index after the quotation that opens at token i. */
  afterQuote(i: number): number {
    const q = quoteOfToken(this.doc, i)!;
    let j = i;
    while (j < this.toks.length && this.toks[j].end <= q.end) j++;
    return j;
  }
  /** Index of the token that opens the quotation closing at token i. */
  quoteStartIndex(i: number): number {
    const q = quoteOfToken(this.doc, i)!;
    let j = i;
    while (j > 0 && this.toks[j - 1].start >= q.start) j--;
    return j;
  }
  isBreak(i: number): boolean {
    return CLAUSE_BREAK.has(this.text(i));
  }
  isFiniteCue(i: number): boolean {
    return (VERBS.get(this.lower(i)) ?? []).some((v) => v.role === 'finite');
  }
  /** A Konjunktiv I verb: a listed form, or a lower-case -e form between a subject and a non-noun. */
  isKonjunktiv(i: number): boolean {
    const l = this.lower(i);
    if (KONJUNKTIV_I.has(l)) return true;
    // `Die daraus entstehende, erweiterte Synthese`: a present participle after an article is an adjective.
    if (l.endsWith('ende') && (DETERMINERS_DE.has(this.lower(i - 1)) || DETERMINERS_DE.has(this.lower(i - 2)))) return false;
    if (l.length < 4 || !l.endsWith('e') || /(?:te|ische|liche|bare|same|hafte|lose|volle|ste|weise)$/.test(l) || NOT_VERB_E.has(l) || l !== this.text(i)) return false;
    const prev = this.text(i - 1);
    const next = this.text(i + 1);
    return i > this.s.t0 && isWord(prev) && !DETERMINERS_DE.has(prev.toLowerCase()) && !NP_STOP.has(prev.toLowerCase()) && !ADJECTIVE.test(prev) && next !== '' && !isUpperInitial(next) && !ADJECTIVE.test(next);
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
    let genitives = 0;
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
      if (this.opensQuote(j) && needHead) {
        const after = this.afterQuote(j);
        if (after - j > 8) break;
        j = after;
        lastHead = j;
        needHead = false;
        continue;
      }
      const genitive = !needHead && GENITIVE_ARTICLES.has(l) && genitives < 2;
      if (DETERMINERS_DE.has(l) && (needHead || genitive)) {
        if (genitive) {
          needHead = true;
          genitives++;
        }
        j++;
        continue;
      }
      if ((l === 'von' || l === 'vom') && !needHead && (isUpperInitial(this.text(j + 1)) || DETERMINERS_DE.has(this.lower(j + 1)))) {
        needHead = true;
        j++;
        continue;
      }
      if (w === '.' && !needHead && j + 1 < limit && isUpperInitial(this.text(j + 1)) && (ABBREVIATIONS.has(this.lower(j - 1)) || /^\p{Lu}$/u.test(this.text(j - 1)))) {
        j++;
        continue;
      }
      if (w === '(' && !needHead) {
        let k = j + 1;
        while (k < limit && this.text(k) !== ')' && k - j < 6) k++;
        if (this.text(k) === ')') {
          j = k + 1;
          lastHead = j;
          continue;
        }
        break;
      }
      // A capitalised conjunction opens a clause, not a name (`Grosbliederstroff Wenn Helmut Kohl …`).
      if (isWord(w) && isUpperInitial(w) && !NP_STOP.has(l) && !(j > i && (CIRCUMSTANCE.has(l) || COMPLEMENTIZERS.has(l)))) {
        j++;
        lastHead = j;
        needHead = false;
        continue;
      }
      // A compound whose first part is written small is still a noun (`der ai-Bericht`, `dem iPhone-Hersteller`).
      if (LOWER_COMPOUND.test(w)) {
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
    // `der 81-jährige`: an adjective after a determiner stands for its noun.
    if (lastHead === i && j > i + 1 && DETERMINERS_DE.has(this.lower(i)) && ADJECTIVE.test(this.text(j - 1)) && !isUpperInitial(this.text(j))) return j;
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
  const q = quoteOfToken(r.doc, i)!;
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
  // `in der bereits erwähnten Botschaft` · `in einer vorgestern veröffentlichten Videobotschaft`: a
  // participle used as an adjective before its noun.
  const attributive =
    ATTRIBUTIVE_BEFORE.has(r.lower(i - 1)) ||
    (DETERMINERS_DE.has(r.lower(i - 1)) && r.text(i - 2) !== ',') ||
    (DETERMINERS_DE.has(r.lower(i - 2)) && r.text(i - 3) !== ',' && /^\p{Ll}+$/u.test(r.text(i - 1)) && !VERBS.has(r.lower(i - 1)));
  if (isUpperInitial(r.text(i + 1)) && attributive && /(?:e|en|er|es|em)$/.test(r.lower(i))) return undefined;
  // `dem ich meine gezielte Werbung … lade`: a possessive before a noun, or before an adjective and a noun.
  const adjectiveThenNoun = /^\p{Ll}+(?:e|en|er|es|em)$/u.test(r.text(i + 1)) && isUpperInitial(r.text(i + 2));
  if (POSSESSIVES_LIKE_CUES.has(r.lower(i)) && (isUpperInitial(r.text(i + 1)) || adjectiveThenNoun)) return undefined;
  // `auf wiederholte Nachfrage`: after a preposition, an inflected form before a noun is an adjective.
  if (isUpperInitial(r.text(i + 1)) && PREPOSITIONS.has(r.lower(i - 1)) && /(?:e|en|er|es|em)$/.test(r.lower(i))) return undefined;
  const start = r.clauseStart(i);
  const participle = forms.find((f) => f.role === 'participle');
  if (participle) {
    for (let a = i - 1; a >= start; a--) {
      if (!AUXILIARIES.has(r.lower(a))) continue;
      const passive = PASSIVE_AUX.has(r.lower(a));
      if (passive && NO_PASSIVE_CUE.has(participle.lemma)) return undefined;
      return { cue: [a, i], verb: participle, finite: a, passive };
    }
    const after = r.lower(i + 1);
    if (AUXILIARIES.has(after) && SUBORDINATORS.has(r.lower(start)))
      return { cue: [i, i + 1], verb: participle, finite: i + 1, passive: PASSIVE_AUX.has(after) };
  }
  const finite = forms.filter((f) => f.role === 'finite');
  if (finite.length === 0) return undefined;
  // `Können Sie uns kurz erläutern, …`: an infinitive after a modal is no statement made.
  const infinitive = finite.some((f) => f.lemma.split('|').pop() === r.lower(i) || f.lemma.replace(/\|/g, '') === r.lower(i));
  if (infinitive) {
    for (let a = i - 1; a >= start; a--) if (MODALS.has(r.lower(a))) return undefined;
    // `Nachrichten schreiben können Computer`: a fronted infinitive before its modal.
    if (MODALS.has(r.lower(i + 1))) return undefined;
    if (CAUSATIVE.has(r.lower(i + 1)) && !SAID_THROUGH_OTHERS.has(r.lower(i))) return undefined;
    // `Der Minister ließ mitteilen, dass …`: `ließ` is the finite verb, its subject the speaker.
    const plainForm = finite.find((f) => !f.particle);
    if (plainForm && SAID_THROUGH_OTHERS.has(r.lower(i)))
      for (let a = i - 1; a >= start; a--) if (CAUSATIVE.has(r.lower(a))) return { cue: [a, i], verb: plainForm, finite: a, passive: false };
  }
  const end = r.clauseEnd(i + 1);
  const last = r.lower(end - 1);
  const withParticle = finite.find((f) => f.particle && (last === f.particle || r.lower(end - 2) + r.lower(end - 1) === f.particle));
  if (withParticle) return { cue: [i, end - 1], verb: withParticle, finite: i, passive: false };
  // `wie die Firma am Morgen bekannt gab`: in a verb-final clause the particle may stand before the verb.
  const before = finite.find((f) => f.particle && r.lower(i - 1) === f.particle && i - 1 > start);
  if (before && (end === i + 1 || r.isBreak(i + 1))) return { cue: [i - 1, i], verb: before, finite: i, passive: false };
  const joined = (f: VerbForm) => f.lemma.includes('|') && r.lower(i).startsWith(f.lemma.split('|')[0]);
  const plain = finite.find((f) => !f.particle && (!PARTICLE_REQUIRED.has(f.lemma) || joined(f)));
  if (plain) return { cue: [i], verb: plain, finite: i, passive: false };
  return undefined;
}

/**
 * A light verb with an opinion noun and a content clause: `Einige vertreten die Auffassung, die Welt
 * befände sich …` · `Die Experten kamen zu dem Ergebnis, dass …`.
 */
function matchOpinion(r: Reader, i: number): CueMatch | undefined {
  if (r.quoted(i)) return undefined;
  // `Beobachter halten es für unwahrscheinlich, dass …`
  if (HOLD_FORMS.has(r.lower(i))) {
    for (let n = i + 1; n < Math.min(r.end, i + 6); n++) {
      if (r.isBreak(n)) return undefined;
      if (r.lower(n) !== 'für' || r.text(n + 2) !== ',' || !reportedClause(r, n + 3)) continue;
      return { cue: [i, n, n + 1], verb: { lemma: 'halten', frames: [], role: 'finite' }, finite: i, passive: false };
    }
    return undefined;
  }
  // `Im Mai wurde bekannt, dass …`: news that became known, from nobody named.
  if (r.lower(i) === 'bekannt' && PASSIVE_AUX.has(r.lower(i - 1)) && r.text(i + 1) === ',' && COMPLEMENTIZERS.has(r.lower(i + 2)))
    return { cue: [i - 1, i], verb: { lemma: 'bekannt werden', frames: [], role: 'participle' }, finite: i - 1, passive: true };
  if (!LIGHT_VERBS.has(r.lower(i))) return undefined;
  for (let n = i + 1; n < Math.min(r.end, i + 5); n++) {
    if (r.isBreak(n)) return undefined;
    if (!OPINION_NOUNS.has(r.lower(n))) continue;
    if (r.text(n + 1) !== ',' || !reportedClause(r, n + 2)) return undefined;
    return { cue: [i, n], verb: { lemma: r.lower(n), frames: [], role: 'finite' }, finite: i, passive: false };
  }
  return undefined;
}

/** Finds the source and the claim around one cue verb. */
function verbAttribution(r: Reader, m: CueMatch, subjects: SentenceSubjects): Candidate | undefined {
  const v = m.finite;
  const cs = r.clauseStart(v);
  const first = r.lower(cs);
  const lastCue = m.cue[m.cue.length - 1];
  const cue = m.cue.map((c) => r.span(c, c + 1));
  // `…, anders als das Militär behauptet, …` frames like `wie`.
  if (first === 'anders' && r.lower(cs + 1) === 'als' && cs + 1 < v && r.isBreak(m.cue[m.cue.length - 1] + 1)) return verbFinalAttribution(r, m, cs + 1);
  const subordinate = SUBORDINATORS.has(first) && (cs > r.s.t0 || !DETERMINERS_DE.has(first));
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
  const npEnd = r.nounPhrase(subjectStart);
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
    const pronounAfter = INVERTED_PRONOUNS.has(r.lower(v + 1));
    // `„D.Live“ kündigt … an`: a short quote right before the verb, with no comma, names the subject.
    const quotedName = r.opensQuote(cs) && r.afterQuote(cs) <= v && r.afterQuote(cs) - cs <= (r.afterQuote(cs) === v ? 5 : 8);
    // `Das sagte X` fronts an object; `Das Imperial College sagte` a subject.
    const nonSubject = NON_SUBJECT_STARTS.has(first) && !(ARTICLE_OR_ANAPHOR.has(first) && v - cs > 1);
    const frontedAdverb = v - cs === 1 && (ADVERB_SHAPE.test(first) || SENTENCE_ADVERBS.has(first));
    if (nonSubject || (r.opensQuote(cs) && !quotedName) || frontedAdverb || pronounAfter || timeExpression(r, cs, v)) {
      // `Es bezeichnet den Entwurf …`: an accusative or dative noun phrase after the verb is no subject.
      if (!inverted || OBJECT_ARTICLES.has(r.lower(subjectStart))) return undefined;
      source = [r.span(subjectStart, npEnd)];
      after = Math.max(after, npEnd);
      if (r.opensQuote(cs) && r.afterQuote(cs) === v) content = quoteSpan(r, cs);
      // `Als „unerwartetes Geschenk“ bezeichnet X den Fund` · `Von einer „Indiskretion“ sprach X`.
      else if (hasQuote(r, cs, v) && (first === 'als' || first === 'von')) content = contentSpan(r, cs, v);
      if (/^(?:das|dies|dieses|so)$/.test(first) && v - cs === 1) content = contentAfter(r, m, after) ?? previousClaim(r);
    } else {
      // `Aber ich sagte …` · `und das Gesundheitsamt erklärte …`: the conjunction is no part of the source.
      let from = cs;
      while (from < v - 1 && (COORDINATORS.has(r.lower(from)) || r.lower(from) === 'doch')) from++;
      if (NON_SUBJECT_STARTS.has(r.lower(from)) && from > cs) return undefined;
      source = [r.span(from, v)];
    }
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
    // `Niemand pfeift ihn zurück, verlangt eine Entschuldigung …`: a second verb of the same subject.
    source = subjects.last ?? sentenceSubject(r);
    if (source.length === 0) return undefined;
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
  return { cue, source, content: [content], kind };
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
  if (r.closesQuote(comma - 1)) return quoteSpan(r, comma - 1);
  // `Wir sind, glaube ich, auf gutem Kurs`: a cue set off by commas inside the claim.
  const npEnd = r.nounPhrase(m.finite + 1);
  if (r.text(npEnd) === ',' && npEnd + 1 < r.end && PRONOUNS_DE.has(r.lower(m.finite + 1))) return contentSpan(r, r.s.t0, r.end);
  const start = Math.max(r.s.t0, comma - CONTENT_WINDOW);
  if (CIRCUMSTANCE.has(r.lower(r.s.t0))) return undefined;
  // `Bei dem Treffen, sagte er, …` frames; `Am Mittwoch sei X befreit worden, sagte er` reports.
  if (FRONTED_FRAME.has(r.lower(r.s.t0)) && !hasKonjunktiv(r, start, comma)) return undefined;
  return SAYING.has(m.verb.lemma) || reportedClause(r, start) ? contentSpan(r, start, comma) : undefined;
}

/** What `Das sagte X` points back to: the quotation or the sentence just before. */
function previousClaim(r: Reader): Span | undefined {
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
interface SentenceSubjects {
  last?: Span[];
}

/** The sentence's own fronted subject, when it opens with one. */
function sentenceSubject(r: Reader): Span[] {
  const t0 = r.s.t0;
  if (NON_SUBJECT_STARTS.has(r.lower(t0)) || r.opensQuote(t0)) return [];
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
    const after = contentAfter(r, m, Math.max(...m.cue) + 1);
    content = characterises ? middle : (after ?? middle);
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
  const characterises = hasQuote(r, k, end) || (objectFrame && hasWord(r, k, end, 'als'));
  if (!characterises) return undefined;
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

/** The first token in [a, b) whose lower-case text passes `test`, or -1. */
function firstIn(r: Reader, a: number, b: number, test: (lower: string) => boolean): number {
  for (let j = a; j < b; j++) if (test(r.lower(j))) return j;
  return -1;
}

function hasKonjunktiv(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (r.isKonjunktiv(j) && !r.quoted(j)) return true;
  return false;
}

function hasWord(r: Reader, a: number, b: number, word: string): boolean {
  for (let j = a; j < b; j++) if (r.lower(j) === word && !r.quoted(j)) return true;
  return false;
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
      const before = r.closesQuote(comma - 1) ? quoteSpan(r, comma - 1) : contentSpan(r, t0, comma);
      // `Der Präsident sei, so Gamkrelids, schuld daran …`: the claim goes on after the source.
      const rest = r.text(clauseEnd) === ',' ? contentSpan(r, clauseEnd + 1, r.end) : undefined;
      const content = [before, rest].filter((x): x is Span => x !== undefined);
      let sourceEnd = clauseEnd;
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

function hasFiniteVerb(r: Reader, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (VERBS.has(r.lower(j)) || AUXILIARIES.has(r.lower(j))) return true;
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
  const after = contentSpan(r, p1, inner ? r.clauseEnd(p1) : r.end);
  if (before) parts.push(before);
  if (after) parts.push(after);
  return { cue: cue.map((c) => r.span(c, c + 1)), source: [r.span(s0, s1)], content: parts, kind: kindOfContent(r.doc, parts, 'according_to') };
}

/**
 * Quotations framed without a cue verb: `Merkel: „…“` · `In der ARD zeigte sich der Trainer
 * zufrieden: „…“` · `„…“, zeigte sich Rajevac zufrieden.` The speaker is the clause's subject.
 */
function framedQuotes(r: Reader, out: Candidate[]): void {
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
function clauseSubject(r: Reader, a: number, b: number): Span | undefined {
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

function sameSpans(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
}

/** German attribution rules. */
export function* extractGerman(doc: Doc): Steps<Candidate[]> {
  const out: Candidate[] = [];
  /** The last speaker: the subject of the latest cue verb, whether or not its claim was found. */
  let speaker: Speaker | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    if (si % STEP_SENTENCES === STEP_SENTENCES - 1) yield;
    const s = doc.sentences[si];
    const r = new Reader(doc, s, si);
    const found: Candidate[] = [];
    const subjects: SentenceSubjects = {};
    const question = doc.text[s.end - 1] === '?' && !r.quoted(s.t1 - 1);
    if (PICTURE_CREDIT.test(doc.text.slice(s.start, s.end))) continue;
    for (let i = s.t0; i < r.end; i++) {
      // A question asks; it reports nothing (`Können Sie uns sagen, …?`).
      if (question) break;
      const m = matchVerb(r, i) ?? matchOpinion(r, i);
      if (!m) continue;
      const c = verbAttribution(r, m, subjects);
      if (c && !found.some((f) => overlaps(f.cue, c.cue))) found.push(c);
    }
    const particles: Candidate[] = [];
    particleAttributions(r, particles);
    framedQuotes(r, particles);
    for (const p of particles) if (!found.some((f) => overlaps(f.cue, p.cue) || (overlaps(f.content, p.content) && f.source.length > 0))) found.push(p);
    if (found.length === 0 && !subjects.last) {
      const recent = speaker && speaker.sentence >= si - 2 ? speaker : undefined;
      let cont = recent ? continuation(r, recent) : undefined;
      if (!cont && reportive(r)) {
        const content = contentSpan(r, s.t0, r.end);
        if (content) cont = { cue: [], source: recent?.source ?? [], content: [content], kind: recent?.source.length ? 'indirect' : 'unnamed' };
      }
      const prev = out[out.length - 1];
      // `«A», seufzt Catherine. «B»`: a quote split around its cue is one claim.
      const quoteBeforeCue = prev && prev.cue.length > 0 && prev.content.length > 0 && prev.content[0][1] <= prev.cue[0][0];
      if (cont && prev && quoteBeforeCue && speaker?.sentence === si - 1 && cont.kind === 'direct' && prev.kind === 'direct' && sameSpans(prev.source, cont.source) && !doc.text.slice(prev.content[prev.content.length - 1][1], cont.content[0][0]).includes('\n')) {
        prev.content.push(cont.content[0]);
        speaker.sentence = si;
        continue;
      }
      // Reported speech running over several sentences is one claim, not one per sentence.
      if (cont && prev && prev.cue.length === 0 && speaker?.sentence === si - 1 && sameSpans(prev.source, cont.source) && prev.kind !== 'direct' && cont.kind !== 'direct') {
        prev.content = [[prev.content[0][0], cont.content[cont.content.length - 1][1]]];
        speaker.sentence = si;
        continue;
      }
      if (cont) found.push(cont);
    }
    found.sort((a, b) => (a.cue[0]?.[0] ?? a.content[0][0]) - (b.cue[0]?.[0] ?? b.content[0][0]));
    out.push(...found);
    const last = found[found.length - 1];
    if (last) speaker = { source: last.source, content: last.content, sentence: si, unnamed: last.kind === 'unnamed' };
    else if (subjects.last) speaker = { source: subjects.last, content: [], sentence: si, unnamed: false };
  }
  return dropCovered(speakInTurns(doc, out).filter((c) => !authorSpeaking(doc, c)));
}

/**
 * `wenn wir an die Scheibe klopfen und ihm sagen: …` · `wenn man … sagt: …`: a first-person or
 * generic subject of a conditional clause outside a quotation is the author imagining, not anyone
 * speaking.
 */
function authorSpeaking(doc: Doc, c: Candidate): boolean {
  if (c.source.length !== 1) return false;
  const [s, e] = c.source[0];
  if (!AUTHOR_SUBJECTS.has(doc.text.slice(s, e).toLowerCase()) || quoteAt(doc, s)) return false;
  const before = /(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, s - 12), s))?.[1].toLowerCase();
  return before !== undefined && CONDITIONAL.has(before);
}

interface Speaker {
  source: Span[];
  content: Span[];
  sentence: number;
  unnamed: boolean;
}

/**
 * Hearsay `sollen` with a perfect infinitive: `Über 7.000 Menschen sollen ums Leben gekommen sein.`
 * The claim is someone else's even when nobody is named.
 */
function reportive(r: Reader): boolean {
  const last = r.lower(r.end - 1);
  if (last !== 'sein' && last !== 'haben') return false;
  for (let j = r.s.t0; j < r.end - 2; j++) if ((r.lower(j) === 'soll' || r.lower(j) === 'sollen') && !r.quoted(j)) return /^ge\p{Ll}+(?:t|en)$|worden|gewesen/u.test(r.lower(r.end - 2));
  return false;
}

/**
 * A sentence with no cue that goes on with the previous speaker: a quotation standing alone, or
 * reported speech in Konjunktiv I (`Viele Menschen seien in Panik.`).
 */
function continuation(r: Reader, previous: Speaker): Candidate | undefined {
  if (previous.source.length === 0 && !previous.unnamed) return undefined;
  const { t0 } = r.s;
  const end = r.end;
  // `„…“` or `Und: „…“` standing alone goes on with the previous speaker.
  const lead = /^(?:und|auch|außerdem|zudem|weiter|ferner)$/.test(r.lower(t0)) && r.text(t0 + 1) === ':' ? t0 + 2 : t0;
  if (r.opensQuote(lead) && r.afterQuote(lead) >= end - 1) {
    const q = quoteSpan(r, lead);
    if (!overlaps(previous.content, [q])) return { cue: [], source: previous.source, content: [q], kind: 'direct' };
    return undefined;
  }
  for (let j = t0; j < end; j++) {
    if (r.quoted(j)) continue;
    // Konjunktiv, or `soll`/`sollen` passing on what someone said (`Hintergrund sollen Abschreibungen sein`).
    // `…, der die Pandemie beenden soll`: in a relative or subordinate clause `soll` passes nothing on.
    const subordinate = (k: number) => k > t0 && (SUBORDINATORS.has(r.lower(r.clauseStart(k))) || RELATIVE_PRONOUNS.has(r.lower(r.clauseStart(k))));
    if (r.isKonjunktiv(j) || ((r.lower(j) === 'soll' || r.lower(j) === 'sollen') && !subordinate(j))) {
      const content = contentSpan(r, t0, end);
      if (!content || overlaps(previous.content, [content])) return undefined;
      return { cue: [], source: previous.source, content: [content], kind: previous.source.length ? kindOfContent(r.doc, [content], 'indirect') : 'unnamed' };
    }
  }
  return undefined;
}

/**
 * Drops cue-less attributions whose claim lies inside another attribution's claim. The claims with a
 * cue are sorted by start with a running maximum of their ends, so each check is a binary search.
 */
function dropCovered(list: Candidate[]): Candidate[] {
  const spans = list
    .filter((c) => c.cue.length > 0)
    .flatMap((c) => c.content)
    .sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  for (const [, e] of spans) maxEnd.push(Math.max(e, maxEnd[maxEnd.length - 1] ?? 0));
  const covered = (c: Candidate): boolean => {
    const s = Math.min(...c.content.map((x) => x[0]));
    const e = Math.max(...c.content.map((x) => x[1]));
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= e;
  };
  return list.filter((c) => c.cue.length > 0 || !covered(c));
}
