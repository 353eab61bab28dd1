import { ACCORDING_WORDS } from '../lexicon/de-cues';
import type { Candidate, Doc, ResolvedCandidate } from './doc';
import { bareSource, carried, isAnonymous, isCarrier, isRole, Names, RELATIVE_PRONOUNS, UNNAMED } from './entities';
import { EN_ANONYMOUS_HEADS, EN_GENDERED_ROLES, EN_ORGANISATION_ROLES, EN_ROLE_ABBREVIATIONS, EN_SPOKESPERSONS } from '../lexicon/en-entities';
import { STEP_CANDIDATES, type Steps } from './steps';
import { descriptionType, EnglishNames, isPlaceName, mayBeFirstName, genderOf as firstNameGender, isAnonymousMention, isOrganisationRole, namesSpeaker, isTitle, readMention, refineType, sourcePhrase, type Gender } from './entities-en';
import { firstAtOrAfter, isUpperInitial } from './text';
import type { Entity } from './types';
import { CLAUSE_STARTS, COORDINATORS, NESTED_SUBJECTS, NOT_AFTER } from '../lexicon/en-grammar';

/** Pronouns of one person, with the gender they ask of their antecedent. */
const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['i', undefined],
  ['we', undefined],
]);

/** Descriptions of two people who spoke before (`the couple said`, `Both men said`), with the gender they ask of both. */
const PAIR_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['couple', undefined], ['pair', undefined], ['duo', undefined], ['the two', undefined],
  ['both men', 'm'], ['the two men', 'm'], ['both women', 'f'], ['the two women', 'f'],
]);
/** A person's role named by their possessive name (`Morrison's lawyer`, `Tim Morrison’s chief of staff`). */
const POSSESSIVE_ROLE = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s? (\p{Ll}[\p{L} -]*)$/u;

/** Whether token `i` lies in a title-case headline (`Jury Finds Dylann Roof Guilty`), whose capitals are no names; computed per sentence on first need. */
function headlineTest(doc: Doc): (i: number) => boolean {
  const known = new Map<number, boolean>();
  return (i) => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.sentences[mid].t0 <= i) lo = mid;
      else hi = mid - 1;
    }
    let headline = known.get(lo);
    if (headline === undefined) {
      const s = doc.sentences[lo];
      let words = 0;
      let capitalised = 0;
      for (let t = s?.t0 ?? 0; s && t < s.t1; t++) {
        if (!/^\p{L}/u.test(doc.tokens[t].text)) continue;
        words++;
        if (isUpperInitial(doc.tokens[t].text)) capitalised++;
      }
      headline = words >= 4 && capitalised >= words * 0.7;
      known.set(lo, headline);
    }
    return headline;
  };
}

/** The speakers resolved so far, searched back for an antecedent. */
class History {
  constructor(private readonly genderOf: (name: string) => Gender) {}

  private readonly persons: Entity[] = [];
  /** The speakers that are no single person, in order. */
  private readonly groups: Entity[] = [];
  /** Where each of `persons` spoke: the offset of its source. */
  private readonly personsAt: number[] = [];
  /** The names and surnames of the persons who spoke. */
  private readonly spoken = new Set<string>();
  /** The last speaker of any type, of an organisation or medium, and of those or a group. */
  entity: Entity | undefined;
  organisation: Entity | undefined;
  collective: Entity | undefined;
  /** Where the last organisation and the last collective spoke: the offsets of their sources. */
  private organisationAt = -1;
  private collectiveAt = -1;

  /** Adds a speaker that later pronouns may stand for, with the offset of its source: a name, a role, a pronoun's own antecedent. */
  add(e: Entity, at: number): void {
    if (e.type === 'unnamed') return;
    this.entity = e;
    if (e.type === 'person') {
      this.persons.push(e);
      this.personsAt.push(at);
      this.spoken.add(e.name).add(e.name.split(' ').pop()!);
    }
    else {
      this.collective = e;
      this.collectiveAt = at;
      this.groups.push(e);
    }
    if (e.type === 'organisation' || e.type === 'media') {
      this.organisation = e;
      this.organisationAt = at;
    }
  }

  /** The last organisation (`it`) or collective (`they`) if it spoke at or after `since`: a pronoun reaches no further back. */
  recent(kind: 'organisation' | 'collective', since: number): Entity | undefined {
    return kind === 'organisation' ? (this.organisationAt >= since ? this.organisation : undefined) : this.collectiveAt >= since ? this.collective : undefined;
  }

