import { first, headWord, lastBefore, sentenceIndexAt, sourceShape, type FeatureContext, type Features } from './features';
import { genderOf, type Gender } from './entities-en';
import { isRole } from './entities';
import { blockIndexAt } from './layout';
import { probability, type Model } from './model';
import type { Entity } from './types';

/** Third-person pronouns, which stand for someone named before (`I`, `we`, `it` do not choose among speakers). */
const REFERRING_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'they', 'er', 'sie']);
/** Longest role noun phrase that refers back (`the senator`, `der US-Präsident`, `the company spokesman`). */
const ROLE_WORDS_MAX = 3;
/** The gender a personal pronoun asks of its antecedent. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['er', 'm'], ['sie', 'f'],
]);
/** How far into its sentence a name may stand and still read as the sentence's subject, in characters. */
const SUBJECT_REACH = 40;

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** One speaker a finding's source may stand for, with what the ranking model reads of it. */
export interface Antecedent {
  entity: Entity;
  features: Features;
  /** Whether this is the rules' own choice. */
  rules: boolean;
}

/**
 * The speakers a pronoun or role noun may stand for: every speaker of the document's findings
 * named in the finding's block or the one before, up to its source, most recent first; the rules'
 * choice is always among them. None when the source names someone itself.
 */
export function antecedents(ctx: FeatureContext, index: number): Antecedent[] {
  const { doc, blocks, attributions } = ctx;
  const a = attributions[index];
  if (a.source.length === 0) return [];
  const shape = sourceShape(doc, a);
  const words = doc.text.slice(first(a.source), a.source[a.source.length - 1][1]).trim().split(/\s+/);
  const pronoun = shape === 'pronoun' && REFERRING_PRONOUNS.has(words[0].toLowerCase());
  const role = (shape === 'det-noun' || shape === 'noun' || shape === 'det-name') && words.length <= ROLE_WORDS_MAX && isRole(words[words.length - 1]);
  if (!pronoun && !role) return [];
  const at = first(a.source);
  const block = blockIndexAt(blocks, at);
  const from = blocks[Math.max(0, block - 1)]?.start ?? 0;
  const speakers = new Map<string, Entity>();
  for (const x of attributions) if (x.entity.type !== 'unnamed') speakers.set(x.entity.name, x.entity);
  const found: { entity: Entity; last: number; count: number; early: boolean }[] = [];
  for (const entity of speakers.values()) {
    const positions = ctx.headAt.get(headWord(entity.name)) ?? [];
    const k = lastBefore(positions, at);
    if (k < 0 || positions[k] < from) continue;
    let count = 0;
    let early = false;
    for (let i = k; i >= 0 && positions[i] >= from; i--) {
      count++;
      if (positions[i] - doc.sentences[sentenceIndexAt(doc, positions[i])].start < SUBJECT_REACH) early = true;
    }
    found.push({ entity, last: positions[k], count, early });
  }
  found.sort((x, y) => y.last - x.last);
  if (a.entity.type !== 'unnamed' && !found.some((f) => f.entity.name === a.entity.name)) found.push({ entity: a.entity, last: -1, count: 0, early: false });
  const key = pronoun ? `pron:${doc.text.slice(a.source[0][0], a.source[0][1]).trim().toLowerCase()}` : 'role';
  const before = attributions.slice(0, index).filter((x) => x.entity.type !== 'unnamed');
  const lastSpeaker = before[before.length - 1]?.entity.name;
  const wanted = PRONOUN_GENDER.get(key.slice(5));
  return found.map((f, rank) => {
    const gender = f.entity.type === 'person' ? genderOf(f.entity.name) : undefined;
    const r = bucket(rank, [0, 1, 2]);
    const features = [
      `lang:${doc.lang}`, `rank:${r}`, `rank:${r}|${key}`, `type:${f.entity.type}|${key}`,
      f.entity.name === a.entity.name ? 'rules' : 'not-rules',
      `count:${bucket(f.count, [1, 2, 4])}`,
      f.last >= 0 && blockIndexAt(blocks, f.last) === block ? 'same-block' : 'earlier-block',
      f.entity.name === lastSpeaker ? 'last-speaker' : before.some((x) => x.entity.name === f.entity.name) ? 'spoke-before' : 'never-spoke',
      !wanted || !gender ? 'gender:unknown' : wanted === gender ? 'gender:agrees' : 'gender:clashes',
      f.early ? 'named-early-in-sentence' : 'named-late-in-sentence',
    ];
    return { entity: f.entity, features, rules: f.entity.name === a.entity.name };
  });
}

/** The model's score of the rules' choice; 0 when the rules named nobody among the options (a margin of 1 then still never switches). */
export const ruleScore = (scores: readonly number[], rules: number): number => (rules < 0 ? 0 : scores[rules]);

/**
 * The speaker the ranking model prefers, when it beats the rules' choice by the language's margin
 * (`model.threshold`); the rules' choice otherwise.
 */
export function chooseSpeaker(ctx: FeatureContext, index: number, model: Model): Entity {
  const own = ctx.attributions[index].entity;
  const options = antecedents(ctx, index);
  if (options.length < 2) return own;
  const scores = options.map((o) => probability(model, o.features));
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]) best = i;
  });
  const rules = options.findIndex((o) => o.rules);
  return scores[best] - ruleScore(scores, rules) > model.threshold[ctx.doc.lang] ? options[best].entity : own;
}
