// Flatten a revision's tree into comparable units (sentences, list items, headings, infobox entries, references) in reading order.
import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Revision } from '../model.ts';
import { splitSentences } from './sentences.ts';
import { comparisonWords } from './tokens.ts';

export type UnitKind = 'sentence' | 'caption' | 'item' | 'infobox' | 'reference';
export type BlockKind = 'paragraph' | 'caption' | 'list' | 'infobox' | 'references' | 'table';

/** One comparable piece of a revision: a sentence, a list item, an infobox entry or a reference. */
export interface Unit {
  index: number;
  kind: UnitKind;
  text: string;
  words: string[];
  /** Formatting-free key: equal keys mean equal content. */
  key: string;
  line: number;
  column: number;
  section: number;
  block: number;
  /** The tree node the unit lives in (paragraph, list item, caption, infobox entry, footnote definition). */
  node: Nodes;
  /** Offsets of the unit in its node's flattened text (sentences only). */
  start: number;
  end: number;
  /** Identifiers of the footnotes the unit cites. */
  citations: string[];
}

export interface Block {
  index: number;
  kind: BlockKind;
  section: number;
  units: number[];
  node: Nodes;
}

export interface Section {
  index: number;
  /** Heading text; `Lead` for the part before the first heading, `References` for footnotes. */
  title: string;
  words: string[];
  heading?: Heading;
  depth: number;
  depthInferred: boolean;
  line: number;
  units: number[];
  pseudo: boolean;
}

export interface RevisionUnits {
  revision: Revision;
  /** The article's language (BCP 47): how its sentences split and its numbers read. */
  language: string;
  units: Unit[];
  blocks: Block[];
  sections: Section[];
  /** Footnote definitions by identifier, for carrying citations over. */
  footnotes: Map<string, Nodes>;
}

/** A phrasing container flattened to text, with where each character came from and where its markers sat. */
export interface FlatText {
  text: string;
  pieces: Array<{ start: number; value: string; line: number; column: number; node: Nodes; parent: Nodes; index: number }>;
  markers: Array<{ offset: number; identifier: string }>;
}

export function flatten(node: Nodes): FlatText {
  const flat: FlatText = { text: '', pieces: [], markers: [] };
  const walk = (parent: Nodes) => {
    if (!('children' in parent)) return;
    parent.children.forEach((child, index) => {
      if (child.type === 'text' || child.type === 'inlineCode') {
        const p = child.position?.start ?? parent.position?.start;
        flat.pieces.push({ start: flat.text.length, value: child.value, line: p?.line ?? 1, column: p?.column ?? 1, node: child, parent, index });
        flat.text += child.value;
      } else if (child.type === 'footnoteReference') {
        flat.markers.push({ offset: flat.text.length, identifier: child.identifier });
      } else if (child.type === 'break') {
        flat.text += '\n';
      } else if (child.type === 'list' || child.type === 'table') {
        // Nested blocks are units of their own.
      } else if ('children' in child) {
        if (flat.text && (child.type === 'paragraph') && !/\s$/.test(flat.text)) flat.text += ' ';
        walk(child);
      }
    });
  };
  walk(node);
  return flat;
}

/** Line and column of an offset of a flattened text. */
export function placeOf(flat: FlatText, offset: number, fallback: { line: number; column: number }): { line: number; column: number } {
  let piece = flat.pieces[0];
  for (const p of flat.pieces) {
    if (p.start <= offset) piece = p;
    else break;
  }
  if (!piece) return fallback;
  const inside = piece.value.slice(0, Math.max(0, offset - piece.start));
  const breaks = inside.split('\n');
  return breaks.length > 1
    ? { line: piece.line + breaks.length - 1, column: breaks[breaks.length - 1].length + 1 }
    : { line: piece.line, column: piece.column + inside.length };
}

