/**
 * The UI speaks English and German: both locales have the same strings with the same
 * placeholders, and every string the code asks for exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../lib/paint/palette';
import { KINDS, MODES } from '../lib/settings';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const de = load('de');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('locales', () => {
  it('German has every English string, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(de[key].message.trim(), key).not.toBe('');
      expect(Object.keys(de[key].placeholders ?? {}), key).toEqual(Object.keys(en[key].placeholders ?? {}));
      expect(de[key].message.includes('$VALUE$'), key).toBe(en[key].message.includes('$VALUE$'));
    }
    expect(de.locale.message).toBe('de');
    expect(en.locale.message).toBe('en');
  });

  it('every string the code asks for exists, and every string is used', () => {
    const code = ['components', 'entrypoints', 'lib'].flatMap((d) => sources(join(root, d))).join('\n');
    const asked = new Set([...code.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]));
    const built = [...MODES.map((m) => `mode_${m.replace('-', '_')}`), ...KINDS.map((k) => `kind_${k}`), ...PALETTES.map((p) => `palette_${p.replaceAll('-', '_')}`)];
    for (const key of [...asked, ...built]) expect(en, key).toHaveProperty(key);
    const manifest = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(en).filter(
      (key) => !asked.has(key) && !built.includes(key) && !key.startsWith('type_') && !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('built manifest', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    it(`${target}: localized, with commands, a strict CSP and icons at every size`, () => {
      const manifest = JSON.parse(readFileSync(join(root, '.output', target, 'manifest.json'), 'utf8'));
      expect(manifest.default_locale).toBe('en');
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
      expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_action', 'cycle-mode']);
      const csp: string = manifest.content_security_policy.extension_pages;
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe|https?:|\*/);
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
      expect(manifest.options_ui.page).toBe('options.html');
      // Chrome's side panel needs its permission (no warning at install); Firefox's sidebar needs none.
      expect(manifest.permissions.sort()).toEqual(target.startsWith('chrome') ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
      for (const lang of ['en', 'de']) readFileSync(join(root, '.output', target, '_locales', lang, 'messages.json'));
    });
  }
});
