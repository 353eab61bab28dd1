import {
  ANONYMOUS_SOURCES,
  DETERMINERS,
  GROUP_WORDS,
  MEDIA_WORDS,
  ORGANISATION_WORDS,
  NOT_NAME,
  PRONOUNS,
  ROLE_WORDS,
} from '../lexicon/entities';
import type { Candidate, Doc } from './doc';
import { isUpperInitial, type Token } from './text';
import type { Attribution, Entity, EntityType } from './types';

const UNNAMED: Entity = { name: 'unnamed', type: 'unnamed' };
/** Sources that are adverbs pointing back to the source before (`Demnach …`). */
const ANAPHORIC_SOURCES = new Set(['demnach', 'wonach']);
/** Capitalised words that begin a name run but are not part of a name. */
/** Whether a word ends in an office or role noun (`US-Präsident`, `Kremlberater`). */
function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  for (let k = Math.min(lower.length, ROLE_MAX); k >= 3; k--) if (ROLE_WORDS.has(lower.slice(-k))) return true;
  return false;
}
const ROLE_MAX = Math.max(...[...ROLE_WORDS].map((w) => w.length));

/** `Insider`, `informierte Kreise`, `people familiar with the matter`: a source that names nobody. */
const isAnonymous = (lower: string) => ANONYMOUS_SOURCES.some((w) => (w.length <= 4 ? lower.split(/\s+/).includes(w.trim()) : lower.includes(w)));

function entityType(name: string): EntityType {
  const lower = name.toLowerCase();
  const words = lower.split(/[\s-]+/);
  const head = words[words.length - 1];
  const has = (list: string[]) => list.some((w) => (w.includes(' ') ? lower.includes(w) : words.includes(w) || (w.length >= 4 && head.endsWith(w))));
  if (isAnonymous(lower)) return 'unnamed';
  if (has(MEDIA_WORDS)) return 'media';
  if (has(ORGANISATION_WORDS) || /^[A-ZÄÖÜ]{2,6}$/.test(name)) return 'organisation';
  if (has(GROUP_WORDS)) return 'group';
  return 'person';
}

/** Longest runs of capitalised words in the document, keyed by each word: `Xi` → `Xi Jinping`. */
function nameRuns(doc: Doc): Map<string, string> {
  const best = new Map<string, { name: string; count: number }>();
  const counts = new Map<string, number>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isName(toks[i])) continue;
    let j = i;
    while (j + 1 < toks.length && j - i < 3 && isName(toks[j + 1]) && toks[j + 1].start - toks[j].end <= 1) j++;
    const run = toks.slice(i, j + 1);
    const plausible = !(i > 0 && ARTICLE_BEFORE.test(toks[i - 1].text)) && !run.some((t) => NOUN_SUFFIX.test(t.lower));
    if (j > i && plausible) {
      const name = doc.text.slice(toks[i].start, toks[j].end);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      for (let k = i; k <= j; k++) {
        const prev = best.get(toks[k].text);
        const c = counts.get(name)!;
        if (!prev || name.length > prev.name.length || (name.length === prev.name.length && c > prev.count))
          best.set(toks[k].text, { name, count: c });
      }
    }
    i = j;
  }
  return new Map([...best].map(([k, v]) => [k, v.name]));
}

/** Endings of German abstract nouns, which are no names (`Amtseinführung`, `Gesellschaft`). */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ment|enz|anz|ungen|ten|isch|ische|ischen)$/;
/** Words before a capitalised run that make it a common noun phrase, not a name (`im Nahen Osten`). */
const ARTICLE_BEFORE = /^(?:der|die|das|des|dem|den|im|am|vom|zum|zur|beim|ins|the|a|an)$/i;

const isName = (t: Token) => isUpperInitial(t.text) && !NOT_NAME.has(t.text) && !isRole(t.text) && t.text.length > 1 && !/[.]$/.test(t.text);

/**
 * Where each name is mentioned, in text order: every word of a known name stands for the whole
 * name (`Trump` → `Donald Trump`), also with a genitive `s`. One lookup per token keeps it linear.
 */
function nameMentions(doc: Doc, runs: ReadonlyMap<string, string>): { at: number; entity: Entity }[] {
  const out: { at: number; entity: Entity }[] = [];
  for (const t of doc.tokens) {
    if (!isName(t)) continue;
    const name = runs.get(t.text) ?? (t.text.endsWith('s') ? runs.get(t.text.slice(0, -1)) : undefined);
    if (name) out.push({ at: t.start, entity: { name, type: 'person' } });
  }
  return out;
}

