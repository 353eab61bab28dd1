import {
  ADDRESSEES,
  ADVERBIAL_STARTS,
  BETWEEN_SOURCE_AND_CUE,
  CALL_FORMS,
  CUE_PARTICLES,
  EN_CUES,
  GGT_WEAK_FORMS,
  NEEDS_COMPLEMENT,
  PLAN_CUES,
  PRONOUN_SOURCES,
  SOURCE_LEADERS,
  UNNAMED_ADVERBS,
  UNNAMED_PASSIVES,
  type CueClass,
} from '../lexicon/en-cues';
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { GGT_QUOTE_VERBS } from '../lexicon/en-ggt-quote-verbs';
import { quoteAt, quotesWithin, type Candidate, type Doc, type Sentence } from './doc';
import type { Quote } from './quotes';
import { STEP_SENTENCES, type Steps } from './steps';
import { firstAtOrAfter, isUpperInitial, trimSpan } from './text';
import type { Kind, Span } from './types';

/** Every cue form with its class: our own lexicon first, then the remaining quoting verbs as speech. */
const CUES: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...GGT_QUOTE_VERBS.filter((w) => !GGT_WEAK_FORMS.has(w)).map((w) => [w, 'say'] as [string, CueClass]),
  ...EN_CUES,
]);

/** The few words of the noun that ends before token `k` (`a poll that` before `found`). */
function nounBefore(r: Reader, k: number, s0: number): SourceBefore | undefined {
  const j = k - 1;
  if (j < s0 || r.inQuote[j] || !/^[\p{L}\p{N}]/u.test(r.toks[j].text)) return undefined;
  let b = j;
  while (b - 1 >= s0 && j - b < 5 && !r.inQuote[b - 1] && /^[\p{L}\p{N}]/u.test(r.toks[b - 1].text) && !NOUN_PHRASE_ENDS.has(r.lower(b - 1)) && !CUES.has(r.lower(b - 1)) && !/(?:ed|en)$/.test(r.lower(b - 1))) b--;
  // `That said, …` opens a sentence: a relative pronoun with no noun before it names nobody.
  if (j === s0 && SOURCE_BOUNDARY.has(r.lower(j))) return undefined;
  return { start: b, end: j };
}

/** Words that cannot be inside the noun before a relative pronoun (`seen schools that`). */
const NOUN_PHRASE_ENDS = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'about', 'that', 'than', 'as', 'and', 'or', 'but', 'if', 'when', 'while', 'because', 'what', 'which', 'who']);

/** Tokens that end a source phrase when walking back from a cue. */
const SOURCE_BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']', '!', '?', 'that', 'than', 'because', 'if', 'when', 'while', 'as', 'what', 'which']);
/** Subordinators that open the clause of a source (`Oil fell after sources told`), though not inside an apposition (`Trump, appearing after Clinton, cited`). */
const SUBORDINATORS = new Set(['although', 'though', 'after', 'before', 'until', 'unless', 'whereas']);
/** Words before a cue that show it is a noun or an infinitive, not a finite verb: `the claim`, `to say`. */
const NOT_AFTER = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'by', 'with', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'no', 'any', 'some', 'in', 'on', 'at', 'from', 'about', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'worth']);
/** Forms that may follow `and`/`or`/auxiliaries only as verbs of a coordinated or auxiliary clause. */
const COORDINATORS = new Set(['and', 'but', 'or']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);
const DASHES = '—–-';
/** Lower-case words that open a source after an inverted cue (`"…," said the mayor`). */
const INVERTED_SOURCE_STARTS = new Set(['the', 'a', 'an', 'one', 'another', 'he', 'she', 'they', 'former', 'two', 'three', 'several', 'many', 'some']);
/** Participles that continue a `…, X said, adding …` sentence with a second claim of the same source. */
const PARTICIPLE_CUE = /ing$/;
/** Words that start a subordinate claim clause (`said that …`, `asked whether …`). */
const CLAUSE_STARTS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'which', 'when', 'where', 'who']);

interface Found extends Candidate {
  /** First offset the attribution's own words take in its sentence (source or cue). */
  head: number;
  /** Whether the claim runs after the cue to the end of the clause, and may be cut by a later cue. */
  trailing: boolean;
}

/** Per-document state the rules share. */
class Reader {
  readonly text: string;
  readonly toks: Doc['tokens'];
  /** 1 where a token lies inside a quotation, marks included. */
  readonly inQuote: Uint8Array;

  constructor(readonly doc: Doc) {
    this.text = doc.text;
    this.toks = doc.tokens;
    this.inQuote = new Uint8Array(this.toks.length);
    let q = 0;
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i];
      while (q < doc.quotes.length && doc.quotes[q].end <= t.start) q++;
      if (q < doc.quotes.length && doc.quotes[q].start <= t.start) this.inQuote[i] = 1;
    }
  }

  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  /** The quotation whose closing mark is token `i`. */
  closingQuote(i: number): Quote | undefined {
    if (i < 0 || !this.inQuote[i]) return undefined;
    const q = quoteAt(this.doc, this.toks[i].start);
    return q && q.end === this.toks[i].end ? q : undefined;
  }

  /** The quotation whose opening mark is token `i`. */
  openingQuote(i: number): Quote | undefined {
    if (i >= this.toks.length || !this.inQuote[i]) return undefined;
    const q = quoteAt(this.doc, this.toks[i].start);
    return q && q.start === this.toks[i].start ? q : undefined;
  }

  span(a: number, b: number): Span {
    return trimSpan(this.text, this.toks[a].start, this.toks[b].end);
  }
}

/** A source phrase before a cue: token range [start, end] and the token before it. */
interface SourceBefore {
  start: number;
  end: number;
}

/**
 * The source phrase that ends just before token `k`: pronoun, name or noun phrase with an
 * apposition (`Matt Latimer, another veteran speechwriter,`), found by walking back to the
 * clause boundary. Returns undefined when there is none.
 */