/** Collect the units, blocks and sections of a revision, in reading order. */
export function collectUnits(revision: Revision, language = 'en'): RevisionUnits {
  const out: RevisionUnits = { revision, language, units: [], blocks: [], sections: [], footnotes: new Map() };
  const tree: Root = revision.tree;
  const newSection = (title: string, heading: Heading | undefined, line: number, pseudo = false): number => {
    out.sections.push({
      index: out.sections.length,
      title,
      words: comparisonWords(title),
      heading,
      depth: heading?.depth ?? 1,
      depthInferred: Boolean(heading?.data?.depthInferred),
      line,
      units: [],
      pseudo,
    });
    return out.sections.length - 1;
  };
  let section = newSection('Lead', undefined, 1, true);
  let referencesSection = -1;
  let referencesBlock = -1;
  const newBlock = (kind: BlockKind, node: Nodes, inSection = section): number => {
    out.blocks.push({ index: out.blocks.length, kind, section: inSection, units: [], node });
    return out.blocks.length - 1;
  };
  const addUnit = (unit: Omit<Unit, 'index' | 'words' | 'key' | 'section'>, inSection = section) => {
    const words = comparisonWords(unit.text);
    if (words.length === 0) return;
    const index = out.units.length;
    out.units.push({ ...unit, index, words, key: words.join(' '), section: inSection });
    out.sections[inSection].units.push(index);
    out.blocks[unit.block].units.push(index);
  };
  const addProse = (node: Nodes, kind: 'sentence' | 'caption', blockKind: BlockKind) => {
    const block = newBlock(blockKind, node);
    const flat = flatten(node);
    const fallback = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const sentences = splitSentences(flat.text, language);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const next = sentences[i + 1]?.start ?? Infinity;
      const citations: string[] = [];
      for (const m of flat.markers) if (m.offset > s.start && m.offset <= next) citations.push(m.identifier);
      addUnit({ kind, text: s.text, ...placeOf(flat, s.start, fallback), block, node, start: s.start, end: s.end, citations });
    }
  };
  const addItems = (list: Nodes, block: number) => {
    if (!('children' in list)) return;
    for (const item of list.children) {
      if (item.type === 'listItem') {
        const flat = flatten(item);
        const text = flat.text.replace(/\s+/g, ' ').trim();
        const p = item.position?.start;
        addUnit({ kind: 'item', text, line: p?.line ?? 1, column: p?.column ?? 1, block, node: item, start: 0, end: flat.text.length, citations: flat.markers.map((m) => m.identifier) });
        for (const child of item.children) if (child.type === 'list') addItems(child, block);
      } else if (item.type === 'tableRow') {
        const text = item.children.map((cell) => toString(cell).trim()).join(' | ');
        const p = item.position?.start;
        addUnit({ kind: 'item', text, line: p?.line ?? 1, column: p?.column ?? 1, block, node: item, start: 0, end: text.length, citations: [] });
      }
    }
  };
  const visitBlock = (node: RootContent) => {
    switch (node.type) {
      case 'heading': {
        const title = flatten(node).text.replace(/\s+/g, ' ').trim();
        section = newSection(title, node, node.position?.start.line ?? 1);
        break;
      }
      case 'paragraph':
        addProse(node, 'sentence', 'paragraph');
        break;
      case 'caption':
        addProse(node as unknown as Paragraph, 'caption', 'caption');
        break;
      case 'list':
        addItems(node, newBlock('list', node));
        break;
      case 'table':
        addItems(node, newBlock('table', node));
        break;
      case 'infobox': {
        const block = newBlock('infobox', node);
        for (const entry of node.children) {
          const p = entry.position?.start;
          const text = `${entry.key}: ${toString(entry).trim()}`;
          addUnit({ kind: 'infobox', text, line: p?.line ?? 1, column: p?.column ?? 1, block, node: entry, start: 0, end: text.length, citations: [] });
        }
        break;
      }
      case 'footnoteDefinition': {
        if (referencesSection < 0) {
          const saved = section;
          referencesSection = newSection('References', undefined, node.position?.start.line ?? 1, true);
          section = saved;
          referencesBlock = newBlock('references', node, referencesSection);
        }
        out.footnotes.set(node.identifier, node);
        const flat = flatten(node);
        const p = node.position?.start;
        addUnit(
          { kind: 'reference', text: flat.text.replace(/\s+/g, ' ').trim(), line: p?.line ?? 1, column: p?.column ?? 1, block: referencesBlock, node, start: 0, end: flat.text.length, citations: [] },
          referencesSection,
        );
        break;
      }
      case 'blockquote':
        for (const child of node.children) visitBlock(child);
        break;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      default:
        if ('children' in node) addProse(node as Nodes, 'sentence', 'paragraph');
    }
  };
  const children = tree.children;
  // The first depth-1 heading is the article title, not a section.
  const start = children[0]?.type === 'heading' && children[0].depth === 1 ? 1 : 0;
  for (const node of children.slice(start)) visitBlock(node);
  return out;
}
