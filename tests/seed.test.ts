import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type Attribution, type Span } from '../lib/engine';

const SEED = 'seeds/000_e810e4ad3495eada';
const text = readFileSync(`${SEED}.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')) as {
  lang: 'de';
  must: { source: string | null; entity: string | null; cue: string[]; claim: string }[];
  none: string[];
};
const result = extract(text);

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const joined = (spans: Span[]) => spans.map(([s, e]) => text.slice(s, e)).join(' ');
const cueWords = (a: Attribution) => a.cue.map(([s, e]) => text.slice(s, e).toLowerCase());

/** The acceptance rule of the seed gold file: same cue words, overlapping source, half the claim's words. */
function matches(a: Attribution, g: (typeof gold.must)[number]): boolean {
  if (cueWords(a).join(' ') !== g.cue.join(' ').toLowerCase()) return false;
  const source = joined(a.source);
  if (g.source === null ? a.source.length > 0 : !words(source).some((w) => words(g.source!).includes(w))) return false;
  const claim = new Set(words(joined(a.content)));
  const goldWords = words(g.claim);
  return goldWords.filter((w) => claim.has(w)).length * 2 >= goldWords.length;
}

describe('seed article', () => {
  it('is read as German', () => {
    expect(result.lang).toBe('de');
  });

  it.each(gold.must.map((g) => [`${g.cue.join(' … ')} (${g.source ?? 'unnamed'})`, g] as const))(
    'finds %s with the right entity',
    (_, g) => {
      const found = result.attributions.filter((a) => matches(a, g));
      expect(found, `no attribution matches ${JSON.stringify(g)}`).not.toHaveLength(0);
      const entity = found[0].entity;
      if (g.entity === null) expect(entity.type).toBe('unnamed');
      else expect(entity.name).toBe(g.entity);
    },
  );

  it('reports nothing in the sentence that holds no attribution', () => {
    for (const sentence of gold.none) {
      const s = text.indexOf(sentence);
      expect(s).toBeGreaterThanOrEqual(0);
      const e = s + sentence.length;
      const inside = result.attributions.filter((a) => [...a.cue, ...a.content, ...a.source].some(([as, ae]) => as < e && s < ae));
      expect(inside).toEqual([]);
    }
  });
});
