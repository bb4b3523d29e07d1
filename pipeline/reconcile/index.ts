// Reconcile stage entry: revisions' trees → Reconciled (align → extract facts → compare → resolve → decide → the decided
// tree's text in sentences), plus warnings.
import type { VFileMessage } from 'vfile-message';
import type { Article, Decisions, Discrepancy, DiscrepancySide, Fact, Reconciled, Revision } from '../model.ts';
import { alignRevisions, type Alignment } from './align.ts';
import { articleText } from './article-text.ts';
import { assignIds, compareRevisions, contradictionFindings, partOf, significanceOf, type Finding } from './compare.ts';
import { findContradictions } from './contradictions.ts';
import { buildDatasets } from './datasets.ts';
import { extractFacts, type FactMention } from './facts.ts';
import { carryCitations, cloneWithMap, markDiscrepancies, markProvenance } from './provenance.ts';
import { repinDecisions, repinnedWarnings, resolveDiscrepancy, staleDecisions } from './resolve.ts';
import { applyDecisions, propagateDecidedDates } from './decide.ts';
import { nextGeneration } from '../memo.ts';
import { digest } from './tokens.ts';
import { collectUnits, type RevisionUnits } from './units.ts';

export interface ReconcileOptions {
  name: string;
  title: string;
  language: string;
  /** SPDX identifier of the article's licence, from its manifest. */
  license?: string;
  decisions?: Decisions;
  /** Path of the decisions file, for messages. */
  decisionsFile?: string;
}

/** What an article folder tells reconcile: its name, title, language, licence and the editor's decisions. */
export function articleOptions(article: Pick<Article, 'name' | 'title' | 'language' | 'license' | 'decisions'> & { decisionsFile?: string }): ReconcileOptions {
  return {
    name: article.name,
    title: article.title,
    language: article.language,
    license: article.license,
    decisions: article.decisions,
    decisionsFile: article.decisionsFile,
  };
}

/** Facts of every sentence, list item and infobox entry of a revision, with their place. */
export function revisionFacts(rev: RevisionUnits): Fact[] {
  const facts: Fact[] = [];
  // Repeated text (boilerplate, repeated paragraphs) is read once.
  const seen = new Map<string, ReturnType<typeof extractFacts>>();
  for (const u of rev.units) {
    if (u.kind === 'reference') continue;
    let found = seen.get(u.text);
    if (!found) seen.set(u.text, (found = extractFacts(u.text, { language: rev.language })));
    for (const f of found) {
      facts.push({
        id: digest(rev.revision.id, u.key, f.type, f.text, String(f.start)),
        ...typed(f),
        sentence: u.text,
        revision: rev.revision.id,
        file: rev.revision.file,
        line: u.line,
        column: u.column,
      });
    }
  }
  return facts;
}

/**
 * What every revision says of a conflicting statement: the aligned statement followed back through the older
 * revisions and on through the newer ones, oldest first.
 */
function historyOf(f: Finding & { step?: number }, units: RevisionUnits[], alignments: Alignment[]): DiscrepancySide[] {
  const step = f.step ?? 0;
  const sideOf = (rev: RevisionUnits, u: number): DiscrepancySide => {
    const unit = rev.units[u];
    return { revision: rev.revision.id, text: unit.text, line: unit.line, column: unit.column, file: rev.revision.file };
  };
  const history: DiscrepancySide[] = [];
  let u: number | undefined = f.pair!.old;
  for (let r = step; r >= 0 && u !== undefined; r--) {
    history.unshift(sideOf(units[r], u));
    const back: number | undefined = r > 0 ? alignments[r - 1].byNew.get(u) : undefined;
    u = back === undefined ? undefined : alignments[r - 1].pairs[back].old;
  }
  u = f.pair!.new;
  for (let r = step + 1; r < units.length && u !== undefined; r++) {
    history.push(sideOf(units[r], u));
    const on: number | undefined = r + 1 < units.length ? alignments[r].byOld.get(u) : undefined;
    u = on === undefined ? undefined : alignments[r].pairs[on].new;
  }
  return history;
}

/** A mention's type, text and value, kept together so the value's shape follows its type. */
type Stated<M = FactMention> = M extends FactMention ? Pick<M, 'type' | 'text' | 'value'> : never;
const typed = (f: FactMention): Stated =>
  f.type === 'date' ? { type: f.type, text: f.text, value: f.value } : f.type === 'quantity' ? { type: f.type, text: f.text, value: f.value } : { type: f.type, text: f.text, value: f.value };

/** The facts an editor's custom text states, read again from it, sourced to the entry in the decisions file (revision `editor`). */
function editorFacts(discrepancies: readonly Discrepancy[], decisions: Decisions | undefined, file: string, language: string): Fact[] {
  return discrepancies
    .filter((d) => d.resolution.policy === 'editor-custom' && d.resolution.value.trim())
    .flatMap((d) => {
      const line = decisions?.[d.id]?.place?.line ?? 1;
      return extractFacts(d.resolution.value, { language }).map((f): Fact => ({
        id: digest('editor', d.id, f.type, f.text, String(f.start)),
        ...typed(f),
        sentence: d.resolution.value,
        revision: 'editor',
        file,
        line,
      }));
    });
}