function sourceBefore(r: Reader, k: number, s0: number): SourceBefore | undefined {
  let j = k - 1;
  for (;;) {
    // `To varying degrees, all agreed`: a quantifier with no noun before it is the source itself.
    if (j >= s0 && !r.inQuote[j] && BETWEEN_SOURCE_AND_CUE.has(r.lower(j)) && !(QUANTIFIERS.has(r.lower(j)) && !/^[\p{L}\p{N}]/u.test(r.toks[j - 1]?.text ?? ''))) j--;
    // `Alden on Tuesday announced`: a day between the source and its cue.
    else if (j - 1 > s0 && DAYS.has(r.lower(j)) && r.lower(j - 1) === 'on') j -= 2;
    else break;
  }
  const title = r.closingQuote(j);
  let end = j;
  if (title && title.end - title.start < 60 && /,\W*$/.test(r.text.slice(title.start, title.end))) {
    // `Trump, the star of the TV show "The Apprentice," said`: a quoted title ends the apposition.
    let p = j;
    while (p >= s0 && r.toks[p].start >= title.start) p--;
    while (p >= s0 && !r.inQuote[p] && r.toks[p].text !== ',' && !SOURCE_BOUNDARY.has(r.toks[p].text)) p--;
    if (p <= s0 || r.toks[p].text !== ',' || r.inQuote[p - 1]) return undefined;
    j = p - 1;
  } else if (j < s0 || r.inQuote[j]) return undefined;
  if (DASHES.includes(r.toks[j].text)) {
    // `Jason Sims — a teacher from Mount Pleasant — says`: an apposition between dashes.
    let p = j - 1;
    while (p > s0 && j - p < 30 && !r.inQuote[p] && !DASHES.includes(r.toks[p].text)) p--;
    if (p <= s0 || !DASHES.includes(r.toks[p].text) || p === j - 1 || r.inQuote[p - 1]) return undefined;
    end = j - 1;
    j = p - 1;
  } else if (r.toks[j].text === ',') {
    // `Smith, a spokesman for the mayor, said`: the apposition belongs to the source.
    let p = j - 1;
    while (p >= s0 && !r.inQuote[p] && r.toks[p].text !== ',' && !SOURCE_BOUNDARY.has(r.toks[p].text)) p--;
    // `Democracy for America, which has endorsed Sanders, said`: a relative clause as the apposition.
    if (p > s0 && (r.lower(p) === 'which' || r.lower(p) === 'who') && r.toks[p - 1].text === ',') p--;
    if (p < s0 || r.toks[p].text !== ',' || p === j - 1) return undefined;
    // `Most mainstream economists, however, argue`: a sentence adverb between commas is no apposition.
    const adverb = p === j - 2 && (SOURCE_LEADERS.has(r.lower(p + 1)) || r.lower(p + 1) === 'though' || r.lower(p + 1) === 'too');
    j = p - 1;
    end = adverb ? j : k - 1;
    while (end > j && (r.toks[end].text === ',' || BETWEEN_SOURCE_AND_CUE.has(r.lower(end)))) end--;
    if (j < s0 || r.inQuote[j]) return undefined;
  }
  if (r.toks[j].text === ')') {
    // `Sen. Chuck Grassley (R-Iowa) told`: a short parenthesis after the name belongs to the source.
    let p = j - 1;
    while (p > s0 && j - p < 8 && r.toks[p].text !== '(' && !SOURCE_BOUNDARY.has(r.toks[p].text)) p--;
    if (p < s0 || r.toks[p].text !== '(' || p - 1 < s0 || !isUpperInitial(r.toks[p - 1].text)) return undefined;
    j = p - 1;
  }
  if (NOT_AFTER.has(r.lower(j)) || ['as', 'than', 'because', 'if', 'when', 'while'].includes(r.lower(j))) return undefined;
  // `a poll that found`, `schools that reminded him`: a relative pronoun with the few words of its noun.
  if (SOURCE_BOUNDARY.has(r.lower(j)) || r.lower(j) === 'who') return nounBefore(r, j + 1, s0);
  const coordinated = COORDINATORS.has(r.lower(j));
  const reach = coordinated ? 40 : 16;
  // `Ebeling reminisced about Clinton, and said …`: the comma before `and` closes the first verb's clause.
  let b = coordinated && r.toks[j - 1]?.text === ',' ? j - 1 : j;
  while (b - 1 >= s0 && !r.inQuote[b - 1] && !SOURCE_BOUNDARY.has(r.lower(b - 1)) && !SUBORDINATORS.has(r.lower(b - 1)) && !DASHES.includes(r.toks[b - 1].text) && !(outerCue(r, b - 1, j) && !coordinated) && j - b < reach) b--;
  if (coordinated) {
    // `He shook hands and asked workers …`: the subject opens the clause.
    while (b <= j && SOURCE_LEADERS.has(r.lower(b))) b++;
    if (b >= j) return undefined;
    if (PRONOUN_SOURCES.has(r.lower(b))) return { start: b, end: b };
    if (DETERMINERS.has(r.lower(b))) {
      // `The couple spoke glowingly of the monarch, but admitted …`: an article opens a noun phrase that runs to its verb.
      let v = b + 1;
      while (v < j && v - b < 6 && /^\p{L}/u.test(r.toks[v].text) && !verbAt(r, v)) v++;
      return v > b + 1 && v < j && verbAt(r, v) ? { start: b, end: v - 1 } : undefined;
    }
    let e = b;
    while (e + 1 < j && isUpperInitial(r.toks[e + 1].text)) e++;
    if (!isUpperInitial(r.toks[b].text)) return undefined;
    return { start: b, end: e };
  }
  // `Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said`: an apposition that opens
  // with a lower-case word, follows `who`/`which` or is a lone place name (`in Aurora, Colorado, in
  // July`) belongs to a name further back.
  let segEnd = j;
  let segStart = b;
  for (let extra = 0; end > j && extra < 3 && b - 2 >= s0 && !COORDINATORS.has(r.lower(b)) && (!isUpperInitial(r.toks[b].text) || segEnd === b); extra++) {
    let c = b - 1;
    if (r.lower(c) === 'who' || r.lower(c) === 'which') c--;
    if (r.toks[c]?.text !== ',' || r.inQuote[c - 1]) break;
    let p = c - 1;
    while (p - 1 >= s0 && !r.inQuote[p - 1] && !SOURCE_BOUNDARY.has(r.lower(p - 1)) && !DASHES.includes(r.toks[p - 1].text) && c - p < 12) p--;
    if (p > c - 1) break;
    segEnd = c - 1;
    b = p;
    segStart = p;
  }
  b = skipLeaders(r, b, j);
  if (b > j) return undefined;
  // `In a Tumblr post at the time she described …`, `Speaking through an interpreter he added`: a
  // fronted phrase without its comma ends at the pronoun.
  if ((FRONTED_STARTS.has(r.lower(b)) || PARTICIPLE_CUE.test(r.lower(b))) && j === end && PRONOUN_SOURCES.has(r.lower(j)) && j > b) return { start: j, end: j };
  if (/^\p{Ll}+ing$/u.test(r.toks[b].text) && b < j && (DETERMINERS.has(r.lower(b + 1)) || PRONOUN_SOURCES.has(r.lower(b + 1)))) {
    // `…, meddling the California congressman said is designed …`: after a participle and its
    // object, the source is the last noun phrase.
    let d = j;
    while (d > b + 1 && !DETERMINERS.has(r.lower(d))) d--;
    return d > b + 1 ? { start: d, end } : undefined;
  }
  if (end === j && contactRelative(r, b, j, s0)) return undefined;
  // Inside a long clause only the words after its last verb-like break name the speaker.
  if (segEnd - Math.max(b, segStart) >= 15) return undefined;
  // `Clinton can be heard saying`, `Taylor Swift posted on Twitter accusing`: a name before an auxiliary chain, or before the verb of a participle cue, is the source.
  const verb = /ed$/.test(r.lower(k)) || IRREGULAR_PAST.has(r.lower(k)) || PARTICIPLE_CUE.test(r.lower(k));
  const auxiliary = verb ? auxiliaryAfterName(r, b, j, PARTICIPLE_CUE.test(r.lower(k))) : undefined;
  if (auxiliary !== undefined) return { start: b, end: auxiliary - 1 };
  return { start: b, end };
}

/**
 * Whether the words [b, j] before a cue end in a relative clause without `that`, a noun phrase and
 * its subject pronoun (`In The Dragon Waiting, a woman you think might become …`, `… was epitomized
 * by the short story he wrote`): the cue is the verb of that clause, and what follows is no claim.
 * The noun phrase must stand alone after punctuation, or follow a finite verb of the sentence;
 * after a preposition it is a fronted phrase (`After the meeting he said`).
 */
function contactRelative(r: Reader, b: number, j: number, s0: number): boolean {
  if (j - 1 <= b || !CONTACT_SUBJECTS.has(r.lower(j))) return false;
  let d = j - 1;
  while (d >= b && !DETERMINERS.has(r.lower(d))) {
    if (!/^\p{Ll}+$/u.test(r.toks[d].text) || CONTACT_TIME_NOUNS.has(r.lower(d)) || COORDINATORS.has(r.lower(d)) || /ly$/.test(r.lower(d))) return false;
    d--;
  }
  if (d < b || d === j - 1) return false;
  if (d === b) return b === s0 || !/^[\p{L}\p{N}]/u.test(r.toks[b - 1].text);
  for (let x = b; x < d; x++) if (AUXILIARY_VERBS.has(r.lower(x))) return true;
  return false;
}

/** Whether tokens [from, to] hold a subject of their own: a name or a personal pronoun. */
function ownSubject(r: Reader, from: number, to: number): boolean {
  for (let x = from; x <= to; x++) if (isUpperInitial(r.toks[x].text) || (PRONOUN_SOURCES.has(r.lower(x)) && r.lower(x) !== 'it')) return true;
  return false;
}

/** Auxiliaries and modals after a subject (`Clinton can be heard saying`). */
const AUXILIARY_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'do', 'did', 'can’t', "can't", 'cannot', 'won’t', "won't", 'didn’t', "didn't", 'doesn’t', "doesn't"]);

/**
 * The index of the auxiliary when the words [b, j] before a cue are a name and an auxiliary chain
 * (`Clinton can be heard`, `Clinton had made it clear`), which end the source at the name; none
 * when another subject follows the auxiliary (`Trump has an interest … once he has said`). Before a
 * participle cue, a name's own verb ends it as well (`Taylor Swift posted on Twitter accusing`).
 */
function auxiliaryAfterName(r: Reader, b: number, j: number, participle: boolean): number | undefined {
  if (!isUpperInitial(r.toks[b].text)) return undefined;
  for (let x = b + 1; x <= j; x++) {
    if (AUXILIARY_VERBS.has(r.lower(x))) return ownSubject(r, x + 1, j) ? undefined : x;
    if (participle && (IRREGULAR_FINITE.has(r.lower(x)) || /^\p{Ll}+ed$/u.test(r.toks[x].text))) return x;
    if (!isUpperInitial(r.toks[x].text)) return undefined;
  }
  return undefined;
}

/**
 * Whether token `i` is the finite cue verb of an outer claim (`The pair said they suggested …`,
 * `South Africa said Mr Mugabe had told …`): the nested source, up to token `j`, starts after it. A
 * verb inside a relative clause (`officials who saw the report said`) belongs to the source, and so
 * does one before a clause with a verb of its own (`what Trump says his plan would do and how experts say`).
 */
function outerCue(r: Reader, i: number, j: number): boolean {
  const w = r.lower(i);
  const cls = CUES.get(w);
  if ((cls !== 'say' && cls !== 'think') || PARTICIPLE_CUE.test(w) || !(IRREGULAR_PAST.has(w) || /(?:ed|s)$/.test(w))) return false;
  if (i === 0 || NOT_AFTER.has(r.lower(i - 1)) || /['’]s$/.test(r.lower(i - 1))) return false;
  const next = r.toks[i + 1];
  if (!next || !(PRONOUN_SOURCES.has(next.lower) || isUpperInitial(next.text) || DETERMINERS.has(next.lower))) return false;
  for (let x = i - 1; x >= Math.max(0, i - 3); x--) if (RELATIVES.has(r.lower(x))) return false;
  for (let x = i + 2; x <= j; x++) if (verbAt(r, x)) return false;
  return true;
}
const RELATIVES = new Set(['who', 'that', 'which']);

/** Whether token `x` is a finite verb or auxiliary (`spoke`, `remembered`, `can`, `said`). */
function verbAt(r: Reader, x: number): boolean {
  const w = r.lower(x);
  if (SUBJECT_ENDS.has(w) || IRREGULAR_FINITE.has(w) || IRREGULAR_PAST.has(w)) return true;
  if (isUpperInitial(r.toks[x].text)) return false;
  return /^\p{L}+ed$/u.test(w) || (CUES.has(w) && /s$/.test(w) && !NOT_AFTER.has(r.lower(x - 1)));
}

/** Quantifiers that follow a plural source (`Noel and Thomas both acknowledged`) or stand for it (`all agreed`). */
const QUANTIFIERS = new Set(['all', 'both']);
/** Days that, after `on`, may stand between a source and its cue. */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words of time that, after `last` or `this`, open a sentence before its subject (`Last week State Department official …`). */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend', 'time', 'fall', 'spring', 'summer', 'winter', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Subject pronouns that open a relative clause without `that` after a noun (`a woman you think`, `the story he wrote`). */
const CONTACT_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'you', 'i']);
/** Nouns of time after which a pronoun is the subject of a new clause (`The next day he said`), not of a relative one. */
const CONTACT_TIME_NOUNS = new Set([...TIME_NOUNS, 'day', 'hour', 'moment', 'minute', 'decade']);

