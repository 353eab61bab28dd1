import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Fixed add-on id: Firefox MV3 needs one for storage, and tests pin its moz-extension UUID to it. */
export const GECKO_ID = 'who-said@who-said.app';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifestVersion: 3,
  // The sources zip (for Firefox review) holds what builds the extension: no tests, docs or scratch files.
  zip: { excludeSources: ['tests/**', 'docs/**', 'tmp/**', 'bin/**', 'scripts/**', '.ci/**'] },
  // No modulepreload polyfill: it would fetch() the popup's chunks; extension pages need none.
  vite: () => ({ plugins: [preact()], build: { minify: true, modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Who Said',
    description: 'Shows who says what on news pages: claims, sources and cues, highlighted in the page and listed by source.',
    permissions: ['storage', 'activeTab'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Who Said' },
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
