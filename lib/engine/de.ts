/**
 * German attribution rules: per sentence, cue verbs with their subject and claim
 * (de-verb-attribution), then `so X`/`laut X` particles and framed quotations (de-particle), then
 * sentences that go on with the last speaker (de-continuation).
 */
import { PICTURE_CREDIT } from '../lexicon/de-cues';
import { PREPOSITIONS, SENTENCE_ADVERBS } from '../lexicon/de-grammar';
import { speakInTurns } from './interview-de';
import { kindOfContent, quoteAt, type Candidate, type Doc } from './doc';
import { STEP_SENTENCES, type Steps } from './steps';
import { firstAtOrAfter } from './text';
import { afterColon, afterDash, authorsOwn, continuation, dropCovered, insideContent, newsrooms, ownReporting, reportive, spokenOn, spokenThroughout, withoutAuthor, type Speaker } from './de-continuation';
import { matchOpinion, matchVerb } from './de-cue';
import { framedQuotes, particleAttributions } from './de-particle';
import { contentSpan, overlaps, Reader, sameSpans } from './de-reader';
import { type SentenceSubjects, verbAttribution } from './de-verb-attribution';

/** German attribution rules. */
export function* extractGerman(doc: Doc): Steps<Candidate[]> {
  const out: Candidate[] = [];
  /** The last speaker: the subject of the latest cue verb, whether or not its claim was found. */
  let speaker: Speaker | undefined;
  /** Whether the author speaks in the first person throughout, asked once and only when needed. */
  let firstPersonText: boolean | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    if (si % STEP_SENTENCES === STEP_SENTENCES - 1) yield;
    const s = doc.sentences[si];
    const r = new Reader(doc, s, si);
    const found: Candidate[] = [];
    const subjects: SentenceSubjects = {};
    const question = doc.text[s.end - 1] === '?' && !r.quoted(s.t1 - 1);
    if (PICTURE_CREDIT.test(doc.text.slice(s.start, s.end))) continue;
    for (let i = s.t0; i < r.end; i++) {
      // A question asks; it reports nothing (`Können Sie uns sagen, …?`).
      if (question) break;
      const m = matchVerb(r, i) ?? matchOpinion(r, i);
      if (!m) continue;
      const c = verbAttribution(r, m, subjects);
      if (c && !found.some((f) => overlaps(f.cue, c.cue) || claimedAround(f, c))) found.push(c);
    }
    const particles: Candidate[] = [];
    particleAttributions(r, particles);
    framedQuotes(r, particles);
    for (const p of particles) {
      // `…, der Studie zufolge.` read without the words before it: a cue with no claim states nothing.
      if (p.content.length === 0) continue;
      if (!found.some((f) => overlaps(f.cue, p.cue) || (overlaps(f.content, p.content) && f.source.length > 0))) found.push(p);
    }
    if (found.length === 0 && !subjects.last) {
      const recent = speaker && speaker.sentence >= si - 2 && !newSubjectBetween(doc, speaker.sentence, si) ? speaker : undefined;
      let cont = recent ? continuation(r, recent) : undefined;
      if (!cont && reportive(r)) {
        const content = contentSpan(r, s.t0, r.end);
        if (content) cont = { cue: [], source: recent?.source ?? [], content: [content], kind: recent?.source.length ? 'indirect' : 'unnamed' };
      }
      const prev = out[out.length - 1];
      // `«A», seufzt Catherine. «B»`: a quote split around its cue is one claim.
      const quoteBeforeCue = prev && prev.cue.length > 0 && prev.content.length > 0 && prev.content[0][1] <= prev.cue[0][0];
      if (cont && prev && quoteBeforeCue && speaker?.sentence === si - 1 && cont.kind === 'direct' && prev.kind === 'direct' && sameSpans(prev.source, cont.source) && !doc.text.slice(prev.content[prev.content.length - 1][1], cont.content[0][0]).includes('\n')) {
        prev.content.push(cont.content[0]);
        speaker.sentence = si;
        continue;
      }
      // `Sinngemäß sagt X: Da freuen sich … bloß. Viren gab es doch schon immer.`: unquoted words after a colon go on while they read as spoken.
      const goesOn = recent && prev && speaker?.sentence === si - 1 && afterColon(doc, prev) && !doc.text.slice(prev.content[0][1], s.start).includes('\n');
      const more = goesOn && !(firstPersonText ??= spokenThroughout(doc)) && spokenOn(r) ? contentSpan(r, s.t0, r.end) : undefined;
      if (speaker && prev && more) {
        prev.content = [[prev.content[0][0], more[1]]];
        speaker.sentence = si;
        continue;
      }
      // Reported speech running over several sentences is one claim, not one per sentence.
      // Not over a line break: a heading or a new paragraph between them starts anew.
      if (cont && prev && prev.cue.length === 0 && speaker?.sentence === si - 1 && sameSpans(prev.source, cont.source) && prev.kind !== 'direct' && cont.kind !== 'direct' && !doc.text.slice(prev.content[prev.content.length - 1][1], cont.content[0][0]).includes('\n')) {
        prev.content = [[prev.content[0][0], cont.content[cont.content.length - 1][1]]];
        speaker.sentence = si;
        continue;
      }
      if (cont) found.push(cont);
    }
    found.sort((a, b) => (a.cue[0]?.[0] ?? a.content[0][0]) - (b.cue[0]?.[0] ?? b.content[0][0]));
    endBeforeNextClaim(doc, found);
    const dashed = found.length > 0 ? afterDash(r, found[found.length - 1]) : undefined;
    if (dashed) found.push(dashed);
    out.push(...found);
    const last = found[found.length - 1];
    if (last) speaker = { source: last.source, content: last.content, sentence: si, unnamed: last.kind === 'unnamed' };
    else if (subjects.last) speaker = { source: subjects.last, content: [], sentence: si, unnamed: false };
    // `„…“, sagte X. Das ist neu.`: after a quotation, a plainly indicative sentence is the author's again.
    else if (speaker?.content.length && quoteAt(doc, speaker.content[0][0]) && authorsOwn(r)) speaker = undefined;
  }
  const found = speakInTurns(doc, out);
  // One index of the claims' spans for all candidates: built per candidate, it made this quadratic.
  const inClaim = insideContent(found);
  const names = newsrooms(doc);
  return dropCovered(withoutAuthor(doc, found, inClaim).filter((c) => !ownReporting(doc, c, names)));
}

