/**
 * The learned layer: features of findings, the logistic regression that weighs them, the weights
 * file's checks, and the block structure the engine judges findings by.
 */
import { describe, expect, it } from 'vitest';
import { extract, findCandidates } from '../lib/engine';
import { candidateFeatures, featureContext } from '../lib/engine/features';
import { textBlocks } from '../lib/engine/layout';
import { ModelError, parseModel, probability, trainWeights, type Example } from '../lib/engine/model';
import { antecedents, chooseSpeaker } from '../lib/engine/speaker-choice';
import type { TextBlock } from '../lib/engine/types';
import WEIGHTS from '../lib/engine/weights.json';
import SPEAKER_WEIGHTS from '../lib/engine/speaker-weights.json';
import { bestMargin, bestThreshold, binomialAtMost, signTest, type ChoiceOutcome, type LabelledDocument, type Scored } from '../lib/eval/training';

const featuresOf = (text: string, blocks?: TextBlock[]) => {
  const f = findCandidates(text, 'en', blocks);
  const ctx = featureContext(f.doc, f.blocks, f.attributions);
  return f.attributions.map((_, i) => candidateFeatures(ctx, i));
};

describe('trainWeights', () => {
  // Separable: `good` always marks a right finding, `bad` a wrong one; `noise` says nothing.
  const examples: Example[] = [
    { features: ['good', 'noise'], label: true },
    { features: ['good'], label: true },
    { features: ['bad', 'noise'], label: false },
    { features: ['bad'], label: false },
  ];

  it('learns separable data: a positive weight for the right feature, a negative for the wrong', () => {
    const model = trainWeights(examples, { epochs: 50, l2: 0, learningRate: 0.5 });
    expect(model.weights.good).toBeGreaterThan(1);
    expect(model.weights.bad).toBeLessThan(-1);
    expect(Math.abs(model.weights.noise ?? 0)).toBeLessThan(Math.abs(model.weights.good));
    expect(probability(model, ['good'])).toBeGreaterThan(0.8);
    expect(probability(model, ['bad'])).toBeLessThan(0.2);
  });

  it('is deterministic: the same examples give the same weights', () => {
    const a = trainWeights(examples, { epochs: 20 });
    const b = trainWeights(examples, { epochs: 20 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives an unseen feature no weight', () => {
    const model = trainWeights(examples);
    expect(probability(model, ['never-seen'])).toBe(probability(model, []));
  });
});

describe('parseModel', () => {
  const valid = { about: 'fixture', bias: 0.5, weights: { a: 1 }, threshold: { de: 0.3, en: 0.4 } };

  it('reads the shipped weights, which say what they were trained on', () => {
    const model = parseModel(WEIGHTS);
    expect(model.about).toMatch(/train/i);
    expect(parseModel(SPEAKER_WEIGHTS).about).toMatch(/train/i);
  });

  it.each([
    ['not an object', [], /not a JSON object/],
    ['no about', { ...valid, about: '' }, /"about"/],
    ['a string bias', { ...valid, bias: '1' }, /"bias"/],
    ['a weight that is not a number', { ...valid, weights: { a: 'x' } }, /weight of "a"/],
    ['an infinite weight', { ...valid, weights: { a: Infinity } }, /weight of "a"/],
    ['a missing threshold', { ...valid, threshold: { de: 0.3 } }, /threshold\.en/],
    ['a threshold above 1', { ...valid, threshold: { de: 2, en: 0.3 } }, /threshold\.de/],
  ])('fails with a clear error on %s', (_, value, message) => {
    expect(() => parseModel(value, 'weights.json')).toThrow(ModelError);
    expect(() => parseModel(value, 'weights.json')).toThrow(message);
  });

  it('accepts a well-formed file', () => {
    expect(parseModel(valid).threshold).toEqual({ de: 0.3, en: 0.4 });
  });
});

describe('candidateFeatures', () => {
  it('names the cue, the source shape, the kind and the block of a finding', () => {
    const [f] = featuresOf('The mayor said the bridge would reopen on Monday.');
    expect(f).toEqual(expect.arrayContaining(['lang:en', 'cue:said', 'cueclass:say', 'src:det-noun', 'kind:indirect', 'block:paragraph']));
  });

  it('tells a pronoun source and a quote-opening claim', () => {
    const text = 'Anna Berg chairs the board.\n"We will not sell the company," she said.';
    const fs = featuresOf(text);
    const f = fs[fs.length - 1];
    expect(f).toEqual(expect.arrayContaining(['src:pronoun', 'content-opens-quote', 'kind:direct', 'cue-after']));
  });

  it('takes the block kind from the page and marks the same claim found twice', () => {
    const text = '"Prices will fall," Smith said. "Prices will fall," Smith said.';
    const [, second] = featuresOf(text, [{ start: 0, end: text.length, kind: 'list-item' }]);
    expect(second).toEqual(expect.arrayContaining(['block:list-item']));
  });
});

describe('speaker features', () => {
  it('tell a speaker named in the finding\'s own sentence from one named sentences before', () => {
    const text = 'Tom Hale runs the plant. Anna Berg said costs were high. The plant is old. "We will not sell," he said.';
    const fs = featuresOf(text);
    const f = fs[fs.length - 1];
    expect(f).toEqual(expect.arrayContaining(['spk-dist:<=3', 'spk-dist:<=3|src:pronoun']));
    expect(f.some((x) => /^spk-compete:.*\|src:pronoun$/.test(x))).toBe(true);
    const [named] = featuresOf('Anna Berg said the plant would stay.');
    expect(named).toEqual(expect.arrayContaining(['spk-dist:0|src:name']));
  });
});

describe('speaker choice', () => {
  const text = 'Anna Berg chairs the board. "Costs are high," said Tom Hale. Berg spoke next. "We will not sell," she said.';
  const setup = () => {
    const f = findCandidates(text, 'en');
    return { ctx: featureContext(f.doc, f.blocks, f.attributions), index: f.attributions.length - 1 };
  };

  it('offers every speaker named before a pronoun, the most recent first, with the rules\' choice among them', () => {
    const { ctx, index } = setup();
    const options = antecedents(ctx, index);
    expect(options.map((o) => o.entity.name)).toEqual(['Anna Berg', 'Tom Hale']);
    expect(options.some((o) => o.rules)).toBe(true);
    expect(options[0].features).toEqual(expect.arrayContaining(['rank:<=0', 'gender:agrees']));
    expect(options[1].features).toEqual(expect.arrayContaining(['gender:clashes']));
  });

  it('offers nothing for a source that names its speaker', () => {
    const { ctx } = setup();
    expect(antecedents(ctx, 0)).toEqual([]);
  });

  it('replaces the rules\' choice only when the model prefers another by more than the margin', () => {
    const { ctx, index } = setup();
    const own = ctx.attributions[index].entity.name;
    const preferClash = { about: 'fixture', bias: 0, weights: { 'gender:clashes': 4 }, threshold: { de: 1, en: 0.2 } };
    expect(chooseSpeaker(ctx, index, preferClash).name).toBe('Tom Hale');
    expect(chooseSpeaker(ctx, index, { ...preferClash, threshold: { de: 1, en: 1 } }).name).toBe(own);
  });
});

describe('threshold and margin policy', () => {
  const doc = (right: boolean[]): LabelledDocument => ({
    name: 'fixture', lang: 'en', gold: 4, claim: right, right, choices: [],
    examples: right.map((label) => ({ features: [], label })),
  });

  it('picks the threshold of best claim+speaker precision that keeps the stated share of recall', () => {
    // Ten right findings the model is sure of, one right and eight wrong ones it doubts (0.2), one right at 0.5.
    const right = [...Array(10).fill(true), true, ...Array(8).fill(false), true];
    const probabilities = [...Array(10).fill(0.9), 0.2, ...Array(8).fill(0.2), 0.5];
    const scored: Scored[] = [{ doc: { ...doc(right), gold: 12 }, probabilities }];
    const all = bestThreshold(scored, 1);
    expect(all.threshold).toBe(0);
    // Giving up a twelfth of the recall drops the nine doubted findings: eight wrong of nine is no luck.
    const picked = bestThreshold(scored, 0.9);
    expect(picked.threshold).toBe(0.22);
    expect(picked.speakerP).toBe(1);
  });

  it('takes no threshold whose dropped findings are wrong by luck only', () => {
    const scored: Scored[] = [{ doc: doc([true, true, true, false, false]), probabilities: [0.9, 0.8, 0.7, 0.25, 0.5] }];
    expect(bestThreshold(scored, 1).threshold).toBe(0);
    expect(binomialAtMost(0, 2, 0.6)).toBeCloseTo(0.16);
  });

  it('takes a margin only when its switches beat the rules by a sign test', () => {
    expect(signTest(3, 0)).toBe(0.125);
    expect(signTest(5, 0)).toBeCloseTo(0.03125);
    expect(signTest(0, 0)).toBe(1);
    const o = (margin: number, model: number, wins: number, losses: number): ChoiceOutcome => ({ margin, choices: 10, rules: 5, model, switched: wins + losses, wins, losses });
    expect(bestMargin([o(0, 8, 3, 0), o(1, 5, 0, 0)]).margin).toBe(1);
    expect(bestMargin([o(0, 10, 6, 1), o(0.2, 10, 5, 0), o(1, 5, 0, 0)]).margin).toBe(0.2);
  });
});

describe('block structure', () => {
  const text = 'Minister says taxes will rise\nThe minister said taxes would rise next year.';
  const blocks = [
    { start: 0, end: 29, kind: 'heading' as const },
    { start: 30, end: text.length, kind: 'paragraph' as const },
  ];

  it('reads plain text line by line, each line a paragraph', () => {
    expect(textBlocks('One.\n\nTwo.', undefined)).toEqual([
      { start: 0, end: 4, kind: 'paragraph' },
      { start: 6, end: 10, kind: 'paragraph' },
    ]);
  });

  it('drops malformed blocks a page hands over rather than trusting them', () => {
    const bad = [
      { start: 5, end: 2, kind: 'heading' },
      { start: 0, end: 10, kind: 'banner' },
      { start: 1.5, end: 3, kind: 'paragraph' },
      { start: 0, end: 99, kind: 'paragraph' },
    ] as never;
    expect(textBlocks('short text', bad)).toEqual([{ start: 0, end: 10, kind: 'paragraph' }]);
  });

  it('finds no claim in a heading the page marks as one', () => {
    const withBlocks = extract(text, { lang: 'en', blocks }).attributions.map((a) => text.slice(a.content[0][0], a.content[0][1]));
    expect(withBlocks.some((c) => c.includes('would rise next year'))).toBe(true);
    expect(withBlocks.some((c) => c.includes('will rise') && !c.includes('next year'))).toBe(false);
  });
});
