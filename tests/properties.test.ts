import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult, type Span } from '../lib/engine/index';
import { isUpperInitial, tokenize } from '../lib/engine/text';

const LANGS = ['de', 'en', 'auto'] as const;
const KINDS = new Set(['direct', 'mixed', 'indirect', 'according_to', 'unnamed']);
const ENTITY_TYPES = new Set(['person', 'organisation', 'media', 'group', 'unnamed']);
const QUOTE_MARKS = ['„', '“', '”', '"', "'", '‘', '’', '‚', '»', '«', '›', '‹'];

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset between the two halves of a surrogate pair would cut an astral character in half. */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));

/**
 * The first broken promise about a result's shape, checked against the text it was given, or
 * undefined when there is none. Plain code rather than `expect` calls, so that checking the tens of
 * thousands of attributions a hostile megabyte yields stays cheap.
 */
function malformation(text: string, result: ExtractResult): string | undefined {
  if (result.lang !== 'de' && result.lang !== 'en') return `lang ${String(result.lang)}`;
  if (!Array.isArray(result.attributions)) return 'attributions is no array';
  for (const [n, a] of result.attributions.entries()) {
    if (!KINDS.has(a.kind)) return `attribution ${n}: kind ${a.kind}`;
    if (typeof a.entity?.name !== 'string' || !ENTITY_TYPES.has(a.entity.type)) return `attribution ${n}: entity ${JSON.stringify(a.entity)}`;
    for (const role of ['cue', 'source', 'content'] as const) {
      const spans: Span[] = a[role];
      if (!Array.isArray(spans)) return `attribution ${n}: ${role} is no array`;
      for (let i = 0; i < spans.length; i++) {
        const [s, e] = spans[i];
        const where = `attribution ${n}: ${role}[${i}] = [${s}, ${e}] in a text of ${text.length}`;
        if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s >= e || e > text.length) return `${where} lies outside the text`;
        if (splitsPair(text, s) || splitsPair(text, e)) return `${where} cuts a surrogate pair`;
        if (i > 0 && s < spans[i - 1][1]) return `${where} overlaps or precedes ${role}[${i - 1}]`;
      }
    }
  }
  return undefined;
}

const expectWellFormed = (text: string, result: ExtractResult) => expect(malformation(text, result), JSON.stringify(text.slice(0, 300))).toBeUndefined();

function checkText(text: string): void {
  for (const lang of LANGS) {
    const result = extract(text, { lang });
    expectWellFormed(text, result);
    if (lang !== 'auto') expect(result.lang).toBe(lang);
  }
}

/** Pieces that news text is made of, plus the characters that trip naive text handling. */
const WORDS = [
  'Der', 'die', 'das', 'Kanzler', 'Merz', 'sagte', 'sagt', 'erklärte', 'betonte', 'laut', 'nach', 'Angaben', 'zufolge',
  'berichtete', 'Staatsmedien', 'Regierung', 'Sprecherin', 'er', 'sie', 'dass', 'und', 'nicht', 'Xi', 'Jinping',
  'Ushakov', 'US-Präsident', 'Trump', 'The', 'president', 'said', 'says', 'told', 'reporters', 'according', 'to',
  'officials', 'he', 'she', 'they', 'that', 'and', 'not', 'Biden', 'spokeswoman', 'Reuters', 'don’t', 'Trump’s',
  "parents'", 'it’s', 'Dr.', 'Prof.', 'U.S.', 'z.', 'B.', 'Mrd.', 'am', '3.', 'Oktober', 'John', 'F.', 'Kennedy',
  '240', '1,5', '3.5', 'e\u0301', 'Ü', 'ß', '😀', '👩‍👩‍👧', '𝔘𝔫𝔦', '𠜎', 'مرحبا', 'قال', 'שלום', '\u200f', '\u200e',
  '\u0301', '\u00ad', '\u200b', '\ufeff',
];
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '…', '–', '—', '-', '(', ')', '[', ']', '/'];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\t', '\u00a0', '\r\n'];

const newsPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const newsLike = fc
  .array(fc.tuple(newsPiece, fc.constantFrom(...SEPARATORS)), { maxLength: 120 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Any UTF-16 code unit, lone surrogates included: pages can hold broken text. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/**
 * What a token is, as one pattern: a word (letters, marks and digits, joined by inner `-'’.&`),
 * else any one code point that is not space. The tokeniser scans faster than this pattern runs.
 */
const TOKEN_DEFINITION = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
/**
 * Characters a tokeniser can get wrong: letters, digits and symbols beyond the first plane (two
 * units each), symbols with a lower case, spaces beyond ASCII.
 */
const TRICKY_CHARS = ['𝐀', '𝟙', '😀', '𠀀', '\u{1F1E9}\u{1F1EA}', '\u{E0041}', 'Ⓐ', 'Ⅻ', '\u2003', '\u3000', '\u2028', '\u00a0'];

describe('tokens on arbitrary input', () => {
  const text = fc.oneof(
    fc.string({ unit: anyCodeUnit, maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.oneof(newsPiece, fc.constantFrom(...TRICKY_CHARS, ...SEPARATORS)), { maxLength: 80 }).map((p) => p.join('')),
    newsLike,
  );
  it('are the matches of their one-pattern definition, with their offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(TOKEN_DEFINITION)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() }));
        expect(tokenize(t).map(({ start, end, text, lower }) => ({ start, end, text, lower }))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('start upper case exactly when their first unit is an upper-case letter', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const { text: token } of tokenize(t)) {
          const first = token.charAt(0);
          expect(isUpperInitial(token), token).toBe(first !== first.toLowerCase() && /^\p{Lu}/u.test(first));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('extract on arbitrary input', () => {
  it('returns well-formed results for any string of code units', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 200 }), checkText), { numRuns: 150 });
  });

  it('returns well-formed results for any string of graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkText), { numRuns: 150 });
  });

  it('returns well-formed results for generated news-like text', () => {
    fc.assert(fc.property(newsLike, checkText), { numRuns: 400 });
  });

  it('returns well-formed results for news-like text glued to random surroundings', () => {
    const glued = fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), newsLike, fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(glued, ([a, b, c]) => checkText(a + b + c)), { numRuns: 150 });
  });

  it('is deterministic: the same text yields the same result', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 100 },
    );
  });

  it('handles attributions in every quote style inside longer text', () => {
    const attributed = fc
      .tuple(
        fc.constantFrom(['„', '“'], ['»', '«'], ['«', '»'], ['“', '”'], ['"', '"'], ['‚', '‘'], ['‘', '’'], ["'", "'"], ['›', '‹']),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(', sagte Merz.', ', said Biden.', '“, sagte er.', ' he told reporters.', ', so die Staatsmedien.'),
        newsLike,
      )
      .map(([[open, close], words, tail, rest]) => `${rest}\n${open}${words.join(' ')}${close}${tail} ${rest}`);
    fc.assert(fc.property(attributed, checkText), { numRuns: 200 });
  });

  it('rejects a non-string with a clear error', () => {
    for (const bad of [undefined, null, 42, {}, ['text']]) expect(() => extract(bad as unknown as string)).toThrow(TypeError);
  });

  it('handles the empty string and white space alone', () => {
    for (const text of ['', ' ', '\n\n\n', '\t \u00a0', '„“', '""', "''"]) {
      checkText(text);
      expect(extract(text).attributions).toEqual([]);
    }
  });
});

/** Processor time of this process in milliseconds: other processes on a busy machine do not count. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Processor time of extracting each of `texts`, one after the other. */
function timeOf(texts: readonly string[]): number {
  const t0 = cpuMs();
  for (const text of texts) extract(text);
  return cpuMs() - t0;
}

/**
 * Least processor time of the large input, and of the small one read SIZE_FACTOR times (the same
 * number of characters), over `pairs` alternating measurements. Reading the same characters makes
 * the same garbage, so both measurements meet the collector alike: a single small run often
 * escaped it, and its least time then compared a run without collection with one that had to
 * collect. Alternating makes both meet the same neighbours; the least is the one they disturbed least.
 */
function bestTimes(small: string, large: string, pairs: number): [number, number] {
  const smallRuns = Array.from({ length: SIZE_FACTOR }, () => small);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let p = 0; p < pairs; p++) {
    bestSmall = Math.min(bestSmall, timeOf(smallRuns));
    bestLarge = Math.min(bestLarge, timeOf([large]));
  }
  return [bestSmall, bestLarge];
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const MB = 1 << 20;
/**
 * One input four times as long as another may take at most twice as long as reading the short one
 * four times: linear work takes as long, a quadratic step four times as long. A factor of four
 * between the sizes keeps that gap wide enough that a collection or a busy neighbour inflating one
 * measurement cannot pass for a quadratic step.
 */
const SIZE_FACTOR = 4;
const MAX_SLOWDOWN = 2;
/** Below this per small run, timer resolution and scheduling dominate and a ratio says nothing. */
const NOISE_FLOOR_MS = 5;
/** Far beyond any linear run on these sizes, and well short of a frozen tab. */
const ABSOLUTE_CAP_MS = 10_000;
/**
 * Wall-clock limit of one case: six megabyte runs take a few seconds of processor time, but on a
 * machine shared with other jobs their wall time can be several times that. Processor time is what
 * the checks above measure.
 */
const WALL_TIMEOUT_MS = 120_000;

interface Hostile {
  name: string;
  /** Builds the input at a given length in UTF-16 code units. */
  make: (length: number) => string;
  /** Length of the larger input; the smaller one is a quarter of it. */
  size: number;
}

const distinctNames = (length: number) => {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `Anna K${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}ow sprach. `;
  return out.slice(0, length);
};

