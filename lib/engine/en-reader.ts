/** What the English rules share: the per-document reader, the cue lexicon, a finding's shape and its kind. */
import { EN_CUES, GGT_WEAK_FORMS, type CueClass } from '../lexicon/en-cues';
import { GGT_QUOTE_VERBS } from '../lexicon/en-ggt-quote-verbs';
import { quoteAt, quotesWithin, type Candidate, type Doc } from './doc';
import type { Quote } from './quotes';
import { trimSpan } from './text';
import type { Kind, Span } from './types';

/** Every cue form with its class: our own lexicon first, then the remaining quoting verbs as speech. */
export const CUES: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...GGT_QUOTE_VERBS.filter((w) => !GGT_WEAK_FORMS.has(w)).map((w) => [w, 'say'] as [string, CueClass]),
  ...EN_CUES,
]);

export interface Found extends Candidate {
  /** First offset the attribution's own words take in its sentence (source or cue). */
  head: number;
  /** Whether the claim runs after the cue to the end of the clause, and may be cut by a later cue. */
  trailing: boolean;
}

/** Per-document state the rules share. */
export class Reader {
  readonly text: string;
  readonly toks: Doc['tokens'];
  /** 1 where a token lies inside a quotation, marks included. */
  readonly inQuote: Uint8Array;

  constructor(readonly doc: Doc) {
    this.text = doc.text;
    this.toks = doc.tokens;
    this.inQuote = new Uint8Array(this.toks.length);
    let q = 0;
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i];
      while (q < doc.quotes.length && doc.quotes[q].end <= t.start) q++;
      if (q < doc.quotes.length && doc.quotes[q].start <= t.start) this.inQuote[i] = 1;
    }
  }

  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  /** The quotation whose closing mark is token `i`. */
  closingQuote(i: number): Quote | undefined {
    if (i < 0 || !this.inQuote[i]) return undefined;
    const q = quoteAt(this.doc, this.toks[i].start);
    return q && q.end === this.toks[i].end ? q : undefined;
  }

  /** The quotation whose opening mark is token `i`. */
  openingQuote(i: number): Quote | undefined {
    if (i >= this.toks.length || !this.inQuote[i]) return undefined;
    const q = quoteAt(this.doc, this.toks[i].start);
    return q && q.start === this.toks[i].start ? q : undefined;
  }

  span(a: number, b: number): Span {
    return trimSpan(this.text, this.toks[a].start, this.toks[b].end);
  }
}

/** A source phrase before a cue: token range [start, end] and the token before it. */
export interface SourceBefore {
  start: number;
  end: number;
}

/** The kind a claim is, from its shape, its cue and whether a source is written. */
export function kindOf(r: Reader, content: Span[], source: Span[], cue: string): Kind {
  if (source.length === 0) return 'unnamed';
  let quoted = 0;
  let whole = 0;
  for (const [s, e] of content) {
    const q = quoteAt(r.doc, s);
    // A paragraph of a quotation over paragraphs reopens with its own quotation mark.
    if (q && (q.start === s || /^["“‘]/.test(r.text[s])) && q.end >= e - 1) whole++;
    else if (quotesWithin(r.doc, s, e).length > 0) quoted++;
  }
  if (whole === content.length) return 'direct';
  if (whole + quoted > 0) return 'mixed';
  if (/^(?:according|per|reports?|reported)\b/.test(cue)) return 'according_to';
  return 'indirect';
}

export const cueText = (r: Reader, cue: Span[]) => cue.map(([s, e]) => r.text.slice(s, e).toLowerCase()).join(' ');

export function candidate(cue: Span[], source: Span[], content: Span[], head: number, trailing: boolean): Found {
  return { cue, source, content, kind: 'indirect', head, trailing };
}

export const lastOffset = (c: Candidate) => Math.max(...c.cue.map((x) => x[1]), ...c.source.map((x) => x[1]), ...c.content.map((x) => x[1]));
