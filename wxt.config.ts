import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Who Said',
    description: 'Shows who says what on news pages: claims, sources and cues, highlighted in the page and listed by source.',
    permissions: ['storage', 'activeTab'],
  },
});
