import nlp from 'compromise';
import {
  EN_ACRONYM_JOINERS,
  EN_ANONYMOUS_HEADS,
  EN_CLAUSE_OPENERS,
  EN_NAME_JOINERS,
  EN_NOBODY,
  EN_ORGANISATION_ROLES,
  EN_SOURCE_PREPOSITIONS,
  EN_SPEAKER_NOUNS,
  EN_SPOKESPERSONS,
  EN_SUBJECT_ADVERBS,
  EN_TITLES,
} from '../lexicon/en-entities';
import { isUpperInitial, tokenize, type Token } from './text';
import type { EntityType } from './types';

/**
 * English names within source mentions: where the speaker's name lies in `Australian Prime Minister
 * Scott Morrison`, which full name a bare surname stands for, and the gender a first name tells.
 * compromise's lexicon supplies first names with their gender, role nouns and honorifics; the
 * lexicon is a lookup, so naming costs no tagging pass over the text.
 */

type Tags = string | string[] | undefined;

interface CompromiseWords {
  lexicon: Record<string, Tags>;
  orgWords: Set<string>;
}

let compromiseWords: CompromiseWords | undefined;

/**
 * compromise's lexicon and organisation words, taken on first need: the extension's background
 * builds compromise when an English name is first looked up (see wxt.config.ts), not at its start.
 */
function compromiseData(): CompromiseWords {
  if (!compromiseWords) {
    const model = nlp.model() as { one: { lexicon: Record<string, Tags> }; two: { orgWords: Record<string, unknown> } };
    compromiseWords = { lexicon: model.one.lexicon, orgWords: new Set(Object.keys(model.two.orgWords)) };
  }
  return compromiseWords;
}

const isOrgWord = (word: string) => compromiseData().orgWords.has(word);

function hasTag(word: string, ...tags: string[]): boolean {
  const t = compromiseData().lexicon[word.toLowerCase()];
  if (t === undefined) return false;
  return Array.isArray(t) ? t.some((x) => tags.includes(x)) : tags.includes(t);
}

export type Gender = 'm' | 'f' | undefined;

const isFirstName = (w: string) => hasTag(w, 'MaleName', 'FemaleName', 'FirstName');

/** The gender a person's first name tells (`Scott` m, `Fiona` f), if compromise knows it. */
export function genderOf(name: string): Gender {
  const first = name.split(/\s+/)[0] ?? '';
  if (hasTag(first, 'MaleName')) return 'm';
  if (hasTag(first, 'FemaleName')) return 'f';
  return undefined;
}

/** Whether a word is a title or role written before a name (`President`, `analyst`, `then-Rep.`, `Dr.`). */
export function isTitle(word: string): boolean {
  let title = TITLE_CACHE.get(word);
  if (title === undefined) {
    const bare = word.toLowerCase().replace(/\.$/, '').replace(/^(?:then|ex|former)-/, '');
    title = EN_TITLES.has(bare) || hasTag(bare, 'Honorific', 'Actor');
    if (TITLE_CACHE.size < 50_000) TITLE_CACHE.set(word, title);
  }
  return title;
}
const TITLE_CACHE = new Map<string, boolean>();

/** The mention as words: `U.S.` and `Dr.` keep their period, a possessive `’s` is dropped. */
function mentionWords(text: string): Token[] {
  const toks = tokenize(text);
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === '.' && out.length && /^\p{L}[\p{L}.]*$/u.test(out[out.length - 1].text) && (out[out.length - 1].text.length <= 4 || out[out.length - 1].text.includes('.'))) {
      const prev = out[out.length - 1];
      out[out.length - 1] = { ...prev, end: t.end, text: prev.text + '.', lower: prev.lower + '.' };
      continue;
    }
    out.push(t);
  }
  return out;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|our|this|that|these|those)$/i;
