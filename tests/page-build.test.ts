import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';

/** Built by `npm test`'s pretest step (`wxt build` for both browsers). */
const BUILDS = { chrome: join(__dirname, '../.output/chrome-mv3'), firefox: join(__dirname, '../.output/firefox-mv3') };

/** The content script's size budget: it runs in every tab. */
const CONTENT_SCRIPT_BUDGET = 40 * 1024;

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
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    // Sites are optional: the reader grants them for automatic runs (lib/access.ts).
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    // The background registers the content script, so none is declared for every page.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(readFileSync(join(dir, 'content-scripts/content.css'), 'utf8')).toContain('::highlight(');
    if (browser === 'firefox') expect(manifest.background.scripts).toHaveLength(1);
    else expect(manifest.background.service_worker).toBeTruthy();
  });

  it(`keeps the content script under ${CONTENT_SCRIPT_BUDGET / 1024} kB and free of the engine's lexicons`, () => {
    const script = readFileSync(join(dir, 'reader.js'), 'utf8');
    console.log(`${browser} content script: ${(script.length / 1024).toFixed(1)} kB minified`);
    expect(script.length).toBeLessThan(CONTENT_SCRIPT_BUDGET);
    expect(script).not.toMatch(/"sagten?"/);
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
