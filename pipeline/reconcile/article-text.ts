// The reconciled tree as the writers show it: sections → paragraphs → sentences, each with provenance and discrepancy ids.
// Split here, once, with the splitter the units use; the writers format `Reconciled.text` and never split again.
import type { Blockquote, FootnoteDefinition, Heading, List, Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ArticleText, Discrepancy, NoteText, ParagraphKind, Provenance, Reconciled, SectionText, SentenceText } from '../model.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';

// ---- a paragraph's text, in runs ----

/** Text an editor's decision put in the reconciled article: its source and discrepancy. */
interface Decided {
  discrepancy: string;
  source: Provenance;
  within?: boolean;
}

/** A piece of a paragraph's text: where it starts, the source line it starts on and the discrepancy ids on it. */
interface TextRun {
  offset: number;
  value: string;
  line?: number;
  discrepancies: string[];
  decided?: Decided;
}

/** A paragraph's text as written out, the runs it is made of and the labels of the footnotes it cites. */
interface RunText {
  raw: string;
  runs: TextRun[];
  notes: string[];
}

function addRun(out: RunText, value: string, node: Nodes, ids: string[], decided?: Decided): void {
  out.runs.push({ offset: out.raw.length, value, line: node.position?.start.line, discrepancies: decided ? [...ids, decided.discrepancy] : ids, ...(decided ? { decided } : {}) });
  out.raw += value;
}

/**
 * Every value of the phrasing content is text, raw HTML included (`<script>` stays `<script>`), unlike the
 * comparable units' flattening (units.ts), which reads words only; a line break is a newline.
 */
function collectRuns(children: readonly Nodes[], inherited: string[], out: RunText): void {
  for (const child of children) {
    const ids = child.data?.discrepancies?.length ? [...inherited, ...child.data.discrepancies] : inherited;
    if (child.type === 'footnoteReference') out.notes.push(child.label ?? child.identifier);
    else if (child.type === 'break') addRun(out, '\n', child, ids);
    else if ('value' in child && typeof child.value === 'string') addRun(out, child.value, child, ids, (child.data as { decided?: Decided } | undefined)?.decided);
    else if ('children' in child) collectRuns(child.children as Nodes[], ids, out);
  }
}

function runText(children: readonly Nodes[]): RunText {
  const out: RunText = { raw: '', runs: [], notes: [] };
  collectRuns(children, [], out);
  return out;
}

/** The source line of an offset: the line its run starts on, plus the newlines before it in the run. */
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

const pickProvenance = (p: Provenance): Provenance => ({ revision: p.revision, file: p.file, line: p.line });

// ---- discrepancies found by their text ----

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

/**
 * Ties a sentence to a discrepancy by its text, looked for among the discrepancies its paragraph carries and those
 * no node carries. Never among all of them: that grows with the square of the article (a revision of repeated
 * paragraphs tied each sentence to every repeat).
 */
class TextMatcher {
  private readonly textOf = new Map<string, string>();
  private readonly uncarried: string[] = [];

  constructor(tree: Root, discrepancies: readonly Discrepancy[]) {
    const carried = carriedIds(tree);
    for (const discrepancy of discrepancies) {
      const side = discrepancy.new ?? discrepancy.old;
      if (!side) continue;
      this.textOf.set(discrepancy.id, squash(side.text));
      if (!carried.has(discrepancy.id)) this.uncarried.push(discrepancy.id);
    }
  }

  /** The discrepancies a paragraph carrying `own` may be tied to. */
  poolFor(own: string[]): string[] {
    return unique([...own, ...this.uncarried]);
  }

  idsOf(sentence: string, pool: string[]): string[] {
    const key = squash(sentence);
    return pool.filter((id) => {
      const text = this.textOf.get(id);
      return text !== undefined && (text === key || (key.length > 20 && text.includes(key)) || (text.length > 20 && key.includes(text)));
    });
  }
}

// ---- the article, block by block ----

/** One handler per block type, as mdast-util-to-markdown has: `kind` is what a paragraph inside is, `ids` what its container carries. */
type Handler<N extends RootContent = RootContent> = (reader: ArticleReader, node: N, kind: ParagraphKind, ids: string[]) => void;
type Handlers = { [T in RootContent['type']]?: Handler<Extract<RootContent, { type: T }>> };

const skip: Handler = () => {};

const HANDLERS: Handlers = {
  heading: (reader, node) => reader.section(node),
  paragraph: (reader, node, kind, ids) => reader.paragraph(node, node.children, kind, ids),
  caption: (reader, node, _kind, ids) => reader.paragraph(node, node.children, 'caption', ids),
  list: listItems,
  blockquote: quoted,
  table: tableRows,
  footnoteDefinition: (reader, node) => reader.note(node),
  infobox: skip,
  thematicBreak: skip,
  definition: skip,
  yaml: skip,
};

/** A list item's first paragraph is the item's text; its other blocks are items too. */
function listItems(reader: ArticleReader, node: List, _kind: ParagraphKind, extraIds: string[]): void {
  for (const item of node.children) {
    const ids = [...extraIds, ...(item.data?.discrepancies ?? [])];
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') reader.paragraph(item, first.children, 'item', ids);
    else if (first) reader.block(first, 'item', ids);
    for (const block of rest) reader.block(block, 'item', ids);
  }
}

function quoted(reader: ArticleReader, node: Blockquote, _kind: ParagraphKind, extraIds: string[]): void {
  for (const block of node.children) reader.block(block, 'quote', [...extraIds, ...(node.data?.discrepancies ?? [])]);
}

