// Apply the editor's decisions to the reconciled tree: a kept older statement, a refused addition, a custom text become the article's text.
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Decisions, Discrepancy, Provenance } from '../model.ts';
import type { Alignment } from './align.ts';
import type { Finding } from './compare.ts';
import { datedStatements, definedAcronyms, type DatedStatement } from './contradictions.ts';
import { datesAgree } from './facts.ts';
import { flatten, type RevisionUnits, type Unit } from './units.ts';

/** What the reconciled text now says instead of the newest revision's words, and where that comes from. */
export interface DecidedText {
  discrepancy: string;
  action: 'keep-older' | 'keep-newer' | 'custom';
  note?: string;
  /** The decided text's source: the older revision's place, or the editor's entry in decisions.json (revision `editor`). */
  source: Provenance;
  /** Only a value inside a statement of the newest revision was changed (a decided date stated again): the statement keeps its own source. */
  within?: boolean;
}

type Edit = { node: Nodes; start: number; end: number; text: string | null; decided: DecidedText };

const decidedData = (d: Discrepancy, action: DecidedText['action'], source: DecidedText['source']): DecidedText => ({
  discrepancy: d.id,
  action,
  ...(d.resolution.note ? { note: d.resolution.note } : {}),
  source,
});

const provenanceOf = (rev: RevisionUnits, u: Unit): Provenance => ({ revision: rev.revision.id, file: rev.revision.file, line: u.line, column: u.column });

/** A text node with the decided text, marked so every writer can say it was decided. */
function decidedNode(text: string, decided: DecidedText): PhrasingContent {
  return { type: 'text', value: text, data: { decided } } as PhrasingContent;
}

/**
 * Replace the text between two offsets of a phrasing container's flattened text (see `flatten`) with `text`, or
 * remove it when `text` is null. Citation markers inside the span go with the words they cited.
 */
export function spliceText(node: Nodes, start: number, end: number, text: string | null, decided: DecidedText): void {
  const flat = flatten(node);
  const pieces = flat.pieces.filter((p) => p.start < end && p.start + p.value.length > start);
  if (!pieces.length) return;
  // Markers cited by the replaced words (those after the span's first word, up to its end) go too.
  const markers = flat.markers.filter((m) => m.offset > start && m.offset <= end).map((m) => m.identifier);
  if (markers.length && 'children' in node) {
    const drop = new Set(markers);
    const prune = (parent: Nodes) => {
      if (!('children' in parent)) return;
      // A citation carried over from the older revision stays: it is the kept older statement's own.
      (parent as { children: Nodes[] }).children = (parent.children as Nodes[]).filter((c) => !(c.type === 'footnoteReference' && drop.has(c.identifier) && !(c.data as { carriedFrom?: unknown } | undefined)?.carriedFrom));
      for (const c of parent.children as Nodes[]) prune(c);
    };
    prune(node);
  }
  const after = flatten(node);
  const live = after.pieces.filter((p) => p.start < end && p.start + p.value.length > start);
  for (const p of [...live].reverse()) {
    const t = p.node as { value: string };
    const from = Math.max(0, start - p.start);
    const to = Math.min(p.value.length, end - p.start);
    if (p === live[0]) {
      const parent = p.parent as { children: Nodes[] };
      const before = { ...(p.node as object), value: p.value.slice(0, from) } as Nodes;
      const rest = { ...(p.node as object), value: p.value.slice(to) } as Nodes;
      const middle = text === null ? [] : [decidedNode(text, decided) as Nodes];
      parent.children.splice(p.index, 1, ...[before, ...middle, rest].filter((n) => n.type !== 'text' || (n as { value: string }).value !== '' || middle.includes(n)));
    } else {
      t.value = p.value.slice(0, from) + p.value.slice(to);
    }
  }
}

/** The reconciled tree's node for a unit of the newest revision. */
const inTree = (map: Map<Nodes, Nodes>, u: Unit) => map.get(u.node);

/**
 * Apply every editor decision to the reconciled tree (a clone of the newest revision's): `keep-older` puts the
 * older statement back (where it stood, when the newest revision removed it) or takes out what the newest
 * revision added; `custom` puts the editor's text in the statement's place; `keep-newer` changes no text. Each
 * decided text node carries `data.decided` (discrepancy, action, note, source).
 */
