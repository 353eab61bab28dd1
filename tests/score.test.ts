/**
 * lib/eval/score.ts must print what ../shared/eval/score.py prints, to the last digit.
 * The fixture scenarios carry score.py's recorded output (`*.expected.txt`, `*.expected.json`),
 * so they are checked on a plain clone; where ../shared exists, the recordings are re-made
 * live and the real dev corpora are scored by both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPORA, corpusPath, predictionJsonl, runCorpus, SCORE_PY, sharedAvailable } from '../lib/eval/corpora';
import { documentErrors, errorReport } from '../lib/eval/errors';
import {
  formatScore,
  parseScoredDocuments,
  pyFixed,
  score,
  tokenSpans,
  type Range,
  type ScoredDocument,
} from '../lib/eval/score';

const FIXTURES = join(import.meta.dirname, 'fixtures/score');
const SCENARIOS = ['basics', 'ties', 'rounding', 'empty'];
const shared = sharedAvailable();
if (!shared) console.log('skipped: ../shared not found (live score.py comparison and dev corpora)');

const tmp = mkdtempSync(join(tmpdir(), 'score-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const python = (args: string[], input?: string): string =>
  execFileSync('python3', args, { encoding: 'utf8', input, maxBuffer: 1 << 28 });

const load = (path: string) => parseScoredDocuments(readFileSync(path, 'utf8'), path);

function scoreFiles(goldPath: string, predPath: string) {
  return score(load(goldPath), load(predPath));
}

describe('fixture scenarios against score.py', () => {
  for (const name of SCENARIOS) {
    const gold = join(FIXTURES, `${name}.gold.jsonl`);
    const pred = join(FIXTURES, `${name}.pred.jsonl`);
    it(`${name}: printed report and every number`, () => {
      const result = scoreFiles(gold, pred);
      expect(formatScore(result)).toBe(readFileSync(join(FIXTURES, `${name}.expected.txt`), 'utf8'));
      expect(result).toStrictEqual(JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')));
    });
    it.runIf(shared)(`${name}: recorded output is what score.py prints today`, () => {
      expect(python([SCORE_PY, gold, pred, '--by-kind'])).toBe(readFileSync(join(FIXTURES, `${name}.expected.txt`), 'utf8'));
      expect(JSON.parse(python([SCORE_PY, gold, pred, '--json']))).toStrictEqual(
        JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')),
      );
    });
  }

  it('the ties scenario exercises both tie directions', () => {
    // Two predictions share one gold token ("gamma"): the later prediction wins it, and a
    // prediction overlapping two golds equally goes to the later gold (here an optional one).
    const result = scoreFiles(join(FIXTURES, 'ties.gold.jsonl'), join(FIXTURES, 'ties.pred.jsonl'));
    expect(result.recall_by_kind).toEqual({ direct: 1, indirect: 1, mixed: 0 });
    expect(result.claim.pred).toBe(4);
  });
});

/** Error classes must add up to the scorer's counts: every gold claim is found or in one class, likewise every prediction. */
function expectErrorsReconcile(gold: Map<string, ScoredDocument>, pred: Map<string, ScoredDocument>) {
  const result = score(gold, pred);
  const errors = [...gold].flatMap(([key, doc]) => documentErrors(doc, pred.get(key)?.attributions ?? undefined, 'de'));
  const count = (cls: string) => errors.filter((e) => e.cls === cls).length;
  const wrong = count('boundary') + count('source');
  expect(count('missed') + wrong + result.claim_source.tp).toBe(result.claim.gold);
  expect(count('spurious') + wrong + result.claim_source.tp).toBe(result.claim.pred);
  expect(count('missed') + count('boundary') + result.claim.tp).toBe(result.claim.gold);
  return errors;
}

describe('error classes for npm run eval -- --errors', () => {
  for (const name of SCENARIOS) {
    it(`${name}: add up to the scorer's counts`, () => {
      expectErrorsReconcile(load(join(FIXTURES, `${name}.gold.jsonl`)), load(join(FIXTURES, `${name}.pred.jsonl`)));
    });
  }

  it('reports each error in its sentence with cue, source and content marked', () => {
    const errors = expectErrorsReconcile(load(join(FIXTURES, 'basics.gold.jsonl')), load(join(FIXTURES, 'basics.pred.jsonl')));
    const report = errorReport('basics', 'summary', errors);
    expect(report).toContain('| Missed claims | 2 |');
    expect(report).toContain('- gold: “⟦We will not comment,⟧” ⟨a spokeswoman⟩ **said**.\n');
    expect(report).toContain('- gold: ⟨Experten⟩ **zufolge** ⟦steigen die Preise⟧.\n');
    expect(report).toContain('| Wrong source (claim found) | 1 |');
    expect(report).toContain('- gold: **Laut** ⟨Staatsmedien⟩ ⟦wächst der Handel – um 12 %⟧.\n');
    expect(report).toContain('- pred: **Laut** Staatsmedien ⟦wächst der Handel⟧ – um 12 %.\n');
  });
});

