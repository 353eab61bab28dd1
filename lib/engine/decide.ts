import type { Doc } from './doc';
import { candidateFeatures, featureContext } from './features';
import { blockIndexAt } from './layout';
import { probability, type Model } from './model';
import { chooseSpeaker } from './speaker-choice';
import type { Attribution, TextBlock } from './types';

/** Block kinds that state no claim of their own: a heading sums up the article in the author's words. */
const NO_CLAIM_BLOCKS: ReadonlySet<TextBlock['kind']> = new Set(['heading', 'caption']);

/** Whether a finding's claim starts in a heading (or another block that states no claim). */
export function inNoClaimBlock(blocks: readonly TextBlock[], a: Attribution): boolean {
  const at = a.content[0]?.[0];
  if (at === undefined) return false;
  const block = blocks[blockIndexAt(blocks, at)];
  return !!block && NO_CLAIM_BLOCKS.has(block.kind);
}

/**
 * Keeps the findings the model judges to be claims with their right speaker: those outside
 * headings whose probability reaches the language's threshold. Where a kept finding's source is a
 * pronoun or role noun and a speaker model is given, that model may choose another of the speakers
 * named before. The rules find; this decides.
 */
export function decide(doc: Doc, blocks: readonly TextBlock[], attributions: readonly Attribution[], model: Model, speakers?: Model): Attribution[] {
  if (attributions.length === 0) return [];
  const ctx = featureContext(doc, blocks, attributions);
  const threshold = model.threshold[doc.lang];
  const out: Attribution[] = [];
  attributions.forEach((a, i) => {
    if (inNoClaimBlock(blocks, a) || probability(model, candidateFeatures(ctx, i)) < threshold) return;
    const entity = speakers ? chooseSpeaker(ctx, i, speakers) : a.entity;
    out.push(entity === a.entity ? a : { ...a, entity });
  });
  return out;
}
