import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { afterAll, describe, expect, it } from 'vitest';
import { compromiseOnFirstUse } from '../wxt.config';

type Model = { one: { lexicon: Record<string, unknown> }; two: { orgWords: Record<string, unknown> } };
type Hook = (...args: unknown[]) => unknown;

/** The module the extension's build puts where the engine imports compromise. */
function bundledModule(): string {
  const plugin = compromiseOnFirstUse();
  const id = (plugin.resolveId as Hook)('compromise');
  expect(id).toBeTypeOf('string');
  return (plugin.load as Hook)(id) as string;
}

describe("compromise in the extension's bundle", () => {
  const dir = mkdtempSync(join(tmpdir(), 'who-said-compromise-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is built on first use, not when the bundle starts, and gives the engine the same lexicon', async () => {
    const file = join(dir, 'compromise.mjs');
    writeFileSync(file, bundledModule());
    // Building compromise merges its models with Object.assign, thousands of times. Counted, not
    // spied: a spy keeps every argument, and a failure would print the whole lexicon.
    const assign = Object.assign;
    let merges = 0;
    Object.assign = ((...args: Parameters<typeof assign>) => {
      merges += 1;
      return assign(...args);
    }) as typeof assign;
    let model: Model;
    let mergesOnImport: number;
    try {
      const { default: wrapped } = (await import(pathToFileURL(file).href)) as { default: { model(): Model } };
      mergesOnImport = merges;
      model = wrapped.model();
    } finally {
      Object.assign = assign;
    }
    expect(mergesOnImport).toBe(0);
    expect(merges).toBeGreaterThan(100);

    const own = nlp.model() as unknown as Model;
    expect(Object.keys(model.one.lexicon).length).toBe(Object.keys(own.one.lexicon).length);
    for (const word of ['laura', 'scott', 'fiona', 'president', 'dr', 'traders', 'every', 'meanwhile']) expect(model.one.lexicon[word]).toEqual(own.one.lexicon[word]);
    expect(model.one.lexicon.laura).toBe('FemaleName');
    expect(Object.keys(model.two.orgWords)).toEqual(Object.keys(own.two.orgWords));
  });
});