const HEAD_ENDS = new Set([',', '(', '—', '–', 'who', 'which', 'that', 'whose', ';', ':']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'to', 'in', 'from', 'with', 'by']);
/** compromise's tags of common words: a capitalised first word with one is no name (`Traders`, `Others`). */
const COMMON_TAGS = ['Plural', 'Singular', 'Noun', 'Adjective', 'Determiner', 'Pronoun', 'Adverb', 'Preposition', 'Conjunction', 'Infinitive', 'PastTense', 'Gerund', 'Uncountable', 'Comparative', 'Superlative', 'Actor', 'QuestionWord'];
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'Country', 'City', 'Place', 'Demonym', 'SportsTeam'];
const isCap = (t: Token) => isUpperInitial(t.text) && /\p{L}/u.test(t.text);
/** A capitalised word that is a common word written at a sentence start (`Traders said`), not an acronym or a name. */
const isCommon = (t: Token) => !/^\p{Lu}[\p{Lu}.]+$/u.test(t.text) && hasTag(t.text, ...COMMON_TAGS) && !hasTag(t.text, ...NAME_TAGS);
/** compromise's tags of words that open a clause, never a name: `When Meghan`, `After Putin`, `Meanwhile Trump`. */
const CLAUSE_OPENER_TAGS = ['QuestionWord', 'Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Pronoun'];
const isClauseOpener = (t: Token) => hasTag(t.text, ...CLAUSE_OPENER_TAGS) && !hasTag(t.text, ...NAME_TAGS);

/** Whether a word before a surname may be a first name: capitalised, and no title, common word or clause opener (`With Winfrey`). */
export const mayBeFirstName = (t: Token): boolean => isCap(t) && !isCommon(t) && !isClauseOpener(t) && !isTitle(t.text);

/** What a source mention names: a proper name (`Scott Morrison`) or, when it ends in none, a description (`Morrison's lawyer`). */
export interface Mention {
  name: string;
  proper: boolean;
  /** The description's head noun, lower-case (`lawyer`, `company`): for a name, the head of the description it stands in apposition to. */
  head: string;
  /** Whether the description holds no capitalised word but a common first one. */
  plain: boolean;
}

/** The head of a source mention: the words before an apposition, a relative clause or a participle with `by` (`reports seen by Reuters`). */
function headEnd(all: Token[]): number {
  for (let i = 1; i < all.length; i++) {
    if (HEAD_ENDS.has(all[i].lower)) return i;
    if (/^\p{Ll}+(?:ed|en)$/u.test(all[i].text) && all[i + 1]?.lower === 'by') return i;
  }
  return all.length;
}

/** The name in a run of words, or the description they make. */
function nameIn(words: Token[], known: (word: string) => boolean): Mention & { afterPreposition: boolean } {
  while (words.length > 1 && DETERMINER.test(words[0].text)) words = words.slice(1);
  let b = words.length;
  while (b > 0) {
    const t = words[b - 1];
    if (isCap(t) && !/['’]s$/i.test(t.text)) b--;
    // `Abernathy of the University`: one or two joiners between capitalised words.
    else if (EN_NAME_JOINERS.has(t.lower) && b < words.length && b - 2 >= 0 && (isCap(words[b - 2]) || (EN_NAME_JOINERS.has(words[b - 2].lower) && b - 3 >= 0 && isCap(words[b - 3])))) b--;
    else break;
  }
  // `Traders said`, `Security officials said`: a common word capitalised at the sentence start names nobody.
  const common = words.length > 0 && isCommon(words[0]) && !words.slice(1).some(isCap) && !known(words[0].text);
  if (common) b = words.length;
  const plain = common || !words.some(isCap);
  if (b === words.length) {
    const name = words.map((t) => t.text).join(' ');
    return { name, proper: false, head: words[words.length - 1]?.lower ?? '', plain, afterPreposition: false };
  }
  const afterPreposition = b > 0 && PREPOSITIONS.has(words[b - 1].lower);
  let run = words.slice(b);
  // Titles inside the run: the name is what follows the last one (`U.S. President Donald Trump`).
  let t = -1;
  for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i].text) && !(run[i].lower === 'general' && !isFirstName(run[i + 1].text))) t = i;
  if (t >= 0) run = run.slice(t + 1);
  while (run.length > 1 && (EN_NAME_JOINERS.has(run[0].lower) || isClauseOpener(run[0]))) run = run.slice(1);
  // `Australian Timothy Weeks`, `Ukraine Kurt Volker`: a first name after other capitalised words starts the person's name.
  const first = run.findIndex((w, i) => i > 0 && i < run.length - 1 && isFirstName(w.text));
  if (first > 0 && !run.slice(0, first).some((w) => isFirstName(w.text) || isOrgWord(w.lower))) run = run.slice(first);
  // `Penelope Muse Abernathy of the University of North Carolina`: a person's name ends before `of`.
  if (isFirstName(run[0].text)) {
    const of = run.findIndex((w) => w.lower === 'of' || w.lower === 'for');
    if (of > 1) run = run.slice(0, of);
  }
  return { name: run.map((w) => w.text).join(' '), proper: true, head: '', plain, afterPreposition };
}

