import {
  ANONYMOUS_NOUNS,
  ANONYMOUS_SOURCES,
  CAPITALS_ONLY,
  CARRIER_NOUNS,
  DETERMINERS,
  GROUP_WORDS,
  MEDIA_WORDS,
  NOT_NAME,
  ADJECTIVE_DE,
  NAME_PARTICLES,
  SECOND_PARTICLES,
  PARTICIPLE_DE,
  POSSESSIVES_DE,
  ORGANISATION_WORDS,
  NAMELESS_PRONOUNS,
  PRONOUNS,
  ROLE_WORDS,
} from '../lexicon/entities';
import { ACCORDING_WORDS, PICTURE_CREDIT } from '../lexicon/de-cues';
import { GROUP_PRONOUNS_DE, PLACE_PREPOSITIONS, PREPOSITIONS, REPORT_ADVERBS, SENTENCE_ADVERBS } from '../lexicon/de-grammar';
import { AGE_DESCRIPTION, FIELD_NOUN, MEDIUM_KIND, PERSON_DESCRIPTION, PERSONS_DESCRIPTION } from '../lexicon/de-reference';
import type { Candidate, Doc, ResolvedCandidate } from './doc';
import { GermanReferences, strongForm, withoutPrepositionalTail } from './entities-de';
import { STEP_CANDIDATES, STEP_SENTENCES, STEP_UNITS, type Steps } from './steps';
import { firstAtOrAfter, isUpperInitial } from './text';
import type { Attribution, Entity, EntityType } from './types';

export const UNNAMED: Entity = { name: 'unnamed', type: 'unnamed' };

/** A speaker still named by a bare pronoun is unknown: shown without a name rather than as "Sie". */
export function namelessAsUnnamed(a: Attribution): Attribution {
  return NAMELESS_PRONOUNS.has(a.entity.name.trim().toLowerCase()) ? { ...a, entity: UNNAMED } : a;
}
/** Relative pronouns as sources (`…, who said …`) stand for the name just before them. */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'der', 'die', 'welcher', 'welche']);
/** Endings of German abstract nouns, which are no names (`Amtseinführung`, `Gesellschaft`). */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ment|enz|anz|ungen|ten|ische|ischen)$/;
/** Short German words whose noun-like ending names end in too (`Franz`, `Lorenz`, `Clement`, `Drosten`): in a run of names they stay names. */
const SHORT_NAME_ENDING = /^\p{Ll}{1,4}(?:ten|enz|anz|ment|nis)$/u;
/** Words before a capitalised run that make it a common noun phrase, not a name (`im Nahen Osten`). */
const ARTICLE_BEFORE = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|im|am|vom|zum|zur|beim|ins|the|a|an)$/i;
/** Punctuation that ends a clause. */
const CLAUSE_END = /^[,;:]$/;
/** Prepositions that tie a name to the noun before it (`the MP for Newcastle Central, who`): a relative pronoun after it stands for a name before. */
const TYING_PREPOSITIONS = /^(?:of|for|from|in|at|von|aus|für|bei|im|am)$/i;
/** Prepositions after which a lone capitalised word without an article is likely a name (`mit Trump`). */
const NAME_AFTER = /^(?:mit|von|für|gegen|bei|an|über|with|by|for|against|to)$/i;
/** A person's noun compounded with an acronym (`ATU-Organisator`, `IGM-Vertreter`): a German title, no name; like a role it stands for the person named before. */
const ACRONYM_TITLE = /^\p{Lu}{2,}-\p{Lu}\p{Ll}{2,}(?:or|er|ist|ent|ant|eur|in)$/u;
/** Endings of German plural and inflected nouns, which a lone word after a preposition is no name with. */
/** A German adjective inflected after an article (`der offenen`, `des früheren`). */
const INFLECTED_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

