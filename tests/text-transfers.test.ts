import { describe, expect, it } from 'vitest';
import { analyseRequests, isBackgroundRequest, TEXT_PART_CHARS, type AnalyseRequest, type TextPartRequest } from '../lib/messages';
import { partsOf } from '../lib/page/text-parts';
import { TextTransfers, type SenderKey } from '../lib/text-transfers';

/** A page text of `n` characters, every piece different. */
const pageText = (n: number) => Array.from({ length: Math.ceil(n / 40) }, (_, i) => `„Satz ${i}“, sagte Anna Schulz am Abend. `.padEnd(40, '.')).join('').slice(0, n);

const TAB: SenderKey = '7:0';

/** Delivers `requests` to `transfers` as the background does; the text the analyse request stands for. */
function deliver(transfers: TextTransfers, requests: (TextPartRequest | AnalyseRequest)[], sender: SenderKey = TAB): string {
  for (const request of requests) {
    expect(isBackgroundRequest(request), `${request.type} ${request.text.length}`).toBe(true);
    if (request.type === 'text-part') transfers.add(sender, request);
    else return transfers.take(sender, request);
  }
  throw new Error('no analyse request');
}

describe('a page text sent in pieces', () => {
  it('goes as one message while it fits one piece', () => {
    const text = pageText(TEXT_PART_CHARS);
    expect(analyseRequests(partsOf(text), 'de', [0, 10, 1])).toEqual([{ type: 'analyse', text, lang: 'de', blocks: [0, 10, 1] }]);
  });

  it.each([TEXT_PART_CHARS + 1, 3 * TEXT_PART_CHARS, 3_400_000, 4_000_000])('of %i characters: no message carries more than one piece, and they join to the text', (n) => {
    const text = pageText(n);
    const requests = analyseRequests(partsOf(text), 'de', [0, n, 1]);
    expect(requests.length).toBe(Math.ceil(n / TEXT_PART_CHARS));
    for (const request of requests) expect(request.text.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
    expect(requests.at(-1)).toMatchObject({ type: 'analyse', lang: 'de', blocks: [0, n, 1] });
    expect(deliver(new TextTransfers(), requests)).toBe(text);
  });

  it('keeps the transfers of two frames apart, and a new transfer of a frame replaces its unfinished one', () => {
    const transfers = new TextTransfers();
    const a = analyseRequests(partsOf(pageText(2 * TEXT_PART_CHARS + 5)), undefined, []);
    const b = analyseRequests(partsOf(pageText(3 * TEXT_PART_CHARS)), undefined, []);
    const c = analyseRequests(partsOf(`${pageText(TEXT_PART_CHARS)}Ende.`), undefined, []);
    transfers.add(TAB, a[0] as TextPartRequest);
    transfers.add('7:3', b[0] as TextPartRequest);
    expect(deliver(transfers, c)).toBe(`${pageText(TEXT_PART_CHARS)}Ende.`);
    expect(() => transfers.take(TAB, a.at(-1) as AnalyseRequest)).toThrow('incomplete');
    expect(deliver(transfers, b.slice(1), '7:3')).toBe(pageText(3 * TEXT_PART_CHARS));
  });

  it('refuses a text with a piece missing, out of order, or of another transfer', () => {
    const requests = analyseRequests(partsOf(pageText(3 * TEXT_PART_CHARS + 1)), 'en', []);
    const cases = [
      [requests[0], requests[2], requests[3]],
      [requests[1], requests[0], requests[2], requests[3]],
      [requests[0], { ...requests[1], transfer: 'anderertransfer1' }, requests[2], requests[3]],
      [requests[3]],
    ];
    for (const sent of cases) expect(() => deliver(new TextTransfers(), sent as (TextPartRequest | AnalyseRequest)[])).toThrow('incomplete');
  });

  it('refuses blocks past the joined text, and forgets a closed tab\'s transfers', () => {
    const text = pageText(TEXT_PART_CHARS + 10);
    expect(() => deliver(new TextTransfers(), analyseRequests(partsOf(text), 'de', [0, text.length + 1, 1]))).toThrow('malformed');
    const transfers = new TextTransfers();
    const requests = analyseRequests(partsOf(text), 'de', []);
    transfers.add(TAB, requests[0] as TextPartRequest);
    transfers.dropTab(7);
    expect(() => transfers.take(TAB, requests[1] as AnalyseRequest)).toThrow('incomplete');
  });

  it.each([
    ['a piece shorter than a piece', { type: 'text-part', transfer: 'abcdefgh', index: 0, text: 'kurz' }],
    ['a piece longer than a piece', { type: 'text-part', transfer: 'abcdefgh', index: 0, text: 'x'.repeat(TEXT_PART_CHARS + 1) }],
    ['a piece beyond the longest text', { type: 'text-part', transfer: 'abcdefgh', index: 16, text: 'x'.repeat(TEXT_PART_CHARS) }],
    ['a negative index', { type: 'text-part', transfer: 'abcdefgh', index: -1, text: 'x'.repeat(TEXT_PART_CHARS) }],
    ['a transfer name with other characters', { type: 'text-part', transfer: '../../x', index: 0, text: 'x'.repeat(TEXT_PART_CHARS) }],
    ['a last piece longer than a piece', { type: 'analyse', transfer: 'abcdefgh', text: 'x'.repeat(TEXT_PART_CHARS + 1) }],
  ])('ignores a message with %s', (_, message) => {
    expect(isBackgroundRequest(message)).toBe(false);
  });
});
