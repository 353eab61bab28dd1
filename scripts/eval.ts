/**
 * `npm run eval -- [--split dev|train] [--corpus NAME] [--check] [--errors [DIR]]`
 *
 * Runs the engine over the shared corpora (../shared/eval/data/<corpus>/<split>.jsonl) and prints,
 * per corpus, exactly what ../shared/eval/score.py prints, plus the engine's throughput.
 *   --check         also runs score.py on the same predictions and fails unless it prints the same
 *   --errors [DIR]  writes the errors of each corpus as Markdown to DIR (default .output/eval-errors)
 *   --pages         scores the saved real pages that have gold (tests/golden/<lang>/*.gold.json)
 *                   instead: per page and language, claim and claim+speaker precision, recall and
 *                   F1 on the split's pages (dev, train, or all), then every wrong and missed claim
 *   --maintext      instead: the collector's main text against Mozilla Readability's on every saved
 *                   page (../shared/pages and tests/fixtures/maintext): recall and precision against
 *                   the ground truth beside the page (against Readability's text where there is
 *                   none), per page and in summary, with the claims found in each text
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPORA, corpusPath, predictionJsonl, runCorpus, SCORE_PY, sharedAvailable, type Corpus, type Split } from '../lib/eval/corpora';
import { documentErrors, errorReport } from '../lib/eval/errors';
import { errorList, pageTable } from '../lib/eval/page-report';
import { leadGroup, pageGolds, pageSpeakers, runPage, type PageRun, type PageSplit } from '../lib/eval/real-pages';
import { maintextReport, maintextSummary, pagesWithTruth, scorePage } from '../lib/eval/maintext';
import { formatScore, score } from '../lib/eval/score';

const DEFAULT_ERRORS_DIR = '.output/eval-errors';

function options(argv: string[]) {
  // `--errors` takes an optional directory: give it the default when no directory follows.
  const args = argv.flatMap((a, i) =>
    a === '--errors' && (i + 1 >= argv.length || argv[i + 1].startsWith('--')) ? [a, DEFAULT_ERRORS_DIR] : [a],
  );
  const { values } = parseArgs({
    args,
    options: {
      split: { type: 'string', default: 'dev' },
      corpus: { type: 'string', multiple: true },
      check: { type: 'boolean', default: false },
      errors: { type: 'string' },
      pages: { type: 'boolean', default: false },
      maintext: { type: 'boolean', default: false },
    },
  });
  const splits = values.pages ? ['dev', 'train', 'all'] : ['dev', 'train'];
  if (!splits.includes(values.split)) throw new Error(`--split must be ${splits.join(' or ')}, not "${values.split}"`);
  const unknown = (values.corpus ?? []).filter((c) => !(CORPORA as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`unknown corpus ${unknown.join(', ')} (known: ${CORPORA.join(', ')})`);
  return {
    split: values.split as Split | 'all',
    pages: values.pages,
    corpora: (values.corpus?.length ? values.corpus : CORPORA) as Corpus[],
    check: values.check,
    errorsDir: values.errors === undefined ? undefined : resolve(values.errors),
    maintext: values.maintext,
  };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Main text on the repo's fixtures, then on each folder of the shared pages. */
function printMaintext(): void {
  const sets = [{ title: 'tests/fixtures/maintext', dir: join(ROOT, 'tests', 'fixtures', 'maintext'), prefix: '' }];
  const shared = join(ROOT, '..', 'shared', 'pages');
  if (existsSync(shared)) for (const sub of ['de', 'en', 'large']) sets.push({ title: `../shared/pages/${sub}`, dir: join(shared, sub), prefix: `${sub}/` });
  else console.log('skipped: ../shared not found');
  const all = [];
  for (const set of sets) {
    const scores = pagesWithTruth(set.dir, true).map((name) => scorePage(set.dir, name));
    console.log(`== main text: ${set.title}\n\n${maintextReport(scores)}\n`);
    if (set.prefix) all.push(...scores);
  }
  if (all.length) console.log(`== main text: all shared pages\n\n${maintextSummary(all)}`);
}

const perSecond = (chars: number, ms: number): string =>
  Math.round(chars / (ms / 1000)).toLocaleString('en-US');

async function main(): Promise<number> {
  let opts;
  try {
    opts = options(process.argv.slice(2));
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 2;
  }
  if (opts.maintext) {
    printMaintext();
    return 0;
  }
  if (!sharedAvailable()) {
    console.log('skipped: ../shared not found');
    return 0;
  }
  if (opts.pages) return evalPages(opts.split, opts.errorsDir);
  // options() accepts `all` only with --pages.
  const split = opts.split as Split;
  const tmp = mkdtempSync(join(tmpdir(), 'who-said-eval-'));
  let status = 0;
  try {
    for (const corpus of opts.corpora) {
      const goldPath = corpusPath(corpus, split);
      const run = await runCorpus(goldPath);
      const report = formatScore(score(run.gold, run.pred));
      process.stdout.write(`== ${corpus} (${split})\n${report}`);
      console.log(`throughput    ${perSecond(run.chars, run.ms)} chars/s (${run.chars.toLocaleString('en-US')} chars in ${Math.round(run.ms)} ms)`);
      if (opts.check) {
        const predPath = join(tmp, `${corpus}.${split}.pred.jsonl`);
        writeFileSync(predPath, predictionJsonl(run.pred));
        const reference = execFileSync('python3', [SCORE_PY, goldPath, predPath, '--by-kind'], { encoding: 'utf8' });
        if (reference === report) console.log('check         identical to score.py');
        else {
          status = 1;
          console.log(`check         DIFFERS from score.py, which prints:\n${reference}`);
        }
      }
      if (opts.errorsDir) {
        const errors = [...run.gold].flatMap(([key, gold]) =>
          documentErrors(gold, run.pred.get(key)?.attributions, corpus.endsWith('_en') ? 'en' : 'de'),
        );
        mkdirSync(opts.errorsDir, { recursive: true });
        const file = join(opts.errorsDir, `${corpus}.${split}.md`);
        writeFileSync(file, errorReport(`${corpus} (${split})`, report, errors));
        console.log(`errors        ${errors.length} written to ${file}`);
      }
      console.log('');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return status;
}

/** Scores the saved real pages of one split against their gold; the wrong claims go to stdout or DIR. */
async function evalPages(split: PageSplit, errorsDir: string | undefined): Promise<number> {
  const runs: PageRun[] = [];
  for (const gold of pageGolds(split)) runs.push(await runPage(gold));
  process.stdout.write(pageTable(split, runs));
  const wrongLeads: string[] = [];
  for (const [page, speakers] of pageSpeakers()) {
    const lead = await leadGroup(page, speakers);
    if (lead && !lead.ok) wrongLeads.push(`${page}: "${lead.name}"`);
  }
  console.log(`\n== first group of the popup not named after a speaker: ${wrongLeads.length} of ${pageSpeakers().size} saved pages`);
  for (const line of wrongLeads) console.log(line);
  const errors = errorList(runs);
  if (errorsDir) {
    mkdirSync(errorsDir, { recursive: true });
    const file = join(errorsDir, `pages.${split}.txt`);
    writeFileSync(file, errors);
    console.log(`errors written to ${file}`);
  } else process.stdout.write(`\n${errors}`);
  return 0;
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) ends the output quietly.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    console.error(`eval: ${(err as Error)?.message ?? err}`);
    process.exitCode = 1;
  },
);
