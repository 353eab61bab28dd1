/**
 * Training data for the model that decides which findings are claims with their right speaker,
 * and the cross-validation that sets its thresholds. Labels come from data whose licence lets the
 * weights ship: the TRAIN pages of tests/golden (our own annotations, matched as
 * lib/eval/pages.ts matches) and GePaDe's train split (CC0, aligned as lib/eval/score.ts aligns).
 * Never the dev pages, never Wikinews or PolNeAR. Node only.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCandidates } from '../engine';
import { inNoClaimBlock } from '../engine/decide';
import { candidateFeatures, featureContext } from '../engine/features';
import { antecedents, ruleScore, type Antecedent } from '../engine/speaker-choice';
import { probability, trainWeights, type Example, type TrainOptions } from '../engine/model';
import type { Attribution, Entity, Lang } from '../engine/types';
import { engineBlocks } from '../page/blocks';
import { buildClaims } from '../page/claims';
import { corpusPath } from './corpora';
import { decodeUtf8, readLines } from './documents';
import { readSavedPage } from './html';
import { sameSpeaker, scorePage, type FoundClaim } from './pages';
import { DEV_PAGES, pageGolds, SHARED_PAGES_DIR } from './real-pages';
import { align, judgePair, type ScoredAttribution, type ScoredDocument } from './score';

/** One document's findings, labelled, with the number of gold claims it should have. */
export interface LabelledDocument {
  name: string;
  lang: Lang;
  /** Labelled right when the finding is a claim of the page with its right speaker. */
  examples: Example[];
  /** For each example, whether it is a claim at all, whoever it is credited to. */
  claim: boolean[];
  /** For each example, whether its speaker is right too (claim+speaker): the label. */
  right: boolean[];
  /** Gold claims that count (not optional): recall's denominator. */
  gold: number;
  /** Findings that are claims and whose source refers back (a pronoun, a role noun): the speakers they may stand for. */
  choices: SpeakerChoice[];
}

/** One claim whose source refers back, with the speakers it may stand for, each labelled. */
export interface SpeakerChoice {
  options: (Antecedent & { right: boolean })[];
  /** Whether the rules' own choice is right. */
  rulesRight: boolean;
}

/** The findings the model judges: every candidate outside the blocks that state no claim. */
function judged(findings: ReturnType<typeof findCandidates>): { index: number; a: Attribution }[] {
  return findings.attributions.map((a, index) => ({ index, a })).filter(({ a }) => !inNoClaimBlock(findings.blocks, a));
}

/** Outcomes of a finding that is a claim of the page, whoever it is credited to. */
const IS_CLAIM = new Set(['right', 'wrong speaker', 'no speaker', 'invented speaker']);

/**
 * The train pages, each finding labelled right when it matches a gold claim and names its speaker
 * (lib/eval/pages.ts sameSpeaker): what the reader sees. A claim put in a wrong mouth is labelled
 * wrong: it costs more trust than a claim not shown.
 */
export async function pageDocuments(): Promise<LabelledDocument[]> {
  const out: LabelledDocument[] = [];
  for (const gold of pageGolds('train')) {
    if (DEV_PAGES.has(gold.page)) throw new Error(`${gold.page} is a dev page: never trained on`);
    const path = join(SHARED_PAGES_DIR, gold.page);
    const page = await readSavedPage(readFileSync(path), path);
    const findings = findCandidates(page.text, gold.lang, engineBlocks(page.blocks));
    const kept = judged(findings);
    const views = buildClaims(page.text, kept.map(({ a }) => a));
    const found: FoundClaim[] = views.map((v) => ({ claim: v.claim, source: v.source, entity: v.entity, kind: v.kind }));
    const { outcomes, wrong } = scorePage(gold, found);
    const ctx = featureContext(findings.doc, findings.blocks, findings.attributions);
    const examples: Example[] = [];
    const claim: boolean[] = [];
    const right: boolean[] = [];
    const goldSpeaker = new Map<FoundClaim, string | null>();
    for (const w of wrong) if (w.gold && (w.cls === 'wrong speaker' || w.cls === 'no speaker')) goldSpeaker.set(w.found, w.gold.speaker);
    const choices: SpeakerChoice[] = [];
    kept.forEach(({ index, a }, k) => {
      // A right speaker stands for the gold one: any option naming it is right too.
      const speaker = outcomes[k] === 'right' ? (a.entity.type === 'unnamed' ? null : a.entity.name) : goldSpeaker.get(found[k]);
      if (speaker === undefined || speaker === null) return;
      const options = antecedents(ctx, index);
      if (options.length < 2) return;
      const isRight = (e: Entity) => sameSpeaker(e, speaker);
      choices.push({ options: options.map((o) => ({ ...o, right: isRight(o.entity) })), rulesRight: outcomes[k] === 'right' });
    });
    kept.forEach(({ index }, k) => {
      // A finding of an optional claim is neither right nor wrong: nothing to learn from it.
      if (outcomes[k] === 'optional') return;
      examples.push({ features: candidateFeatures(ctx, index), label: outcomes[k] === 'right' || outcomes[k] === 'no speaker' });
      claim.push(IS_CLAIM.has(outcomes[k]));
      right.push(outcomes[k] === 'right');
    });
    out.push({ name: gold.page, lang: gold.lang, examples, claim, right, gold: gold.claims.filter((c) => !c.optional).length, choices });
  }
  return out;
}

