import { browser } from 'wxt/browser';
import type { Kind } from './engine/types';
import { PALETTES, type Palette } from './paint/palette';

/** Highlight modes, in the order the popup shows them. */
export const MODES = ['off', 'claims', 'by-source', 'sources', 'unnamed'] as const;
export type Mode = (typeof MODES)[number];

export interface SiteSettings {
  /** Overrides the global mode on this site. */
  mode?: Mode;
  /** The content script leaves this site alone. */
  disabled?: boolean;
}

/** Claim kinds, in the order the options page lists them. */
export const KINDS: readonly Kind[] = ['direct', 'mixed', 'indirect', 'according_to', 'unnamed'];

/** Where Who Said runs: everywhere except blocked sites, or only on the allow-list. */
export const SCOPES = ['all', 'allow-list'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * When Who Said reads a page: by itself on every site it may access, or only once the reader opens
 * its popup (or presses its shortcut) on a tab — then it needs no host access, only `activeTab`.
 */
export const RUNS = ['auto', 'on-click'] as const;
export type Run = (typeof RUNS)[number];

/** Version of the stored shape; `migrate` brings older shapes up to it. */
export const SETTINGS_VERSION = 5;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Mode on every site without an override. */
  mode: Mode;
  /** Automatic runs also need host access to all sites, which the reader grants separately. */
  run: Run;
  scope: Scope;
  /** Sites Who Said runs on when `scope` is 'allow-list' (site keys). */
  allow: string[];
  /** Claim kinds painted in the page and listed in the popup. */
  kinds: Kind[];
  /** Colours of the page's highlights and the popup's legend. */
  palette: Palette;
  /** Keyed by host name without `www.`; `disabled` entries form the block-list. */
  sites: Record<string, SiteSettings>;
  /** The claims log (lib/log): every page's claims kept on this machine. Off unless the reader turns it on. */
  log: boolean;
  /** Most claims the log keeps; the oldest pages are evicted first. */
  logCap: number;
}

/** What applies on one site. */
export interface SiteView {
  host: string;
  mode: Mode;
  disabled: boolean;
  /** Whether the mode is this site's own rather than the global one. */
  overridden: boolean;
  /** Off because the site is missing from the allow-list (not because it is blocked). */
  unlisted: boolean;
  kinds: Kind[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  mode: 'claims',
  run: 'auto',
  scope: 'all',
  allow: [],
  kinds: [...KINDS],
  palette: 'default',
  sites: {},
  log: false,
  logCap: 20_000,
};

/** Bounds of the claims log's cap, in claims. */
export const LOG_CAP_MIN = 1;
export const LOG_CAP_MAX = 1_000_000;

/** Storage key in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/** Upper bound on remembered sites: settings stay small whatever is stored. */
const MAX_SITES = 5000;

/** A site key: a host name (letters, digits, dots, hyphens; IDN in punycode) or an IPv4 address. */
const SITE_KEY = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * Steps from each stored version to the next; index n turns version n into n + 1. Version 1 (no
 * version field) had only `mode` and `sites`; version 2 added `scope`, `allow` and `kinds`, version
 * 3 `palette`, version 4 `run`, version 5 the claims log (`log`, `logCap`).
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2, scope: 'all', allow: [], kinds: [...KINDS] }),
  2: (old) => ({ ...old, version: 3, palette: 'default' }),
  3: (old) => ({ ...old, version: 4, run: 'auto' }),
  4: (old) => ({ ...old, version: 5, log: false, logCap: DEFAULT_SETTINGS.logCap }),
};

/** Brings a stored record up to SETTINGS_VERSION; unknown or future versions are parsed as they are. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let record = raw;
  let version = Number.isSafeInteger(record.version) ? (record.version as number) : 1;
  while (version < SETTINGS_VERSION && MIGRATIONS[version]) {
    record = MIGRATIONS[version](record);
    version++;
  }
  return record;
}

/** The site key typed by a user ("https://www.Zeit.de/politik" → "zeit.de"), or null if it is none. */
export function parseSiteInput(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(host) ? host : `http://${host}`).hostname;
  } catch {
    return null;
  }
  const key = siteKey(host);
  return SITE_KEY.test(key) ? key : null;
}

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** The site key of a host: lower case, without a leading `www.`. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * Validates stored settings. Anything malformed falls back to the default, entry by entry, so a
 * corrupt value never loses the valid rest.
 */
