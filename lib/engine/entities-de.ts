/**
 * German reference resolution: which named speaker a pronoun (`sagte sie`), a role noun (`der
 * Sprecher`) or a company description (`das Unternehmen`, `Angaben des Konzerns`) stands for. Where
 * no antecedent agrees, the source is shown as written: a vague speaker is better than a wrong one.
 */
import { AGENT_NOUN, ASKING_VERBS, BARE_REPORT, BODY_KIND, DESCRIPTION_NOUNS, FEMALE_FIRST_NAME, FEMALE_TITLES, GENERIC_PERSON, GROUP_COUNT, INDEFINITE_ARTICLES, MALE_TITLES, MEDIA_REPORT, MEMBERS_OF_BODY, NAMED_BY_COMPOUND, NOMINALISED_PERSON, OBJECT_MARKERS, ORIGIN_PREPOSITIONS, PERSON_DESCRIPTION, POSSESSOR_PRONOUN, SPOKESPERSON, STATEMENT_NOUNS, TELLING_VERBS } from '../lexicon/de-reference';
import { PRONOUNS_DE } from '../lexicon/de-cues';
import { GENITIVE_ARTICLES, PREPOSITIONS, PRONOMINAL_ADVERBS, SENTENCE_ADVERBS, SOURCE_TAIL_PREPOSITIONS } from '../lexicon/de-grammar';
import { CAPITALISED_WORD, DECLINED_ADJECTIVE, NOMINATIVE_ADJECTIVE, WEAK_ADJECTIVE } from '../lexicon/de-shapes';
import { VERBS } from './de-reader';
import { isRole } from './entities';
import { quoteAt, type Candidate, type Doc } from './doc';
import { firstAtOrAfter } from './text';
import type { Entity } from './types';

/** A known name mentioned at a character offset. */
export interface Mention {
  at: number;
  entity: Entity;
}

/** What the German resolver needs to know about the document's names. */
export interface GermanNames {
  readonly mentions: readonly Mention[];
  type(name: string): Entity['type'];
}

type Gender = 'female' | 'male';

