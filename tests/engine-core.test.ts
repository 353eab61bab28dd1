import { describe, expect, it } from 'vitest';
import { analyse, MAX_SENTENCE_TOKENS, quoteAt, quotesWithin } from '../lib/engine/doc';
import { extract } from '../lib/engine/index';
import { detectLanguage } from '../lib/engine/lang';
import { findQuotes } from '../lib/engine/quotes';
import { splitSentences } from '../lib/engine/sentences';
import { tokenize } from '../lib/engine/text';
import type { Lang } from '../lib/engine/types';

const sentences = (text: string, lang: Lang) => splitSentences(text, lang).map(([s, e]) => text.slice(s, e));
const quotes = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('sentence splitting', () => {
  const cases: [string, Lang, string, string[]][] = [
    ['abbreviation before a number word', 'de', 'Die EU gibt 240 Mrd. US-Dollar aus. Das ist viel.', ['Die EU gibt 240 Mrd. US-Dollar aus.', 'Das ist viel.']],
    ['title before a name', 'de', 'Das sagte Dr. Weber am Montag. Er blieb.', ['Das sagte Dr. Weber am Montag.', 'Er blieb.']],
    ['stacked titles', 'de', 'Prof. Dr. Hans Müller sagte, die Lage sei ernst. Dann ging er.', ['Prof. Dr. Hans Müller sagte, die Lage sei ernst.', 'Dann ging er.']],
    ['spaced abbreviation', 'de', 'Viele Länder, z. B. Frankreich, stimmten zu. Andere nicht.', ['Viele Länder, z. B. Frankreich, stimmten zu.', 'Andere nicht.']],
    ['dotted abbreviation mid-sentence', 'en', 'He moved to the U.S. in 1990. The U.S. Senate agreed.', ['He moved to the U.S. in 1990.', 'The U.S. Senate agreed.']],
    ['dotted abbreviation at the end', 'en', 'He lived in the U.S. He never left.', ['He lived in the U.S.', 'He never left.']],
    ['middle initial', 'en', 'John F. Kennedy spoke in Berlin. He left.', ['John F. Kennedy spoke in Berlin.', 'He left.']],
    ['English titles', 'en', 'Sen. Elizabeth Warren said so. Mr. Smith agreed.', ['Sen. Elizabeth Warren said so.', 'Mr. Smith agreed.']],
    ['company suffix ends a sentence', 'en', 'He works for Apple Inc. The company said no.', ['He works for Apple Inc.', 'The company said no.']],
    ['ordinal date', 'de', 'Das Treffen ist am 3. Oktober geplant. Es folgt am 1. Mai ein zweites.', ['Das Treffen ist am 3. Oktober geplant.', 'Es folgt am 1. Mai ein zweites.']],
    ['number ending a sentence', 'de', 'Sie wurde 3. Der Rest fiel zurück.', ['Sie wurde 3.', 'Der Rest fiel zurück.']],
    ['decimal number', 'en', 'It cost $5.5 billion. That was a lot.', ['It cost $5.5 billion.', 'That was a lot.']],
    ['closing quote after the period', 'de', '„Wir kommen.“ Das sagte er.', ['„Wir kommen.“', 'Das sagte er.']],
    ['comma inside an English quote', 'en', '"Go," he said. Then … they left.', ['"Go," he said.', 'Then … they left.']],
    ['question mark, quote and comma', 'de', '„Warum?“, fragte er. „Darum!“ Sie ging.', ['„Warum?“, fragte er.', '„Darum!“', 'Sie ging.']],
    ['question in an English quote', 'en', '"Why?" he asked. She smiled.', ['"Why?" he asked.', 'She smiled.']],
    ['ellipsis and line break', 'de', 'Er kam… Dann ging er.\nZweite Zeile', ['Er kam…', 'Dann ging er.', 'Zweite Zeile']],
    ['lower-case after a period', 'en', 'See fig. 3 and the text. it goes on.', ['See fig. 3 and the text. it goes on.']],
    ['run of punctuation', 'en', 'What?!… Yes. No.', ['What?!…', 'Yes.', 'No.']],
  ];
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });

  it('trims white space and drops empty lines', () => {
    const text = '  Erster Satz.  \n\n\n  Zweiter Satz.\t';
    const second = text.indexOf('Zweiter');
    expect(splitSentences(text, 'de')).toEqual([
      [2, 2 + 'Erster Satz.'.length],
      [second, second + 'Zweiter Satz.'.length],
    ]);
  });

  it('keeps sentences ordered, disjoint and inside the text', () => {
    const text = 'Er sagte: „Das ist gut.“ Dann ging er. Am 3. Oktober kam Dr. Weber.\n\nU.S. officials said so. It ended.';
    const spans = splitSentences(text, 'de');
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i][0]).toBeLessThan(spans[i][1]);
      if (i > 0) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    }
    expect(spans[spans.length - 1][1]).toBeLessThanOrEqual(text.length);
  });
});

