// The reconciled article (mdast) as hast: headings with ids, discrepancy marks, footnotes lifted out as notes.
import type { Root as MdastRoot, Nodes as MdastNodes, FootnoteDefinition } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import type { Handler, State } from 'mdast-util-to-hast';
import type { Provenance } from '../model.ts';

export interface ArticleNote {
  /** The element id the article's reference links to (`fn-…`). */
  id: string;
  number: number;
  content: ElementContent[];
  carriedFrom: (Provenance & { supports?: 'same' | 'earlier-version' }) | null;
}

export interface ArticleHast {
  /** The body, footnotes removed; headings shifted so that the shallowest is `h3`. */
  body: ElementContent[];
  notes: ArticleNote[];
  /** The infobox of the tree, for when reconcile found none. */
  infobox: Array<{ key: string; value: string }>;
}

export interface DiscrepancyMark {
  id: string;
  anchor: string;
  label: string;
  /** The sentence on the newer side, to place the mark after; null places it at the end of the block. */
  sentence: string | null;
  /** What a reader sees on pointing at the mark: that the editor decided it, with the note. */
  title?: string;
  /** What the link says to a screen reader and in the PDF's link annotation (`Discrepancy 6: fact conflict`). */
  ariaLabel?: string;
}

/** Slug for an element id: ASCII letters, digits and dashes. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

const handlers: Record<string, Handler> = {
  // The infobox is shown in "At a glance"; in the body it would repeat.
  infobox: () => undefined,
  infoboxEntry: () => undefined,
  caption(state: State, node: MdastNodes): Element {
    const result: Element = { type: 'element', tagName: 'p', properties: { className: ['caption'] }, children: state.all(node) };
    state.patch(node, result);
    return state.applyData(node, result);
  },
};

/** Convert the reconciled tree. `title` drops a leading heading that only repeats the article title. */
export function articleToHast(tree: MdastRoot, title: string, marks: DiscrepancyMark[], noteLabel?: (number: string) => string): ArticleHast {
  const mdast = structuredClone(tree);
  const infobox: ArticleHast['infobox'] = [];
  const carried = new Map<string, Provenance & { supports?: 'same' | 'earlier-version' }>();
  let minDepth = prepareMdast(mdast, infobox, carried, 6);
  const first = mdast.children[0];
  if (first?.type === 'heading' && toPlain(first).trim() === title.trim()) {
    mdast.children.shift();
    minDepth = minHeadingDepth(mdast, 6);
  }
  const shift = 3 - minDepth;

  const hast = unified()
    .use(remarkRehype, { clobberPrefix: '', handlers, footnoteLabel: 'Notes' })
    .runSync(mdast) as HastRoot;
  alignmentAsClass(hast);

  const used = new Set<string>();
  const notes: ArticleNote[] = [];
  const body: ElementContent[] = [];
  for (const child of hast.children) {
    if (child.type === 'element' && child.tagName === 'section' && child.properties.dataFootnotes !== undefined) {
      collectNotes(child, carried, notes);
      continue;
    }
    if (child.type === 'element' || child.type === 'text') body.push(child);
  }
  addUnreferencedNotes(mdast, notes, carried);

  const wrapper: Element = h('div', body);
  numberHeadings(wrapper, shift, used);
  placeMarks(wrapper, marks);
  // A note reference reads `Note 3`, not `3`, to a screen reader and in the PDF's link annotation.
  if (noteLabel) labelNoteRefs(wrapper, noteLabel);
  return { body: wrapper.children, notes, infobox };
}

// The walks below are plain recursions defined once, not unist-util-visit with a closure made at each call: visit
// renames a closure for every node it visits, and V8 keeps a closure's optimised code only while a closure of it
// lives, so TurboFan compiled the callbacks again after full collections (bench/README.md, twentieth session). Each
// visits `node` and then its children in document order, as visit does.

/** Marks the nodes a discrepancy touches for remark-rehype, gathers the infobox and carried notes; the shallowest heading depth. */
function prepareMdast(node: MdastNodes, infobox: ArticleHast['infobox'], carried: Map<string, Provenance & { supports?: 'same' | 'earlier-version' }>, minDepth: number): number {
  const data = node.data as Record<string, unknown> | undefined;
  if (node.type === 'heading') minDepth = Math.min(minDepth, node.depth);
  if (node.type === 'infoboxEntry') infobox.push({ key: node.key, value: toPlain(node) });
  if (node.type === 'footnoteDefinition' && data?.carriedFrom) {
    carried.set(node.identifier.toLowerCase(), data.carriedFrom as Provenance & { supports?: 'same' | 'earlier-version' });
  }
  const ids = data?.discrepancies;
  if (Array.isArray(ids) && ids.length) {
    node.data = { ...node.data, hProperties: { ...(data?.hProperties as object), dataDiscrepancies: ids.join(' ') } };
  }
  if ('children' in node && node.children) {
    const children = node.children as MdastNodes[];
    for (let i = 0; i < children.length; i++) minDepth = prepareMdast(children[i], infobox, carried, minDepth);
  }
  return minDepth;
}

