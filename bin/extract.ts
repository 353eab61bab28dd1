/**
 * `npm run extract -- [options] <input>`: who says what in an article, from the command line.
 * Runs lib/engine directly; see USAGE for the contract other tools rely on.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extract, type Attribution, type ExtractResult, type Lang, type TextBlock } from '../lib/engine';
import { engineBlocks } from '../lib/page/blocks';
import { buildClaims, groupClaims, UNNAMED_KEY } from '../lib/page/claims';
import { bomEncoding, decodeUtf16, readSavedPage, utf16ByNuls } from '../lib/eval/html';
import { countsLine, sourceProfile } from '../lib/profile';
import {
  decodeUtf8,
  InputError,
  parseDocumentLine,
  predict,
  readLines,
  type LangOption,
} from '../lib/eval/documents';

const USAGE = `Usage: npm run extract -- [--lang de|en|auto] [--format table|json|jsonl] <input>

Finds every attributed statement (who says what) in a German or English article.

Input
  file.txt      plain text, UTF-8 (a leading BOM is allowed), or UTF-16 with or without a BOM
  file.html     a saved web page: its main text is collected as in the browser extension;
                the encoding comes from a BOM, UTF-16's NUL bytes or <meta charset>, else
                UTF-8 (windows-1252 when the bytes are not UTF-8, as browsers do)
  file.jsonl    one document per line: {"id": ..., "text": "...", "lang"?: "de"|"en"|"auto"};
                an id is a string or a safe integer
  -             plain text from stdin

Options
  --lang de|en|auto   language of the text (default auto: detected from the text, block by
                      block; a page's lang attribute decides only texts too short to tell).
                      In .jsonl input a line's own "lang" wins.
  --format table      claims grouped by source, biggest group first (default when stdout
                      is a terminal)
  --format json       {"lang", "attributions": [...]} for one document (default otherwise)
  --format jsonl      one line per document, in input order: {"id", "attributions": [...]}
                      with [start, end] character offsets, as ../shared/eval/score.py reads
                      them (default for .jsonl input when stdout is not a terminal; the id of
                      a single document is its path, "-" for stdin)
  -h, --help          this text

Errors go to stderr as one line naming the file and line. A malformed .jsonl line (bad
JSON, missing or mistyped "id"/"text", unknown "lang", invalid UTF-8) is reported and
skipped; the remaining lines are still processed, and the exit status is 1. The same holds
for a document the engine fails on.
Exit status: 0 success, 1 bad input, 2 bad usage. NO_COLOR disables colour.`;

type Format = 'table' | 'json' | 'jsonl';
const FORMATS: readonly string[] = ['table', 'json', 'jsonl'];
const LANG_OPTIONS: readonly string[] = ['de', 'en', 'auto'];

class UsageError extends Error {}

interface Options {
  lang: LangOption;
  format: Format | undefined;
  input: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const lang = values.lang ?? 'auto';
  if (!LANG_OPTIONS.includes(lang)) throw new UsageError(`--lang must be de, en or auto, not "${lang}"`);
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    throw new UsageError(`--format must be table, json or jsonl, not "${values.format}"`);
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length ? 'give exactly one input' : 'no input given (a file, or - for stdin)');
  }
  return { lang: lang as LangOption, format: values.format as Format | undefined, input: positionals[0] };
}

/** Reads a whole file, turning file-system failures into one-line messages. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return await readFile(path);
  } catch (err) {
    throw fileError(path, err);
  }
}

function fileError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory, not a file'
    : code === 'EACCES' ? 'permission denied'
    : `cannot read (${code ?? (err as Error).message})`;
  return new InputError(`${displayName(path)}: ${reason}`);
}

const displayName = (path: string): string => (path === '-' ? 'stdin' : path);

/** The text of a plain-text input: UTF-16 when a BOM or its NUL bytes say so, else strict UTF-8; not empty. */
function plainText(bytes: Uint8Array, path: string): string {
  const utf16 = bomEncoding(bytes)?.startsWith('utf-16') ? bomEncoding(bytes) : utf16ByNuls(bytes);
  const text = utf16 ? decodeUtf16(bytes, utf16, displayName(path)) : decodeUtf8(bytes, displayName(path));
  if (!text.trim()) throw new InputError(`${displayName(path)}: empty input`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Table output

const KIND_LABEL: Record<Attribution['kind'], string> = {
  direct: 'direct',
  mixed: 'mixed',
  indirect: 'indirect',
  according_to: 'according to',
  unnamed: 'unnamed',
};
const BADGE_WIDTH = Math.max(...Object.values(KIND_LABEL).map((l) => l.length));
const CUE_MAX = 20;

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  kind(kind: Attribution['kind'], s: string): string;
}

const ANSI_KIND: Record<Attribution['kind'], number> = { direct: 32, mixed: 36, indirect: 33, according_to: 35, unnamed: 90 };
const COLOUR: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  kind: (kind, s) => `\x1b[${ANSI_KIND[kind]}m${s}\x1b[39m`,
};
const PLAIN: Style = { bold: (s) => s, dim: (s) => s, kind: (_, s) => s };


