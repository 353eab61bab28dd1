/**
 * English attribution rules: reads each sentence, filters what it found, then joins quotations that
 * run on over sentences. The stages live beside it: en-sentence (reading a sentence), en-source
 * (who speaks), en-claim (what is said), en-forms (special constructions), en-filters (after reading).
 */
import type { Candidate, Doc } from './doc';
import { STEP_SENTENCES, type Steps } from './steps';
import type { Span } from './types';
import { attachContinuations, authorAsSource, clauseAsSource, cutAtNext, dropNestedAttitudes, dropRetold, splitRepeatedContent, noSpeakerSource, statesNothing, statesPlan, writersAside } from './en-filters';
import { cueText, type Found, kindOf, Reader } from './en-reader';
import { readSentence } from './en-sentence';

export function* extractEnglish(doc: Doc): Steps<Candidate[]> {
  const r = new Reader(doc);
  const perSentence: Found[][] = [];
  for (const sent of doc.sentences) {
    if (perSentence.length % STEP_SENTENCES === STEP_SENTENCES - 1) yield;
    const found: Found[] = [];
    readSentence(r, sent, found);
    for (let i = found.length - 1; i >= 0; i--) if (statesPlan(r, found[i]) || clauseAsSource(r, found[i]) || noSpeakerSource(r, found[i]) || writersAside(r, found[i])) found.splice(i, 1);
    for (const f of found) if (statesNothing(r, f)) f.speakerOnly = true;
    dropRetold(r, found);
    cutAtNext(r, found);
    dropNestedAttitudes(r, found);
    for (const f of found) f.kind = kindOf(r, f.content, f.source, cueText(r, f.cue));
    perSentence.push(found);
  }
  yield;
  attachContinuations(r, perSentence);
  yield;
  const wordy = ([s, e]: Span) => e > s && /[\p{L}\p{N}]/u.test(doc.text.slice(s, e));
  return splitRepeatedContent(r, perSentence.flat())
    .filter((c) => c.content.length > 0 && c.cue.every(([s, e]) => e > s) && [...c.source, ...c.content].every(wordy) && !authorAsSource(r, c.source))
    .map(({ cue, source, content, speakerOnly }) => ({ cue, source, content, kind: kindOf(r, content, source, cueText(r, cue)), ...(speakerOnly && { speakerOnly }) }));
}
