import type { Kind } from '../engine/types';

/**
 * Entity colours for "By source": the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), distinguishable with every common colour-vision deficiency. Black is left out: it
 * cannot tint text. Entities beyond seven reuse colours in order.
 */
export const ENTITY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;

/** Claims without a named source in "By source": neutral, so named sources stand out. */
export const UNNAMED_COLOUR = '#999999';

/** Claims without a named source in "Unnamed": a warning colour. */
export const WARNING_COLOUR = '#D55E00';

/** Claim tints by kind in "Claims" (Okabe–Ito hues as well). */
export const KIND_COLOURS: Record<Kind, string> = {
  direct: '#E69F00',
  mixed: '#F0E442',
  indirect: '#009E73',
  according_to: '#CC79A7',
  unnamed: '#D55E00',
};

/** Source marking in "Claims" and "Sources only". */
export const SOURCE_COLOUR = '#0072B2';

/** Cue underline: a lighter blue than the source's, dotted; visible on light and dark pages. */
export const CUE_COLOUR = '#56B4E9';

export const KIND_LABELS: Record<Kind, string> = {
  direct: 'quote',
  mixed: 'partial quote',
  indirect: 'reported',
  according_to: 'according to',
  unnamed: 'unnamed source',
};

/** Colour of entity palette index `colour` (-1: no named source). */
export function entityColour(colour: number): string {
  return colour < 0 ? UNNAMED_COLOUR : ENTITY_COLOURS[colour % ENTITY_COLOURS.length];
}