/** The smallest heading depth in `node`, or `minDepth` when smaller. */
function minHeadingDepth(node: MdastNodes, minDepth: number): number {
  if (node.type === 'heading') minDepth = Math.min(minDepth, node.depth);
  if ('children' in node && node.children) {
    const children = node.children as MdastNodes[];
    for (let i = 0; i < children.length; i++) minDepth = minHeadingDepth(children[i], minDepth);
  }
  return minDepth;
}

/** Shifts every heading element by `shift` levels (to h3–h6) and gives it a unique `sec-` id. */
function numberHeadings(el: Element, shift: number, used: Set<string>): void {
  const m = /^h([1-6])$/.exec(el.tagName);
  if (m) {
    const depth = Math.min(6, Math.max(3, Number(m[1]) + shift));
    el.tagName = `h${depth}`;
    let id = `sec-${slug(toText(el))}`;
    for (let n = 2; used.has(id); n++) id = `sec-${slug(toText(el))}-${n}`;
    used.add(id);
    el.properties.id = id;
  }
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (child.type === 'element') numberHeadings(child, shift, used);
  }
}

/** Gives every note reference link below `el` (and `el`) its label for screen readers, unless it has one. */
function labelNoteRefs(el: Element, noteLabel: (number: string) => string): void {
  if (el.tagName === 'a' && el.properties.dataFootnoteRef !== undefined && !el.properties.ariaLabel) el.properties.ariaLabel = noteLabel(toText(el).trim());
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (child.type === 'element') labelNoteRefs(child, noteLabel);
  }
}

function toPlain(node: MdastNodes): string {
  let out = '';
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') out += node.value;
  if ('children' in node && node.children) {
    const children = node.children as MdastNodes[];
    for (let i = 0; i < children.length; i++) out += toPlain(children[i]);
  }
  return out;
}

function collectNotes(el: Element, carried: Map<string, Provenance>, notes: ArticleNote[]): void {
  if (el.tagName === 'li') {
    const id = String(el.properties.id ?? `fn-${notes.length + 1}`);
    const content = structuredClone(el.children);
    const cleaned = stripBackrefs(content);
    const key = id.replace(/^fn-/, '').toLowerCase();
    notes.push({ id, number: notes.length + 1, content: cleaned, carriedFrom: carried.get(key) ?? carried.get(decodeURIComponent(key)) ?? null });
    return;
  }
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (child.type === 'element') collectNotes(child, carried, notes);
  }
}

/** The footnote definitions in `node`, in document order. */
function footnoteDefinitions(node: MdastNodes, found: FootnoteDefinition[]): FootnoteDefinition[] {
  if (node.type === 'footnoteDefinition') found.push(node);
  if ('children' in node && node.children) {
    const children = node.children as MdastNodes[];
    for (let i = 0; i < children.length; i++) footnoteDefinitions(children[i], found);
  }
  return found;
}

function stripBackrefs(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'element') {
      if (node.properties.dataFootnoteBackref !== undefined) continue;
      node.children = stripBackrefs(node.children);
    }
    out.push(node);
  }
  // Trim the whitespace the removed back-references leave behind.
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out;
}

function addUnreferencedNotes(mdast: MdastRoot, notes: ArticleNote[], carried: Map<string, Provenance>): void {
  const have = new Set(notes.map((n) => n.id.replace(/^fn-/, '').toLowerCase()));
  const unreferenced: FootnoteDefinition[] = [];
  for (const def of footnoteDefinitions(mdast, [])) {
    if (!have.has(def.identifier.toLowerCase()) && !have.has(encodeURIComponent(def.identifier.toLowerCase()))) unreferenced.push(def);
  }
  if (!unreferenced.length) return;
  const root: MdastRoot = { type: 'root', children: unreferenced.flatMap((def) => def.children) };
  const hast = unified().use(remarkRehype, { clobberPrefix: '', handlers }).runSync(root) as HastRoot;
  let i = 0;
  for (const def of unreferenced) {
    const count = def.children.length;
    const content = hast.children.filter((c): c is ElementContent => c.type === 'element').slice(i, i + count);
    i += count;
    notes.push({
      id: `fn-${slug(def.identifier)}`,
      number: notes.length + 1,
      content,
      carriedFrom: carried.get(def.identifier.toLowerCase()) ?? null,
    });
  }
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'h3', 'h4', 'h5', 'h6', 'figcaption']);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

interface TextSlot {
  node: Text;
  parent: Element;
  start: number;
}

/** The text nodes of a block with their offsets, skipping footnote references and earlier marks. */
function textSlots(block: Element): { text: string; slots: TextSlot[] } {
  const slots: TextSlot[] = [];
  let text = '';
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type === 'text') {
        slots.push({ node: child, parent: el, start: text.length });
        text += child.value;
      } else if (child.type === 'element') {
        if (child.tagName === 'sup') continue;
        if (BLOCKS.has(child.tagName) || child.tagName === 'ul' || child.tagName === 'ol') continue;
        walk(child);
      }
    }
  };
  walk(block);
  return { text, slots };
}