  /** The last group of speakers named with this plural (`officials` → `Con Edison officials`), a few speakers back at most. */
  groupOf(plural: string): Entity | undefined {
    if (plural.includes(' ')) return undefined;
    for (let i = this.groups.length - 1; i >= Math.max(0, this.groups.length - 50); i--) {
      if (this.groups[i].name.endsWith(` ${plural}`)) return this.groups[i];
    }
    return undefined;
  }

  /**
   * The last two people who spoke, as one group (`the couple` → `Prince Harry and Meghan`); for
   * `both men` or `both women` both must be known to be of that gender.
   */
  pair(gender: Gender): Entity | undefined {
    const last = this.persons[this.persons.length - 1];
    if (gender && last && this.genderOf(last.name) !== gender) return undefined;
    // A few speakers back at most: a page of one speaker's quotes must not make this linear.
    for (let i = this.persons.length - 2; last && i >= Math.max(0, this.persons.length - 50); i--) {
      if (this.persons[i].name === last.name) continue;
      if (gender && this.genderOf(this.persons[i].name) !== gender) return undefined;
      return { name: `${this.persons[i].name} and ${last.name}`, type: 'group' };
    }
    return undefined;
  }

  /** Whether a person of this name, or of this surname, has spoken before. */
  knows(name: string): boolean {
    return this.spoken.has(name) || this.spoken.has(name.split(' ').pop()!);
  }

  /** The last person whose first name does not contradict the pronoun's gender. */
  person(gender: Gender): Entity | undefined {
    return this.persons[this.lastPerson(gender)];
  }

  /** Where the last person of a fitting gender spoke, or -1. */
  personAt(gender: Gender): number {
    return this.personsAt[this.lastPerson(gender)] ?? -1;
  }

  /** The last spokesperson in this role (`the spokesman` → `Postal Service spokesman`). */
  spokesperson(role: string): Entity | undefined {
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - 50); i--) {
      if (this.persons[i].name.split(' ').includes(role)) return this.persons[i];
    }
    return undefined;
  }

  private lastPerson(gender: Gender): number {
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const g = this.genderOf(this.persons[i].name);
      if (!gender || !g || g === gender) return i;
    }
    return -1;
  }
}

/** The candidate with its source cut to the noun phrase that names the speaker; undefined when the source holds none. */
function phraseOf(doc: Doc, c: Candidate): Candidate | undefined {
  if (c.source.length !== 1) return c;
  const [s, e] = c.source[0];
  const phrase = sourcePhrase(doc.text.slice(s, e));
  if (!phrase) return undefined;
  return phrase[0] === 0 && phrase[1] === e - s ? c : { ...c, source: [[s + phrase[0], s + phrase[1]]] };
}

/**
 * Pronouns that tell a person's gender when they follow the person's name in a sentence: not the
 * objects `him` and `her`, which stand for someone else as often (`Braun bought her label`).
 */
const GENDERED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['herself', 'f']]);
/** Words after `her` that make it an object (`told her that`, `gave her a`), not a possessive (`play her music`). */
const AFTER_OBJECT_HER = new Set([...NOT_AFTER, ...CLAUSE_STARTS, ...COORDINATORS, ...NESTED_SUBJECTS, 'as', 'than', 'so', 'too', 'up', 'out', 'off', 'back', 'down', 'into', 'over', 'again', 'now', 'then', 'if', 'because']);
/** Whether `her` before the word `next` is a possessive, which, like `his`, tells its owner's gender. */
const possessiveHer = (next: string | undefined): boolean => !!next && /^\p{Ll}+$/u.test(next) && !/ly$/.test(next) && !AFTER_OBJECT_HER.has(next);
/** Honorifics before a name that tell its gender (`Mr Mugabe`, `Ms. Katz`). */
const GENDERED_HONORIFICS: ReadonlyMap<string, 'm' | 'f'> = new Map([['mr', 'm'], ['ms', 'f'], ['mrs', 'f'], ['miss', 'f']]);
/** How many tokens after a name a pronoun may follow and still be read as the name's. */
const GENDER_REACH = 25;

/**
 * The gender the text gives each person, for first names compromise does not know (`Scooter Braun`,
 * `Oprah Winfrey`): an honorific before a mention, and the first he, his or she after a mention,
 * before any other name in its sentence (`Scooter Braun said he had done nothing wrong`). Votes
 * count for the whole name where it is written, and for the surname; the surname's votes tell only
 * when one person of the text bears it (a bare `Trump` may be Donald or Melania). The majority wins;
 * a tie tells nothing.
 */
