/**
 * Saved web pages read as a browser would: their bytes decoded by BOM, declared charset or
 * content, and their main text collected exactly as the content script collects it. The one
 * decoder of saved pages: `npm run extract` on .html files, `npm run eval -- --pages` and
 * `--maintext`, and the test server that shows them to the browsers. Node only.
 */
import { readFileSync } from 'node:fs';
import type { PageBlock } from '../page/blocks';
import { decodeUtf8, InputError } from './documents';

/** The encoding a byte order mark announces. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Share of code units in a sample with a zero high byte above which a text is read as UTF-16. */
const UTF16_NUL_SHARE = 0.3;
/** Bytes sampled from the start to tell UTF-16 without a BOM. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a byte order mark, told by its NUL bytes: every ASCII or Latin-1 character (all
 * of HTML's markup, most of German and English) has a zero high byte, on odd offsets in
 * little-endian and even ones in big-endian; UTF-8 and the single-byte encodings hold no NULs in text.
 */
export function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (!units) return undefined;
  if (odd >= units * UTF16_NUL_SHARE && even <= units * 0.01) return 'utf-16le';
  if (even >= units * UTF16_NUL_SHARE && odd <= units * 0.01) return 'utf-16be';
  return undefined;
}

/** Decodes UTF-16 strictly (a leading BOM is dropped): a lone surrogate or an odd last byte is an error, not U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, encoding: string, path: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid ${encoding.toUpperCase()}, although its bytes look like it`);
  }
}

/** The label of a `<meta charset>` or `<meta http-equiv content-type>` in the first 1024 bytes, as the HTML prescan reads. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1].toLowerCase();
  }
  return undefined;
}

/**
 * Characters of windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252). Node's TextDecoder
 * (since 20.18.3, nodejs/node#60888) decodes them as Latin-1 C1 controls, losing „“ ’ – € …
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252, the encoding HTML uses for the labels latin1, iso-8859-1, ascii and windows-1252. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/**
 * Decodes an HTML file as a browser would: BOM, else the declared charset, else UTF-8, falling
 * back to windows-1252 for undeclared bytes that are not UTF-8. Bytes invalid in the declared
 * encoding are an error rather than mojibake.
 */
export function htmlSource(bytes: Uint8Array, path: string): string {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-8') return decodeUtf8(bytes, path);
  if (bom) return new TextDecoder(bom).decode(bytes);
  // Without a BOM, a UTF-16 page hides its <meta charset> between NUL bytes: tell it by them.
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, path);
  const label = metaCharset(bytes);
  if (!label) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    throw new InputError(`${path}: unknown character encoding "${label}" in <meta charset>`);
  }
  // The HTML standard reads a <meta>-declared UTF-16 as UTF-8: the meta itself was ASCII-readable.
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return decodeUtf8(bytes, path);
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid ${encoding}, although the page declares it`);
  }
}

/** The HTML of the saved page at `path`, decoded by htmlSource. */
export function readHtmlFile(path: string): string {
  return htmlSource(readFileSync(path), path);
}

/** The text of a saved page as the extension reads it, its declared language and its blocks. */
export interface SavedPage {
  text: string;
  lang?: string;
  /** Each block of the text (a heading, a paragraph …) with its element, in order. */
  blocks: PageBlock[];
}

/**
 * The main text of a saved page, collected exactly as the content script collects it. jsdom loads
 * only when a page is read: it would double the start-up time of the CLI's other inputs.
 */
export async function readSavedPage(bytes: Uint8Array, path: string): Promise<SavedPage> {
  const [{ JSDOM, VirtualConsole }, { collectPageText }, { pageBlocks }, { wholeText }] = await Promise.all([
    import('jsdom'),
    import('../page/collect'),
    import('../page/blocks'),
    import('../page/text-parts'),
  ]);
  // The page's own style sheets and scripts are not ours to report on: jsdom's complaints stay quiet.
  const dom = new JSDOM(htmlSource(bytes, path), { virtualConsole: new VirtualConsole() });
  try {
    const page = collectPageText(dom.window.document);
    const text = wholeText(page.parts);
    if (!text.trim()) throw new InputError(`${path}: the page has no article text`);
    return { text, lang: page.lang, blocks: pageBlocks(page) };
  } finally {
    dom.window.close();
  }
}
