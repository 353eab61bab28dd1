/**
 * The source profile of an article: who gets to speak, how many voices, how much rests on unnamed
 * sources. Computed from the claims the popup lists, so the numbers and the list always agree.
 */
import type { EntityType, Kind } from './engine/types';
import type { ClaimView } from './messages';

/** Speaker types in the order the profile's bar shows them; unnamed sources last. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'media', 'group', 'unnamed'];

/** Kinds that carry the speaker's own words (whole or in part); the others report them. */
export const QUOTED_KINDS: readonly Kind[] = ['direct', 'mixed'];

/** The top speakers are as few as together hold at least this share of all claims. */
export const TOP_SHARE = 0.5;

export interface SourceProfile {
  claims: number;
  /** Distinct named speakers. */
  speakers: number;
  /** Claims per speaker type, in ENTITY_TYPES order, empty types left out. */
  byType: { type: EntityType; claims: number }[];
  /** Claims resting on no named source. */
  unnamed: number;
  /** Claims that quote the speaker's words (quote or partial quote). */
  quoted: number;
  /** Claims that only report what was said (reported, according to, unnamed source). */
  reported: number;
  /** The fewest named speakers that hold at least TOP_SHARE of all claims (all of them if they never do). */
  top: { keys: string[]; claims: number };
}

/** What a click on a part of the profile narrows the list to. */
export type ProfileFilter =
  | { by: 'type'; type: EntityType }
  | { by: 'quoted' }
  | { by: 'reported' }
  | { by: 'top' };

const typeOf = (claim: ClaimView): EntityType => claim.entity.type;

export function sourceProfile(claims: ClaimView[]): SourceProfile {
  const perType = new Map<EntityType, number>();
  const perSpeaker = new Map<string, { claims: number; first: number }>();
  claims.forEach((claim, i) => {
    const type = typeOf(claim);
    perType.set(type, (perType.get(type) ?? 0) + 1);
    if (type === 'unnamed') return;
    const speaker = perSpeaker.get(claim.entityKey) ?? { claims: 0, first: i };
    speaker.claims++;
    perSpeaker.set(claim.entityKey, speaker);
  });
  const ranked = [...perSpeaker].sort(([, a], [, b]) => b.claims - a.claims || a.first - b.first);
  const top: SourceProfile['top'] = { keys: [], claims: 0 };
  for (const [key, speaker] of ranked) {
    if (top.claims >= claims.length * TOP_SHARE) break;
    top.keys.push(key);
    top.claims += speaker.claims;
  }
  const quoted = claims.filter((c) => QUOTED_KINDS.includes(c.kind)).length;
  return {
    claims: claims.length,
    speakers: perSpeaker.size,
    byType: ENTITY_TYPES.filter((type) => perType.has(type)).map((type) => ({ type, claims: perType.get(type)! })),
    unnamed: perType.get('unnamed') ?? 0,
    quoted,
    reported: claims.length - quoted,
    top,
  };
}

/** Whether `claim` belongs to the part of `profile` that `filter` names. */
export function matchesFilter(claim: ClaimView, filter: ProfileFilter, profile: SourceProfile): boolean {
  switch (filter.by) {
    case 'type':
      return typeOf(claim) === filter.type;
    case 'quoted':
      return QUOTED_KINDS.includes(claim.kind);
    case 'reported':
      return !QUOTED_KINDS.includes(claim.kind);
    case 'top':
      return profile.top.keys.includes(claim.entityKey);
  }
}

/** `part` of `whole` as a share from 0 to 1 (0 for an empty whole). */
export const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** "11 claims · 6 sources · 1 unnamed": the popup's counts line in English, for the command line. */
export function countsLine(profile: Pick<SourceProfile, 'claims' | 'speakers' | 'unnamed'>): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(profile.claims, 'claim', 'claims')} · ${plural(profile.speakers, 'source', 'sources')} · ${profile.unnamed} unnamed`;
}
