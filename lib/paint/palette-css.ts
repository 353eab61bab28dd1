/**
 * The paint style sheets, one per palette and page, made from the colours of lib/paint/palette.ts
 * (no colour is written twice) under the page's random prefix (lib/paint/names.ts). Works
 * anywhere (plain strings); the background inserts them (lib/access.ts).
 */
import type { Kind } from '../engine/types';
import { MARK_ATTRIBUTE, MARK_TAG } from './names';
import { PALETTE_COLOURS, PALETTE_PREFIX, type Palette, type PaletteColours } from './palette';
import { STYLES, type Style } from './plan';

/** How one style is drawn: a background, a text colour, an underline (`<style> [colour] <width>`). */
interface Look {
  background?: string;
  color?: string;
  underline?: string;
}

/** The flash on the claim the reader jumped to: the same in every palette, opaque, black text. */
const FLASH: Look = { background: '#FFD400', color: '#000000' };

/**
 * Tint strengths of a translucent palette, as two hex digits of alpha after the colour: strong
 * enough to see, light enough to keep the page's own text readable on light and dark pages.
 */
interface Tints {
  claims: Record<Kind, string>;
  /** Per entity colour: pale colours (yellow) need a stronger tint to be seen. */
  entities: readonly string[];
  /** Other speakers and claims without a named source in "By source". */
  neutral: string;
  /** Source words in "By source": stronger than their claim's tint. */
  entitySource: string;
  /** Claims without a named source in "Unnamed". */
  warning: string;
  /** Source marking in "Claims" and "Sources only". */
  source: string;
  /**
   * Underline of each claim kind in "Claims" (line style and width), none where absent; the one of
   * claims without a named source also marks them in "Unnamed".
   */
  claimLines: Partial<Record<Kind, string>> & { unnamed: string };
}

const OKABE_ITO_TINTS: Tints = {
  claims: { direct: '59', mixed: '73', indirect: '40', according_to: '59', unnamed: '4D' },
  entities: ['59', '59', '59', '80', '59', '59', '59'],
  neutral: '59',
  entitySource: 'A6',
  warning: '66',
  source: '4D',
  claimLines: { unnamed: 'dashed 1px' },
};

/** Tol's colours are evenly strong; every claim kind also has an underline of its own, so none depends on hue. */
const TOL_TINTS: Tints = {
  claims: { direct: '59', mixed: '59', indirect: '59', according_to: '59', unnamed: '59' },
  entities: ['59', '59', '59', '59', '59', '59', '59'],
  neutral: '59',
  entitySource: 'A6',
  warning: '66',
  source: '4D',
  claimLines: { direct: 'solid 2px', mixed: 'dashed 2px', indirect: 'dotted 2px', according_to: 'double 2px', unnamed: 'wavy 2px' },
};

/** An underline of `style` (`dashed 1px`) in `colour`, or in the text colour without one. */
const line = (style: string, colour?: string): string => {
  const [kind, width] = style.split(' ');
  return colour ? `${kind} ${colour} ${width}` : style;
};

/**
 * Translucent tints: source underlines in "By source" take the text colour (currentColor), which
 * contrasts with light and dark pages alike.
 */
function translucentLooks(c: PaletteColours, t: Tints): Record<Style, Look> {
  const looks: Partial<Record<Style, Look>> = {};
  for (const [kind, colour] of Object.entries(c.kinds) as [Kind, string][]) {
    const underline = t.claimLines[kind];
    looks[`claim-${kind}`] = { background: colour + t.claims[kind], underline: underline && line(underline, colour) };
  }
  c.entities.forEach((colour, i) => {
    looks[`entity-${i}` as Style] = { background: colour + t.entities[i] };
    looks[`entity-${i}-source` as Style] = { background: colour + t.entitySource, underline: 'solid 2px' };
  });
  return {
    ...(looks as Record<Style, Look>),
    'entity-other': { background: c.other + t.neutral, underline: 'dashed 1px' },
    'entity-unnamed': { background: c.unnamed + t.neutral },
    'entity-other-source': { background: c.other + t.entitySource, underline: 'dashed 2px' },
    'entity-unnamed-source': { background: c.unnamed + t.entitySource, underline: 'solid 2px' },
    unnamed: { background: c.warning + t.warning, underline: line(t.claimLines.unnamed, c.warning) },
    source: { background: c.source + t.source, underline: line('solid 2px', c.source) },
    cue: { underline: line('dotted 2px', c.cue) },
    flash: FLASH,
  };
}