describe('quote finding', () => {
  const cases: [string, string, string[]][] = [
    ['German low-high', 'Er sagte: „Wir kommen.“ Dann ging er.', ['„Wir kommen.“']],
    ['German single', 'Sie sprach von einem ‚Fehler‘ der Regierung.', ['‚Fehler‘']],
    ['German guillemets', 'Er nannte es »absurd«, sagte er.', ['»absurd«']],
    ['Swiss guillemets', 'Sie nannte es «absurd», sagte sie. Auch «ja» geht.', ['«absurd»', '«ja»']],
    ['single guillemets', '›Gut‹, sagte er. ‹Schlecht›, sagte sie.', ['›Gut‹', '‹Schlecht›']],
    ['English curly double', 'He said “we will win” on Monday.', ['“we will win”']],
    ['English straight double', 'He said "we will win" on Monday.', ['"we will win"']],
    ['English straight single', "He called it 'a disgrace' yesterday.", ["'a disgrace'"]],
    ['English curly single', 'He called it ‘a disgrace’ yesterday.', ['‘a disgrace’']],
    ['German closing with English closer', '„Das reicht”, sagte sie.', ['„Das reicht”']],
    ['comma inside the quote', '"Go," he said. Then they left.', ['"Go,"']],
    ['question mark inside', '„Warum?“, fragte er. He asked: "Why?"', ['„Warum?“', '"Why?"']],
    ['nested German', '„Sie sagte ‚nein‘ dazu“, berichtete er.', ['„Sie sagte ‚nein‘ dazu“']],
    ['nested English', '“He said ‘no’ to that,” she reported.', ['“He said ‘no’ to that,”']],
    ['two quotes in a row', 'Sie riefen „Ja“ und „Nein“ zugleich.', ['„Ja“', '„Nein“']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  const apostrophes: [string, string, string[]][] = [
    ['curly contractions and possessives', 'I don’t know, Trump’s team said. The parents’ choice was clear.', []],
    ['straight contractions and plural possessive', "I don't know, said the parents' lawyer, it's 'fine' now.", ["'fine'"]],
    ['elided years and words', 'The ’90s were good, and rock ’n’ roll was "big" then.', ['"big"']],
    ['straight elided year before a quote', "The '90s were 'great' times.", ["'great'"]],
    ['German apostrophe', 'Wie geht’s? Er sagte „gut“ und ging.', ['„gut“']],
  ];
  it.each(apostrophes)('apostrophes are no quotes: %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('runs a quotation over paragraphs that reopen with the same mark', () => {
    const en = '“The first paragraph.\n\n“The second paragraph,” he said.';
    expect(quotes(en)).toEqual(['“The first paragraph.\n\n“The second paragraph,”']);
    const de = '„Erster Absatz.\n\n„Zweiter Absatz.\n\n„Dritter Absatz“, sagte er.';
    expect(quotes(de)).toEqual([de.slice(0, de.indexOf('“') + 1)]);
  });

  const unbalanced: [string, string, string[]][] = [
    ['never closed', '„Unclosed start. Then more text.\n\nNew paragraph here.', []],
    ['closed only in a paragraph that does not reopen', '“Unclosed.\n\nIt is over,” he said.', []],
    ['reopened before closing', 'He said “unbalanced and then nothing. Later “a real quote” came.', ['“a real quote”']],
    ['German reopened before closing', 'Er sagte „offen und dann „zu“, hieß es.', ['„zu“']],
    ['stray closer', 'Ein Zeichen“ steht hier, dann „echt“.', ['„echt“']],
    ['opener before a space', 'Ein „ steht allein, dann „echt“.', ['„echt“']],
  ];
  it.each(unbalanced)('drops unbalanced marks: %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('reports inner offsets without the marks', () => {
    const text = 'Er sagte: „Wir kommen.“';
    const [q] = findQuotes(text);
    expect(text.slice(q.innerStart, q.innerEnd)).toBe('Wir kommen.');
    expect(q.start).toBe(q.innerStart - 1);
    expect(q.end).toBe(q.innerEnd + 1);
  });

  it('gives up on a quotation longer than any real one, so later quotes still match', () => {
    const text = `„${'lang '.repeat(2000)}und dann „kurz“ am Ende.`;
    expect(quotes(text)).toEqual(['„kurz“']);
  });

  it('finds quotes by offset through the analysed document', () => {
    const text = 'Er sagte „eins“ und „zwei“ und ging.';
    const doc = analyse(text, 'de');
    expect(quoteAt(doc, text.indexOf('eins'))?.start).toBe(text.indexOf('„eins'));
    expect(quoteAt(doc, text.indexOf('und'))).toBeUndefined();
    expect(quotesWithin(doc, 0, text.indexOf('zwei')).map((q) => text.slice(q.start, q.end))).toEqual(['„eins“']);
    expect(quotesWithin(doc, 0, text.length)).toHaveLength(2);
  });
});

