// The `brief diff` command: read two revisions (or an article folder), reconcile, print text or JSON, exit code.
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { loadArticle } from '../article.ts';
import { formatMessage, userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { Decisions, Discrepancy, DiscrepancySide, Reconciled, Revision } from '../model.ts';
import { readRevision } from '../read/index.ts';
import { reconcile } from './index.ts';
import { needsDecision } from './resolve.ts';

export interface DiffReport {
  article: string;
  revisions: Array<{ id: string; file: string; label: string; date?: string }>;
  discrepancies: Array<Omit<Discrepancy, 'changes' | 'old' | 'new'> & { old: ReportSide | null; new: ReportSide | null }>;
}
type ReportSide = { revision: string; text: string; line: number; file?: string };

const reportSide = (s: DiscrepancySide | null): ReportSide | null => (s ? { revision: s.revision, text: s.text, line: s.line, ...(s.file ? { file: s.file } : {}) } : null);

/** The JSON report of `brief diff --json` (the shape issue 4 fixes). */
export function diffReport(reconciled: Reconciled): DiffReport {
  return {
    article: reconciled.article.title,
    revisions: reconciled.revisions.map(({ id, file, label, date }) => ({ id, file, label, ...(date ? { date } : {}) })),
    discrepancies: reconciled.discrepancies.map(({ changes: _changes, old, new: newer, ...rest }) => ({
      id: rest.id,
      kind: rest.kind,
      section: rest.section,
      old: reportSide(old),
      new: reportSide(newer),
      facts: rest.facts,
      significance: rest.significance,
      ...(rest.part ? { part: rest.part } : {}),
      ...(rest.history ? { history: rest.history.map((h) => reportSide(h)!) } : {}),
      resolution: rest.resolution,
    })),
  };
}

interface Palette {
  kind: (s: string) => string;
  removed: (s: string) => string;
  added: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
}

export function palette(colour: boolean): Palette {
  const wrap = (open: string, close: string) => (s: string) => (colour ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return colour
    ? { kind: wrap('1', '22'), removed: wrap('31', '39'), added: wrap('32', '39'), dim: wrap('2', '22'), heading: wrap('1;4', '22;24') }
    : { kind: (s) => s, removed: (s) => `[-${s}-]`, added: (s) => `{+${s}+}`, dim: (s) => s, heading: (s) => s };
}

/** Mark a run of words, leaving its trailing space outside the mark. */
const outside = (value: string, mark: (s: string) => string) => {
  const body = value.trimEnd();
  return body ? mark(body) + value.slice(body.length) : value;
};

/** One discrepancy in full: kind, id and changed facts, both sides with the changed words marked and `file:line`, the resolution. */
export function discrepancyText(d: Discrepancy, colour: boolean): string {
  const p = palette(colour);
  const out: string[] = [];
  const where = (s: DiscrepancySide) => p.dim(`${s.file ?? s.revision}:${s.line}`);
  out.push(`  ${p.kind(d.kind)} ${p.dim(d.id)}${d.facts.length && (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') ? `  ${d.facts.map((f) => `${f.type}: ${f.old ?? '∅'} → ${f.new ?? '∅'}`).join('; ')}` : ''}`);
  if (d.changes && d.old && d.new) {
    const older = d.changes.filter((c) => !c.added).map((c) => (c.removed ? outside(c.value, p.removed) : c.value)).join('');
    const newer = d.changes.filter((c) => !c.removed).map((c) => (c.added ? outside(c.value, p.added) : c.value)).join('');
    out.push(`    - ${where(d.old)}  ${older}`, `    + ${where(d.new)}  ${newer}`);
  } else {
    if (d.old) out.push(`    - ${where(d.old)}  ${d.new ? d.old.text : p.removed(d.old.text)}`.replace(/\n/g, '\n      '));
    if (d.new) out.push(`    + ${where(d.new)}  ${d.old ? d.new.text : p.added(d.new.text)}`.replace(/\n/g, '\n      '));
  }
  const r = d.resolution;
  out.push(p.dim(`    → ${r.policy}${r.source ? ` (${r.source})` : ''}${r.note ? `: ${r.note}` : ''}`));
  return out.join('\n');
}

/** A rewording that changes no fact, on one line: its id, section, the changed words and where. */
function minorLine(d: Discrepancy, colour: boolean): string {
  const p = palette(colour);
  const removed = (d.changes ?? []).filter((c) => c.removed).map((c) => c.value.trim()).filter(Boolean).join(' … ');
  const added = (d.changes ?? []).filter((c) => c.added).map((c) => c.value.trim()).filter(Boolean).join(' … ');
  const at = d.new ?? d.old;
  const change = [removed && p.removed(removed), added && p.added(added)].filter(Boolean).join(' → ') || (d.new ?? d.old)!.text.slice(0, 60);
  return `  ${p.kind(d.kind)} ${p.dim(d.id)}  ${d.section}: ${change}  ${p.dim(at ? `${at.file ?? at.revision}:${at.line}` : '')}`;
}

/**
 * The report for people, leading with what matters: conflicts and contradictions, then changes that carry or
 * change a fact (each in full, grouped by section, in article order), then rewordings that change no fact one line
 * each, then the reference list.
 */
export function diffText(reconciled: Reconciled, colour: boolean): string {
  const p = palette(colour);
  const out: string[] = [];
  const conflict = (d: Discrepancy) => d.kind === 'fact-conflict' || d.kind === 'internal-contradiction';
  const groups: Array<[string, Discrepancy[], 'full' | 'line']> = [
    ['Conflicts', reconciled.discrepancies.filter((d) => conflict(d) && d.part !== 'references'), 'full'],
    ['Changes of fact', reconciled.discrepancies.filter((d) => !conflict(d) && d.part !== 'references' && d.significance !== 'minor'), 'full'],
    ['Rewordings that change no fact', reconciled.discrepancies.filter((d) => !conflict(d) && d.part !== 'references' && d.significance === 'minor'), 'line'],
    ['Reference list', reconciled.discrepancies.filter((d) => d.part === 'references'), 'line'],
  ];
  for (const [title, list, form] of groups) {
    if (!list.length) continue;
    out.push(p.heading(`${title} (${list.length})`), '');
    if (form === 'line') {
      out.push(...list.map((d) => minorLine(d, colour)), '');
      continue;
    }
    const bySection = new Map<string, Discrepancy[]>();
    for (const d of list) bySection.set(d.section, [...(bySection.get(d.section) ?? []), d]);
    for (const [section, items] of bySection) {
      out.push(`${section}`, '');
      for (const d of items) out.push(discrepancyText(d, colour), '');
    }
  }
  const counts = new Map<string, number>();
  for (const d of reconciled.discrepancies) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  out.push(
    reconciled.discrepancies.length
      ? `${reconciled.discrepancies.length} discrepancies: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`
      : 'no discrepancies',
  );
  return `${out.join('\n')}\n`;
}

async function readRevisionFile(path: string, id: string): Promise<Revision> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw userMessage('missing-file', { path, reason: error.code === 'ENOENT' ? 'no such file' : error.message }, undefined, path);
  });
  const { tree, format, title, file } = readRevision(path, bytes);
  return { id, label: basename(path), file: path, format, title, tree, vfile: file };
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Run `brief diff`; returns the exit code (0 ok, 2 bad input, 3 `--strict` with an unresolved conflict). */
export async function diffCommand(opts: { paths: string[]; json: boolean; strict: boolean }): Promise<number> {
  const warn = (m: VFileMessage) => process.stderr.write(`${formatMessage(m)}\n`);
  try {
    let revisions: Revision[];
    let name: string;
    let title: string;
    let language = 'en';
    let decisions: Decisions | undefined;
    let decisionsFile: string | undefined;
    if (opts.paths.length === 1 && (await isDirectory(opts.paths[0]))) {
      const article = await loadArticle(opts.paths[0]);
      article.messages.forEach(warn);
      ({ revisions, name, title, language, decisions, decisionsFile } = article);
    } else if (opts.paths.length === 2) {
      revisions = [await readRevisionFile(opts.paths[0], 'r1'), await readRevisionFile(opts.paths[1], 'r2')];
      name = basename(opts.paths[1]).replace(/\.[^.]+$/, '');
      title = revisions[1].title;
    } else if (opts.paths.length === 1 && !(await stat(opts.paths[0]).then(() => true, () => false))) {
      throw userMessage('missing-file', { path: opts.paths[0], reason: 'no such file or folder' }, undefined, opts.paths[0]);
    } else {
      throw userMessage('usage', { reason: `diff takes two revision files or one article folder, not ${opts.paths.length} path(s)` });
    }
    const { reconciled, messages } = reconcile(revisions, { name, title, language, decisions, decisionsFile });
    messages.forEach(warn);
    const colour = !opts.json && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    process.stdout.write(opts.json ? `${JSON.stringify(diffReport(reconciled), null, 2)}\n` : diffText(reconciled, colour));
    if (opts.strict) {
      const open = reconciled.discrepancies.filter(needsDecision);
      if (open.length) {
        for (const d of open) {
          const s = d.old ?? d.new!;
          process.stderr.write(`${s.file ?? s.revision}:${s.line}: error: ${d.kind} ${d.id} has no editor decision; pin one in ${decisionsFile ?? 'sources/<article>/decisions.json'} [unresolved]\n`);
        }
        return EXIT.unresolved;
      }
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof VFileMessage) {
      warn(error);
      return EXIT.badInput;
    }
    throw error;
  }
}
