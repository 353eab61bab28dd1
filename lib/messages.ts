/**
 * Every message the extension's parts exchange, with validators: a message that fails validation
 * is ignored, so nothing a page sends can make the extension act.
 */
import type { BlockKind, Entity, ExtractResult, Kind, Lang, TextBlock } from './engine/types';
import { isHighlightPrefix } from './paint/names';
import { PALETTES, type Palette } from './paint/palette';
import type { Mode } from './settings';

/** Upper bound on a page text the background analyses: beyond it, the request is refused as malformed. */
export const MAX_MESSAGE_TEXT = 4_000_000;

/**
 * Most characters of page text one message carries. The browser copies a message in the sending
 * page's task: a longer text goes as TextPartRequests first, each copied in a task of its own
 * (a whole 3 MB page text in one message made a task of over 100 ms).
 */
export const TEXT_PART_CHARS = 2 ** 18;

/** Content script → background: run the engine on the page text. */
export interface AnalyseRequest {
  type: 'analyse';
  /** The text, or with `transfer` its last piece, after the pieces sent before it. */
  text: string;
  /** Names the TextPartRequests that carried the text's first pieces. */
  transfer?: string;
  /** The language the page declares: a hint, the text's own words decide (block by block). */
  lang?: Lang;
  /** The page's blocks (headings, paragraphs, list items …), which the engine judges findings by, packed (packBlocks). */
  blocks?: number[];
}

/** Content script → background: piece `index` of a page text sent in pieces (see TEXT_PART_CHARS). */
export interface TextPartRequest {
  type: 'text-part';
  transfer: string;
  index: number;
  text: string;
}

/** A transfer's name: random letters and digits, drawn per request. */
const TRANSFER_NAME = /^[a-z0-9]{8,32}$/;

/**
 * The messages that carry an analyse request for the text in `parts` (pieces of TEXT_PART_CHARS
 * characters, the last one no longer): one, or a piece each under one new transfer name and the
 * request with the last piece. Sent in order.
 */
export function analyseRequests(parts: readonly string[], lang: Lang | undefined, blocks: number[]): (TextPartRequest | AnalyseRequest)[] {
  const last = parts.length - 1;
  if (last === 0) return [{ type: 'analyse', text: parts[0], lang, blocks }];
  const transfer = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join('');
  const out: (TextPartRequest | AnalyseRequest)[] = parts.slice(0, last).map((text, index) => ({ type: 'text-part', transfer, index, text }));
  out.push({ type: 'analyse', text: parts[last], transfer, lang, blocks });
  return out;
}

/** The text of an error as a failed answer or the popup gives it. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Block kinds by their number in a packed block list. */
const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'list-item', 'caption', 'quote', 'table', 'other'];

/**
 * Blocks as an analyse request carries them (those before `limit`, cut there): start, end and kind
 * number of each, in one flat list.
 * The browser copies a message in the sending page's task, and a list of numbers copies about five
 * times faster than as many objects (tens of thousands of blocks on a big page).
 */
export function packBlocks(blocks: readonly TextBlock[], limit = Infinity): number[] {
  const packed: number[] = [];
  for (const { start, end, kind } of blocks) if (start < limit) packed.push(start, Math.min(end, limit), BLOCK_KINDS.indexOf(kind));
  return packed;
}

export function unpackBlocks(packed: readonly number[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (let i = 0; i < packed.length; i += 3) blocks.push({ start: packed[i], end: packed[i + 1], kind: BLOCK_KINDS[packed[i + 2]] });
  return blocks;
}

/** Packed blocks as the content script sends them: at most one per character of text, each well formed and inside it. */
export function isPackedBlocks(value: unknown, textLength: number): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length % 3 !== 0 || value.length / 3 > textLength) return false;
  for (let i = 0; i < value.length; i += 3) {
    const [start, end, kind] = [value[i], value[i + 1], value[i + 2]];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start || end > textLength) return false;
    if (!Number.isSafeInteger(kind) || kind < 0 || kind >= BLOCK_KINDS.length) return false;
  }
  return true;
}

export type AnalyseResponse = { ok: true; result: ExtractResult } | { ok: false; error: string };

/** Content script → background: show the claim count on the toolbar button (0 or null clears it). */
export interface BadgeRequest {
  type: 'badge';
  count: number | null;
}

/** Content script → background: the page's full current claim list, for the claims log (sent only while it is on). */
export interface LogRequest {
  type: 'log';
  /** The address the claims were read at: single-page apps change it without a new load. */
  url: string;
  title: string;
  claims: ClaimView[];
}

/** Most claims one page sends to the log; the log's cap bounds what it keeps. */
export const MAX_LOGGED_CLAIMS = 20_000;

/**
 * Content script → background: put the paint styles of `palette` under the page's `prefix`
 * (lib/paint/names.ts) into the sender's frame (and take the other palettes' out); null takes them
 * all out. Sent on the first paint where the page did not get them at its start.
 */
export interface StylesRequest {
  type: 'styles';
  palette: Palette | null;
  prefix: string;
}

