/**
 * No HTML is ever built from strings in code that ships: page text reaches the DOM as text nodes
 * only. This scans every shipped source file for the DOM's HTML-parsing sinks, and checks the size
 * of files and functions and which layer imports which.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Directories whose code goes into the extension. */
const SHIPPED = ['entrypoints', 'components', 'lib'];

/** Each sink parses a string as HTML (or script) in a document. */
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|dangerouslySetInnerHTML|srcdoc|parseFromString|setHTMLUnsafe)\b|\bdocument\.write(ln)?\s*\(|\bnew\s+Function\s*\(|\beval\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

function findSinks(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (HTML_SINKS.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('no string-built HTML', () => {
  it('finds every sink it is meant to catch', () => {
    for (const line of [
      'el.innerHTML = text;',
      "el.insertAdjacentHTML('beforeend', s)",
      'document.write(x)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'range.createContextualFragment(s)',
      'new DOMParser().parseFromString(s, "text/html")',
      'eval(code)',
    ]) {
      expect(findSinks(line), line).toHaveLength(1);
    }
    expect(findSinks('el.textContent = text; el.append(node); // evaluate()')).toEqual([]);
  });

  it('shipped code has none', () => {
    const found = SHIPPED.flatMap((dir) => sourceFiles(join(root, dir))).flatMap((file) =>
      findSinks(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});

/** Most lines a shipped source file may have: a longer one holds more than one stage or concern. */
const MAX_FILE_LINES = 1000;
/** Lines at which a function is too long to read as one step. */
const MAX_FUNCTION_LINES = 100;
/** The name a function-like node goes by: its own, its variable's, its property's or its class member's. */
function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(source);
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `<anonymous:${line + 1}>`;
}

/** Every function, method, arrow function and function expression in `text` of `lines` lines or more, as `name (n lines)`. */
function longFunctions(text: string, fileName: string, lines = MAX_FUNCTION_LINES): { name: string; lines: number }[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 >= lines) found.push({ name: functionName(node, source), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('file and function size', () => {
  const scripts = () => SHIPPED.flatMap((dir) => sourceFiles(join(root, dir))).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f));

  it('catches a long function, arrow function and method', () => {
    const body = Array.from({ length: 100 }, (_, i) => `  total += ${i};`).join('\n');
    const text = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\nfunction short() { return 1; }\nconst arrow = () => {\n${body}\n};\nclass Holder { method() {\n${body}\n} }\n`;
    expect(longFunctions(text, 'made-up.ts').map((f) => f.name)).toEqual(['long', 'arrow', 'method']);
    expect(longFunctions('function short() {\n  return 1;\n}\n', 'made-up.ts')).toEqual([]);
  });

  it(`no shipped source file has over ${MAX_FILE_LINES} lines`, () => {
    const long = scripts()
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`no shipped function has ${MAX_FUNCTION_LINES} lines or more`, () => {
    const long = scripts().flatMap((file) => {
      const name = relative(root, file).split('\\').join('/');
      return longFunctions(readFileSync(file, 'utf8'), file).map((f) => `${name}:${f.name} (${f.lines} lines)`);
    });
    expect(long).toEqual([]);
  });
});

/** Every module path that `text` imports or re-exports (static and dynamic imports). */
function importedPaths(text: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('layers', () => {
  /** The files of `dir` that import a module inside one of `forbidden` (directories of the repository). */
  const crossings = (dir: string, forbidden: string[]) =>
    sourceFiles(join(root, dir))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .flatMap((file) =>
        importedPaths(readFileSync(file, 'utf8'), file)
          .filter((path) => path.startsWith('.'))
          .map((path) => relative(root, join(dirname(file), path)).split('\\').join('/'))
          .filter((target) => forbidden.some((f) => target === f || target.startsWith(`${f}/`)))
          .map((target) => `${relative(root, file)} → ${target}`),
      );

  it('finds an import across layers', () => {
    expect(importedPaths("import { a } from '../../components/X';\nexport { b } from './y';\nconst c = import('../z');", 'made-up.ts')).toEqual(['../../components/X', './y', '../z']);
  });

  it('lib/ imports nothing from components/ or entrypoints/', () => {
    expect(crossings('lib', ['components', 'entrypoints'])).toEqual([]);
  });

  it('the engine imports nothing from the page, paint, settings or eval code', () => {
    expect(crossings('lib/engine', ['lib/page', 'lib/paint', 'lib/settings', 'lib/eval', 'components', 'entrypoints'])).toEqual([]);
  });
});
