// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectAddedText, collectPageText, collectPageTextInSlices } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { rangeFor } from '../lib/page/ranges';
import { appendedNodes } from '../lib/page/changes';

/**
 * Depth of the nested trees here. Browsers hold any depth (tests/e2e/hostile-suite.ts reads past
 * 20,000 hidden levels); jsdom builds deep trees in quadratic time and attaches subtrees
 * recursively, so these tests check the walk's results at a depth jsdom builds in seconds.
 */
const DEPTH = 2_000;

/** `levels` nested elements, the innermost holding `text`, as markup. */
const nested = (levels: number, text: string) => `${'<div><span>'.repeat(levels / 2)}${text}${'</span></div>'.repeat(levels / 2)}`;

describe('deep pages', () => {
  const doc = new JSDOM(
    `<body><article><h1>Brücke bleibt gesperrt</h1><p>„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.</p>` +
      `<div>${nested(DEPTH, 'Tief unten sagte der Sprecher etwas.')}</div><div hidden>${nested(DEPTH, 'Versteckt, sagte niemand.')}</div></article></body>`,
  ).window.document;
  const page = collectPageText(doc);

  it('reads text deep inside the article, with offsets that map back, and leaves the deep hidden subtree out', () => {
    expect(wholeText(page.parts)).toBe('Brücke bleibt gesperrt\n„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.\nTief unten sagte der Sprecher etwas.');
    const at = wholeText(page.parts).indexOf('Tief unten');
    const range = rangeFor(page, at, at + 10)!;
    expect(range.toString()).toBe('Tief unten');
    let depth = 0;
    for (let node: Node | null = range.startContainer; node && node !== doc.body; node = node.parentNode) depth++;
    expect(depth).toBe(DEPTH + 3);
  });

  it('reads text appended deep down, and finds the appended block', () => {
    const post = doc.createElement('section');
    let at: Element = post;
    for (let i = 0; i < DEPTH; i++) at = at.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    at.appendChild(doc.createTextNode('Später sagte der Sprecher noch etwas.'));
    doc.querySelector('article')!.appendChild(post);
    const records = [{ type: 'childList', addedNodes: [post, at.firstChild!], removedNodes: [] }] as unknown as MutationRecord[];
    expect(appendedNodes(records, page)).toEqual([post]);
    expect(wholeText(collectAddedText(doc, page, [post])!.parts)).toBe('Später sagte der Sprecher noch etwas.');
  });
});

describe('shadow roots and frames', () => {
  it('reads text in open shadow roots as the reader sees it: slotted content in its slot, unslotted content not', () => {
    const doc = new JSDOM(`<body><main><news-story><span slot="byline">Von Anna Schulz</span><span>nicht gezeigt</span></news-story></main></body>`).window.document;
    const host = doc.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const h1 = shadow.appendChild(doc.createElement('h1'));
    h1.textContent = 'Brücke bleibt gesperrt';
    const byline = shadow.appendChild(doc.createElement('p'));
    byline.appendChild(doc.createElement('slot')).setAttribute('name', 'byline');
    const body = shadow.appendChild(doc.createElement('p'));
    body.textContent = '„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.';
    const page = collectPageText(doc);
    expect(wholeText(page.parts)).toBe('Brücke bleibt gesperrt\nVon Anna Schulz\n„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.');
    expect(page.scopes).toEqual([shadow]);
    const at = wholeText(page.parts).indexOf('sagte');
    expect(rangeFor(page, at, at + 5)!.toString()).toBe('sagte');
  });

  it('reads the article of a same-origin frame', () => {
    const dom = new JSDOM(`<body><header>Kopf</header><iframe></iframe></body>`);
    const frame = dom.window.document.querySelector('iframe')!.contentDocument!;
    const p = frame.body.appendChild(frame.createElement('p'));
    p.textContent = '„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.';
    const page = collectPageText(dom.window.document);
    expect(wholeText(page.parts)).toContain('sagte Bürgermeisterin Anna Schulz');
    expect(page.scopes).toEqual([frame]);
    const at = wholeText(page.parts).indexOf('sagte');
    expect(rangeFor(page, at, at + 5)!.toString()).toBe('sagte');
  });
});

describe('large text nodes', () => {
  it('reads a 2 MB text node whole, in slices that give the page its turn', async () => {
    const sentence = '„Die Brücke bleibt gesperrt“, sagte Anna Schulz. ';
    const dom = new JSDOM('<body><article><p></p></article></body>');
    const doc = dom.window.document;
    doc.querySelector('p')!.textContent = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    let pauses = 0;
    (dom.window as unknown as { scheduler: unknown }).scheduler = { yield: () => (pauses++, Promise.resolve()) };
    const page = await collectPageTextInSlices(doc, new AbortController().signal);
    expect(wholeText(page!.parts)).toBe(wholeText(collectPageText(doc).parts));
    expect(wholeText(page!.parts).length).toBe(doc.querySelector('p')!.textContent!.trim().length);
    // One text node, yet the reading stops many times for the page (every 8 ms of work).
    expect(pauses).toBeGreaterThan(3);
  });
});