/**
 * Index of the first word of a source that starts at `b`, past conjunctions, a time phrase
 * (`Last week`) and a participle cue (`…, saying he recalled it`).
 */
function skipLeaders(r: Reader, b: number, j: number): number {
  for (;;) {
    if (b <= j && SOURCE_LEADERS.has(r.lower(b))) b++;
    else if (b + 1 < j && ['last', 'this', 'earlier', 'later', 'next'].includes(r.lower(b)) && TIME_NOUNS.has(r.lower(b + 1))) b += r.toks[b + 2]?.text === ',' ? 3 : 2;
    else if (b < j && PARTICIPLE_CUE.test(r.lower(b)) && CUES.has(r.lower(b))) b++;
    else return b;
  }
}

/** Token index after the addressee of `told`/`urged` (`told reporters`, `told CNN's Jake Tapper`). */
function skipAddressee(r: Reader, i: number, e1: number): number {
  for (let x = i; x < Math.min(e1, i + 10); x++) {
    if (r.inQuote[x] || r.toks[x].text === ',' || r.toks[x].text === ';') break;
    if (CLAUSE_STARTS.has(r.lower(x)) || r.lower(x) === 'to') return x > i ? x : i;
  }
  if (ADDRESSEES.has(r.lower(i))) return i + 1;
  let x = i;
  if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(r.lower(x))) x++;
  const named = x;
  while (x < e1 && (isUpperInitial(r.toks[x].text) || r.lower(x) === "'s" || r.lower(x) === '’s') && !r.inQuote[x]) x++;
  if (x === named && x > i) x++;
  // `told Britain's ITV television station in …`, `told his closest advisers as …`: the addressee's
  // nouns run on to the first word that can open a claim or an aside.
  for (let y = x; y < Math.min(e1, x + 4); y++) {
    const w = r.lower(y);
    if (/^[.!?]$/.test(w) || y + 1 === e1) return e1;
    if (ASIDE_STARTS.has(w) && !r.inQuote[y]) return y;
    if (r.inQuote[y] || !/^\p{L}/u.test(r.toks[y].text) || isUpperInitial(r.toks[y].text)) break;
    if (CLAUSE_STARTS.has(w) || w === 'to' || PRONOUN_SOURCES.has(w) || DETERMINERS.has(w)) return y;
  }
  return x;
}

/** Index of the first claim token after a cue from token `k0` to `c`, or -1 when nothing follows. */
function claimStart(r: Reader, k0: number, c: number, cls: CueClass, e1: number): number {
  let i = c + 1;
  if (cls === 'tell' && c === k0) i = skipAddressee(r, i, e1);
  if (r.lower(i) === 'to' && (ADDRESSEES.has(r.lower(i + 1)) || isUpperInitial(r.toks[i + 1]?.text ?? ''))) i = skipAddressee(r, i + 1, e1);
  // `said on Tuesday that …`: `that` after an adverbial opens the claim; after a subject
  // (`said he was committed to ensuring that …`) it is inside the claim.
  const adverbial = ADVERBIAL_STARTS.has(r.lower(i)) || cls === 'tell';
  for (let x = i; x < Math.min(e1, adverbial ? i + 10 : i + 1); x++) {
    const w = r.lower(x);
    if (r.inQuote[x] || w === ',' || w === ';' || w === ':' || w === '.') break;
    if (w === 'that') return x;
  }
  if (i < e1 && ADVERBIAL_STARTS.has(r.lower(i))) {
    for (let x = i; x < Math.min(e1, i + 8); x++) {
      if (r.inQuote[x]) break;
      if (r.toks[x].text === ',' || r.toks[x].text === ':') {
        i = x + 1;
        break;
      }
      // `said on Friday he met …`: a subject pronoun ends a short adverbial.
      if (x > i && x - i <= 4 && PRONOUN_SOURCES.has(r.lower(x)) && !['it', 'you', 'which', 'who'].includes(r.lower(x))) {
        i = x;
        break;
      }
      if (x + 1 === e1 || r.toks[x + 1].text === '.') return -1;
    }
  }
  if (i < e1 && r.toks[i].text === ':') i++;
  if (i >= e1 || /^[.!?]$/.test(r.toks[i].text)) return -1;
  return i;
}

/** End offset of a claim that starts at token `i` and runs to the end of the sentence or its quotation. */
function claimEnd(r: Reader, i: number, sent: Sentence): number {
  const q = r.openingQuote(i);
  if (q && q.end > sent.end) return q.end;
  const inner = quoteAt(r.doc, sent.end - 1);
  if (inner && inner.end > sent.end) return inner.end;
  // `Starner says that Ford's family were Christians; Ford's attitude …`: a semicolon outside quotes before a capitalised word opens the reporter's next clause.
  // `— from Italy, Poland, Germany and Spain — a local museum worker`: a dash that closes a pair ends an aside inside the claim.
  let dashes = 0;
  for (let x = i + 1; x + 1 < r.toks.length && r.toks[x].start < sent.end; x++) {
    if (r.inQuote[x] || r.inQuote[x + 1]) continue;
    if (r.toks[x].text === ';' && isUpperInitial(r.toks[x + 1].text)) return r.toks[x].start;
    if (reporterAside(r, x, dashes > 0)) return r.toks[x].start;
    if (DASH_MARK.test(r.toks[x].text)) dashes++;
  }
  return sent.end;
}

/** Words that, after a comma, open the reporter's clause beside a claim when a subject follows (`…, as he deflected attacks`). */
const ASIDE_CONJUNCTIONS = new Set(['as', 'while', 'whereas']);

/**
 * Whether the punctuation at token `x` opens the reporter's aside after a claim: `…, as he deflected
 * Republican attacks`, `…, meaning they had little freedom`, `…, but during her interview she spoke`,
 * `… — but it’s impossible to know`,
 * `… -- a move that …` (a dash only when no dash before it opened an aside).
 */
function reporterAside(r: Reader, x: number, afterDash: boolean): boolean {
  const mark = r.toks[x].text;
  const next = r.lower(x + 1);
  if (mark === ',') {
    const after = r.lower(x + 2);
    if (next === 'but') return ADVERBIAL_STARTS.has(after);
    return next === 'meaning' || (ASIDE_CONJUNCTIONS.has(next) && (PRONOUN_SOURCES.has(after) || DETERMINERS.has(after)) && !r.inQuote[x + 2]);
  }
  return !afterDash && DASH_MARK.test(mark) && (next === 'but' || next === 'a' || next === 'an');
}
const DASH_MARK = /^(?:—|–|--)$/;

/** The quotation that opens right after `offset` in the next paragraph (`said:` then a quoted paragraph). */
function quoteAfter(r: Reader, offset: number): Quote | undefined {
  let i = offset;
  while (i < r.text.length && /\s/.test(r.text[i])) i++;
  return quoteAt(r.doc, i)?.start === i ? quoteAt(r.doc, i) : undefined;
}

/** Start offset of a claim that ends before a `, X said` at token `b`: the sentence, or the quotation it closes. */
function claimBefore(r: Reader, sent: Sentence, floor: number, b: number): Span | undefined {
  if (b < sent.t0 || b >= sent.t1) return undefined;
  let s = Math.max(sent.start, floor);
  const open = quoteAt(r.doc, s);
  if (open && open.start < s) s = open.start;
  const e = r.toks[b].end;
  // `At the time, Trump seemed to suggest it: "She signed an agreement," he told …`: the claim is the quotation.
  const closed = r.closingQuote(b);
  if (closed && closed.start > s && /:\s*$/.test(r.text.slice(s, closed.start))) s = closed.start;
  const span = trimSpan(r.text, s, e, ' \t\n\r,;:–—-');
  if (span[1] - span[0] < 2) return undefined;
  return span;
}

/** The kind a claim is, from its shape, its cue and whether a source is written. */
function kindOf(r: Reader, content: Span[], source: Span[], cue: string): Kind {
  if (source.length === 0) return 'unnamed';
  let quoted = 0;
  let whole = 0;
  for (const [s, e] of content) {
    const q = quoteAt(r.doc, s);
    if (q && q.start === s && q.end >= e - 1) whole++;
    else if (quotesWithin(r.doc, s, e).length > 0) quoted++;
  }
  if (whole === content.length) return 'direct';
  if (whole + quoted > 0) return 'mixed';
  if (/^(?:according|per|reports?|reported)\b/.test(cue)) return 'according_to';
  return 'indirect';
}

const cueText = (r: Reader, cue: Span[]) => cue.map(([s, e]) => r.text.slice(s, e).toLowerCase()).join(' ');

function candidate(cue: Span[], source: Span[], content: Span[], head: number, trailing: boolean): Found {
  return { cue, source, content, kind: 'indirect', head, trailing };
}