const PLURAL_ENDING = /(?:e|en|er|ern|s)$/;
/** German nouns for women (`Burgschauspielerin`, `Wienerin`, `Aktivistin`): a title before a name, never part of it. */
const FEMALE_PERSON_NOUN = /(?:\p{Ll}(?:erin|eurin|istin|entin|antin|orin|andin|ogin)|[Ää]rztin)$/u;
/** Quotation marks around a quoted name (`„Peta“`), left out of the name shown. */
const QUOTE_MARKS_AROUND = /^["„“»«']+|["„“»«']+$/g;
/** German adjectives made of a name (`die Trump'sche Politik`): no name. */
const NAME_ADJECTIVE_DE = /^\p{Lu}\p{L}*['’]sche[mnrs]?$/u;
/** English adjectives opening a sentence or headline (`Unpredictable Sondland faces questions`): written large, no part of the name after them. */
const OPENING_ADJECTIVE_EN = /^\p{Lu}\p{Ll}{4,}(?:able|ible|ous|ful|less)$/u;
/** Lower-case words opening a German noun phrase before its noun (`neuen`, `jüngsten`): adjectives. */
const LEADING_ADJECTIVES = /^(?:\p{Ll}+\s+)+(?=\p{Lu})/u;
/** How far back a role noun (`der US-Präsident`) looks for the person it stands for, in characters. */
const ROLE_REACH = 600;

const ROLE_MAX = Math.max(...[...ROLE_WORDS].map((w) => w.length));

/** Whether a word ends in an office or role noun (`US-Präsident`, `Kremlberater`). */
export function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  for (let k = Math.min(lower.length, ROLE_MAX); k >= 3; k--) if (ROLE_WORDS.has(lower.slice(-k))) return true;
  return false;
}

/** `Insider`, `informierte Kreise`, `people familiar with the matter`: a source that names nobody. */
export function isAnonymous(lower: string): boolean {
  const words = lower.split(/\s+/);
  if (ANONYMOUS_NOUNS.has(lower)) return true;
  return ANONYMOUS_SOURCES.some((w) => (w.length <= 4 ? words.includes(w.trim()) : lower.includes(w)));
}

/** Acronyms that end many names (`Renato`): they count as whole words only. */
const WHOLE_WORD_ONLY = new Set(['nato', 'fifa', 'uefa']);

/** A word list as exact words, long word endings, and multi-word phrases. */
function wordClass(list: readonly string[]) {
  return {
    words: new Set(list.filter((w) => !w.includes(' '))),
    endings: list.filter((w) => !w.includes(' ') && w.length >= 4 && !WHOLE_WORD_ONLY.has(w)),
    phrases: list.filter((w) => w.includes(' ')),
  };
}
const MEDIA = wordClass(MEDIA_WORDS);
const ORGANISATION = wordClass(ORGANISATION_WORDS);
const GROUP = wordClass(GROUP_WORDS);

export function entityType(name: string): EntityType {
  const lower = name.toLowerCase();
  const written = name.split(/[\s-]+/);
  const words = lower.split(/[\s-]+/);
  // `Kim Jong Un`: an acronym written as a name's word (capital, then lower case) is part of the name.
  const acronym = (w: string, i: number) => !CAPITALS_ONLY.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(written[i] ?? '');
  // Every word's ending counts (`Rüstungskonzern Rheinmetall`), also with a genitive s (`des Konzerns`).
  const stems = words.map((w) => w.replace(/s$/, ''));
  const has = (c: ReturnType<typeof wordClass>) =>
    words.some((w, i) => c.words.has(w) && acronym(w, i)) ||
    c.endings.some((e) => words.some((w, i) => w.endsWith(e) || stems[i].endsWith(e))) ||
    c.phrases.some((p) => lower.includes(p));
  // A name in quotation marks is a title: a newspaper, broadcaster or website (`der „Business Insider“`).
  if (/^["„“»«']/.test(name)) return 'media';
  if (isAnonymous(lower)) return 'unnamed';
  if (has(MEDIA)) return 'media';
  if (has(ORGANISATION) || /^[A-ZÄÖÜ]{2,6}$/.test(name)) return 'organisation';
  if (has(GROUP)) return 'group';
  return 'person';
}

/** What the document says about names, computed once per document. */
export class Names {
  /** Whether each token may be part of a name. */
  private readonly flags: Uint8Array;
  private readonly types = new Map<string, EntityType>();
  /** Each name word mapped to the longest name it occurs in: `Xi` → `Xi Jinping`. */
  readonly runs = new Map<string, string>();
  /** Where a known person is mentioned, in text order. */
  readonly mentions: { at: number; entity: Entity }[] = [];

  private constructor(private readonly doc: Doc) {
    this.flags = new Uint8Array(doc.tokens.length);
  }

  /** Reads the names of a document, pausing between slices of its tokens. */
  static *read(doc: Doc, candidates: Candidate[]): Steps<Names> {
    const names = new Names(doc);
    yield* names.readFlags();
    yield* names.findRuns();
    for (const name of names.singleNames(candidates)) if (!names.runs.has(name)) names.runs.set(name, name);
    if (doc.lang === 'de') names.readMediumTitles();
    yield;
    yield* names.findMentions();
    return names;
  }

  private *readFlags(): Steps<void> {
    const { doc } = this;
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (i % STEP_UNITS === STEP_UNITS - 1) yield;
      const t = toks[i].text;
      this.flags[i] = isUpperInitial(t) && t.length > 1 && !NOT_NAME.has(t) && !t.endsWith('.') && !isRole(t) && !(doc.lang === 'de' && (FEMALE_PERSON_NOUN.test(t) || NAME_ADJECTIVE_DE.test(t))) ? 1 : 0;
    }
    // A headline in title case (`Jury Finds Dylann Roof Guilty`) capitalises every word: no names there.
    for (const [n, sentence] of doc.sentences.entries()) {
      if (n % STEP_SENTENCES === STEP_SENTENCES - 1) yield;
      let words = 0;
      let capitalised = 0;
      for (let i = sentence.t0; i < sentence.t1; i++) {
        if (!/^\p{L}/u.test(toks[i].text)) continue;
        words++;
        if (isUpperInitial(toks[i].text)) capitalised++;
      }
      if (words >= 4 && capitalised >= words * 0.7 && doc.lang === 'en') this.flags.fill(0, sentence.t0, sentence.t1);
      // `Transponierbare Elemente könnten …`, `Geschlossene Grenze`: an adjective or a participle opening a German sentence is written large, no name.
      // `Insbesondere Südostasien …`: a sentence adverb opening a German sentence is no part of the name after it.
      if (doc.lang === 'de' && (ADJECTIVE_DE.test(toks[sentence.t0]?.text ?? '') || PARTICIPLE_DE.test(toks[sentence.t0]?.text ?? '') || SENTENCE_ADVERBS.has(toks[sentence.t0]?.lower ?? ''))) this.flags[sentence.t0] = 0;
      if (doc.lang === 'en' && OPENING_ADJECTIVE_EN.test(toks[sentence.t0]?.text ?? '')) this.flags[sentence.t0] = 0;
      // A picture credit (`Loriot Cartoon: Tagesschau © SWR/Hugo Jehle`) names a picture, nobody who speaks.
      if (doc.lang === 'de' && PICTURE_CREDIT.test(doc.text.slice(sentence.start, sentence.end))) this.flags.fill(0, sentence.t0, sentence.t1);
    }
  }

  /** `das Magazin ET-News … schreibt ET-News`: a name written after a kind of medium is that medium's title throughout the text. */
  private readMediumTitles(): void {
    const toks = this.doc.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (!MEDIUM_KIND.test(toks[i].text) || !this.flags[i + 1] || this.doc.text.slice(toks[i].end, toks[i + 1].start) !== ' ') continue;
      const title = this.runs.get(toks[i + 1].text) ?? toks[i + 1].text;
      if (!title.includes(toks[i].text) && this.type(title) !== 'media') this.types.set(title, 'media');
    }
  }

  private *findMentions(): Steps<void> {
    const toks = this.doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (i % STEP_UNITS === STEP_UNITS - 1) yield;
      if (!this.flags[i]) continue;
      const t = toks[i].text;
      const name = this.runs.get(t) ?? (t.endsWith('s') ? this.runs.get(t.slice(0, -1)) : undefined);
      // `an der Grenze`: a German word after an article is a common noun, no mention of a person named `Geschlossene Grenze`.
      if (name && this.doc.lang === 'de' && i > 0 && ARTICLE_BEFORE.test(toks[i - 1].text) && this.type(name) === 'person') continue;
      if (name) this.mentions.push({ at: toks[i].start, entity: { name, type: this.type(name) } });
    }
  }

  type(name: string): EntityType {
    let t = this.types.get(name);
    if (t === undefined) this.types.set(name, (t = entityType(name)));
    return t;
  }

  /** Runs of two to four capitalised words that read as names, not as `im Nahen Osten`. */
  private *findRuns(): Steps<void> {
    const toks = this.doc.tokens;
    const best = new Map<string, { name: string; count: number }>();
    const counts = new Map<string, number>();
    for (let i = 0; i < toks.length; i++) {
      if (i % STEP_UNITS === STEP_UNITS - 1) yield;
      if (!this.flags[i]) continue;
      let j = i;
      for (let words = 1, next = this.nextNameWord(j); next > 0 && words < 4; words++, next = this.nextNameWord(j)) j = next;
      // `der offenen Grenze Spuren`, `in erster Linie Trassen`: after an article or a preposition and an adjective the first word is a noun; `des früheren Ministers Heiko Maas` names the rest.
      if (this.doc.lang === 'de' && i > 1 && (ARTICLE_BEFORE.test(toks[i - 2].text) || PREPOSITIONS.has(toks[i - 2].lower)) && INFLECTED_ADJECTIVE.test(toks[i - 1].text)) {
        if (j - i < 2) {
          i = j;
          continue;
        }
        i++;
      }
      // `der Franzose Luc Marin`: a person noun after an article describes the name that follows it.
      if (this.doc.lang === 'de' && j - i >= 2 && i > 0 && ARTICLE_BEFORE.test(toks[i - 1].text) && (PERSON_DESCRIPTION.test(toks[i].text) || PERSONS_DESCRIPTION.test(toks[i].text)) && entityType(this.doc.text.slice(toks[i + 1].start, toks[j].end)) === 'person') {
        i++;
      }
      // `ATU-Organisator Gutierrez`: a noun compounded with a body's acronym is a title before the name, no part of it.
      if (this.doc.lang === 'de' && j > i && ACRONYM_TITLE.test(toks[i].text)) i++;
      // `für Bioinformatik Timothy Sackton`: a field after a preposition is the preposition's object, the name follows it.
      if (this.doc.lang === 'de' && j - i >= 2 && i > 0 && PREPOSITIONS.has(toks[i - 1].lower) && FIELD_NOUN.test(toks[i].text)) i++;
      let plausible = j > i && !(i > 0 && (ARTICLE_BEFORE.test(toks[i - 1].text) || (this.doc.lang === 'de' && POSSESSIVES_DE.has(toks[i - 1].lower))));
      for (let k = i; plausible && k <= j; k++) if (NOUN_SUFFIX.test(toks[k].lower) && (this.doc.lang !== 'de' || !SHORT_NAME_ENDING.test(toks[k].lower))) plausible = false;
      if (plausible) {
        const name = this.doc.text.slice(toks[i].start, toks[j].end);
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        for (let k = i; k <= j; k++) {
          const prev = best.get(toks[k].text);
          if (!prev || name.length > prev.name.length || (name.length === prev.name.length && count > prev.count))
            best.set(toks[k].text, { name, count });
        }
      }
      i = j;
    }
    // `Prechts Prognose`: a German run opened by the genitive of a name the text writes alone is that name and a noun, no name of its own.
    const genitive = (name: string) => {
      const first = name.split(' ')[0];
      return this.doc.lang === 'de' && name.includes(' ') && first.length > 3 && first.endsWith('s') && best.has(first.slice(0, -1));
    };
    for (const [word, { name }] of best) if (!genitive(name)) this.runs.set(word, name);
  }

  /**
   * The name word that follows token `j` in the same name: the next token, or in German the one
   * after a lower-case particle (`Kris de Decker`); -1 when the name ends at `j`. Names run over
   * single spaces only, never over a line break (`Diplomatie\nXi und Putin`).
   */
  private nextNameWord(j: number): number {
    const toks = this.doc.tokens;
    const joined = (a: number, b: number) => b < toks.length && /^ ?$/.test(this.doc.text.slice(toks[a].end, toks[b].start));
    if (joined(j, j + 1) && this.flags[j + 1]) return j + 1;
    if (this.doc.lang !== 'de' || !joined(j, j + 1) || !NAME_PARTICLES.has(toks[j + 1].text)) return -1;
    const k = joined(j + 1, j + 2) && SECOND_PARTICLES.has(toks[j + 2].text) ? j + 2 : j + 1;
    return joined(k, k + 1) && this.flags[k + 1] ? k + 1 : -1;
  }

  /**
   * Names written as one word: sources of attributions (`sagte Ushakov`) and bare capitalised words
   * after a preposition (`ein Gespräch mit Trump`) that do not look like plural or abstract nouns.
   */
  private singleNames(candidates: Candidate[]): string[] {
    const out: string[] = [];
    for (const c of candidates) {
      if (c.source.length !== 1) continue;
      const word = this.doc.text.slice(c.source[0][0], c.source[0][1]);
      if (/^\p{Lu}[\p{L}-]+$/u.test(word) && !NOT_NAME.has(word) && !isRole(word) && this.type(word) === 'person') out.push(word);
    }
    const toks = this.doc.tokens;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (this.flags[i] && NAME_AFTER.test(toks[i - 1].text) && !NOUN_SUFFIX.test(t.lower) && !PLURAL_ENDING.test(t.lower) && !PRONOUNS.has(t.lower))
        out.push(t.text);
      // `Co-Redaktionsleiter Renato`: a lone capitalised word after a role noun names its holder.
      else if (this.doc.lang === 'de' && this.flags[i] && !this.flags[i + 1] && isRole(toks[i - 1].text) && !NOUN_SUFFIX.test(t.lower)) out.push(t.text);
    }
    if (this.doc.lang !== 'de') return out;
    out.push(...this.agedNames());
    // `So auch der Bürgermeister von Saarlouis`: a word the text also writes as a place (`in Saarlouis`) names nobody who speaks.
    const places = new Set<string>();
    for (let i = 1; i < toks.length; i++) if (PLACE_PREPOSITIONS.has(toks[i - 1].text) && this.flags[i] && !this.flags[i + 1]) places.add(toks[i].text);
    return out.filter((name) => !places.has(name));
  }

  /**
   * German first names told by an age: `Gesine (18)`, `Gesine, 18,`, or a sentence opened by a lone
   * capitalised word and followed by one opened with an age (`Gesine aus Tübingen läuft die Zeit
   * davon. Die 18-Jährige …`).
   */
  private agedNames(): string[] {
    const { tokens: toks, sentences } = this.doc;
    const lone = (i: number) => this.flags[i] && !this.flags[i + 1] && !NOUN_SUFFIX.test(toks[i].lower) && !PRONOUNS.has(toks[i].lower) && this.type(toks[i].text) === 'person';
    const out: string[] = [];
    for (let i = 0; i + 3 < toks.length; i++) {
      const [open, age, close] = [toks[i + 1].text, toks[i + 2].text, toks[i + 3].text];
      if (/^\d{1,3}$/.test(age) && ((open === '(' && close === ')') || (open === ',' && close === ',')) && lone(i)) out.push(toks[i].text);
    }
    for (let n = 1; n < sentences.length; n++) {
      const s = sentences[n];
      const opener = sentences[n - 1].t0;
      if (/^(?:der|die)$/.test(toks[s.t0]?.lower ?? '') && AGE_DESCRIPTION.test(toks[s.t0 + 1]?.text ?? '') && lone(opener)) out.push(toks[opener].text);
    }
    return out;
  }

  /** The known name whose word starts at offset `at` (after a leading determiner), if any. */
  nameAt(at: number): string | undefined {
    const toks = this.doc.tokens;
    let i = firstAtOrAfter(toks, at, (t) => t.start);
    if (i < toks.length && DETERMINERS.has(toks[i].lower)) i++;
    return i < toks.length && this.flags[i] ? this.runs.get(toks[i].text) : undefined;
  }

  /**
   * The longest known person's name inside a longer source: `Der Kremlberater Juri Ushakov` → `Juri
   * Ushakov`. A run of name words is that name as written (`Sprecher Stefan Gobbin` is not the
   * `Stefan Bröckling` named before); a lone word stands for the longest name it occurs in.
   */
  nameInside(c: Candidate): string | undefined {
    const toks = this.doc.tokens;
    let best: string | undefined;
    for (const [s, e] of c.source) {
      for (let i = firstAtOrAfter(toks, s, (x) => x.start); i < toks.length && toks[i].start < e; i++) {
        if (!this.flags[i] || !this.runs.has(toks[i].text)) continue;
        let j = i;
        while (j + 1 < toks.length && toks[j + 1].start < e && this.flags[j + 1] && this.runs.has(toks[j + 1].text)) j++;
        const name = j > i ? this.doc.text.slice(toks[i].start, toks[j].end) : this.runs.get(toks[i].text)!;
        if (this.type(name) === 'person' && (!best || name.length > best.length)) best = name;
        i = j;
      }
    }
    return best;
  }

  /** The subject after a phrase such as `Nach eigenen Angaben kaufte er …`: a pronoun or a known name in the sentence. */
  subjectAfter(at: number, lastPerson: Entity | undefined): Entity | undefined {
    const { sentences, tokens } = this.doc;
    const sentence = sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1];
    if (!sentence) return undefined;
    for (let i = firstAtOrAfter(tokens, at, (t) => t.start); i < sentence.t1 && i < tokens.length; i++) {
      // `…, wonach auf Social Networks …`: a name past the German clause's end is no subject of it.
      if (this.doc.lang === 'de' && CLAUSE_END.test(tokens[i].text)) return undefined;
      if (PRONOUNS.has(tokens[i].lower)) return lastPerson;
      const name = this.flags[i] ? this.runs.get(tokens[i].text) : undefined;
      if (name) return { name, type: this.type(name) };
    }
    return undefined;
  }

  /**
   * The name a relative pronoun at `at` stands for: the nearest before it, unless a preposition ties
   * that name to the noun of an apposition (`Chi Onwurah, the Labour MP for Newcastle Central, who`):
   * then the name the apposition follows. A name tied to a verb stays (`heard from David Bruck, who`).
   */
  relativeAntecedent(at: number): Entity | undefined {
    const { sentences, tokens } = this.doc;
    const sentence = sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1];
    const start = sentence && at < sentence.end ? sentence.start : at;
    const tokenAt = (k: number) => firstAtOrAfter(tokens, this.mentions[k].at, (t) => t.start);
    const nearest = firstAtOrAfter(this.mentions, at, (p) => p.at) - 1;
    for (let k = nearest; k >= 0 && this.mentions[k].at >= start; ) {
      // A name of several words is one mention a word: its first word follows the preposition.
      let first = k;
      while (first > 0 && this.mentions[first - 1].entity.name === this.mentions[k].entity.name && tokenAt(first - 1) === tokenAt(first) - 1) first--;
      if (!TYING_PREPOSITIONS.test(tokens[tokenAt(first) - 1]?.text ?? '')) {
        return k !== nearest && tokens[tokenAt(k) + 1]?.text === ',' ? this.mentions[k].entity : this.personBefore(at);
      }
      k = first - 1;
    }
    return this.personBefore(at);
  }

  /** The nearest person named before `at`, within reach, other than the sentence's own subject. */
  personBefore(at: number): Entity | undefined {
    const { sentences, tokens } = this.doc;
    const candidate = sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1];
    const sentence = candidate && at < candidate.end ? candidate : undefined;
    const start = sentence?.start ?? at;
    const subjectEnd = sentence ? tokens[sentence.t0]?.end ?? at : at;
    let k = firstAtOrAfter(this.mentions, at, (p) => p.at) - 1;
    while (k >= 0 && this.mentions[k].at >= start && this.mentions[k].at < subjectEnd) k--;
    return k >= 0 && this.mentions[k].at >= start - ROLE_REACH ? this.mentions[k].entity : undefined;
  }
}