export function applyDecisions(
  tree: Root,
  map: Map<Nodes, Nodes>,
  findings: readonly Finding[],
  discrepancies: readonly Discrepancy[],
  older: RevisionUnits | undefined,
  newest: RevisionUnits,
  alignment: Alignment | undefined,
  decisionsFile: string,
  decisions?: Decisions,
): number {
  // The editor's own text comes from their entry in the decisions file.
  const editorSource = (id: string): Provenance => ({ revision: 'editor', file: decisionsFile, line: decisions?.[id]?.place?.line ?? 1 });
  const edits: Edit[] = [];
  const inserts: Array<{ after: Nodes | undefined; paragraph: Paragraph }> = [];
  let decidedCount = 0;
  findings.forEach((f, i) => {
    const d = discrepancies[i];
    const policy = d.resolution.policy;
    if (policy === 'newest') return;
    decidedCount++;
    const action: DecidedText['action'] = policy === 'editor-older' ? 'keep-older' : policy === 'editor-newer' ? 'keep-newer' : 'custom';
    const newUnits = f.newUnits.filter((u) => newest.units[u.index] === u);
    const oldUnits = older ? f.oldUnits.filter((u) => older.units[u.index] === u) : [];
    const replacement = action === 'custom' ? d.resolution.value : action === 'keep-older' ? (d.old?.text ?? null) : undefined;
    // A contradiction is inside one revision: its kept date is stated everywhere by propagateDecidedDates; only
    // custom text replaces its second statement, and only where the reconciled text holds it.
    if (d.kind === 'internal-contradiction' && action !== 'custom') return;
    if (replacement === undefined) {
      // keep-newer: the text stays; mark it decided.
      for (const u of newUnits) {
        const node = inTree(map, u);
        if (node) ((node.data ??= {}) as Record<string, unknown>).decided = decidedData(d, action, d.new ? provenanceOf(newest, u) : editorSource(d.id));
      }
      return;
    }
    const source = action === 'custom' || !oldUnits[0] || !older ? editorSource(d.id) : provenanceOf(older, oldUnits[0]);
    const decided = decidedData(d, action, source);
    if (newUnits.length) {
      // The statement is in the reconciled text: replace it (the first unit takes the text, the rest go).
      newUnits.forEach((u, k) => {
        const node = inTree(map, u);
        if (!node) return;
        const text = k === 0 && replacement ? replacement : null;
        if (u.kind === 'sentence' || u.kind === 'caption') edits.push({ node, start: u.start, end: u.end, text, decided });
        else edits.push({ node, start: 0, end: flatten(node).text.length, text, decided });
      });
      return;
    }
    // Removed by the newest revision: put it back after the aligned statement that preceded it.
    if (d.kind !== 'removed' || !replacement || !older || !alignment) return;
    const first = oldUnits[0];
    let anchor: Unit | undefined;
    for (let o = first ? first.index - 1 : -1; o >= 0 && !anchor; o--) {
      const p = alignment.byOld.get(o);
      if (p !== undefined) anchor = newest.units[alignment.pairs[p].new];
    }
    // Sentences removed from a paragraph that stayed go back after the sentence before them; a whole paragraph,
    // list or section goes back as a paragraph after the block that held the statement before it.
    const wholeBlock = first !== undefined && older.blocks[first.block].units.every((u) => f.oldUnits.some((x) => x.index === u));
    if (anchor && !wholeBlock && anchor.kind === 'sentence') {
      const node = inTree(map, anchor);
      if (node) edits.push({ node, start: anchor.end, end: anchor.end, text: ` ${replacement}`, decided });
      return;
    }
    const paragraph: Paragraph = { type: 'paragraph', children: [decidedNode(replacement, decided)], data: { decided } as never };
    inserts.push({ after: anchor ? topLevel(tree, inTree(map, anchor)) : undefined, paragraph });
  });
  // Later offsets first, so earlier ones stay right.
  const byNode = new Map<Nodes, Edit[]>();
  for (const e of edits) byNode.set(e.node, [...(byNode.get(e.node) ?? []), e]);
  for (const [node, list] of byNode) {
    for (const e of list.sort((x, y) => y.start - x.start)) {
      if (e.start === e.end && e.text) insertText(node, e.start, e.text, e.decided);
      else spliceText(node, e.start, e.end, e.text, e.decided);
    }
    const data = (node.data ??= {}) as Record<string, unknown>;
    data.decided = list[0].decided;
  }
  for (const { after, paragraph } of inserts) {
    const at = after ? tree.children.indexOf(after as RootContent) : firstBodyIndex(tree) - 1;
    tree.children.splice(at + 1, 0, paragraph);
  }
  // A paragraph left with no words (every statement of it refused) goes.
  tree.children = tree.children.filter((n) => !(n.type === 'paragraph' && (n.data as { decided?: unknown } | undefined)?.decided && !flatten(n).text.trim()));
  return decidedCount;
}