/** Tokens [from, to] after an inverted cue that name the source (`said Smith, a spokesman`). */
/** Whether token `x` is the period of a middle initial inside a name (`Mary E. Lovely`). */
const initialPeriod = (r: Reader, x: number) =>
  r.toks[x].text === '.' && x > 0 && /^\p{Lu}$/u.test(r.toks[x - 1].text) && isUpperInitial(r.toks[x + 1]?.text ?? '');

function sourceAfter(r: Reader, from: number, e1: number): Span | undefined {
  let x = from;
  while (x < e1 && !r.inQuote[x] && (!/^[.;!?]$/.test(r.toks[x].text) || initialPeriod(r, x))) {
    if (r.toks[x].text === ',' && (r.openingQuote(x + 1) || PARTICIPLE_CUE.test(r.lower(x + 1)))) break;
    x++;
  }
  if (x === from) return undefined;
  return r.span(from, x - 1);
}

/**
 * Whether the words after a cue at `from` are its source (`"…," said Smith, a spokesman.`) rather
 * than its claim: after a quotation any noun phrase, after a comma only a short one that ends the
 * sentence or meets an apposition.
 */
function invertedSource(r: Reader, from: number, e1: number, afterQuote: boolean): boolean {
  if (!afterQuote && closesApposition(r, from - 2)) return false;
  if (from >= e1 || r.inQuote[from] || !/^[\p{L}]/u.test(r.toks[from].text)) return false;
  if (CLAUSE_STARTS.has(r.lower(from)) || r.lower(from) === 'to') return false;
  if (afterQuote) return !ASIDE_STARTS.has(r.lower(from)) && !NOT_CLAIM_REST.has(r.lower(from));
  if (!isUpperInitial(r.toks[from].text) && !INVERTED_SOURCE_STARTS.has(r.lower(from))) return false;
  if (PRONOUN_SOURCES.has(r.lower(from)) && !/^[.!?]$/.test(r.toks[from + 1]?.text ?? '.')) return false;
  let x = from;
  while (x < e1 && x - from <= 8 && (!/^[,.;!?:]$/.test(r.toks[x].text) || initialPeriod(r, x)) && !r.inQuote[x] && !SUBJECT_ENDS.has(r.lower(x))) x++;
  return x - from <= 8 && (x >= e1 || /^[,.;!?]$/.test(r.toks[x].text));
}

/** Whether the comma at token `i` closes an apposition after a name (`Roxana Leon, 63, a voter, said`). */
function closesApposition(r: Reader, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && i - p < 30 && !r.inQuote[p] && !/^[,.;:!?]$/.test(r.toks[p].text)) p--;
  if (p < 1 || r.toks[p].text !== ',' || p === i - 1) return false;
  const first = r.toks[p + 1].text;
  return isUpperInitial(r.toks[p - 1].text) && !r.inQuote[p - 1] && (!isUpperInitial(first) || /^\p{N}/u.test(first));
}

/** Most tokens an `according to` source runs to: the longest in the evaluation corpora has 180 characters, about 30 words. A longer run names nobody. */
const MAX_SOURCE_TOKENS = 60;

