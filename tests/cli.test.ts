/**
 * The command-line contract of `npm run extract`, checked by running the real CLI on fixtures:
 * formats, input kinds, encodings, and one-line errors with a non-zero exit for bad input.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Attribution } from '../lib/engine';
import { collectPageText } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/extract.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SEED = 'seeds/000_e810e4ad3495eada.txt';
const FIX = 'tests/fixtures/cli';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');

const tmp = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run extract` does (tsx), from the repository root, stdout a pipe. */
function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI with stdout on a pseudo-terminal (util-linux `script`), as a person at a shell would. */
function runInTerminal(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const command = [process.execPath, TSX, CLI, ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `stty cols 120; ${command}`, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: stdout.replace(/\r\n/g, '\n'), stderr: '' }));
    child.stdin.end();
  });
}

const slice = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e)).join(' … ');

/** The Ushakov quote of the seed article: „Putin und Xi bestätigten …“, sagte Ushakov. */
function ushakovQuote(text: string, attributions: Attribution[]): Attribution | undefined {
  return attributions.find(
    (a) => slice(text, a.content).includes('Putin und Xi bestätigten die Bereitschaft') && slice(text, a.cue) === 'sagte',
  );
}

/** An error is one line on stderr, names the input, and shows no stack trace. */
function expectOneLineError(r: Run, status: number, ...parts: string[]) {
  expect(r.status).toBe(status);
  const first = r.stderr.split('\n')[0];
  for (const part of parts) expect(first).toContain(part);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/Error:|node:internal/);
}

function expectSpansInside(attributions: Attribution[], length: number) {
  for (const a of attributions) {
    for (const [s, e] of [...a.cue, ...a.source, ...a.content]) {
      expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
      expect(0 <= s && s < e && e <= length).toBe(true);
    }
  }
}

