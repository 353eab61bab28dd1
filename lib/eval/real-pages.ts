/**
 * The saved real pages of ../shared/pages that have gold (tests/golden/<lang>/<page>.gold.json),
 * read as the extension reads them and scored with lib/eval/pages.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../engine';
import { buildClaims } from '../page/claims';
import { REPO_DIR, SHARED_DIR } from './corpora';
import { blockAt, engineBlocks } from '../page/blocks';
import { readSavedPage } from './html';
import { parsePageGold, scorePage, type FoundClaim, type PageGold, type PageScore } from './pages';

export const GOLDEN_DIR = join(REPO_DIR, 'tests/golden');
export const SHARED_PAGES_DIR = join(SHARED_DIR, 'pages');

/** Pages held out for reporting; the rest is for tuning and training (tests/golden/split.json). */
export const DEV_PAGES: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(join(GOLDEN_DIR, 'split.json'), 'utf8')) as { dev: string[] }).dev,
);

export type PageSplit = 'dev' | 'train' | 'all';

export const pagesAvailable = (): boolean => existsSync(SHARED_PAGES_DIR);

/** Every page gold file in the repository, by page path (`de/zeit.de-1.html`). */
export function pageGolds(split: PageSplit = 'all'): PageGold[] {
  return ['de', 'en', 'large'].flatMap((dir) => {
    const folder = join(GOLDEN_DIR, dir);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => parsePageGold(readFileSync(join(folder, f), 'utf8'), join(folder, f)))
      .filter((g) => split === 'all' || (split === 'dev') === DEV_PAGES.has(g.page));
  });
}

export interface PageRun {
  gold: PageGold;
  found: FoundClaim[];
  score: PageScore;
}

/** The engine on one saved page, as the extension reads it (declared language when de/en, else detected). */
export async function runPage(gold: PageGold): Promise<PageRun> {
  const path = join(SHARED_PAGES_DIR, gold.page);
  const page = await readSavedPage(readFileSync(path), path);
  const lang = page.lang === 'de' || page.lang === 'en' ? page.lang : 'auto';
  const { attributions } = extract(page.text, { lang, blocks: engineBlocks(page.blocks) });
  const views = buildClaims(page.text, attributions);
  const found: FoundClaim[] = views.map((v, i) => ({
    claim: v.claim,
    source: v.source,
    entity: v.entity,
    kind: v.kind,
    block: blockAt(page.blocks, attributions[i].content[0]?.[0] ?? 0)?.tag,
  }));
  return { gold, found, score: scorePage(gold, found) };
}
