/** English filters run after a sentence is read: denied acts, nested beliefs, plans, clauses as sources, and quotations that continue a claim. */
import { BETWEEN_SOURCE_AND_CUE, PLAN_CUES, UNNAMED_ADVERBS } from '../lexicon/en-cues';
import { quoteAt } from './doc';
import type { Quote } from './quotes';
import { firstAtOrAfter, trimSpan } from './text';
import type { Span } from './types';
import { CUES, type Found, lastOffset, Reader } from './en-reader';
import { AUTHOR_PRONOUNS, CLAUSE_STARTS, COORDINATORS, NEGATIONS, NESTED_SUBJECTS, NOT_SOURCE_STARTS, PARTICIPLE_CUE, PRO_FORM_CLAIM, PRO_FORM_OBJECT, RELATIVES, TOPIC_PREPOSITIONS, NEGATIVE_SOURCE, ADVERB_BEFORE_PARTICIPLE, DETERMINERS, ADDRESSED_DOCUMENT, REPORT_FOR_DUTY, APPOSED_ARTICLE_AND_NOUN, CLAIM_SUBORDINATORS, WRITER_IN_ASIDE } from '../lexicon/en-grammar';
import { isSpeakerNoun, sourcePhrase } from './entities-en';

/** Whether a negation stands among the auxiliaries and adverbs right before the cue at `k`, after token `from`. */
export function negatedCue(r: Reader, from: number, k: number): boolean {
  for (let x = k - 1; x >= from && !r.inQuote[x] && BETWEEN_SOURCE_AND_CUE.has(r.lower(x)); x--) {
    if (NEGATIONS.has(r.lower(x)) || /n['’]t$/.test(r.lower(x))) return true;
  }
  return false;
}

/**
 * Where the next attribution begins: its head, or the noun phrase that ends a source read over a
 * clause (`… that he was confined to his home but was otherwise fine and the military said …`).
 */
function phraseStart(r: Reader, f: Found): number {
  if (f.source.length !== 1 || f.head !== f.source[0][0]) return f.head;
  const phrase = sourcePhrase(r.text.slice(f.source[0][0], f.source[0][1]));
  return phrase ? f.source[0][0] + phrase[0] : f.head;
}

/** Cuts a trailing claim where the next attribution of its sentence begins (`A said X, and B said Y`). */
export function cutAtNext(r: Reader, found: Found[]): void {
  const sorted = [...found].sort((a, b) => a.head - b.head);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    if (!a.trailing) continue;
    const last = a.content[a.content.length - 1];
    // `said he has seen schools that reminded him of …`: a restrictive relative clause is inside the
    // claim; one after a comma (`…, who called him a hero`) is the reporter's aside after it.
    // `He said he wasn't concerned …, but he did worry …`: a belief inside the claim is part of it.
    const attitude = (b: Found) => b.cue.length === 1 && CUES.get(r.text.slice(b.cue[0][0], b.cue[0][1]).toLowerCase()) === 'think';
    const relative = (b: Found) => b.source.length === 1 && /(?:^|[^,]\s+)(?:who|which|that)$/i.test(r.text.slice(b.source[0][0], b.source[0][1])) && !/,\s*$/.test(r.text.slice(Math.max(0, b.source[0][0] - 3), b.source[0][0]));
    // `criticized the royals for failing to support them when lawmakers pointed out …`: an attribution in a clause the claim subordinates is part of it.
    const subordinated = (b: Found) => b.head === b.source[0]?.[0] && CLAIM_SUBORDINATORS.test(r.text.slice(Math.max(last[0], b.head - 9), b.head));
    const next = sorted.slice(i + 1).find((b) => b.head > last[0] && b.head < last[1] && !relative(b) && !attitude(b) && !subordinated(b));
    if (!next) continue;
    const cut = trimSpan(r.text, last[0], phraseStart(r, next), ' \t\n\r,;:.–—-');
    const text = r.text.slice(cut[0], cut[1]).replace(/\s*\b(?:and|but|while|as|whereas)$/, '');
    const participle = PARTICIPLE_CUE.test(r.text.slice(next.cue[0][0], next.cue[0][1])) && next.cue[0][0] === next.head;
    if (text.length < (participle ? 3 : 12)) continue;
    a.content[a.content.length - 1] = trimSpan(r.text, cut[0], cut[0] + text.length, ' \t\n\r,;:–—-');
  }
}

/**
 * `Organizers say they want to avoid violence`: a belief or intention inside another claim of the
 * sentence is part of that claim, not a claim of its own.
 */
export function dropNestedAttitudes(r: Reader, found: Found[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const [s, e] = found[i].cue[0];
    // `Democracy for America, which has endorsed Sanders, said …`: a claim inside another source ends with it.
    const holder = found.find((o) => o !== found[i] && o.source.some(([ss, se]) => ss <= s && s < se));
    if (holder) {
      const limit = holder.source[holder.source.length - 1][1];
      const content = found[i].content.filter(([cs]) => cs < limit).map(([cs, ce]): Span => trimSpan(r.text, cs, Math.min(ce, limit)));
      if (content.length === 0 || content[0][1] - content[0][0] < 2) {
        found.splice(i, 1);
        continue;
      }
      found[i].content = content;
    }
    const cls = CUES.get(r.text.slice(s, e).toLowerCase());
    if (cls !== 'think' && cls !== 'intend') continue;
    // `…, calling it "crazy"` continues its sentence's subject rather than the claim before it.
    if (PARTICIPLE_CUE.test(r.text.slice(s, e)) && /,\s*$/.test(r.text.slice(Math.max(0, s - 3), s))) continue;
    if (found.some((o) => o !== found[i] && o.content.some(([cs, ce]) => cs <= s && s < ce))) found.splice(i, 1);
  }
}

/**
 * Whether the quotation `q` that opens sentence `i` is taken by the cue of the sentence it closes
 * in, or of the one right after (`"The Americans wanted … caught fire. All on board were killed,"
 * Mujahid said.`, `"Why do you care …?" Winfrey asked.`).
 */
function claimedLater(r: Reader, sentenceFound: Found[][], i: number, q: Quote): boolean {
  const { sentences } = r.doc;
  let j = i;
  while (j + 1 < sentences.length && sentences[j].end < q.end) j++;
  const takes = (f: Found) => f.content.some(([cs, ce]) => cs <= q.start && q.start < ce);
  return [j, j + 1].some((k) => k > i && k < sentences.length && sentenceFound[k].some(takes));
}

/**
 * A sentence that is one quotation with no cue of its own, right after a quoted claim, continues
 * that claim as a further content range, in the same paragraph (`"…," Obama said. "Together we've
 * shown …"`) or in the next ones, as news style runs a long quotation on over paragraphs.
 */
export function attachContinuations(r: Reader, sentenceFound: Found[][]): void {
  const { sentences } = r.doc;
  let prev: Found | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const here = sentenceFound[i];
    if (here.length > 0 && here.every((f) => f.speakerOnly)) {
      prev = undefined;
      continue;
    }
    if (here.length > 0) {
      // `"…," she said, describing … "…"`: the quoted claim continues, not the aside after it.
      const quoted = here.filter((f) => f.kind === 'direct' || f.kind === 'mixed');
      prev = (quoted.length ? quoted : here).reduce((a, b) => (lastOffset(a) > lastOffset(b) ? a : b));
      continue;
    }
    const sent = sentences[i];
    // `But "…"`: a conjunction may lead into the quotation.
    const lead = COORDINATORS.has(r.lower(sent.t0)) && !r.inQuote[sent.t0] ? 1 : 0;
    const q = r.openingQuote(sent.t0 + lead);
    if (prev && q && prev.kind !== 'indirect' && prev.source.length && lastOffset(prev) >= sentences[i - 1].start && q.end >= sent.end - 1 && !claimedLater(r, sentenceFound, i, q)) {
      prev.content.push([r.toks[sent.t0].start, q.end]);
      while (i + 1 < sentences.length && sentences[i + 1].end <= q.end) i++;
      continue;
    }
    prev = undefined;
  }
}
/**
 * Two findings of the same words: `X commented: "A. ¶ "B," X said.` takes a quotation over
 * paragraphs by the cue before it and by the one after it, so each keeps its own paragraphs;
 * `A is not thought to …, the authors said` reads a passive inside a claim whose source is named,
 * so the named finding stays. Otherwise the later finding is dropped.
 */
