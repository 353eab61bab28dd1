/**
 * Regression floors on the shared dev corpora, scored by lib/eval/score.ts (which agrees with
 * score.py, see score.test.ts). Raise a floor when the rules get better; never lower one to make
 * a change pass without saying why in the commit.
 */
import { describe, expect, it } from 'vitest';
import { corpusPath, runCorpus, sharedAvailable, type Corpus } from '../lib/eval/corpora';
import { score } from '../lib/eval/score';

/**
 * F1 floors, a little below the values measured when they were last set.
 * Last measured on dev: wikinews_de claim 0.708, claim+source 0.565, content 0.695;
 * polnear_en 0.684, 0.634, 0.768; gepade_de 0.185, 0.121, 0.387.
 */
const FLOORS: Record<Corpus, { claim: number; claimSource: number; content: number }> = {
  wikinews_de: { claim: 0.69, claimSource: 0.55, content: 0.68 },
  polnear_en: { claim: 0.67, claimSource: 0.62, content: 0.75 },
  gepade_de: { claim: 0.16, claimSource: 0.11, content: 0.36 },
};

const shared = sharedAvailable();
if (!shared) console.log('skipped: ../shared not found');

describe.runIf(shared)('dev corpora stay above their floors', () => {
  for (const [corpus, floor] of Object.entries(FLOORS) as [Corpus, (typeof FLOORS)[Corpus]][]) {
    it(corpus, async () => {
      const run = await runCorpus(corpusPath(corpus, 'dev'));
      const result = score(run.gold, run.pred);
      expect(result.missing_predictions).toBe(0);
      expect(result.claim.f1).toBeGreaterThanOrEqual(floor.claim);
      expect(result.claim_source.f1).toBeGreaterThanOrEqual(floor.claimSource);
      expect(result.roles.content.f1).toBeGreaterThanOrEqual(floor.content);
    });
  }
});
