/**
 * No HTML is ever built from strings in code that ships: page text reaches the DOM as text nodes
 * only. This scans every shipped source file for the DOM's HTML-parsing sinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
