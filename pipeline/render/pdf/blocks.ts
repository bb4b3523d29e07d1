// Measures a hast briefing into blocks (text, table, figure, page break), each with its lines and structure role.
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Face } from '../../typography/fonts.ts';
import type { Theme } from '../../model.ts';
import { DEFAULT_THEME } from '../../compose/environment.ts';
import { TEMPLATE_IMAGE, templateImage, type TemplateImage } from '../../assets.ts';
import { breakLines, collectRuns, justifyLine, measureRuns, truncateLines, type Line, type Run, type RunStyle } from './inline.ts';

/** A node of the PDF structure tree, made into a pdfkit element the first time content is drawn in it. */
export interface StructRef {
  type: string;
  parent: StructRef | null;
  alt?: string;
  lang?: string;
  /** A header cell's scope (PDF/UA: every TH says which cells it heads). */
  scope?: 'Column' | 'Row';
  /** Set by the typesetter. */
  element?: unknown;
}

export interface TextStyle {
  face: Face;
  size: number;
  leading: number;
  before: number;
  after: number;
  color?: string;
}

export interface TextBlock {
  kind: 'text';
  tag: string;
  struct: StructRef;
  lines: Line[];
  style: TextStyle;
  indent: number;
  width: number;
  keepWithNext: boolean;
  /** List marker drawn left of the first line. */
  label?: { lines: Line[]; struct: StructRef; width: number };
  /** Ids of elements that start here (link targets). */
  dests: string[];
  outline?: { level: number; title: string };
  /** Rule under the block (part headings). */
  rule?: boolean;
  /** For the handout: drop trailing items of this list group, keyed by group. */
  group?: ShortenGroup;
}

export interface Cell {
  lines: Line[];
  tag: 'TH' | 'TD';
  struct: StructRef;
  width: number;
  style: TextStyle;
  /** A column the source aligned right or centre (class `align-right`, `align-center`). */
  align?: 'right' | 'center';
}

export interface Row {
  cells: Cell[];
  height: number;
  header: boolean;
  struct: StructRef;
  group?: ShortenGroup;
}

/** A table row laid out in its columns (a module-level function: see bench/README.md on closures made per call). */
function tableRow(tr: Element, header: boolean, struct: StructRef, columns: number[], cellStyle: TextStyle, group: ShortenGroup | undefined): Row {
  const rowStruct: StructRef = { type: 'TR', parent: struct };
  const tds = cellsOf(tr);
  const cells: Cell[] = [];
  for (let i = 0; i < tds.length; i++) {
    const td = tds[i];
    const tag = td.tagName === 'th' ? 'TH' : 'TD';
    const runs = trimRuns(collectRuns(td.tagName === 'th' ? [td] : td.children, runStyle(cellStyle)));
    const lines = breakLines(runs, columns[i] - 2 * PAD);
    const classes = (Array.isArray(td.properties.className) ? td.properties.className : []).map(String);
    const align = classes.includes('align-right') ? 'right' : classes.includes('align-center') ? 'center' : undefined;
    // A header row's cells head columns; a header cell in a body row heads its row (or says so itself).
    const stated = String(td.properties.scope ?? '').toLowerCase();
    const scope = tag === 'TH' ? (stated === 'row' || (stated !== 'col' && !header) ? 'Row' : 'Column') : undefined;
    cells.push({ lines, tag, struct: { type: tag, parent: rowStruct, ...(scope ? { scope } : {}) }, width: columns[i], style: cellStyle, ...(align ? { align } : {}) });
  }
  return { cells, height: rowHeight(cells), header, struct: rowStruct, group };
}

export interface TableBlock {
  kind: 'table';
  struct: StructRef;
  header: Row[];
  rows: Row[];
  columns: number[];
  indent: number;
  before: number;
  after: number;
  /** A short table (a colophon, a count) is not split across pages. */
  keepTogether: boolean;
}

