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

/** How many of a speaker's last mentions are read for whether one opens its sentence. */
const EARLY_LOOKS = 4;

/** The document's speakers, computed once for all findings: linear time on cue-dense text. */
interface SpeakerIndex {
  /** Each named speaker once. */
  speakers: Entity[];
  /** For each finding, the name of the last named speaker before it. */
  lastBefore: (string | undefined)[];
  /** Each speaker's name and the index of its first finding. */
  firstSpoke: Map<string, number>;
}

const speakerIndexes = new WeakMap<FeatureContext, SpeakerIndex>();

function speakerIndex(ctx: FeatureContext): SpeakerIndex {
  let known = speakerIndexes.get(ctx);
  if (known) return known;
  const byName = new Map<string, Entity>();
  const lastBefore: (string | undefined)[] = [];
  const firstSpoke = new Map<string, number>();
  let last: string | undefined;
  ctx.attributions.forEach((x, i) => {
    lastBefore.push(last);
    if (x.entity.type === 'unnamed') return;
    byName.set(x.entity.name, x.entity);
    if (!firstSpoke.has(x.entity.name)) firstSpoke.set(x.entity.name, i);
    last = x.entity.name;
  });
  known = { speakers: [...byName.values()], lastBefore, firstSpoke };
  speakerIndexes.set(ctx, known);
  return known;
}

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
  const { doc, blocks } = ctx;
  const a = ctx.attributions[index];
  if (a.source.length === 0) return [];
  const shape = sourceShape(doc, a);
  const words = doc.text.slice(first(a.source), a.source[a.source.length - 1][1]).trim().split(/\s+/);
  const pronoun = shape === 'pronoun' && REFERRING_PRONOUNS.has(words[0].toLowerCase());
  const role = (shape === 'det-noun' || shape === 'noun' || shape === 'det-name') && words.length <= ROLE_WORDS_MAX && isRole(words[words.length - 1]);
  if (!pronoun && !role) return [];
  const at = first(a.source);
  const block = blockIndexAt(blocks, at);
  const from = blocks[Math.max(0, block - 1)]?.start ?? 0;
  const index_ = speakerIndex(ctx);
  const found: { entity: Entity; last: number; count: number; early: boolean }[] = [];
  for (const entity of index_.speakers) {
    const positions = ctx.headAt.get(headWord(entity.name)) ?? [];
    const k = lastBefore(positions, at);
    if (k < 0 || positions[k] < from) continue;
    // Counted by binary search; only the last few mentions are read for their place in the sentence.
    const count = k - lastBefore(positions, from);
    let early = false;
    for (let i = k; i > k - EARLY_LOOKS && i >= 0 && positions[i] >= from; i--) {
      if (positions[i] - doc.sentences[sentenceIndexAt(doc, positions[i])].start < SUBJECT_REACH) early = true;
    }
    found.push({ entity, last: positions[k], count, early });
  }
  found.sort((x, y) => y.last - x.last);
  if (a.entity.type !== 'unnamed' && !found.some((f) => f.entity.name === a.entity.name)) found.push({ entity: a.entity, last: -1, count: 0, early: false });
  const key = pronoun ? `pron:${doc.text.slice(a.source[0][0], a.source[0][1]).trim().toLowerCase()}` : 'role';
  const lastSpeaker = index_.lastBefore[index];
  const wanted = PRONOUN_GENDER.get(key.slice(5));
  return found.map((f, rank) => {
    const gender = f.entity.type === 'person' ? genderOf(f.entity.name) : undefined;
    const r = bucket(rank, [0, 1, 2]);
    const features = [
      `lang:${doc.lang}`, `rank:${r}`, `rank:${r}|${key}`, `type:${f.entity.type}|${key}`,
      f.entity.name === a.entity.name ? 'rules' : 'not-rules',
      `count:${bucket(f.count, [1, 2, 4])}`,
      f.last >= 0 && blockIndexAt(blocks, f.last) === block ? 'same-block' : 'earlier-block',
      f.entity.name === lastSpeaker ? 'last-speaker' : (index_.firstSpoke.get(f.entity.name) ?? Infinity) < index ? 'spoke-before' : 'never-spoke',
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
  // No score difference exceeds 1: a margin of 1 never switches, so nothing need be ranked.
  if (model.threshold[ctx.doc.lang] >= 1) return own;
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
