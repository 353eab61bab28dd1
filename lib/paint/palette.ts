import type { Kind } from '../engine/types';

/** Colour palettes the options page offers, in its order. */
export const PALETTES = ['default', 'colour-blind', 'high-contrast'] as const;
export type Palette = (typeof PALETTES)[number];

/**
 * Highlight names and mark tokens of a palette start with this after the page's prefix
 * (lib/paint/names.ts): the paint sheet's rules (lib/paint/palette-css.ts) are selected by name, so
 * switching adds nothing to the page.
 */
export const PALETTE_PREFIX: Record<Palette, string> = { default: '', 'colour-blind': 'cb-', 'high-contrast': 'hc-' };

/**
 * Colours per palette for "By source" (style names entity-0 … entity-6 in lib/paint/plan.ts): the
 * most quoted speakers get one each; more colours would no longer be told apart at a glance.
 */
export const ENTITY_COUNT = 7;

/** Palette index of speakers beyond the first ENTITY_COUNT: one shared, marked "other" colour. */
export const OTHER_COLOUR = -2;

export interface PaletteColours {
  /** Colours for "By source", ENTITY_COUNT of them, for the most quoted speakers. */
  entities: readonly string[];
  /** Every other named speaker in "By source": neutral, with a dashed underline of its own. */
  other: string;
  /** Claims without a named source in "By source": neutral, so named sources stand out. */
  unnamed: string;
  /** Claims without a named source in "Unnamed". */
  warning: string;
  /** Claim tints by kind in "Claims". */
  kinds: Record<Kind, string>;
  /** Source marking in "Claims" and "Sources only". */
  source: string;
  /** Cue underline. */
  cue: string;
}

/**
 * - default: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), translucent tints.
 *   Black is left out: it cannot tint text.
 * - colour-blind: Paul Tol's "bright" scheme (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002),
 *   tuned for deuteranopia, protanopia and tritanopia, with every claim kind also told apart by
 *   its underline (lib/paint/palette-css.ts), so no kind depends on hue alone.
 * - high-contrast: opaque light backgrounds with black text set by the rule itself, so they read
 *   the same on light and dark pages (WCAG AAA contrast against #000 for every colour).
 */
export const PALETTE_COLOURS: Record<Palette, PaletteColours> = {
  default: {
    entities: ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'],
    unnamed: '#999999',
    other: '#BDBDBD',
    warning: '#D55E00',
    kinds: { direct: '#E69F00', mixed: '#F0E442', indirect: '#009E73', according_to: '#CC79A7', unnamed: '#D55E00' },
    source: '#0072B2',
    cue: '#56B4E9',
  },
  'colour-blind': {
    entities: ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#EE7733'],
    unnamed: '#BBBBBB',
    other: '#DDDDDD',
    warning: '#EE6677',
    kinds: { direct: '#CCBB44', mixed: '#66CCEE', indirect: '#228833', according_to: '#AA3377', unnamed: '#EE6677' },
    source: '#4477AA',
    cue: '#66CCEE',
  },
  'high-contrast': {
    entities: ['#FFD400', '#7FDBFF', '#7CFC00', '#FF9DE2', '#FFA64D', '#C8B4FF', '#FFE4B5'],
    unnamed: '#D9D9D9',
    other: '#F2F2F2',
    warning: '#FF8C69',
    kinds: { direct: '#FFD400', mixed: '#7FDBFF', indirect: '#7CFC00', according_to: '#FF9DE2', unnamed: '#FF8C69' },
    source: '#C8B4FF',
    cue: '#FFFFFF',
  },
};

/**
 * Translucent tints take the hue of a coloured page (beige, pink, grey) and all but vanish; there
 * the high-contrast colours, opaque with their own black text, are used instead. White and dark
 * pages keep the chosen palette. `background` is a computed `rgb()` / `rgba()` colour, or empty.
 */
export function paletteOnBackground(chosen: Palette, background: string): Palette {
  const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || Math.min(r, g, b) >= NEAR_WHITE || r + g + b < DARK_SUM) return chosen;
  return 'high-contrast';
}

/** Every channel at least this high: white enough for translucent tints. */
const NEAR_WHITE = 240;
/** Channels summing below this: a dark page, where the palettes' tints are made to work. */
const DARK_SUM = 180;

/** Colour of entity palette index `colour` (-1: no named source, OTHER_COLOUR: other speakers) in `palette`. */
export function entityColour(colour: number, palette: Palette = 'default'): string {
  const { entities, unnamed, other } = PALETTE_COLOURS[palette];
  return colour === OTHER_COLOUR ? other : colour < 0 ? unnamed : entities[colour];
}

/** Text colour for a label on `background`: black or white, whichever contrasts more (WCAG 2.1). */
export function textOn(background: string): string {
  const channel = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [1, 3, 5].map((i) => channel(background.slice(i, i + 2)));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