/** GePaDe's train speeches, each finding labelled right when the scorer counts it a claim with its source. */
export async function gepadeDocuments(weight: number): Promise<LabelledDocument[]> {
  const out: LabelledDocument[] = [];
  const path = corpusPath('gepade_de', 'train');
  for await (const { n, bytes } of readLines(createReadStream(path))) {
    const line = decodeUtf8(bytes, path, n);
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as ScoredDocument & { text: string };
    const findings = findCandidates(doc.text, 'de');
    const kept = judged(findings);
    const pred: ScoredAttribution[] = kept.map(({ a }) => ({ cue: a.cue, source: a.source, content: a.content }));
    const gold = doc.attributions ?? [];
    const alignment = align(doc.text, gold, pred);
    const ctx = featureContext(findings.doc, findings.blocks, findings.attributions);
    const examples: Example[] = [];
    const claim: boolean[] = [];
    const right: boolean[] = [];
    kept.forEach(({ index }, k) => {
      const gi = alignment.goldOfPred.get(k);
      if (gi !== undefined && alignment.gold[gi].optional) return;
      const judgement = gi === undefined ? { claim: false, source: false } : judgePair(alignment.pred[k], alignment.gold[gi]);
      examples.push({ features: candidateFeatures(ctx, index), label: judgement.source, weight });
      claim.push(judgement.claim);
      right.push(judgement.source);
    });
    out.push({ name: String(doc.id), lang: 'de', examples, claim, right, gold: gold.filter((g) => !g.optional).length, choices: [] });
  }
  return out;
}

/** Out-of-fold probabilities of one document's findings, with their labels. */
export interface Scored {
  doc: LabelledDocument;
  probabilities: number[];
}

/**
 * K-fold cross-validation over pages: each fold's pages are scored by a model trained on the other
 * pages and on `always` (data that is never held out).
 */
export function crossValidate(pages: LabelledDocument[], always: LabelledDocument[], folds: number, options: TrainOptions): Scored[] {
  const out: Scored[] = [];
  for (let f = 0; f < folds; f++) {
    const held = pages.filter((_, i) => i % folds === f);
    const rest = pages.filter((_, i) => i % folds !== f);
    const model = trainWeights([...rest, ...always].flatMap((d) => d.examples), options);
    for (const doc of held) out.push({ doc, probabilities: doc.examples.map((ex) => probability(model, ex.features)) });
  }
  return out;
}

export interface Operating {
  threshold: number;
  /** Claim precision and recall. */
  p: number;
  r: number;
  /** Claim+speaker precision and recall. */
  speakerP: number;
  speakerR: number;
  kept: number;
}

/** Precision and recall when findings below `threshold` are dropped. */
export function operatingPoint(scored: Scored[], threshold: number): Operating {
  let tp = 0;
  let right = 0;
  let kept = 0;
  let gold = 0;
  for (const { doc, probabilities } of scored) {
    gold += doc.gold;
    doc.examples.forEach((_, i) => {
      if (probabilities[i] < threshold) return;
      kept++;
      if (doc.claim[i]) tp++;
      if (doc.right[i]) right++;
    });
  }
  const share = (n: number, d: number) => (d ? n / d : 1);
  return { threshold, p: share(tp, kept), r: share(tp, gold), speakerP: share(right, kept), speakerR: share(right, gold), kept };
}

/** Thresholds tried: a fixed grid, so that the same data always gives the same choice. */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 48 }, (_, i) => Math.round((i + 1) * 0.02 * 100) / 100);

/** The operating points of the grid, from keeping every finding up: the curve `npm run train` prints. */
export function curve(scored: Scored[]): Operating[] {
  return [operatingPoint(scored, 0), ...THRESHOLD_GRID.map((t) => operatingPoint(scored, t))];
}

/** Chance of at most `k` successes in `n` trials of success chance `p`. */
export function binomialAtMost(k: number, n: number, p: number): number {
  let term = (1 - p) ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term *= ((n - i) / (i + 1)) * (p / (1 - p));
  }
  return Math.min(1, sum);
}

/** Largest chance at which a threshold's dropped findings count as wrong more often than the kept ones by more than luck. */
export const DROP_SIGNIFICANCE = 0.05;

/**
 * Whether the findings a threshold drops are right less often than all findings are, by a binomial
 * test: dropping three findings that happen to be wrong on a few pages is luck, and such a
 * threshold drops right claims elsewhere.
 */