/**
 * The speaker of a German carrier noun that names no owner: `eigenen Angaben` is the clause's
 * subject, before the source or after it; a bare plural (`Berichten zufolge`, `neuen Informationen
 * nach`) is nobody the text names; `den Angaben` refers back to the source just named.
 */
function germanCarrierOwner(doc: Doc, c: Candidate, names: Names, german: GermanReferences, lastPerson: Entity | undefined, lastEntity: Entity | undefined): Entity {
  const raw = rawSource(doc, c);
  const [start, end] = [c.source[0][0], c.source[c.source.length - 1][1]];
  if (/^eigen/i.test(raw)) {
    const before = german.subjectBefore(start);
    const subject = before ? (PRONOUNS.has(before.toLowerCase()) ? lastPerson : german.description(before, start) ?? { name: names.runs.get(before) ?? before, type: names.type(before) }) : undefined;
    return subject ?? names.subjectAfter(end, lastPerson) ?? UNNAMED;
  }
  if (!DETERMINERS.has(raw.split(/\s+/)[0].toLowerCase())) return UNNAMED;
  return names.subjectAfter(end, lastPerson) ?? lastEntity ?? UNNAMED;
}

/** A German role's genitive opening a name as its nominative: `Sprechers der Stadt` → `Sprecher der Stadt`, `Präsidenten der Polizei` → `Präsident der Polizei`. */
function roleNominative(name: string): string {
  const [first, ...rest] = name.split(' ');
  if (rest.length === 0) return name;
  const stem = [first.slice(0, -1), first.slice(0, -2)].find((s, k) => first.endsWith(k === 0 ? 's' : 'en') && s.length > 2 && isRole(s) && !isRole(first));
  return stem ? [stem, ...rest].join(' ') : name;
}

