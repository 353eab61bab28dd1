/**
 * Bundles the page-side painting code with the engine into one script that tests inject into a
 * page's main world, where an init script has removed the CSS Custom Highlight API first. Neither
 * browser can switch the API off for the extension itself: Chromium ships it without a runtime
 * flag, Firefox dropped its pref once it shipped, and page-side deletions never reach a content
 * script (isolated world in Chromium, Xray wrappers in Firefox).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export async function paintBundle(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(here, 'paint-entry.ts'), formats: ['iife'], name: 'WhoSaidPaint' },
    },
  })) as Rollup.RollupOutput[];
  return output[0].output[0].type === 'chunk' ? output[0].output[0].code : '';
}