/** Compare every consecutive pair of revisions and each revision with itself; findings get ids. */
export function findDiscrepancies(units: RevisionUnits[]): { findings: Finding[]; alignments: Alignment[] } {
  const findings: Finding[] = [];
  const alignments: Alignment[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const alignment = alignRevisions(units[i], units[i + 1]);
    alignments.push(alignment);
    for (const f of compareRevisions(units[i], units[i + 1], alignment)) findings.push({ ...f, step: i });
  }
  // A contradiction several revisions repeat is one discrepancy, decided once: the newest revision's.
  const contradictions = new Map<string, Finding[]>();
  for (const rev of units) {
    for (const c of findContradictions(rev)) {
      const key = [c.first.subject, c.first.event, ...[c.first.date.iso, c.second.date.iso].sort()].join('|');
      contradictions.set(key, contradictionFindings(rev, [c]));
    }
  }
  for (const found of contradictions.values()) findings.push(...found);
  if (units.length > 2) for (const f of findings) if (f.discrepancy.kind === 'fact-conflict' && f.pair) f.discrepancy.history = historyOf(f, units, alignments);
  assignIds(findings);
  return { findings, alignments };
}

export function reconcile(revisions: Revision[], options: ReconcileOptions): { reconciled: Reconciled; messages: VFileMessage[] } {
  if (revisions.length === 0) throw new Error('reconcile needs at least one revision');
  nextGeneration();
  const units = revisions.map((r) => collectUnits(r, options.language));
  const { findings, alignments } = findDiscrepancies(units);
  const unresolved = findings.map((f) => {
    const part = partOf(f);
    return { ...f.discrepancy, significance: significanceOf(f), ...(part ? { part } : {}) };
  });
  // A decision whose statement changed wording follows it to its new id.
  const { effective, moved } = repinDecisions(options.decisions, unresolved);
  const discrepancies: Discrepancy[] = unresolved.map((d) => ({ ...d, resolution: resolveDiscrepancy(d, effective, options.decisionsFile) }));
  const followed = new Set(moved.map((m) => m.from));
  const messages = [
    ...repinnedWarnings(moved, options.decisions, options.decisionsFile),
    ...staleDecisions(options.decisions, new Set([...discrepancies.map((d) => d.id), ...followed]), options.decisionsFile),
  ];

  const newest = units[units.length - 1];
  const { clone: tree, map } = cloneWithMap(newest.revision.tree);
  markProvenance(tree, newest.revision);
  // A heading whose depth the newest format could not show takes it from an older revision that states it.
  if (units.length > 1) {
    const older = units[units.length - 2];
    for (const [o, n] of alignments[alignments.length - 1].sections) {
      const from = older.sections[o];
      const to = newest.sections[n];
      const target = to.heading && (map.get(to.heading) as typeof to.heading | undefined);
      if (target && to.depthInferred && from.heading && !from.depthInferred) {
        target.depth = from.heading.depth;
        target.data = { ...(target.data ?? {}), depthInferred: false, depthFrom: older.revision.id };
      }
    }
  }
  markDiscrepancies(findings, newest, map);
  if (units.length > 1) {
    const older = units[units.length - 2];
    const alignment = alignments[alignments.length - 1];
    const changed = new Set(findings.filter((f) => f.pair && f.discrepancy.kind === 'fact-conflict').map((f) => f.pair));
    const keptOlder = new Set(findings.filter((f, i) => f.pair && discrepancies[i].resolution.policy === 'editor-older').map((f) => f.pair));
    carryCitations(
      older,
      newest,
      alignment.pairs.map((p) => ({ old: older.units[p.old], new: newest.units[p.new], changedFacts: changed.has(p), keptOlder: keptOlder.has(p) })),
      tree,
      map,
    );
  }
  // The editor's decisions change the reconciled text itself; every dataset is read from that text.
  const decided = applyDecisions(
    tree,
    map,
    findings,
    discrepancies,
    units.length > 1 ? units[units.length - 2] : undefined,
    newest,
    alignments[alignments.length - 1],
    options.decisionsFile ?? 'decisions.json',
    effective,
  );
  let reconciledUnits = decided ? collectUnits({ ...newest.revision, tree }, options.language) : newest;
  if (decided && propagateDecidedDates(tree, findings, discrepancies, reconciledUnits)) reconciledUnits = collectUnits({ ...newest.revision, tree }, options.language);
  const found = {
    article: { name: options.name, title: options.title, language: options.language, ...(options.license ? { license: options.license } : {}) },
    revisions: revisions.map(({ id, label, date, file, format }) => ({ id, label, date, file, format })),
    tree,
    facts: [...units.flatMap(revisionFacts), ...editorFacts(discrepancies, effective, options.decisionsFile ?? 'decisions.json', options.language)],
    discrepancies,
    datasets: buildDatasets(reconciledUnits),
  };
  // The text the writers show, in sentences, read from the decided tree with the discrepancies' ids.
  return { reconciled: { ...found, text: articleText(found) }, messages };
}
