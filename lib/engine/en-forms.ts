/** English attributions of a fixed form: `according to X`, unnamed sources, questions, speaker labels, `quoted as saying`, `X: "…"`. */
import { CLAIM_FORMS, CLAIMED_THINGS, CUE_NOUN_COMPOUNDS, SOURCE_LEADERS } from '../lexicon/en-cues';
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { type Sentence } from './doc';
import { isUpperInitial, trimSpan } from './text';
import type { Span } from './types';
import { claimBefore, claimEnd, claimStart } from './en-claim';
import { candidate, CUES, type Found, Reader } from './en-reader';
import { sourceBefore } from './en-source';
import { AMOUNT_LEADERS, ASIDE_STARTS, ASKED_AFTER, AUXILIARY_VERBS, CLAUSE_STARTS, CUE_NOUN_OBJECTS, MODIFIER_BEFORE_NOUN, NOT_CLAIM_REST, NOT_SPEAKER_LABEL, NOUN_PHRASE_ENDS, PARTICIPLE_CUE, PASSIVE_ASKED_NEXT, POLL_NOUNS } from '../lexicon/en-grammar';

/** Most tokens an `according to` source runs to: the longest in the evaluation corpora has 180 characters, about 30 words. A longer run names nobody. */
const MAX_SOURCE_TOKENS = 60;