function textGenders(doc: Doc, names: Names): (name: string) => Gender {
  const byName = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const bearers = new Map<string, Set<string>>();
  const { tokens, text } = doc;
  names.mentions.forEach((m, k) => {
    if (m.entity.type !== 'person') return;
    const name = m.entity.name;
    const surname = name.split(' ').pop()!;
    const whole = text.startsWith(name, m.at);
    // The first names written before this surname (`Donald Trump`, `Melania Trump`).
    const at = firstAtOrAfter(tokens, m.at, (t) => t.start);
    const first = tokens[at - 1];
    if (tokens[at]?.text === surname && first && mayBeFirstName(first)) bearers.set(surname, (bearers.get(surname) ?? new Set()).add(first.text));
    const vote = (g: 'm' | 'f') => {
      const v = g === 'm' ? 1 : -1;
      bySurname.set(surname, (bySurname.get(surname) ?? 0) + v);
      if (whole) byName.set(name, (byName.get(name) ?? 0) + v);
    };
    const i = at;
    const before = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
    const honorific = GENDERED_HONORIFICS.get(before?.lower ?? '');
    if (honorific) vote(honorific);
    const sentence = doc.sentences[firstAtOrAfter(doc.sentences, m.at + 1, (s) => s.start) - 1];
    let n = k + 1;
    while (n < names.mentions.length && names.mentions[n].at < m.at + (whole ? name.length : 1)) n++;
    const next = names.mentions[n]?.at ?? Infinity;
    // `her` tells the gender only of the sentence's first name, its subject as a rule (`Meghan spoke to Oprah about her year`).
    let p = k - 1;
    let q = i;
    while (p >= 0 && names.mentions[p].at >= (sentence?.start ?? 0) && tokens[--q]?.start === names.mentions[p].at) p--;
    const subject = p < 0 || names.mentions[p].at < (sentence?.start ?? 0);
    for (let j = i + 1; j < tokens.length && j <= i + GENDER_REACH && tokens[j].start < (sentence?.end ?? 0) && tokens[j].start < next; j++) {
      const g = GENDERED_PRONOUNS.get(tokens[j].lower) ?? (subject && tokens[j].lower === 'her' && possessiveHer(tokens[j + 1]?.text) ? 'f' : undefined);
      if (g && doc.tokenQuote[j] < 0) {
        vote(g);
        break;
      }
    }
  });
  const sign = (v: number | undefined): Gender => (!v ? undefined : v > 0 ? 'm' : 'f');
  return (name) => {
    const surname = name.split(' ').pop()!;
    return sign(byName.get(name)) ?? ((bearers.get(surname)?.size ?? 0) <= 1 ? sign(bySurname.get(surname)) : undefined);
  };
}

/** Carrier nouns that speak themselves when nobody is named with them: `the report found` is the report, not the last speaker. */
const SELF_SPEAKING = new Set(['report', 'reports', 'data', 'figures', 'estimates']);

/** A document of nobody named that speaks for itself (`The report explores data` → `report`). */
function selfSpeaking(words: string[]): Entity | undefined {
  const noun = words[0].toLowerCase();
  return SELF_SPEAKING.has(noun) ? { name: noun, type: 'media' } : undefined;
}

/** How far back, in characters, a pronoun looks for its antecedent: a long paragraph or two. */
const PRONOUN_REACH = 2000;

/** Where the paragraph before the one holding offset `at` starts, or `at - PRONOUN_REACH` if that is later: a pronoun looks no further back. */
function previousParagraphStart(text: string, at: number): number {
  const floor = Math.max(0, at - PRONOUN_REACH);
  let p = at - 1;
  while (p > floor && text[p] !== '\n') p--;
  while (p > floor && /\s/.test(text[p - 1])) p--;
  p--;
  while (p > floor && text[p] !== '\n') p--;
  return p <= floor ? floor : p + 1;
}

/**
 * The person a `he` or `she` at offset `at` stands for, read from the text before it: the nearest
 * sentence (of this and the previous paragraph) that names a person of a fitting gender outside
 * quotation marks gives the antecedent — the last speaker if that sentence names them, else the
 * person it names first (its subject, as a rule). Undefined when no sentence in reach names one
 * after the last speaker of a fitting gender spoke: that speaker is nearer.
 */
