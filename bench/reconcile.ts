// Reconciliation time on the seed pair, synthetic articles 10× and 100× its length, and paragraphs repeated thousands of times.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Revision } from '../pipeline/model.ts';
import { readRevision } from '../pipeline/read/index.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';

const dir = 'sources/mongolia-russia';
const olderText = readFileSync(`${dir}/01-older-rendered-page.txt`, 'utf8');
const newerText = readFileSync(`${dir}/02-newer-sectioned-export.txt`, 'utf8');

function revision(id: string, path: string, text: string, format?: 'markdown'): Revision {
  const r = readRevision(path, new TextEncoder().encode(text), format ? { format } : {});
  return { id, label: id, file: path, format: r.format, title: r.title, tree: r.tree, vfile: r.file };
}

/** A synthetic article: `n` sections of varied prose whose years and words differ per copy, with edits in the newer one. */
function synthetic(n: number): [string, string] {
  const older: string[] = ['# Synthetic'];
  const newer: string[] = ['# Synthetic'];
  const words = ['harbour', 'council', 'railway', 'market', 'bridge', 'tower', 'canal', 'mill', 'school', 'church', 'garden', 'theatre'];
  for (let i = 0; i < n; i++) {
    const w = (k: number) => words[(i * 7 + k) % words.length];
    const year = 1800 + (i % 200);
    const s1 = `The ${w(0)} of district ${i} was built in ${year} by the ${w(1)} guild number ${i}.`;
    const s2 = `Its ${w(2)} served ${100 + i} families until the ${w(3)} closed in ${year + 40}.`;
    const s3 = `Records ${i} mention a ${w(4)} and a ${w(5)} near the ${w(6)} of ward ${i}.`;
    const s4 = `A survey of ${i} found that ${(i % 90) + 5}% of residents used the ${w(7)} daily.`;
    older.push(`## Part ${i}`, `${s1} ${s2}`, `${s3} ${s4}`);
    // Every fifth section changes: a year, a word, a new sentence, a moved paragraph.
    const edit = i % 5;
    const n1 = edit === 0 ? s1.replace(String(year), String(year + 1)) : s1;
    const n2 = edit === 1 ? s2.replace('served', 'supplied') : s2;
    const extra = edit === 2 ? ` A plaque for part ${i} was unveiled in ${year + 100}.` : '';
    newer.push(`## Part ${i}`);
    if (edit === 3) newer.push(`${s3} ${s4}`, `${n1} ${n2}`);
    else newer.push(`${n1} ${n2}${extra}`, `${s3} ${s4}`);
  }
  return [older.join('\n\n') + '\n', newer.join('\n\n') + '\n'];
}

/** An article whose few paragraphs repeat thousands of times (the worst case for content hashing). */
function repeated(copies: number): [string, string] {
  const body = ['The same paragraph appears again in 1990 with the same words.', 'Another identical paragraph follows it here.'];
  const older = ['# Repeated'];
  const newer = ['# Repeated'];
  for (let i = 0; i < copies; i++) {
    older.push(...body);
    newer.push(...(i === copies >> 1 ? [body[1], body[0]] : body));
  }
  newer.push('One new paragraph at the end, added in 2024.');
  return [older.join('\n\n') + '\n', newer.join('\n\n') + '\n'];
}

function time(label: string, make: () => Revision[]) {
  const revisions = make();
  const units = revisions.reduce((n, r) => n + r.tree.children.length, 0);
  reconcile(revisions, { name: 'bench', title: label, language: 'en' }); // warm-up
  const runs: number[] = [];
  let found = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    found = reconcile(revisions, { name: 'bench', title: label, language: 'en' }).reconciled.discrepancies.length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const bytes = revisions.reduce((n, r) => n + String(r.vfile.value).length, 0);
  return { label, blocks: units, kB: bytes / 1024, ms: runs[1], found };
}

const seedBytes = olderText.length + newerText.length;
const rows = [
  time('seed pair', () => [revision('r1', 'old.txt', olderText), revision('r2', 'new.txt', newerText)]),
];
for (const scale of [1, 10, 100]) {
  // One synthetic section is ~0.5 kB per side; size the base case like the seed pair.
  const sections = Math.max(1, Math.round((seedBytes / 2 / 480) * scale));
  const [a, b] = synthetic(sections);
  rows.push(time(`synthetic ${scale}×`, () => [revision('r1', 'a.md', a, 'markdown'), revision('r2', 'b.md', b, 'markdown')]));
}
for (const copies of [1000, 5000]) {
  const [a, b] = repeated(copies);
  rows.push(time(`repeated ×${copies}`, () => [revision('r1', 'a.md', a, 'markdown'), revision('r2', 'b.md', b, 'markdown')]));
}

const base = rows[1];
console.log('reconcile (align → facts → compare → resolve), median of 3 runs');
console.log(['case'.padEnd(18), 'blocks'.padStart(7), 'kB'.padStart(8), 'ms'.padStart(9), 'µs/kB'.padStart(8), 'vs 1×'.padStart(7), 'found'.padStart(6)].join(' '));
for (const r of rows) {
  const perKb = (r.ms * 1000) / r.kB;
  const growth = (r.ms / base.ms) / (r.kB / base.kB);
  console.log([r.label.padEnd(18), String(r.blocks).padStart(7), r.kB.toFixed(1).padStart(8), r.ms.toFixed(1).padStart(9), perKb.toFixed(0).padStart(8), growth.toFixed(2).padStart(7), String(r.found).padStart(6)].join(' '));
}
console.log('"vs 1×" is time per kB relative to the synthetic 1× case: near 1 means linear growth.');
