// Cost bound of issue 8: a 2 MB revision whose paragraphs repeat thousands of times — read, reconcile (against the seed and against itself), compose and every writer; time and peak RSS.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BuildOptions, Revision } from '../pipeline/model.ts';
import { readRevision } from '../pipeline/read/index.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { composeBriefing } from '../pipeline/compose/index.ts';
import { renderPdf } from '../pipeline/render/pdf/index.ts';
import { renderHtml } from '../pipeline/render/xhtml/html.ts';
import { renderEpub } from '../pipeline/render/xhtml/epub.ts';
import { renderJson } from '../pipeline/render/data/json.ts';
import { boundHeapGrowth } from '../pipeline/io.ts';

// As `brief` does (cli.ts).
boundHeapGrowth();

const TARGET = Number(process.env.LARGE_BYTES ?? 2_000_000);
const dir = 'sources/mongolia-russia';
const older = readFileSync(`${dir}/01-older-rendered-page.txt`);
const newer = readFileSync(`${dir}/02-newer-sectioned-export.txt`, 'utf8');

/** The newer seed's body paragraphs repeated under numbered sections until the file is TARGET bytes. */
function largeRevision(): string {
  const paragraphs = newer.split('\n\n').filter((p) => !/^=|^Infobox|^- /.test(p) && p.length > 80);
  const out = ['= Mongolia–Russia relations =', ''];
  let size = 0;
  for (let i = 0; size < TARGET; i++) {
    const block = `== Part ${i + 1} ==\n\n${paragraphs[i % paragraphs.length]}\n`;
    out.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return out.join('\n');
}

function revision(id: string, path: string, bytes: Uint8Array): Revision {
  const r = readRevision(path, bytes);
  return { id, label: id, file: path, format: r.format, title: r.title, tree: r.tree, vfile: r.file };
}

const options: BuildOptions = { paper: 'a4', formats: ['pdf', 'xhtml', 'epub', 'json'], buildTime: 1700000000, version: 'bench' };
const rows: Array<[string, string, string, string]> = [];
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
/** Wall time and this process's CPU time of one step (the machine may be shared: CPU time is the steadier figure). */
const timed = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await work();
  const files = Array.isArray(value) ? ` (${(value as Array<{ bytes: Uint8Array }>).reduce((n, f) => n + f.bytes.byteLength, 0) / 1e6} MB)` : '';
  rows.push([label + files, `${((performance.now() - t0) / 1000).toFixed(2)} s`, `${cpuSeconds(process.cpuUsage(c0)).toFixed(2)} s`, `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`]);
  process.stderr.write(`${rows[rows.length - 1].join(' · ')}\n`);
  return value;
};

const started = performance.now();
const text = largeRevision();
const bytes = new TextEncoder().encode(text);
const paragraphs = text.split('\n\n').length;
const big = await timed('read the large revision', () => revision('r2', 'large.txt', bytes));
// Only the count of differences is kept: the reconciliation of the revision against itself (and its copy) is let go
// before the next step, as a build holds no such thing (43 MB of the heap when it was kept to the end).
const selfDifferences = (await timed('reconcile it against itself', () => reconcile([big, revision('r3', 'large-copy.txt', bytes)], { name: 'large', title: big.title, language: 'en' }))).reconciled.discrepancies.length;
const seed = revision('r1', 'older.txt', older);
const pair = await timed('reconcile it against the older seed', () => reconcile([seed, big], { name: 'large', title: big.title, language: 'en' }));
const briefing = await timed('compose', () => composeBriefing(pair.reconciled, options));
const outputs = [
  ...(await timed('render PDF', () => renderPdf(briefing, options))),
  ...(await timed('render web page', () => renderHtml(briefing, options))),
  ...(await timed('render EPUB', () => renderEpub(briefing, options))),
  ...(await timed('render JSON', () => renderJson(briefing, options))),
];
const total = (performance.now() - started) / 1000;
const peak = process.resourceUsage().maxRSS / 1024;

console.log(`\n## Large revision (bench/large.ts): ${(bytes.length / 1e6).toFixed(2)} MB, ${paragraphs} paragraphs (the seed's repeated)\n`);
console.log('| step | time | CPU | peak RSS so far |\n|---|---:|---:|---:|');
for (const [label, time, cpu, rss] of rows) console.log(`| ${label} | ${time} | ${cpu} | ${rss} |`);
console.log(`| **total** | **${total.toFixed(1)} s** | **${cpuSeconds(process.cpuUsage()).toFixed(1)} s** | **${peak.toFixed(0)} MiB** |`);
console.log(`\npeak RSS ${peak.toFixed(0)} MiB; against itself: ${selfDifferences} differences; against the seed: ${pair.reconciled.discrepancies.length} discrepancies; ${outputs.length} output files, ${(outputs.reduce((n, f) => n + f.bytes.byteLength, 0) / 1e6).toFixed(1)} MB`);
const ok = selfDifferences === 0 && total < 60 && peak < 1024;
console.log(ok ? 'within the bound (< 60 s, < 1 GiB, 0 differences against itself)' : 'OUTSIDE THE BOUND of issue 8 (60 s, 1 GiB, 0 differences against itself)');
if (!ok) process.exitCode = 1;
