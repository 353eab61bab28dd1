import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';

/** Built by `npm test`'s pretest step (`wxt build` for both browsers). */
const BUILDS = { chrome: join(__dirname, '../.output/chrome-mv3'), firefox: join(__dirname, '../.output/firefox-mv3') };

/**
 * The content script's size budget: it runs in every tab. 39 kB before this budget was last set;
 * 43.7 kB with the article finder's prose scoring and box rules (2.4 kB), the walk into shadow
 * roots and frames, the scroll report for the side panel and the claims log's message. 46.2 kB
 * with the page's run split into parts (its state, the watcher of changes, the answers to the
 * popup): fields and methods shared between them keep their names when minified (2.2 kB); 47.3 kB
 * with painting only the spans near the viewport on pages with very many, and the check that lets
 * a running instance keep its page, so the background starts the script without asking first.
 * 48.4 kB with highlight names under a random prefix per page, taken over from the page's start.
 * 49.3 kB with a long page text sent in pieces, each copied in a task of its own, and the article
 * region's prose narrowed from the page's rather than measured again. 50.1 kB with the page's text
 * kept in those pieces from the reading on, never copied into one string on the page's thread.
 */
const CONTENT_SCRIPT_BUDGET = 51 * 1024;

/**
 * What the popup loads before its first render (its page's scripts, preloads and style sheet): it
 * opens on every click of the toolbar button. 32.9 kB before the source profile and the side
 * panel, 39.5 kB with them, 51.7 kB with webextension-polyfill (about 10 kB, read from disk).
 */
const POPUP_FIRST_RENDER_BUDGET = 52 * 1024;

/** APIs that reach the network; none may appear in the extension. */
const NETWORK_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\s*\(\s*['"`]https?:/;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

describe.each(Object.entries(BUILDS))('%s build', (browser, dir) => {
  it('exists (npm test builds first)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir} missing: run npm run build`).toBe(true);
  });

  it('asks at install only for the permissions it uses, and for no site', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    // Chrome's side panel needs its permission, which shows no warning; Firefox's sidebar needs none.
    expect(manifest.permissions.sort()).toEqual(browser === 'chrome' ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
    // One page for both: Chrome's side panel and Firefox's sidebar.
    if (browser === 'chrome') expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    else expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', default_title: 'Who Said', open_at_install: false });
    expect(readFileSync(join(dir, 'sidepanel.html'), 'utf8')).toContain('<script');
    // Sites are optional: the reader grants them for automatic runs (lib/access.ts).
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    // The background registers the content script, so none is declared for every page.
    expect(manifest.content_scripts ?? []).toEqual([]);
    // Paint styles are made per page under its random prefix (lib/paint/palette-css.ts): the build ships no style sheet for pages.
    expect(files(dir).filter((f) => f.endsWith('.css') && !f.includes('/assets/'))).toEqual([]);
    if (browser === 'firefox') expect(manifest.background.scripts).toHaveLength(1);
    else expect(manifest.background.service_worker).toBeTruthy();
  });

  it(`keeps the content script under ${CONTENT_SCRIPT_BUDGET / 1024} kB and free of the engine's lexicons`, () => {
    const script = readFileSync(join(dir, 'reader.js'), 'utf8');
    console.log(`${browser} content script: ${(script.length / 1024).toFixed(1)} kB minified`);
    expect(script.length).toBeLessThan(CONTENT_SCRIPT_BUDGET);
    expect(script).not.toMatch(/"sagten?"/);
  });

  it(`keeps the popup's first render under ${POPUP_FIRST_RENDER_BUDGET / 1024} kB`, () => {
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(loaded.some((f) => f.endsWith('.css'))).toBe(true);
    const bytes = loaded.reduce((sum, f) => sum + statSync(join(dir, f)).size, html.length);
    console.log(`${browser} popup first render: ${(bytes / 1024).toFixed(1)} kB (${loaded.length} files)`);
    expect(bytes).toBeLessThan(POPUP_FIRST_RENDER_BUDGET);
  });

  it('gives the background and extension pages the webextension-polyfill browser, and leaves the script in pages (reader.js) native', () => {
    // The polyfill throws this where no extension API exists; its text marks the bundle that holds it.
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(polyfill);
    const chunks = readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'));
    expect(chunks.some((chunk) => chunk.includes(polyfill))).toBe(true);
    expect(readFileSync(join(dir, 'reader.js'), 'utf8')).not.toContain(polyfill);
  });

  it('contains no network API', () => {
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      expect(NETWORK_APIS.exec(readFileSync(file, 'utf8'))?.[0], file).toBeUndefined();
    }
  });
});

describe('Firefox build', () => {
  it('passes web-ext lint without errors', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: BUILDS.firefox, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false, pretty: false, metadata: false },
      { shouldExitProgram: false },
    );
    for (const warning of result.warnings) console.log(`web-ext lint warning ${warning.code}: ${warning.file}`);
    expect(result.errors).toEqual([]);
  }, 60_000);
});
