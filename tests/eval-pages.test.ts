/**
 * The real-page scorer (lib/eval/pages.ts) on hand-made cases: how found claims match gold claims,
 * when a speaker counts as right, and how wrong claims are classed.
 */
import { describe, expect, it } from 'vitest';
import { sameSpeaker, scorePage, type FoundClaim, type GoldClaim, type PageGold } from '../lib/eval/pages';

const gold = (claims: Partial<GoldClaim>[]): PageGold => ({
  page: 'en/example.html',
  lang: 'en',
  complete: true,
  notes: '',
  claims: claims.map((c) => ({ content: '', source: null, speaker: null, cue: 'said', kind: 'indirect', optional: false, ...c })),
});

const found = (claim: string, name: string, type: FoundClaim['entity']['type'] = 'person'): FoundClaim => ({
  claim,
  source: name,
  entity: { name, type },
  kind: 'indirect',
});

const PAGE = gold([
  { content: 'the talks would resume on Monday in Geneva', source: 'Lavrov', speaker: 'Sergei Lavrov' },
  { content: 'I just want to be able to perform my own music', content_more: ["That's it. I've tried to work this out privately"], source: 'she', speaker: 'Taylor Swift', kind: 'direct' },
  { content: 'the decision was taken without consultation', source: null, speaker: null, kind: 'unnamed' },
  { content: 'she hopes for a quick end to the dispute', source: 'she', speaker: 'Taylor Swift', optional: true },
]);

describe('scorePage', () => {
  it('counts a claim with most of the gold words and the named speaker as right', () => {
    const s = scorePage(PAGE, [found('the talks would resume on Monday', 'Lavrov')]);
    expect(s.claim).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(s.speaker).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(s.wrong).toEqual([]);
  });

  it('matches any part of a quote split around its cue, and counts a second part as a duplicate', () => {
    const s = scorePage(PAGE, [
      found('"I just want to be able to perform my own music,"', 'Taylor Swift'),
      found('"That\'s it. I\'ve tried to work this out privately"', 'Taylor Swift'),
    ]);
    expect(s.claim.tp).toBe(1);
    expect(s.wrong.map((w) => w.cls)).toEqual(['duplicate']);
  });

  it('classes speaker errors: wrong, invented and missing', () => {
    const s = scorePage(PAGE, [
      found('the talks would resume on Monday in Geneva', 'US Congress', 'organisation'),
      found('the decision was taken without consultation', 'Lavrov'),
      found('I just want to be able to perform my own music', '', 'unnamed'),
    ]);
    expect(s.claim).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.speaker).toEqual({ tp: 0, fp: 3, fn: 3 });
    expect(s.wrong.map((w) => w.cls)).toEqual(['wrong speaker', 'invented speaker', 'no speaker']);
  });

  it('holds neither a finding of an optional claim nor its absence against the page', () => {
    const s = scorePage(PAGE, [found('she hopes for a quick end to the dispute', 'Taylor Swift')]);
    expect(s.claim).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(s.missed.map((g) => g.speaker)).toEqual(['Sergei Lavrov', 'Taylor Swift', null]);
  });

  it('classes the author\'s text as no claim and a scrap of a claim as a fragment', () => {
    const s = scorePage(PAGE, [found('Geneva is a city in Switzerland', 'Lavrov'), found('on Monday', 'Lavrov')]);
    expect(s.claim).toEqual({ tp: 0, fp: 2, fn: 3 });
    expect(s.wrong.map((w) => w.cls)).toEqual(['no claim', 'fragment']);
  });
});

describe('sameSpeaker', () => {
  it.each([
    ['Trump', 'Donald Trump', true],
    ['Präsident Donald Trump', 'Donald Trump', true],
    ['Mr. Trump', 'Donald Trump', true],
    ['Staatsmedien auf beiden Seiten', 'Staatsmedien', true],
    ['ATU-Organisator Gutierrez', 'Antonio Gutierrez', true],
    ['Europäischen Rechnungshof', 'Europäischer Rechnungshof', true],
    ["Trump's advisers", 'Donald Trump', false],
    ['Loriot Cartoon', 'Vicco von Bülow (Loriot)', false],
    ['US Congress', 'Donald Trump', false],
    ['the', 'Donald Trump', false],
  ])('%s names %s: %s', (name, speaker, expected) => {
    expect(sameSpeaker({ name, type: 'person' }, speaker)).toBe(expected);
  });

  it('takes unnamed for unnamed only', () => {
    expect(sameSpeaker({ name: '', type: 'unnamed' }, null)).toBe(true);
    expect(sameSpeaker({ name: 'Lavrov', type: 'person' }, null)).toBe(false);
    expect(sameSpeaker({ name: '', type: 'unnamed' }, 'Lavrov')).toBe(false);
  });
});