export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return structuredClone(DEFAULT_SETTINGS);
  const record = migrate(raw as Record<string, unknown>);
  const mode = isMode(record.mode) ? record.mode : DEFAULT_SETTINGS.mode;
  const run = (RUNS as readonly unknown[]).includes(record.run) ? (record.run as Run) : DEFAULT_SETTINGS.run;
  const scope = (SCOPES as readonly unknown[]).includes(record.scope) ? (record.scope as Scope) : DEFAULT_SETTINGS.scope;
  const allow = Array.isArray(record.allow)
    ? [...new Set(record.allow.slice(0, MAX_SITES).filter((h): h is string => typeof h === 'string' && parseSiteInput(h) === h))]
    : [];
  const kinds = Array.isArray(record.kinds) ? KINDS.filter((k) => (record.kinds as unknown[]).includes(k)) : [...KINDS];
  const palette = (PALETTES as readonly unknown[]).includes(record.palette) ? (record.palette as Palette) : DEFAULT_SETTINGS.palette;
  const sites: Record<string, SiteSettings> = {};
  if (record.sites && typeof record.sites === 'object' && !Array.isArray(record.sites)) {
    for (const [host, value] of Object.entries(record.sites as Record<string, unknown>).slice(0, MAX_SITES)) {
      if (!SITE_KEY.test(siteKey(host)) || !value || typeof value !== 'object') continue;
      const site = value as Record<string, unknown>;
      const entry: SiteSettings = {};
      if (isMode(site.mode)) entry.mode = site.mode;
      if (site.disabled === true) entry.disabled = true;
      if (entry.mode || entry.disabled) sites[siteKey(host)] = entry;
    }
  }
  const log = record.log === true;
  const logCap = parseLogCap(record.logCap) ?? DEFAULT_SETTINGS.logCap;
  return { version: SETTINGS_VERSION, mode, run, scope, allow, kinds, palette, sites, log, logCap };
}

/** A whole number of claims within the cap's bounds, or null. */
export function parseLogCap(value: unknown): number | null {
  return Number.isSafeInteger(value) && (value as number) >= LOG_CAP_MIN && (value as number) <= LOG_CAP_MAX ? (value as number) : null;
}

export function siteView(settings: Settings, host: string): SiteView {
  const key = siteKey(host);
  const site = Object.hasOwn(settings.sites, key) ? settings.sites[key] : undefined;
  const unlisted = settings.scope === 'allow-list' && !settings.allow.includes(key);
  return {
    host: key,
    mode: site?.mode ?? settings.mode,
    disabled: site?.disabled === true || unlisted,
    overridden: site?.mode !== undefined,
    unlisted,
    kinds: settings.kinds,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Updates from one page run one after another, so quick changes never overwrite each other. */
let pending: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored settings and stores the validated result. */
export function update(change: (settings: Settings) => Settings): Promise<Settings> {
  const run = pending.then(async () => {
    const next = parseSettings(change(await loadSettings()));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

function withSite(settings: Settings, host: string, change: (site: SiteSettings) => SiteSettings): Settings {
  const key = siteKey(host);
  const sites = { ...settings.sites };
  const site = change({ ...(sites[key] ?? {}) });
  if (site.mode === undefined) delete site.mode;
  if (!site.disabled) delete site.disabled;
  if (site.mode || site.disabled) sites[key] = site;
  else delete sites[key];
  return { ...settings, sites };
}

/** The mode after `mode` in the popup's order, wrapping round (the cycle-mode shortcut). */
export function nextMode(mode: Mode): Mode {
  return MODES[(MODES.indexOf(mode) + 1) % MODES.length];
}

/** Sets the mode on one site (its override). */
export function setSiteMode(host: string, mode: Mode): Promise<Settings> {
  return update((s) => withSite(s, host, (site) => ({ ...site, mode })));
}

/** Makes `mode` the global default and drops this site's override. */
export function setDefaultMode(mode: Mode, host?: string): Promise<Settings> {
  return update((s) => {
    const next = { ...s, mode };
    return host ? withSite(next, host, (site) => ({ ...site, mode: undefined })) : next;
  });
}

export function setSiteDisabled(host: string, disabled: boolean): Promise<Settings> {
  return update((s) => withSite(s, host, (site) => ({ ...site, disabled })));
}

/** Calls `listener` with validated settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