function pronounAntecedent({ doc, names, history, genderOf }: Resolver, at: number, gender: Gender, quoted: (e: Entity) => boolean): Entity | undefined {
  const from = Math.max(previousParagraphStart(doc.text, at), history.personAt(gender));
  const last = history.person(gender);
  // A person: a first name of the pronoun's gender, or a speaker whose gender, if the text tells it, agrees (`Statista` and `Tunisian Islamists` are neither).
  const fits = (e: Entity) => {
    const g = firstNameGender(e.name);
    return e.type === 'person' && !isPlaceName(e.name) && !quoted(e) && (g ? g === gender : history.knows(e.name) && (genderOf(e.name) ?? gender) === gender);
  };
  let k = firstAtOrAfter(names.mentions, at, (m) => m.at) - 1;
  while (k >= 0 && names.mentions[k].at >= from) {
    const sentence = doc.sentences[firstAtOrAfter(doc.sentences, names.mentions[k].at + 1, (s) => s.start) - 1];
    const start = Math.max(sentence?.start ?? from, from);
    const subject = pronounSubjectAt(doc, start, names.mentions[k].at, gender);
    const inSentence: Entity[] = [];
    for (; k >= 0 && names.mentions[k].at >= start; k--) {
      const m = names.mentions[k];
      const token = firstAtOrAfter(doc.tokens, m.at, (t) => t.start);
      // `Meadows' plans`: a possessive modifies a noun and is no subject.
      const possessive = /^['’]s?$/.test(doc.tokens[token + 1]?.text ?? '') || /['’]s?$/.test(doc.tokens[token]?.text ?? '');
      // `he emailed Gaiman`: a name after a pronoun of the same gender is its object; the pronoun's own antecedent lies further back.
      if (doc.tokenQuote[token] < 0 && !possessive && m.at < subject && fits(m.entity)) inSentence.unshift(m.entity);
    }
    if (inSentence.length === 0) continue;
    const own = last && inSentence.find((e) => e.name === last.name || last.name.endsWith(` ${e.name.split(' ').pop()}`));
    return own ? last : inSentence[0];
  }
  return undefined;
}

/**
 * The last resort for a `he` or `she` that neither a fitting name nor an earlier speaker explains:
 * the first person of the pronoun's gender, as the text tells it, named in the nearest sentence
 * before it (of this and the previous paragraph), possessives included (`Taylor Swift's albums were
 * sold to …. She described this as …`). Undefined when there is none: a person of unknown gender is
 * no antecedent.
 */
