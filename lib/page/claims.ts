import type { Attribution, Entity, Span } from '../engine/types';
import type { ClaimView } from '../messages';
import { ENTITY_COUNT, OTHER_COLOUR } from '../paint/palette';
import { finish, type Steps } from '../engine/steps';
import { sliceParts, type TextParts } from './text-parts';

export interface ClaimGroup {
  key: string;
  entity: Entity;
  /** Palette index; -1 for claims without a named source, OTHER_COLOUR beyond the palette's colours. */
  colour: number;
  claims: ClaimView[];
}

export const UNNAMED_KEY = 'unnamed';

export function isUnnamed(a: Pick<Attribution, 'kind' | 'entity'>): boolean {
  return a.kind === 'unnamed' || a.entity.type === 'unnamed' || !a.entity.name.trim();
}

function entityKey(a: Attribution): string {
  return isUnnamed(a) ? UNNAMED_KEY : `${a.entity.type}:${a.entity.name.trim().toLowerCase()}`;
}

/** The text of `spans` in a text whole (the CLI's) or in pieces (a page's). */
function spanText(text: string | TextParts, spans: Span[]): string {
  return spans
    .map(([s, e]) => (typeof text === 'string' ? text.slice(s, e) : sliceParts(text, s, e)).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' … ');
}

/**
 * Turns engine output into the claims the popup and the card show. Entities get palette colours
 * by group size (biggest first, ties in reading order), so the page and the legend agree; the
 * speakers beyond the palette share the "other" colour.
 */
export function buildClaims(text: string | TextParts, attributions: Attribution[]): ClaimView[] {
  return finish(claimSteps(text, attributions));
}

/**
 * `buildClaims` one claim a step, for the page's thread (lib/page/run.ts runs it in slices): a
 * page of 6,000 quotes took 20–40 ms to build its claims in one task.
 */
export function* claimSteps(text: string | TextParts, attributions: Attribution[]): Steps<ClaimView[]> {
  const sizes = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  attributions.forEach((a, i) => {
    const key = entityKey(a);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
    if (!firstSeen.has(key)) firstSeen.set(key, i);
  });
  const order = [...sizes.keys()]
    .filter((key) => key !== UNNAMED_KEY)
    .sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  // Colours are never reused: two speakers in one colour would read as one.
  const colours = new Map(order.map((key, i) => [key, i < ENTITY_COUNT ? i : OTHER_COLOUR]));
  const claims: ClaimView[] = [];
  for (const [id, a] of attributions.entries()) {
    const key = entityKey(a);
    claims.push({
      id,
      kind: a.kind,
      entity: isUnnamed(a) ? { name: '', type: 'unnamed' } : a.entity,
      entityKey: key,
      colour: colours.get(key) ?? -1,
      cue: spanText(text, a.cue),
      source: spanText(text, a.source),
      claim: spanText(text, a.content),
    });
    yield;
  }
  return claims;
}

/** Claims grouped by entity, biggest group first (ties in reading order); unnamed last. */
export function groupClaims(claims: ClaimView[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    let group = groups.get(claim.entityKey);
    if (!group) {
      group = { key: claim.entityKey, entity: claim.entity, colour: claim.colour, claims: [] };
      groups.set(claim.entityKey, group);
    }
    group.claims.push(claim);
  }
  const unnamedLast = (g: ClaimGroup) => (g.key === UNNAMED_KEY ? 1 : 0);
  return [...groups.values()].sort(
    (a, b) => unnamedLast(a) - unnamedLast(b) || b.claims.length - a.claims.length || a.claims[0].id - b.claims[0].id,
  );
}