/**
 * The content script started with the page (entrypoints/reader.ts) → background: put the chosen
 * palette's paint styles under `prefix` into the sender's frame now, while the page has few
 * elements to restyle, if Who Said will read it. The answer is a StartStylesResponse.
 */
export interface StartStylesRequest {
  type: 'start-styles';
  prefix: string;
}

/** The palette whose styles went in, or null where none did (the site is not read). */
export interface StartStylesResponse {
  palette: Palette | null;
}

export type BackgroundRequest = AnalyseRequest | TextPartRequest | BadgeRequest | LogRequest | StylesRequest | StartStylesRequest;

/** Popup → content script: report the page's claims and status. */
export interface StateRequest {
  type: 'state';
}

/** Popup → content script: scroll to a claim and flash it. */
export interface JumpRequest {
  type: 'jump';
  claim: number;
}

export type ContentRequest = StateRequest | JumpRequest;

/** Content script → side panel: the claim nearest the middle of the viewport changed (on scroll). */
export interface ViewportReport {
  type: 'viewport';
  claim: number;
}

/** One claim as the popup and the card show it. */
export interface ClaimView {
  id: number;
  kind: Kind;
  entity: Entity;
  /** Groups claims by entity; equal for every claim of one speaker. */
  entityKey: string;
  /** Index into the entity palette, -1 for claims without a named source, OTHER_COLOUR (-2) for speakers beyond the palette. */
  colour: number;
  cue: string;
  source: string;
  claim: string;
}

export type PageStatus = 'analysing' | 'ready' | 'disabled' | 'error';

export interface PageState {
  url: string;
  host: string;
  status: PageStatus;
  mode: Mode;
  /** Whether the mode is this site's own. */
  overridden: boolean;
  lang?: Lang;
  claims: ClaimView[];
  /** The claim nearest the middle of the viewport. */
  inView?: number;
  error?: string;
  /**
   * Set when the page's text was longer than MAX_MESSAGE_TEXT and only its first `readChars`
   * characters were analysed: the popup says so ("read the first N characters").
   */
  readChars?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'analyse':
      // With a transfer, the whole text's length is known once its pieces are joined, and its blocks are checked then.
      return (
        typeof message.text === 'string' &&
        (message.transfer === undefined
          ? message.text.length <= MAX_MESSAGE_TEXT && isPackedBlocks(message.blocks, message.text.length)
          : isTransferName(message.transfer) && message.text.length <= TEXT_PART_CHARS && isPackedBlocks(message.blocks, MAX_MESSAGE_TEXT)) &&
        (message.lang === undefined || message.lang === 'de' || message.lang === 'en')
      );
    case 'text-part':
      return (
        isTransferName(message.transfer) &&
        Number.isSafeInteger(message.index) &&
        (message.index as number) >= 0 &&
        (message.index as number) < MAX_MESSAGE_TEXT / TEXT_PART_CHARS &&
        typeof message.text === 'string' &&
        message.text.length === TEXT_PART_CHARS
      );
    case 'badge':
      return message.count === null || (Number.isSafeInteger(message.count) && (message.count as number) >= 0);
    case 'log':
      return (
        typeof message.url === 'string' &&
        message.url.length <= MAX_TITLE &&
        typeof message.title === 'string' &&
        message.title.length <= MAX_TITLE &&
        Array.isArray(message.claims) &&
        message.claims.length <= MAX_LOGGED_CLAIMS &&
        message.claims.every(isClaimView)
      );
    case 'styles':
      return isHighlightPrefix(message.prefix) && (message.palette === null || (PALETTES as readonly unknown[]).includes(message.palette));
    case 'start-styles':
      return isHighlightPrefix(message.prefix);
    default:
      return false;
  }
}

const isTransferName = (value: unknown): value is string => typeof value === 'string' && TRANSFER_NAME.test(value);

const MAX_TITLE = 10_000;
const KIND_NAMES: readonly unknown[] = ['direct', 'mixed', 'indirect', 'according_to', 'unnamed'] satisfies Kind[];
const ENTITY_TYPES: readonly unknown[] = ['person', 'organisation', 'media', 'group', 'unnamed'] satisfies Entity['type'][];

function isClaimView(value: unknown): value is ClaimView {
  if (!isObject(value) || !isObject(value.entity)) return false;
  return (
    KIND_NAMES.includes(value.kind) &&
    typeof value.entity.name === 'string' &&
    ENTITY_TYPES.includes(value.entity.type) &&
    typeof value.cue === 'string' &&
    typeof value.source === 'string' &&
    typeof value.claim === 'string'
  );
}

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'state':
      return true;
    case 'jump':
      return Number.isSafeInteger(message.claim) && (message.claim as number) >= 0;
    default:
      return false;
  }
}

export function isViewportReport(message: unknown): message is ViewportReport {
  return isObject(message) && message.type === 'viewport' && Number.isSafeInteger(message.claim) && (message.claim as number) >= 0;
}
