import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import type { EntityType, Kind } from '../lib/engine/types';
import type { ClaimView } from '../lib/messages';
import { buildClaims, UNNAMED_KEY } from '../lib/page/claims';
import { countsLine, matchesFilter, sourceProfile } from '../lib/profile';

const SEED = new URL('../seeds/000_e810e4ad3495eada', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')) as {
  must: { entity: string | null; kind: Kind; claim: string; source: string | null }[];
};

/** Speaker types of the seed's speakers, by reading the article (the gold file names the speakers only). */
const GOLD_TYPES: Record<string, EntityType> = {
  'Xi Jinping': 'person',
  'Donald Trump': 'person',
  'Wladimir Putin': 'person',
  Ushakov: 'person',
  'Staatsmedien auf beiden Seiten': 'media',
  'Chinesische Staatsmedien': 'media',
};

const goldClaims: ClaimView[] = gold.must.map((g, id) => ({
  id,
  kind: g.kind,
  entity: g.entity ? { name: g.entity, type: GOLD_TYPES[g.entity] } : { name: '', type: 'unnamed' },
  entityKey: g.entity ? `${GOLD_TYPES[g.entity]}:${g.entity.toLowerCase()}` : UNNAMED_KEY,
  colour: g.entity ? 0 : -1,
  cue: '',
  source: g.source ?? '',
  claim: g.claim,
}));

describe('source profile', () => {
  it('counts the seed article as a reader does: 11 claims, 6 speakers, 8 by persons, 1 unnamed', () => {
    const profile = sourceProfile(goldClaims);
    expect(profile).toEqual({
      claims: 11,
      speakers: 6,
      byType: [
        { type: 'person', claims: 8 },
        { type: 'media', claims: 2 },
        { type: 'unnamed', claims: 1 },
      ],
      unnamed: 1,
      quoted: 7,
      reported: 4,
      // Xi 3 + Trump 2 = 5 of 11 is not yet half; Ushakov's 2 make 7.
      top: { keys: ['person:xi jinping', 'person:donald trump', 'person:ushakov'], claims: 7 },
    });
    expect(countsLine(profile)).toBe('11 claims · 6 sources · 1 unnamed');
  });

  it('the engine\'s claims on the seed give the reader\'s speakers, types, unnamed share and top speakers', () => {
    const text = readFileSync(`${SEED}.txt`, 'utf8');
    const found = sourceProfile(buildClaims(text, extract(text, { lang: 'de' }).attributions));
    const expected = sourceProfile(goldClaims);
    expect({ ...found, quoted: 0, reported: 0 }).toEqual({ ...expected, quoted: 0, reported: 0 });
    expect(found.quoted + found.reported).toBe(11);
  });

  it('each part of the profile filters to exactly its claims', () => {
    const profile = sourceProfile(goldClaims);
    const count = (f: Parameters<typeof matchesFilter>[1]) => goldClaims.filter((c) => matchesFilter(c, f, profile)).length;
    for (const { type, claims } of profile.byType) expect(count({ by: 'type', type })).toBe(claims);
    expect(count({ by: 'quoted' })).toBe(profile.quoted);
    expect(count({ by: 'reported' })).toBe(profile.reported);
    expect(count({ by: 'top' })).toBe(profile.top.claims);
  });

  it('an empty page and a page of unnamed claims have no speakers and no top', () => {
    expect(sourceProfile([])).toMatchObject({ claims: 0, speakers: 0, byType: [], top: { keys: [], claims: 0 } });
    const unnamed = sourceProfile(goldClaims.filter((c) => c.entityKey === UNNAMED_KEY));
    expect(unnamed).toMatchObject({ claims: 1, speakers: 0, unnamed: 1, top: { keys: [] } });
  });
});
