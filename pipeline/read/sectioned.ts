// Reader for sectioned text exports: `= Title =`, `== Section ==`, an `Infobox` block of `- Key: value`, `- item` lists.
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Infobox, InfoboxEntry } from '../model.ts';
import { phrasing, spanOf, spanOfLines, splitLines, trimmedRange, type SourceLine } from './inline.ts';
import { listItemOf, listOf, paragraphOf } from './blocks.ts';
import { finishTree } from './finish.ts';
import { INFOBOX_TITLE_WORDS, MAX_HEADING_DEPTH } from './rules.ts';

const HEADING = /^(=+)\s*(.*?)\s*(=+)\s*$/;
const ITEM = /^\s*([-*•])\s+(.*)$/;
const ORDERED_ITEM = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const INFOBOX = /^\s*infobox\b.*$/i;
const ENTRY = /^\s*[-*]\s+([^:]{1,80}?)\s*:\s?(.*)$/;

/** Whether a line is a `== Heading ==` line of this format. */
export function isSectionedHeading(text: string): boolean {
  const match = HEADING.exec(text);
  return Boolean(match && match[2] && match[1].length <= MAX_HEADING_DEPTH && match[3].length === match[1].length);
}

function heading(line: SourceLine): Heading {
  const match = HEADING.exec(line.text)!;
  const start = line.text.indexOf(match[2], match[1].length);
  return {
    type: 'heading',
    depth: Math.min(match[1].length, 6) as Heading['depth'],
    children: phrasing(line, start, start + match[2].length),
    position: spanOf(line, 0, line.text.length),
  };
}

function infoboxEntry(line: SourceLine): InfoboxEntry {
  const match = ENTRY.exec(line.text)!;
  const end = trimmedRange(line.text)[1];
  const valueStart = Math.min(end, line.text.length - match[2].length);
  return {
    type: 'infoboxEntry',
    key: match[1],
    children: phrasing(line, valueStart, end),
    position: spanOf(line, trimmedRange(line.text)[0], end),
  };
}

/**
 * An infobox opens with an `Infobox` line, or with a short heading line of its own (exports put the subject's
 * name there: `Gdańsk`, then `- Population: …`) followed by two `- Key: value` entries or more.
 */
function opensInfobox(lines: SourceLine[], i: number): boolean {
  const text = lines[i].text.trim();
  if (i + 1 >= lines.length || !ENTRY.test(lines[i + 1].text)) return false;
  if (INFOBOX.test(text)) return true;
  const short = text.split(/\s+/).length <= INFOBOX_TITLE_WORDS && !/[.!?:;]$/.test(text) && !ITEM.test(lines[i].text) && !ORDERED_ITEM.test(lines[i].text);
  return short && i + 2 < lines.length && ENTRY.test(lines[i + 2].text);
}

/** Parse a sectioned export into mdast. Each non-blank line of prose is its own paragraph. */
export function parseSectioned(file: VFile): Root {
  const lines = splitLines(String(file.value));
  const children: RootContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.text.trim() === '') {
      i++;
    } else if (isSectionedHeading(line.text)) {
      children.push(heading(line));
      i++;
    } else if (opensInfobox(lines, i)) {
      const entries: InfoboxEntry[] = [];
      let j = i + 1;
      while (j < lines.length && ENTRY.test(lines[j].text)) entries.push(infoboxEntry(lines[j++]));
      const infobox: Infobox = { type: 'infobox', children: entries, position: spanOfLines(line, lines[j - 1]) };
      children.push(infobox);
      i = j;
    } else if (ITEM.test(line.text) || ORDERED_ITEM.test(line.text)) {
      const ordered = !ITEM.test(line.text);
      const pattern = ordered ? ORDERED_ITEM : ITEM;
      const items: ListItem[] = [];
      let j = i;
      while (j < lines.length && pattern.test(lines[j].text) && !(ordered && ITEM.test(lines[j].text))) {
        const item = lines[j++];
        items.push(listItemOf(item, item.text.length - pattern.exec(item.text)![2].length));
      }
      children.push(listOf(items, ordered ? Number(ORDERED_ITEM.exec(line.text)![1]) : null));
      i = j;
    } else {
      children.push(paragraphOf(line));
      i++;
    }
  }
  return finishTree(file, children, lines);
}

/** unified parser plugin: `unified().use(sectionedParse)`. */
const sectionedParse: Plugin<[], string, Root> = function () {
  this.parser = (_doc, file) => parseSectioned(file);
};
export default sectionedParse;