export interface FigureBlock {
  kind: 'figure';
  struct: StructRef;
  /** What is drawn: an SVG of the composition (the timeline), or an image a template refers to (a logo). */
  svg?: Element;
  image?: TemplateImage;
  width: number;
  height: number;
  viewWidth: number;
  indent: number;
  before: number;
  after: number;
  /** The handout may scale it down to make room. */
  shrinkable: boolean;
}

export interface BreakBlock {
  kind: 'break';
}

export type Block = TextBlock | TableBlock | FigureBlock | BreakBlock;

/** A list or table the handout may shorten from the end. */
export interface ShortenGroup {
  id: number;
  more: string;
}

export const PAD = 3;

/** Height of a table row: its tallest cell's lines, padded above and below. */
export function rowHeight(cells: ReadonlyArray<Pick<Cell, 'lines' | 'style'>>): number {
  return Math.max(...cells.map((c) => c.lines.length * c.style.leading)) + 2 * PAD;
}
/** Lists of at most this many one- or two-line items stay on one page. */
const SHORT_LIST = 8;
/** Tables of at most this many rows stay on one page. */
const KEEP_TOGETHER_ROWS = 10;

/** Secondary text's colour when no theme says otherwise. */
const MUTED = DEFAULT_THEME.colours.muted;

export const STYLES = {
  body: { face: 'serif', size: 10.4, leading: 14.4, before: 0, after: 6 },
  h1: { face: 'sansBold', size: 24, leading: 29, before: 6, after: 8 },
  h2: { face: 'sansBold', size: 15, leading: 19, before: 14, after: 8 },
  h3: { face: 'sansBold', size: 11, leading: 14.5, before: 10, after: 4 },
  h4: { face: 'sansBold', size: 10, leading: 13, before: 8, after: 3 },
  kicker: { face: 'sansBold', size: 11, leading: 14, before: 0, after: 2, color: MUTED },
  subtitle: { face: 'sans', size: 12, leading: 16, before: 0, after: 18, color: MUTED },
  small: { face: 'sans', size: 8, leading: 10.5, before: 4, after: 4, color: MUTED },
  cell: { face: 'sans', size: 8.4, leading: 10.6, before: 0, after: 0 },
  dt: { face: 'sansBold', size: 8, leading: 10.5, before: 2, after: 1, color: MUTED },
  dd: { face: 'serif', size: 9.2, leading: 12.4, before: 0, after: 3 },
  note: { face: 'serif', size: 8.6, leading: 11.4, before: 0, after: 3 },
  caption: { face: 'sans', size: 7.8, leading: 10, before: 3, after: 8, color: MUTED },
} satisfies Record<string, TextStyle>;

export interface LayoutOptions {
  width: number;
  /** Scale of every font size (the handout shrinks to fit). */
  scale: number;
  /** Items of a `data-shorten` list kept, by group id (the handout's fitting loop sets it). */
  keep?: Map<number, number>;
  /** Scale of shrinkable figures. */
  figureScale?: number;
  /** Line that replaces dropped items (`{count}` is their number), from the template. */
  more?: string;
  /** The house style: colours of secondary text (rules and bands are the typesetter's). */
  theme?: Theme;
  /** Soft hyphens where the document's language may break a word (prose is hyphenated and justified with it). */
  hyphenate?: (word: string) => string;
  /**
   * Called whenever the blocks made so far are final (no list is open that may still change them):
   * the typesetter places them while layout goes on, so a long briefing is never laid out whole.
   * It may release (set to `undefined`) the blocks it has placed.
   */
  onBlocks?: (blocks: Array<Block | undefined>) => void;
}

interface Context {
  struct: StructRef;
  indent: number;
  part: string;
  pendingDests: string[];
  group?: ShortenGroup;
  maxLines?: number;
}

const scaled = (s: TextStyle, k: number): TextStyle => ({ ...s, size: s.size * k, leading: s.leading * k, before: s.before * k, after: s.after * k });

/** Structure tags of running prose. */
const PROSE_TAGS = new Set(['P', 'LBody', 'Note']);

const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

