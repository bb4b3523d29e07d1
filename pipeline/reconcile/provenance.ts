// Annotate the reconciled tree: provenance and discrepancy ids in node.data, citations carried over from older revisions.
import type { FootnoteDefinition, FootnoteReference, Nodes, Root } from 'mdast';
import type { Discrepancy, Revision } from '../model.ts';
import type { Finding } from './compare.ts';
import { flatten, type RevisionUnits, type Unit } from './units.ts';

/** Clone a tree and remember which clone each original node became. */
export function cloneWithMap(tree: Root): { clone: Root; map: Map<Nodes, Nodes> } {
  const map = new Map<Nodes, Nodes>();
  const copy = (node: Nodes): Nodes => {
    const { children, ...rest } = node as Nodes & { children?: Nodes[] };
    const out = structuredClone(rest) as Nodes & { children?: Nodes[] };
    if (children) out.children = children.map(copy);
    map.set(node, out);
    return out;
  };
  return { clone: copy(tree) as Root, map };
}

/** Every positioned node says which revision, file and line it comes from. */
export function markProvenance(node: Nodes, revision: Revision): void {
  if (node.position) {
    const data = (node.data ??= {}) as Record<string, unknown>;
    data.provenance = { revision: revision.id, file: revision.file, line: node.position.start.line, column: node.position.start.column };
  }
  // A plain recursion, not unist-util-visit with a closure made per call (bench/README.md on closures made per call).
  if ('children' in node && node.children) {
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) markProvenance(children[i], revision);
  }
}

/** Record on each node of the newest tree the ids of the discrepancies that touch it. */
export function markDiscrepancies(findings: Finding[], newest: RevisionUnits, map: Map<Nodes, Nodes>): void {
  const tag = (node: Nodes | undefined, id: string) => {
    if (!node) return;
    const data = (node.data ??= {}) as { discrepancies?: string[] };
    data.discrepancies ??= [];
    if (!data.discrepancies.includes(id)) data.discrepancies.push(id);
  };
  for (const f of findings) {
    const id = f.discrepancy.id;
    const units = f.newUnits.filter((u) => newest.units[u.index] === u);
    for (const u of units) tag(map.get(u.node), id);
    if (!units.length && f.discrepancy.new?.revision === newest.revision.id) {
      const section = newest.sections.find((s) => s.title === f.discrepancy.section && s.heading);
      if (section?.heading) tag(map.get(section.heading), id);
    }
    if (!units.length && f.discrepancy.kind === 'removed') {
      const section = newest.sections.find((s) => s.title === f.discrepancy.section && s.heading);
      if (section?.heading) tag(map.get(section.heading), id);
    }
  }
}

/**
 * Citations of an older sentence go with the aligned newer sentence: as support when the facts are the
 * same, marked as supporting the earlier version when they changed.
 */
export function carryCitations(
  older: RevisionUnits,
  newest: RevisionUnits,
  pairs: Array<{ old: Unit; new: Unit; changedFacts: boolean; keptOlder?: boolean }>,
  tree: Root,
  map: Map<Nodes, Nodes>,
): void {
  const carried = new Map<string, FootnoteDefinition>();
  const inserts = new Map<Nodes, Array<{ offset: number; refs: FootnoteReference[] }>>();
  for (const { old, new: unit, changedFacts, keptOlder } of pairs) {
    // Where the editor kept the older statement, its own citations are its citations (the newer ones go with the
    // newer words).
    if (!old.citations.length || (unit.citations.length && !keptOlder)) continue;
    const target = map.get(unit.node);
    if (!target || unit.kind !== 'sentence') continue;
    const supports = changedFacts && !keptOlder ? 'earlier-version' : 'same';
    const refs: FootnoteReference[] = [];
    for (const identifier of old.citations) {
      const definition = older.footnotes.get(identifier) as FootnoteDefinition | undefined;
      if (!definition) continue;
      const carriedId = `${older.revision.id}-${identifier}`;
      const from = { revision: older.revision.id, file: older.revision.file, line: old.line, column: old.column };
      if (!carried.has(carriedId)) {
        const copy = structuredClone(definition);
        copy.identifier = carriedId;
        copy.label = carriedId;
        copy.data = { ...(copy.data ?? {}), carriedFrom: { revision: older.revision.id, file: older.revision.file, line: definition.position?.start.line ?? 1, supports } };
        carried.set(carriedId, copy);
      } else if (supports === 'same') {
        // Cited by a statement whose facts stayed, the note supports the reconciled text.
        (carried.get(carriedId)!.data as { carriedFrom: { supports: string } }).carriedFrom.supports = 'same';
      }
      refs.push({ type: 'footnoteReference', identifier: carriedId, label: carriedId, data: { carriedFrom: { ...from, supports } } });
    }
    if (!refs.length) continue;
    const list = inserts.get(target) ?? [];
    list.push({ offset: unit.end, refs });
    inserts.set(target, list);
  }
  for (const [node, list] of inserts) {
    for (const { offset, refs } of list.sort((x, y) => y.offset - x.offset)) {
      const flat = flatten(node);
      const piece = [...flat.pieces].reverse().find((p) => p.start < offset) ?? flat.pieces[0];
      if (!piece || !('children' in piece.parent)) continue;
      const at = offset - piece.start;
      const text = piece.node as { type: 'text'; value: string; position?: unknown };
      const children = piece.parent.children as Nodes[];
      const before = { ...text, value: text.value.slice(0, at) };
      const after = { ...text, value: text.value.slice(at) };
      const replacement: Nodes[] = [before as Nodes, ...refs];
      if (after.value) replacement.push(after as Nodes);
      children.splice(piece.index, 1, ...replacement);
    }
  }
  for (const definition of carried.values()) tree.children.push(definition);
}

export type { Discrepancy };