/**
 * The speaker's words in a source mention: the head's proper name without titles or descriptive
 * words, or the name in its apposition when the head is a description (`The group that owns her
 * music, Big Machine`, `The leader of Ennahda, Rachid Ghannouchi`), or else the description.
 */
export function readMention(text: string, known: (word: string) => boolean = () => false): Mention {
  const all = mentionWords(text);
  const own = nameIn(all.slice(0, headEnd(all)), known);
  // `runs the AMAs, Dick Clark Productions`: a head that opens with a verb is no noun phrase.
  const verbal = all.length > 0 && /^\p{Ll}/u.test(all[0].text) && !DETERMINER.test(all[0].text) && !isTitle(all[0].text);
  if (!own.proper || own.afterPreposition || verbal) {
    const comma = all.findIndex((t) => t.text === ',');
    if (comma > 0) {
      let e = comma + 1;
      while (e < all.length && all[e].text !== ',' && all[e].text !== '(') e++;
      const apposition = nameIn(all.slice(comma + 1, e), known);
      // `…, former adviser Fiona Hill` is an apposition; `…, provided by Statista` and `…, who resigned on Dec` are not.
      const opener = all[comma + 1];
      const names = opener && (isCap(opener) || DETERMINER.test(opener.text) || isTitle(opener.text));
      if (apposition.proper && names) return { ...apposition, head: own.proper ? '' : own.head };
    }
  }
  return own;
}

/** Whether a description's head is an organisation standing for one named before (`the company`). */
export const isOrganisationRole = (m: Mention): boolean => !m.proper && m.plain && !m.name.includes(' ') && EN_ORGANISATION_ROLES.has(m.head);

/** Whether a description names nobody in particular (`officials`, `a senior political source`, `Traders`). */
export const isAnonymousMention = (m: Mention): boolean => !m.proper && m.plain && EN_ANONYMOUS_HEADS.has(m.head);