describe('sentences without an end', () => {
  it('are read in pieces of at most MAX_SENTENCE_TOKENS, cut after a comma, covering every token once', () => {
    const text = 'Die Regierung sagte am Montag, sie werde handeln und '.repeat(100);
    const doc = analyse(text, 'de');
    expect(doc.sentences.length).toBeGreaterThan(1);
    let next = 0;
    for (const s of doc.sentences) {
      expect(s.t0).toBe(next);
      expect(s.t1 - s.t0).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      next = s.t1;
    }
    expect(next).toBe(doc.tokens.length);
    for (const s of doc.sentences.slice(0, -1)) expect(text.slice(s.start, s.end)).toMatch(/,$/);
  });

  it('still yield the claims inside them', () => {
    const claim = '„Wir bauen den Hafen aus“, sagte Bürgermeisterin Anna Berg';
    const text = `${'ein Wort und noch eins '.repeat(200)}${claim} ${'und so weiter '.repeat(200)}`;
    const found = extract(text, { lang: 'de' }).attributions.map((a) => a.content.map(([s, e]) => text.slice(s, e)).join(' … '));
    expect(found).toContain('„Wir bauen den Hafen aus“');
  });
});

describe('tokens', () => {
  const cases: [string, string[]][] = [
    ['Der US-Präsident sagte:', ['Der', 'US-Präsident', 'sagte', ':']],
    ['Trump’s team didn\'t go.', ['Trump’s', 'team', "didn't", 'go', '.']],
    ['The U.S. and AT&T.', ['The', 'U.S', '.', 'and', 'AT&T', '.']],
    ['„Ja“, 3,5 %', ['„', 'Ja', '“', ',', '3', ',', '5', '%']],
    ['um 14:30 Uhr, 2:1. Ziel:', ['um', '14:30', 'Uhr', ',', '2:1', '.', 'Ziel', ':']],
  ];
  it.each(cases)('%s', (text, expected) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(expected);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('language detection', () => {
  const cases: [string, Lang][] = [
    ['Der Kanzler sagte, die Lage sei ernst.', 'de'],
    ['„Wir kommen“, sagte Merkel am Montag in Berlin.', 'de'],
    ['Mehr Geld für Schulen', 'de'],
    ['Der Präsident sagte auf Englisch: „We will win the war“, und die Menge jubelte.', 'de'],
    ['The chancellor said the situation was serious.', 'en'],
    ['"We will come," Merkel said on Monday in Berlin.', 'en'],
    ['Officials in Berlin said the Bundestag would vote on the Haushaltsgesetz.', 'en'],
  ];
  it.each(cases)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