/**
 * One reconciled value everywhere: once the editor decided a one-time event's date (a founding, a birth), every
 * other statement of the reconciled text that dates the same subject's same event with the refused value states
 * the kept one. Returns how many statements changed.
 */
export function propagateDecidedDates(tree: Root, findings: readonly Finding[], discrepancies: readonly Discrepancy[], reconciled: RevisionUnits): number {
  const rules: Array<{ key: string; kept: DatedStatement; refused: DatedStatement; decided: DecidedText }> = [];
  findings.forEach((f, i) => {
    const d = discrepancies[i];
    if ((d.kind !== 'fact-conflict' && d.kind !== 'internal-contradiction') || (d.resolution.policy !== 'editor-older' && d.resolution.policy !== 'editor-newer')) return;
    const statements = (units: Unit[]) => units.flatMap((u) => datedStatements(u, new Map(), reconciled.revision.title));
    const olds = statements(f.oldUnits);
    const news = statements(f.newUnits);
    for (const o of olds) {
      const n = news.find((x) => x.subject === o.subject && x.event === o.event && !datesAgree(x.date, o.date));
      if (!n) continue;
      const keepOld = d.resolution.policy === 'editor-older';
      const source = keepOld ? { revision: d.old!.revision, file: d.old!.file ?? '', line: d.old!.line } : { revision: d.new!.revision, file: d.new!.file ?? '', line: d.new!.line };
      rules.push({ key: `${o.subject}|${o.event}`, kept: keepOld ? o : n, refused: keepOld ? n : o, decided: { ...decidedData(d, keepOld ? 'keep-older' : 'keep-newer', source), within: true } });
    }
  });
  if (!rules.length) return 0;
  const acronyms = definedAcronyms(reconciled.units);
  const edits: Array<{ node: Nodes; start: number; end: number; text: string; decided: DecidedText }> = [];
  for (const u of reconciled.units) {
    if (u.kind !== 'sentence' && u.kind !== 'caption') continue;
    for (const s of datedStatements(u, acronyms, reconciled.revision.title)) {
      const rule = rules.find((r) => r.key === `${s.subject}|${s.event}` && datesAgree(s.date, r.refused.date) && !datesAgree(s.date, r.kept.date));
      if (rule) edits.push({ node: u.node, start: u.start + s.start, end: u.start + s.end, text: rule.kept.text, decided: rule.decided });
    }
  }
  for (const e of edits.sort((x, y) => y.start - x.start)) {
    spliceText(e.node, e.start, e.end, e.text, e.decided);
    ((e.node.data ??= {}) as Record<string, unknown>).decided = e.decided;
  }
  return edits.length;
}

/** Insert text at an offset of a phrasing container's flattened text. */
function insertText(node: Nodes, offset: number, text: string, decided: DecidedText): void {
  const flat = flatten(node);
  const piece = [...flat.pieces].reverse().find((p) => p.start <= offset) ?? flat.pieces[0];
  if (!piece) return;
  const at = Math.min(piece.value.length, offset - piece.start);
  const parent = piece.parent as { children: Nodes[] };
  let index = piece.index;
  // After the markers that cite the statement before.
  const before = { ...(piece.node as object), value: piece.value.slice(0, at) } as Nodes;
  const rest = { ...(piece.node as object), value: piece.value.slice(at) } as Nodes;
  parent.children.splice(index, 1, before);
  index++;
  while (at === piece.value.length && parent.children[index]?.type === 'footnoteReference') index++;
  parent.children.splice(index, 0, decidedNode(text, decided) as Nodes, ...((rest as { value: string }).value ? [rest] : []));
}

/** The top-level block of the tree that holds a node. */
function topLevel(tree: Root, node: Nodes | undefined): Nodes | undefined {
  if (!node) return undefined;
  const holds = (n: Nodes): boolean => n === node || ('children' in n && (n.children as Nodes[]).some(holds));
  return tree.children.find((c) => holds(c as Nodes)) as Nodes | undefined;
}

/** Where the body starts: after the title heading. */
function firstBodyIndex(tree: Root): number {
  const first = tree.children[0];
  return first?.type === 'heading' && first.depth === 1 ? 1 : 0;
}