export function splitRepeatedContent(r: Reader, found: Found[]): Found[] {
  const byKey = new Map<string, Found>();
  const keyOf = (f: Found) => `${f.content[0][0]}:${f.content[f.content.length - 1][1]}`;
  const out: Found[] = [];
  for (const f of found) {
    const earlier = f.content.length ? byKey.get(keyOf(f)) : undefined;
    if (!earlier) {
      if (f.content.length) byKey.set(keyOf(f), f);
      out.push(f);
      continue;
    }
    const [s, e] = f.content[0];
    const cue = f.cue[0][0];
    const brk = f.content.length === 1 && earlier.content.length === 1 ? r.text.lastIndexOf('\n', Math.min(cue, e)) : -1;
    if (brk > s) {
      earlier.content = [trimSpan(r.text, s, brk)];
      f.content = [trimSpan(r.text, brk, e)];
      out.push(f);
    } else if (earlier.source.length === 0 && f.source.length > 0) {
      out[out.indexOf(earlier)] = f;
      byKey.set(keyOf(f), f);
    }
  }
  return out;
}

export function authorAsSource(r: Reader, source: Span[]): boolean {
  if (source.length !== 1) return false;
  const [s, e] = source[0];
  if (!AUTHOR_PRONOUNS.has(r.text.slice(s, e).toLowerCase())) return false;
  const i = firstAtOrAfter(r.toks, s, (t) => t.start);
  return i < r.toks.length && !r.inQuote[i];
}