const isPhrasing = (n: ElementContent) => n.type === 'text' || (n.type === 'element' && PHRASING.has(n.tagName));

export function runStyle(style: TextStyle): RunStyle {
  return { face: style.face, size: style.size, rise: 0, underline: false, strike: false };
}

/** The blocks of a document; `root` is the Document structure element they hang from. */
export function layoutDocument(tree: Root, root: StructRef, options: LayoutOptions): Block[] {
  const layout = new DocumentLayout(options);
  layout.walk(tree, { struct: root, indent: 0, part: '', pendingDests: [] });
  return layout.blocks;
}

/**
 * Lays a composed document out as blocks, element by element: one method per family of elements (headings and
 * paragraphs, lists, tables, figures, images), each handing its blocks on as soon as they are final.
 */
class DocumentLayout {
  readonly blocks: Block[] = [];
  /** Groups of items a handout may shorten (`data-shorten`), numbered in order. */
  private groups = 0;
  /** Lists being laid out: they adjust their own blocks when they end, so nothing is handed on meanwhile. */
  private open = 0;
  private readonly k: number;
  /** Secondary text takes the theme's muted colour (templates/theme.json). */
  private readonly muted: string | undefined;

  constructor(private readonly options: LayoutOptions) {
    this.k = options.scale;
    this.muted = options.theme?.colours.muted;
  }

  private style(name: keyof typeof STYLES): TextStyle {
    const style = scaled(STYLES[name], this.k);
    return this.muted && style.color === MUTED ? { ...style, color: this.muted } : style;
  }

  private textBlock(nodes: ElementContent[], style: TextStyle, tag: string, ctx: Context, extra: Partial<TextBlock> = {}): TextBlock | null {
    const runs = trimRuns(collectRuns(nodes, runStyle(style)));
    if (!runs.length) return null;
    const width = this.options.width - ctx.indent;
    // Prose (paragraphs, list items, notes) is hyphenated and justified; headings, labels and captions are not.
    const prose = PROSE_TAGS.has(tag) && style.face.startsWith('serif');
    let lines = breakLines(runs, width, prose && this.options.hyphenate ? { hyphenate: this.options.hyphenate } : {});
    if (ctx.maxLines) lines = truncateLines(lines, ctx.maxLines, width);
    if (prose) lines = lines.map((line) => justifyLine(line, width));
    const block: TextBlock = {
      kind: 'text',
      tag,
      struct: { type: tag, parent: ctx.struct },
      lines,
      style,
      indent: ctx.indent,
      width,
      keepWithNext: false,
      dests: ctx.pendingDests.splice(0),
      group: ctx.group,
      ...extra,
    };
    this.blocks.push(block);
    return block;
  }

  walk(node: Element | Root, ctx: Context): void {
    const children = node.children as ElementContent[];
    // Mixed content: runs of phrasing between blocks become paragraphs.
    let inline: ElementContent[] = [];
    const flush = () => {
      if (inline.some((n) => n.type === 'element' || (n.type === 'text' && n.value.trim()))) this.textBlock(inline, this.style('body'), 'P', ctx);
      inline = [];
    };
    for (const child of children) {
      if (isPhrasing(child)) {
        inline.push(child);
        continue;
      }
      flush();
      if (child.type === 'element') this.element(child, ctx);
      if (!this.open) this.options.onBlocks?.(this.blocks);
    }
    flush();
  }

