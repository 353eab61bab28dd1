/**
 * `npm run train`: rebuilds lib/engine/weights.json, the model that decides which of the rules'
 * findings are claims with their right speaker. Deterministic: the same data gives the same file.
 *
 * Trained on the TRAIN pages of tests/golden (our own annotations) and GePaDe's train split
 * (../shared/eval/data/gepade_de, CC0). Never on the dev pages, never on Wikinews or PolNeAR
 * (their licences forbid shipping what is derived from them). Each language's threshold is set by
 * cross-validation over the train pages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainWeights, type Model, type TrainOptions } from '../lib/engine/model';
import type { Lang } from '../lib/engine/types';
import { REPO_DIR, sharedAvailable } from '../lib/eval/corpora';
import { bestMargin, bestThreshold, signTest, crossValidate, crossValidateChoices, curve, gepadeDocuments, pageDocuments, speakerExamples, type Operating } from '../lib/eval/training';

const WEIGHTS_PATH = join(REPO_DIR, 'lib/engine/weights.json');
const SPEAKER_WEIGHTS_PATH = join(REPO_DIR, 'lib/engine/speaker-weights.json');
const OPTIONS: TrainOptions = { epochs: 30, l2: 1e-2, learningRate: 0.05 };
/** GePaDe is parliamentary speech, not news: each of its findings counts less than a page's. */
const GEPADE_WEIGHT = 0.3;
const FOLDS = 5;
/** Share of the rules' claim and claim+speaker recall (cross-validated over the train pages) that a threshold must keep. */
const MIN_RECALL_SHARE = 1;

const fmt = (x: number) => x.toFixed(3);

async function main(): Promise<number> {
  if (!sharedAvailable()) {
    console.log('skipped: ../shared not found');
    return 0;
  }
  const pages = await pageDocuments();
  const gepade = await gepadeDocuments(GEPADE_WEIGHT);
  const count = (docs: typeof pages) => docs.reduce((n, d) => n + d.examples.length, 0);
  const positives = (docs: typeof pages) => docs.reduce((n, d) => n + d.examples.filter((e) => e.label).length, 0);
  console.log(`train pages   ${pages.length} pages, ${count(pages)} findings (${positives(pages)} right)`);
  console.log(`gepade train  ${gepade.length} speeches, ${count(gepade)} findings (${positives(gepade)} right), weight ${GEPADE_WEIGHT}`);
  const scored = crossValidate(pages, gepade, FOLDS, OPTIONS);
  const threshold: Record<Lang, number> = { de: 0, en: 0 };
  for (const lang of ['de', 'en'] as const) {
    const of = scored.filter((s) => s.doc.lang === lang);
    if (!of.length) {
      console.log(`${lang}            no train pages: threshold 0 (keeps every finding)`);
      continue;
    }
    const best = bestThreshold(of, MIN_RECALL_SHARE);
    threshold[lang] = best.threshold;
    const line = (o: Operating) => `${o.threshold.toFixed(2)}  ${String(o.kept).padStart(4)}  ${fmt(o.p)} ${fmt(o.r)}   ${fmt(o.speakerP)} ${fmt(o.speakerR)}`;
    console.log(`${lang} (${FOLDS}-fold cross-validation over ${of.length} train pages)`);
    console.log('  threshold  kept  claim P R       claim+speaker P R');
    let previous = -1;
    for (const op of curve(of)) {
      // One line per change in what is kept: the curve without its flat stretches.
      if (op.kept === previous) continue;
      previous = op.kept;
      console.log(`  ${line(op)}${op.threshold === best.threshold ? '   <- chosen' : ''}`);
    }
  }
  const fitted = trainWeights([...pages, ...gepade].flatMap((d) => d.examples), OPTIONS);
  const model: Model = {
    about:
      `Logistic regression over the rules' findings (lib/engine/features.ts): is the finding a claim of the page with its right speaker? Rebuilt by npm run train. Trained on ` +
      `${pages.length} train pages of tests/golden (our own annotations; dev pages held out) and GePaDe train ` +
      `(umanlp/spkatt, CC0 1.0, weight ${GEPADE_WEIGHT}); never on Wikinews or PolNeAR. Thresholds by ${FOLDS}-fold ` +
      `cross-validation over the train pages (best claim+speaker precision that keeps ${MIN_RECALL_SHARE * 100} % of the rules' claim and claim+speaker recall).`,
    bias: fitted.bias,
    weights: fitted.weights,
    threshold,
  };
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${WEIGHTS_PATH}: ${Object.keys(model.weights).length} weights`);
  writeSpeakerModel(pages);
  return 0;
}

/**
 * The speaker model: for a claim whose source is a pronoun or role noun, which of the speakers named
 * before it stands for. Its margin per language is the one whose cross-validated choices are right
 * most often; a margin of 1 keeps the rules' choice always.
 */
function writeSpeakerModel(pages: Awaited<ReturnType<typeof pageDocuments>>): void {
  const margin: Record<Lang, number> = { de: 1, en: 1 };
  for (const lang of ['de', 'en'] as const) {
    const outcomes = crossValidateChoices(pages, lang, FOLDS, OPTIONS);
    const best = bestMargin(outcomes);
    margin[lang] = best.margin;
    console.log(`${lang} speaker choice (${FOLDS}-fold cross-validation, ${outcomes[0].choices} claims whose source refers back)`);
    console.log('  margin  rules right  model right  switched  wins  losses  sign test');
    for (const o of outcomes) {
      const chosen = o.margin === best.margin ? '   <- chosen' : '';
      const counts = [o.rules, o.model, o.switched, o.wins, o.losses].map((n, i) => String(n).padStart([5, 12, 10, 6, 7][i])).join('');
      console.log(`  ${o.margin.toFixed(2)}  ${counts}     ${signTest(o.wins, o.losses).toFixed(3)}${chosen}`);
    }
  }
  const fitted = trainWeights(speakerExamples(pages), OPTIONS);
  const model: Model = {
    about:
      `Logistic regression over the speakers a pronoun or role noun may stand for (lib/engine/speaker-choice.ts): does this one name the claim's speaker? Rebuilt by npm run train. ` +
      `Trained on ${pages.length} train pages of tests/golden (our own annotations; dev pages held out); never on Wikinews or PolNeAR. ` +
      `"threshold" is, per language, how much its favourite must beat the rules' choice to replace it, set by ${FOLDS}-fold cross-validation over the train pages (1: never).`,
    bias: fitted.bias,
    weights: fitted.weights,
    threshold: margin,
  };
  writeFileSync(SPEAKER_WEIGHTS_PATH, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${SPEAKER_WEIGHTS_PATH}: ${Object.keys(model.weights).length} weights`);
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    console.error(`train: ${(err as Error)?.message ?? err}`);
    process.exitCode = 1;
  },
);