/** `according to X, …`, `…, according to X` and `…, per X`; the cue is `width` tokens long. */
export function accordingTo(r: Reader, k: number, sent: Sentence, floor: number, out: Found[], width: number): void {
  const e1 = sent.t1;
  let x = k + width;
  // The source runs to the next punctuation; the period of `Ms.` or `U.S.` does not end it.
  const limit = Math.min(e1, k + width + MAX_SOURCE_TOKENS + 1);
  while (x < limit && !r.inQuote[x] && !(/^[,.;!?:]$/.test(r.toks[x].text) && !(r.toks[x].text === '.' && abbreviated(r, x - 1) && x + 1 < e1))) x++;
  if (x === k + width || x - k - width > MAX_SOURCE_TOKENS) return;
  const source = r.span(k + width, x - 1);
  const cue = r.span(k, k + width - 1);
  // `But, according to the poll, …`: only a conjunction before the cue.
  let lead = sent.t0;
  while (lead < k && (SOURCE_LEADERS.has(r.lower(lead)) || r.toks[lead].text === ',')) lead++;
  const atStart = lead === k || (/^[,;:—–(]$/.test(r.toks[k - 1].text) && r.toks[k - 1].start < floor + 1);
  const after = x < e1 && r.toks[x].text === ',' ? trimSpan(r.text, r.toks[x].end, claimEnd(r, x + 1, sent)) : undefined;
  let content: Span[] = [];
  if (!atStart) {
    // `"…," Walker said, according to an AP account`: a short `X said` before the cue takes in the claim before it.
    const before = claimBefore(r, sent, floor, k - 1) ?? claimBefore(r, sent, sent.start, k - 1);
    const short = before && (r.text.slice(before[0], before[1]).match(/\p{L}+/gu) ?? []).length <= 3;
    const whole = short ? claimBefore(r, sent, sent.start, k - 1) : before;
    // `"…?" O'Malley said at a press conference, according to the Sun`: the quoted claim before its cue comes along.
    const reported = whole && out.find((f) => f.cue[0][0] >= whole[0] && f.cue[0][1] <= whole[1]);
    if (whole) content = [...(reported ? reported.content.filter(([cs]) => cs < whole[0]) : []), whole];
    // `Among the precedents at risk, according to Ms. Epstein, are 16 cases`: the claim goes on after the source.
    if (whole && after && after[1] - after[0] >= 8 && !NOT_CLAIM_REST.has(r.lower(x + 1)) && !PARTICIPLE_CUE.test(r.lower(x + 1))) content.push(after);
  } else if (after && after[1] > after[0]) content = [after];
  if (content.length === 0 && k > sent.t0) {
    const before = claimBefore(r, sent, floor, k - 1);
    if (before) content = [before];
  }
  if (content.length === 0 || content[0][1] <= content[0][0]) return;
  out.push(candidate([cue], [source], content, r.toks[k].start, content.length > 1));
}

/** Whether token `i` is an abbreviation or initial that a period follows (`Ms.`, `U.S.`, `J.`). */
const abbreviated = (r: Reader, i: number) => i >= 0 && (ABBREVIATIONS.has(r.lower(i)) || /^\p{L}(?:\.\p{L})*$/u.test(r.toks[i].text));

/** `X is expected to …`, `X is said to …`, `X reportedly …`: claims with no named source. */
export function unnamed(r: Reader, k: number, cueFrom: number, cueTo: number, sent: Sentence, out: Found[]): void {
  const subject = sourceBefore(r, cueFrom, sent.t0);
  const rest = cueTo + 1;
  if (rest >= sent.t1) return;
  const content: Span[] = [];
  if (subject && r.lower(subject.start) !== 'it') content.push(r.span(subject.start, subject.end));
  const startTok = r.lower(cueTo) === 'that' ? rest : r.lower(rest) === 'to' || r.lower(cueTo) !== 'to' ? rest : cueTo;
  const tail = trimSpan(r.text, r.toks[r.lower(cueTo) === 'to' ? cueTo : startTok].start, claimEnd(r, startTok, sent));
  if (tail[1] - tail[0] < 3) return;
  content.push(tail);
  out.push(candidate([r.span(cueFrom, r.lower(cueTo) === 'to' || r.lower(cueTo) === 'that' ? cueTo - 1 : cueTo)], [], content, r.toks[subject?.start ?? k].start, true));
}

/**
 * `Asked whether …, the senator said no.`, `When asked by a reporter about …, Trump said`: the
 * question is a claim of the asker, who is named after `by` or is nobody in particular. Returns the
 * token after the question, where the rest of the sentence goes on, or -1 when `k` opens no question.
 */
export function askedQuestion(r: Reader, k: number, sent: Sentence, out: Found[]): number {
  const { t0, t1 } = sent;
  let b = k - 1;
  const subordinate = b >= t0 && ASKED_AFTER.has(r.lower(b));
  if (subordinate) b--;
  while (b >= t0 && SOURCE_LEADERS.has(r.lower(b))) b--;
  // `We asked our followers …` and `Texas, leading a coalition, asked a judge …` have an asker; only a
  // passive `asked` opens a question: at the start, after `when`, or after a comma with the question next.
  if (!subordinate && b >= t0 && !(r.toks[b].text === ',' && PASSIVE_ASKED_NEXT.has(r.lower(k + 1)))) return -1;
  let end = k + 1;
  while (end < t1 && !r.inQuote[end] && r.toks[end].text !== ',' && !/^[.;!?]$/.test(r.toks[end].text)) end++;
  if (end === k + 1 || end - k > 40) return -1;
  let q = k + 1;
  const source: Span[] = [];
  if (r.lower(q) === 'by') {
    let e = q + 1;
    while (e < end && !CLAUSE_STARTS.has(r.lower(e)) && r.lower(e) !== 'about' && !ASIDE_STARTS.has(r.lower(e))) e++;
    if (e === q + 1) return -1;
    source.push(r.span(q + 1, e - 1));
    q = e;
  }
  let x = q;
  while (x < end && !CLAUSE_STARTS.has(r.lower(x)) && !(r.lower(x) === 'about' && (x === q || ASIDE_STARTS.has(r.lower(q))))) x++;
  if (x < end) q = r.lower(x) === 'about' ? x + 1 : x;
  if (q >= end) return -1;
  const content = trimSpan(r.text, r.toks[q].start, r.toks[end - 1].end);
  if (content[1] - content[0] < 3) return -1;
  // `Asked where that report came from, he said …`: the reporter's own question is no claim.
  if (source.length > 0) out.push(candidate([r.span(k, k)], source, [content], r.toks[Math.max(t0, b + 1)].start, false));
  return end + 1;
}

/**
 * `Matthews: Well, speculation is bad.` and headlines such as `Ted Cruz: ‘…’`: a name of up to four
 * capitalised words opening a paragraph, then a colon, then the claim to the end of the paragraph.
 */
export function speakerLabel(r: Reader, sent: Sentence, out: Found[]): void {
  const { t0, t1 } = sent;
  if (sent.start > 0 && r.text[sent.start - 1] !== '\n') return;
  let x = t0;
  while (x < t1 && x - t0 < 4 && r.toks[x].text !== ':' && (isUpperInitial(r.toks[x].text) || r.lower(x) === '.')) x++;
  if (x === t0 || x >= t1 - 1 || r.toks[x].text !== ':' || r.inQuote[x]) return;
  const label = r.text.slice(r.toks[t0].start, r.toks[x - 1].end);
  if (NOT_SPEAKER_LABEL.test(label) || /^[A-Z]{2,}$/.test(label) || /\d/.test(label)) return;
  // `Marco Rubio:` alone on a line is a heading over what follows, not a statement.
  if (/^[ \t]*(?:\r?\n|$)/.test(r.text.slice(r.toks[x].end, r.toks[x].end + 3))) return;
  const lineEnd = r.text.indexOf('\n', r.toks[x].end);
  // `Clinton: "…" Bush: "…"`: a quotation right after the label is the whole claim.
  const quoted = r.openingQuote(x + 1);
  const content = quoted ? ([quoted.start, quoted.end] as Span) : trimSpan(r.text, r.toks[x].end, lineEnd < 0 ? r.text.length : lineEnd, ' \t\r');
  // `Superdelegates: 121.` is a figure, not a statement.
  if ((r.text.slice(content[0], content[1]).match(/\p{L}+/gu) ?? []).length < 2) return;
  out.push(candidate([[r.toks[x].start, r.toks[x].end]], [[r.toks[t0].start, r.toks[x - 1].end]], [content], r.toks[t0].start, false));
}

/**
 * `The tweet quoted the president as saying …` and `Braynard is quoted as saying …`: the speaker is
 * the object of `quoted`, or its subject when it is passive.
 */
export function quotedAsSaying(r: Reader, k: number, sent: Sentence, out: Found[]): void {
  let q = k - 2;
  while (q >= sent.t0 && k - q < 12 && r.lower(q) !== 'quoted' && !r.inQuote[q] && r.toks[q].text !== ',') q--;
  if (q < sent.t0 || r.lower(q) !== 'quoted') return;
  const subject = q + 1 < k - 1 ? { start: q + 1, end: k - 2 } : sourceBefore(r, q, sent.t0);
  const start = claimStart(r, k, k, 'say', sent.t1);
  if (!subject || start < 0) return;
  const content = trimSpan(r.text, r.toks[start].start, claimEnd(r, start, sent));
  if (content[1] - content[0] < 2) return;
  out.push(candidate([r.span(k, k)], [r.span(subject.start, subject.end)], [content], r.toks[q].start, true));
}

/**
 * `Pollsters agree - Carl Bialik: "…"` and `… doesn't surprise pollster Daron Shaw: "…"`: a name of up
 * to four capitalised words right before a colon and a quotation is its speaker.
 */
export function namedColonQuote(r: Reader, k: number, sent: Sentence, out: Found[]): void {
  let b = k;
  while (b - 1 >= sent.t0 && k - b < 4 && !r.inQuote[b - 1] && (isUpperInitial(r.toks[b - 1].text) || (r.lower(b - 1) === '.' && b - 2 >= sent.t0 && isUpperInitial(r.toks[b - 2].text)))) b--;
  // `contrasted Trump with Clinton: "…"`: a name after a preposition or cue is no speaker.
  if (b === k || r.lower(b) === '.' || CUES.has(r.lower(b - 1)) || NOUN_PHRASE_ENDS.has(r.lower(b - 1)) || NOT_SPEAKER_LABEL.test(r.text.slice(r.toks[b].start, r.toks[k - 1].end))) return;
  const q = r.openingQuote(k + 1)!;
  out.push(candidate([[r.toks[k].start, r.toks[k].end]], [r.span(b, k - 1)], [[q.start, q.end]], r.toks[b].start, false));
}

/** Whether the words after `in` at `k` name a poll before the next punctuation (`in a new Fox News poll`). */
export function pollAfter(r: Reader, k: number, t1: number): boolean {
  for (let x = k + 1; x < Math.min(t1, k + 8); x++) {
    if (r.inQuote[x] || !/^[\p{L}\p{N}]/u.test(r.toks[x].text)) return false;
    if (POLL_NOUNS.has(r.lower(x))) return true;
  }
  return false;
}

/**
 * Cue words used for no statement: a market report's `added 20.72 points`, and a cue noun that is the
 * object of a verb (`raised fears that`), an -ing form after a modifier (`best supporting actress`),
 * a cue noun in a compound (`a 6:15 a.m. conference call on`) and a thing claimed by taking it
 * (`claimed Ford’s body`).
 */
export function noStatement(r: Reader, k: number, w: string): boolean {
  const next = r.lower(k + 1);
  if (/^add(?:s|ed)?$/.test(w)) {
    const amount = AMOUNT_LEADERS.has(next) ? r.toks[k + (r.lower(k + 2) === 'than' ? 3 : 2)] : r.toks[k + 1];
    if (amount && /^[\d$€£]/.test(amount.text)) return true;
  }
  if (/ing$/.test(w) && k > 0 && MODIFIER_BEFORE_NOUN.test(r.toks[k - 1].text) && !r.inQuote[k - 1]) return true;
  if (k > 0 && CUE_NOUN_COMPOUNDS.get(w)?.has(r.lower(k - 1)) && !r.inQuote[k - 1]) return true;
  if (CLAIM_FORMS.has(w) && claimsThing(r, k)) return true;
  return CUE_NOUN_OBJECTS.has(w) && k > 0 && /^\p{Ll}+ed$/u.test(r.toks[k - 1].text) && !r.inQuote[k - 1];
}

/** Most words from a `claim` cue to the thing it takes (`claimed his third title`). */
const CLAIMED_THING_REACH = 3;

/** Whether the `claim` at token `k` takes a thing (`claimed the lives of`), with no verb after it that would make it a claim's subject. */
function claimsThing(r: Reader, k: number): boolean {
  for (let x = k + 1; x <= k + CLAIMED_THING_REACH && x < r.toks.length && /^[\p{L}\p{N}]/u.test(r.toks[x].text); x++) {
    if (r.lower(x) === 'that') return false;
    if (CLAIMED_THINGS.has(r.lower(x))) return !r.inQuote[x] && !AUXILIARY_VERBS.has(r.lower(x + 1));
  }
  return false;
}