  private element(el: Element, ctx: Context): void {
    const p = el.properties;
    const id = typeof p.id === 'string' ? [p.id] : [];
    switch (el.tagName) {
      case 'head':
      case 'script':
      case 'style':
      case 'template':
        return;
      case 'html':
      case 'body':
      case 'div':
      case 'main':
      case 'article':
        ctx.pendingDests.push(...id);
        return this.walk(el, ctx);
      case 'section':
      case 'footer':
      case 'aside':
        return this.section(el, ctx);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return this.heading(el, ctx);
      case 'p':
      case 'figcaption':
        return this.paragraph(el, ctx);
      case 'ul':
      case 'ol':
        return this.list(el, ctx);
      case 'dl': {
        for (const item of el.children) {
          if (item.type !== 'element') continue;
          if (item.tagName === 'dt') this.textBlock(item.children, this.style('dt'), 'P', ctx, { keepWithNext: true });
          else if (item.tagName === 'dd') this.textBlock(item.children, this.style('dd'), 'P', { ...ctx, indent: ctx.indent + 10 * this.k });
        }
        return;
      }
      case 'table':
        return this.table(el, ctx);
      case 'figure': {
        const struct: StructRef = { type: 'Figure', parent: ctx.struct };
        ctx.pendingDests.push(...id);
        for (const child of el.children) {
          if (child.type !== 'element') continue;
          if (child.tagName === 'svg') this.figure(child, struct, ctx, p.dataShrink !== undefined);
          else if (child.tagName === 'figcaption') this.textBlock(child.children, this.style('caption'), 'Caption', { ...ctx, struct });
          else this.element(child, { ...ctx, struct });
        }
        return;
      }
      case 'svg':
        return this.figure(el, { type: 'Figure', parent: ctx.struct }, ctx, false);
      case 'img':
        return this.image(el, ctx);
      default:
        return this.walk(el, ctx);
    }
  }

  private section(el: Element, ctx: Context): void {
    const p = el.properties;
    if (p.dataBreak === 'page' && this.blocks.length) this.blocks.push({ kind: 'break' });
    const part = typeof p.dataPart === 'string' ? p.dataPart : ctx.part;
    const struct: StructRef = { type: 'Sect', parent: ctx.struct, lang: typeof p.lang === 'string' ? p.lang : undefined };
    if (typeof p.id === 'string') ctx.pendingDests.push(p.id);
    this.walk(el, { ...ctx, struct, part });
  }

  private heading(el: Element, ctx: Context): void {
    const level = Math.min(4, Number(el.tagName[1]));
    const style = this.style(`h${level}` as 'h1');
    if (typeof el.properties.id === 'string') ctx.pendingDests.push(el.properties.id);
    const title = toText(el).replace(/\s+/g, ' ').trim();
    const outline =
      ctx.part === 'cover' ? undefined
      : level === 2 ? { level: 0, title }
      : level === 3 && ctx.part !== 'disagreements' ? { level: 1, title }
      : undefined;
    this.textBlock(el.children, style, `H${Math.min(level, 6)}`, ctx, { keepWithNext: true, outline, rule: level === 2 && ctx.part !== 'cover' });
  }

  private paragraph(el: Element, ctx: Context): void {
    if (typeof el.properties.id === 'string') ctx.pendingDests.push(el.properties.id);
    const classes = (Array.isArray(el.properties.className) ? el.properties.className : []).map(String);
    const style =
      el.tagName === 'figcaption' ? this.style('caption')
      : classes.includes('kicker') ? this.style('kicker')
      : classes.includes('subtitle') ? this.style('subtitle')
      : classes.includes('small') ? this.style('small')
      : ctx.part === 'notes' ? this.style('note')
      : this.style('body');
    this.textBlock(el.children, style, el.tagName === 'figcaption' ? 'Caption' : 'P', ctx);
  }

