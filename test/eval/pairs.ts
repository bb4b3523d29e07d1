// The evaluation set of real article pairs (test/fixtures/eval/<slug>/): loads each pair, runs brief's reconcile, scores it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle } from '../../pipeline/article.ts';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import { diffReport } from '../../pipeline/reconcile/report.ts';
import { baselineReport } from './baseline.ts';
import { scorePair, totals, type Entry, type Gold, type PairScore, type Totals } from './score.ts';

export const EVAL_DIR = new URL('../fixtures/eval/', import.meta.url).pathname;

export interface Pair {
  slug: string;
  dir: string;
  gold: Gold;
}

/** Every pair folder that has a gold file, in name order. */
export function listPairs(root = EVAL_DIR): Pair[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) => ({ slug, dir: join(root, slug), gold: JSON.parse(readFileSync(join(root, slug, 'gold.json'), 'utf8')) as Gold }));
}

/** brief's report on a pair, as `brief diff <folder> --json` prints it; `reversed`, with the newer revision given first. */
export async function reportOf(pair: Pair, reversed = false): Promise<Entry[]> {
  return reportOfArticle(await loadArticle(pair.dir), reversed);
}

function reportOfArticle(article: Awaited<ReturnType<typeof loadArticle>>, reversed: boolean): Entry[] {
  const revisions = reversed ? [...article.revisions].reverse() : article.revisions;
  const { reconciled } = reconcile(revisions, { name: article.name, title: article.title, language: article.language });
  return JSON.parse(JSON.stringify(diffReport(reconciled))).discrepancies as Entry[];
}

/**
 * The gold of a pair read the other way round (the newer revision given first): each side swapped, an addition a
 * removal and a removal an addition. Revisions need not come in the order they were written; brief must find the
 * same differences either way.
 */
export function reversedGold(gold: Gold): Gold {
  const swap = (kind: string) => (kind === 'added' ? 'removed' : kind === 'removed' ? 'added' : kind);
  return {
    ...gold,
    differences: gold.differences.map((d) => ({ ...d, old: d.new, new: d.old, kind: swap(d.kind) as typeof d.kind, ...(d.also ? { also: d.also.map(swap) } : {}) })),
    not_differences: (gold.not_differences ?? []).map((d) => ({ ...d, old: d.new, new: d.old })),
  };
}

export interface Scored {
  pair: Pair;
  score: PairScore;
  /** The same pair scored for a plain sentence diff with no facts, for comparison. */
  baseline: PairScore;
}

export interface EvalResult {
  scored: Scored[];
  dev: Totals;
  test: Totals;
  baseline: { dev: Totals; test: Totals };
  /** The dev split scored with each pair's newer revision given first (the test split is measured one way only). */
  devReversed: Totals;
}

export async function scoreAll(pairs = listPairs()): Promise<EvalResult> {
  const scored: Scored[] = [];
  const reversed: PairScore[] = [];
  for (const pair of pairs) {
    // Each pair's files are read once, for both orders.
    const article = await loadArticle(pair.dir);
    scored.push({ pair, score: scorePair(pair.gold, reportOfArticle(article, false)), baseline: scorePair(pair.gold, baselineReport(pair)) });
    if (pair.gold.split === 'dev') reversed.push(scorePair(reversedGold(pair.gold), reportOfArticle(article, true)));
  }
  const of = (split: string, which: 'score' | 'baseline') => totals(scored.filter((s) => s.pair.gold.split === split).map((s) => s[which]));
  return { scored, dev: of('dev', 'score'), test: of('test', 'score'), baseline: { dev: of('dev', 'baseline'), test: of('test', 'baseline') }, devReversed: totals(reversed) };
}

const f2 = (x: number) => x.toFixed(2);

/** The per-pair table and the totals of each split, as `make eval` prints them. */
export function formatTable(result: EvalResult, details = false): string {
  const lines: string[] = [];
  const header = '| split | pair | genre | gold | found | recall | precision | kind acc. | conflicts found | conflicts reported (true) |';
  lines.push(header, '|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const split of ['dev', 'test'] as const) {
    for (const { pair, score: s } of result.scored.filter((x) => x.pair.gold.split === split)) {
      lines.push(
        `| ${split} | ${pair.slug} | ${pair.gold.genre} | ${s.gold} | ${s.found} | ${f2(s.gold ? s.found / s.gold : 1)} | ${f2(s.reported ? s.truePositives / s.reported : 1)} | ${f2(s.found ? s.kindRight / s.found : 1)} | ${s.conflictsFound}/${s.conflicts} | ${s.conflictsReported} (${s.conflictsTrue}) |`,
      );
    }
  }
  lines.push('', '| split | pairs | recall | precision | kind accuracy | conflict recall | conflict precision |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const split of ['dev', 'test'] as const) {
    const rows: Array<readonly [string, Totals]> = [['brief', result[split]], ['sentence diff', result.baseline[split]]];
    if (split === 'dev') rows.push(['brief, newer revision first', result.devReversed]);
    for (const [who, t] of rows) {
      lines.push(`| ${split}, ${who} | ${t.pairs} | ${f2(t.recall)} (${t.found}/${t.gold}) | ${f2(t.precision)} | ${f2(t.kindAccuracy)} | ${f2(t.conflictRecall)} (${t.conflictsFound}/${t.conflicts}) | ${f2(t.conflictPrecision)} (of ${t.conflictsReported}) |`);
    }
  }
  if (details) {
    for (const { pair, score: s } of result.scored) {
      const conflictOnly = s.falseConflicts.filter((f) => f.endsWith('[no such conflict]'));
      if (!s.missed.length && !s.falsePositives.length && !conflictOnly.length) continue;
      lines.push('', `## ${pair.slug} (${pair.gold.split})`);
      for (const m of s.missed) lines.push(`  missed  ${m}`);
      for (const f of s.falsePositives) lines.push(`  wrong   ${f}`);
      for (const f of conflictOnly) lines.push(`  false conflict  ${f}`);
    }
  }
  return lines.join('\n');
}