/**
 * `As we’ve noted, a study … concluded that …`: the writer pointing to their own reporting states
 * nobody's claim, and the claim inside the aside's sentence stands on its own.
 */
export function writersAside(r: Reader, f: Found): boolean {
  if (f.source.length !== 1) return false;
  const [s, e] = f.source[0];
  const i = firstAtOrAfter(r.toks, s, (t) => t.start);
  return r.lower(i - 1) === 'as' && !r.inQuote[i] && WRITER_IN_ASIDE.test(r.text.slice(s, e));
}

/** Whether a finding's cue is an intention or decision with no clause, colon or quotation after it (`declined to comment`). */
export function statesPlan(r: Reader, f: Found): boolean {
  if (f.cue.length !== 1 || !PLAN_CUES.has(r.text.slice(f.cue[0][0], f.cue[0][1]).toLowerCase())) return false;
  const [s] = f.content[0];
  if (s < f.cue[0][1]) return false;
  const between = r.text.slice(f.cue[0][1], s);
  return !/:/.test(between) && !quoteAt(r.doc, s) && !/^that\b/i.test(r.text.slice(s, s + 5));
}

/**
 * Whether a finding's source is a clause rather than a noun phrase (`pushing through an intense
 * week with nine witnesses testifying`, `to Ukraine opening an investigation … and did not realize
 * Mr. Trump saw`): it opens with a preposition, clause opener or participle.
 */
export function clauseAsSource(r: Reader, f: Found): boolean {
  if (f.source.length !== 1) return false;
  const i = firstAtOrAfter(r.toks, f.source[0][0], (t) => t.start);
  if (i >= r.toks.length || r.inQuote[i]) return false;
  const first = r.toks[i].text;
  // `In a letter to the secretary, …, said …`: the phrase names the letter's addressee, not who wrote it.
  if (ADDRESSED_DOCUMENT.test(r.text.slice(f.source[0][0], f.source[0][1]))) return true;
  // `…, who had anticipated his trial on … conspiracy charges`: a relative clause that runs on to a noun-like cue form.
  if ((first === 'who' || first === 'which') && /\s/.test(r.text.slice(f.source[0][0], f.source[0][1]))) return true;
  // `including a career Army officer who described …` names its source after the preposition.
  return NOT_SOURCE_STARTS.has(first) || (/^\p{Ll}+ing$/u.test(first) && first !== 'including');
}

/**
 * Whether a finding states nothing of its own (though its source may name a speaker): a feeling
 * about a topic, a claim set off from its cue by a dash is the
 * reporter's aside (`he added -- a move that …`, `Meadows announced — Bennett posted …`), a
 * pro-form only stands for a claim (`One would hope so, since …`), and the words before a relative
 * pronoun's cue are its antecedent, not its claim (`…, the late James Rigney, who wrote as …`).
 */
