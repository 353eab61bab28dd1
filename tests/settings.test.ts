import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PALETTES } from '../lib/paint/palette';
import { DEFAULT_SETTINGS, KINDS, LOG_CAP_MAX, LOG_CAP_MIN, migrate, MODES, nextMode, parseSettings, parseSiteInput, SETTINGS_VERSION, siteView } from '../lib/settings';

describe('settings migration', () => {
  it('turns version 1 (no version field) into the current shape, keeping mode and sites', () => {
    const v1 = { mode: 'by-source', sites: { 'zeit.de': { mode: 'off' }, 'bild.de': { disabled: true } } };
    expect(migrate(v1)).toEqual({ ...v1, version: 5, scope: 'all', allow: [], kinds: [...KINDS], palette: 'default', run: 'auto', log: false, logCap: 20_000 });
    expect(parseSettings(v1)).toEqual({ ...DEFAULT_SETTINGS, mode: 'by-source', sites: v1.sites });
  });

  it('turns version 2 into the current version with the default palette and automatic runs, keeping everything else', () => {
    const v2 = { version: 2, mode: 'sources', scope: 'allow-list', allow: ['zeit.de'], kinds: ['direct'], sites: { 'bild.de': { disabled: true } } };
    expect(migrate(v2)).toEqual({ ...v2, version: 5, palette: 'default', run: 'auto', log: false, logCap: 20_000 });
    expect(parseSettings(v2)).toEqual({ ...v2, version: 5, palette: 'default', run: 'auto', log: false, logCap: 20_000 });
  });

  it('turns version 3 into version 4 running automatically, as version 3 always did', () => {
    const v3 = { version: 3, mode: 'unnamed', scope: 'all', allow: [], kinds: ['direct'], palette: 'high-contrast', sites: {} };
    expect(parseSettings(v3)).toEqual({ ...v3, version: 5, run: 'auto', log: false, logCap: 20_000 });
    // Version 3 had no run setting: a stray one is replaced by the migration's default.
    expect(parseSettings({ ...v3, run: 'on-click' }).run).toBe('auto');
  });

  it('turns version 4 into version 5 with the claims log off, keeping everything else', () => {
    const v4 = { version: 4, mode: 'claims', run: 'on-click', scope: 'all', allow: [], kinds: ['unnamed'], palette: 'colour-blind', sites: { 'zeit.de': { mode: 'off' } } };
    expect(migrate(v4)).toEqual({ ...v4, version: 5, log: false, logCap: 20_000 });
    expect(parseSettings(v4)).toEqual({ ...v4, version: 5, log: false, logCap: 20_000 });
    // Version 4 had no log: a stray switch is replaced by the migration's default, so the log stays off.
    expect(parseSettings({ ...v4, log: true }).log).toBe(false);
  });

  it('keeps the log switch and a whole cap within bounds; anything else falls back to off and the default cap', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, log: true, logCap: 500 })).toMatchObject({ log: true, logCap: 500 });
    expect(parseSettings({ ...DEFAULT_SETTINGS, logCap: LOG_CAP_MIN }).logCap).toBe(LOG_CAP_MIN);
    expect(parseSettings({ ...DEFAULT_SETTINGS, logCap: LOG_CAP_MAX }).logCap).toBe(LOG_CAP_MAX);
    for (const log of ['true', 1, null, {}]) expect(parseSettings({ ...DEFAULT_SETTINGS, log }).log).toBe(false);
    for (const logCap of [0, -5, 2.5, LOG_CAP_MAX + 1, '500', null, Number.NaN, Infinity]) {
      expect(parseSettings({ ...DEFAULT_SETTINGS, logCap }).logCap).toBe(DEFAULT_SETTINGS.logCap);
    }
  });

  it('keeps a valid run setting and falls back to automatic runs for anything else', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, run: 'on-click' }).run).toBe('on-click');
    for (const run of ['never', '', 0, null, ['on-click'], true]) expect(parseSettings({ ...DEFAULT_SETTINGS, run }).run).toBe('auto');
  });

  it('keeps a valid palette and falls back to the default for anything else', () => {
    for (const palette of PALETTES) expect(parseSettings({ ...DEFAULT_SETTINGS, palette }).palette).toBe(palette);
    for (const palette of ['rainbow', '', 3, null, ['high-contrast'], { toString: () => 'high-contrast' }]) {
      expect(parseSettings({ ...DEFAULT_SETTINGS, mode: 'off', palette })).toEqual({ ...DEFAULT_SETTINGS, mode: 'off' });
    }
    // A version 2 record never had a palette: a stray one is replaced by the migration's default.
    expect(parseSettings({ version: 2, palette: 'high-contrast' }).palette).toBe('default');
  });

  it('leaves current and future versions to validation', () => {
    const current = { ...DEFAULT_SETTINGS, kinds: ['direct'] };
    expect(migrate(current)).toBe(current);
    const future = { version: SETTINGS_VERSION + 5, mode: 'sources', kinds: ['unnamed', 'telepathy'], hue: 3 };
    expect(parseSettings(future)).toEqual({ ...DEFAULT_SETTINGS, mode: 'sources', kinds: ['unnamed'] });
  });

  it('treats a corrupt version field as version 1', () => {
    expect(parseSettings({ version: 'two', mode: 'off' })).toEqual({ ...DEFAULT_SETTINGS, mode: 'off' });
  });

  it('always yields the current version with valid lists, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (allow, kinds, scope) => {
        const s = parseSettings({ version: 2, allow, kinds, scope });
        return (
          s.version === SETTINGS_VERSION &&
          (s.scope === 'all' || s.scope === 'allow-list') &&
          s.allow.every((h) => parseSiteInput(h) === h) &&
          s.kinds.every((k) => KINDS.includes(k))
        );
      }),
    );
  });
});

