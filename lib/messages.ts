/**
 * Every message the extension's parts exchange, with validators: a message that fails validation
 * is ignored, so nothing a page sends can make the extension act.
 */
import type { Entity, ExtractResult, Kind, Lang } from './engine/types';
import { PALETTES, type Palette } from './paint/palette';
import type { Mode } from './settings';

/** Upper bound on analysed text; the engine ignores anything beyond its own, smaller limit. */
export const MAX_MESSAGE_TEXT = 4_000_000;

/** Content script → background: run the engine on the page text. */
export interface AnalyseRequest {
  type: 'analyse';
  text: string;
  /** The language the page declares: a hint, the text's own words decide (block by block). */
  lang?: Lang;
}

export type AnalyseResponse = { ok: true; result: ExtractResult } | { ok: false; error: string };

/** Content script → background: show the claim count on the toolbar button (0 or null clears it). */
export interface BadgeRequest {
  type: 'badge';
  count: number | null;
}

/**
 * Content script → background: put the paint styles of `palette` into the sender's frame (and take
 * the other palettes' out); null takes them all out. Sent on the first paint, not at load.
 */
export interface StylesRequest {
  type: 'styles';
  palette: Palette | null;
}

export type BackgroundRequest = AnalyseRequest | BadgeRequest | StylesRequest;

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

/** One claim as the popup and the card show it. */
export interface ClaimView {
  id: number;
  kind: Kind;
  entity: Entity;
  /** Groups claims by entity; equal for every claim of one speaker. */
  entityKey: string;
  /** Index into the entity palette, or -1 for claims without a named source. */
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
  error?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'analyse':
      return (
        typeof message.text === 'string' &&
        message.text.length <= MAX_MESSAGE_TEXT &&
        (message.lang === undefined || message.lang === 'de' || message.lang === 'en')
      );
    case 'badge':
      return message.count === null || (Number.isSafeInteger(message.count) && (message.count as number) >= 0);
    case 'styles':
      return message.palette === null || (PALETTES as readonly unknown[]).includes(message.palette);
    default:
      return false;
  }
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