function unsettledAntecedent({ doc, names, genderOf }: Resolver, at: number, gender: Gender, quoted: (e: Entity) => boolean): Entity | undefined {
  if (!gender) return undefined;
  const from = previousParagraphStart(doc.text, at);
  const fits = (e: Entity) => e.type === 'person' && !isPlaceName(e.name) && !quoted(e) && (genderOf(e.name) ?? genderOf(e.name.replace(/['’]s?$/, ''))) === gender;
  let k = firstAtOrAfter(names.mentions, at, (m) => m.at) - 1;
  while (k >= 0 && names.mentions[k].at >= from) {
    const sentence = doc.sentences[firstAtOrAfter(doc.sentences, names.mentions[k].at + 1, (s) => s.start) - 1];
    const start = Math.max(sentence?.start ?? from, from);
    let first: Entity | undefined;
    for (; k >= 0 && names.mentions[k].at >= start; k--) {
      const m = names.mentions[k];
      if (doc.tokenQuote[firstAtOrAfter(doc.tokens, m.at, (t) => t.start)] < 0 && fits(m.entity)) first = m.entity;
    }
    if (first) return first;
  }
  return undefined;
}

/** Where the first `he` or `she` of the gender asked (outside quotation marks) lies between `start` and `end`, or Infinity when none does. */
function pronounSubjectAt(doc: Doc, start: number, end: number, gender: Gender): number {
  if (!gender) return Infinity;
  for (let i = firstAtOrAfter(doc.tokens, start, (t) => t.start); i < doc.tokens.length && doc.tokens[i].start < end; i++) {
    const lower = doc.tokens[i].lower;
    if ((lower === 'he' || lower === 'she') && PERSON_PRONOUNS.get(lower) === gender && doc.tokenQuote[i] < 0) return doc.tokens[i].start;
  }
  return Infinity;
}

/** The nearest person named before `at` (see Names.personBefore), unless the name is a place's (`commander-in-chief` is not `Russia`). */
function personBefore(names: Names, at: number): Entity | undefined {
  const before = names.personBefore(at);
  return before && !isPlaceName(before.name) ? before : undefined;
}

/** How far before a role noun, in characters, the sentences lie that may name its holder with it. */
const ROLE_DESCRIPTION_REACH = 3000;

/**
 * Whether a sentence before offset `at` names `person` with the role (`Mayor Bill de Blasio`, `Smith,
 * a spokesman for the city`): `the mayor` is no person named before in another office.
 */
function heldRole({ doc, names }: Resolver, person: Entity, role: string, at: number): boolean {
  const lower = role.toLowerCase().replace(/[^\p{L}-]/gu, '');
  const abbreviation = EN_ROLE_ABBREVIATIONS.get(lower);
  const word = new RegExp(`\\b(?:${lower}${abbreviation ? `|${abbreviation}\\.` : ''})`, 'iu');
  for (let k = firstAtOrAfter(names.mentions, at, (m) => m.at) - 1; k >= 0 && names.mentions[k].at >= at - ROLE_DESCRIPTION_REACH; k--) {
    if (names.mentions[k].entity.name !== person.name) continue;
    const sentence = doc.sentences[firstAtOrAfter(doc.sentences, names.mentions[k].at + 1, (s) => s.start) - 1];
    if (sentence && word.test(doc.text.slice(sentence.start, Math.min(sentence.end, at)))) return true;
  }
  return false;
}

/**
 * The person a role noun (`the duchess`, `the senator`) stands for: the nearest person named before
 * it, or — for a role that tells a gender — the one a pronoun of that gender would stand for, if any.
 */
function roleHolder(resolver: Resolver, role: string, at: number): Entity | undefined {
  const gender = EN_GENDERED_ROLES.get(role.toLowerCase());
  const before = personBefore(resolver.names, at);
  if (!gender) return before && heldRole(resolver, before, role, at) ? before : undefined;
  if (before && resolver.genderOf(before.name) === gender) return before;
  return pronounAntecedent(resolver, at, gender, NOBODY_QUOTED);
}

/**
 * The description of nobody in particular that a relative pronoun at offset `at` follows (`the
 * source, who said`, `the officials, who added`): the pronoun stands for it, not for a name before.
 */
function anonymousBefore(doc: Doc, at: number): { noun: string; definite: boolean } | undefined {
  let i = firstAtOrAfter(doc.tokens, at, (t) => t.start) - 1;
  if (doc.tokens[i]?.text === ',') i--;
  const noun = doc.tokens[i]?.lower ?? '';
  return EN_ANONYMOUS_HEADS.has(noun) ? { noun, definite: doc.tokens[i - 1]?.lower === 'the' } : undefined;
}

/**
 * Whether a claim names a person in the third person: `“I cannot believe Martha would …,” she said`
 * is not Martha's, whatever the pronoun would otherwise stand for.
 */
function namedInContent(doc: Doc, c: Candidate): (e: Entity) => boolean {
  const words = new Set<string>();
  for (const [s, e] of c.content) for (const w of doc.text.slice(s, e).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) words.add(w);
  // A proper name only: a description (`spokesperson for the Universities …`) shares words with what its body says.
  return (e) => e.type === 'person' && e.name.split(' ').every(isUpperInitial) && e.name.split(' ').some((w) => w.length > 2 && words.has(w));
}

/** A person's name set off by commas right after a source (`According to his aunt, Jane Starner, “…”`): two to four capitalised words, the first a first name. */
const APPOSED_NAME = /^,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[,“"]/u;

/** The person a description names in an apposition after it, outside the source (`his aunt, Jane Starner, …`). */
function nameApposedAfter(text: string, end: number): string | undefined {
  const name = APPOSED_NAME.exec(text.slice(end, end + 80))?.[1];
  return name && firstNameGender(name) && !name.split(' ').some(isTitle) ? name : undefined;
}

/** What lies between two people named as one subject: the first one's name, `and`, a few lower-case words (`Martha Fry and her brother Dale Ford`, `Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez`). */
const NAMED_PAIR_JOIN = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} and (?:[\p{Ll}'’-]+ ){0,3}$/u;

/**
 * The two people a `they` at offset `at` stands for when no group spoke before it: the first pair
 * joined by `and` in its own sentence before it, or else in the sentence before.
 */
function pairNamedBefore(doc: Doc, names: Names, at: number): Entity | undefined {
  const here = firstAtOrAfter(doc.sentences, at + 1, (x) => x.start) - 1;
  for (const n of [here, here - 1]) {
    const sentence = doc.sentences[n];
    if (!sentence) continue;
    const persons: { at: number; name: string }[] = [];
    // No further back than a pronoun reaches: a sentence of a whole page must not make this quadratic.
    for (let k = firstAtOrAfter(names.mentions, Math.max(sentence.start, at - PRONOUN_REACH), (m) => m.at); k < names.mentions.length && names.mentions[k].at < Math.min(sentence.end, at); k++) {
      const m = names.mentions[k];
      if (m.entity.type !== 'person' || doc.tokenQuote[firstAtOrAfter(doc.tokens, m.at, (t) => t.start)] >= 0) continue;
      if (persons[persons.length - 1]?.name !== m.entity.name) persons.push({ at: m.at, name: m.entity.name });
    }
    for (let i = 0; i + 1 < persons.length; i++) {
      if (NAMED_PAIR_JOIN.test(doc.text.slice(persons[i].at, persons[i + 1].at))) return { name: `${persons[i].name} and ${persons[i + 1].name}`, type: 'group' };
    }
  }
  return undefined;
}

/** For a mention resolved without a claim's words to read. */
const NOBODY_QUOTED = (): boolean => false;

/** What resolving a pronoun reads: the document, its names and the speakers so far. */
interface Resolver {
  doc: Doc;
  names: Names;
  english: () => EnglishNames;
  history: History;
  /** A person's gender, from their first name or else from the text. */
  genderOf: (name: string) => Gender;
}

/**
 * The person a personal pronoun at offset `at` stands for: the person the sentences before it name,
 * else the last speaker of its gender, else — with no speaker before it — the last person the text
 * names; undefined when there is none.
 */
function personFor(resolver: Resolver, pronoun: string, at: number, quoted: (e: Entity) => boolean): Entity | undefined {
  const { names, english, history } = resolver;
  const gender = PERSON_PRONOUNS.get(pronoun);
  const before = personBefore(names, at);
  // The person named last, if their first name or the text gives them the pronoun's gender.
  const named = before && !quoted(before) && (!gender || resolver.genderOf(before.name) === gender) ? before : undefined;
  const full = named && (english().full(named.name.split(' ').pop()!) ?? named.name);
  const spoke = history.person(gender);
  const last = spoke && !quoted(spoke) ? spoke : undefined;
  const nearby = gender ? pronounAntecedent(resolver, at, gender, quoted) : undefined;
  const near = nearby && nearby !== last ? { ...nearby, name: english().full(nearby.name.split(' ').pop()!) ?? nearby.name } : nearby;
  const settled = near ?? last ?? (full ? { name: full, type: named!.type } : undefined);
  if (settled) return settled;
  const unsettled = unsettledAntecedent(resolver, at, gender, quoted);
  const name = unsettled?.name.replace(/['’]s?$/, '');
  return unsettled && name ? { ...unsettled, name: english().full(name.split(' ').pop()!) ?? name } : undefined;
}

/** The person a possessive (`his spokesman`) stands for in its own sentence: the first person named before it whose gender does not clash, as a rule the subject. */
function ownerInSentence({ doc, names, english, genderOf }: Resolver, possessive: string, at: number): Entity | undefined {
  const sentence = doc.sentences[firstAtOrAfter(doc.sentences, at + 1, (x) => x.start) - 1];
  if (!sentence) return undefined;
  const gender = PERSON_PRONOUNS.get(possessive);
  for (let k = firstAtOrAfter(names.mentions, sentence.start, (m) => m.at); k < names.mentions.length && names.mentions[k].at < at; k++) {
    const { entity } = names.mentions[k];
    const token = firstAtOrAfter(doc.tokens, names.mentions[k].at, (t) => t.start);
    const possessed = /^['’]s?$/.test(doc.tokens[token + 1]?.text ?? '') || /['’]s?$/.test(doc.tokens[token]?.text ?? '');
    const g = genderOf(entity.name);
    if (entity.type === 'person' && !possessed && doc.tokenQuote[token] < 0 && (!g || g === gender)) return { ...entity, name: english().full(entity.name.split(' ').pop()!) ?? entity.name };
  }
  return undefined;
}

/** A spokesperson's mention before any apposition: determiner or possessive, the body's name, the role, and the body after `for`. */
const SPOKESPERSON = new RegExp(
  `^(?:([Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+)?((?:\\p{Lu}[\\p{L}.’'&-]*\\s+){0,4})(${[...EN_SPOKESPERSONS].join('|')})(?:\\s+(for|of|at)\\s+([^,(]+?))?(?:\\s*\\([^)]*\\))?$`,
  'u',
);

/**
 * The speaker a spokesperson's mention names: the role with its body (`a Postal Service spokesman`,
 * `a spokesperson for the UCEA` → `spokesperson for the UCEA`, `his spokesman` → `spokesman for
 * Morgan Tsvangirai`), the spokesperson named before (`the spokesman`), or the bare role: never the
 * person last named, for whom a spokesperson speaks at most. Undefined for any other mention.
 */
function spokespersonOf(resolver: Resolver, mention: string, at: number): Entity | undefined {
  const m = SPOKESPERSON.exec(mention.split(/\s*[,—–]\s*/)[0].trim());
  if (!m) return undefined;
  const [, determiner = '', written = '', role, preposition, owner] = m;
  const lowerRole = role.toLowerCase();
  // `Cameron’s spokesman`: the possessor by the full name the text gives.
  const possessor = /^(\S+)['’]s?$/u.exec(written.trim())?.[1];
  const body = possessor ? `${resolver.english().full(possessor) ?? possessor}'s` : written.trim();
  if (body || owner) return { name: [body, lowerRole, owner && `${preposition} ${owner}`].filter(Boolean).join(' '), type: 'person' };
  const possessive = determiner.toLowerCase();
  const { history } = resolver;
  const person = possessive === 'his' || possessive === 'her';
  const speaksFor =
    possessive === 'its' ? history.organisation : possessive === 'their' ? history.collective : person ? ownerInSentence(resolver, possessive, at) ?? personFor(resolver, possessive, at, NOBODY_QUOTED) : undefined;
  if (speaksFor) return { name: `${lowerRole} for ${speaksFor.name}`, type: 'person' };
  return history.spokesperson(lowerRole) ?? { name: lowerRole, type: 'person' };
}

/**
 * Resolves each English candidate's source to an entity: a proper name within the mention, freed of
 * titles and descriptive words (`Australian Prime Minister Scott Morrison` → `Scott Morrison`), a
 * surname to the document's full name, `he`/`she` to the last person of that gender, `it` and `they`
 * to the last organisation or group, `the company` to the last organisation; sources that name
 * nobody (`officials`, `a senior political source`) are unnamed.
 */
export function* resolveEnglishEntities(doc: Doc, candidates: Candidate[]): Steps<ResolvedCandidate[]> {
  const names = yield* Names.read(doc, candidates);
  // Built on first need: many texts have no one-word name to expand.
  let englishNames: EnglishNames | undefined;
  const english = () => {
    if (!englishNames) englishNames = new EnglishNames(doc.text, doc.tokens, headlineTest(doc));
    return englishNames;
  };
  const at = (c: Candidate) => c.cue[0]?.[0] ?? c.content[0]?.[0] ?? 0;
  const sorted = [...candidates].sort((a, b) => at(a) - at(b));
  // Read on first need: most pronouns find a first name compromise knows.
  let genders: ((name: string) => Gender) | undefined;
  const genderOf = (name: string) => firstNameGender(name) ?? (genders ??= textGenders(doc, names))(name);
  const history = new History(genderOf);
  const resolver: Resolver = { doc, names, english, history, genderOf };
  const out: ResolvedCandidate[] = [];
  for (const found of sorted) {
    let entity: Entity = UNNAMED;
    let anonymous = false;
    // `Morrison was the third witness`, `the person at the fundraiser`: a description that is no name or role is no antecedent.
    let antecedent = true;
    const c = phraseOf(doc, found);
    if (!c) antecedent = false;
    else if (c.source.length > 0) {
      const bare = bareSource(doc, c);
      const words = bare.split(' ');
      const lower = bare.toLowerCase();
      const single = words.length === 1;
      anonymous = isAnonymous(lower);
      const lastEntity = history.entity;
      const spokesperson = spokespersonOf(resolver, doc.text.slice(c.source[0][0], c.source[c.source.length - 1][1]), c.source[0][0]);
      if (single && PERSON_PRONOUNS.has(lower)) {
        const person = personFor(resolver, lower, c.source[0][0], namedInContent(doc, found));
        antecedent = !!person;
        entity = person ?? { name: bare, type: 'person' };
      }
      else if (spokesperson) entity = spokesperson;
      else if (single && (lower === 'it' || lower === 'they')) {
        // Only a body that spoke in this or the previous paragraph: one named pages before is a guess.
        const since = previousParagraphStart(doc.text, c.source[0][0]);
        const body = lower === 'it' ? history.organisation : history.collective;
        entity = history.recent(lower === 'it' ? 'organisation' : 'collective', since) ?? (body && body === lastEntity ? body : undefined) ?? (lower === 'they' ? pairNamedBefore(doc, names, c.source[0][0]) : undefined) ?? UNNAMED;
        antecedent = entity !== UNNAMED;
      }
      else if (single && RELATIVE_PRONOUNS.has(lower)) {
        const description = anonymousBefore(doc, c.source[0][0]);
        entity = description ? (description.definite && history.groupOf(description.noun)) || UNNAMED : names.relativeAntecedent(c.source[0][0]) ?? lastEntity ?? UNNAMED;
        anonymous = entity === UNNAMED && !!description;
      }
      else if (single && ACCORDING_WORDS.anaphoric.has(lower)) entity = lastEntity ?? UNNAMED;
      else if (isCarrier(words)) entity = carried(bare) ?? selfSpeaking(words) ?? names.subjectAfter(c.source[c.source.length - 1][1], history.person(undefined)) ?? lastEntity ?? UNNAMED;
      else {
        const mention = readMention(c.source.map(([s, e]) => doc.text.slice(s, e)).join(' '), (w) => english().full(w) !== undefined);
        const apposed = mention.proper ? undefined : nameApposedAfter(doc.text, c.source[c.source.length - 1][1]);
        if (apposed) entity = { name: apposed, type: 'person' };
        else if (mention.proper) {
          const expanded = mention.name.includes(' ') ? undefined : english().expansion(mention.name);
          const name = mention.name.includes(' ') ? mention.name : english().full(mention.name) ?? expanded ?? mention.name;
          // `CBP` written out is still the body its acronym names.
          const typed = name === expanded ? mention.name : name;
          // `The group that owns her music, Big Machine`: the description's head tells what the name is; `The Afghan Taliban`: no person takes `the`.
          const written = doc.text.slice(c.source[0][0], c.source[0][1]).split(/\s+/);
          const definite = /^the$/i.test(written[0]) && written[1] === mention.name.split(' ')[0] && !isTitle(written[1]) && !firstNameGender(written[1]);
          entity = { name, type: EN_ORGANISATION_ROLES.has(mention.head) || definite ? 'organisation' : refineType(typed, names.type(typed)) };
        } else if (anonymous || isAnonymousMention(mention)) {
          // `the officials`: the officials of a body named as speakers before (`Con Edison officials`).
          const named = /^the\s/i.test(doc.text.slice(c.source[0][0], c.source[0][1])) ? history.groupOf(mention.name) : undefined;
          anonymous = !named;
          entity = named ?? UNNAMED;
        } else if (isOrganisationRole(mention)) entity = history.organisation ?? { name: mention.name, type: 'organisation' };
        else if (PAIR_WORDS.has(lower)) entity = history.pair(PAIR_WORDS.get(lower)) ?? { name: mention.name, type: 'group' };
        else if (POSSESSIVE_ROLE.test(bare) && isRole(words[words.length - 1])) {
          // `Morrison's lawyer`: the role of the person named, not the last person before it.
          const [, owner, role] = POSSESSIVE_ROLE.exec(bare)!;
          const last = owner.split(' ').pop()!;
          entity = { name: `${owner.includes(' ') ? owner : english().full(last) ?? owner}'s ${role}`, type: 'person' };
          antecedent = false;
        }
        else if (isRole(words[words.length - 1]) && words.length <= 3) entity = roleHolder(resolver, words[words.length - 1], c.source[0][0]) ?? { name: bare, type: 'person' };
        else if (!namesSpeaker(mention.name)) antecedent = false;
        else {
          entity = { name: mention.name, type: descriptionType(mention.name, names.type(mention.name)) };
          antecedent = isTitle(mention.head) || entity.type !== 'person';
        }
      }
    }
    if (antecedent) history.add(entity, found.source[0]?.[0] ?? at(found));
    out.push({ ...found, entity, kind: anonymous ? 'unnamed' : found.kind });
    if (out.length % STEP_CANDIDATES === 0) yield;
  }
  return out;
}