describe('site lists', () => {
  it('reads what users type into a site key', () => {
    expect(parseSiteInput('https://www.Zeit.de/politik/index.html')).toBe('zeit.de');
    expect(parseSiteInput('  tagesschau.de ')).toBe('tagesschau.de');
    expect(parseSiteInput('news.bbc.co.uk/x')).toBe('news.bbc.co.uk');
    expect(parseSiteInput('münchen.de')).toBe('xn--mnchen-3ya.de');
    expect(parseSiteInput('127.0.0.1:8080')).toBe('127.0.0.1');
    for (const bad of ['', '   ', 'not a site', 'http://', '-x.de', 'a..b']) expect(parseSiteInput(bad), bad).toBeNull();
  });

  it('an allow-list turns off every site not on it; the block-list wins over it', () => {
    const s = parseSettings({
      version: 2,
      mode: 'claims',
      scope: 'allow-list',
      allow: ['zeit.de', 'bild.de'],
      sites: { 'bild.de': { disabled: true } },
    });
    expect(siteView(s, 'www.zeit.de')).toMatchObject({ disabled: false, unlisted: false });
    expect(siteView(s, 'taz.de')).toMatchObject({ disabled: true, unlisted: true });
    expect(siteView(s, 'bild.de')).toMatchObject({ disabled: true, unlisted: false });
    expect(siteView({ ...s, scope: 'all' }, 'taz.de')).toMatchObject({ disabled: false, unlisted: false });
  });

  it('drops malformed and duplicate allow-list entries', () => {
    expect(parseSettings({ version: 2, allow: ['zeit.de', 'zeit.de', 'Has Space', 7, '__proto__'] }).allow).toEqual(['zeit.de']);
  });
});

describe('mode cycle (keyboard command)', () => {
  it('visits every mode once and comes back', () => {
    const seen = [DEFAULT_SETTINGS.mode];
    for (let i = 0; i < MODES.length; i++) seen.push(nextMode(seen[seen.length - 1]));
    expect(seen.at(-1)).toBe(DEFAULT_SETTINGS.mode);
    expect(new Set(seen.slice(0, -1))).toEqual(new Set(MODES));
  });
});