function dropsWrongOnes(all: Operating, op: Operating): boolean {
  const dropped = all.kept - op.kept;
  const droppedRight = Math.round(all.speakerP * all.kept - op.speakerP * op.kept);
  return dropped > 0 && binomialAtMost(droppedRight, dropped, all.speakerP) <= DROP_SIGNIFICANCE;
}

/**
 * The threshold that gives the best claim+speaker precision while keeping at least `minRecallShare`
 * of both the claim and the claim+speaker recall of keeping every finding (cross-validated): a quote
 * in the wrong mouth costs a reader's trust, but the claims found today must stay found, also those
 * whose speaker we resolve wrongly (their source mention is still right, and the next resolver may
 * name the speaker); and only when what it drops is wrong more often than luck would make it.
 */
export function bestThreshold(scored: Scored[], minRecallShare: number): Operating {
  const points = curve(scored);
  const all = points[0];
  let best = all;
  for (const op of points) {
    const keeps = op.r >= all.r * minRecallShare - 1e-9 && op.speakerR >= all.speakerR * minRecallShare - 1e-9;
    if (keeps && op.speakerP > best.speakerP + 1e-9 && dropsWrongOnes(all, op)) best = op;
  }
  return best;
}

/** Examples for the speaker model: each option of each choice, labelled by whether it names the gold speaker. */
export const speakerExamples = (docs: readonly LabelledDocument[]): Example[] =>
  docs.flatMap((d) => d.choices.flatMap((c) => c.options.map((o) => ({ features: o.features, label: o.right }))));

/** Per margin, how many choices the rules get right and how many the speaker model does (cross-validated), and how often it switches. */
export interface ChoiceOutcome {
  margin: number;
  choices: number;
  rules: number;
  model: number;
  switched: number;
  /** Switches that make a wrong speaker right, and that make a right one wrong. */
  wins: number;
  losses: number;
}

/** Margins tried: how much the model's favourite must beat the rules' choice to replace it (1: never). */
export const MARGIN_GRID: readonly number[] = [0, 0.1, 0.2, 0.3, 0.5, 1];

/**
 * K-fold cross-validation of the speaker model over pages (both languages, as the shipped model is
 * trained): how its choices on `lang`'s held-out pages fare against the rules' at each margin.
 */
export function crossValidateChoices(pages: LabelledDocument[], lang: Lang, folds: number, options: TrainOptions): ChoiceOutcome[] {
  const out = MARGIN_GRID.map((margin) => ({ margin, choices: 0, rules: 0, model: 0, switched: 0, wins: 0, losses: 0 }));
  for (let f = 0; f < folds; f++) {
    const model = trainWeights(speakerExamples(pages.filter((_, i) => i % folds !== f)), options);
    for (const doc of pages.filter((d, i) => i % folds === f && d.lang === lang)) {
      for (const choice of doc.choices) {
        const scores = choice.options.map((o) => probability(model, o.features));
        let best = 0;
        scores.forEach((s, i) => {
          if (s > scores[best]) best = i;
        });
        const rules = choice.options.findIndex((o) => o.rules);
        for (const o of out) {
          const use = scores[best] - ruleScore(scores, rules) > o.margin ? best : rules;
          o.choices++;
          if (choice.rulesRight) o.rules++;
          if (use === rules ? choice.rulesRight : choice.options[use].right) o.model++;
          if (use === rules) continue;
          o.switched++;
          const right = choice.options[use].right;
          if (right && !choice.rulesRight) o.wins++;
          if (!right && choice.rulesRight) o.losses++;
        }
      }
    }
  }
  return out;
}

/** One-sided sign test: the chance of at least `wins` wins in `wins + losses` fair coin tosses. */
export function signTest(wins: number, losses: number): number {
  const n = wins + losses;
  let p = 0;
  let c = 1;
  for (let k = 0; k <= n; k++) {
    if (k >= wins) p += c;
    c = (c * (n - k)) / (k + 1);
  }
  return n ? p / 2 ** n : 1;
}

/** Largest sign-test chance at which the model's switches count as better than the rules', not luck. */
export const CHOICE_SIGNIFICANCE = 0.05;

/**
 * The margin whose choices are right most often, among those whose switches beat the rules' choice
 * by a sign test (wins against losses, at CHOICE_SIGNIFICANCE): on a few pages, a gain of two or
 * three claims is luck. Ties go to the larger margin, which switches less; none passing keeps the
 * rules' choice (margin 1).
 */
export function bestMargin(outcomes: readonly ChoiceOutcome[]): ChoiceOutcome {
  let best = outcomes[outcomes.length - 1];
  for (const o of outcomes) {
    if (signTest(o.wins, o.losses) > CHOICE_SIGNIFICANCE) continue;
    if (o.model > best.model || (o.model === best.model && o.margin > best.margin)) best = o;
  }
  return best;
}
