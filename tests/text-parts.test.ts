/**
 * A page's text kept in pieces (lib/page/text-parts.ts): every operation on the pieces gives what
 * the same operation gives on the text whole, and the pieces stay cut at TEXT_PART_CHARS.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { TEXT_PART_CHARS } from '../lib/messages';
import { pageBlocks } from '../lib/page/blocks';
import { collectPageText } from '../lib/page/collect';
import { appendParts, partsLength, partsOf, partsUpTo, sameText, sliceParts, wholeText, type TextParts } from '../lib/page/text-parts';

const SENTENCE = '„Die Brücke bleibt gesperrt“, sagte Anna Schulz.\n';
/** `n` characters of sentences, starting `shift` characters into one: breaks fall anywhere relative to the cuts. */
const textOf = (n: number, shift: number) => SENTENCE.repeat(Math.ceil((n + shift) / SENTENCE.length) + 1).slice(shift, shift + n);

/** Lengths around the cuts between pieces, and plain ones. */
const length = fc.oneof(
  fc.nat(600),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: -3, max: 3 })).map(([k, d]) => k * TEXT_PART_CHARS + d),
  fc.integer({ min: 0, max: 3 * TEXT_PART_CHARS + 10 }),
);
const text = fc.tuple(length, fc.nat(SENTENCE.length - 1)).map(([n, shift]) => textOf(n, shift));

function expectCut(parts: TextParts): void {
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts.slice(0, -1)) expect(part.length).toBe(TEXT_PART_CHARS);
  expect(parts.at(-1)!.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
  if (parts.length > 1) expect(parts.at(-1)!.length).toBeGreaterThan(0);
}

describe('text in pieces', () => {
  it('cuts a text into pieces of TEXT_PART_CHARS that join to it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const parts = partsOf(t);
        expectCut(parts);
        expect(wholeText(parts)).toBe(t);
        expect(partsLength(parts)).toBe(t.length);
      }),
      { numRuns: 60 },
    );
  });

  it('slices across the cuts as the text whole does', () => {
    const t = textOf(3 * TEXT_PART_CHARS + 77, 5);
    const parts = partsOf(t);
    const offset = fc.oneof(fc.integer({ min: -5, max: t.length + 5 }), fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -60, max: 60 })).map(([k, d]) => k * TEXT_PART_CHARS + d));
    fc.assert(
      fc.property(offset, offset, (start, end) => {
        expect(sliceParts(parts, start, end)).toBe(t.slice(Math.max(0, start), Math.max(0, end)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the first characters up to a limit, still cut at TEXT_PART_CHARS', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 4 * TEXT_PART_CHARS }), (t, limit) => {
        const kept = partsUpTo(partsOf(t), limit);
        expectCut(kept);
        expect(wholeText(kept)).toBe(t.slice(0, limit));
      }),
      { numRuns: 60 },
    );
  });

  it('appends a text, cutting only the last piece again', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const joined = appendParts(partsOf(a), partsOf(b));
        expect(joined).toEqual(partsOf(a + b));
        expect(sameText(joined, partsOf(a + b))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('tells texts apart by their characters, not by how many pieces they have', () => {
    const t = textOf(TEXT_PART_CHARS + 10, 0);
    expect(sameText(partsOf(t), partsOf(`${t}`))).toBe(true);
    expect(sameText(partsOf(t), partsOf(`${t.slice(0, -1)}x`))).toBe(false);
    expect(sameText(partsOf(t), partsOf(t.slice(0, TEXT_PART_CHARS)))).toBe(false);
  });
});

describe('a page longer than one piece', () => {
  // Paragraphs of uneven length, so that breaks between blocks fall on either side of a cut.
  const paragraphs = Array.from({ length: 900 }, (_, i) => `Absatz ${i}: ${'„Die Brücke bleibt gesperrt“, sagte Anna Schulz. '.repeat(1 + (i % 37))}`.trim());
  const dom = new JSDOM(`<body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body>`);
  const page = collectPageText(dom.window.document);

  it('is collected into pieces cut at TEXT_PART_CHARS that join to its text', () => {
    expect(page.parts.length).toBeGreaterThan(3);
    expectCut(page.parts);
    expect(wholeText(page.parts)).toBe(paragraphs.join('\n'));
  });

  it('has one block a paragraph, those crossing a cut too', () => {
    const whole = wholeText(page.parts);
    const blocks = pageBlocks(page);
    expect(blocks.map((b) => whole.slice(b.start, b.end))).toEqual(paragraphs);
    const crossing = blocks.filter((b) => Math.floor(b.start / TEXT_PART_CHARS) !== Math.floor(b.end / TEXT_PART_CHARS));
    expect(crossing.length).toBeGreaterThan(2);
  });
});
