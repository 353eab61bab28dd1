// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Attribution } from '../lib/engine/types';
import { buildClaims, claimSteps, groupClaims } from '../lib/page/claims';
import { collectPageText } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { isHighlightPrefix, MARK_TAG, newHighlightPrefix, setHighlightPrefix } from '../lib/paint/names';
import { createPainter, MAX_PAINTED_SPANS, setPalette } from '../lib/paint/painter';
import { OTHER_COLOUR, paletteOnBackground, PALETTE_COLOURS, PALETTE_PREFIX, PALETTES, textOn } from '../lib/paint/palette';
import { paletteCss } from '../lib/paint/palette-css';
import { planPaint, STYLES } from '../lib/paint/plan';

/** A page's random start of its highlight names (lib/paint/names.ts), fixed here to read the sheets by. */
const PREFIX = 'qwertzuiop-';
setHighlightPrefix(PREFIX);
/** Each palette's paint styles for that page, as the background inserts them. */
const sheets = Object.fromEntries(PALETTES.map((p) => [p, paletteCss(p, 'chrome', PREFIX)]));
const css = Object.values(sheets).join('\n');

/** Attributions over a small text, written out by hand: spans are exact offsets. */
const TEXT = '„Wir bleiben“, sagte Meier. Laut Polizei war es ruhig. Es wurde behauptet, alles sei gut. Meier betonte, er bleibe.';
function span(part: string, from = 0): [number, number] {
  const start = TEXT.indexOf(part, from);
  if (start < 0) throw new Error(part);
  return [start, start + part.length];
}
const ATTRIBUTIONS: Attribution[] = [
  { cue: [span('sagte')], source: [span('Meier')], content: [span('„Wir bleiben“')], kind: 'direct', entity: { name: 'Hans Meier', type: 'person' } },
  { cue: [span('Laut')], source: [span('Polizei')], content: [span('war es ruhig')], kind: 'according_to', entity: { name: 'Polizei', type: 'organisation' } },
  { cue: [span('wurde'), span('behauptet')], source: [], content: [span('alles sei gut')], kind: 'unnamed', entity: { name: '', type: 'unnamed' } },
  { cue: [span('betonte')], source: [span('Meier', 60)], content: [span('er bleibe')], kind: 'indirect', entity: { name: 'Hans Meier', type: 'person' } },
];

describe('claims and groups', () => {
  const claims = buildClaims(TEXT, ATTRIBUTIONS);

  it('shows each claim with its texts and gives entities colours by group size', () => {
    expect(claims[2]).toMatchObject({ cue: 'wurde … behauptet', source: '', claim: 'alles sei gut', colour: -1, entityKey: 'unnamed' });
    expect(claims[0].colour).toBe(0);
    expect(claims[3].colour).toBe(0);
    expect(claims[1].colour).toBe(1);
  });

  it('builds claims one a step, so that the page builds thousands in slices between its own tasks', () => {
    const many = Array.from({ length: 6000 }, (_, i) => ATTRIBUTIONS[i % ATTRIBUTIONS.length]);
    const steps = claimSteps(TEXT, many);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(many.length);
    expect(step.value).toEqual(buildClaims(TEXT, many));
    expect(step.value[5999]).toMatchObject({ id: 5999, cue: 'betonte', claim: 'er bleibe' });
  });

  it('gives the 7 most quoted of 20 speakers a colour each and marks the rest "other", never reusing one', () => {
    const many: Attribution[] = Array.from({ length: 20 }, (_, i) => ({
      ...ATTRIBUTIONS[0],
      entity: { name: `Sprecher ${i}`, type: 'person' as const },
    }));
    // Speaker 19 speaks three times, speaker 18 twice: they lead, whatever their order in the text.
    many.push({ ...many[19] }, { ...many[19] }, { ...many[18] });
    const colours = new Map(buildClaims(TEXT, many).map((c) => [c.entity.name, c.colour]));
    expect(colours.get('Sprecher 19')).toBe(0);
    expect(colours.get('Sprecher 18')).toBe(1);
    const coloured = [...colours.values()].filter((c) => c >= 0);
    expect(coloured.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...colours.values()].filter((c) => c === OTHER_COLOUR)).toHaveLength(13);
    const painted = planPaint(many, buildClaims(TEXT, many), 'by-source').map((s) => s.style);
    expect(painted).toContain('entity-other');
    expect(painted).not.toContain('entity-unnamed');
  });

  it('groups by entity, biggest first, unnamed last', () => {
    expect(groupClaims(claims).map((g) => [g.entity.name, g.claims.length])).toEqual([
      ['Hans Meier', 2],
      ['Polizei', 1],
      ['', 1],
    ]);
  });
});