/** A type for a proper name that the word lists leave as a person: an organisation word of compromise's makes it one. */
export function refineType(name: string, type: EntityType): EntityType {
  if (type !== 'person') return type;
  // `South Carolina said`: a place speaks as its government, never as a person a pronoun stands for.
  if (isPlaceName(name)) return 'organisation';
  const words = name.toLowerCase().split(/\s+/);
  // `McClatchy Co.`: an abbreviation keeps its period.
  if (!isFirstName(words[0]) && words.some((w) => isOrgWord(w) || isOrgWord(w.replace(/\.$/, '')))) return 'organisation';
  // `Big Machine`: a name that opens with a common word and has no personal name in it is no person.
  if (words.length > 1 && hasTag(words[0], ...COMMON_TAGS) && !words.some((w) => hasTag(w, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'))) return 'organisation';
  return type;
}

/**
 * Full names the document uses, by their last word: `Sondland` → `Gordon Sondland`. A capitalised
 * run counts once its titles and leading descriptive words are gone; runs with a first name win,
 * then the one the article names first (`Mark Meadows` before his wife `Debbie Meadows`).
 */
export class EnglishNames {
  private readonly byLast = new Map<string, { name: string; first: boolean }>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly headline: (i: number) => boolean,
  ) {
    const seen = new Set<string>();
    const runs = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      if (!isCap(tokens[i]) || headline(i)) continue;
      let j = i;
      while (j + 1 < tokens.length && j - i < 5 && isCap(tokens[j + 1]) && /^ ?$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
      if (j > i) {
        const run = text.slice(tokens[i].start, tokens[j].end);
        if (!runs.has(run)) {
          const m = nameIn(tokens.slice(i, j + 1), () => true);
          runs.add(run);
          if (m.proper && m.name.includes(' ')) seen.add(m.name);
        }
      }
      i = j;
    }
    // Names in order of first mention: of two with a first name, the article introduced the first one first.
    for (const name of seen) {
      const last = name.split(' ').pop()!;
      const first = isFirstName(name.split(' ')[0]);
      const prev = this.byLast.get(last);
      if (!prev || (first && !prev.first)) this.byLast.set(last, { name, first });
    }
  }

  /** The full name a one-word name stands for, if the document gives one. */
  full(word: string): string | undefined {
    return this.byLast.get(word)?.name;
  }

  private longForms: Map<string, string> | undefined;

  /** The name an acronym stands for where the document writes it out (`US` → `United States`, `DOT` → `Department of Transportation`). */
  expansion(acronym: string): string | undefined {
    const letters = acronymLetters(acronym);
    if (!letters) return undefined;
    this.longForms ??= longForms(this.text, this.tokens, this.headline);
    return this.longForms.get(letters);
  }
}

/** An acronym's letters (`U.S.` → `US`, `CBP`), or undefined for a word that is none. */
export function acronymLetters(name: string): string | undefined {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(name) ? name.replace(/\./g, '') : undefined;
}

/** How many capitalised words a written-out acronym may have. */
const LONG_FORM_WORDS = 6;

/**
 * Every written-out name by the initials it makes, the first mention winning: the initials of its
 * capitalised words, with and without its small words (`Customs and Border Protection` CBP,
 * `Department of Transportation` DOT). A person's name or title is no long form (`Under Secretary` is not the US).
 */
function longForms(text: string, tokens: Token[], headline: (i: number) => boolean): Map<string, string> {
  const forms = new Map<string, string>();
  const adjacent = (a: Token, b: Token) => /^ ?$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    const opener = tokens[i];
    if (!isCap(opener) || headline(i) || acronymLetters(opener.text) || EN_ACRONYM_JOINERS.has(opener.lower) || isFirstName(opener.text) || isTitle(opener.text)) continue;
    let capitals = opener.text[0];
    let all = opener.text[0];
    let words = 1;
    for (let j = i + 1; j < tokens.length && words < LONG_FORM_WORDS && adjacent(tokens[j - 1], tokens[j]); j++) {
      const t = tokens[j];
      if (EN_ACRONYM_JOINERS.has(t.text)) {
        all += t.text[0].toUpperCase();
        continue;
      }
      if (!isCap(t) || acronymLetters(t.text) || isTitle(t.text)) break;
      capitals += t.text[0];
      all += t.text[0];
      words++;
      const form = text.slice(opener.start, t.end);
      if (!forms.has(capitals)) forms.set(capitals, form);
      if (all !== capitals && !forms.has(all)) forms.set(all, form);
    }
  }
  return forms;
}

/** A plural's singular, near enough for a lexicon lookup (`retailers` → `retailer`, `authorities` → `authority`). */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether a noun names someone or something that can speak: a person, a body, a group, a document (`officer`, `agency`, `report`). */
export function isSpeakerNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return [lower, singular(lower)].some(
    (w) => EN_SPEAKER_NOUNS.has(w) || EN_TITLES.has(w) || EN_ORGANISATION_ROLES.has(w) || EN_ANONYMOUS_HEADS.has(w) || EN_SPOKESPERSONS.has(w) || hasTag(w, 'Actor'),
  );
}