describe('number formatting as Python prints it', () => {
  it('rounds exact binary ties to even, unlike toFixed', () => {
    expect((0.0625).toFixed(3)).toBe('0.063');
    expect(pyFixed(0.0625, 3)).toBe('0.062');
    expect(pyFixed(0.3125, 3)).toBe('0.312');
    expect(pyFixed(0.1875, 3)).toBe('0.188');
    expect(pyFixed(1, 3)).toBe('1.000');
    expect(pyFixed(0, 3)).toBe('0.000');
  });

  it('agrees with Python on ties, near-ties and every ratio of small counts', () => {
    const values = [0.0005, 0.0015, 0.9995, 0.1 + 0.2, 1e-9, 2 / 3, 5e-324, 123.4565];
    for (let k = 0; k <= 64; k++) values.push(k / 16, k / 64, k / 2000);
    for (let d = 1; d <= 60; d++) for (let n = 0; n <= d; n++) values.push(n / d, f1ratio(n, d));
    const expected = python(['-c', 'import json,sys\nfor x in json.load(sys.stdin): print(f"{x:.3f}")'], JSON.stringify(values));
    expect(values.map((x) => `${pyFixed(x, 3)}\n`).join('')).toBe(expected);
  });
});

/** An F1-like value with the same float operations as the scorer. */
function f1ratio(n: number, d: number): number {
  const p = n / d;
  const r = (n + 1) / (d + 2);
  return (2 * p * r) / (p + r);
}

describe('tokens as Python\'s \\w+|[^\\w\\s]', () => {
  it('splits the edge cases as Python does', () => {
    const text = 'Cafe\u0301 x\u00b2 5\u00a0% \u6771\u4eac said_it \x1c \u2028 \ufeff „Zitat“ l’été \u{1F600}!';
    const expected = JSON.parse(
      python(
        ['-c', 'import json,re,sys\nt=sys.stdin.read()\nprint(json.dumps([[m.start(),m.end()] for m in re.finditer(r"\\w+|[^\\w\\s]", t)]))'],
        text.replace('\u{1F600}', 'X'),
      ),
    );
    // The emoji is one code point for Python and two UTF-16 units for JavaScript; an ASCII
    // stand-in of one unit keeps the offsets comparable.
    expect(tokenSpans(text.replace('\u{1F600}', 'X'))).toEqual(expected);
  });
});

describe.runIf(shared)('dev corpora with the engine\'s predictions', () => {
  for (const corpus of CORPORA) {
    it(`${corpus}: identical to score.py`, async () => {
      const goldPath = corpusPath(corpus, 'dev');
      const run = await runCorpus(goldPath);
      const predPath = join(tmp, `${corpus}.pred.jsonl`);
      writeFileSync(predPath, predictionJsonl(run.pred));
      expect(formatScore(score(run.gold, load(predPath)))).toBe(python([SCORE_PY, goldPath, predPath, '--by-kind']));
    });

    it(`${corpus}: identical to score.py on a degraded copy of the gold`, () => {
      // The engine may still find little; a gold copy with dropped, shifted and stripped
      // attributions gives the alignment plenty of real partial overlaps to get right.
      const goldPath = corpusPath(corpus, 'dev');
      const gold = load(goldPath);
      const lines = [...gold.values()].map((d, di) => {
        const atts = (d.attributions ?? []).filter((_, i) => (i + di) % 4 !== 0).map((a, i) => ({
          cue: i % 3 === 0 ? [] : a.cue,
          source: i % 5 === 0 ? [] : a.source,
          content: (a.content ?? []).map(([s, e]): Range => [Math.round(s + ((i % 2) * (e - s)) / 2), e - (i % 3)]),
          kind: a.kind,
        }));
        return `${JSON.stringify({ id: d.id, attributions: atts } satisfies ScoredDocument)}\n`;
      });
      const predPath = join(tmp, `${corpus}.degraded.jsonl`);
      writeFileSync(predPath, lines.slice(1).join(''));
      const expected = python([SCORE_PY, goldPath, predPath, '--by-kind']);
      expect(formatScore(score(gold, load(predPath)))).toBe(expected);
      expect(expected).toMatch(/without prediction 1\n/);
    });

    it(`${corpus}: error classes add up to the scorer's counts`, async () => {
      const run = await runCorpus(corpusPath(corpus, 'dev'));
      expectErrorsReconcile(run.gold, run.pred);
    });

    it(`${corpus}: every text tokenises as in Python`, () => {
      const goldPath = corpusPath(corpus, 'dev');
      const texts = [...load(goldPath).values()].map((d) => d.text ?? '');
      const expected = python(
        ['-c', 'import json,re,sys\nfor t in json.load(sys.stdin): print(json.dumps([[m.start(),m.end()] for m in re.finditer(r"\\w+|[^\\w\\s]", t)], separators=(",", ":")))'],
        JSON.stringify(texts),
      ).split('\n');
      const differing = texts.filter((t, i) => JSON.stringify(tokenSpans(t)) !== expected[i]).length;
      expect(differing).toBe(0);
      expect(texts.length).toBeGreaterThan(10);
    });
  }
});