export function statesNothing(r: Reader, f: Found): boolean {
  const cueEnd = f.cue[f.cue.length - 1][1];
  const [s, e] = f.content[0];
  // `Buckley worried about doing justice to the song`: a feeling about a topic holds no claim unless a clause or quotation follows.
  if (f.cue.length === 1 && CUES.get(r.text.slice(f.cue[0][0], cueEnd).toLowerCase()) === 'think' && s >= cueEnd) {
    const topic = /^\s*(\p{L}+)/u.exec(r.text.slice(cueEnd, cueEnd + 12))?.[1].toLowerCase();
    if (topic && TOPIC_PREPOSITIONS.has(topic) && !quoteAt(r.doc, s) && !CLAUSE_STARTS.has(/^\p{L}+/u.exec(r.text.slice(s, s + 12))?.[0].toLowerCase() ?? '')) return true;
  }
  if (s >= cueEnd && /—|–|--/.test(r.text.slice(cueEnd, s)) && !quoteAt(r.doc, s)) return true;
  if (f.content.length === 1 && PRO_FORM_CLAIM.test(r.text.slice(s, e))) return true;
  // `the novelist explained them to me`: a pronoun object, with no quotation or `as` after it, only stands for what was said.
  if (f.content.length === 1 && PRO_FORM_OBJECT.test(r.text.slice(s, e)) && !r.doc.quotes.some((q) => q.start < e && q.end > s)) return true;
  // `…," Phoenix said, referring to the actor who won …`: naming what a quotation is about states nothing unless it quotes or calls it something.
  if (/^refer/i.test(r.text.slice(f.cue[0][0], cueEnd)) && f.content.length === 1 && !r.doc.quotes.some((q) => q.start < e && q.end > s) && !/\bas\b/i.test(r.text.slice(s, e))) return true;
  if (s >= cueEnd && REPORT_FOR_DUTY.test(r.text.slice(f.cue[0][0], s + 4))) return true;
  // `left without responding to questions`: an act denied by `without` states nothing.
  if (/\bwithout\s*$/i.test(r.text.slice(Math.max(0, f.cue[0][0] - 10), f.cue[0][0]))) return true;
  return f.source.length === 1 && RELATIVES.has(r.text.slice(f.source[0][0], f.source[0][1]).toLowerCase()) && e <= f.source[0][0];
}

/**
 * `The pair said they suggested moving …`, `She told Harry about the ordeal because "…," Meghan
 * said`: a pronoun's speech that opens another claim of the sentence is that claim's account of
 * it, not a second claim. So is a hearsay adverb inside a claim whose source is named (`The
 * defendants allegedly ran the ring, the affidavit says`).
 */
export function dropRetold(r: Reader, found: Found[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const inner = found[i];
    const [cs] = inner.cue[0];
    const hearsay = inner.source.length === 0 && inner.cue.length === 1 && UNNAMED_ADVERBS.has(r.text.slice(cs, inner.cue[0][1]).toLowerCase());
    if (hearsay && found.some((o) => o !== inner && o.source.length > 0 && o.content.some(([s, e]) => s <= cs && cs < e))) {
      found.splice(i, 1);
      continue;
    }
    if (inner.source.length !== 1 || !NESTED_SUBJECTS.has(r.text.slice(inner.source[0][0], inner.source[0][1]).toLowerCase())) continue;
    const [ss] = inner.source[0];
    const opens = (o: Found) => o !== inner && o.content.some(([cs, ce]) => cs <= ss && inner.cue[0][0] < ce && /^\s*(?:that\s+)?$/i.test(r.text.slice(cs, ss)));
    if (found.some(opens)) found.splice(i, 1);
  }
}

/**
 * Whether a finding's source names nobody: it denies a speaker (`No one knew what had become of …`)
 * is the object of a passive stance (`much welcomed by`), or is the start of a noun phrase whose
 * participle is the cue (`A poorly planned evacuation`, not `The family claimed the body`).
 */
export function noSpeakerSource(r: Reader, f: Found): boolean {
  if (f.source.length !== 1) return false;
  const text = r.text.slice(f.source[0][0], f.source[0][1]);
  if (NEGATIVE_SOURCE.test(text)) return true;
  // `The thaw, much welcomed by many New Yorkers, …`: a stance in the passive has its holder after `by`, not before.
  const cue = r.text.slice(f.cue[0][0], f.cue[0][1]).toLowerCase();
  const after = firstAtOrAfter(r.toks, f.cue[f.cue.length - 1][1], (t) => t.start);
  if (/ed$/.test(cue) && (CUES.get(cue) === 'intend' || CUES.get(cue) === 'think') && r.lower(after) === 'by') return true;
  // `…, a deal announced at the beginning of the week`: a participle after a noun set off as an
  // apposition modifies it when the noun names no speaker (`the fund predicted` stays a claim).
  const noun = APPOSED_ARTICLE_AND_NOUN.exec(text)?.[1];
  if (noun && !isSpeakerNoun(noun) && /ed$/.test(cue) && f.cue[0][0] === f.source[0][1] + 1 && /[,(]\s*$/.test(r.text.slice(Math.max(0, f.source[0][0] - 3), f.source[0][0]))) return true;
  const adverb = ADVERB_BEFORE_PARTICIPLE.exec(text)?.[1];
  if (!adverb || isSpeakerNoun(adverb) || !/ed$/.test(r.text.slice(f.cue[0][0], f.cue[0][1]))) return false;
  const next = firstAtOrAfter(r.toks, f.cue[0][1], (t) => t.start);
  return next < r.toks.length && /^\p{Ll}+$/u.test(r.toks[next].text) && !DETERMINERS.has(r.lower(next)) && !CLAUSE_STARTS.has(r.lower(next)) && r.lower(next) !== 'to';
}