/** Whether a source is a carrier noun phrase: `Angaben der Polizei`, `eigenen Angaben`, `NDR-Recherchen`; in German, after an adjective (`neuen Informationen`). */
export function isCarrier(words: string[], german = false): boolean {
  const noun = ((german && /^\p{Ll}/u.test(words[0]) && !/^eigen/i.test(words[0]) && words.find((w) => /^\p{Lu}/u.test(w))) || words.find((w) => !/^eigen/i.test(w)))?.toLowerCase() ?? '';
  return CARRIER_NOUNS.has(noun) || CARRIER_NOUNS.has(noun.split('-').pop() ?? '');
}

/**
 * The speaker behind a carrier noun: `Angaben des Konzerns` → `Konzern`, `NDR-Recherchen` → `NDR`;
 * none for `eigenen Angaben`, whose speaker is the clause's subject.
 */
export function carried(bare: string): Entity | undefined {
  const prefix = /^(\p{Lu}[\p{L}\d]*)-\p{L}+$/u.exec(bare.split(' ')[0]);
  if (prefix) return { name: prefix[1], type: entityType(prefix[1]) };
  const m = /^\S+\s+(des|der|dem|den|von|vom|eines|einer|of|from|by)\s+(?:(?:der|die|das|dem|den|des|the)\s+)?(.+)$/i.exec(bare);
  if (!m) return undefined;
  // `des Entwurfs (PDF)`: a note in brackets after the name is no part of it.
  const named = m[2].replace(/\s*\([^)]*\)$/, '');
  const genitive = /^(\p{Lu}\p{Ll}+)s$/u.exec(named);
  // A name after `des` is a noun's genitive (`des Entwurfs`, `des Konzerns`): persons take no article.
  const noun = genitive && (/^(?:des|eines)$/i.test(m[1]) || entityType(genitive[1]) !== 'person');
  const name = noun ? genitive[1] : named;
  return { name, type: entityType(name) };
}

