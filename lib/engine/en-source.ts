/** English source finding: the speaker before a cue, after an inverted cue, or the subject of the sentence. */
import { BETWEEN_SOURCE_AND_CUE, PRONOUN_SOURCES, SOURCE_LEADERS } from '../lexicon/en-cues';
import { isUpperInitial } from './text';
import type { Span } from './types';
import { CUES, Reader, type SourceBefore } from './en-reader';
import { ASIDE_STARTS, AUXILIARIES, AUXILIARY_VERBS, CLAUSE_STARTS, CONTACT_SUBJECTS, CONTACT_TIME_NOUNS, COORDINATORS, DASHES, DAYS, DETERMINERS, FRONTED_STARTS, INVERTED_SOURCE_STARTS, IRREGULAR_FINITE, IRREGULAR_PAST, NOT_AFTER, NOT_CLAIM_REST, NOUN_PHRASE_ENDS, PARTICIPLE_CUE, PERSONAL_POSSESSIVES, QUANTIFIERS, RELATIVES, SOURCE_BOUNDARY, SUBJECT_ENDS, SUBORDINATORS, TIME_NOUNS } from '../lexicon/en-grammar';

/** The few words of the noun that ends before token `k` (`a poll that` before `found`). */
function nounBefore(r: Reader, k: number, s0: number): SourceBefore | undefined {
  const j = k - 1;
  if (j < s0 || r.inQuote[j] || !/^[\p{L}\p{N}]/u.test(r.toks[j].text)) return undefined;
  let b = j;
  while (b - 1 >= s0 && j - b < 5 && !r.inQuote[b - 1] && /^[\p{L}\p{N}]/u.test(r.toks[b - 1].text) && !NOUN_PHRASE_ENDS.has(r.lower(b - 1)) && !CUES.has(r.lower(b - 1)) && !/(?:ed|en)$/.test(r.lower(b - 1))) b--;
  // `That said, …` opens a sentence: a relative pronoun with no noun before it names nobody.
  if (j === s0 && SOURCE_BOUNDARY.has(r.lower(j))) return undefined;
  return { start: namedBeforeDescription(r, b, s0), end: j };
}

/**
 * `the Asheville Tea PAC, a local organization which`: an indefinite description right after a
 * name and its comma is the name's apposition, so the source starts with the name; else at `b`.
 */
function namedBeforeDescription(r: Reader, b: number, s0: number): number {
  if (!['a', 'an'].includes(r.lower(b)) || r.toks[b - 1]?.text !== ',' || b - 2 < s0 || r.inQuote[b - 2] || !isUpperInitial(r.toks[b - 2].text)) return b;
  let n = b - 2;
  while (n - 1 >= s0 && !r.inQuote[n - 1] && isUpperInitial(r.toks[n - 1].text)) n--;
  return n - 1 >= s0 && r.lower(n - 1) === 'the' ? n - 1 : n;
}

/**
 * The source phrase that ends just before token `k`: pronoun, name or noun phrase with an
 * apposition (`Matt Latimer, another veteran speechwriter,`), found by walking back to the
 * clause boundary. Returns undefined when there is none.
 */
export function sourceBefore(r: Reader, k: number, s0: number): SourceBefore | undefined {
  const edge = appositionBefore(r, k, wordsBetween(r, k, s0), s0);
  if (!edge) return undefined;
  const { j, end } = edge;
  if (NOT_AFTER.has(r.lower(j)) || ['as', 'than', 'because', 'if', 'when', 'while'].includes(r.lower(j))) return undefined;
  // `a poll that found`, `schools that reminded him`: a relative pronoun with the few words of its noun.
  if (SOURCE_BOUNDARY.has(r.lower(j)) || r.lower(j) === 'who') return nounBefore(r, j + 1, s0);
  const coordinated = COORDINATORS.has(r.lower(j));
  const reach = coordinated ? 40 : 16;
  // `Ebeling reminisced about Clinton, and said …`: the comma before `and` closes the first verb's clause.
  let b = coordinated && r.toks[j - 1]?.text === ',' ? j - 1 : j;
  while (b - 1 >= s0 && !r.inQuote[b - 1] && !SOURCE_BOUNDARY.has(r.lower(b - 1)) && !SUBORDINATORS.has(r.lower(b - 1)) && !DASHES.includes(r.toks[b - 1].text) && !(outerCue(r, b - 1, j) && !coordinated) && j - b < reach) b--;
  if (coordinated) return coordinatedSubject(r, b, j);
  return clauseSource(r, k, s0, appositionChain(r, { b, j, end }, s0), { j, end });
}

/**
 * The last token before the cue at `k` that is not an adverb, auxiliary or day between a source and
 * its cue (`all agreed`, `Alden on Tuesday announced`).
 */
function wordsBetween(r: Reader, k: number, s0: number): number {
  let j = k - 1;
  for (;;) {
    // `To varying degrees, all agreed`: a quantifier with no noun before it is the source itself.
    if (j >= s0 && !r.inQuote[j] && BETWEEN_SOURCE_AND_CUE.has(r.lower(j)) && !(QUANTIFIERS.has(r.lower(j)) && !/^[\p{L}\p{N}]/u.test(r.toks[j - 1]?.text ?? ''))) j--;
    // `Alden on Tuesday announced`: a day between the source and its cue.
    else if (j - 1 > s0 && DAYS.has(r.lower(j)) && r.lower(j - 1) === 'on') j -= 2;
    else return j;
  }
}

