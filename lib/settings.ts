import { browser } from 'wxt/browser';

/** Highlight modes, in the order the popup shows them. */
export const MODES = ['off', 'claims', 'by-source', 'sources', 'unnamed'] as const;
export type Mode = (typeof MODES)[number];

export const MODE_LABELS: Record<Mode, string> = {
  off: 'Off',
  claims: 'Claims',
  'by-source': 'By source',
  sources: 'Sources only',
  unnamed: 'Unnamed',
};

export interface SiteSettings {
  /** Overrides the global mode on this site. */
  mode?: Mode;
  /** The content script leaves this site alone. */
  disabled?: boolean;
}

export interface Settings {
  /** Mode on every site without an override. */
  mode: Mode;
  /** Keyed by host name without `www.`. */
  sites: Record<string, SiteSettings>;
}

/** What applies on one site. */
export interface SiteView {
  host: string;
  mode: Mode;
  disabled: boolean;
  /** Whether the mode is this site's own rather than the global one. */
  overridden: boolean;
}

export const DEFAULT_SETTINGS: Settings = { mode: 'claims', sites: {} };

/** Storage key in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/** Upper bound on remembered sites: settings stay small whatever is stored. */
const MAX_SITES = 5000;

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
  if (!raw || typeof raw !== 'object') return { mode: DEFAULT_SETTINGS.mode, sites: {} };
  const record = raw as Record<string, unknown>;
  const mode = isMode(record.mode) ? record.mode : DEFAULT_SETTINGS.mode;
  const sites: Record<string, SiteSettings> = {};
  if (record.sites && typeof record.sites === 'object' && !Array.isArray(record.sites)) {
    for (const [host, value] of Object.entries(record.sites as Record<string, unknown>).slice(0, MAX_SITES)) {
      if (!host || host.length > 253 || host === '__proto__' || !value || typeof value !== 'object') continue;
      const site = value as Record<string, unknown>;
      const entry: SiteSettings = {};
      if (isMode(site.mode)) entry.mode = site.mode;
      if (site.disabled === true) entry.disabled = true;
      if (entry.mode || entry.disabled) sites[siteKey(host)] = entry;
    }
  }
  return { mode, sites };
}

export function siteView(settings: Settings, host: string): SiteView {
  const key = siteKey(host);
  const site = Object.hasOwn(settings.sites, key) ? settings.sites[key] : undefined;
  return {
    host: key,
    mode: site?.mode ?? settings.mode,
    disabled: site?.disabled === true,
    overridden: site?.mode !== undefined,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

async function update(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
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