/** `according to X, …`, `…, according to X` and `…, per X`; the cue is `width` tokens long. */
function accordingTo(r: Reader, k: number, sent: Sentence, floor: number, out: Found[], width: number): void {
  const e1 = sent.t1;
  let x = k + width;
  // The source runs to the next punctuation; the period of `Ms.` or `U.S.` does not end it.
  const limit = Math.min(e1, k + width + MAX_SOURCE_TOKENS + 1);
  while (x < limit && !r.inQuote[x] && !(/^[,.;!?:]$/.test(r.toks[x].text) && !(r.toks[x].text === '.' && abbreviated(r, x - 1) && x + 1 < e1))) x++;
  if (x === k + width || x - k - width > MAX_SOURCE_TOKENS) return;
  const source = r.span(k + width, x - 1);
  const cue = r.span(k, k + width - 1);
  // `But, according to the poll, …`: only a conjunction before the cue.
  let lead = sent.t0;
  while (lead < k && (SOURCE_LEADERS.has(r.lower(lead)) || r.toks[lead].text === ',')) lead++;
  const atStart = lead === k || (/^[,;:—–(]$/.test(r.toks[k - 1].text) && r.toks[k - 1].start < floor + 1);
  const after = x < e1 && r.toks[x].text === ',' ? trimSpan(r.text, r.toks[x].end, claimEnd(r, x + 1, sent)) : undefined;
  let content: Span[] = [];
  if (!atStart) {
    // `"…," Walker said, according to an AP account`: a short `X said` before the cue takes in the claim before it.
    const before = claimBefore(r, sent, floor, k - 1) ?? claimBefore(r, sent, sent.start, k - 1);
    const short = before && (r.text.slice(before[0], before[1]).match(/\p{L}+/gu) ?? []).length <= 3;
    const whole = short ? claimBefore(r, sent, sent.start, k - 1) : before;
    // `"…?" O'Malley said at a press conference, according to the Sun`: the quoted claim before its cue comes along.
    const reported = whole && out.find((f) => f.cue[0][0] >= whole[0] && f.cue[0][1] <= whole[1]);
    if (whole) content = [...(reported ? reported.content.filter(([cs]) => cs < whole[0]) : []), whole];
    // `Among the precedents at risk, according to Ms. Epstein, are 16 cases`: the claim goes on after the source.
    if (whole && after && after[1] - after[0] >= 8 && !NOT_CLAIM_REST.has(r.lower(x + 1)) && !PARTICIPLE_CUE.test(r.lower(x + 1))) content.push(after);
  } else if (after && after[1] > after[0]) content = [after];
  if (content.length === 0 && k > sent.t0) {
    const before = claimBefore(r, sent, floor, k - 1);
    if (before) content = [before];
  }
  if (content.length === 0 || content[0][1] <= content[0][0]) return;
  out.push(candidate([cue], [source], content, r.toks[k].start, content.length > 1));
}

/** Whether token `i` is an abbreviation or initial that a period follows (`Ms.`, `U.S.`, `J.`). */
const abbreviated = (r: Reader, i: number) => i >= 0 && (ABBREVIATIONS.has(r.lower(i)) || /^\p{L}(?:\.\p{L})*$/u.test(r.toks[i].text));

/** `X is expected to …`, `X is said to …`, `X reportedly …`: claims with no named source. */
function unnamed(r: Reader, k: number, cueFrom: number, cueTo: number, sent: Sentence, out: Found[]): void {
  const subject = sourceBefore(r, cueFrom, sent.t0);
  const rest = cueTo + 1;
  if (rest >= sent.t1) return;
  const content: Span[] = [];
  if (subject && r.lower(subject.start) !== 'it') content.push(r.span(subject.start, subject.end));
  const startTok = r.lower(cueTo) === 'that' ? rest : r.lower(rest) === 'to' || r.lower(cueTo) !== 'to' ? rest : cueTo;
  const tail = trimSpan(r.text, r.toks[r.lower(cueTo) === 'to' ? cueTo : startTok].start, claimEnd(r, startTok, sent));
  if (tail[1] - tail[0] < 3) return;
  content.push(tail);
  out.push(candidate([r.span(cueFrom, r.lower(cueTo) === 'to' || r.lower(cueTo) === 'that' ? cueTo - 1 : cueTo)], [], content, r.toks[subject?.start ?? k].start, true));
}

/** Words after a passive `asked` (`Trump, asked about the deaths, said …`). */
const PASSIVE_ASKED_NEXT = new Set(['about', 'by', 'whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'to', 'for', 'on', 'in', 'at', 'during']);

/** Words before `asked` that make it a question put to the sentence's subject (`When asked …, he said`). */
const ASKED_AFTER = new Set(['when', 'if', 'after', 'before', 'as', 'once', 'while', 'until']);

/**
 * `Asked whether …, the senator said no.`, `When asked by a reporter about …, Trump said`: the
 * question is a claim of the asker, who is named after `by` or is nobody in particular. Returns the
 * token after the question, where the rest of the sentence goes on, or -1 when `k` opens no question.
 */
function askedQuestion(r: Reader, k: number, sent: Sentence, out: Found[]): number {
  const { t0, t1 } = sent;
  let b = k - 1;
  const subordinate = b >= t0 && ASKED_AFTER.has(r.lower(b));
  if (subordinate) b--;
  while (b >= t0 && SOURCE_LEADERS.has(r.lower(b))) b--;
  // `We asked our followers …` and `Texas, leading a coalition, asked a judge …` have an asker; only a
  // passive `asked` opens a question: at the start, after `when`, or after a comma with the question next.
  if (!subordinate && b >= t0 && !(r.toks[b].text === ',' && PASSIVE_ASKED_NEXT.has(r.lower(k + 1)))) return -1;
  let end = k + 1;
  while (end < t1 && !r.inQuote[end] && r.toks[end].text !== ',' && !/^[.;!?]$/.test(r.toks[end].text)) end++;
  if (end === k + 1 || end - k > 40) return -1;
  let q = k + 1;
  const source: Span[] = [];
  if (r.lower(q) === 'by') {
    let e = q + 1;
    while (e < end && !CLAUSE_STARTS.has(r.lower(e)) && r.lower(e) !== 'about' && !ASIDE_STARTS.has(r.lower(e))) e++;
    if (e === q + 1) return -1;
    source.push(r.span(q + 1, e - 1));
    q = e;
  }
  let x = q;
  while (x < end && !CLAUSE_STARTS.has(r.lower(x)) && !(r.lower(x) === 'about' && (x === q || ASIDE_STARTS.has(r.lower(q))))) x++;
  if (x < end) q = r.lower(x) === 'about' ? x + 1 : x;
  if (q >= end) return -1;
  const content = trimSpan(r.text, r.toks[q].start, r.toks[end - 1].end);
  if (content[1] - content[0] < 3) return -1;
  // `Asked where that report came from, he said …`: the reporter's own question is no claim.
  if (source.length > 0) out.push(candidate([r.span(k, k)], source, [content], r.toks[Math.max(t0, b + 1)].start, false));
  return end + 1;
}

/** Words before a colon at a paragraph start that label no speaker. */
const NOT_SPEAKER_LABEL = /^(?:note|editor['’]s note|update|updated|related|photo|video|watch|read more|source|sources|correction|disclosure|advertisement|listen|subscribe|breaking|exclusive|watch live|more|also|see also|contributing|contributors|the latest|revealed|wow|so|yes|no|well|plus|bonus|a|q)$/i;

/**
 * `Matthews: Well, speculation is bad.` and headlines such as `Ted Cruz: ‘…’`: a name of up to four
 * capitalised words opening a paragraph, then a colon, then the claim to the end of the paragraph.
 */
function speakerLabel(r: Reader, sent: Sentence, out: Found[]): void {
  const { t0, t1 } = sent;
  if (sent.start > 0 && r.text[sent.start - 1] !== '\n') return;
  let x = t0;
  while (x < t1 && x - t0 < 4 && r.toks[x].text !== ':' && (isUpperInitial(r.toks[x].text) || r.lower(x) === '.')) x++;
  if (x === t0 || x >= t1 - 1 || r.toks[x].text !== ':' || r.inQuote[x]) return;
  const label = r.text.slice(r.toks[t0].start, r.toks[x - 1].end);
  if (NOT_SPEAKER_LABEL.test(label) || /^[A-Z]{2,}$/.test(label) || /\d/.test(label)) return;
  // `Marco Rubio:` alone on a line is a heading over what follows, not a statement.
  if (/^[ \t]*(?:\r?\n|$)/.test(r.text.slice(r.toks[x].end, r.toks[x].end + 3))) return;
  const lineEnd = r.text.indexOf('\n', r.toks[x].end);
  // `Clinton: "…" Bush: "…"`: a quotation right after the label is the whole claim.
  const quoted = r.openingQuote(x + 1);
  const content = quoted ? ([quoted.start, quoted.end] as Span) : trimSpan(r.text, r.toks[x].end, lineEnd < 0 ? r.text.length : lineEnd, ' \t\r');
  // `Superdelegates: 121.` is a figure, not a statement.
  if ((r.text.slice(content[0], content[1]).match(/\p{L}+/gu) ?? []).length < 2) return;
  out.push(candidate([[r.toks[x].start, r.toks[x].end]], [[r.toks[t0].start, r.toks[x - 1].end]], [content], r.toks[t0].start, false));
}

/** Words that open a fronted phrase before a sentence's subject (`In May, …`, `After the vote, …`). */
const FRONTED_STARTS = new Set([...ADVERBIAL_STARTS, 'as', 'when', 'since', 'despite', 'although', 'though', 'because', 'for', 'like', 'unlike', 'amid', 'under', 'without', 'within', 'by', 'for', 'instead', 'still', 'meanwhile', 'however', 'yet']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'our']);
/** Finite verbs and auxiliaries that end a subject (`Democrats had sued`, `Trump is …`). */
const SUBJECT_ENDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'also', 'then', 'later', 'again', 'repeatedly', 'on']);

/**
 * The subject of the clause that a `…, saying …` participle continues: a pronoun, or up to six
 * words before the first finite verb, after a fronted phrase and its comma. Undefined when unclear.
 */
function sentenceSubject(r: Reader, t0: number, k: number): Span[] | undefined {
  let x = t0;
  if (FRONTED_STARTS.has(r.lower(x))) {
    while (x < k && r.toks[x].text !== ',') x++;
    x++;
  }
  while (x < k && SOURCE_LEADERS.has(r.lower(x))) x++;
  if (x >= k || r.inQuote[x]) return undefined;
  if (PRONOUN_SOURCES.has(r.lower(x)) && !['it', 'which', 'you'].includes(r.lower(x))) return [r.span(x, x)];
  const determined = DETERMINERS.has(r.lower(x));
  if (!determined && !isUpperInitial(r.toks[x].text)) return undefined;
  let e = x;
  let end = e;
  let skipped = 0;
  while (e + 1 < k && e - x - skipped < 8 && !r.inQuote[e + 1]) {
    if (r.toks[e + 1].text === ',' && end === e) {
      // `Rudy Giuliani, who backs Trump, trashed Comey`: an apposition inside the subject.
      let c = e + 2;
      while (c < k && c - e < 14 && !r.inQuote[c] && r.toks[c].text !== ',') c++;
      if (c >= k || r.toks[c].text !== ',') return undefined;
      skipped += c - e;
      e = c;
      continue;
    }
    if (!/^[\p{L}.'’-]/u.test(r.toks[e + 1].text)) return undefined;
    const w = r.lower(e + 1);
    if (SUBJECT_ENDS.has(w) || CUES.has(w) || IRREGULAR_FINITE.has(w) || (/ed$/.test(w) && !isUpperInitial(r.toks[e + 1].text))) return [r.span(x, r.toks[e].text === ',' ? e - 1 : e)];
    if (r.toks[e].text === ',') return undefined;
    end = e + 1;
    if (!determined && !isUpperInitial(r.toks[e + 1].text) && !['.', 'of', 'the', "'s", '’s'].includes(w) && !/^[a-z]+s$/.test(w)) return undefined;
    e++;
  }
  return undefined;
}

/** `called it "shameful"`, `calls himself a socialist`: a naming `call` has quoted words or names its own subject. */
const namesWithQuote = (r: Reader, content: Span, start: number) =>
  quotesWithin(r.doc, content[0], content[1]).length > 0 || /^(?:him|her|it|them)sel(?:f|ves)$/.test(r.lower(start));

/** `a poem called “Winter Solstice, Camelot Station,”`: `called` right before a quotation, after a noun, gives a thing its title. */
const titleAfterCalled = (r: Reader, k: number, start: number) =>
  r.lower(k) === 'called' && start === k + 1 && !!r.openingQuote(start) && /^\p{Ll}+$/u.test(r.toks[k - 1]?.text ?? '') && !PRONOUN_SOURCES.has(r.lower(k - 1));

/** Irregular past forms that end a subject (`Romney went after Trump, calling …`). */
const IRREGULAR_FINITE = new Set(['went', 'made', 'took', 'gave', 'got', 'came', 'began', 'kept', 'left', 'held', 'met', 'ran', 'spoke', 'stood', 'brought', 'sent', 'led', 'won', 'lost', 'fought', 'struck', 'drew', 'hit', 'set', 'put', 'broke', 'threw', 'did']);

/** Words that open the reporter's aside after a cue, not a claim (`…, he said in a statement`). */
const ASIDE_STARTS = new Set([...ADVERBIAL_STARTS, 'by', 'according', 'as', 'when', 'while', 'because', 'shortly', 'just', 'moments', 'hours', 'days', 'minutes']);
const asideStart = (r: Reader, start: number) => ASIDE_STARTS.has(r.lower(start)) && !r.inQuote[start];

/** `described the move as "a breach of trust"`, `sees Cruz as a uniter`: a describing verb with its `as` complement. */
function describedAs(r: Reader, w: string, start: number, t1: number): boolean {
  if (!/^(?:describ|sees?$|saw$|views?$|viewed$|regard|consider)/.test(w)) return false;
  for (let x = start + 1; x < Math.min(t1, start + 15); x++) {
    if (r.lower(x) === 'as') return true;
    if (!r.inQuote[x] && /^[,;:.!?]$/.test(r.toks[x].text)) return false;
  }
  return false;
}

/** `Donations are typically reported in ranges`: a passive cue, whose subject is what is said, not who says it. */
function passive(r: Reader, k: number, t0: number): boolean {
  for (let x = k - 1; x >= t0 && !r.inQuote[x] && BETWEEN_SOURCE_AND_CUE.has(r.lower(x)); x--) {
    if (AUXILIARIES.has(r.lower(x))) return true;
  }
  return false;
}

/**
 * `The tweet quoted the president as saying …` and `Braynard is quoted as saying …`: the speaker is
 * the object of `quoted`, or its subject when it is passive.
 */
function quotedAsSaying(r: Reader, k: number, sent: Sentence, out: Found[]): void {
  let q = k - 2;
  while (q >= sent.t0 && k - q < 12 && r.lower(q) !== 'quoted' && !r.inQuote[q] && r.toks[q].text !== ',') q--;
  if (q < sent.t0 || r.lower(q) !== 'quoted') return;
  const subject = q + 1 < k - 1 ? { start: q + 1, end: k - 2 } : sourceBefore(r, q, sent.t0);
  const start = claimStart(r, k, k, 'say', sent.t1);
  if (!subject || start < 0) return;
  const content = trimSpan(r.text, r.toks[start].start, claimEnd(r, start, sent));
  if (content[1] - content[0] < 2) return;
  out.push(candidate([r.span(k, k)], [r.span(subject.start, subject.end)], [content], r.toks[q].start, true));
}

/**
 * `Pollsters agree - Carl Bialik: "…"` and `… doesn't surprise pollster Daron Shaw: "…"`: a name of up
 * to four capitalised words right before a colon and a quotation is its speaker.
 */
function namedColonQuote(r: Reader, k: number, sent: Sentence, out: Found[]): void {
  let b = k;
  while (b - 1 >= sent.t0 && k - b < 4 && !r.inQuote[b - 1] && (isUpperInitial(r.toks[b - 1].text) || (r.lower(b - 1) === '.' && b - 2 >= sent.t0 && isUpperInitial(r.toks[b - 2].text)))) b--;
  // `contrasted Trump with Clinton: "…"`: a name after a preposition or cue is no speaker.
  if (b === k || r.lower(b) === '.' || CUES.has(r.lower(b - 1)) || NOUN_PHRASE_ENDS.has(r.lower(b - 1)) || NOT_SPEAKER_LABEL.test(r.text.slice(r.toks[b].start, r.toks[k - 1].end))) return;
  const q = r.openingQuote(k + 1)!;
  out.push(candidate([[r.toks[k].start, r.toks[k].end]], [r.span(b, k - 1)], [[q.start, q.end]], r.toks[b].start, false));
}

/** Nouns of surveys whose findings news reports as claims (`in a CNN poll`). */
const POLL_NOUNS = new Set(['poll', 'survey']);

/** Whether the words after `in` at `k` name a poll before the next punctuation (`in a new Fox News poll`). */
function pollAfter(r: Reader, k: number, t1: number): boolean {
  for (let x = k + 1; x < Math.min(t1, k + 8); x++) {
    if (r.inQuote[x] || !/^[\p{L}\p{N}]/u.test(r.toks[x].text)) return false;
    if (POLL_NOUNS.has(r.lower(x))) return true;
  }
  return false;
}

/** Records and surveys whose findings `show` a claim with no `that` (`Polls show Sanders within two points`). */
const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'record', 'records', 'data', 'numbers', 'figures', 'results', 'study', 'studies', 'analysis', 'documents', 'research', 'estimates', 'filings', 'statistics']);
const evidenceShows = (r: Reader, w: string, subjectEnd: number) => /^show/.test(w) && (EVIDENCE_NOUNS.has(r.lower(subjectEnd)) || EVIDENCE_NOUNS.has(r.lower(subjectEnd - 1)));

/** Auxiliaries that open a yes-no question. */
const QUESTION_OPENERS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'have', 'has', 'had']);