/** A table row is one paragraph, its cells joined by ` | `; an empty row is none. */
function tableRows(reader: ArticleReader, node: Table, _kind: ParagraphKind, extraIds: string[]): void {
  for (const row of node.children) {
    const text = row.children.map((cell) => squash(toString(cell))).join(' | ');
    if (!text.replace(/[|\s]/g, '')) continue;
    reader.paragraph(row, [{ type: 'text', value: text, position: row.position }], 'table-row', extraIds);
  }
}

/** Any other block: its blocks are read in turn, and a block of text (code, raw HTML) is a paragraph. */
function other(reader: ArticleReader, node: RootContent, kind: ParagraphKind, extraIds: string[]): void {
  if ('children' in node) for (const child of (node as Parent).children) reader.block(child as RootContent, kind, extraIds);
  else if ('value' in node && typeof node.value === 'string') reader.paragraph(node, [node], kind, extraIds);
}

/** Reads the blocks of the reconciled tree into sections, paragraphs, sentences and notes. */
class ArticleReader {
  readonly sections: SectionText[] = [];
  readonly notes: NoteText[] = [];
  private readonly headings: Array<{ depth: number; text: string }> = [];
  private current: SectionText = { id: 's0', heading: null, depth: 0, path: [], source: null, discrepancies: [], paragraphs: [] };

  constructor(
    private readonly language: string,
    private readonly fallback: Provenance,
    private readonly matcher: TextMatcher,
  ) {
    this.sections.push(this.current);
  }

  block(node: RootContent, kind: ParagraphKind, ids: string[]): void {
    const handle = (HANDLERS[node.type] ?? other) as Handler;
    handle(this, node, kind, ids);
  }

  provenanceOf(node: Nodes): Provenance {
    const given = node.data?.provenance;
    const line = node.position?.start.line ?? given?.line ?? 1;
    return given
      ? { revision: given.revision, file: given.file, line: given.line ?? line }
      : { revision: this.fallback.revision, file: this.fallback.file, line };
  }

  section(node: Heading): void {
    const text = squash(toString(node));
    while (this.headings.length && this.headings[this.headings.length - 1].depth >= node.depth) this.headings.pop();
    this.headings.push({ depth: node.depth, text });
    this.current = {
      id: `s${this.sections.length}`,
      heading: text,
      depth: node.depth,
      path: this.headings.map((heading) => heading.text),
      source: this.provenanceOf(node),
      discrepancies: unique(node.data?.discrepancies ?? []),
      paragraphs: [],
    };
    this.sections.push(this.current);
  }

  paragraph(node: Nodes, children: readonly Nodes[], kind: ParagraphKind, extraIds: string[]): void {
    const own = [...extraIds, ...(node.data?.discrepancies ?? [])];
    const pool = this.matcher.poolFor(own);
    const text = runText(children);
    const squashed = squash(text.raw);
    if (!squashed) return;
    const source = this.provenanceOf(node);
    const firstLine = node.position?.start.line ?? source.line;
    const sentences = splitSentences(text.raw, this.language).map((span) => this.sentence(text, span, source, firstLine, pool));
    const ids = unique([...own, ...sentences.flatMap((sentence) => sentence.discrepancies), ...this.matcher.idsOf(squashed, pool)]);
    const current = this.current;
    current.paragraphs.push({ id: `${current.id}p${current.paragraphs.length + 1}`, kind, text: squashed, source, discrepancies: ids, notes: text.notes, sentences });
    current.discrepancies = unique([...current.discrepancies, ...ids]);
  }

  /** A sentence an editor decided comes from the decided source (the older revision, or decisions.json). */
  private sentence(text: RunText, { start, end }: SentenceSpan, source: Provenance, firstLine: number, pool: string[]): SentenceText {
    const sentence = squash(text.raw.slice(start, end));
    const decided = text.runs.find((run) => run.decided && !run.decided.within && run.offset < end && run.offset + run.value.length > start)?.decided;
    return {
      text: sentence,
      source: decided ? pickProvenance(decided.source) : { ...source, line: source.line + (lineAt(text.runs, start, firstLine) - firstLine) },
      discrepancies: unique([...idsBetween(text.runs, start, end), ...this.matcher.idsOf(sentence, pool)]),
    };
  }

  note(node: FootnoteDefinition): void {
    const carried = node.data?.carriedFrom;
    this.notes.push({
      label: node.label ?? node.identifier,
      text: squash(toString(node)),
      source: this.provenanceOf(node),
      ...(carried
        ? { carriedFrom: { revision: carried.revision, file: carried.file, line: carried.line, ...(carried.supports ? { supports: carried.supports } : {}) } }
        : {}),
    });
  }
}

/** The reconciled tree's text; the lead is a section only when there is text before the first heading. */
export function articleText(reconciled: Pick<Reconciled, 'article' | 'revisions' | 'tree' | 'discrepancies'>): ArticleText {
  const newest = reconciled.revisions[reconciled.revisions.length - 1];
  const fallback: Provenance = { revision: newest?.id ?? 'r1', file: newest?.file ?? '', line: 1 };
  const reader = new ArticleReader(reconciled.article.language || 'en', fallback, new TextMatcher(reconciled.tree, reconciled.discrepancies));
  for (const node of reconciled.tree.children) reader.block(node, 'paragraph', []);
  return { sections: reader.sections.filter((section) => section.heading !== null || section.paragraphs.length > 0), notes: reader.notes };
}
