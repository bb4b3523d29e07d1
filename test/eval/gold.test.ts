// Every gold file of the evaluation set is well formed: the scorer matches report entries against gold spans by their
// text, so a span that is not in its file, a kind misspelt, or `also` given as a string instead of a list would not
// fail a run: the item would only go unmatched (or, `also` as a string, match by substring), and a score would move
// for no reason anyone could see. Found on 2026-11-28: a gathered pair gave `"also": "removed"`, which broke the
// reversed scoring and would have let `"also": "fact-conflict"` accept a report of kind `conflict`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs } from './pairs.ts';

const KINDS = new Set(['fact-conflict', 'internal-contradiction', 'added', 'removed', 'moved', 'reworded']);
const ONE_SIDED = new Set(['added', 'removed']);

interface Article {
  revisions: Array<{ file: string }>;
}

/** The 1-based lines a span starts on in a text, for each place it occurs. */
function startLines(text: string, span: string): number[] {
  const lines: number[] = [];
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) lines.push(text.slice(0, at).split('\n').length);
  return lines;
}

/** What is wrong with one pair's gold, as readable lines (none when it is well formed). */
export function goldProblems(dir: string): string[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const article = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as Article;
  const texts = article.revisions.map((r) => readFileSync(join(dir, r.file), 'utf8'));
  const older = texts[0];
  const newer = texts[texts.length - 1];
  const problems: string[] = [];
  if (gold.split !== 'dev' && gold.split !== 'test') problems.push(`split ${JSON.stringify(gold.split)} is neither dev nor test`);
  if (typeof gold.genre !== 'string' || !gold.genre) problems.push('no genre');
  if (!Array.isArray(gold.differences)) return [...problems, 'differences is not a list'];
  const ids = new Set<string>();
  for (const d of gold.differences) {
    const id = String(d.id);
    if (ids.has(id)) problems.push(`${id}: id given twice`);
    ids.add(id);
    if (!KINDS.has(d.kind)) problems.push(`${id}: kind ${JSON.stringify(d.kind)}`);
    if (d.also !== undefined && (!Array.isArray(d.also) || d.also.some((k: unknown) => !KINDS.has(k as string)))) problems.push(`${id}: also ${JSON.stringify(d.also)} is not a list of kinds`);
    // An addition or removal may give both sides (a clause dropped from a statement that stays: the statement on
    // each side); a two-sided kind needs both.
    if (!ONE_SIDED.has(d.kind) && d.kind !== 'internal-contradiction' && (d.old == null || d.new == null)) problems.push(`${id}: ${d.kind} needs both sides`);
    for (const [side, text, lineKey] of [['old', older, 'old_line'], ['new', newer, 'new_line']] as const) {
      const span = d[side];
      if (span == null) continue;
      // A contradiction's two spans lie in one revision, named by `revision`.
      const where = d.kind === 'internal-contradiction' ? texts.join('\n') : text;
      if (typeof span !== 'string' || !where.includes(span)) {
        problems.push(`${id}: ${side} span is not in the ${side === 'old' ? 'older' : 'newer'} file`);
        continue;
      }
      const line = d[lineKey];
      if (line != null && d.kind !== 'internal-contradiction') {
        const starts = startLines(text, span);
        const within = starts.some((s) => line >= s && line <= s + span.split('\n').length - 1);
        if (!within) problems.push(`${id}: ${lineKey} ${line}, but the span starts on line ${starts.join(', ')}`);
      }
    }
  }
  for (const n of gold.not_differences ?? []) {
    for (const [side, text] of [['old', older], ['new', newer]] as const) {
      const span = n[side];
      if (span != null && (typeof span !== 'string' || !text.includes(span))) problems.push(`not_differences ${n.id}: ${side} span is not in the ${side === 'old' ? 'older' : 'newer'} file`);
    }
  }
  return problems;
}

describe('the gold files of the evaluation set', () => {
  const pairs = listPairs();
  it('are well formed: known kinds, `also` a list of kinds, every span in its file on the line it names', () => {
    expect(pairs.length).toBeGreaterThan(0);
    const bad = pairs.flatMap((p) => goldProblems(p.dir).map((x) => `${p.slug}: ${x}`));
    expect(bad).toEqual([]);
  });
});
