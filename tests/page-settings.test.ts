import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBackgroundRequest, isContentRequest } from '../lib/messages';
import { DEFAULT_SETTINGS, MODES, parseSettings, siteKey, siteView } from '../lib/settings';

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = {
      version: 5,
      mode: 'sources',
      run: 'on-click',
      scope: 'allow-list',
      allow: ['zeit.de'],
      kinds: ['direct', 'unnamed'],
      palette: 'high-contrast',
      sites: { 'zeit.de': { mode: 'unnamed' }, 'spiegel.de': { disabled: true } },
      log: true,
      logCap: 750,
    };
    expect(parseSettings(settings)).toEqual(settings);
  });

  it('falls back to defaults for corrupt values, entry by entry', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('claims')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ mode: 'rainbow', sites: [] })).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ mode: 'off', sites: { 'a.de': { mode: 42, disabled: 'yes' }, 'b.de': null, 'c.de': { mode: 'claims', extra: 1 }, '': { mode: 'off' } } }),
    ).toEqual({ ...DEFAULT_SETTINGS, mode: 'off', sites: { 'c.de': { mode: 'claims' } } });
  });

  it('never throws and always yields a valid mode, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const settings = parseSettings(raw);
        return MODES.includes(settings.mode) && Object.values(settings.sites).every((s) => s.mode === undefined || MODES.includes(s.mode));
      }),
    );
  });

  it('ignores inherited keys such as __proto__', () => {
    const settings = parseSettings(JSON.parse('{"mode":"claims","sites":{"__proto__":{"mode":"off"}}}'));
    expect(siteView(settings, 'example.org').mode).toBe('claims');
    expect(siteView(settings, 'constructor').mode).toBe('claims');
  });
});

describe('siteView', () => {
  const settings = parseSettings({ mode: 'claims', sites: { 'zeit.de': { mode: 'by-source' }, 'bild.de': { disabled: true } } });

  it('applies the site override, else the global mode', () => {
    const rest = { unlisted: false, kinds: DEFAULT_SETTINGS.kinds };
    expect(siteView(settings, 'www.zeit.de')).toEqual({ host: 'zeit.de', mode: 'by-source', disabled: false, overridden: true, ...rest });
    expect(siteView(settings, 'taz.de')).toEqual({ host: 'taz.de', mode: 'claims', disabled: false, overridden: false, ...rest });
    expect(siteView(settings, 'BILD.de').disabled).toBe(true);
  });

  it('keys sites by lower-case host without www', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    expect(siteKey('news.example.com')).toBe('news.example.com');
  });
});

describe('message validation', () => {
  it('accepts the extension’s own messages', () => {
    expect(isBackgroundRequest({ type: 'analyse', text: 'Er sagte, es regne.', lang: 'de' })).toBe(true);
    expect(isBackgroundRequest({ type: 'analyse', text: '' })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge', count: 12 })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge', count: null })).toBe(true);
    expect(isContentRequest({ type: 'state' })).toBe(true);
    expect(isContentRequest({ type: 'jump', claim: 3 })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const message of [
      null,
      'analyse',
      [],
      { type: 'analyse' },
      { type: 'analyse', text: 42 },
      { type: 'analyse', text: 'x', lang: 'fr' },
      { type: 'analyse', text: 'x'.repeat(4_000_001) },
      { type: 'badge', count: -1 },
      { type: 'badge', count: 1.5 },
      { type: 'badge', count: '3' },
      { type: 'eval', code: 'alert(1)' },
    ]) {
      expect(isBackgroundRequest(message), JSON.stringify(message)?.slice(0, 60)).toBe(false);
    }
    for (const message of [null, { type: 'jump' }, { type: 'jump', claim: -1 }, { type: 'jump', claim: '1' }, { type: 'analyse', text: '' }]) {
      expect(isContentRequest(message), JSON.stringify(message)).toBe(false);
    }
  });
});
