import { finish, STEP_UNITS, type Steps } from './steps';

/** A quotation: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface Quote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

/**
 * Every quotation mark news sites use; apostrophes are told apart by context. Two apostrophes
 * stand for a double mark, as in plain-text news archives (`''Yes,'' he said`).
 */
const MARKS = /''|[„“”"»«‚‘’'›‹\n]/g;

/** Which closing marks each opening mark accepts. */
const CLOSES: Record<string, string> = {
  '„': '“”"',
  '“': '”"“',
  '"': '"”“',
  '»': '«',
  '«': '»',
  '‚': '‘’\'',
  '‘': '’\'',
  "'": "'’",
  '›': '‹',
  '‹': '›',
};
const DOUBLE_OPENERS = '„“"»«';
const SINGLE_OPENERS = '‚‘\'›‹';
/** A quotation longer than this is taken for a stray mark, which keeps matching linear and local. */
const MAX_QUOTE_CHARS = 6000;

const isSpaceOrEdge = (c: string | undefined) => c === undefined || /[\s(\[{\u2013\u2014/-]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  const mark = text[i];
  if (mark === '„' || mark === '‚') return !isWordChar(prev) || prev === undefined;
  return isSpaceOrEdge(prev) || DOUBLE_OPENERS.includes(prev) || SINGLE_OPENERS.includes(prev) || prev === ':';
}

function canClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || /\s/.test(prev)) return false;
  return !isWordChar(next);
}

/** Whether the mark at `i` (two apostrophes when `wide`) may open a quotation. */
const opensAt = (text: string, i: number, wide: boolean) => canOpen(text, i) && (!wide || canOpen(text, i + 1));
const closesAt = (text: string, i: number, wide: boolean) => canClose(text, i) && (!wide || canClose(text, i + 1));

/** An apostrophe between letters (`don’t`, `Trump’s`) is no quotation mark. */
const isApostrophe = (text: string, i: number) =>
  (text[i] === '’' || text[i] === "'") && isWordChar(text[i - 1]) && isWordChar(text[i + 1]);

/**
 * Finds top-level quotations in one linear pass. Quotes nested inside a quotation are part of it.
 * A quotation may run over paragraphs when each new paragraph opens with the same mark, as news
 * style does for long quotes; an opening mark that is never closed is dropped.
 */
export const findQuotes = (text: string): Quote[] => finish(findQuotesSteps(text));

export function* findQuotesSteps(text: string): Steps<Quote[]> {
  const out: Quote[] = [];
  let open = -1;
  let openWide = false;
  let pendingBreak = false;
  // A fresh pattern per call: a paused search must not share `lastIndex` with another.
  const marks = new RegExp(MARKS);
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = marks.exec(text)) !== null) {
    if (++seen % STEP_UNITS === 0) yield;
    const i = m.index;
    const wide = m[0] === "''";
    const c = wide ? '"' : m[0];
    if (c === '\n') {
      if (open >= 0) pendingBreak = true;
      continue;
    }
    if (isApostrophe(text, i)) continue;
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) open = -1;
    if (open >= 0) {
      const opener = openWide ? '"' : text[open];
      const single = SINGLE_OPENERS.includes(opener);
      if (pendingBreak) {
        pendingBreak = false;
        const paragraphStart = /^\s*$/.test(text.slice(text.lastIndexOf('\n', i) + 1, i));
        if (paragraphStart && c === opener && opensAt(text, i, wide)) continue;
        open = opensAt(text, i, wide) && (DOUBLE_OPENERS.includes(c) || SINGLE_OPENERS.includes(c)) ? i : -1;
        openWide = wide;
        continue;
      }
      if (CLOSES[opener].includes(c) && closesAt(text, i, wide) && !(single && c === "'" && isWordChar(text[i + 1]))) {
        out.push({ start: open, end: i + m[0].length, innerStart: open + (openWide ? 2 : 1), innerEnd: i });
        open = -1;
        continue;
      }
      if (!(c === opener || (single && DOUBLE_OPENERS.includes(c))) || !opensAt(text, i, wide)) continue;
      open = i;
      openWide = wide;
      continue;
    }
    if ((DOUBLE_OPENERS.includes(c) || SINGLE_OPENERS.includes(c)) && opensAt(text, i, wide)) {
      open = i;
      openWide = wide;
      pendingBreak = false;
    }
  }
  return out;
}
