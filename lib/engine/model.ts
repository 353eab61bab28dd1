import type { Features } from './features';
import type { Lang } from './types';

/**
 * A logistic regression over named binary features: the probability that a finding is a claim
 * with its right speaker. Plain numbers in a JSON file (lib/engine/weights.json), rebuilt by
 * `npm run train`.
 */
export interface Model {
  /** What the weights were trained on, and how: shipped weights say where they come from. */
  about: string;
  bias: number;
  weights: Record<string, number>;
  /** Per language, the least probability at which a finding is kept. */
  threshold: Record<Lang, number>;
}

export class ModelError extends Error {}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A weights file, checked: a clear error says what is wrong rather than a model that decides nonsense. */
export function parseModel(value: unknown, name = 'weights'): Model {
  if (!isRecord(value)) throw new ModelError(`${name}: not a JSON object`);
  const { about, bias, weights, threshold } = value;
  if (typeof about !== 'string' || !about.trim()) throw new ModelError(`${name}: "about" must say what the weights were trained on`);
  if (!isNumber(bias)) throw new ModelError(`${name}: "bias" must be a finite number`);
  if (!isRecord(weights)) throw new ModelError(`${name}: "weights" must be an object of feature names to numbers`);
  for (const [feature, w] of Object.entries(weights)) {
    if (!isNumber(w)) throw new ModelError(`${name}: weight of "${feature}" is not a finite number`);
  }
  if (!isRecord(threshold)) throw new ModelError(`${name}: "threshold" must give one number per language (de, en)`);
  for (const lang of ['de', 'en'] as const) {
    const t = threshold[lang];
    if (!isNumber(t) || t < 0 || t > 1) throw new ModelError(`${name}: threshold.${lang} must be a number from 0 to 1`);
  }
  return {
    about,
    bias,
    weights: weights as Record<string, number>,
    threshold: { de: threshold.de as number, en: threshold.en as number },
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that the finding with these features is right. */
export function probability(model: Pick<Model, 'bias' | 'weights'>, features: Features): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export interface Example {
  features: Features;
  label: boolean;
  /** How much the example counts (1 unless one source of training data should weigh less). */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per example and step. */
  l2?: number;
  learningRate?: number;
}

/**
 * Fits weights by stochastic gradient descent on the log loss, visiting the examples in a fixed
 * pseudo-random order: the same examples always give the same weights.
 */
export function trainWeights(examples: readonly Example[], options: TrainOptions = {}): Pick<Model, 'bias' | 'weights'> {
  const { epochs = 30, l2 = 1e-4, learningRate = 0.1 } = options;
  const index = new Map<string, number>();
  const rows = examples.map((ex) => [...new Set(ex.features)].sort().map((f) => {
    let i = index.get(f);
    if (i === undefined) index.set(f, (i = index.size));
    return i;
  }));
  const w = new Float64Array(index.size);
  let bias = 0;
  const order = examples.map((_, i) => i);
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = learningRate / (1 + epoch * 0.1);
    for (const k of order) {
      const row = rows[k];
      let z = bias;
      for (const f of row) z += w[f];
      const gradient = ((examples[k].label ? 1 : 0) - sigmoid(z)) * (examples[k].weight ?? 1);
      bias += rate * gradient;
      for (const f of row) w[f] += rate * (gradient - l2 * w[f]);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    // Four decimals keep the file small and its diffs readable; a weight that rounds to 0 is left out.
    const rounded = Math.round(w[i] * 1e4) / 1e4;
    if (rounded !== 0) weights[f] = rounded;
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}