/** compromise's tags of words that name nothing: a capitalised one is no name (`Every`, `No one`). */
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Adverb', 'Preposition', 'Conjunction', 'QuestionWord'];

/** Whether a word of a description can name a speaker: a speaker noun, or a capitalised word that is no function word (`Lovely`). */
const isSpeakerHead = (head: string): boolean =>
  isSpeakerNoun(head) || (isUpperInitial(head) && !hasTag(head, ...FUNCTION_TAGS));

/** A type for a description that the word lists leave as a person: a plural head makes it a group (`his editors`, `the physicians`). */
export function descriptionType(description: string, type: EntityType): EntityType {
  if (type !== 'person') return type;
  const head = description.split(/\s+/).pop()!.toLowerCase();
  return hasTag(head, 'Plural') || (/[^s]s$/.test(head) && isSpeakerNoun(singular(head)) && !hasTag(head, 'Singular')) ? 'group' : type;
}

/** Whether a name is a place's (`Russia`, `New York`, `Kabul`), which a personal pronoun or a role never stands for. */
export const isPlaceName = (name: string): boolean => hasTag(name.toLowerCase(), 'Country', 'City', 'Region', 'Place') && !hasTag(name.toLowerCase(), 'Person', 'FirstName', 'MaleName', 'FemaleName');

/**
 * Whether a description can name a speaker: its head, the last word before a preposition, is a
 * speaker noun or a capitalised word that is no function word (`Staff on short-term contracts`,
 * `Lovely`), or a speaker noun stands before a name that opens a relative clause (`a document
 * Matthesen prepared for her lawyers`); not `a series of text messages`, `agency policy`, `a deal`.
 */
export function namesSpeaker(description: string): boolean {
  const words = description.split(/\s+/).filter(Boolean).map((w) => w.replace(/[,;:.]+$/, ''));
  const p = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w.toLowerCase()) || EN_SOURCE_PREPOSITIONS.has(w.toLowerCase())));
  const head = words.slice(0, p > 0 ? p : words.length);
  return head.some((w, i) => isSpeakerHead(w) && (i === head.length - 1 || (isUpperInitial(head[i + 1]) && !isUpperInitial(w))));
}