describe('the seed article', () => {
  it('json (the default into a pipe): offsets into the text, and the Ushakov quote', async () => {
    const r = await run([SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['lang', 'attributions']);
    expect(out.lang).toBe('de');
    expectSpansInside(out.attributions, seedText.length);
    const quote = ushakovQuote(seedText, out.attributions);
    expect(quote).toBeDefined();
    expect(slice(seedText, quote!.source)).toBe('Ushakov');
    expect(quote!.entity.name).toMatch(/\bUshakov$/);
    expect(quote!.entity.type).toBe('person');
  });

  it('jsonl: one scorer line {"id", "attributions"} with the same attributions as json', async () => {
    const [jsonl, json] = await Promise.all([run(['--format', 'jsonl', SEED]), run(['--format', 'json', SEED])]);
    expect(jsonl.status).toBe(0);
    const lines = jsonl.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(Object.keys(line)).toEqual(['id', 'attributions']);
    expect(line.id).toBe(SEED);
    expect(line.attributions).toEqual(JSON.parse(json.stdout).attributions);
    for (const a of line.attributions) expect(Object.keys(a).sort()).toEqual(['content', 'cue', 'entity', 'kind', 'source']);
  });

  it('table: grouped by source, biggest group first, Ushakov quote under Ushakov, no colour into a pipe', async () => {
    const r = await run(['--format', 'table', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    const groups = r.stdout.split('\n\n').slice(1);
    const counts = groups.map((g) => Number(/ (\d+) claims?$/m.exec(g)![1]));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const claims = counts.reduce((a, b) => a + b, 0);
    // The popup's wording: named sources, and claims without a named source.
    const unnamed = groups.filter((g) => g.startsWith('No named source')).map((g) => Number(/ (\d+) claims?$/m.exec(g)![1]));
    const named = groups.length - unnamed.length;
    expect(r.stdout.split('\n')[0]).toBe(`de · ${claims} claims · ${named} sources · ${unnamed.reduce((a, b) => a + b, 0)} unnamed`);
    const ushakov = groups.find((g) => /^[\p{L} ]*Ushakov {2}person/u.test(g));
    expect(ushakov).toMatch(/^\s+direct\s+sagte\s+„Putin und Xi bestätigten/m);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('jsonl input holding the seed gives the same attributions as the text file', async () => {
    const file = join(tmp, 'seed.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'seed', text: seedText, lang: 'de' })}\n`);
    const [fromJsonl, fromTxt] = await Promise.all([run([file]), run([SEED])]);
    expect(fromJsonl.status).toBe(0);
    expect(JSON.parse(fromJsonl.stdout)).toEqual({ id: 'seed', attributions: JSON.parse(fromTxt.stdout).attributions });
  });

  it('stdin (-) reads the text the same way', async () => {
    const [fromStdin, fromFile] = await Promise.all([run(['-'], { input: seedText }), run([SEED])]);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('on a terminal: table by default, coloured unless NO_COLOR is set', async () => {
    const [coloured, plain] = await Promise.all([runInTerminal([SEED]), runInTerminal([SEED], { NO_COLOR: '1' })]);
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toMatch(/\x1b\[1m[\p{L} ]*Ushakov\x1b\[22m/u);
    expect(plain.stdout).not.toContain('\x1b[');
    expect(plain.stdout).toMatch(/^[\p{L} ]*Ushakov {2}person · \d+ claims?$/mu);
    for (const line of plain.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('HTML pages', () => {
  it('reads the article, not the navigation, with offsets into the collected text', async () => {
    const file = join(FIX, 'article.html');
    const text = wholeText(collectPageText(new JSDOM(readFileSync(join(ROOT, file), 'utf8')).window.document).parts);
    for (const chrome of ['Politik-Ressort', 'Abonnement', 'Impressum', 'Tracking', 'Kreuzfahrtsaison']) {
      expect(text).not.toContain(chrome);
    }
    const [json, table] = await Promise.all([run([file]), run(['--format', 'table', file])]);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.lang).toBe('de');
    expectSpansInside(out.attributions, text.length);
    const quote = out.attributions.find((a: Attribution) => slice(text, a.content).includes('Wir schaffen damit Platz'));
    expect(quote).toBeDefined();
    expect(slice(text, quote.cue)).toBe('sagte');
    expect(slice(text, quote.source)).toContain('Dörte Mahlmann');
    expect(table.stdout).toContain('„Wir schaffen damit Platz für die Schiffe der nächsten Generation“');
    expect(table.stdout).not.toMatch(/Politik-Ressort|Abonnement|Impressum|Kreuzfahrtsaison/);
  });

  for (const name of ['article-windows-1252.html', 'article-iso-8859-1.html']) {
    it(`decodes ${name} by its declared charset, curly quotes included`, async () => {
      const r = await run(['--format', 'table', join(FIX, name)]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^(?:Bürgermeister )?Jörg Schäfer {2}person/m);
      expect(r.stdout).toContain('„Für uns ist das ein großer Tag, über den sich alle Bürger freuen dürfen“');
      expect(r.stdout).not.toMatch(/[\u0080-\u009f\ufffd]|Ã/);
      expect(r.stdout).not.toContain('Übersicht der Rubriken');
    });
  }
});

describe('long input', () => {
  it('reads all of a text beyond two million characters, the claim at its end included', async () => {
    const claim = '„Wir bauen den Hafen aus“, sagte Bürgermeisterin Anna Berg.';
    const text = `${'Der Tag war ruhig. '.repeat(110_000)}\n${claim}\n`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const r = await run(['--lang', 'de', '-'], { input: text });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const last = out.attributions.at(-1) as Attribution;
    expect(slice(text, last.content)).toBe('„Wir bauen den Hafen aus“');
    expect(slice(text, last.source)).toBe('Bürgermeisterin Anna Berg');
  }, 90_000);
});

describe('UTF-16 without a byte order mark', () => {
  const html = readFileSync(join(ROOT, FIX, 'article.html'), 'utf8');
  const expected = wholeText(collectPageText(new JSDOM(html).window.document).parts);
  const encode = (text: string, order: 'le' | 'be') => {
    const le = Buffer.from(text, 'utf16le');
    return order === 'le' ? le : Buffer.from(le).swap16();
  };

  for (const order of ['le', 'be'] as const) {
    it(`reads an HTML page in UTF-16${order.toUpperCase()} as the page, not as text with NULs`, async () => {
      const file = join(tmp, `article-utf16${order}.html`);
      writeFileSync(file, encode(html, order));
      const [page, reference] = await Promise.all([run([file]), run([join(FIX, 'article.html')])]);
      expect(page.status).toBe(0);
      expect(page.stderr).toBe('');
      const out = JSON.parse(page.stdout);
      expect(out).toEqual(JSON.parse(reference.stdout));
      const quote = out.attributions.find((a: Attribution) => slice(expected, a.content).includes('Wir schaffen damit Platz'));
      expect(slice(expected, quote.source)).toContain('Dörte Mahlmann');
    }, 90_000);

    it(`reads a text file in UTF-16${order.toUpperCase()} like its UTF-8 original`, async () => {
      const file = join(tmp, `seed-utf16${order}.txt`);
      writeFileSync(file, encode(seedText, order));
      const [utf16, utf8] = await Promise.all([run([file]), run([SEED])]);
      expect(utf16.status).toBe(0);
      expect(JSON.parse(utf16.stdout)).toEqual(JSON.parse(utf8.stdout));
    }, 90_000);
  }
});

describe('JSONL documents', () => {
  it('one line per document in input order; blank lines, CRLF and a missing final newline are fine', async () => {
    const r = await run([join(FIX, 'docs.jsonl')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['de-1', 2, 'de-3']);
    for (const l of lines) expect(Object.keys(l)).toEqual(['id', 'attributions']);
  });

  it('reports each malformed line by file and line, still processes the good ones, exits 1', async () => {
    const file = join(FIX, 'bad.jsonl');
    const r = await run([file]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['de-1', 2]);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^extract: ${file}:2: not JSON`)),
      `extract: ${file}:3: missing "id"`,
      `extract: ${file}:4: "text" must be a string`,
      `extract: ${file}:6: "lang" must be one of de, en, auto`,
      `extract: ${file}:7: expected an object {"id", "text", "lang"?}`,
      `extract: ${file}:8: "id" must be a string or a safe integer, not true`,
    ]);
  });

  it('rejects an id that is no string or safe integer instead of writing it back as null', async () => {
    const file = join(tmp, 'ids.jsonl');
    const doc = (id: string) => `{"id": ${id}, "text": "\\"We will build it,\\" the mayor said."}`;
    writeFileSync(file, ['1e400', '9007199254740993', '1.5', '"ok"', '7', '-1e400', '[1]', 'null'].map(doc).join('\n'));
    const r = await run([file]);
    expect(r.status).toBe(1);
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['ok', 7]);
    expect(r.stdout).not.toContain('null');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `extract: ${file}:1: "id" must be a string or a safe integer, not a number that reads as Infinity`,
      `extract: ${file}:2: "id" must be a string or a safe integer, not a number that reads as 9007199254740992`,
      `extract: ${file}:3: "id" must be a string or a safe integer, not a number that reads as 1.5`,
      `extract: ${file}:6: "id" must be a string or a safe integer, not a number that reads as -Infinity`,
      `extract: ${file}:7: "id" must be a string or a safe integer, not [1]`,
      `extract: ${file}:8: "id" must be a string or a safe integer, not null`,
    ]);
  });

  it('reports a line that is not UTF-8', async () => {
    const file = join(FIX, 'bad-encoding.jsonl');
    const r = await run([file]);
    expectOneLineError(r, 1, `${file}:2: not valid UTF-8`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects a file without documents', async () => {
    expectOneLineError(await run([join(FIX, 'empty.jsonl')]), 1, 'empty.jsonl', 'empty input');
  });

  it('rejects --format json for several documents', async () => {
    expectOneLineError(await run(['--format', 'json', join(FIX, 'docs.jsonl')]), 2, '--format json');
  });
});

describe('bad input: one line on stderr, non-zero exit', () => {
  it('a missing file', async () => {
    expectOneLineError(await run([join(FIX, 'missing.txt')]), 1, 'missing.txt: no such file');
  });

  it('a missing .jsonl file', async () => {
    expectOneLineError(await run([join(FIX, 'missing.jsonl')]), 1, 'missing.jsonl: no such file');
  });

  it('a directory', async () => {
    expectOneLineError(await run([FIX]), 1, `${FIX}: is a directory`);
  });

  it('a text file that is not UTF-8, with the line of the first bad byte', async () => {
    expectOneLineError(await run([join(FIX, 'latin1.txt')]), 1, 'latin1.txt:3: not valid UTF-8', '0x84');
  });

  it('an empty file, a blank file and empty stdin', async () => {
    const [empty, blank, stdin] = await Promise.all([
      run([join(FIX, 'empty.txt')]),
      run([join(FIX, 'blank.txt')]),
      run(['-'], { input: '' }),
    ]);
    expectOneLineError(empty, 1, 'empty.txt: empty input');
    expectOneLineError(blank, 1, 'blank.txt: empty input');
    expectOneLineError(stdin, 1, 'stdin: empty input');
  });

  it('an HTML page declaring an unknown charset', async () => {
    expectOneLineError(await run([join(FIX, 'unknown-charset.html')]), 1, 'unknown-charset.html', '"klingon-8"');
  });

  it('usage errors exit 2', async () => {
    const runs = await Promise.all([
      run([]),
      run(['--format', 'xml', SEED]),
      run(['--lang', 'fr', SEED]),
      run(['--verbose', SEED]),
      run([SEED, SEED]),
    ]);
    for (const r of runs) expectOneLineError(r, 2, 'extract: ');
    expect(runs[1].stderr).toContain('"xml"');
    expect(runs[2].stderr).toContain('"fr"');
  });

  it('--help documents inputs, formats and their defaults', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run extract -- \[--lang de\|en\|auto\] \[--format table\|json\|jsonl\] <input>/);
    for (const s of ['.txt', '.html', '.jsonl', 'stdin', 'default when stdout', 'is a terminal', 'NO_COLOR', 'malformed']) {
      expect(r.stdout).toContain(s);
    }
  });
});