/** Words between a verb and an amount (`added more than 2%`). */
const AMOUNT_LEADERS = new Set(['more', 'less', 'nearly', 'about', 'almost', 'roughly', 'some', 'just', 'over', 'under', 'another', 'a', 'an']);
/** Noun forms of cues that a verb before them makes objects (`the bloodshed raised fears that …`). */
const CUE_NOUN_OBJECTS = new Set(['fears', 'concerns', 'hopes', 'claims', 'doubts', 'questions', 'suspicions', 'warnings', 'allegations', 'expectations', 'charges']);

/**
 * Cue words used for no statement: a market report's `added 20.72 points`, and a cue noun that is the
 * object of a verb (`raised fears that`).
 */
function noStatement(r: Reader, k: number, w: string): boolean {
  const next = r.lower(k + 1);
  if (/^add(?:s|ed)?$/.test(w)) {
    const amount = AMOUNT_LEADERS.has(next) ? r.toks[k + (r.lower(k + 2) === 'than' ? 3 : 2)] : r.toks[k + 1];
    if (amount && /^[\d$€£]/.test(amount.text)) return true;
  }
  return CUE_NOUN_OBJECTS.has(w) && k > 0 && /^\p{Ll}+ed$/u.test(r.toks[k - 1].text) && !r.inQuote[k - 1];
}

