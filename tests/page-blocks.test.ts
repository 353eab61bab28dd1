// @vitest-environment jsdom
/**
 * The block structure of collected page text (lib/page/blocks.ts) and its way to the engine: the
 * analyse message carries it, checked like every message.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockAt, engineBlocks, pageBlocks, pageBlockSteps } from '../lib/page/blocks';
import { collectPageText } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { isBackgroundRequest, packBlocks, unpackBlocks } from '../lib/messages';
import type { TextBlock } from '../lib/engine/types';

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
    expect(blocks.map((b) => [wholeText(page.parts).slice(b.start, b.end).slice(0, 12), b.kind])).toEqual([
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
    for (const b of blocks) expect(wholeText(page.parts).slice(b.start, b.end)).not.toContain('\n');
    expect(blockAt(blocks, wholeText(page.parts).indexOf('May,'))?.kind).toBe('paragraph');
    expect(blockAt(blocks, wholeText(page.parts).indexOf('\n'))).toBeUndefined();
  });

  it('finds the blocks one a step, so a page of thousands runs in slices between its tasks', () => {
    const steps = pageBlockSteps(page);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value).toEqual(blocks);
    expect(pauses).toBe(blocks.length);
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
  const blocks: TextBlock[] = [
    { start: 0, end: 7, kind: 'heading' },
    { start: 8, end: 18, kind: 'paragraph' },
  ];
  const ok = { type: 'analyse', text, blocks: packBlocks(blocks) };

  it('carries the blocks packed as numbers, and unpacks them as they were', () => {
    expect(ok.blocks).toEqual([0, 7, 0, 8, 18, 1]);
    expect(unpackBlocks(ok.blocks)).toEqual(blocks);
  });

  it('packs only the blocks before the text is cut, the last one cut there', () => {
    expect(packBlocks(blocks, 10)).toEqual([0, 7, 0, 8, 10, 1]);
    expect(packBlocks(blocks, 7)).toEqual([0, 7, 0]);
  });

  it('accepts well-formed blocks, or none', () => {
    expect(isBackgroundRequest(ok)).toBe(true);
    expect(isBackgroundRequest({ type: 'analyse', text })).toBe(true);
  });

  it.each([
    ['an unknown kind', [0, 7, 7]],
    ['a kind that is no number', [0, 7, 'heading']],
    ['an empty block', [3, 3, 0]],
    ['a negative start', [-1, 3, 0]],
    ['a fractional offset', [0.5, 3, 0]],
    ['an incomplete block', [0, 7, 0, 8, 18]],
    ['blocks as objects', blocks],
    ['not a list', { start: 0, end: 3, kind: 0 }],
    ['more blocks than characters', Array.from({ length: 40 }, () => [0, 1, 6]).flat()],
    ['a block past the text', [8, 19, 1]],
  ])('ignores a message with %s', (_, packed) => {
    expect(isBackgroundRequest({ ...ok, blocks: packed })).toBe(false);
  });
});