const HOSTILE: Hostile[] = [
  { name: '1 MB without spaces', make: (n) => repeatTo('Bundesverfassungsgerichtsurteil', n), size: MB },
  { name: '1 MB without spaces, with punctuation and marks', make: (n) => repeatTo('a.b,c„d“e‚f‘g»h«i"j\'k', n), size: MB },
  ...QUOTE_MARKS.map((mark) => ({ name: `100k × ${mark}`, make: (n: number) => mark.repeat(n), size: 100_000 })),
  { name: '100k marks of every style, mixed', make: (n) => repeatTo(QUOTE_MARKS.join(''), n), size: 100_000 },
  { name: '100k openers, never closed', make: (n) => repeatTo(' „a »b “c "d ‚e ‘f', n), size: 200_000 },
  { name: '100k closers, never opened', make: (n) => repeatTo('a“ b« c” d" e‘ f’ ', n), size: 200_000 },
  { name: '100k openers at paragraph starts', make: (n) => repeatTo('\n„a', n), size: 300_000 },
  { name: '1 MB of „a“, sagte X.', make: (n) => repeatTo('„a“, sagte X. ', n), size: MB },
  { name: '1 MB of „a“, sagte der Präsident.', make: (n) => repeatTo('Xi Jinping kam. „a“, sagte der Präsident. ', n), size: MB },
  { name: '1 MB of "a," he said.', make: (n) => repeatTo('"a," he said. ', n), size: MB },
  { name: '1 MB of periods', make: (n) => '.'.repeat(n), size: MB },
  { name: '1 MB of periods, then a word', make: (n) => `${'.'.repeat(n - 2)} a`, size: MB },
  { name: '1 MB of ?!…, then a word', make: (n) => `${repeatTo('?!…', n - 2)}x`, size: MB },
  { name: '1 MB of newlines', make: (n) => '\n'.repeat(n), size: MB },
  { name: '1 MB of abbreviations', make: (n) => repeatTo('z. B. Dr. Prof. U.S. Mrd. am 3. ', n), size: MB },
  { name: '1 MB of dotted abbreviations without spaces', make: (n) => repeatTo('U.S.A.', n), size: MB },
  { name: '1 MB of capitalised words', make: (n) => repeatTo('Xi Jinping Ab Cd ', n), size: MB },
  { name: '1 MB of distinct names', make: distinctNames, size: MB },
  // Cue-dense text and sentences without an end: each cue once made every other in its sentence count.
  { name: '400k of "said, " (one sentence, cues and marks only)', make: (n) => repeatTo('"said, "', n), size: 400_000 },
  { name: '400k of "a," he said, " (one sentence of quotes)', make: (n) => repeatTo('"a," he said, "', n), size: 400_000 },
  { name: '400k of Merkel sagte: „', make: (n) => repeatTo('Merkel sagte: „', n), size: 400_000 },
  { name: '400k of according to officials (one sentence)', make: (n) => repeatTo('according to officials ', n), size: 400_000 },
  { name: '400k of laut Merkel sei, (one sentence)', make: (n) => repeatTo('laut Merkel sei das gut, ', n), size: 400_000 },
  { name: '400k German sentence without a full stop', make: (n) => repeatTo('Die Regierung sagte am Montag, sie werde handeln und ', n), size: 400_000 },
  { name: '400k English sentence of 70k words', make: (n) => repeatTo('the minister spoke and ', n), size: 400_000 },
  { name: '400k of unbalanced marks', make: (n) => repeatTo('a " b „c » d ', n), size: 400_000 },
  { name: '400k of nested quotations', make: (n) => repeatTo('„a »b ‚c “said” d‘ e« f“ ', n), size: 400_000 },
  { name: '400k paragraph of names', make: (n) => repeatTo('Angela Merkel, Olaf Scholz, Xi Jinping, ', n), size: 400_000 },
];

describe('extract runs in linear time on hostile input', () => {
  it.each(HOSTILE)('$name', ({ make, size }) => {
    const small = make(size / SIZE_FACTOR);
    const large = make(size);
    // One unmeasured run on the large input checks its result and grows the heap to its size, so
    // that the timed runs of both sizes meet the same collector.
    const t0 = cpuMs();
    expectWellFormed(large, extract(large));
    expect(cpuMs() - t0, `first run on ${large.length} characters`).toBeLessThan(ABSOLUTE_CAP_MS);
    // Noise can inflate one measurement; a super-linear step inflates every one.
    const ratios: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const [tSmalls, tLarge] = bestTimes(small, large, 3);
      if (tLarge / Math.max(tSmalls, SIZE_FACTOR * NOISE_FLOOR_MS) < MAX_SLOWDOWN) return;
      ratios.push(`${tSmalls.toFixed(1)} ms for ${SIZE_FACTOR} short inputs → ${tLarge.toFixed(1)} ms for the long one`);
    }
    expect.fail(`time grows faster than the input: ${ratios.join(', ')}`);
  }, WALL_TIMEOUT_MS);
});