  private list(el: Element, ctx: Context): void {
    const p = el.properties;
    const struct: StructRef = { type: 'L', parent: ctx.struct };
    const group = p.dataShorten !== undefined ? { id: ++this.groups, more: '' } : ctx.group;
    const items = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
    const keep = group && this.options.keep?.get(group.id);
    const shown = keep !== undefined && keep < items.length ? items.slice(0, keep) : items;
    let n = typeof p.start === 'number' ? p.start : 1;
    const start = this.blocks.length;
    const heads: number[] = [];
    this.open++;
    shown.forEach((li, index) => {
      const value = typeof li.properties.value === 'number' ? li.properties.value : n;
      n = value + 1;
      heads[index] = this.blocks.length;
      this.listItem(li, el.tagName === 'ol' ? `${value}.` : '•', { ...ctx, struct, group });
    });
    // A short list of short items (a "See also") stays on one page; in any list, a short last
    // item never goes to a page alone but takes the one before it along.
    const made = this.blocks.slice(start);
    const short = made.every((b) => b.kind === 'text' && b.lines.length <= 2);
    if (short && shown.length <= SHORT_LIST) for (const b of made.slice(0, -1)) (b as TextBlock).keepWithNext = true;
    else if (shown.length > 1) {
      const before = this.blocks[heads[shown.length - 1] - 1];
      if (before?.kind === 'text' && before.lines.length <= 3) before.keepWithNext = true;
    }
    if (shown.length < items.length) this.moreLine(items.length - shown.length, ctx);
    this.open--;
  }

  private image(el: Element, ctx: Context): void {
    // An image of the templates (a logo): drawn at its width attribute (CSS pixels), never wider than the column.
    const p = el.properties;
    const src = String(p.src ?? '');
    if (!TEMPLATE_IMAGE.test(src)) return;
    const image = templateImage(src);
    const avail = this.options.width - ctx.indent;
    const wanted = Number(p.width) > 0 ? Number(p.width) * 0.75 : image.width * 0.75;
    const width = Math.min(avail, wanted * this.k);
    const height = (width * image.height) / image.width;
    const alt = String(p.alt ?? '');
    this.blocks.push({ kind: 'figure', struct: { type: 'Figure', parent: ctx.struct, alt }, image, viewWidth: width, width, height, indent: ctx.indent, before: 2 * this.k, after: 6 * this.k, shrinkable: false });
  }

  private moreLine(count: number, ctx: Context): void {
    const text = this.options.more ?? '… {count}';
    this.textBlock([{ type: 'text', value: text.replace('{count}', String(count)) }], this.style('small'), 'P', { ...ctx, group: undefined });
  }

  private listItem(li: Element, marker: string, ctx: Context): void {
    const liStruct: StructRef = { type: 'LI', parent: ctx.struct };
    const indent = 14 * this.k;
    const style = ctx.part === 'notes' ? this.style('note') : this.style('body');
    const maxLines = typeof li.properties.dataLines === 'string' ? Number(li.properties.dataLines) : ctx.maxLines;
    const inner: Context = { ...ctx, struct: { type: 'LBody', parent: liStruct }, indent: ctx.indent + indent, maxLines };
    if (typeof li.properties.id === 'string') inner.pendingDests.push(li.properties.id);
    const labelRuns: Run[] = [{ ...runStyle(style), text: marker }];
    const label = { lines: breakLines(labelRuns, indent), struct: { type: 'Lbl', parent: liStruct }, width: indent };
    const first = this.blocks.length;
    let inline: ElementContent[] = [];
    const flush = () => {
      if (inline.length) this.textBlock(inline, style, 'P', inner);
      inline = [];
    };
    for (const child of li.children) {
      if (isPhrasing(child)) inline.push(child);
      else {
        flush();
        if (child.type === 'element') this.element(child, inner);
      }
    }
    flush();
    const head = this.blocks[first];
    if (head?.kind === 'text') head.label = label;
  }

