// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectAddedText, collectPageText } from '../lib/page/collect';
import { rangeFor } from '../lib/page/ranges';
import { appendedNodes } from '../lib/page/changes';

const ARTICLE = '<article><h1>Brücke bleibt gesperrt</h1><p>„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.</p></article>';

/** `levels` nested elements under `parent`, the innermost holding `text`; built by hand, as the parser caps nesting. */
function nest(doc: Document, parent: Element, levels: number, text: string, tag = 'div'): Element {
  let at = parent;
  for (let i = 0; i < levels; i++) at = at.appendChild(doc.createElement(i % 2 ? 'span' : tag));
  at.appendChild(doc.createTextNode(text));
  return at;
}

describe('deep pages', () => {
  it('reads the article next to a hidden subtree 20,000 levels deep', () => {
    const doc = new JSDOM(`<body>${ARTICLE}<div id="trap" hidden></div></body>`).window.document;
    nest(doc, doc.getElementById('trap')!, 20_000, 'Versteckt, sagte niemand.');
    const page = collectPageText(doc);
    expect(page.text).toContain('sagte Bürgermeisterin Anna Schulz');
    expect(page.text).not.toContain('Versteckt');
  });

  it('reads text 20,000 levels deep inside the article, with offsets that map back', () => {
    const doc = new JSDOM(`<body>${ARTICLE}</body>`).window.document;
    const deepest = nest(doc, doc.querySelector('article')!, 20_000, 'Tief unten sagte der Sprecher etwas.');
    const page = collectPageText(doc);
    const at = page.text.indexOf('Tief unten');
    expect(at).toBeGreaterThan(0);
    expect(rangeFor(page, at, at + 10)!.startContainer.parentNode).toBe(deepest);
  });

  it('reads text appended 20,000 levels deep', () => {
    const doc = new JSDOM(`<body>${ARTICLE}</body>`).window.document;
    const page = collectPageText(doc);
    const post = doc.createElement('section');
    nest(doc, post, 20_000, 'Später sagte der Sprecher noch etwas.');
    doc.querySelector('article')!.appendChild(post);
    const added = collectAddedText(doc, page, [post]);
    expect(added?.text).toBe('Später sagte der Sprecher noch etwas.');
  });

  it('finds a change 20,000 levels deep without overflowing', () => {
    const doc = new JSDOM(`<body>${ARTICLE}</body>`).window.document;
    const page = collectPageText(doc);
    const post = doc.createElement('section');
    const deepest = nest(doc, post, 20_000, 'x');
    doc.querySelector('article')!.appendChild(post);
    const records = [{ type: 'childList', addedNodes: [post, deepest.firstChild!], removedNodes: [] }] as unknown as MutationRecord[];
    expect(appendedNodes(records, page)).toEqual([post]);
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
    expect(page.text).toBe('Brücke bleibt gesperrt\nVon Anna Schulz\n„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.');
    expect(page.scopes).toEqual([shadow]);
    const at = page.text.indexOf('sagte');
    expect(rangeFor(page, at, at + 5)!.toString()).toBe('sagte');
  });

  it('reads the article of a same-origin frame', () => {
    const dom = new JSDOM(`<body><header>Kopf</header><iframe></iframe></body>`);
    const frame = dom.window.document.querySelector('iframe')!.contentDocument!;
    const p = frame.body.appendChild(frame.createElement('p'));
    p.textContent = '„Die Brücke bleibt bis Mai gesperrt“, sagte Bürgermeisterin Anna Schulz am Montag.';
    const page = collectPageText(dom.window.document);
    expect(page.text).toContain('sagte Bürgermeisterin Anna Schulz');
    expect(page.scopes).toEqual([frame]);
    const at = page.text.indexOf('sagte');
    expect(rangeFor(page, at, at + 5)!.toString()).toBe('sagte');
  });
});

describe('large text nodes', () => {
  it('reads a 2 MB text node whole, in steps', () => {
    const sentence = '„Die Brücke bleibt gesperrt“, sagte Anna Schulz. ';
    const doc = new JSDOM('<body><article><p></p></article></body>').window.document;
    doc.querySelector('p')!.textContent = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const page = collectPageText(doc);
    expect(page.text.length).toBe(doc.querySelector('p')!.textContent!.trim().length);
    expect(page.segments.length).toBe(1);
  });
});
