import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** Fixed add-on id: Firefox MV3 needs one for storage, and tests pin its moz-extension UUID to it. */
export const GECKO_ID = 'who-said@who-said.app';

/**
 * The scripts that run in pages, unlisted ones the background injects or registers: the content
 * script (entrypoints/reader.ts).
 */
const PAGE_SCRIPTS = ['reader'];

/**
 * compromise builds its lexicon (24,000 words, conjugated and inflected) as its module is
 * evaluated: most of the background's start, which a stopped service worker pays before it can
 * answer a page that starts loading. In the extension's bundle, compromise's single-file build is
 * wrapped in a function that runs the first time the engine looks a word up (lib/engine/entities-en.ts);
 * Node, the CLI and the tests import it as it is.
 */
export function compromiseOnFirstUse(): Plugin {
  const id = '\0compromise-on-first-use';
  return {
    name: 'who-said:compromise-on-first-use',
    enforce: 'pre',
    resolveId: (source) => (source === 'compromise' ? id : null),
    load(loading) {
      if (loading !== id) return null;
      // The "require" build: one UMD file, which sets module.exports when module is defined.
      const build = readFileSync(createRequire(import.meta.url).resolve('compromise'), 'utf8');
      return [
        'let nlp;',
        'function built() {',
        '  if (!nlp) {',
        '    const module = { exports: {} };',
        '    const exports = module.exports;',
        build,
        '    nlp = module.exports;',
        '  }',
        '  return nlp;',
        '}',
        'export default new Proxy(function () {}, { get: (_, key) => built()[key], apply: (_, self, args) => built()(...args) });',
      ].join('\n');
    },
  };
}

type Alias = { find: string | RegExp; replacement: string };

/** Vite's alias option in its list form (it also takes an object of find → replacement). */
function aliasList(alias: unknown): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifestVersion: 3,
  // `browser` from wxt/browser is Mozilla's webextension-polyfill in the background, popup and
  // options: one promise-based API object, the same in Chrome and Firefox (in Firefox the polyfill
  // hands back the native one). Not in the content script (hook below).
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for Firefox review) holds what builds the extension: no tests, docs or scratch files.
  zip: { excludeSources: ['tests/**', 'docs/**', 'tmp/**', 'bin/**', 'scripts/**', '.ci/**'] },
  // No modulepreload polyfill: it would fetch() the popup's chunks; extension pages need none.
  vite: () => ({ plugins: [preact(), compromiseOnFirstUse()], build: { minify: true, modulePreload: { polyfill: false } } }),
  hooks: {
    // The scripts in pages run in every tab and use only APIs that are promise-based natively in
    // both browsers (runtime messages, storage): the polyfill would add 9.5 kB (22 %) to the content script.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => PAGE_SCRIPTS.includes(entry.name))) return;
      config.resolve ??= {};
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...aliasList(config.resolve.alias)];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host access is optional: without it Who Said runs only where the reader opens it (activeTab).
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Rebindable in chrome://extensions/shortcuts and Firefox's add-on manager (Manage Extension Shortcuts).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandPopup__' },
      'cycle-mode': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandCycle__' },
    },
    // Extension pages run only their own packaged scripts; nothing is fetched or framed.
    content_security_policy: {
      extension_pages: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
