/**
 * German interview transcripts: paragraphs that open with a speaker's label (`Fischer: …`,
 * `Precht: …`, `Frage: …`). The label's owner speaks the whole paragraph: `ich` there is the
 * label's owner, and the interviewer's questions are no claims.
 */
import { ADDRESSED, ANSWER_LABELS, FIRST_PERSON, INTERVIEWER_LABELS, POINTING } from '../lexicon/de-interview';
import type { Candidate, Doc } from './doc';
import { firstAtOrAfter } from './text';
import type { Span } from './types';

/** A label at a line's start: up to three capitalised words, a party or role in brackets, and a colon (`Karin Fischer:`, `ZEIT ONLINE:`, `Anna Berg (SPD):`). */
const LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})(?: \([^()\n]{1,40}\))?:[ \t]+\S/u;
/** The interviewer addressing the interviewee (`Herr Streeck, …`, `Frau Dr. Berg`): the name an `Antwort:` label stands for. */
const ADDRESS = /\b(?:Herr|Frau)\s+(?:(?:Dr\.|Prof\.|Professor|Professorin)\s+)*(\p{Lu}[\p{L}'’-]+)/u;
/** How many turns a label needs before its lines count as an interview's. */
const MIN_TURNS = 2;
/** How many questions, each followed by its answer, make an interview printed without labels. */
const MIN_QUESTIONS = 3;
/** A paragraph that is one question of the interviewer's: not opened by a quotation mark, closed by a question mark. */
const QUESTION_LINE = /^[^\s„“"»«‚'][^\n]{0,300}\?$/u;
/** Share of the interviewer’s turns that must ask something (a third: podcast hosts also remark), where no label names the interviewer (`Frage:`). */
const MIN_ASK_SHARE = 0.3;

/** One labelled paragraph: its line, the label's words, who speaks in it and whether that is the interviewer. */
interface Turn {
  start: number;
  end: number;
  label: Span;
  /** Where the turn's words begin: after the label's colon. */
  body: number;
  /** The label, or for an `Antwort:` label or an unlabelled answer the name the interviewer addresses (none when never addressed). */
  speaker: Span[];
  interviewer: boolean;
}

/** The turns of an interview, in text order: labelled paragraphs, or else questions and their answers; none when the text is no interview. */
export function interviewTurns(text: string): Turn[] {
  const labelled = labelledTurns(text);
  return labelled.length ? labelled : questionTurns(text);
}

/** The labelled paragraphs of an interview, in text order; none when the text has none. */
function labelledTurns(text: string): Turn[] {
  const lines: { start: number; end: number; label: Span; key: string; asks: boolean }[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const m = LABEL.exec(text.slice(start, Math.min(end, start + 60)));
    if (m) {
      const words = m[1].split(' ');
      // `Karin Fischer:` then `Fischer:` is one speaker; an outlet's label is kept whole (`ZEIT ONLINE`).
      const key = INTERVIEWER_LABELS.has(m[1].toLowerCase()) ? m[1].toLowerCase() : words[words.length - 1].toLowerCase();
      lines.push({ start, end, label: [start, start + m[1].length], key, asks: text.slice(start, end).includes('?') });
    }
    start = end + 1;
  }
  const byKey = new Map<string, typeof lines>();
  for (const l of lines) byKey.set(l.key, [...(byKey.get(l.key) ?? []), l]);
  const keys = [...byKey.keys()].filter((k) => byKey.get(k)!.length >= MIN_TURNS);
  const named = keys.filter((k) => INTERVIEWER_LABELS.has(k));
  // Two speakers taking turns, or the questions marked as such.
  if (keys.length < 2 && named.length === 0) return [];
  const askShare = (k: string) => byKey.get(k)!.filter((l) => l.asks).length / byKey.get(k)!.length;
  const interviewer = named[0] ?? keys.reduce((a, b) => (askShare(b) > askShare(a) ? b : a));
  // Someone has to ask: labelled lines where nobody asks are headings or a ticker's topics (`Nordkorea: …`).
  if (!named.length && askShare(interviewer) < MIN_ASK_SHARE) return [];
  const kept = lines.filter((l) => keys.includes(l.key));
  const addressed = addressedName(text, kept.filter((l) => l.key === interviewer));
  return kept.map((l) => ({
    start: l.start,
    end: l.end,
    label: l.label,
    body: text.indexOf(':', l.label[1]) + 1,
    speaker: ANSWER_LABELS.has(l.key) ? addressed : [l.label],
    interviewer: l.key === interviewer,
  }));
}

/**
 * An interview printed without labels (the questions set in bold): paragraphs that are one question
 * each, every one followed by an answer paragraph, and a name the questions address (`Herr Streeck,
 * …?`) for whom the answers speak. Without that name nobody can be given the answers: no interview.
 */
function questionTurns(text: string): Turn[] {
  const paragraphs: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const words = trimmed(text, start, end);
    if (words) paragraphs.push({ start: words[0], end: words[1] });
    start = end + 1;
  }
  const asks = (p: { start: number; end: number } | undefined) => !!p && QUESTION_LINE.test(text.slice(p.start, p.end));
  const pairs: { q: { start: number; end: number }; answer: { start: number; end: number } }[] = [];
  paragraphs.forEach((q, i) => {
    const answer = paragraphs[i + 1];
    if (asks(q) && answer && !asks(answer) && PROSE_LINE.test(text.slice(answer.start, answer.end))) pairs.push({ q, answer });
  });
  if (pairs.length < MIN_QUESTIONS) return [];
  const addressed = addressedName(text, pairs.map((pair) => pair.q));
  if (addressed.length === 0) return [];
  return pairs.flatMap(({ q, answer }) => {
    const none: Span = [q.start, q.start];
    return [
      { start: q.start, end: q.end, body: q.start, label: none, speaker: [], interviewer: true },
      { start: answer.start, end: answer.end, body: answer.start, label: [answer.start, answer.start], speaker: addressed, interviewer: false },
    ];
  });
}

/** The first name the interviewer addresses in her turns (`Herr Streeck, wie …`), as a span; none when she never does. */
function addressedName(text: string, asked: readonly { start: number; end: number }[]): Span[] {
  for (const { start, end } of asked) {
    const m = ADDRESS.exec(text.slice(start, end));
    if (m) {
      const at = start + m.index + m[0].length - m[1].length;
      return [[at, at + m[1].length]];
    }
  }
  return [];
}

/** A paragraph of prose: six words or more, ending as a sentence ends or opening what follows with a colon (not a box's `Weitere Informationen`). */
const PROSE_LINE = /^(?:\S+\s+){5,}.*[.!?…"“”»«:]$/su;

/**
 * The answers of an interview, one claim per paragraph: each turn of an interviewee, and the
 * paragraphs that carry it on up to the next labelled turn, said by the turn's label (the
 * annotation guide: the interviewee's answers are claims, the interviewer's questions are not).
 */
function answers(text: string, turns: readonly Turn[]): Candidate[] {
  const out: Candidate[] = [];
  turns.forEach((turn, i) => {
    if (turn.interviewer) return;
    const next = turns[i + 1]?.start ?? turn.end;
    for (let start = turn.start; start < next; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl > next ? next : nl;
      const from = start === turn.start ? turn.body : start;
      const content = trimmed(text, from, end);
      const carriedOn = start !== turn.start;
      if (content && (!carriedOn || PROSE_LINE.test(text.slice(content[0], content[1])))) out.push({ cue: [], source: turn.speaker, content: [content], kind: turn.speaker.length ? 'direct' : 'unnamed' });
      start = end + 1;
    }
  });
  return out;
}

/** The span [start, end) of `text` without the white space at either end; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

/**
 * Gives the claims in an interview's turns to the turn's speaker: each answer paragraph is one
 * claim of the label's owner, which holds what `ich`, `wir` and unnamed claims inside it said; the
 * interviewer's own questions and remarks are dropped, as are claims of `Sie` or `man`. Claims of
 * someone named in a turn stay theirs; a quotation the interviewer cites, given to the label only for
 * want of a subject, names nobody.
 */
export function speakInTurns(doc: Doc, list: Candidate[]): Candidate[] {
  const turns = interviewTurns(doc.text);
  if (turns.length === 0) return list;
  const said = answers(doc.text, turns);
  const out: Candidate[] = [];
  for (const c of list) {
    const at = c.content[0]?.[0] ?? 0;
    const turn = turns[firstAtOrAfter(turns, at + 1, (t) => t.start) - 1];
    const answer = said[firstAtOrAfter(said, at + 1, (a) => a.content[0][0]) - 1];
    const inAnswer = !!answer && at < answer.content[0][1];
    if (!turn || (at >= turn.end && !inAnswer)) {
      out.push(c);
      continue;
    }
    // `Fischer: Viele Firmen bauen um, heißt es …`: a claim that holds the turn's label read the label as its words.
    if (c.content.some(([s]) => s >= turn.start && s < turn.body)) continue;
    const source = c.source.map(([s, e]) => doc.text.slice(s, e)).join(' ').toLowerCase();
    // `Die schätzen …` · `Zahlen, die deuten an, …`: a pronoun points into the talk, back across turns, to nobody a claim can be given to.
    if (c.source.some(([s, e]) => POINTING.has(doc.text.slice(s, e).toLowerCase()))) continue;
    // The turn's own words: an answer paragraph already holds them; the interviewer's give no claim.
    // A source before the turn is a speaker of another turn, carried over a question by continuation.
    const own = c.source.length === 0 || FIRST_PERSON.has(source) || c.source[0][0] < turn.start || (!inAnswer && c.source[0][0] >= turn.end);
    // `Hennig: … Stimmen, die die Meinung vertreten: „…“`: a quotation the interviewer cites is not hers, and the label names nobody else.
    const cited = turn.interviewer && !inAnswer && c.source.every(([s, e]) => s >= turn.label[0] && e <= turn.label[1]);
    if (cited) out.push({ ...c, source: [] });
    else if (!own && !ADDRESSED.has(source)) out.push(c);
  }
  return [...out, ...said].sort((a, b) => (a.content[0]?.[0] ?? 0) - (b.content[0]?.[0] ?? 0));
}