/** Opaque light backgrounds with black text and black underlines: the same on any page. */
function opaqueLooks(c: PaletteColours): Record<Style, Look> {
  const black = '#000000';
  const looks: Partial<Record<Style, Look>> = {};
  const on = (background: string, underline?: string): Look => ({ background, color: black, underline: underline && line(underline, black) });
  for (const [kind, colour] of Object.entries(c.kinds) as [Kind, string][]) looks[`claim-${kind}`] = on(colour, kind === 'unnamed' ? 'wavy 2px' : undefined);
  c.entities.forEach((colour, i) => {
    looks[`entity-${i}` as Style] = on(colour);
    looks[`entity-${i}-source` as Style] = on(colour, 'solid 3px');
  });
  return {
    ...(looks as Record<Style, Look>),
    'entity-other': on(c.other, 'dashed 2px'),
    'entity-unnamed': on(c.unnamed),
    'entity-other-source': on(c.other, 'dashed 3px'),
    'entity-unnamed-source': on(c.unnamed, 'solid 3px'),
    unnamed: on(c.warning, 'wavy 2px'),
    source: on(c.source, 'solid 3px'),
    cue: on(c.cue, 'dotted 3px'),
    flash: FLASH,
  };
}

const LOOKS: Record<Palette, () => Record<Style, Look>> = {
  default: () => translucentLooks(PALETTE_COLOURS.default, OKABE_ITO_TINTS),
  'colour-blind': () => translucentLooks(PALETTE_COLOURS['colour-blind'], TOL_TINTS),
  'high-contrast': () => opaqueLooks(PALETTE_COLOURS['high-contrast']),
};

/**
 * Which elements the highlight rules match. In Chromium only the root: highlight pseudo-elements
 * inherit from the parent element's, so every element still gets the styles, while the sheet's
 * arrival restyles a 100,000-element page in a third of the time a rule every element matches
 * takes. Firefox keeps a descendant's highlight style inherited from the root's previous rules
 * when the sheet changes (Gecko fails WPT highlight-cascade-parent-style-change), so a palette
 * switch would not show there: every element matches.
 */
const HIGHLIGHT_ORIGIN = { chrome: ':root', firefox: '' } as const;

function declarations({ background, color, underline }: Look): string {
  const out: string[] = [];
  if (background) out.push(`background-color: ${background};`);
  if (color) out.push(`color: ${color};`);
  if (underline) out.push(`text-decoration: underline ${underline};`);
  return out.join(' ');
}

/**
 * The style sheet of `palette` for the page whose names start with `prefix`: one rule per style
 * name of lib/paint/plan.ts STYLES for the Highlight API and one for the wrapping fallback, in
 * separate rules (a browser without ::highlight() drops a whole selector list that contains it).
 * Every selector names the prefix, so no page can probe for a rule without knowing it.
 */
export function paletteCss(palette: Palette, browser: 'chrome' | 'firefox', prefix: string): string {
  const looks = LOOKS[palette]();
  const names = prefix + PALETTE_PREFIX[palette];
  const highlight = STYLES.map((style) => `${HIGHLIGHT_ORIGIN[browser]}::highlight(${names}${style}) { ${declarations(looks[style])} }`);
  const fallback = STYLES.map((style) => `${MARK_TAG}[${MARK_ATTRIBUTE}~="${names}${style}"] { ${declarations(looks[style])} }`);
  const mark = `${MARK_TAG}[${MARK_ATTRIBUTE}^="${prefix}"] { display: inline; font: inherit; color: inherit; }`;
  const header = `/* Paint styles of the ${palette} palette, made from lib/paint/palette.ts by lib/paint/palette-css.ts. */`;
  return [header, '', ...highlight, '', ...fallback, mark, ''].join('\n');
}