/**
 * Steps back over an apposition that ends at token `j` before the cue at `k`: a quoted title, a
 * phrase between dashes or commas, a short parenthesis. Returns `j`, the last token of the name the
 * apposition follows, and `end`, the last token of the source; undefined when the words name nobody.
 */
function appositionBefore(r: Reader, k: number, j: number, s0: number): { j: number; end: number } | undefined {
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
  return { j, end };
}

/** `He shook hands and asked workers …`: the subject that opens the clause of a coordinated cue, in tokens [b, j]. */
function coordinatedSubject(r: Reader, b: number, j: number): SourceBefore | undefined {
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

/**
 * `Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said`: an apposition that opens
 * with a lower-case word, follows `who`/`which` or is a lone place name (`in Aurora, Colorado, in
 * July`) belongs to a name further back. Returns the first token `b` of the source so far and the
 * segment [segStart, segEnd] that names it.
 */
function appositionChain(r: Reader, at: { b: number; j: number; end: number }, s0: number): { b: number; segStart: number; segEnd: number } {
  const { j, end } = at;
  let b = at.b;
  let segEnd = j;
  let segStart = b;
  for (let extra = 0; end > j && extra < 3 && b - 2 >= s0 && !COORDINATORS.has(r.lower(b)) && (!isUpperInitial(r.toks[b].text) || segEnd === b); extra++) {
    let c = b - 1;
    if (r.lower(c) === 'who' || r.lower(c) === 'which') c--;
    if (r.toks[c]?.text !== ',' || r.inQuote[c - 1]) break;
    let p = c - 1;
    while (p - 1 >= s0 && !r.inQuote[p - 1] && !SOURCE_BOUNDARY.has(r.lower(p - 1)) && !DASHES.includes(r.toks[p - 1].text) && c - p < 12) p--;
    // `As we’ve noted, a study …, a think tank, concluded`: words with a cue of their own are a clause, no name.
    if (p > c - 1 || hasCue(r, p, c - 1)) break;
    segEnd = c - 1;
    b = p;
    segStart = p;
  }
  return { b, segStart, segEnd };
}

/** Whether a token in [from, to] is a cue word outside quotation marks. */
function hasCue(r: Reader, from: number, to: number): boolean {
  for (let x = from; x <= to; x++) if (CUES.has(r.lower(x)) && !r.inQuote[x]) return true;
  return false;
}

/** The source in the words from `chain.b` to `j` before the cue at `k`: past leaders, fronted phrases and a participle's object. */
function clauseSource(r: Reader, k: number, s0: number, chain: { b: number; segStart: number; segEnd: number }, at: { j: number; end: number }): SourceBefore | undefined {
  const { segStart, segEnd } = chain;
  const { j, end } = at;
  const b = skipLeaders(r, chain.b, j);
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

/** Whether token `x` is a finite verb or auxiliary (`spoke`, `remembered`, `can`, `said`). */
export function verbAt(r: Reader, x: number): boolean {
  const w = r.lower(x);
  if (SUBJECT_ENDS.has(w) || IRREGULAR_FINITE.has(w) || IRREGULAR_PAST.has(w)) return true;
  if (isUpperInitial(r.toks[x].text)) return false;
  return /^\p{L}+ed$/u.test(w) || (CUES.has(w) && /s$/.test(w) && !NOT_AFTER.has(r.lower(x - 1)));
}

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

/** Whether token `x` is the period of a middle initial inside a name (`Mary E. Lovely`). */
const initialPeriod = (r: Reader, x: number) =>
  r.toks[x].text === '.' && x > 0 && /^\p{Lu}$/u.test(r.toks[x - 1].text) && isUpperInitial(r.toks[x + 1]?.text ?? '');

/** Tokens [from, to] after an inverted cue that name the source (`said Smith, a spokesman`). */
export function sourceAfter(r: Reader, from: number, e1: number): Span | undefined {
  let x = from;
  while (x < e1 && !r.inQuote[x] && (!/^[.;!?]$/.test(r.toks[x].text) || initialPeriod(r, x))) {
    if (r.toks[x].text === ',' && (r.openingQuote(x + 1) || PARTICIPLE_CUE.test(r.lower(x + 1)))) break;
    if (x > from && r.lower(x) === 'of' && PERSONAL_POSSESSIVES.has(r.lower(x + 1)) && isUpperInitial(r.toks[x - 1].text)) break;
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
export function invertedSource(r: Reader, from: number, e1: number, afterQuote: boolean): boolean {
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

/**
 * The subject of the clause that a `…, saying …` participle continues: a pronoun, or up to six
 * words before the first finite verb, after a fronted phrase and its comma. Undefined when unclear.
 */
export function sentenceSubject(r: Reader, t0: number, k: number): Span[] | undefined {
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

/** `Donations are typically reported in ranges`: a passive cue, whose subject is what is said, not who says it. */
export function passive(r: Reader, k: number, t0: number): boolean {
  for (let x = k - 1; x >= t0 && !r.inQuote[x] && BETWEEN_SOURCE_AND_CUE.has(r.lower(x)); x--) {
    if (AUXILIARIES.has(r.lower(x))) return true;
  }
  return false;
}
