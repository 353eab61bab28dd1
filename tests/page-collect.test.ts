// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { collectPageText, measureProse, proseWithin, runAtOnce } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { expectProseNarrowsExactly } from './prose-narrowing';
import { rangeFor, textOffsetOf } from '../lib/page/ranges';
import { cardTag } from '../lib/paint/names';

const seedText = readFileSync(join(__dirname, '../seeds/000_e810e4ad3495eada.txt'), 'utf8').trim();
const seedPage = readFileSync(join(__dirname, 'fixtures/pages/seed-article.html'), 'utf8');

function load(html: string): Document {
  return new JSDOM(html).window.document;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('collectPageText on the seed article page', () => {
  const doc = load(seedPage);
  const page = collectPageText(doc);

  it('keeps the whole article body, paragraph by paragraph', () => {
    expect(squash(wholeText(page.parts))).toContain(seedText);
    expect(wholeText(page.parts)).toContain('Xi und Putin telefonieren nach Trumps Amtseinführung');
    expect(wholeText(page.parts).split('\n').filter((line) => seedText.includes(line)).length).toBe(6);
  });

  it('leaves out navigation, teasers, footer, consent banner, hidden text, form fields and JSON-LD', () => {
    for (const absent of ['Politik', 'Mehr zum Thema', 'standhaft', 'Impressum', 'Cookies', 'unsichtbar', 'Das sagte ich', 'Abstimmen', 'NewsArticle', 'pageScriptLoaded']) {
      expect(wholeText(page.parts)).not.toContain(absent);
    }
  });

  it('reads the declared language', () => {
    expect(page.lang).toBe('de');
  });

  it('maps every span within a block back onto the same DOM text', () => {
    fc.assert(
      fc.property(fc.nat(wholeText(page.parts).length - 1), fc.nat(200), (start, len) => {
        const lineEnd = wholeText(page.parts).indexOf('\n', start);
        const end = Math.min(lineEnd < 0 ? wholeText(page.parts).length : lineEnd, start + len + 1);
        const range = rangeFor(page, start, end);
        const expected = squash(wholeText(page.parts).slice(start, end));
        if (!expected) return range === null || squash(range.toString()) === '';
        return range !== null && squash(range.toString()) === expected;
      }),
      { numRuns: 500 },
    );
  });

  it('turns DOM points back into text offsets', () => {
    const start = wholeText(page.parts).indexOf('sagte Ushakov');
    const range = rangeFor(page, start, start + 'sagte Ushakov'.length)!;
    expect(textOffsetOf(page, range.startContainer, range.startOffset)).toBe(start);
    expect(textOffsetOf(page, range.endContainer, range.endOffset)).toBe(start + 'sagte Ushakov'.length);
    expect(textOffsetOf(page, doc.body, 0)).toBeNull();
  });
});

describe('collectPageText on small documents', () => {
  it('collapses whitespace, keeps inline runs together and breaks between blocks', () => {
    const doc = load(`<body><div>
      <p>Er <b>sagte</b>,   dass<br>alles
        gut sei.</p><ul><li>eins</li><li>zwei</li></ul>
      <p><span>„Ja“</span><span>, sagte sie.</span></p></div></body>`);
    expect(wholeText(collectPageText(doc).parts)).toBe('Er sagte, dass\nalles gut sei.\neins\nzwei\n„Ja“, sagte sie.');
  });

  it('collapses any whitespace run to one space and maps every segment 1:1 onto its text node, in long nodes too', () => {
    const word = fc.constantFrom('a', 'Wort', '„Ja“,', 'x.', 'sagte', 'e\u00a0f');
    const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \n\t ', '\r\n', '\f');
    const piece = fc.oneof(word, space, fc.constant('<b>'), fc.constant('</b>'), fc.constant('<br>'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(3), (pieces, long) => {
        // A node over 4,096 characters is read in pieces that may end inside a word or a run of spaces.
        const filler = long ? `${'w'.repeat(4000 + long)} ${' '.repeat(long * 40)}\n` : '';
        const doc = load(`<body><article><p>${filler}${pieces.join('')}</p></article></body>`);
        const page = collectPageText(doc);
        const expected = (doc.querySelector('p')!.innerHTML.includes('<br>') ? doc.querySelector('p')!.innerHTML.split('<br>') : [doc.querySelector('p')!.innerHTML])
          .map((line) => line.replace(/<\/?b>/g, '').replace(/[ \t\n\r\f]+/g, ' ').trim())
          .filter((line) => line)
          .join('\n');
        expect(wholeText(page.parts)).toBe(expected.replace(/&nbsp;/g, '\u00a0'));
        for (const seg of page.segments) {
          const mapped = seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length).replace(/[\t\n\r\f]/g, ' ');
          expect(wholeText(page.parts).slice(seg.textStart, seg.textStart + seg.length)).toBe(mapped);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns empty text for an empty or script-only page', () => {
    expect(wholeText(collectPageText(load('')).parts)).toBe('');
    expect(wholeText(collectPageText(load('<script>var a = "sagte er";</script>')).parts)).toBe('');
  });

  it('skips hidden elements, templates and its own card UI', () => {
    const card = cardTag();
    const doc = load(`<p>Sichtbar.</p><p hidden>Versteckt.</p><p style="display:none">Weg.</p>
      <template><p>Vorlage.</p></template><${card}>Karte</${card}><p aria-hidden="true">Deko.</p>`);
    expect(wholeText(collectPageText(doc).parts)).toBe('Sichtbar.');
  });

  it('never drops the article body even when its container looks like boilerplate', () => {
    const para = 'Die Ministerin sagte am Montag, die Reform komme noch in diesem Jahr voran. '.repeat(3);
    const doc = load(`<nav>Start Politik</nav><div class="teaser-related"><p>${para}</p><p>${para}</p></div>
      <div class="teaser"><a href="#">Mehr lesen</a></div>`);
    const text = wholeText(collectPageText(doc).parts);
    expect(text).toContain(para.trim());
    expect(text).not.toContain('Mehr lesen');
    expect(text).not.toContain('Politik');
  });

  it('falls back to the whole body when no paragraphs stand out', () => {
    expect(wholeText(collectPageText(load('<div>Kurz.</div><div>Auch kurz.</div>')).parts)).toBe('Kurz.\nAuch kurz.');
  });

  it('reads language from lang attribute variants', () => {
    expect(collectPageText(load('<html lang="en-GB"><p>x</p></html>')).lang).toBe('en');
    expect(collectPageText(load('<html><p>x</p></html>')).lang).toBeUndefined();
  });
});

describe('prose of the article region', () => {
  const fixtures = ['seed-article', 'live-blog', 'late-article', 'english-no-lang', 'coloured-background', 'no-claims'];
  for (const name of fixtures) {
    it(`narrowed from the whole page equals a fresh measurement: ${name}`, () => {
      const html = readFileSync(join(__dirname, `fixtures/pages/${name}.html`), 'utf8');
      expect(expectProseNarrowsExactly(load(html))).toBeGreaterThan(0);
    });
  }

  it('is measured afresh under an element that is no block (its text belongs to a block around it)', () => {
    const doc = load('<body><div><span id="root">Ein Satz, der lang genug ist, um als Absatz zu zählen, steht hier.</span></div></body>');
    const whole = runAtOnce(measureProse(doc.body));
    expect(runAtOnce(proseWithin(doc.getElementById('root')!, whole))).toBeUndefined();
  });

  it('counts a block\'s characters as the reader sees them: each run of whitespace one space, none at its ends', () => {
    // Counted, for paragraphs, without building their text; boxes keep theirs.
    const doc = load('<body><p id="p">\n  Ein  Satz,\u00a0der\tzählt. \n</p><div id="div">  Ein  Kasten\u00a0mit Text.  </div><p id="nbsp">\u00a0\u00a0</p></body>');
    const prose = runAtOnce(measureProse(doc.body));
    const seen = (id: string) => doc.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(prose.chars.get(doc.getElementById('p')!)).toBe(seen('p').length);
    expect(prose.chars.get(doc.getElementById('div')!)).toBe(seen('div').length);
    expect(prose.chars.get(doc.getElementById('nbsp')!)).toBe(0);
    expect(seen('p')).toBe('Ein Satz, der zählt.');
  });
});
