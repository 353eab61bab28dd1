/**
 * The saved real pages of ../shared/pages that have gold (tests/golden/<lang>/<page>.gold.json),
 * read as the extension reads them and scored with lib/eval/pages.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../engine';
import { buildClaims, groupClaims, UNNAMED_KEY } from '../page/claims';
import { REPO_DIR, SHARED_DIR } from './corpora';
import { blockAt, engineBlocks } from '../page/blocks';
import { readSavedPage } from './html';
import { parsePageGold, sameSpeaker, scorePage, type FoundClaim, type PageGold, type PageScore } from './pages';

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

/**
 * Who speaks on each saved page: the speakers of its gold, or, for pages without gold, the list in
 * tests/golden/<dir>/<page>.speakers.json (everyone the article credits with a claim, read from the
 * page). By page path (`de/zeit.de-1.html`).
 */
export function pageSpeakers(): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  for (const gold of pageGolds()) out.set(gold.page, gold.claims.map((c) => c.speaker));
  for (const dir of ['de', 'en', 'large']) {
    const folder = join(GOLDEN_DIR, dir);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((name) => name.endsWith('.speakers.json'))) {
      const list = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { page: string; speakers: string[] };
      if (!out.has(list.page)) out.set(list.page, list.speakers);
    }
  }
  return out;
}

export interface PageRun {
  gold: PageGold;
  found: FoundClaim[];
  score: PageScore;
}

/** The claims of one saved page, as the extension reads it (the declared language a hint the text may overrule). */
async function pageClaims(file: string) {
  const path = join(SHARED_PAGES_DIR, file);
  const page = await readSavedPage(readFileSync(path), path);
  const hint = page.lang === 'de' || page.lang === 'en' ? page.lang : undefined;
  const { attributions } = extract(page.text, { lang: 'auto', hint, blocks: engineBlocks(page.blocks) });
  return { page, attributions, views: buildClaims(page.text, attributions) };
}

/** The speaker the popup's first group is named after on a saved page, and whether the page credits them with a claim. */
export async function leadGroup(file: string, speakers: (string | null)[]): Promise<{ name: string; ok: boolean } | null> {
  const lead = groupClaims((await pageClaims(file)).views)[0];
  if (!lead || lead.key === UNNAMED_KEY) return null;
  return { name: lead.entity.name, ok: speakers.some((s) => sameSpeaker(lead.entity, s)) };
}

/** The engine on one saved page with gold, scored. */
export async function runPage(gold: PageGold): Promise<PageRun> {
  const { page, attributions, views } = await pageClaims(gold.page);
  const found: FoundClaim[] = views.map((v, i) => ({
    claim: v.claim,
    source: v.source,
    entity: v.entity,
    kind: v.kind,
    block: blockAt(page.blocks, attributions[i].content[0]?.[0] ?? 0)?.tag,
  }));
  return { gold, found, score: scorePage(gold, found) };
}
