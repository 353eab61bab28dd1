/** Character range [start, end) into the analysed text (JavaScript string indices). */
export type Span = [number, number];

export type Lang = 'de' | 'en';

/** How the claim is rendered: quoted whole, partly quoted, reported, "according to", or with no named source. */
export type Kind = 'direct' | 'mixed' | 'indirect' | 'according_to' | 'unnamed';

export type EntityType = 'person' | 'organisation' | 'media' | 'group' | 'unnamed';

/** The speaker a source refers to, resolved within the document (`Er` → `Ushakov`). */
export interface Entity {
  name: string;
  type: EntityType;
}

export interface Attribution {
  /** The words that mark the attribution; several when discontinuous (`forderte … auf`). */
  cue: Span[];
  /** Who says it, as written; empty when no source is named. */
  source: Span[];
  /** What is said: the claim. */
  content: Span[];
  kind: Kind;
  entity: Entity;
}

/** The element a block of page text stands in, as the page marks it up. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'caption' | 'quote' | 'table' | 'other';

/** One block of the text (a heading, a paragraph …): [start, end) and its kind. */
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface ExtractOptions {
  /** Language of the text; `auto` (the default) detects it, block by block where the text mixes languages. */
  lang?: Lang | 'auto';
  /** The language a page declares: with `auto`, it decides only texts too short to tell. */
  hint?: Lang;
  /**
   * The page's block structure, from the page collector. Plain text has none: each line is then a
   * paragraph.
   */
  blocks?: readonly TextBlock[];
}

export interface ExtractResult {
  lang: Lang;
  attributions: Attribution[];
}
