import { ABBREVIATIONS, MONTHS, SENTENCE_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import { finish, STEP_UNITS, type Steps } from './steps';
import type { Lang, Span } from './types';

/** Characters that may stand between a sentence's final punctuation and the space after it. */
const CLOSERS = '“”"\'’‘»«›‹)]';
/** A character that may begin a sentence after a space. */
const SENTENCE_START = /[\p{Lu}\p{N}„“"'‚‘»«›‹(\[–—-]/u;
/** Capitalised words that begin sentences after dotted abbreviations such as `U.S.`. */
const SENTENCE_STARTERS = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'In', 'A', 'An', 'This', 'That', 'Der', 'Die', 'Das',
  'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Aber', 'Im', 'Ein', 'Eine', 'Dies', 'Doch',
]);

function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  return text.slice(s, i);
}

function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e])) e++;
  return text.slice(i, e);
}

/** Whether a period at `i` followed by `next` (the first word after the space) ends the sentence. */
function periodEnds(text: string, i: number, next: string, lang: Lang): boolean {
  const word = wordBefore(text, i);
  if (!word) return true;
  const bare = word.replace(/^\.+/, '');
  const lower = bare.toLowerCase();
  if (bare.includes('.')) return SENTENCE_STARTERS.has(next);
  if (/^\p{Lu}$/u.test(bare)) return false;
  if (ABBREVIATIONS.has(lower)) return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && SENTENCE_STARTERS.has(next);
  if (lang === 'de' && /^\d{1,2}$/.test(bare)) return !MONTHS.has(next.toLowerCase()) && SENTENCE_STARTERS.has(next);
  return true;
}

/**
 * Splits text into sentences. Line breaks always end a sentence; `.`, `!`, `?` and `…` end one
 * when a space and a sentence start follow, except after abbreviations, initials and (German)
 * ordinals such as `am 3. Oktober`.
 */
export const splitSentences = (text: string, lang: Lang): Span[] => finish(splitSentencesSteps(text, lang));

export function* splitSentencesSteps(text: string, lang: Lang): Steps<Span[]> {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  const n = text.length;
  const candidates = /[.!?…\n]/g;
  let scanned = 0;
  for (let i = 0; i < n; i++) {
    if (++scanned % STEP_UNITS === 0) yield;
    candidates.lastIndex = i;
    const hit = candidates.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = text[i];
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < n && CLOSERS.includes(text[j])) j++;
    if (j >= n) break;
    if (text[j] === '\n') {
      i = j - 1;
      continue;
    }
    if (!/\s/.test(text[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
    if (k >= n || text[k] === '\n' || text[k] === '\r') {
      i = k - 1;
      continue;
    }
    if (!SENTENCE_START.test(text[k])) {
      i = k - 1;
      continue;
    }
    if (c === '.' && j === i + 1 && !periodEnds(text, i, wordAt(text, k), lang)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}