/** Finds the attributions of one sentence. */
function readSentence(r: Reader, sent: Sentence, out: Found[]): void {
  const { t1 } = sent;
  let floor = sent.start;
  speakerLabel(r, sent, out);
  const t0 = sent.t0;
  // `Do you think the law should change?`: a question asks, it claims nothing.
  let opener = r.lower(t0 + 1) === ':' ? t0 + 2 : t0;
  if (['how', 'what', 'why', 'when', 'where', 'who', 'which'].includes(r.lower(opener))) opener++;
  if (QUESTION_OPENERS.has(r.lower(opener)) && !r.inQuote[opener] && r.lower(t1 - 1) === '?' && !r.inQuote[t1 - 1]) return;
  /** Cue verbs coordinated with an earlier one, with that one's subject (`X said … and suggested …`). */
  const shared = new Map<number, { source: Span[]; head: number }>();
  for (let k = t0; k < t1; k++) {
    if (r.inQuote[k]) continue;
    const w = r.lower(k);
    if (w === 'asked') {
      const after = askedQuestion(r, k, sent, out);
      if (after >= 0) {
        floor = after < t1 ? r.toks[after].start : sent.end;
        k = after - 1;
        continue;
      }
    }
    if (w === 'according' && r.lower(k + 1) === 'to') {
      const before = out.length;
      accordingTo(r, k, sent, floor, out, 2);
      if (out.length > before) floor = r.toks[k].start;
      k++;
      continue;
    }
    if (w === 'per' && k > t0 && r.toks[k - 1].text === ',' && k + 1 < t1 && (isUpperInitial(r.toks[k + 1].text) || r.lower(k + 1) === 'the')) {
      // `…, per the White House.`; `per cent` and `$5 per person` have no comma before them.
      accordingTo(r, k, sent, floor, out, 1);
      continue;
    }
    if (w === ':' && k > t0 && r.openingQuote(k + 1) && !out.some((f) => f.cue[0][0] === r.toks[k].start)) {
      namedColonQuote(r, k, sent, out);
      continue;
    }
    if (w === 'in' && pollAfter(r, k, t1)) {
      // `In a CNN poll released Monday, Clinton led …` / `… led in every statewide poll.`
      const before = out.length;
      accordingTo(r, k, sent, floor, out, 1);
      if (out.length > before) floor = Math.max(floor, r.toks[k].start);
      continue;
    }
    if (UNNAMED_ADVERBS.has(w)) {
      // `Trump reportedly said …` is Trump's claim: the verb's rule takes it.
      const next = CUES.get(r.lower(k + 1));
      if (next !== 'say' && next !== 'tell') unnamed(r, k, k, k, sent, out);
      continue;
    }
    if (AUXILIARIES.has(w)) {
      let x = k + 1;
      while (x < t1 && ['widely', 'also', 'not', 'generally', 'still', 'now', 'long', 'largely'].includes(r.lower(x))) x++;
      if (UNNAMED_PASSIVES.has(r.lower(x)) && (r.lower(x + 1) === 'to' || r.lower(x + 1) === 'that')) {
        unnamed(r, k, k, x + 1, sent, out);
        k = x + 1;
        continue;
      }
    }
    const cls = CUES.get(w);
    // `a conservative think tank`
    if (!cls || (w === 'think' && /^tanks?$/.test(r.lower(k + 1))) || noStatement(r, k, w)) continue;
    let c = k;
    const particles = CUE_PARTICLES.get(w);
    if (particles && particles.includes(r.lower(k + 1))) c = k + 1;
    const prevText = k > t0 ? r.toks[k - 1].text : '';
    const prevQuote = r.closingQuote(k - 1);
    const cue = [r.span(k, c)];
    // `"…," said Smith, a spokesman.` — the source follows the cue.
    if ((cls === 'say' || (cls === 'tell' && prevQuote)) && k > t0 && (prevQuote || prevText === ',' || DASHES.includes(prevText)) && !PARTICIPLE_CUE.test(w)) {
      if (invertedSource(r, c + 1, t1, !!prevQuote)) {
        const source = sourceAfter(r, c + 1, t1);
        const claim = claimBefore(r, sent, floor, prevQuote ? k - 1 : k - 2);
        if (source && claim) {
          const content = [claim, ...continuation(r, source[1], sent)];
          out.push(candidate(cue, [source], content, r.toks[k].start, false));
          floor = Math.max(floor, content[content.length - 1][1]);
          continue;
        }
      }
    }
    if (w === 'saying' && r.lower(k - 1) === 'as') {
      quotedAsSaying(r, k, sent, out);
      continue;
    }
    // `Trump picked up from his daughter by saying …`: the participle continues the subject's clause.
    const byParticiple = PARTICIPLE_CUE.test(w) && r.lower(k - 1) === 'by' && k - 1 > t0;
    if (k > t0 && NOT_AFTER.has(r.lower(k - 1)) && !(AUXILIARIES.has(r.lower(k - 1)) && /ing$/.test(w)) && !byParticiple) continue;
    if (!/ing$/.test(w) && passive(r, k, t0)) continue;
    if (PARTICIPLE_CUE.test(w) && k > t0 && (byParticiple || prevText === ',' || (prevQuote && /,\s*$/.test(r.text.slice(prevQuote.innerStart, prevQuote.innerEnd))))) {
      // `…, X said, adding that …`: the participle's claim belongs to the last source of the sentence.
      // `Rubio pushed back on Thursday, saying that …`: with no source before, it is the sentence's subject.
      const last = out[out.length - 1];
      const start = claimStart(r, k, c, cls, t1);
      if (start < 0) continue;
      const sharedWith = shared.get(k);
      const source = sharedWith?.source ?? (last && last.source.length && last.head >= sent.start ? last.source : prevText === ',' || byParticiple ? sentenceSubject(r, t0, k) : undefined);
      const content = trimSpan(r.text, r.toks[start].start, claimEnd(r, start, sent));
      if (CALL_FORMS.has(w) && c === k && !namesWithQuote(r, content, start)) continue;
      // `Harry said, recalling the events surrounding their decision`: recalling a thing states nothing.
      if (NEEDS_COMPLEMENT.has(w) && !(CLAUSE_STARTS.has(r.lower(start)) || r.openingQuote(start) || r.toks[start - 1].text === ':' || describedAs(r, w, start, t1))) continue;
      if (!source) continue;
      out.push(candidate(cue, source, [content], sharedWith?.head ?? r.toks[k].start, true));
      const next = coordinatedCue(r, start, t1, true);
      if (next >= 0) shared.set(next, { source, head: r.toks[next - 1].start });
      continue;
    }
    const sharedWith = shared.get(k);
    let subject = sharedWith ? { start: k, end: k } : sourceBefore(r, k, t0);
    if (subject && !sharedWith && PARTICIPLE_CUE.test(w)) {
      // `she remembered telling Harry`, `Taylor Swift posted on Twitter accusing …`: a participle right
      // after a verb, or after a speech verb and its adverbial, has the verb's subject as its source;
      // after an object (`issued a statement describing …`) it is the object's.
      let v = subject.start + 1;
      while (v <= subject.end && !verbAt(r, v)) v++;
      if (v <= subject.end && (v === subject.end || (CUES.get(r.lower(v)) === 'say' && ADVERBIAL_STARTS.has(r.lower(v + 1))))) subject = { start: subject.start, end: v - 1 };
    }
    if (!subject || !/\p{L}/u.test(r.text.slice(r.toks[subject.start].start, r.toks[subject.end].end))) continue;
    const source = sharedWith ? sharedWith.source : [r.span(subject.start, subject.end)];
    // `She did not respond to …`, `We will never know why …`: a denied act states nothing.
    if (!sharedWith && negatedCue(r, subject.end + 1, k)) continue;
    const start = claimStart(r, k, c, cls, t1);
    // `Sondland routinely bragged about his proximity to Trump`: speech about a topic states nothing.
    if (start === c + 1 && c === k && (cls === 'say' || cls === 'tell') && TOPIC_PREPOSITIONS.has(r.lower(start))) continue;
    const boundary = subject.start - 1;
    const afterComma = boundary >= t0 && r.toks[boundary].start >= floor && (r.toks[boundary].text === ',' || r.closingQuote(boundary) || DASHES.includes(r.toks[boundary].text));
    const restIsAside =
      start < 0 ||
      asideStart(r, start) ||
      (start === c + 1 && r.toks[start].text === ',') ||
      (r.toks[start - 1]?.text === ',' && !CLAUSE_STARTS.has(r.lower(start))) ||
      (!!r.closingQuote(boundary) && !CLAUSE_STARTS.has(r.lower(start)) && r.toks[start - 1]?.text !== ':' && !r.openingQuote(start));
    // `given that racism and social media added to their challenges`: adding to a thing is no speech.
    if (/^add(?:s|ed)?$/.test(w) && start === c + 1 && r.lower(start) === 'to' && !afterComma) continue;
    if (afterComma && restIsAside && cls !== 'intend') {
      // `"…," Smith said.` / `The plan failed, officials said.`
      const claim = claimBefore(r, sent, floor, r.closingQuote(boundary) ? boundary : boundary - 1);
      if (!claim) continue;
      const quoted = continuation(r, r.toks[c].end, sent);
      const rest = quoted.length || r.closingQuote(boundary) ? [] : parentheticalRest(r, c, sent, claim);
      const content = [claim, ...quoted, ...rest];
      out.push(candidate(cue, source, content, r.toks[subject.start].start, rest.length > 0));
      floor = Math.max(floor, content[content.length - 1][1]);
      continue;
    }
    if (start < 0 || (subject.start === t0 && asideStart(r, start))) {
      // `Smith said:` closing a paragraph, with the quotation in the next one.
      const q = start < 0 && (r.toks[c + 1]?.text === ':' || r.toks[c].text === ':') ? quoteAfter(r, sent.end) : undefined;
      if (q) out.push(candidate(cue, source, [[q.start, q.end]], r.toks[subject.start].start, false));
      else if (subject.start === t0 && (cls === 'say' || cls === 'tell')) {
        // `"…?" Smith asked in an interview.` with the quotation closing the previous sentence.
        const prev = quoteAt(r.doc, Math.max(0, sent.start - 2));
        if (prev && /^[ \t]*$/.test(r.text.slice(prev.end, sent.start))) {
          out.push(candidate(cue, source, [[prev.start, prev.end]], r.toks[subject.start].start, false));
          continue;
        }
      }
      if (start < 0) continue;
    }
    // `the reality TV show "The Apprentice"`: a title after a noun-like cue form is no claim.
    if (cls === 'think' && start === c + 1 && r.openingQuote(start)) continue;
    if (NEEDS_COMPLEMENT.has(w) && !(CLAUSE_STARTS.has(r.lower(start)) || r.lower(start) === 'to' || r.openingQuote(start) || r.toks[start - 1].text === ':' || describedAs(r, w, start, t1) || evidenceShows(r, w, subject.end))) continue;
    if (k > t0 && /['’]s$/.test(r.lower(k - 1))) continue;
    const next = coordinatedCue(r, start, t1, false);
    // `The mayor condemned the attack and said …`: the claim of the first verb ends at the second.
    const content = trimSpan(r.text, r.toks[start].start, next >= 0 ? Math.min(claimEnd(r, start, sent), r.toks[coordinatorBefore(r, next)].start) : claimEnd(r, start, sent));
    if (content[1] - content[0] < 2) continue;
    if (CALL_FORMS.has(w) && c === k && (!namesWithQuote(r, content, start) || titleAfterCalled(r, k, start))) continue;
    out.push(candidate(cue, source, [content], sharedWith ? sharedWith.head : r.toks[subject.start].start, true));
    // `Demonstrators said they want …, but pledged …`: the first subject of the sentence keeps the coordinated verb.
    if (next >= 0 && !shared.has(next)) shared.set(next, { source, head: r.toks[next - 1].start });
  }
}

/** Prepositions that, right after a cue verb, open what it is about rather than what it says. */
const TOPIC_PREPOSITIONS = new Set(['about', 'with', 'over']);
/** Negations between a source and its cue (`did not respond`, `will never know`). */
const NEGATIONS = new Set(['not', 'never']);

/** Whether a negation stands among the auxiliaries and adverbs right before the cue at `k`, after token `from`. */
function negatedCue(r: Reader, from: number, k: number): boolean {
  for (let x = k - 1; x >= from && !r.inQuote[x] && BETWEEN_SOURCE_AND_CUE.has(r.lower(x)); x--) {
    if (NEGATIONS.has(r.lower(x)) || /n['’]t$/.test(r.lower(x))) return true;
  }
  return false;
}

/** Adverbs between a coordinator and its cue verb (`and later said`). */
const COORDINATED_ADVERBS = new Set(['also', 'then', 'later', 'again', 'repeatedly']);
/** Finite forms of irregular cue verbs; regular ones end in `-ed`. */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'knew', 'saw', 'sought', 'put', 'read']);

/**
 * `He said that … and suggested that …`: the index of a second cue verb in a claim that shares the
 * first one's subject, or -1.
 */
function coordinatedCue(r: Reader, start: number, t1: number, participle: boolean): number {
  for (let x = start + 2; x + 1 < t1; x++) {
    if (r.inQuote[x] || !COORDINATORS.has(r.lower(x)) || r.inQuote[x + 1]) continue;
    let v = x + 1;
    while (v < t1 && COORDINATED_ADVERBS.has(r.lower(v))) v++;
    const w = r.lower(v);
    // `calling it "disqualifying" and asserting that …` coordinates participles.
    if (v < t1 && CUES.has(w) && (participle ? PARTICIPLE_CUE.test(w) : /ed$/.test(w) || IRREGULAR_PAST.has(w))) return v;
  }
  return -1;
}

/** The index of the `and`/`but`/`or` before the coordinated cue verb at `v` (`and later said`). */
function coordinatorBefore(r: Reader, v: number): number {
  let x = v - 1;
  while (x > 0 && !COORDINATORS.has(r.lower(x))) x--;
  return x;
}

/** `"…," he said, "…"`: a quotation that continues the claim after the cue. */
function continuation(r: Reader, after: number, sent: Sentence): Span[] {
  const rest = r.text.slice(after, Math.min(after + 4, sent.end));
  const m = /^,\s*/.exec(rest);
  if (!m) return [];
  const q = quoteAt(r.doc, after + m[0].length);
  return q && q.start === after + m[0].length ? [[q.start, q.end]] : [];
}

/** Words after `X, she said,` that start an aside of the reporter, not the rest of the claim. */
const NOT_CLAIM_REST = new Set(['who', 'which', 'according', 'citing', 'referring', 'as', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'during', 'from', 'via', 'with', 'without', 'by', 'for', 'to', 'of', 'about', 'though', 'although', 'because', 'since', 'speaking', 'per']);

/**
 * `At the time, she said, Grayson was trying …`: a source set off by commas inside the claim; the
 * words after the second comma continue the claim to the end of the sentence.
 */
function parentheticalRest(r: Reader, c: number, sent: Sentence, before: Span): Span[] {
  const i = c + 2;
  if (r.toks[c + 1]?.text !== ',' || i + 2 >= sent.t1 || r.inQuote[i]) return [];
  const w = r.lower(i);
  // After a fragment (`So it makes sense, strategists said, for Democrats to …`) even an aside-like word goes on with the claim.
  const fragment = (r.text.slice(before[0], before[1]).match(/\p{L}+/gu) ?? []).length <= 4;
  if (!/^\p{L}/u.test(r.toks[i].text) || (NOT_CLAIM_REST.has(w) && !fragment) || PARTICIPLE_CUE.test(w) || CUES.has(w) || w === 'according') return [];
  const span = trimSpan(r.text, r.toks[i].start, claimEnd(r, i, sent));
  return span[1] - span[0] >= 8 ? [span] : [];
}

/** Cuts a trailing claim where the next attribution of its sentence begins (`A said X, and B said Y`). */
function cutAtNext(r: Reader, found: Found[]): void {
  const sorted = [...found].sort((a, b) => a.head - b.head);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    if (!a.trailing) continue;
    const last = a.content[a.content.length - 1];
    // `said he has seen schools that reminded him of …`: a restrictive relative clause is inside the
    // claim; one after a comma (`…, who called him a hero`) is the reporter's aside after it.
    // `He said he wasn't concerned …, but he did worry …`: a belief inside the claim is part of it.
    const attitude = (b: Found) => b.cue.length === 1 && CUES.get(r.text.slice(b.cue[0][0], b.cue[0][1]).toLowerCase()) === 'think';
    const relative = (b: Found) => b.source.length === 1 && /(?:^|[^,]\s+)(?:who|which|that)$/i.test(r.text.slice(b.source[0][0], b.source[0][1])) && !/,\s*$/.test(r.text.slice(Math.max(0, b.source[0][0] - 3), b.source[0][0]));
    const next = sorted.slice(i + 1).find((b) => b.head > last[0] && b.head < last[1] && !relative(b) && !attitude(b));
    if (!next) continue;
    const cut = trimSpan(r.text, last[0], next.head, ' \t\n\r,;:.–—-');
    const text = r.text.slice(cut[0], cut[1]).replace(/\s*\b(?:and|but|while|as|whereas)$/, '');
    const participle = PARTICIPLE_CUE.test(r.text.slice(next.cue[0][0], next.cue[0][1])) && next.cue[0][0] === next.head;
    if (text.length < (participle ? 3 : 12)) continue;
    a.content[a.content.length - 1] = trimSpan(r.text, cut[0], cut[0] + text.length, ' \t\n\r,;:–—-');
  }
}

/**
 * `Organizers say they want to avoid violence`: a belief or intention inside another claim of the
 * sentence is part of that claim, not a claim of its own.
 */
function dropNestedAttitudes(r: Reader, found: Found[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const [s, e] = found[i].cue[0];
    // `Democracy for America, which has endorsed Sanders, said …`: a claim inside another source ends with it.
    const holder = found.find((o) => o !== found[i] && o.source.some(([ss, se]) => ss <= s && s < se));
    if (holder) {
      const limit = holder.source[holder.source.length - 1][1];
      const content = found[i].content.filter(([cs]) => cs < limit).map(([cs, ce]): Span => trimSpan(r.text, cs, Math.min(ce, limit)));
      if (content.length === 0 || content[0][1] - content[0][0] < 2) {
        found.splice(i, 1);
        continue;
      }
      found[i].content = content;
    }
    const cls = CUES.get(r.text.slice(s, e).toLowerCase());
    if (cls !== 'think' && cls !== 'intend') continue;
    // `…, calling it "crazy"` continues its sentence's subject rather than the claim before it.
    if (PARTICIPLE_CUE.test(r.text.slice(s, e)) && /,\s*$/.test(r.text.slice(Math.max(0, s - 3), s))) continue;
    if (found.some((o) => o !== found[i] && o.content.some(([cs, ce]) => cs <= s && s < ce))) found.splice(i, 1);
  }
}

const lastOffset = (c: Candidate) => Math.max(...c.cue.map((x) => x[1]), ...c.source.map((x) => x[1]), ...c.content.map((x) => x[1]));

/**
 * Whether the quotation `q` that opens sentence `i` is taken by the cue of the sentence it closes
 * in, or of the one right after (`"The Americans wanted … caught fire. All on board were killed,"
 * Mujahid said.`, `"Why do you care …?" Winfrey asked.`).
 */
function claimedLater(r: Reader, sentenceFound: Found[][], i: number, q: Quote): boolean {
  const { sentences } = r.doc;
  let j = i;
  while (j + 1 < sentences.length && sentences[j].end < q.end) j++;
  const takes = (f: Found) => f.content.some(([cs, ce]) => cs <= q.start && q.start < ce);
  return [j, j + 1].some((k) => k > i && k < sentences.length && sentenceFound[k].some(takes));
}

/**
 * A sentence that is one quotation with no cue of its own, right after a quoted claim, continues
 * that claim as a further content range, in the same paragraph (`"…," Obama said. "Together we've
 * shown …"`) or in the next ones, as news style runs a long quotation on over paragraphs.
 */
function attachContinuations(r: Reader, sentenceFound: Found[][]): void {
  const { sentences } = r.doc;
  let prev: Found | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const here = sentenceFound[i];
    if (here.length > 0) {
      // `"…," she said, describing … "…"`: the quoted claim continues, not the aside after it.
      const quoted = here.filter((f) => f.kind === 'direct' || f.kind === 'mixed');
      prev = (quoted.length ? quoted : here).reduce((a, b) => (lastOffset(a) > lastOffset(b) ? a : b));
      continue;
    }
    const sent = sentences[i];
    // `But "…"`: a conjunction may lead into the quotation.
    const lead = COORDINATORS.has(r.lower(sent.t0)) && !r.inQuote[sent.t0] ? 1 : 0;
    const q = r.openingQuote(sent.t0 + lead);
    if (prev && q && prev.kind !== 'indirect' && prev.source.length && lastOffset(prev) >= sentences[i - 1].start && q.end >= sent.end - 1 && !claimedLater(r, sentenceFound, i, q)) {
      prev.content.push([r.toks[sent.t0].start, q.end]);
      while (i + 1 < sentences.length && sentences[i + 1].end <= q.end) i++;
      continue;
    }
    prev = undefined;
  }
}

