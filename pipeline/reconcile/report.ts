// The reconciliation report: `brief diff`'s JSON shape and its text for people (the command is commands/diff.ts).
import type { Discrepancy, DiscrepancySide, Reconciled } from '../model.ts';

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
