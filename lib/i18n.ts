import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import type { EntityType, Kind } from './engine/types';
import type { Palette } from './paint/palette';
import type { Mode } from './settings';

/** A key of `public/_locales/en/messages.json`; every locale has the same keys (tests check). */
export type MessageKey = keyof typeof messages;

/**
 * The UI string `key` in the browser's language (German or English, else English), with `$1`
 * (and `$2` …) filled by `value`. Falls back to the key itself, so a missing string shows, not a blank.
 */
export function t(key: MessageKey, value?: string | number | (string | number)[]): string {
  const values = value === undefined ? undefined : Array.isArray(value) ? value.map(String) : String(value);
  return browser.i18n.getMessage(key, values) || key;
}

/** A share from 0 to 1 as the interface language writes it: `64%`, `64 %`. */
export function percent(share: number): string {
  return new Intl.NumberFormat(t('locale'), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export const modeLabel = (mode: Mode): string => t(`mode_${mode.replace('-', '_')}` as MessageKey);
export const kindLabel = (kind: Kind): string => t(`kind_${kind}`);
export const paletteLabel = (palette: Palette): string => t(`palette_${palette.replaceAll('-', '_')}` as MessageKey);
export const entityTypeLabel = (type: EntityType): string => t(`type_${type}`);