/** English attribution rules. */
/** A first-person source outside quotation marks: the writer reporting their own work (`I asked her if …`), which is no claim. `we` stays: on polnear_en it is often a campaign or a group speaking. */
const AUTHOR_PRONOUNS = new Set(['i']);
function authorAsSource(r: Reader, source: Span[]): boolean {
  if (source.length !== 1) return false;
  const [s, e] = source[0];
  if (!AUTHOR_PRONOUNS.has(r.text.slice(s, e).toLowerCase())) return false;
  const i = firstAtOrAfter(r.toks, s, (t) => t.start);
  return i < r.toks.length && !r.inQuote[i];
}

/** Whether a finding's cue is an intention or decision with no clause, colon or quotation after it (`declined to comment`). */
function statesPlan(r: Reader, f: Found): boolean {
  if (f.cue.length !== 1 || !PLAN_CUES.has(r.text.slice(f.cue[0][0], f.cue[0][1]).toLowerCase())) return false;
  const [s] = f.content[0];
  if (s < f.cue[0][1]) return false;
  const between = r.text.slice(f.cue[0][1], s);
  return !/:/.test(between) && !quoteAt(r.doc, s) && !/^that\b/i.test(r.text.slice(s, s + 5));
}

/** Words that cannot open a source phrase: a preposition or clause opener (`to Ukraine opening …`, `where audience members …`). */
const NOT_SOURCE_STARTS = new Set(['to', 'where', 'when', 'while', 'with', 'into', 'than']);

/**
 * Whether a finding's source is a clause rather than a noun phrase (`pushing through an intense
 * week with nine witnesses testifying`, `to Ukraine opening an investigation … and did not realize
 * Mr. Trump saw`): it opens with a preposition, clause opener or participle.
 */
function clauseAsSource(r: Reader, f: Found): boolean {
  if (f.source.length !== 1) return false;
  const i = firstAtOrAfter(r.toks, f.source[0][0], (t) => t.start);
  if (i >= r.toks.length || r.inQuote[i]) return false;
  const first = r.toks[i].text;
  // `including a career Army officer who described …` names its source after the preposition.
  return NOT_SOURCE_STARTS.has(first) || (/^\p{Ll}+ing$/u.test(first) && first !== 'including');
}

export function* extractEnglish(doc: Doc): Steps<Candidate[]> {
  const r = new Reader(doc);
  const perSentence: Found[][] = [];
  for (const sent of doc.sentences) {
    if (perSentence.length % STEP_SENTENCES === STEP_SENTENCES - 1) yield;
    const found: Found[] = [];
    readSentence(r, sent, found);
    for (let i = found.length - 1; i >= 0; i--) if (statesPlan(r, found[i]) || clauseAsSource(r, found[i])) found.splice(i, 1);
    cutAtNext(r, found);
    dropNestedAttitudes(r, found);
    for (const f of found) f.kind = kindOf(r, f.content, f.source, cueText(r, f.cue));
    perSentence.push(found);
  }
  yield;
  attachContinuations(r, perSentence);
  yield;
  const wordy = ([s, e]: Span) => e > s && /[\p{L}\p{N}]/u.test(doc.text.slice(s, e));
  return perSentence
    .flat()
    .filter((c) => c.content.length > 0 && c.cue.every(([s, e]) => e > s) && [...c.source, ...c.content].every(wordy) && !authorAsSource(r, c.source))
    .map(({ cue, source, content }) => ({ cue, source, content, kind: kindOf(r, content, source, cueText(r, cue)) }));
}