/** Pronouns that can be a clause's subject inside a source mention (`… and he`, `people I spoke to`). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Words that join a clause to the one before it (`… absurd questions and he`). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'as', 'because', 'when', 'while', 'so']);
/** Relative pronouns that end a source mention before its clause (`a career Army officer who`). */
const RELATIVE_END = new Set(['who', 'whom', 'that', 'which']);
/** Marks that end a mention's head before an apposition, where a clause's verb is no longer the subject's. */
const PHRASE_END = new Set([',', '(', '—', '–', ';', ':']);
/** A contraction of a third-person subject and its auxiliary (`He’d`, `they’ll`): the subject ends before the apostrophe. */
const CONTRACTED_AUXILIARY = /^((?:he|she|they))['’](?:d|ll|ve|re|s)$/iu;

/** compromise's tags of words that are nouns or adjectives as often as verbs (`left`, `will`): never read as a verb. */
const VERB_EXCEPT = ['Noun', 'Singular', 'Plural', 'Actor', 'Adjective'];
/**
 * A finite verb inside a mention (`is there were`, `can’t`): compromise's auxiliaries, and its
 * irregular past forms after a subject of names or a pronoun alone (`Walker then spent`), not after
 * a common noun, where they are participles (`the research published in`, `messages Volker provided`).
 */
function isFiniteVerb(t: Token, subject: Token[]): boolean {
  if (!/^\p{Ll}/u.test(t.text)) return false;
  if (/n['’]t$/.test(t.lower)) return true;
  if (hasTag(t.lower, 'Copula', 'Modal', 'Auxiliary') && !hasTag(t.lower, ...VERB_EXCEPT)) return true;
  const named = subject.every((w) => isCap(w) || EN_NAME_JOINERS.has(w.lower)) || (subject.length === 1 && SUBJECT_PRONOUNS.has(subject[0].lower));
  return hasTag(t.lower, 'PastTense') && !hasTag(t.lower, ...VERB_EXCEPT) && named;
}

/** A participle that starts a reduced relative clause after a speaker (`The doctors offering to operate`). */
const isTrailingParticiple = (t: Token, prev: Token): boolean =>
  /^\p{Ll}+ing$/u.test(t.text) && (isSpeakerNoun(prev.text) || isCap(prev));

/** A pronoun that opens a relative clause without `who` after a noun (`multiple people I spoke to`). */
const isRelativeSubject = (t: Token, prev: Token): boolean =>
  (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'you') && /^\p{Ll}+$/u.test(prev.text) && !CLAUSE_JOINERS.has(prev.lower);

/**
 * Where a source mention's noun phrase lies within it, as offsets: a leading preposition and a
 * trailing relative pronoun left out (`including a career Army officer who`), a clause cut before
 * its verb (`Walker then spent weeks …` → `Walker`), a clause before a pronoun subject reduced to
 * the pronoun (`… shouted out absurd questions and he`). Undefined when the mention opens a clause
 * or a verb phrase and so names nobody (`to require each university`, `pushing through a week`).
 */
export function sourcePhrase(text: string): [number, number] | undefined {
  const all = tokenize(text);
  if (all.length === 1 && EN_NOBODY.has(all[0].lower)) return undefined;
  const contracted = all.length === 1 ? CONTRACTED_AUXILIARY.exec(all[0].text) : null;
  if (contracted) return [all[0].start, all[0].start + contracted[1].length];
  if (all.length < 2) return [0, text.length];
  const last = all[all.length - 1];
  if (all.length > 2 && SUBJECT_PRONOUNS.has(last.lower) && CLAUSE_JOINERS.has(all[all.length - 2].lower)) return [last.start, last.end];
  const from = EN_SOURCE_PREPOSITIONS.has(all[0].text) ? 1 : 0;
  const opener = all[from];
  if (!opener || EN_CLAUSE_OPENERS.has(opener.lower) || EN_NOBODY.has(opener.lower) || /^\p{Ll}+ing$/u.test(opener.text)) return undefined;
  let to = all.length;
  if (to - from > 1 && RELATIVE_END.has(last.lower)) to--;
  for (let k = from; k < to; k++) {
    const t = all[k];
    if (PHRASE_END.has(t.text)) break;
    const contracted = CONTRACTED_AUXILIARY.exec(t.text);
    if (contracted) return [all[from].start, t.start + contracted[1].length];
    let end = k;
    while (end > from + 1 && EN_SUBJECT_ADVERBS.has(all[end - 1].lower)) end--;
    if (k > from && (isFiniteVerb(t, all.slice(from, end)) || isTrailingParticiple(t, all[k - 1]) || isRelativeSubject(t, all[k - 1]))) {
      // `he was confined to his home but was otherwise fine and the military`: the last clause's subject speaks.
      const joiner = all.findLastIndex((x, i) => i > k && i < to - 1 && CLAUSE_JOINERS.has(x.lower));
      return joiner > 0 ? [all[joiner + 1].start, all[to - 1].end] : [all[from].start, all[end - 1].end];
    }
  }
  return [all[from].start, to === all.length ? text.length : all[to - 1].end];
}