/** The source as written. */
function rawSource(doc: Doc, c: Candidate): string {
  return c.source.map(([s, e]) => doc.text.slice(s, e)).join(' ');
}

/** The source's words without determiners and trailing punctuation. */
export function bareSource(doc: Doc, c: Candidate): string {
  const words = rawSource(doc, c).split(/\s+/).filter(Boolean);
  while (words.length > 1 && DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return words.join(' ').replace(/[,;:.]+$/, '');
}

/**
 * Resolves each candidate's source to an entity within the document: pronouns to the last speaker,
 * short names to the longest name that contains them, role nouns (`der US-Präsident`) to the last
 * person named before them who is not the clause's own subject. Anonymous sources make the kind
 * `unnamed`.
 */
export function* resolveEntities(doc: Doc, candidates: Candidate[]): Steps<ResolvedCandidate[]> {
  const names = yield* Names.read(doc, candidates);
  const german = doc.lang === 'de' ? new GermanReferences(doc, names) : undefined;
  const at = (c: Candidate) => c.cue[0]?.[0] ?? c.content[0]?.[0] ?? 0;
  const sorted = [...candidates].sort((a, b) => at(a) - at(b));
  // Media credited by name (`der "Business Insider"`), for reports that do not name theirs.
  const media = german ? sorted.flatMap((c) => (c.source.length > 0 && names.type(bareSource(doc, c)) === 'media' ? [{ at: c.source[0][0], entity: { name: bareSource(doc, c).replace(QUOTE_MARKS_AROUND, ''), type: 'media' as const } }] : [])) : [];
  let lastPerson: Entity | undefined;
  let lastEntity: Entity | undefined;
  let lastEntityAt = 0;
  const out: ResolvedCandidate[] = [];
  for (const c of sorted) {
    if (out.length % STEP_CANDIDATES === STEP_CANDIDATES - 1) yield;
    let entity: Entity = UNNAMED;
    let anonymous = false;
    if (c.source.length > 0) {
      const bare = german ? withoutPrepositionalTail(bareSource(doc, c)) : bareSource(doc, c);
      const words = bare.split(' ');
      const lower = bare.toLowerCase();
      const single = words.length === 1;
      // A name in quotation marks is a title (`der „Business Insider“`), never an anonymous source.
      anonymous = isAnonymous(lower) && !/^["„“»«']/.test(bare);
      const role = german && isRole(words[words.length - 1]) && words.length <= 3 ? german.role(rawSource(doc, c), bare, c.source[0][0]) : undefined;
      const adverbial = german?.adverbial(rawSource(doc, c));
      const possessor = german?.possessor(rawSource(doc, c));
      // `„Wir …“`: a German `wir` is a group the text does not name, never the person named last.
      // `Wir fragen sie, ob … . „Nein, …“`: the answer is theirs, the group the text counted before.
      if (single && german && GROUP_PRONOUNS_DE.has(lower)) entity = german.asked(c.source[0][0], c.content[0]?.[0] ?? 0) ?? UNNAMED;
      // `Seine Prognose lautet, …`: the statement's owner speaks.
      else if (german && possessor) entity = german.pronoun(possessor, c.source[0][0], c, lastPerson) ?? UNNAMED;
      else if (single && PRONOUNS.has(lower)) entity = (german ? german.pronoun(lower, c.source[0][0], c, lastPerson) : lastPerson) ?? { name: bare, type: 'person' };
      else if (single && german && REPORT_ADVERBS.has(lower)) entity = german.pointedBack(lower, c.source[0][0], lastEntity, lastEntityAt) ?? UNNAMED;
      else if (adverbial === 'referent') entity = lastEntity ?? UNNAMED;
      else if (adverbial === 'subject') entity = names.subjectAfter(c.source[c.source.length - 1][1], lastPerson) ?? UNNAMED;
      else if (role) entity = role === 'as written' ? { name: bare, type: 'person' } : role;
      else if (german && german.describedPerson(rawSource(doc, c), c.source[0][0], c, lastPerson)) entity = german.describedPerson(rawSource(doc, c), c.source[0][0], c, lastPerson)!;
      else if (german && words.length === 1 && german.description(bare, c.source[0][0])) entity = german.description(bare, c.source[0][0])!;
      else if (german && german.ownedDescription(bare, c.source[0][0])) entity = german.ownedDescription(bare, c.source[0][0])!;
      else if (german && german.membersBody(bare, c.source[0][0])) entity = german.membersBody(bare, c.source[0][0])!;
      else if (german && german.reportMedium(rawSource(doc, c), bare, c.source[0][0], media)) entity = german.reportMedium(rawSource(doc, c), bare, c.source[0][0], media)!;
      else if (single && RELATIVE_PRONOUNS.has(lower)) entity = names.relativeAntecedent(c.source[0][0]) ?? lastEntity ?? UNNAMED;
      else if (single && ACCORDING_WORDS.anaphoric.has(lower)) entity = lastEntity ?? UNNAMED;
      else if (isCarrier(words, !!german)) {
        // `neuen Angaben der Polizei`: the adjectives before a German carrier noun are no part of it.
        const carrier = carried(german ? bare.replace(LEADING_ADJECTIVES, '') : bare);
        // `Angaben der Organisation Housing Justice`: the body's name without its kind.
        const body = carrier && german ? (german.bodyNamed(carrier.name) ?? { ...carrier, name: roleNominative(german.nominative(carrier.name)) }) : carrier;
        // `in dem Bericht`: the German report named in full before (`OECD-Bericht`), if any.
        const ownWords = german && !body && !/^eigen/i.test(words[0]) ? (german.earlier(bare, out) ?? german.compoundBefore(bare, c.source[0][0])) : undefined;
        // `eine Schätzung, wonach …`: an indefinite report is nobody named before or after; it stands as written.
        const indefinite = german && !body && german.indefinite(rawSource(doc, c)) ? { name: bare, type: names.type(bare) } : undefined;
        entity = (body && german?.description(body.name, c.source[0][0])) || body || ownWords || indefinite || (german ? germanCarrierOwner(doc, c, names, german, lastPerson, lastEntity) : names.subjectAfter(c.source[c.source.length - 1][1], lastPerson) || lastEntity || UNNAMED);
      }
      else if (german && german.bodyNamed(bare)) entity = german.bodyNamed(bare)!;
      else if (single && names.runs.has(bare) && names.type(bare) === 'person') {
        const name = names.runs.get(bare)!;
        entity = { name, type: names.type(name) };
      }
      else if ((isRole(words[words.length - 1]) || (german && single && ACRONYM_TITLE.test(bare))) && words.length <= 3 && !words.slice(1).some((w) => isUpperInitial(w) && !isRole(w)))
        entity = (german ? german.roleHolder(rawSource(doc, c), c.source[0][0], c) : names.personBefore(c.source[0][0])) ?? { name: bare, type: 'person' };
      else {
        // An apposition describes the speaker; the part before it names them (`Tobias Lindner, Sprecher der Grünen`).
        const head = bare.split(/\s*[,(]\s*/)[0];
        const type = names.type(head);
        // `Alexandra Olgin of South Carolina Public Radio`: a source that opens with a person's name is that person.
        const opening = names.nameAt(c.source[0][0]);
        // `Der Sprecher des Innenministeriums, Steve Alter`: a role described before its holder's name.
        const apposition = german && isRole(head.split(' ')[0]) ? bare.split(/\s*,\s*/)[1] : undefined;
        const holder = apposition && /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(apposition) && names.type(apposition) === 'person' ? apposition : undefined;
        const name = holder ?? (opening && names.type(opening) === 'person' ? opening : type === 'person' || type === 'group' ? names.nameInside(c) : undefined);
        entity = name ? { name, type: names.type(name) } : { name: head, type };
      }
      // `sagt der junge Polizist`: a description stands without its article, so in the strong form (`junger Polizist`).
      if (german && entity.name === bare) entity = { ...entity, name: strongForm(rawSource(doc, c), bare) };
    }
    if (german) entity = { ...entity, name: entity.name.replace(QUOTE_MARKS_AROUND, '') || entity.name };
    if (entity.type === 'person') lastPerson = entity;
    if (entity.type !== 'unnamed') [lastEntity, lastEntityAt] = [entity, at(c)];
    out.push({ ...c, entity, kind: anonymous ? 'unnamed' : c.kind });
  }
  return oneTypePerName(out);
}

/**
 * A one-word name is a person only by default (`kommentiert Facebook`): where the text calls it an
 * organisation or a medium elsewhere (`das Unternehmen`), it is that in every claim, so that its
 * claims stand in one group.
 */
function oneTypePerName(resolved: ResolvedCandidate[]): ResolvedCandidate[] {
  const bodies = new Map<string, EntityType>();
  for (const { entity } of resolved) if ((entity.type === 'organisation' || entity.type === 'media') && !entity.name.includes(' ')) bodies.set(entity.name, entity.type);
  return resolved.map((c) => {
    const type = c.entity.type === 'person' ? bodies.get(c.entity.name) : undefined;
    return type ? { ...c, entity: { ...c.entity, type } } : c;
  });
}
