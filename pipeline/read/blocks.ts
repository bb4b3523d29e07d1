// Positioned mdast blocks made from whole source lines, shared by the line-based readers.
import type { List, ListItem, Paragraph } from 'mdast';
import { phrasing, spanOf, trimmedRange, type SourceLine } from './inline.ts';

/** The line's text, trimmed, as one paragraph. */
export function paragraphOf(line: SourceLine): Paragraph {
  const [start, end] = trimmedRange(line.text);
  return { type: 'paragraph', children: phrasing(line, start, end), position: spanOf(line, start, end) };
}

/** A list item whose text starts at `start` (after its bullet or number). */
export function listItemOf(line: SourceLine, start: number): ListItem {
  const end = Math.max(start, trimmedRange(line.text)[1]);
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [{ type: 'paragraph', children: phrasing(line, start, end), position: spanOf(line, start, end) }],
    position: spanOf(line, trimmedRange(line.text)[0], end),
  };
}

/** A tight list of items, spanning from the first to the last. */
export function listOf(items: ListItem[], start: number | null = null): List {
  return {
    type: 'list',
    ordered: start !== null,
    start,
    spread: false,
    children: items,
    position: { start: items[0].position!.start, end: items[items.length - 1].position!.end },
  };
}