/** `X nennt die Hürden: „A“, berichtet die Kauffrau`: one claim between a cue before it and one after it, found once. */
function claimedAround(before: Candidate, after: Candidate): boolean {
  if (!sameSpans(before.content, after.content) || !before.cue.length || !after.cue.length) return false;
  return before.cue[0][0] < before.content[0][0] && after.cue[0][0] >= after.content[after.content.length - 1][1];
}

/**
 * `Er sagt, dass er gehandelt habe: „Ich …“, schrieb er.`: a claim ends where a quotation found with
 * a cue of its own in the same sentence begins (or its cue or source), so that no claim holds another's words.
 */
function endBeforeNextClaim(doc: Doc, found: Candidate[]): void {
  const { text } = doc;
  for (const f of found) {
    if (f.content.length !== 1) continue;
    const [start, end] = f.content[0];
    let cut = end;
    for (const g of found) {
      if (g === f || g.cue.length === 0 || g.kind !== 'direct') continue;
      const at = Math.min(...[...g.content, ...g.cue, ...g.source].map((x) => x[0]));
      if (at > start && at < cut && g.cue[0][0] < end) cut = at;
    }
    while (cut > start && /[\s,:;–—]/.test(text[cut - 1])) cut--;
    if (cut >= end || cut <= start) continue;
    f.content = [[start, cut]];
    // Cut off, the quotation may have gone: the kind follows what is left.
    if (f.kind === 'direct' || f.kind === 'mixed') f.kind = kindOfContent(doc, f.content, 'indirect');
  }
}

/**
 * Whether a paragraph opened after sentence `from`, by a sentence other than sentence `to`, with a
 * subject of its own: `…, sagt X.\nY wundert sich … „…“` hands the quotation to Y, not to X. A
 * quotation opening the next paragraph (`…, sagt X.\n„…“`) or one opened by a preposition or an
 * adverb (`Bei den Akkus teste Apple …`) still goes on with X.
 */
function newSubjectBetween(doc: Doc, from: number, to: number): boolean {
  const [end, start] = [doc.sentences[from].end, doc.sentences[to].start];
  // Searched between the two sentences only: a text without line breaks costs no more than its sentences.
  const paragraph = end + doc.text.slice(end, start).lastIndexOf('\n') + 1;
  if (paragraph <= end || paragraph >= start) return false;
  const opener = doc.tokens[firstAtOrAfter(doc.tokens, paragraph, (t) => t.start)];
  return !!opener && /^\p{Lu}/u.test(opener.text) && !PREPOSITIONS.has(opener.lower) && !SENTENCE_ADVERBS.has(opener.lower);
}
