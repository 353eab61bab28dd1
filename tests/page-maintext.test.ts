// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { languageRuns } from '../lib/engine/lang';
import type { TextBlock } from '../lib/engine/types';
import { readHtmlFile } from '../lib/eval/html';
import { collectorText, pagesWithTruth, readabilityText, scorePage, snippetScore, wordOverlap, type Snippets } from '../lib/eval/maintext';

const dir = join(__dirname, 'fixtures/maintext');
const snippetsOf = (name: string): Snippets => JSON.parse(readFileSync(join(dir, `${name}.evalsnippets.json`), 'utf8'));

/** The claims of a fixture page as the extension reads them: collected text, its language as hint. */
function claimsOf(name: string): { lang: string; sources: string[]; text: string } {
  const page = collectorText(readHtmlFile(join(dir, `${name}.html`)));
  const hint = page.lang === 'de' || page.lang === 'en' ? page.lang : undefined;
  const result = extract(page.text, { lang: 'auto', hint });
  return {
    lang: result.lang,
    text: page.text,
    sources: result.attributions.map((a) => a.source.map(([s, e]) => page.text.slice(s, e)).join(' ')),
  };
}

describe('main text of pages in the shapes that lost whole articles', () => {
  const names = pagesWithTruth(dir);

  it('has the fixtures', () => {
    expect(names).toEqual(['caption-only-p', 'div-paragraphs', 'figure-captions', 'list-page', 'wrong-lang-de', 'wrong-lang-en']);
  });

  for (const name of names) {
    it(`${name}: every article snippet in, every boilerplate snippet out, recall at least Readability's`, () => {
      const score = scorePage(dir, name);
      const ours = snippetScore(collectorText(readHtmlFile(join(dir, `${name}.html`))).text, snippetsOf(name));
      expect(ours.missing, 'article text lost').toEqual([]);
      expect(ours.present, 'boilerplate let in').toEqual([]);
      expect(score.ours.recall).toBeGreaterThanOrEqual(score.readability.recall);
    });
  }

  it('reads bodies made of div blocks, not the sidebar box or the hero caption', () => {
    const { sources, text } = claimsOf('div-paragraphs');
    expect(text).not.toContain('Jetzt vier Wochen lang');
    expect(sources.join(' | ')).toMatch(/Petra Lindner/);
    expect(sources.join(' | ')).toMatch(/Sprecher des Landesverkehrsministeriums/);
  });

  it('reads image captions as caption blocks, in which no claim starts', () => {
    const page = collectorText(readHtmlFile(join(dir, 'figure-captions.html')));
    const captions = page.blocks.filter((b) => b.kind === 'caption').map((b) => page.text.slice(b.start, b.end));
    expect(captions).toEqual([
      'Traders work on the floor of the stock exchange, where the chair is said to be weighing a cut before the summer.',
      'Bank chair Maria Lindqvist said the decision was unanimous, speaking in the capital on Wednesday.',
    ]);
    const claimStarts = (blocks?: TextBlock[]) =>
      extract(page.text, { lang: 'en', blocks }).attributions.map((a) => page.text.slice(a.content[0][0], a.content[0][1]));
    // Read as plain text, a caption yields a claim; read with its blocks, only the article's claims remain.
    expect(claimStarts().join(' | ')).toMatch(/the decision was unanimous/);
    const claims = claimStarts(page.blocks);
    expect(claims.join(' | ')).toMatch(/more evidence that inflation is coming down/);
    for (const caption of captions) for (const claim of claims) expect(caption).not.toContain(claim);
  });

  it('reads every article of a list page', () => {
    const { sources } = claimsOf('list-page');
    expect(sources.join(' | ')).toMatch(/Sprecher der Stadtwerke Konstanz/);
    expect(sources.join(' | ')).toMatch(/Thomas Niederberger/);
    expect(sources.join(' | ')).toMatch(/Bodensee-Schiffsbetriebe/);
  });
});

describe('language: the declared one is a hint the text overrules', () => {
  it('reads an English article on a page declaring lang="de" with the English rules', () => {
    const { lang, sources } = claimsOf('wrong-lang-en');
    expect(lang).toBe('en');
    expect(sources.join(' | ')).toMatch(/Claus Weselsky/);
    expect(sources.join(' | ')).toMatch(/Volker Wissing/);
  });

  it('reads a German article on a page declaring lang="en-US" with the German rules', () => {
    const { lang, sources } = claimsOf('wrong-lang-de');
    expect(lang).toBe('de');
    expect(sources.join(' | ')).toMatch(/Claus Weselsky/);
    expect(sources.join(' | ')).toMatch(/Volker Wissing/);
  });

  it('keeps the declared language where the text is too short to tell', () => {
    expect(extract('Merkel: Nein.', { hint: 'de' }).lang).toBe('de');
    expect(extract('Merkel: Nein.', { hint: 'en' }).lang).toBe('en');
  });

  it('splits a page that mixes languages into runs of whole blocks, and reads each with its rules', () => {
    const de = '„Wir sind froh, dass die Reparatur schneller ging als befürchtet“, sagte ein Sprecher der Stadtwerke. Die Fähre fährt seit dem Morgen wieder, und sie ist auch pünktlich. Pendler mussten in den vergangenen Tagen einen Umweg nehmen.';
    const en = '"For our tourism this is the most important project of the decade," said mayor Thomas Niederberger at the opening of the pier on the shore of the lake. The new pier will allow larger boats to stop there from next year.';
    const text = `${de}\n${en}\n${de}`;
    expect(languageRuns(text, 'de').map((r) => r.lang)).toEqual(['de', 'en', 'de']);
    const sources = extract(text).attributions.map((a) => a.source.map(([s, e]) => text.slice(s, e)).join(' '));
    expect(sources).toHaveLength(3);
    expect(sources[0]).toBe('ein Sprecher der Stadtwerke');
    expect(sources[1]).toMatch(/^mayor Thomas Niederberger/);
    expect(sources[2]).toBe('ein Sprecher der Stadtwerke');
    // Read whole with the German rules, the English claim is lost.
    const german = extract(text, { lang: 'de' }).attributions.map((a) => a.source.map(([s, e]) => text.slice(s, e)).join(' '));
    expect(german.join(' | ')).not.toMatch(/Niederberger/);
    // A short block of the other language is no run of its own.
    expect(languageRuns(`${de}\nHe said no.\n${de}`, 'de')).toHaveLength(1);
  });
});

describe('main-text scores', () => {
  it('counts words shared with the body, each as often as the body has it', () => {
    expect(wordOverlap('the cat the dog', 'the cat sat')).toEqual({ recall: 2 / 3, precision: 2 / 4 });
    expect(wordOverlap('', 'the cat')).toEqual({ recall: 0, precision: 0 });
  });

  it('finds snippets across whitespace differences', () => {
    const s = snippetScore('Er sagte,\n  es regne.', { with: ['sagte, es regne', 'schneit'], without: ['Impressum'] });
    expect(s).toMatchObject({ recall: 0.5, precision: 1, missing: ['schneit'], present: [] });
  });

  it('takes Readability as the reference extractor', () => {
    expect(readabilityText(readHtmlFile(join(dir, 'wrong-lang-en.html')))).toContain('said union leader Claus Weselsky');
  });
});