/**
 * A GFM table column's alignment (`---:`) reaches the cells as a class (`align-right`), which the stylesheets and
 * the PDF writer read: the `align` attribute remark-rehype sets is not valid in XHTML 5 (epubcheck, html-validate).
 */
function alignmentAsClass(parent: HastRoot | Element): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i];
    if (node.type !== 'element') continue;
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
      const align = node.properties.align;
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    }
    alignmentAsClass(node);
  }
}

function markElement(mark: DiscrepancyMark): Element {
  return h('sup', { className: ['discrepancy-mark'] }, [h('a', { href: `#${mark.anchor}`, dataDiscrepancy: mark.id, ...(mark.ariaLabel ? { ariaLabel: mark.ariaLabel } : {}), ...(mark.title ? { title: mark.title } : {}) }, mark.label)]);
}

/** Put a mark after each sentence a discrepancy touches, linking to its entry. */
function discrepancyIds(block: Element): string[] {
  return String(block.properties.dataDiscrepancies ?? '').split(' ').filter(Boolean);
}

/** White space other than a space. */
const OTHER_SPACE = /[^\S ]/;

/** Put the mark after its sentence in the first of `blocks` that holds it; false when none does. */
function placeIn(blocks: Element[], mark: DiscrepancyMark, sentence: string): boolean {
  for (const block of blocks) {
    const { text, slots } = textSlots(block);
    // Other white space read as spaces (a copy only where there is any).
    const flat = OTHER_SPACE.test(text) ? text.replace(/\s/g, ' ') : text;
    let at = flat.indexOf(sentence);
    let end = at >= 0 ? at + sentence.length : -1;
    if (at < 0 && sentence.length > 40) {
      at = flat.indexOf(sentence.slice(0, 40));
      if (at >= 0) {
        const stop = /[.!?]["”’)]?(\s|$)/g;
        stop.lastIndex = at + 40;
        const m = stop.exec(flat);
        end = m ? m.index + m[0].trimEnd().length : flat.length;
      }
    }
    if (end < 0) continue;
    insertAt(slots, end, markElement(mark));
    return true;
  }
  return false;
}

/** The blocks at or below `el` a mark may be placed in (headings apart), in document order. */
function markableBlocks(el: Element, blocks: Element[]): Element[] {
  if (BLOCKS.has(el.tagName) && !/^h\d$/.test(el.tagName)) blocks.push(el);
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (child.type === 'element') markableBlocks(child, blocks);
  }
  return blocks;
}

function placeMarks(root: Element, marks: DiscrepancyMark[]): void {
  const blocks = markableBlocks(root, []);
  // Only the blocks reconcile tied to a discrepancy are searched for its sentence, so placing marks
  // stays linear in the article's length; the whole article is searched only for a mark tied to none.
  const tied = new Map<string, Element[]>();
  for (const block of blocks) {
    for (const id of discrepancyIds(block)) tied.set(id, [...(tied.get(id) ?? []), block]);
  }
  const placed = new Set<string>();
  for (const mark of marks) {
    const sentence = mark.sentence ? norm(mark.sentence) : '';
    if (!sentence) continue;
    const candidates = tied.get(mark.id);
    if (placeIn(candidates ?? blocks, mark, sentence)) placed.add(mark.id);
  }
  // Discrepancies the reconcile stage attached to a node but whose sentence is not in it.
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  for (const block of blocks) {
    for (const id of discrepancyIds(block)) {
      const mark = byId.get(id);
      if (!mark || placed.has(id)) continue;
      block.children.push(markElement(mark));
      placed.add(id);
    }
  }
}

function insertAt(slots: TextSlot[], offset: number, mark: Element): void {
  let slot = slots[slots.length - 1];
  for (const s of slots) {
    if (offset <= s.start + s.node.value.length) {
      slot = s;
      break;
    }
  }
  if (!slot) return;
  const cut = Math.max(0, offset - slot.start);
  const siblings = slot.parent.children;
  const index = siblings.indexOf(slot.node);
  if (cut >= slot.node.value.length) {
    // At the end of a text node: after the footnote references and marks that close the sentence,
    // so a mark never splits a run of reference numbers.
    let at = index + 1;
    while (at < siblings.length && siblings[at].type === 'element' && (siblings[at] as Element).tagName === 'sup') at++;
    siblings.splice(at, 0, mark);
    return;
  }
  const before: Text = { type: 'text', value: slot.node.value.slice(0, cut) };
  const after: Text = { type: 'text', value: slot.node.value.slice(cut) };
  siblings.splice(index, 1, ...[before, mark, after].filter((n) => n.type !== 'text' || n.value !== ''));
}