/** Weak masculine nouns in the genitive (`Aktivisten`, `Präsidenten`, `Diplomaten`, `Biologen`). */
const WEAK_GENITIVE = /^(\p{Lu}\p{Ll}*(?:ist|ent|ant|at|og|graf|nom|soph))en$/u;
/** The end of a line that is a sentence: a full stop, question or exclamation mark, colon or closing quote. */
const SENTENCE_END = /[.!?:…"“”»«)]\s*$/;
/** How many attributions back `der Bericht` looks for the report named in full. */
const EARLIER_REACH = 20;
/** Nouns made of adjectives (`das Positive`, `das Wichtigste`): a thing said, nobody who says it. */
const NOMINALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|ste)$/u;
/** Prepositions that take a source after a verb (`vertritt nach eigenen Angaben`). */
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['nach', 'laut', 'gemäß']);
/** Definite articles that open a subject noun phrase. */
const NP_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das']);
/** How far back a description (`das Unternehmen`) looks for the name it stands for, in characters. */
const DESCRIPTION_REACH = 1500;
/** How far back `der Sprecher` looks for the spokesperson named with that title, in characters. */
const SPOKESPERSON_REACH = 5000;
/** How far from `einem Medienbericht` the medium that wrote it may be named, in characters either way. */
const MEDIUM_REACH = 800;
/** How far back a pronoun looks for a person when there was no speaker before, in characters. */
const PRONOUN_REACH = 1200;
/** A noun, then a title in quotation marks (`Internetzeitung „Daily NK“ in Südkorea`): the noun, the title. */
const QUOTED_TITLE_AFTER = /(?:^|\s)(\p{L}[\p{L}-]*)\s+([„"»][^„"»“”«]+[“”"«])(?:\s|$)/u;
/** How many sentences opened by the same pronoun (`Sie wohnt … Sie findet …`) lead back to the description they go on with. */
const UNNAMED_CHAIN = 4;
/** Articles that open a described, unnamed person as a subject (`Der Mann`, `Eine Frau`). */
const UNNAMED_ARTICLES: ReadonlySet<string | undefined> = new Set(['der', 'die', 'ein', 'eine']);
/** Definite articles after a preposition of origin (`aus dem`, `von der`). */
const DATIVE_ARTICLES: ReadonlySet<string> = new Set(['dem', 'der', 'den']);
/** How far back a role noun (`die Chefin`) looks for the person it stands for, in characters. */
const ROLE_REACH = 600;

export class GermanReferences {
  /** What the words just before a person's mentions tell about their gender (`Schauspielerin Lotte Tobisch`). */
  private readonly genders = new Map<string, Gender>();
  /** Names introduced with a spokesperson's title (`Sprecher Stefan Gobbin`), with where. */
  private readonly spokespeople: Mention[] = [];

  /** Lines that end without a sentence mark (headings, captions, bylines), as [start, end) pairs in text order. */
  private readonly headings: [number, number][] = [];

  constructor(
    private readonly doc: Doc,
    private readonly names: GermanNames,
  ) {
    for (let start = 0; start < doc.text.length; ) {
      const nl = doc.text.indexOf('\n', start);
      const end = nl < 0 ? doc.text.length : nl;
      if (!SENTENCE_END.test(doc.text.slice(Math.max(start, end - 3), end))) this.headings.push([start, end]);
      start = end + 1;
    }
    const toks = doc.tokens;
    for (const m of names.mentions) {
      const i = firstAtOrAfter(toks, m.at, (t) => t.start);
      // A title stands on the name's own line: a heading's last word (`Transposons als Gentransporter`) says nothing of the person below.
      const sameLine = i > 0 && !doc.text.slice(toks[i - 1].end, m.at).includes('\n');
      const before = sameLine ? toks[i - 1].text : '';
      const gender = titleGender(before);
      if (gender && !this.genders.has(m.entity.name)) this.genders.set(m.entity.name, gender);
      if (SPOKESPERSON.test(before)) this.spokespeople.push(m);
    }
    // `Catherine`, `Sabine Roth`: a first name of a woman's ending tells her gender where no title does.
    for (const m of names.mentions) if (!this.genders.has(m.entity.name) && FEMALE_FIRST_NAME.test(m.entity.name.split(' ')[0])) this.genders.set(m.entity.name, 'female');
  }

  /** The person a third-person pronoun (`er`, `sie`) at `at` stands for, given the last speaker. */
  pronoun(pronoun: string, at: number, c: Candidate, lastPerson: Entity | undefined, strict = false): Entity | undefined {
    const wanted: Gender | undefined = pronoun === 'er' ? 'male' : pronoun === 'sie' ? 'female' : undefined;
    if (!wanted) return lastPerson;
    // A description (`der Virologe`) takes only a safe antecedent; a pronoun any person of its gender.
    const agrees = (e: Entity) => (strict ? this.safeAntecedent(e, wanted) : e.type === 'person' && this.gender(e) !== opposite(wanted));
    // The sentence before the claim's, when the claim comes first (`«…», sagt er`).
    const opening = Math.min(at, ...c.content.map(([s]) => s));
    // `Ähnlich wie Molina ist auch Davis fasziniert, »…«, sagt er.`: a person named in the same sentence, not after a preposition.
    const own = this.personsBefore(opening, c, this.sentenceStart(opening), true).filter(agrees);
    if (own.length > 0) return own[0];
    const recent = this.personsBefore(at, c, this.previousSentenceStart(opening)).filter(agrees);
    const distinct = [...new Set(recent.map((e) => e.name))];
    // `Der Mann veröffentlicht … Er sagt …`: somebody unnamed opened the sentence before, and nobody was named in the paragraph since.
    const unnamed = recent.length === 0 ? this.unnamedSubject(opening, wanted) : undefined;
    if (unnamed && this.personsBefore(at, c, this.lineStart(at)).filter(agrees).length === 0) return unnamed;
    // `…, erzählt Molina. Auf den Philippinen … . …, berichtet sie.`: the one person this paragraph names as a subject, when the last speaker goes unnamed in it.
    const paragraph = recent.length === 0 ? this.personsBefore(opening, c, this.lineStart(at), true).filter(agrees) : [];
    if (lastPerson && paragraph.length > 0 && paragraph.every((e) => e.name === paragraph[0].name) && paragraph[0].name !== lastPerson.name) return paragraph[0];
    // `\nDie Opposition sieht das anders. Sie wirft der Regierung vor, …`: a body opening the sentence before, with nobody named in the paragraph.
    const body = pronoun === 'sie' && !strict && recent.length === 0 && paragraph.length === 0 ? this.feminineSubject(opening, true) : undefined;
    if (body) return body;
    if (lastPerson && agrees(lastPerson)) {
      // `Zum Glück klopft da gerade Renato an die Tür. «…», sagt er.`: one other person just named, as a subject (`gegen Chicago` is none).
      const subjects = new Set(this.personsBefore(at, c, this.previousSentenceStart(opening), true).filter(agrees).map((e) => e.name));
      if (distinct.length === 1 && distinct[0] !== lastPerson.name && subjects.has(distinct[0])) return recent[0];
      return lastPerson;
    }
    if (recent.length > 0) return recent[0];
    // `Das lehrt die Poppersche Wissenschaftstheorie. Sie fordert, …`: with no woman named, `sie` may stand for a thing or a group the sentence before names.
    return this.personsBefore(at, c, at - PRONOUN_REACH).find(agrees) ?? (pronoun === 'sie' && !strict ? this.feminineSubject(opening) : undefined);
  }

  /**
   * The first noun phrase opened by `die` in the sentence before `at`, outside quotations and not
   * after a preposition (`die Poppersche Wissenschaftstheorie`, `die Forscher`): its words after the
   * article, up to its noun. With `openingBody`, only a body's or a group's noun opening that
   * sentence (`Die Opposition`). Undefined when there is none.
   */
  private feminineSubject(at: number, openingBody = false): Entity | undefined {
    const { sentences, tokens, text } = this.doc;
    const k = firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1;
    const s = sentences[k - 1];
    if (!s || text.slice(s.end, sentences[k].start).includes('\n')) return undefined;
    if (openingBody) {
      const name = tokens[s.t0].lower === 'die' && /^\p{Lu}/u.test(tokens[s.t0 + 1]?.text ?? '') ? tokens[s.t0 + 1].text : '';
      const type = name ? this.names.type(name) : undefined;
      return type === 'organisation' || type === 'group' || type === 'media' ? { name, type } : undefined;
    }
    for (let i = s.t0; i + 1 < s.t1; i++) {
      if (tokens[i].lower !== 'die' || quoteAt(this.doc, tokens[i].start) || (i > s.t0 && PREPOSITIONS.has(tokens[i - 1].lower))) continue;
      let j = i + 1;
      while (j < s.t1 && WEAK_ADJECTIVE.test(tokens[j].text)) j++;
      let e = j;
      while (e < s.t1 && CAPITALISED_WORD.test(tokens[e].text)) e++;
      if (e === j) continue;
      const name = text.slice(tokens[i + 1].start, tokens[e - 1].end);
      return { name, type: this.names.type(name) };
    }
    return undefined;
  }

  /**
   * A role noun's speaker: a spokesperson only when one was named with that title before; an
   * indefinite role (`ein Sprecher`) is somebody new. Undefined when the role may stand for the
   * person named before it.
   */
  role(raw: string, bare: string, at: number): Entity | 'as written' | undefined {
    const first = raw.split(/\s+/)[0].toLowerCase();
    if (INDEFINITE_ARTICLES.has(first)) return 'as written';
    const title = bare.split(' ').pop() ?? '';
    if (!SPOKESPERSON.test(title)) return undefined;
    const female = /in$/.test(bare);
    // `der Konzern-Sprecher`: the spokesperson of the company named before.
    const prefix = /^(\p{L}+?)(?:s|en)?-?[Ss]precher(?:in)?$/u.exec(title)?.[1];
    const body = prefix ? this.description(prefix, at) : undefined;
    if (body) return { name: `${female ? 'Sprecherin' : 'Sprecher'} von ${body.name}`, type: 'person' };
    const k = firstAtOrAfter(this.spokespeople, at, (m) => m.at) - 1;
    for (let j = k; j >= 0 && this.spokespeople[j].at >= at - SPOKESPERSON_REACH; j--) {
      const m = this.spokespeople[j];
      if ((this.genders.get(m.entity.name) === 'female') === female) return m.entity;
    }
    return 'as written';
  }

  /**
   * The person a definite description stands for (`die Wissenschaftlerin`, `der 54-Jährige`): read
   * like a pronoun of the description's gender. Undefined when the source is no such description
   * or nobody agrees.
   */
  describedPerson(raw: string, at: number, c: Candidate, lastPerson: Entity | undefined): Entity | undefined {
    const words = raw.split(/\s+/);
    // `die Liebhaberin der griechischen Küche`: a genitive after the description tells more of the same person.
    const described = words.length === 2 || (words.length > 2 && GENITIVE_ARTICLES.has(words[2].toLowerCase()));
    if (!described || !PERSON_DESCRIPTION.test(words[1])) return undefined;
    const article = words[0].toLowerCase();
    const female = /(?:in|frau)$/i.test(words[1]) || article === 'die';
    // `seine Frau`, `eine Frau`: a possessive or an indefinite article names somebody else than the person before.
    if ((female && article !== 'die') || (!female && article !== 'der')) return undefined;
    const person = this.pronoun(female ? 'sie' : 'er', at, c, lastPerson, true);
    return person && this.safeAntecedent(person, female ? 'female' : 'male') ? person : undefined;
  }

  /**
   * The person a role noun (`die Chefin`, `der Bürgermeister`) stands for: the nearest person named
   * within reach before it, outside headings, quotations and the claim, whose gender does not
   * contradict the role's; one whose gender is known to agree goes first. Undefined when nobody is
   * safe: the source then stands as written.
   */
  roleHolder(raw: string, at: number, c: Candidate): Entity | undefined {
    const words = raw.split(/\s+/);
    const article = words[0].toLowerCase();
    const wanted: Gender | undefined = /in$/.test(words[words.length - 1]) || (article === 'die' && words.length === 2) ? 'female' : article === 'der' ? 'male' : undefined;
    const { sentences, tokens } = this.doc;
    const sentence = sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1];
    // The sentence's own subject (`Merkel traf den Präsidenten`) is somebody else than its role noun.
    const ownSubject = sentence && at < sentence.end ? [sentence.start, tokens[sentence.t0]?.end ?? at] : [at, at];
    const persons = this.personsBefore(at, c, at - ROLE_REACH);
    const { mentions } = this.names;
    const own: string[] = [];
    for (let k = firstAtOrAfter(mentions, ownSubject[0], (m) => m.at); k < mentions.length && mentions[k].at < ownSubject[1]; k++) own.push(mentions[k].entity.name);
    const agreeing = persons.filter((e) => !own.includes(e.name) && (!wanted || this.genders.get(e.name) !== opposite(wanted)));
    return agreeing.find((e) => wanted && this.genders.get(e.name) === wanted) ?? agreeing[0];
  }

  /** A person's gender: told by a title before their name, or, for a description (`junge Polizist`), by its noun. */
  private gender(e: Entity): Gender | undefined {
    const words = e.name.split(' ');
    return this.genders.get(e.name) ?? (/^\p{Ll}/u.test(words[0]) ? titleGender(words[words.length - 1]) : undefined);
  }

  /**
   * Whether a person may stand for a description of the given gender (`der Virologe`): their gender
   * is known to agree, or, unknown, they are named in full; a lone word of unknown gender (`Corona`)
   * is too often a topic or a place.
   */
  private safeAntecedent(e: Entity, wanted: Gender): boolean {
    const gender = this.genders.get(e.name);
    return e.type === 'person' && (gender === wanted || (gender === undefined && /\s/.test(e.name)));
  }

  /** The company or body a description (`das Unternehmen`, `des Konzerns`) stands for: the nearest name that is no person's. */
  description(noun: string, at: number): Entity | undefined {
    const lower = noun.toLowerCase();
    const stem = DESCRIPTION_NOUNS.has(lower) ? lower : lower.replace(/e?s$/, '');
    if (!DESCRIPTION_NOUNS.has(stem)) return undefined;
    const compound = NAMED_BY_COMPOUND.has(stem) ? this.compoundBody(stem, at) : undefined;
    const { mentions } = this.names;
    for (let k = firstAtOrAfter(mentions, at, (m) => m.at) - 1; k >= 0 && mentions[k].at >= at - DESCRIPTION_REACH; k--) {
      const e = mentions[k].entity;
      if (quoteAt(this.doc, mentions[k].at) || this.inHeading(mentions[k].at)) continue;
      if (compound && compound.at > mentions[k].at) return compound.entity;
      if (e.type === 'person' && (e.name.includes(' ') || this.genders.has(e.name))) continue;
      return { name: e.name, type: e.type === 'person' ? 'organisation' : e.type };
    }
    return compound?.entity;
  }

  /**
   * The company a description owned by a person stands for (`Das Unternehmen von Mark Zuckerberg`
   * → `Facebook` named before): read like the description alone, the owner's name being no body's.
   */
  ownedDescription(bare: string, at: number): Entity | undefined {
    const m = /^(\S+) (?:von|vom) (\p{Lu}.*)$/u.exec(bare);
    return m && this.names.type(m[2]) === 'person' && /\s/.test(m[2]) ? this.description(m[1], at) : undefined;
  }

  /**
   * The body a group of its members stands for (`die Rechnungsprüfer` → `Rechnungshof`): the nearest
   * word within reach before `at`, outside quotations, that shares the members' first part and ends
   * in a name of their body. Undefined when none does: the group then stands as written.
   */
  membersBody(bare: string, at: number): Entity | undefined {
    const lower = bare.toLowerCase();
    if (bare.includes(' ')) return undefined;
    for (const [member, bodies] of MEMBERS_OF_BODY) {
      const prefix = lower.endsWith(member) ? lower.slice(0, -member.length) : '';
      if (prefix.length < 4) continue;
      const toks = this.doc.tokens;
      for (let i = firstAtOrAfter(toks, at, (t) => t.start) - 1; i >= 0 && toks[i].start >= at - DESCRIPTION_REACH; i--) {
        const word = toks[i].lower.replace(/e?s$/, '');
        if (!word.startsWith(prefix) || !bodies.some((b) => word.endsWith(b) && word.length > prefix.length + b.length - 1) || quoteAt(this.doc, toks[i].start)) continue;
        return { name: toks[i].text.slice(0, word.length), type: 'organisation' };
      }
    }
    return undefined;
  }

  /**
   * The nearest compound of a body's noun written alone before `at` (`das Vereinigungsministerium`
   * for `des Ministeriums`), outside quotations and headings; not one followed by the name it
   * describes (`der Branchenverband Bitkom`).
   */
  private compoundBody(stem: string, at: number): Mention | undefined {
    const toks = this.doc.tokens;
    for (let i = firstAtOrAfter(toks, at, (t) => t.start) - 1; i >= 0 && toks[i].start >= at - DESCRIPTION_REACH; i--) {
      const word = toks[i].lower.replace(/e?s$/, '');
      if (!word.endsWith(stem) || word.length <= stem.length + 2 || !/^\p{Lu}/u.test(toks[i].text)) continue;
      if (quoteAt(this.doc, toks[i].start) || this.inHeading(toks[i].start) || /^[\p{Lu}„"»«]/u.test(toks[i + 1]?.text ?? '')) continue;
      // `des Vereinigungsministeriums` without its genitive ending.
      const name = toks[i].text.slice(0, toks[i].lower.lastIndexOf(stem) + stem.length);
      return { at: toks[i].start, entity: { name, type: 'organisation' } };
    }
    return undefined;
  }

  /** The speaker named before whose name ends in a report's noun: `der Bericht` → `OECD-Gesundheitsbericht „Health at a Glance“`. */
  earlier(noun: string, before: readonly { entity: Entity }[]): Entity | undefined {
    const head = noun.toLowerCase().replace(/e?s$/, '');
    if (noun.includes(' ') || head.length < 4) return undefined;
    for (let k = before.length - 1; k >= 0 && k >= before.length - EARLIER_REACH; k--) {
      const e = before[k].entity;
      if (e.type !== 'unnamed' && e.name.toLowerCase() !== head && e.name.toLowerCase().split(/[\s„“"]+/).some((w) => w.endsWith(head))) return e;
    }
    return undefined;
  }

  /** The body a report's noun was named with before: `der Bericht` after `der OECD-Bericht` → `OECD`. */
  compoundBefore(noun: string, at: number): Entity | undefined {
    const head = noun.toLowerCase().replace(/e?s$/, '');
    if (noun.includes(' ') || head.length < 4) return undefined;
    const toks = this.doc.tokens;
    for (let i = firstAtOrAfter(toks, at, (t) => t.start) - 1; i >= 0 && toks[i].start >= at - DESCRIPTION_REACH; i--) {
      const m = /^(\p{Lu}[\p{L}\d]*)-(\p{L}+)$/u.exec(toks[i].text);
      if (m && m[2].toLowerCase().endsWith(head)) return { name: m[1], type: 'organisation' };
    }
    return undefined;
  }

  /**
   * The medium behind a report that does not name it (`Laut einem Medienbericht …`, `Laut Bericht …`):
   * the one medium credited as a source within reach of it, before or after, however described;
   * undefined when none or several are.
   */
  reportMedium(raw: string, bare: string, at: number, media: readonly Mention[]): Entity | undefined {
    const words = bare.split(' ');
    const unmarked = raw.trim() === bare && BARE_REPORT.test(bare);
    if ((!MEDIA_REPORT.test(words[words.length - 1]) && !unmarked) || words.length > 2) return undefined;
    // `dem südkoreanischen Magazin Tech-News` and `Tech-News` are one medium, told by the name's last word; it goes by its shortest name.
    const near = media.filter((m) => Math.abs(m.at - at) <= MEDIUM_REACH).map((m) => m.entity);
    if (new Set(near.map((e) => e.name.split(' ').pop())).size !== 1) return undefined;
    return near.reduce((a, b) => (b.name.length < a.name.length ? b : a));
  }

  /**
   * What a source that is no noun of a speaker stands for: a pronominal adverb (`Darin heißt es`)
   * for the document or speaker just named, a sentence adverb (`Zumindest sagte …`) or a
   * nominalised adjective (`das Positive sei …`) for the clause's subject, if any.
   */
  adverbial(raw: string): 'referent' | 'subject' | undefined {
    const words = raw.trim().split(/\s+/);
    const lower = words[0].toLowerCase();
    if (words.length === 1 && PRONOMINAL_ADVERBS.has(lower)) return 'referent';
    if (words.length === 1 && SENTENCE_ADVERBS.has(lower)) return 'subject';
    if (words.length === 2 && lower === 'das' && NOMINALISED_ADJECTIVE.test(words[1])) return 'subject';
    return undefined;
  }

  /**
   * The subject of the clause a source stands in the middle of (`Der Verband vertritt nach eigenen
   * Angaben …`, `… vertritt der Landesverband des Kfz-Gewerbes nach eigenen Angaben …`): a noun
   * phrase opened by an article right after the verb before the source's preposition, or the one
   * opening the sentence when that verb follows it. The words after the article, or undefined.
   */
  subjectBefore(at: number): string | undefined {
    const { sentences, tokens, text } = this.doc;
    const sentence = sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1];
    let k = firstAtOrAfter(tokens, at, (t) => t.start) - 1;
    if (!sentence || k < sentence.t0) return undefined;
    if (SOURCE_PREPOSITIONS.has(tokens[k].lower)) k--;
    const phraseStart = (end: number) => {
      let s = end;
      while (s >= sentence.t0 && (/^\p{Lu}/u.test(tokens[s].text) || NP_ARTICLES.has(tokens[s].lower) || GENITIVE_ARTICLES.has(tokens[s].lower))) s--;
      return s + 1;
    };
    const s = phraseStart(k);
    if (s < k && s > sentence.t0 && NP_ARTICLES.has(tokens[s].lower) && /^\p{Ll}+$/u.test(tokens[s - 1].text)) return text.slice(tokens[s + 1].start, tokens[k].end);
    // The verb right before the preposition: the subject opens the sentence.
    if (s !== k + 1 || !/^\p{Ll}+$/u.test(tokens[k]?.text ?? '')) return this.describedOpener(sentence.t0, k);
    // `Er kaufte nach eigenen Angaben …`: a pronoun before the verb.
    if (k === sentence.t0 + 1 && PRONOUNS_DE.has(tokens[sentence.t0].lower)) return tokens[sentence.t0].text;
    let e = sentence.t0;
    while (e + 1 < k && (/^\p{Lu}/u.test(tokens[e + 1].text) || GENITIVE_ARTICLES.has(tokens[e + 1].lower))) e++;
    return e > sentence.t0 && e === k - 1 && NP_ARTICLES.has(tokens[sentence.t0].lower) ? text.slice(tokens[sentence.t0 + 1].start, tokens[e].end) : undefined;
  }

  /**
   * A person described by the noun phrase opening a sentence and followed by its verb (`Ein
   * Aktivist kaufte die Dateien nach eigener Aussage`): the noun, when no pronoun or comma between
   * the verb and token `k` tells of another subject (`Die Ärztin traf er nach eigenen Angaben`).
   */
  private describedOpener(t0: number, k: number): string | undefined {
    const tokens = this.doc.tokens;
    const article = tokens[t0]?.lower ?? '';
    if (!(NP_ARTICLES.has(article) || article === 'ein' || article === 'eine') || !PERSON_DESCRIPTION.test(tokens[t0 + 1]?.text ?? '') || !/^\p{Ll}+$/u.test(tokens[t0 + 2]?.text ?? '')) return undefined;
    for (let i = t0 + 3; i <= k; i++) if (tokens[i].text === ',' || PRONOUNS_DE.has(tokens[i].lower)) return undefined;
    return tokens[t0 + 1].text;
  }

  /**
   * What `Demnach …` points back to: the last source when its attribution stands in the same
   * paragraph or the sentence before; else the first name the sentence before opens with as a subject (`Kürzlich wiesen die
   * Biologen Ann Roe und Eva Lind nach, … . … führt demnach …`); else nobody: a source paragraphs
   * back is no antecedent. Undefined for nobody. A lone `wonach` (`reagierte auf Berichte, wonach …`) points to a noun of
   * its own clause, never to a speaker before.
   */
  pointedBack(word: string, at: number, last: Entity | undefined, lastAt: number): Entity | undefined {
    if (word === 'wonach') return undefined;
    const paragraph = this.lineStart(at);
    const from = this.previousSentenceStart(at);
    if (last && lastAt >= Math.min(paragraph, from)) return last;
    const to = this.sentenceStart(at);
    if (from < paragraph || from >= to) return undefined;
    const { mentions } = this.names;
    const toks = this.doc.tokens;
    for (let k = firstAtOrAfter(mentions, from, (m) => m.at); k < mentions.length && mentions[k].at < to; k++) {
      const m = mentions[k];
      if (quoteAt(this.doc, m.at) || OBJECT_MARKERS.has(toks[firstAtOrAfter(toks, m.at, (t) => t.start) - 1]?.lower ?? '')) continue;
      return m.entity;
    }
    return this.describedSpeaker(from, to);
  }

  /**
   * A speaker the text describes without a name as the subject right after a cue verb in [from, to)
   * (`Davor warnt der Chef eines großen Anbieters, der …`): the description with its genitives, up
   * to a comma. Undefined when there is none.
   */
  private describedSpeaker(from: number, to: number): Entity | undefined {
    const { tokens, text } = this.doc;
    for (let i = firstAtOrAfter(tokens, from, (t) => t.start); i + 2 < tokens.length && tokens[i + 2].end <= to; i++) {
      if (!VERBS.has(tokens[i].lower) || quoteAt(this.doc, tokens[i].start) || !UNNAMED_ARTICLES.has(tokens[i + 1].lower)) continue;
      const noun = tokens[i + 2].text;
      if (!isRole(noun) && !PERSON_DESCRIPTION.test(noun) && !AGENT_NOUN.test(noun)) continue;
      return { name: text.slice(tokens[i + 2].start, tokens[this.genitivesAfter(i + 2, to)].end), type: 'person' };
    }
    return undefined;
  }

  /** The last token of the genitives after the noun at token `e` that end before `to` (`des Verbands`, `eines anderen Konkurrenten der Bahn`): they tell which one. */
  private genitivesAfter(e: number, to: number): number {
    const tokens = this.doc.tokens;
    for (let j = e + 1; j < tokens.length && tokens[j].end <= to && GENITIVE_ARTICLES.has(tokens[j].lower); j = e + 1) {
      let k = j + 1;
      while (k < tokens.length && DECLINED_ADJECTIVE.test(tokens[k].text)) k++;
      if (k >= tokens.length || tokens[k].end > to || !CAPITALISED_WORD.test(tokens[k].text)) break;
      e = k;
    }
    return e;
  }

  /**
   * Those asked by `wir` at `at` (`Wir fragen sie, ob … . „Nein, …“`), when the quotation answering
   * stands after that sentence: the group the sentence before counts (`ein Wagen mit drei Beamten
   * der Grenzpolizei`), its noun with its genitives. Undefined when it counts none.
   */
  asked(at: number, contentStart: number): Entity | undefined {
    const { tokens, text, sentences } = this.doc;
    const i = firstAtOrAfter(tokens, at, (t) => t.start);
    const k = firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1;
    if (!sentences[k] || contentStart < sentences[k].end) return undefined;
    // `Ein junger Soldat lacht, als wir fragen, ob … . „Natürlich.“`: the reply of the person the sentence opens with.
    if (tokens[i - 1]?.lower === 'als' && TELLING_VERBS.has(tokens[i + 1]?.lower ?? '')) return this.describedSubject(sentences[k].t0, i);
    if (!ASKING_VERBS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 2]?.lower !== 'sie') return undefined;
    const before = sentences[k - 1];
    if (!before || text.slice(before.end, sentences[k].start).includes('\n')) return undefined;
    for (let j = before.t0; j + 1 < before.t1; j++) {
      if (!GROUP_COUNT.test(tokens[j].lower) || quoteAt(this.doc, tokens[j].start) || !/^\p{Lu}\p{Ll}+(?:e|en|er|n)$/u.test(tokens[j + 1].text)) continue;
      // `mit drei Beamten`: a noun made of an adjective takes its strong plural (`Beamte`).
      const noun = NOMINALISED_PERSON.test(tokens[j + 1].lower) ? tokens[j + 1].text.replace(/n$/, '') : tokens[j + 1].text;
      return { name: noun + text.slice(tokens[j + 1].end, tokens[this.genitivesAfter(j + 1, before.end)].end), type: 'group' };
    }
    return undefined;
  }

  /**
   * A person described, not named, by the noun phrase opening at token `t0` before token `end` (`Ein
   * junger Soldat`, `Die ältere Verkäuferin`): its adjectives and noun in the strong form (`junger
   * Soldat`). Undefined when no such description opens there.
   */
  private describedSubject(t0: number, end: number): Entity | undefined {
    const { tokens, text } = this.doc;
    if (!UNNAMED_ARTICLES.has(tokens[t0]?.lower)) return undefined;
    let n = t0 + 1;
    while (n < end && NOMINATIVE_ADJECTIVE.test(tokens[n].text)) n++;
    const noun = tokens[n]?.text ?? '';
    if (n >= end || !(PERSON_DESCRIPTION.test(noun) || isRole(noun) || AGENT_NOUN.test(noun))) return undefined;
    const raw = text.slice(tokens[t0].start, tokens[n].end);
    return { name: strongForm(raw, text.slice(tokens[t0 + 1].start, tokens[n].end)), type: 'person' };
  }

  /** The pronoun that stands for the owner of a statement (`Seine Prognose` → `er`): undefined for any other source. */
  possessor(raw: string): 'er' | 'sie' | undefined {
    const words = raw.trim().split(/\s+/);
    return words.length === 2 && STATEMENT_NOUNS.has(words[1].toLowerCase()) ? POSSESSOR_PRONOUN.get(words[0].toLowerCase()) : undefined;
  }

  /** Whether a source opens with an indefinite article (`eine Schätzung`, `einem Bericht`): somebody new, not one named before. */
  indefinite(raw: string): boolean {
    return INDEFINITE_ARTICLES.has(raw.split(/\s+/)[0].toLowerCase());
  }

  /** A body's name written after its kind (`Organisation Künstler`, `Tierschutzorganisation „Peta“`): the name alone. */
  bodyNamed(bare: string): Entity | undefined {
    // `die auf Korea spezialisierte Internetzeitung „Daily NK“`: a title in quotation marks after a medium's or a body's noun is its name.
    const titled = QUOTED_TITLE_AFTER.exec(bare);
    const titleKind = titled ? this.names.type(titled[1]) : undefined;
    if (titled && (titleKind === 'media' || titleKind === 'organisation' || BODY_KIND.test(titled[1]))) return { name: titled[2], type: titleKind === 'media' ? 'media' : 'organisation' };
    const [kind, ...rest] = bare.split(' ');
    if (rest.length === 0 || !BODY_KIND.test(kind) || !/^[\p{Lu}„"»«]/u.test(rest[0])) return undefined;
    return { name: rest.join(' '), type: 'organisation' };
  }

  /** A weak noun's genitive as its nominative: `des Aktivisten` → `Aktivist`, `des Präsidenten` → `Präsident`. */
  nominative(name: string): string {
    return name.includes(' ') ? name : name.replace(WEAK_GENITIVE, '$1');
  }

  /**
   * A person described, not named, as the subject opening the sentence before `at` or its own
   * (`Der Mann`, `Die 54-Jährige`), whose gender is `wanted`: the description as written.
   */
  private unnamedSubject(at: number, wanted: Gender): Entity | undefined {
    const { sentences, tokens, text } = this.doc;
    const k = firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1;
    const pronoun = wanted === 'female' ? 'sie' : 'er';
    for (let j = k; j >= Math.max(0, k - UNNAMED_CHAIN); j--) {
      const s = sentences[j];
      const article = tokens[s.t0]?.lower;
      const noun = tokens[s.t0 + 1]?.text ?? '';
      // `Eine Frau kommt über die Brücke. Sie wohnt … Sie findet: „…“`: sentences opened by the pronoun go on with the description, within the paragraph.
      const goesOn = j < k - 1 && (tokens[sentences[j + 1].t0]?.lower !== pronoun || text.slice(s.end, sentences[j + 1].start).includes('\n'));
      if (goesOn) return undefined;
      if (s.t0 + 1 >= s.t1 || !PERSON_DESCRIPTION.test(noun) || quoteAt(this.doc, tokens[s.t0].start)) continue;
      const female = /(?:in|frau)$/i.test(noun) || article === 'die' || article === 'eine';
      if (!UNNAMED_ARTICLES.has(article) || female !== (wanted === 'female')) continue;
      // `Ein Aktivist kaufte … . Der Mann sagt …`: a person named by sex alone refers back to the one introduced before.
      const introduced = GENERIC_PERSON.test(noun) && NP_ARTICLES.has(article) ? this.introducedBefore(s.start, female) : undefined;
      // `Eine Frau aus Forbach kommt …`: where she comes from tells her from any other woman; named so, she needs no article.
      const origin = this.originPhrase(s.t0 + 2, s.t1);
      return { name: introduced ?? (origin ? `${noun} ${origin}` : `${article} ${noun}`), type: 'person' };
    }
    return undefined;
  }

  /**
   * The phrase of origin opening at token `i` (`aus Forbach`, `aus dem nahen Saarlouis`, `von der
   * Insel Rügen`): its preposition, an article and adjectives if any, and the capitalised words
   * after them, before token `end`. Undefined when no such phrase opens there.
   */
  private originPhrase(i: number, end: number): string | undefined {
    const { tokens, text } = this.doc;
    if (!ORIGIN_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return undefined;
    let j = i + 1;
    if (j < end && DATIVE_ARTICLES.has(tokens[j].lower)) j++;
    while (j < end && DECLINED_ADJECTIVE.test(tokens[j].text)) j++;
    let e = j;
    while (e < end && CAPITALISED_WORD.test(tokens[e].text)) e++;
    return e > j ? text.slice(tokens[i].start, tokens[e - 1].end) : undefined;
  }

  /**
   * The one person of a gender introduced before `at` by a sentence opened with an indefinite
   * article and a person noun (`Ein Aktivist kaufte …`): the noun. Undefined when none or several.
   */
  private introducedBefore(at: number, female: boolean): string | undefined {
    const { sentences, tokens } = this.doc;
    const nouns = new Set<string>();
    for (let j = 0; j < sentences.length && sentences[j].start < at; j++) {
      const article = tokens[sentences[j].t0]?.lower;
      const noun = tokens[sentences[j].t0 + 1]?.text ?? '';
      if ((article !== 'ein' && article !== 'eine') || !PERSON_DESCRIPTION.test(noun) || quoteAt(this.doc, sentences[j].start)) continue;
      if ((/(?:in|frau)$/i.test(noun) || article === 'eine') === female) nouns.add(noun);
    }
    return nouns.size === 1 ? [...nouns][0] : undefined;
  }

  /** Where the line (paragraph) holding offset `at` starts. */
  private lineStart(at: number): number {
    return this.doc.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** Persons named in [from, at), outside quotations and the claim itself, nearest first. */
  private personsBefore(at: number, c: Candidate, from: number, subjectsOnly = false): Entity[] {
    const { mentions } = this.names;
    const toks = this.doc.tokens;
    const out: Entity[] = [];
    for (let k = firstAtOrAfter(mentions, at, (m) => m.at) - 1; k >= 0 && mentions[k].at >= from; k--) {
      const m = mentions[k];
      if (quoteAt(this.doc, m.at) || this.inHeading(m.at) || c.content.some(([s, e]) => m.at >= s && m.at < e)) continue;
      if (subjectsOnly && OBJECT_MARKERS.has(toks[firstAtOrAfter(toks, m.at, (t) => t.start) - 1]?.lower ?? '')) continue;
      if (m.entity.type === 'person') out.push(m.entity);
    }
    return out;
  }

  /** Whether offset `at` lies in a line that is no sentence: a heading names nobody who speaks in the text below. */
  private inHeading(at: number): boolean {
    const k = firstAtOrAfter(this.headings, at + 1, (h) => h[0]) - 1;
    return k >= 0 && at < this.headings[k][1];
  }

  private sentenceStart(at: number): number {
    const { sentences } = this.doc;
    return sentences[firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1]?.start ?? 0;
  }

  private previousSentenceStart(at: number): number {
    const { sentences } = this.doc;
    const k = firstAtOrAfter(sentences, at + 1, (s) => s.start) - 1;
    return sentences[Math.max(0, k - 1)]?.start ?? 0;
  }
}

/** A German source without the prepositional phrase after its noun phrase: `Sportdirektorin über die Stärken der Spielerin` → `Sportdirektorin`. */
export function withoutPrepositionalTail(bare: string): string {
  const words = bare.split(' ');
  const k = words.findIndex((w, i) => i > 0 && SOURCE_TAIL_PREPOSITIONS.has(w));
  return k > 0 ? words.slice(0, k).join(' ').replace(/[,;:]+$/, '') : bare;
}

/** Adjective endings after a definite article, and the strong ending that stands without it: `der junge` → `junger`, `das kleine` → `kleines`, `die jungen` → `junge`. */
const STRONG_ENDINGS: Readonly<Record<string, [RegExp, string]>> = { der: [/e$/, 'er'], das: [/e$/, 'es'], die: [/en$/, 'e'] };
/** Quantifiers that only stand with their article (`die meisten Experten`): no strong form. */
const ARTICLE_BOUND: ReadonlySet<string> = new Set(['meisten', 'wenigsten', 'meiste', 'wenigste']);

/**
 * A description written with a definite article (`der junge Polizist`, `die Beamten`) named
 * without it, its adjectives and a noun made of one in the strong form: `junger Polizist`,
 * `Beamte`. Other names come back unchanged.
 */
export function strongForm(raw: string, bare: string): string {
  const article = raw.trim().split(/\s+/)[0].toLowerCase();
  const ending = STRONG_ENDINGS[article];
  const words = bare.split(' ');
  if (!ending || raw.trim().split(/\s+/).slice(1).join(' ') !== bare || words.some((w, i) => i < words.length - 1 && (!/^\p{Ll}+$/u.test(w) || ARTICLE_BOUND.has(w)))) return bare;
  const [weak, strong] = ending;
  const head = words.length - 1;
  return words
    .map((w, i) => ((i < head && /e$|en$/.test(w)) || (i === head && NOMINALISED_PERSON.test(w.toLowerCase())) ? w.replace(weak, strong) : w))
    .join(' ');
}

function opposite(g: Gender): Gender {
  return g === 'male' ? 'female' : 'male';
}

/** The gender a title before a name tells (`Frau`, `Schauspielerin`, `Herr`, `Bundesjustizminister`). */
function titleGender(word: string): Gender | undefined {
  if (FEMALE_TITLES.has(word)) return 'female';
  if (MALE_TITLES.has(word)) return 'male';
  if (!/^\p{Lu}/u.test(word)) return undefined;
  // `Burgschauspielerin`, `Wienerin`, `Ministerin`: feminine nouns of persons end in -erin or -in after a role.
  if (/(?:erin|istin|entin|antin|andin|ogin|iterin|orin|ministerin|ärztin|anwältin|chefin|kanzlerin|präsidentin)$/.test(word.toLowerCase())) return 'female';
  // Long words only: `Aber`, `Oder`, `Wieder` end the same way.
  if (word.length >= 7 && /(?:er|ist|ent|ant|or|arzt|anwalt|chef)$/.test(word)) return 'male';
  return undefined;
}
