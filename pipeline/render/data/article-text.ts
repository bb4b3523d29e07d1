// The reconciled mdast tree as plain text: sections → paragraphs → sentences, each with provenance and discrepancy ids.
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Provenance, Reconciled } from '../../model.ts';
// The splitter reconcile used: the sentences here are the ones the facts name.
import { splitSentences } from '../../reconcile/sentences.ts';

export interface SentenceText {
  text: string;
  source: Provenance;
  discrepancies: string[];
}

export type ParagraphKind = 'paragraph' | 'item' | 'caption' | 'table-row' | 'quote';

export interface ParagraphText {
  id: string;
  kind: ParagraphKind;
  text: string;
  source: Provenance;
  discrepancies: string[];
  notes: string[];
  sentences: SentenceText[];
}

export interface SectionText {
  id: string;
  heading: string | null;
  depth: number;
  path: string[];
  source: Provenance | null;
  discrepancies: string[];
  paragraphs: ParagraphText[];
}

export interface NoteText {
  label: string;
  text: string;
  source: Provenance;
  carriedFrom?: { revision: string; file: string; line: number; supports?: 'same' | 'earlier-version' };
}

/** Plain text of phrasing content with, for each run, the source line it starts on and the discrepancy ids on it. */
interface TextRun {
  offset: number;
  value: string;
  line?: number;
  discrepancies: string[];
  /** Text an editor's decision put in the reconciled article: its source and discrepancy. */
  decided?: { discrepancy: string; source: Provenance; within?: boolean };
}

function collectRuns(children: readonly Nodes[], inherited: string[], runs: TextRun[], state: { offset: number; notes: string[] }): void {
  for (const child of children) {
    const ids = child.data?.discrepancies?.length ? [...inherited, ...child.data.discrepancies] : inherited;
    if (child.type === 'footnoteReference') {
      state.notes.push(child.label ?? child.identifier);
      continue;
    }
    if (child.type === 'break') {
      runs.push({ offset: state.offset, value: '\n', line: child.position?.start.line, discrepancies: ids });
      state.offset += 1;
      continue;
    }
    // Raw HTML in a Markdown source is text to us (`<script>` stays `<script>`), like any other value.
    if ('value' in child && typeof child.value === 'string') {
      const decided = (child.data as { decided?: TextRun['decided'] } | undefined)?.decided;
      runs.push({ offset: state.offset, value: child.value, line: child.position?.start.line, discrepancies: decided ? [...ids, decided.discrepancy] : ids, ...(decided ? { decided } : {}) });
      state.offset += child.value.length;
      continue;
    }
    if ('children' in child) collectRuns(child.children as Nodes[], ids, runs, state);
  }
}

const pickProvenance = (p: Provenance): Provenance => ({ revision: p.revision, file: p.file, line: p.line });

function lineAt(runs: TextRun[], offset: number, fallback: number): number {
  let found: TextRun | undefined;
  for (const run of runs) {
    if (run.offset > offset) break;
    found = run;
  }
  if (!found || found.line === undefined) return fallback;
  const within = found.value.slice(0, offset - found.offset);
  return found.line + (within.match(/\n/g)?.length ?? 0);
}