/** The longest known name inside a longer source: `Der Kremlberater Juri Ushakov` → `Juri Ushakov`. */
function nameInside(doc: Doc, c: Candidate, runs: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  for (const [s, e] of c.source) {
    for (const t of doc.tokens.slice(firstAtOrAfter(doc.tokens, s, (x) => x.start), firstAtOrAfter(doc.tokens, e, (x) => x.start))) {
      const name = runs.get(t.text);
      if (name && isName(t) && entityType(name) === 'person' && (!best || name.length > best.length)) best = name;
    }
  }
  return best;
}

/** Prepositions after which a lone capitalised word without an article is likely a name (`mit Trump`). */
const NAME_AFTER = /^(?:mit|von|für|gegen|bei|an|über|with|by|for|against|to)$/i;

/**
 * Names written as one word: sources of attributions (`sagte Ushakov`) and bare capitalised words
 * after a preposition (`ein Gespräch mit Trump`) that do not look like plural or abstract nouns.
 */
function singleNames(doc: Doc, candidates: Candidate[]): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    if (c.source.length !== 1) continue;
    const [s, e] = c.source[0];
    const word = doc.text.slice(s, e);
    if (/^\p{Lu}[\p{L}-]+$/u.test(word) && !NOT_NAME.has(word) && !isRole(word) && entityType(word) === 'person') out.push(word);
  }
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (NAME_AFTER.test(toks[i - 1].text) && isName(t) && !NOUN_SUFFIX.test(t.lower) && !/(?:e|en|er|ern|s)$/.test(t.lower) && !PRONOUNS.has(t.lower))
      out.push(t.text);
  }
  return out;
}

/** Index of the first item whose key is at least `x`, in items sorted by that key. */
function firstAtOrAfter<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The source's words without determiners and trailing punctuation. */
function bareSource(doc: Doc, c: Candidate): string {
  const raw = c.source.map(([s, e]) => doc.text.slice(s, e)).join(' ');
  const words = raw.split(/\s+/).filter(Boolean);
  while (words.length > 1 && DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return words.join(' ').replace(/[,;:.]+$/, '');
}

/**
 * Resolves each candidate's source to an entity within the document: pronouns to the last speaker,
 * short names to the longest name that contains them, role nouns (`der US-Präsident`) to the last
 * person named before them who is not the clause's own subject.
 */
export function resolveEntities(doc: Doc, candidates: Candidate[]): Attribution[] {
  const runs = nameRuns(doc);
  for (const name of singleNames(doc, candidates)) if (!runs.has(name)) runs.set(name, name);
  const sorted = [...candidates].sort((a, b) => (a.cue[0]?.[0] ?? a.content[0]?.[0] ?? 0) - (b.cue[0]?.[0] ?? b.content[0]?.[0] ?? 0));
  let lastPerson: Entity | undefined;
  let lastEntity: Entity | undefined;
  const persons = nameMentions(doc, runs);
  const out: Attribution[] = [];
  for (const c of sorted) {
    let entity: Entity;
    if (c.source.length === 0) entity = UNNAMED;
    else {
      const bare = bareSource(doc, c);
      const words = bare.split(' ');
      const lower = bare.toLowerCase();
      if (words.length === 1 && PRONOUNS.has(lower)) entity = lastPerson ?? { name: bare, type: 'person' };
      else if (words.length === 1 && ANAPHORIC_SOURCES.has(lower)) entity = lastEntity ?? UNNAMED;
      else if (words.length === 1 && runs.has(bare) && entityType(bare) === 'person') entity = { name: runs.get(bare)!, type: 'person' };
      else if (isRole(words[words.length - 1]) && words.length <= 3 && !words.slice(1).some((w) => isUpperInitial(w) && !isRole(w))) {
        const at = c.source[0][0];
        const candidate = doc.sentences[firstAtOrAfter(doc.sentences, at + 1, (s) => s.start) - 1];
        const sentence = candidate && at < candidate.end ? candidate : undefined;
        // The nearest person named before, within reach, other than the sentence's own subject.
        const start = sentence?.start ?? at;
        const subjectEnd = sentence ? doc.tokens[sentence.t0]?.end ?? at : at;
        let k = firstAtOrAfter(persons, at, (p) => p.at) - 1;
        while (k >= 0 && persons[k].at >= start && persons[k].at < subjectEnd) k--;
        const last = k >= 0 && persons[k].at >= start - 600 ? persons[k] : undefined;
        entity = last ? last.entity : { name: bare, type: 'person' };
      } else {
        const type = entityType(bare);
        const name = type === 'person' ? nameInside(doc, c, runs) : undefined;
        entity = { name: name ?? bare, type };
      }
    }
    if (entity.type === 'person') lastPerson = entity;
    if (entity.type !== 'unnamed') lastEntity = entity;
    const anonymous = c.source.length > 0 && isAnonymous(bareSource(doc, c).toLowerCase());
    out.push({ ...c, entity, kind: anonymous ? 'unnamed' : c.kind });
  }
  return out;
}
