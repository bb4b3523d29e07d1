// Reader for sectioned text exports: `= Title =`, `== Section ==`, an `Infobox` block of `- Key: value`, `- item` lists.
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Infobox, InfoboxEntry } from '../model.ts';
import { phrasing, spanOf, spanOfLines, splitLines, trimmedRange, type SourceLine } from './inline.ts';
import { listItemOf, listOf, paragraphOf } from './blocks.ts';
import { finishTree } from './finish.ts';
import { INFOBOX_TITLE_WORDS, KEY_VALUE_ENTRIES, KEY_VALUE_KEY_WORDS, MAX_HEADING_DEPTH } from './rules.ts';

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

/**
 * KEY_VALUE_LIST: an export whose infobox lost its opening line (or has a template's leftover text there) still
 * lists it as `- Key: value` items at the top of the article. A run of at least `KEY_VALUE_ENTRIES` such items in
 * the lead, each key a capitalised name of at most `KEY_VALUE_KEY_WORDS` words and no value ending like a sentence,
 * is an infobox; a list of sentences (`- Note: the figures are…`) or further down the article stays a list.
 */
function keyValueList(lines: SourceLine[], i: number, before: readonly RootContent[]): number {
  if (before.some((c) => c.type === 'infobox' || (c.type === 'heading' && c.depth > 1))) return 0;
  let j = i;
  while (j < lines.length && ENTRY.test(lines[j].text)) {
    const [, key, value] = ENTRY.exec(lines[j].text)!;
    if (!/^\p{Lu}/u.test(key) || keyWords(key) > KEY_VALUE_KEY_WORDS || /[.!?]$/.test(value.trim()) || !value.trim()) return 0;
    j++;
  }
  return j - i >= KEY_VALUE_ENTRIES ? j - i : 0;
}

/** A key's words, a parenthesised note (`Championships won (20)`, `Area (2010)`) not counted. */
function keyWords(key: string): number {
  return key.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).length;
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
    } else if (keyValueList(lines, i, children)) {
      const n = keyValueList(lines, i, children);
      const entries = lines.slice(i, i + n).map(infoboxEntry);
      children.push({ type: 'infobox', children: entries, position: spanOfLines(line, lines[i + n - 1]) } as Infobox);
      i += n;
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
