// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readHtmlFile } from '../lib/eval/html';
import { pagesWithTruth, scorePage } from '../lib/eval/maintext';
import { collectPageText } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { expectProseNarrowsExactly } from './prose-narrowing';

const pagesDir = join(__dirname, '../../shared/pages');
/** Recall that always suffices, when Readability's own is higher (see the test). */
const MIN_RECALL = 0.9;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Snippets {
  with: string[];
  without: string[];
}

function pagesWithSnippets(): string[] {
  return ['de', 'en', 'large'].flatMap((dir) =>
    readdirSync(join(pagesDir, dir))
      .filter((f) => f.endsWith('.evalsnippets.json'))
      .map((f) => `${dir}/${f.replace('.evalsnippets.json', '')}`),
  );
}

function collect(name: string): string {
  const html = readHtmlFile(join(pagesDir, `${name}.html`));
  // A silent console: publishers' style sheets use CSS that jsdom's parser reports as errors.
  const dom = new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() });
  const text = squash(wholeText(collectPageText(dom.window.document).parts));
  dom.window.close();
  return text;
}

if (!existsSync(pagesDir)) {
  describe('collectPageText on real pages', () => {
    it('runs when ../shared exists', () => {
      console.log('skipped: ../shared not found');
    });
  });
} else {
  describe('collectPageText on real pages', () => {
    /**
     * trafilatura's snippets: `with` is article text, `without` is boilerplate. Each page must keep
     * most of its article; over the corpus, nearly all article snippets and most boilerplate
     * snippets must come out right. Misses are printed.
     */
    it('keeps the article text and leaves boilerplate out', () => {
      let withFound = 0;
      let withTotal = 0;
      let withoutAbsent = 0;
      let withoutTotal = 0;
      for (const name of pagesWithSnippets()) {
        const snippets = JSON.parse(readFileSync(join(pagesDir, `${name}.evalsnippets.json`), 'utf8')) as Snippets;
        const text = collect(name);
        const missing = snippets.with.filter((s) => !text.includes(squash(s)));
        const present = snippets.without.filter((s) => text.includes(squash(s)));
        withTotal += snippets.with.length;
        withFound += snippets.with.length - missing.length;
        withoutTotal += snippets.without.length;
        withoutAbsent += snippets.without.length - present.length;
        if (missing.length || present.length) console.log(`${name}: missing ${JSON.stringify(missing)}, present ${JSON.stringify(present)}`);
        expect(missing.length, `${name} lost its article: ${missing.join(' | ')}`).toBeLessThan(Math.max(2, snippets.with.length / 2));
      }
      console.log(`article snippets found ${withFound}/${withTotal}, boilerplate snippets left out ${withoutAbsent}/${withoutTotal}`);
      expect(withFound / withTotal).toBeGreaterThanOrEqual(0.97);
      expect(withoutAbsent / withoutTotal).toBeGreaterThanOrEqual(0.8);
    }, 120_000);

    /**
     * Side by side with Mozilla Readability on every saved page (`npm run eval -- --maintext`
     * prints the table): ours finds at least what Readability finds of the ground truth, or 0.9 of
     * it; on pages without ground truth, 0.9 of Readability's words. Image captions count (where a
     * saved body is Readability's own output, captions included: nytimes.com-2).
     */
    it('takes the article region\'s prose from the whole page\'s measurement without changing it', () => {
      let compared = 0;
      for (const dir of ['de', 'en', 'large']) {
        for (const file of readdirSync(join(pagesDir, dir)).filter((f) => f.endsWith('.html'))) {
          const html = readHtmlFile(join(pagesDir, dir, file));
          const dom = new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() });
          compared += expectProseNarrowsExactly(dom.window.document, 6);
          dom.window.close();
        }
      }
      expect(compared).toBeGreaterThan(200);
    }, 300_000);

    it('finds the article wherever Readability does', () => {
      for (const dir of ['de', 'en', 'large']) {
        for (const name of pagesWithTruth(join(pagesDir, dir), true)) {
          const { ours, readability } = scorePage(join(pagesDir, dir), name);
          expect(ours.recall, `${dir}/${name}: recall ${ours.recall.toFixed(2)}, Readability ${readability.recall.toFixed(2)}`).toBeGreaterThanOrEqual(Math.min(readability.recall, MIN_RECALL));
        }
      }
    }, 600_000);
  });
}
