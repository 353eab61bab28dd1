import type { Attribution } from '../engine/types';
import type { ClaimView } from '../messages';
import type { Mode } from '../settings';
import { OTHER_COLOUR } from './palette';

/**
 * Paint styles. Each is one CSS Custom Highlight (`::highlight(<page prefix><style>)`) or, in the
 * wrapping fallback, one token of a mark's `data-who-said` attribute. Their rules are made per
 * palette and page by lib/paint/palette-css.ts.
 */
export const STYLES = [
  'claim-direct', 'claim-mixed', 'claim-indirect', 'claim-according_to', 'claim-unnamed',
  'entity-0', 'entity-1', 'entity-2', 'entity-3', 'entity-4', 'entity-5', 'entity-6', 'entity-other', 'entity-unnamed',
  'entity-0-source', 'entity-1-source', 'entity-2-source', 'entity-3-source', 'entity-4-source',
  'entity-5-source', 'entity-6-source', 'entity-other-source', 'entity-unnamed-source',
  'unnamed', 'source', 'cue', 'flash',
] as const;
export type Style = (typeof STYLES)[number];

/** Later layers paint over earlier ones where spans overlap. */
export function stylePriority(style: Style): number {
  if (style === 'flash') return 3;
  if (style === 'cue') return 2;
  if (style === 'source' || style.endsWith('-source')) return 1;
  return 0;
}

export interface PaintSpan {
  start: number;
  end: number;
  style: Style;
  /** Claim id (index into the attributions). */
  claim: number;
}

function entityStyle(colour: number): string {
  return colour === OTHER_COLOUR ? 'entity-other' : colour < 0 ? 'entity-unnamed' : `entity-${colour}`;
}

/** What to paint for each claim in `mode`. */
export function planPaint(attributions: Attribution[], claims: ClaimView[], mode: Mode): PaintSpan[] {
  if (mode === 'off') return [];
  const out: PaintSpan[] = [];
  const add = (spans: [number, number][], style: Style, claim: number) => {
    for (const [start, end] of spans) if (end > start) out.push({ start, end, style, claim });
  };
  attributions.forEach((a, id) => {
    const view = claims[id];
    switch (mode) {
      case 'claims':
        add(a.content, `claim-${view.kind}` as Style, id);
        add(a.source, 'source', id);
        add(a.cue, 'cue', id);
        break;
      case 'by-source':
        add(a.content, entityStyle(view.colour) as Style, id);
        add(a.source, `${entityStyle(view.colour)}-source` as Style, id);
        add(a.cue, 'cue', id);
        break;
      case 'sources':
        add(a.source, 'source', id);
        break;
      case 'unnamed':
        if (view.entity.type === 'unnamed') {
          add(a.content, 'unnamed', id);
          add(a.cue, 'cue', id);
        }
        break;
    }
  });
  return out;
}