describe('planPaint', () => {
  const claims = buildClaims(TEXT, ATTRIBUTIONS);
  const styles = (mode: Parameters<typeof planPaint>[2]) => [...new Set(planPaint(ATTRIBUTIONS, claims, mode).map((s) => s.style))].sort();

  it('paints something different in each mode and nothing when off', () => {
    expect(styles('claims')).toEqual(['claim-according_to', 'claim-direct', 'claim-indirect', 'claim-unnamed', 'cue', 'source']);
    expect(styles('by-source')).toEqual(['cue', 'entity-0', 'entity-0-source', 'entity-1', 'entity-1-source', 'entity-unnamed']);
    expect(styles('sources')).toEqual(['source']);
    expect(styles('unnamed')).toEqual(['cue', 'unnamed']);
    expect(planPaint(ATTRIBUTIONS, claims, 'off')).toEqual([]);
  });
});

describe('style sheet', () => {
  const ruleIn = (sheet: string, selector: string) => {
    const at = sheet.indexOf(selector);
    expect(at, selector).toBeGreaterThanOrEqual(0);
    return sheet.slice(at, sheet.indexOf('}', at)).toUpperCase();
  };

  it.each(PALETTES)('has a highlight rule and a fallback rule for every style, in the colours of palette %s, in its own sheet', (palette) => {
    const p = PALETTE_PREFIX[palette];
    const rule = (selector: string) => ruleIn(sheets[palette], selector);
    // A palette's sheet holds its own rules only: the page gets one palette's rules, not all three.
    const others = PALETTES.filter((o) => o !== palette).map((o) => PALETTE_PREFIX[o]).filter(Boolean);
    for (const o of others) expect(sheets[palette]).not.toContain(`${PREFIX}${o}`);
    if (!p) expect(sheets[palette]).not.toMatch(/qwertzuiop-(cb|hc)-/);
    // Chromium's highlight rules on the root element only (descendants inherit them): a rule every element matches restyles big pages for long.
    expect(sheets[palette]).not.toMatch(/^(?!:root)\S*::highlight/m);
    // Firefox's on every element, the same declarations: it keeps inherited highlight styles across a palette switch.
    expect(paletteCss(palette, 'firefox', PREFIX)).toBe(sheets[palette].replaceAll(':root::highlight(', '::highlight('));
    const colours = PALETTE_COLOURS[palette];
    for (const style of STYLES) {
      const highlight = rule(`::highlight(${PREFIX}${p}${style})`);
      expect(rule(`${MARK_TAG}[data-who-said~="${PREFIX}${p}${style}"]`).replace(/^.*\{/, '')).toBe(highlight.replace(/^.*\{/, ''));
    }
    expect(colours.entities).toHaveLength(7);
    colours.entities.forEach((colour, i) => {
      expect(rule(`::highlight(${PREFIX}${p}entity-${i})`)).toContain(colour);
      expect(rule(`::highlight(${PREFIX}${p}entity-${i}-source)`)).toContain(colour);
    });
    for (const [kind, colour] of Object.entries(colours.kinds)) expect(rule(`::highlight(${PREFIX}${p}claim-${kind})`)).toContain(colour);
    expect(rule(`::highlight(${PREFIX}${p}entity-unnamed)`)).toContain(colours.unnamed);
    expect(rule(`::highlight(${PREFIX}${p}entity-other)`)).toContain(colours.other);
    expect(rule(`::highlight(${PREFIX}${p}entity-other)`)).toContain('DASHED');
    expect(rule(`::highlight(${PREFIX}${p}unnamed)`)).toContain(colours.warning);
    expect(rule(`::highlight(${PREFIX}${p}source)`)).toContain(colours.source);
    expect(rule(`::highlight(${PREFIX}${p}cue)`)).toContain(colours.cue);
  });

  it('gives high-contrast highlights opaque backgrounds and their own black text, readable on any page', () => {
    const hc = css.split('\n').filter((line) => line.startsWith(`:root::highlight(${PREFIX}hc-`));
    expect(hc).toHaveLength(STYLES.length);
    for (const line of hc) {
      expect(line, line).toMatch(/background-color: #[0-9A-F]{6};/);
      expect(line, line).toContain('color: #000000;');
    }
  });

  it('keeps every high-contrast colour at 7:1 or more against its black text (WCAG AAA)', () => {
    const hc = PALETTE_COLOURS['high-contrast'];
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const colour of [...hc.entities, ...Object.values(hc.kinds), hc.unnamed, hc.other, hc.warning, hc.source, hc.cue]) {
      expect((luminance(colour) + 0.05) / 0.05, colour).toBeGreaterThanOrEqual(7);
    }
  });

  it('uses opaque colours on coloured pages, and the chosen palette on white and dark ones', () => {
    for (const white of ['', 'rgb(255, 255, 255)', 'rgb(250, 250, 248)', 'rgba(255, 255, 255, 0.9)']) expect(paletteOnBackground('default', white), white).toBe('default');
    for (const dark of ['rgb(18, 18, 18)', 'rgb(30, 30, 36)', 'rgb(11, 37, 69)']) expect(paletteOnBackground('colour-blind', dark), dark).toBe('colour-blind');
    for (const coloured of ['rgb(243, 225, 185)', 'rgb(255, 241, 229)', 'rgb(200, 200, 200)']) {
      expect(paletteOnBackground('default', coloured), coloured).toBe('high-contrast');
    }
  });

  it('picks the label text colour that contrasts more', () => {
    expect(textOn('#FFD400')).toBe('#000000');
    expect(textOn('#AA3377')).toBe('#ffffff');
    expect(textOn('#4477AA')).toBe('#ffffff');
    expect(textOn('#228833')).toBe('#000000');
    expect(textOn('#EE6677')).toBe('#000000');
  });

  it('keeps highlight and fallback selectors in separate rules', () => {
    for (const block of css.split('}')) expect(block.includes('::highlight') && block.includes(MARK_TAG)).toBe(false);
  });

  it("names the page's random prefix in every selector, so a page cannot probe for a rule", () => {
    const selectors = css
      .split('\n')
      .filter((line) => line.includes('{'))
      .map((line) => line.slice(0, line.indexOf('{')));
    expect(selectors.length).toBeGreaterThan(3 * STYLES.length * 2);
    for (const selector of selectors) expect(selector, selector).toContain(PREFIX);
    // Drawn anew for each page: ten random letters and a hyphen, a valid CSS identifier start.
    const drawn = Array.from({ length: 50 }, newHighlightPrefix);
    for (const prefix of drawn) expect(isHighlightPrefix(prefix), prefix).toBe(true);
    expect(new Set(drawn).size).toBe(50);
  });
});

describe('wrapping painter (jsdom has no Highlight API)', () => {
  const html = readFileSync(join(__dirname, 'fixtures/pages/seed-article.html'), 'utf8');

  it('wraps spans across element boundaries and restores the DOM exactly', () => {
    const dom = new JSDOM(html);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const page = collectPageText(doc);
    const painter = createPainter(page, dom.window as unknown as Window);
    expect(painter.method).toBe('wrap');

    const claim = wholeText(page.parts).indexOf('„Putin und Xi');
    const cue = wholeText(page.parts).indexOf('sagte Ushakov');
    const source = cue + 'sagte '.length;
    const headline = wholeText(page.parts).indexOf('Xi und Putin telefonieren');
    painter.paint([
      { start: claim, end: cue - 2, style: 'claim-direct', claim: 0 },
      { start: cue, end: cue + 5, style: 'cue', claim: 0 },
      { start: source, end: source + 7, style: 'source', claim: 0 },
      // Overlapping spans and a span running across a block break.
      { start: claim, end: claim + 30, style: 'flash', claim: 0 },
      { start: headline, end: wholeText(page.parts).indexOf('Der chinesische') + 3, style: 'unnamed', claim: 1 },
    ]);
    const marks = [...doc.querySelectorAll(MARK_TAG)].map((m) => [m.getAttribute('data-who-said'), m.textContent]);
    expect(marks).toContainEqual([`${PREFIX}source`, 'Ushakov']);
    expect(marks).toContainEqual([`${PREFIX}cue`, 'sagte']);
    expect(marks).toContainEqual([`${PREFIX}claim-direct ${PREFIX}flash`, '„Putin und Xi bestätigten die ']);
    expect(marks.filter(([style]) => style === `${PREFIX}unnamed`).map(([, text]) => text)).toEqual([
      'Xi und Putin telefonieren nach Trumps Amtseinführung',
      'Der',
    ]);
    expect(painter.range(source, source + 7)?.toString()).toBe('Ushakov');
    const ushakov = [...doc.querySelectorAll(MARK_TAG)].find((m) => m.textContent === 'Ushakov')!;
    expect(painter.offsetAt(ushakov.firstChild!, 3)).toBe(source + 3);
    expect(doc.body.textContent).toBe(new JSDOM(html).window.document.body.textContent);

    painter.paint([{ start: source, end: source + 7, style: 'source', claim: 0 }]);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(1);
    painter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
    painter.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('palettes in the wrapping painter', () => {
  it('marks text with the tokens of the active palette, and only those', () => {
    const dom = new JSDOM('<!doctype html><p>„Wir bleiben“, sagte Meier. Laut Polizei war es ruhig.</p>');
    const doc = dom.window.document;
    const page = collectPageText(doc);
    const painter = createPainter(page, dom.window as unknown as Window);
    const spans = [{ start: 0, end: 13, style: 'claim-direct' as const, claim: 0 }];
    try {
      for (const palette of PALETTES) {
        setPalette(palette);
        painter.paint(spans);
        const tokens = [...doc.querySelectorAll(MARK_TAG)].map((m) => m.getAttribute('data-who-said'));
        expect(tokens).toEqual([`${PREFIX}${PALETTE_PREFIX[palette]}claim-direct`]);
      }
    } finally {
      setPalette('default');
      painter.clear();
    }
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('chooses a palette given as a choice when it first paints, once until the next choice', () => {
    const dom = new JSDOM('<!doctype html><p>„Wir bleiben“, sagte Meier.</p>');
    const doc = dom.window.document;
    const painter = createPainter(collectPageText(doc), dom.window as unknown as Window);
    const spans = [{ start: 0, end: 13, style: 'claim-direct' as const, claim: 0 }];
    const tokens = () => [...doc.querySelectorAll(MARK_TAG)].map((m) => m.getAttribute('data-who-said'));
    let asked = 0;
    try {
      setPalette(() => (asked++, 'high-contrast'));
      expect(asked).toBe(0);
      painter.paint(spans);
      painter.paint(spans);
      expect(tokens()).toEqual([`${PREFIX}${PALETTE_PREFIX['high-contrast']}claim-direct`]);
      expect(asked).toBe(1);
      setPalette(() => (asked++, 'colour-blind'));
      painter.paint(spans);
      expect(tokens()).toEqual([`${PREFIX}${PALETTE_PREFIX['colour-blind']}claim-direct`]);
      expect(asked).toBe(2);
    } finally {
      setPalette('default');
      painter.clear();
    }
  });
});

describe('highlight painter on pages with thousands of spans', () => {
  /**
   * A page of `count` one-line paragraphs, each a quote, with the Highlight API and a layout of
   * 20 px a paragraph that jsdom lacks: a range's box is its first paragraph's line, minus the
   * scroll position. `measured` counts the boxes asked for (each a layout query in a browser).
   */
  function quotePage(count: number) {
    const paragraphs = Array.from({ length: count }, (_, i) => `<p>„Die Arbeiten an Brücke ${i} gehen weiter“, sagte Anna Schulz.</p>`);
    const dom = new JSDOM(`<!doctype html><article>${paragraphs.join('')}</article>`);
    const win = dom.window as unknown as Window & { CSS: { highlights: Map<string, Set<Range>> }; Highlight: unknown };
    const view = { scrollY: 0, height: 720, measured: 0 };
    Object.defineProperty(win, 'innerHeight', { get: () => view.height });
    win.CSS = { highlights: new Map() } as never;
    win.Highlight = class extends Set<Range> {
      priority = 0;
    };
    const order = new Map([...dom.window.document.querySelectorAll('p')].map((p, i) => [p, i]));
    dom.window.Range.prototype.getBoundingClientRect = function (this: Range) {
      view.measured++;
      const top = order.get(this.startContainer.parentElement as HTMLParagraphElement)! * 20 - view.scrollY;
      return { top, bottom: top + 20, left: 0, right: 600, width: 600, height: 20, x: 0, y: top } as DOMRect;
    };
    const page = collectPageText(dom.window.document);
    // Per quote: the quotation (claim), the speaker (source) and the verb (cue).
    const spans = [...wholeText(page.parts).matchAll(/(„[^“]+“), (sagte) (Anna Schulz)/g)].flatMap((m, claim) => {
      const at = (part: string) => m.index! + m[0].indexOf(part);
      return [
        { start: at(m[1]), end: at(m[1]) + m[1].length, style: 'claim-direct' as const, claim },
        { start: at(m[2]), end: at(m[2]) + m[2].length, style: 'cue' as const, claim },
        { start: at(m[3]), end: at(m[3]) + m[3].length, style: 'source' as const, claim },
      ];
    });
    const painted = () => [...win.CSS.highlights.values()].flatMap((h) => [...h]);
    /** Paragraph numbers of the painted ranges, each once. */
    const paintedLines = () => [...new Set(painted().map((r) => order.get(r.startContainer.parentElement as HTMLParagraphElement)!))].sort((a, b) => a - b);
    return { dom, win, page, spans, view, painted, paintedLines };
  }

  it('paints every span of an ordinary page at once', () => {
    const { win, page, spans, painted } = quotePage(MAX_PAINTED_SPANS / 3);
    const painter = createPainter(page, win);
    expect(painter.method).toBe('highlight');
    painter.paint(spans);
    expect(painted()).toHaveLength(spans.length);
    painter.followViewport();
    expect(painted()).toHaveLength(spans.length);
  });

  it('paints at most MAX_PAINTED_SPANS of 9,000 spans, those around the viewport, and follows scrolling', () => {
    const { win, page, spans, view, painted, paintedLines } = quotePage(3000);
    const painter = createPainter(page, win);
    painter.paint(spans);
    expect(painted().length).toBeGreaterThan(0);
    expect(painted().length).toBeLessThanOrEqual(MAX_PAINTED_SPANS);
    // The viewport shows paragraphs 0-35; the next viewport below is painted too, not the page's end.
    let lines = paintedLines();
    expect(lines[0]).toBe(0);
    expect(lines).toEqual(expect.arrayContaining([...Array(72).keys()]));
    expect(lines.at(-1)).toBeLessThan(200);

    view.scrollY = 40_000; // paragraphs 2000-2035
    painter.followViewport();
    lines = paintedLines();
    expect(painted().length).toBeLessThanOrEqual(MAX_PAINTED_SPANS);
    expect(lines).toEqual(expect.arrayContaining([...Array(108).keys()].map((i) => 1964 + i)));
    expect(lines[0]).toBeGreaterThan(1800);
    // Every span of a painted paragraph is painted: the quotation, the verb and the speaker.
    expect(painted()).toHaveLength(lines.length * 3);

    view.scrollY = 3000 * 20 - view.height; // the end
    painter.followViewport();
    expect(paintedLines().at(-1)).toBe(2999);

    painter.clear();
    expect(painted()).toHaveLength(0);
  });

  it('finds the spans around the viewport by measuring tens of boxes, not one per painted span', () => {
    const { win, page, spans, view, paintedLines } = quotePage(6000);
    const painter = createPainter(page, win);
    painter.paint(spans);
    // The viewport's paragraphs (0-35) and the next viewport's below.
    expect(paintedLines()).toEqual([...Array(73).keys()]);
    // Two binary searches over 18,000 spans: about 2 × 15 boxes. Measuring each painted one
    // (219 here, up to MAX_PAINTED_SPANS) made a task of 25–34 ms on a 2 MB page.
    expect(view.measured).toBeLessThan(40);
    view.measured = 0;
    view.scrollY = 60_000; // paragraphs 3000-3035, and a viewport above and below
    painter.followViewport();
    expect(paintedLines()).toEqual([...Array(110).keys()].map((i) => 2963 + i));
    expect(view.measured).toBeLessThan(40);
  });
});
