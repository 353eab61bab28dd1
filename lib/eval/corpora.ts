/**
 * The shared evaluation corpora (../shared/eval/data/<corpus>/<split>.jsonl) run through the
 * engine on the same line-by-line path as `npm run extract -- file.jsonl`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, parseDocumentLine, predict, readLines, type PredictionLine } from './documents';
import { documentKey, type ScoredDocument } from './score';

export const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** Read-only data next to the repository; absent on a plain clone. */
export const SHARED_DIR = resolve(REPO_DIR, '../shared');
export const SCORE_PY = join(SHARED_DIR, 'eval/score.py');
export const CORPORA = ['wikinews_de', 'polnear_en', 'gepade_de'] as const;
export type Corpus = (typeof CORPORA)[number];
export type Split = 'dev' | 'train';

export const sharedAvailable = (): boolean => existsSync(SCORE_PY);
export const corpusPath = (corpus: Corpus, split: Split): string => join(SHARED_DIR, 'eval/data', corpus, `${split}.jsonl`);

export interface CorpusRun {
  /** Gold documents by `documentKey(id)`, as the scorer reads them. */
  gold: Map<string, ScoredDocument>;
  /** Predictions by `documentKey(id)`, in input order. */
  pred: Map<string, PredictionLine>;
  /** Characters of text the engine read. */
  chars: number;
  /** Milliseconds the engine spent on them (reading and parsing excluded). */
  ms: number;
}

/** Runs the engine over every document of a corpus file. */
export async function runCorpus(path: string): Promise<CorpusRun> {
  const gold = new Map<string, ScoredDocument>();
  const pred = new Map<string, PredictionLine>();
  let chars = 0;
  let ms = 0;
  for await (const { n, bytes } of readLines(createReadStream(path))) {
    const line = decodeUtf8(bytes, path, n);
    const doc = parseDocumentLine(line, path, n);
    if (!doc) continue;
    const key = documentKey(doc.id);
    gold.set(key, JSON.parse(line) as ScoredDocument);
    const t0 = performance.now();
    pred.set(key, predict(doc, 'auto'));
    ms += performance.now() - t0;
    chars += doc.text.length;
  }
  return { gold, pred, chars, ms };
}

/** Predictions as JSONL text, one line per document, for score.py. */
export const predictionJsonl = (pred: Map<string, PredictionLine>): string =>
  [...pred.values()].map((p) => `${JSON.stringify(p)}\n`).join('');
