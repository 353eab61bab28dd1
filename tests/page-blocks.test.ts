// @vitest-environment jsdom
/**
 * The block structure of collected page text (lib/page/blocks.ts) and its way to the engine: the
 * analyse message carries it, checked like every message.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockAt, engineBlocks, pageBlocks } from '../lib/page/blocks';
import { collectPageText } from '../lib/page/collect';
import { isBackgroundRequest } from '../lib/messages';

const PAGE = `<!doctype html><html lang="en"><body><article>
  <h1>Mayor says the bridge will reopen</h1>
  <p>The mayor said on Monday that the bridge would reopen in <b>May</b>, after two years of repairs.</p>
  <ul><li><p>Traffic will be one lane each way, the council said.</p></li><li>Tolls stay as they are.</li></ul>
  <blockquote><p>"We have waited long enough," said a resident.</p></blockquote>
  <table><tr><td>Cost: 40 million dollars, according to the city.</td></tr></table>
  <div>Reporting by the city desk, with further reporting by others in the region.</div>
</article></body></html>`;

describe('pageBlocks', () => {
  const page = collectPageText(new JSDOM(PAGE).window.document);
  const blocks = pageBlocks(page);

  it('gives each line of the text the kind of the element it stands in', () => {
    expect(blocks.map((b) => [page.text.slice(b.start, b.end).slice(0, 12), b.kind])).toEqual([
      ['Mayor says t', 'heading'],
      ['The mayor sa', 'paragraph'],
      ['Traffic will', 'list-item'],
      ['Tolls stay a', 'list-item'],
      ['"We have wai', 'quote'],
      ['Cost: 40 mil', 'table'],
      ['Reporting by', 'other'],
    ]);
    expect(blocks[0].tag).toBe('H1');
  });

  it('covers the text line by line, an inline element inside its paragraph', () => {
    for (const b of blocks) expect(page.text.slice(b.start, b.end)).not.toContain('\n');
    expect(blockAt(blocks, page.text.indexOf('May,'))?.kind).toBe('paragraph');
    expect(blockAt(blocks, page.text.indexOf('\n'))).toBeUndefined();
  });

  it('hands the engine the blocks without tags, cut where the text is cut', () => {
    const limit = blocks[2].start + 5;
    const cut = engineBlocks(blocks, limit);
    expect(cut).toHaveLength(3);
    expect(cut[2]).toEqual({ start: blocks[2].start, end: limit, kind: 'list-item' });
    expect(Object.keys(cut[0]).sort()).toEqual(['end', 'kind', 'start']);
  });
});

describe('analyse message with blocks', () => {
  const text = 'Heading\nBody text.';
  const ok = { type: 'analyse', text, blocks: [{ start: 0, end: 7, kind: 'heading' }, { start: 8, end: 18, kind: 'paragraph' }] };

  it('accepts well-formed blocks, or none', () => {
    expect(isBackgroundRequest(ok)).toBe(true);
    expect(isBackgroundRequest({ type: 'analyse', text })).toBe(true);
  });

  it.each([
    ['an unknown kind', [{ start: 0, end: 7, kind: 'banner' }]],
    ['an empty block', [{ start: 3, end: 3, kind: 'heading' }]],
    ['a negative start', [{ start: -1, end: 3, kind: 'heading' }]],
    ['a fractional offset', [{ start: 0.5, end: 3, kind: 'heading' }]],
    ['not a list', { start: 0, end: 3, kind: 'heading' }],
    ['more blocks than characters', Array.from({ length: 40 }, () => ({ start: 0, end: 1, kind: 'other' }))],
  ])('ignores a message with %s', (_, blocks) => {
    expect(isBackgroundRequest({ ...ok, blocks })).toBe(false);
  });
});
