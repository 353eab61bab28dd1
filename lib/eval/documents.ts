/**
 * Documents in JSONL (`{"id", "text", "lang"?}` per line) through the engine, one line at a time:
 * the code path shared by `npm run extract` on a .jsonl file and `npm run eval`.
 */
import { extract, type Attribution, type Lang } from '../engine';

/** Bad input, reported as one line naming the file (and line) instead of a stack trace. */
export class InputError extends Error {}

export type LangOption = Lang | 'auto';

export interface InputDocument {
  id: string | number;
  text: string;
  lang?: LangOption;
}

/** A prediction line as ../shared/eval/score.py reads it. */
export interface PredictionLine {
  id: string | number;
  attributions: Attribution[];
}

const LANGS: readonly string[] = ['de', 'en', 'auto'];

/**
 * Decodes UTF-8 strictly (a leading BOM is dropped). Invalid bytes throw an InputError naming
 * `where`, the line and the byte, rather than turning into U+FFFD mojibake.
 */
export function decodeUtf8(bytes: Uint8Array, where: string, firstLine = 1): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const encoder = new TextEncoder();
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    // The first U+FFFD that is not a literal EF BF BD in the input marks the first bad byte.
    for (let i = lenient.indexOf('\ufffd'); i >= 0; i = lenient.indexOf('\ufffd', i + 1)) {
      const at = bom + encoder.encode(lenient.slice(0, i)).length;
      if (bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) continue;
      const line = firstLine + (lenient.slice(0, i).match(/\n/g)?.length ?? 0);
      const byte = bytes[at].toString(16).toUpperCase().padStart(2, '0');
      throw new InputError(`${where}:${line}: not valid UTF-8 (byte 0x${byte} at offset ${at}); convert the file to UTF-8`);
    }
    throw new InputError(`${where}:${firstLine}: not valid UTF-8`);
  }
}

/**
 * Splits a byte stream into lines (numbered from 1, ending in `\n` or `\r\n`) without holding
 * more of the stream than the current line.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array>): AsyncGenerator<{ n: number; bytes: Uint8Array }> {
  let n = 0;
  let pending: Uint8Array[] = [];
  const line = (end: Uint8Array): Uint8Array => {
    const bytes = pending.length ? Buffer.concat([...pending, end]) : end;
    pending = [];
    return bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
  };
  for await (const chunk of stream) {
    let rest = chunk;
    for (let nl = rest.indexOf(0x0a); nl >= 0; nl = rest.indexOf(0x0a)) {
      yield { n: ++n, bytes: line(rest.subarray(0, nl)) };
      rest = rest.subarray(nl + 1);
    }
    if (rest.length) pending.push(rest);
  }
  if (pending.length) yield { n: ++n, bytes: line(new Uint8Array(0)) };
}

/**
 * Parses one JSONL document line; `null` for a blank line. Throws an InputError naming
 * `file:line` for bad JSON, a missing or mistyped `id`/`text`, or an unknown `lang`.
 */
export function parseDocumentLine(line: string, file: string, n: number): InputDocument | null {
  if (!line.trim()) return null;
  const where = `${file}:${n}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError(`${where}: not JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${where}: expected an object {"id", "text", "lang"?}`);
  }
  const { id, text, lang } = value as Record<string, unknown>;
  if (id === undefined) throw new InputError(`${where}: missing "id"`);
  // `1e400` parses as Infinity and `2e53` loses digits: either would be written back as another id.
  if (typeof id !== 'string' && !Number.isSafeInteger(id)) {
    const got = typeof id === 'number' ? `a number that reads as ${id}` : JSON.stringify(id);
    throw new InputError(`${where}: "id" must be a string or a safe integer, not ${got}`);
  }
  if (text === undefined) throw new InputError(`${where}: missing "text"`);
  if (typeof text !== 'string') throw new InputError(`${where}: "text" must be a string`);
  if (lang !== undefined && (typeof lang !== 'string' || !LANGS.includes(lang))) {
    throw new InputError(`${where}: "lang" must be one of ${LANGS.join(', ')}`);
  }
  return { id: id as string | number, text, lang: lang as LangOption | undefined };
}

/** Runs the engine on one document: the line's own `lang` wins over `fallbackLang`. */
export function predict(doc: InputDocument, fallbackLang: LangOption): PredictionLine {
  return { id: doc.id, attributions: extract(doc.text, { lang: doc.lang ?? fallbackLang }).attributions };
}