  private table(el: Element, ctx: Context): void {
    const struct: StructRef = { type: 'Table', parent: ctx.struct };
    const rowsEl: Array<{ tr: Element; header: boolean }> = [];
    const visitRows = (node: Element, header: boolean) => {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') rowsEl.push({ tr: c, header });
        else if (c.tagName === 'thead') visitRows(c, true);
        else if (c.tagName === 'tbody' || c.tagName === 'tfoot') visitRows(c, false);
      }
    };
    visitRows(el, false);
    const group = p(el).dataShorten !== undefined ? { id: ++this.groups, more: '' } : undefined;
    const cellStyle = this.style('cell');
    const columns = this.columnWidths(rowsEl.map(({ tr }) => cellsOf(tr)), this.options.width - ctx.indent, cellStyle);
    const keep = group && this.options.keep?.get(group.id);
    let bodyRows = rowsEl.filter((r) => !r.header);
    const dropped = keep !== undefined && keep < bodyRows.length ? bodyRows.length - keep : 0;
    if (dropped) bodyRows = bodyRows.slice(0, keep);
    const header: Row[] = [];
    for (const r of rowsEl) if (r.header) header.push(tableRow(r.tr, r.header, struct, columns, cellStyle, group));
    const rows: Row[] = [];
    for (const r of bodyRows) rows.push(tableRow(r.tr, r.header, struct, columns, cellStyle, group));
    this.blocks.push({
      kind: 'table',
      struct,
      header,
      rows,
      columns,
      indent: ctx.indent,
      before: 2 * this.k,
      after: 10 * this.k,
      keepTogether: rows.length <= KEEP_TOGETHER_ROWS,
    });
    if (dropped) this.moreLine(dropped, ctx);
  }

  /**
   * Column widths as a browser's automatic table layout makes them: each column at least as wide as its longest
   * word (so no word is broken apart), and the room left shared out in proportion to how much more each column
   * would take unbroken.
   */
  private columnWidths(rows: Element[][], width: number, cellStyle: TextStyle): number[] {
    const cols = Math.max(1, ...rows.map((cells) => cells.length));
    const natural = new Array(cols).fill(20);
    const least = new Array(cols).fill(20);
    for (const cells of rows) {
      for (let i = 0; i < cells.length; i++) {
        const td = cells[i];
        // Measured as drawn (a header cell is bold), and by its longest line when it holds breaks.
        const runs = collectRuns(td.tagName === 'th' ? [td] : td.children, runStyle(cellStyle));
        const { natural: w, longest } = measureRuns(runs);
        natural[i] = Math.max(natural[i], w + 2 * PAD);
        // A very long word (a URL) may still be broken: it cannot claim more than a third of the table.
        least[i] = Math.max(least[i], Math.min(longest + 2 * PAD, width / 3));
      }
    }
    const total = natural.reduce((a, b) => a + b, 0);
    const floor = least.reduce((a, b) => a + b, 0);
    if (total > width && floor < width) {
      const slack = total - floor;
      return natural.map((w, i) => least[i] + ((width - floor) * (w - least[i])) / slack);
    }
    if (total > width) return natural.map((w) => (w * width) / total);
    if (cols > 1) {
      const extra = (width - total) / cols;
      return natural.map((w) => w + extra);
    }
    return natural;
  }

  private figure(svg: Element, struct: StructRef, ctx: Context, shrinkable: boolean): void {
    const [, , vw, vh] = String(svg.properties.viewBox ?? '0 0 100 100').split(/[\s,]+/).map(Number);
    const title = svg.children.find((c): c is Element => c.type === 'element' && c.tagName === 'desc');
    const alt = (title ? toText(title) : '') || String(svg.properties.ariaLabel ?? 'Figure');
    struct.alt = alt;
    const avail = this.options.width - ctx.indent;
    const scale = (avail / vw) * (shrinkable ? (this.options.figureScale ?? 1) : 1);
    this.blocks.push({ kind: 'figure', struct, svg, viewWidth: vw, width: vw * scale, height: vh * scale, indent: ctx.indent, before: 4 * this.k, after: 2 * this.k, shrinkable });
  }
}

/** A row's cells (`td` and `th`). */
const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

function p(el: Element) {
  return el.properties;
}

/** Drop spaces at the start and end of a paragraph (HTML collapses them). */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.filter((r) => r.text !== '');
  while (out.length && out[0].text.trim() === '') out.shift();
  while (out.length && out[out.length - 1].text.trim() === '') out.pop();
  if (out.length) {
    out[0] = { ...out[0], text: out[0].text.replace(/^ +/, '') };
    const last = out.length - 1;
    out[last] = { ...out[last], text: out[last].text.replace(/ +$/, '') };
  }
  return out;
}