/** Cuts `s` to `width` characters at a word boundary, marking the cut with `…`. */
function fit(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  const cut = chars.slice(0, Math.max(1, width - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > width / 2 ? cut.slice(0, space) : cut}…`;
}

/** Claims grouped by entity exactly as the popup groups them (lib/page/claims.ts): biggest first, unnamed last. */
function renderTable(text: string, result: ExtractResult, width: number, style: Style): string {
  const claims = buildClaims(text, result.attributions);
  const groups = groupClaims(claims);
  const n = result.attributions.length;
  // The popup's wording: named sources, and claims without one.
  const lines = [style.dim(`${result.lang} · ${countsLine(sourceProfile(claims))}`)];
  if (!n) lines.push('No attributed statements found.');
  const cueWidth = Math.min(CUE_MAX, Math.max(0, ...groups.flatMap((g) => g.claims.map((c) => c.cue.length))));
  for (const group of groups) {
    const { name, type } = group.entity;
    const count = `${group.claims.length} claim${group.claims.length === 1 ? '' : 's'}`;
    lines.push('', group.key === UNNAMED_KEY ? `${style.bold('No named source')}  ${style.dim(count)}` : `${style.bold(name)}  ${style.dim(`${type} · ${count}`)}`);
    for (const claim of group.claims) {
      const badge = KIND_LABEL[claim.kind].padEnd(BADGE_WIDTH);
      const cue = fit(claim.cue, cueWidth).padEnd(cueWidth);
      const room = Math.max(20, width - 2 - BADGE_WIDTH - 2 - cueWidth - 2);
      lines.push(`  ${style.kind(claim.kind, badge)}  ${style.bold(cue)}  ${fit(claim.claim, room)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

function terminalStyle(): { width: number; style: Style } {
  const width = process.stdout.columns || Number(process.env.COLUMNS) || 100;
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  return { width: Math.max(40, width), style: colour ? COLOUR : PLAIN };
}

function writeDocument(id: string, text: string, result: ExtractResult, format: Format): void {
  if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (format === 'jsonl') process.stdout.write(`${JSON.stringify({ id, attributions: result.attributions })}\n`);
  else {
    const { width, style } = terminalStyle();
    process.stdout.write(renderTable(text, result, width, style));
  }
}

/** Streams a .jsonl file line by line; bad lines are reported and skipped. Returns the exit status. */
async function runJsonl(options: Options): Promise<number> {
  const path = options.input;
  const format = options.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (format === 'json') throw new UsageError('--format json takes one document; use --format jsonl for .jsonl input');
  try {
    if (!(await stat(path)).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (err) {
    throw fileError(path, err);
  }
  let documents = 0;
  let failed = 0;
  try {
    for await (const { n, bytes } of readLines(createReadStream(path))) {
      try {
        const doc = parseDocumentLine(decodeUtf8(bytes, path, n), path, n);
        if (!doc) continue;
        documents++;
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify(predict(doc, options.lang))}\n`);
        else {
          const result = extract(doc.text, { lang: doc.lang ?? options.lang });
          const { style } = terminalStyle();
          process.stdout.write(`${documents > 1 ? '\n' : ''}${style.bold(`── ${doc.id} ──`)}\n`);
          writeDocument(String(doc.id), doc.text, result, 'table');
        }
      } catch (err) {
        // One document the engine fails on is reported like a bad line; the others still run.
        failed++;
        const message = err instanceof InputError ? err.message : `${path}:${n}: engine failed: ${(err as Error).message}`;
        process.stderr.write(`extract: ${message}\n`);
      }
    }
  } catch (err) {
    // Only reading the file itself fails here; every line's own failure is handled above.
    throw fileError(path, err);
  }
  if (!documents && !failed) throw new InputError(`${path}: empty input (no documents)`);
  return failed ? 1 : 0;
}

async function runSingle(options: Options): Promise<number> {
  const { input } = options;
  const format = options.format ?? (process.stdout.isTTY ? 'table' : 'json');
  const bytes = await readBytes(input);
  if (!bytes.length) throw new InputError(`${displayName(input)}: empty input`);
  const ext = extname(input).toLowerCase();
  let text: string;
  let hint: Lang | undefined;
  let blocks: TextBlock[] | undefined;
  if (input !== '-' && (ext === '.html' || ext === '.htm')) {
    const page = await readSavedPage(bytes, input);
    text = page.text;
    blocks = engineBlocks(page.blocks);
    // With --lang auto, the language the page was read in decides texts too short to tell.
    if (page.lang === 'de' || page.lang === 'en') hint = page.lang;
  } else text = plainText(bytes, input);
  writeDocument(input, text, extract(text, { lang: options.lang, hint, blocks }), format);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`extract: ${err.message}\nRun with --help for usage.\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return extname(options.input).toLowerCase() === '.jsonl' ? await runJsonl(options) : await runSingle(options);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`extract: ${err.message}\nRun with --help for usage.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`extract: internal error on ${displayName(options.input)}: ${(err as Error).message ?? err}\n`);
    return 1;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) ends the output quietly.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`extract: internal error: ${(err as Error)?.message ?? err}\n`);
    process.exitCode = 1;
  },
);