function idsBetween(runs: TextRun[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (const run of runs) {
    if (run.offset >= end || run.offset + run.value.length <= start) continue;
    ids.push(...run.discrepancies);
  }
  return ids;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** Ids of the discrepancies that some node of the tree carries in `data.discrepancies`. */
function carriedIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  const walk = (node: Nodes) => {
    for (const id of node.data?.discrepancies ?? []) ids.add(id);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return ids;
}

/** Reads a reconciled tree into sections, paragraphs and sentences. */
export function articleText(reconciled: Reconciled): { sections: SectionText[]; notes: NoteText[] } {
  const newest = reconciled.revisions[reconciled.revisions.length - 1];
  const fallback: Provenance = { revision: newest?.id ?? 'r1', file: newest?.file ?? '', line: 1 };
  const language = reconciled.article.language || 'en';

  // A sentence is tied to a discrepancy by its text, looked for among the discrepancies its
  // paragraph carries and those no node carries. Never among all of them: that grows with the
  // square of the article (a revision of repeated paragraphs tied each sentence to every repeat).
  const carried = carriedIds(reconciled.tree);
  const textOf = new Map<string, string>();
  const uncarried: string[] = [];
  for (const discrepancy of reconciled.discrepancies) {
    const side = discrepancy.new ?? discrepancy.old;
    if (!side) continue;
    textOf.set(discrepancy.id, squash(side.text));
    if (!carried.has(discrepancy.id)) uncarried.push(discrepancy.id);
  }
  const textIds = (sentence: string, pool: string[]): string[] => {
    const key = squash(sentence);
    return pool.filter((id) => {
      const text = textOf.get(id);
      return text !== undefined && (text === key || (key.length > 20 && text.includes(key)) || (text.length > 20 && key.includes(text)));
    });
  };

  const provenanceOf = (node: Nodes): Provenance => {
    const given = node.data?.provenance;
    const line = node.position?.start.line ?? given?.line ?? 1;
    return given
      ? { revision: given.revision, file: given.file, line: given.line ?? line }
      : { revision: fallback.revision, file: fallback.file, line };
  };

  const sections: SectionText[] = [];
  const notes: NoteText[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  let current: SectionText = {
    id: 's0',
    heading: null,
    depth: 0,
    path: [],
    source: null,
    discrepancies: [],
    paragraphs: [],
  };
  sections.push(current);

  const addParagraph = (node: Nodes, children: readonly Nodes[], kind: ParagraphKind, extraIds: string[] = []) => {
    const runs: TextRun[] = [];
    const state = { offset: 0, notes: [] as string[] };
    const own = [...extraIds, ...(node.data?.discrepancies ?? [])];
    const pool = unique([...own, ...uncarried]);
    collectRuns(children, [], runs, state);
    const raw = runs.map((run) => run.value).join('');
    const text = squash(raw);
    if (!text) return;
    const source = provenanceOf(node);
    const firstLine = node.position?.start.line ?? source.line;
    const sentences: SentenceText[] = splitSentences(raw, language).map(({ start, end }) => {
      const sentence = squash(raw.slice(start, end));
      // A sentence an editor decided comes from the decided source (the older revision, or decisions.json).
      const decided = runs.find((run) => run.decided && !run.decided.within && run.offset < end && run.offset + run.value.length > start)?.decided;
      return {
        text: sentence,
        source: decided ? pickProvenance(decided.source) : { ...source, line: source.line + (lineAt(runs, start, firstLine) - firstLine) },
        discrepancies: unique([...idsBetween(runs, start, end), ...textIds(sentence, pool)]),
      };
    });
    const ids = unique([...own, ...sentences.flatMap((sentence) => sentence.discrepancies), ...textIds(text, pool)]);
    current.paragraphs.push({
      id: `${current.id}p${current.paragraphs.length + 1}`,
      kind,
      text,
      source,
      discrepancies: ids,
      notes: state.notes,
      sentences,
    });
    current.discrepancies = unique([...current.discrepancies, ...ids]);
  };

  const visitBlock = (node: RootContent, kind: ParagraphKind, extraIds: string[]): void => {
    switch (node.type) {
      case 'heading': {
        const text = squash(toString(node));
        while (headings.length && headings[headings.length - 1].depth >= node.depth) headings.pop();
        headings.push({ depth: node.depth, text });
        current = {
          id: `s${sections.length}`,
          heading: text,
          depth: node.depth,
          path: headings.map((heading) => heading.text),
          source: provenanceOf(node),
          discrepancies: unique(node.data?.discrepancies ?? []),
          paragraphs: [],
        };
        sections.push(current);
        return;
      }
      case 'paragraph':
        addParagraph(node, node.children, kind, extraIds);
        return;
      case 'caption':
        addParagraph(node, node.children as PhrasingContent[], 'caption', extraIds);
        return;
      case 'list':
        for (const item of node.children) {
          const ids = [...extraIds, ...(item.data?.discrepancies ?? [])];
          const [first, ...rest] = item.children;
          if (first?.type === 'paragraph') addParagraph(item, first.children, 'item', ids);
          else if (first) visitBlock(first, 'item', ids);
          for (const block of rest) visitBlock(block, 'item', ids);
        }
        return;
      case 'blockquote':
        for (const block of node.children) visitBlock(block, 'quote', [...extraIds, ...(node.data?.discrepancies ?? [])]);
        return;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => squash(toString(cell)));
          const text = cells.join(' | ');
          if (!text.replace(/[|\s]/g, '')) continue;
          addParagraph(row, [{ type: 'text', value: text, position: row.position }], 'table-row', extraIds);
        }
        return;
      case 'footnoteDefinition': {
        const carried = node.data?.carriedFrom;
        notes.push({
          label: node.label ?? node.identifier,
          text: squash(toString(node)),
          source: provenanceOf(node),
          ...(carried
            ? {
                carriedFrom: {
                  revision: carried.revision,
                  file: carried.file,
                  line: carried.line,
                  ...(carried.supports ? { supports: carried.supports } : {}),
                },
              }
            : {}),
        });
        return;
      }
      case 'infobox':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) visitBlock(child as RootContent, kind, extraIds);
        else if ('value' in node && typeof node.value === 'string') addParagraph(node, [node], kind, extraIds);
    }
  };

  for (const node of (reconciled.tree as Root).children) visitBlock(node, 'paragraph', []);
  // The lead is a section only when there is text before the first heading.
  return { sections: sections.filter((section) => section.heading !== null || section.paragraphs.length > 0), notes };
}
