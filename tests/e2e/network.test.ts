/**
 * No request leaves the extension: Chromium records every request of the page, the popup, the
 * options page, the claims log page and the background service worker while the extension does its whole job, and
 * the only ones allowed are the fixture page's own and the extension's packaged files. This
 * Chromium runs in German, so the same pass checks the German interface.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { launchChromiumSession, type ChromiumSession } from './browsers';
import { startServer, type FixtureServer } from './server';

// A highlight name is the page's prefix, ten random letters and a hyphen (lib/paint/names.ts),
// then the style: in the page, `name.slice(11)` is the style (`source`, `claim-direct` …).

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../docs');

describe('network and German interface in chromium', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let session: ChromiumSession;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    // Service-worker requests are reported only with this switch (playwright-core 1.x).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    session = await launchChromiumSession({ env: { ...process.env, LANGUAGE: 'de' }, args: ['--lang=de'] });
    context = session.context;
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the page, popup, options, claims log and background fetch nothing but their own files; the UI speaks German', async () => {
    const { id } = session;
    const page = await context.newPage();
    const url = `${server.origin}/fixtures/seed-article.html`;
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const tabId = await popup.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === u)!.id!;
    }, url);
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim');
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    expect(await popup.locator('.mode').allTextContents()).toEqual(['Aus', 'Aussagen', 'Nach Quelle', 'Nur Quellen', 'Ungenannt']);
    expect(await popup.locator('.counts').textContent()).toMatch(/^\d+ Aussagen · \d+ Quellen · \d+ ungenannt$/);
    await popup.click('.jump');
    await popup.click('.mode >> nth=2');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.slice(11).startsWith('entity-')));
    // The German popup: profile in German, the title and the site row (with "use on all sites") on one line each.
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('.site .link');
    expect(await popup.locator('.legend .part').allTextContents()).toEqual(['Person 8', 'Medium 2', 'keine genannte Quelle 1']);
    // German writes a (no-break) space before the per cent sign.
    expect((await popup.locator('.shares .part').allTextContents()).map((p) => p.replace(/\u00a0/g, ' '))).toContain('3 Quellen stehen für 64 % der Aussagen');
    const lines = await popup.evaluate(() =>
      ['header h1', '.site label', '.site .link', '.site'].map((s) => {
        const el = document.querySelector(s)!;
        return Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '18'));
      }),
    );
    expect(lines).toEqual([1, 1, 1, 1]);
    expect(await popup.locator('.badge').allTextContents()).toContain('indirekte Rede');
    await popup.screenshot({ path: join(DOCS, 'chromium-popup-de.png') });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForSelector('select');
    expect(await options.title()).toBe('Einstellungen von Who Said');
    // One word for the popup: "Pop-up", never "Fenster".
    const optionsText = await options.locator('body').textContent();
    expect(optionsText).toContain('Pop-up');
    expect(optionsText).not.toMatch(/Fenster|Popup/);
    await options.setViewportSize({ width: 760, height: 1000 });
    await options.screenshot({ path: join(DOCS, 'chromium-options-de.png'), fullPage: true });
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0);

    // The claims log, turned on: the page read again is kept, searched and exported on this machine.
    await options.click('input[name="log"]');
    await options.waitForFunction(() => document.querySelector('.saved')!.textContent === 'Gespeichert.');
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const log = await context.newPage();
    await log.goto(`chrome-extension://${id}/log.html`);
    expect(await log.title()).toBe('Aussagen-Archiv von Who Said');
    await log.waitForFunction(() => /^[1-9]\d* Aussagen gespeichert/.test(document.querySelector('.stored')?.textContent ?? ''));
    await log.fill('#search-speaker', 'Xi');
    await log.waitForFunction(() => /^[1-9]\d* Aussagen gefunden$/.test(document.querySelector('.found')?.textContent ?? ''));
    await log.click('.export [data-format="csv"]');
    await log.click('.export [data-format="markdown"]');

    const own = (u: string) => u.startsWith(`${server.origin}/fixtures/`) || u.startsWith(`chrome-extension://${id}/`) || u.startsWith('blob:chrome-extension://' + id);
    expect(requests).toContain(`chrome-extension://${id}/log.html`);
    expect(requests.filter((u) => u.startsWith(`chrome-extension://${id}/`)).length).toBeGreaterThan(3);
    expect(requests.filter((u) => !own(u))).toEqual([]);
  }, 60_000);
});
