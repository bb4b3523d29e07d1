// Places measured blocks on pages: keeps headings with what follows, no widows or orphans, repeats table headers, tags it all.
import { deflateSync } from 'node:zlib';
import { PAD, rowHeight, type Block, type FigureBlock, type Row, type StructRef, type TableBlock, type TextBlock } from './blocks.ts';
import type { Line, Piece } from './inline.ts';
import { ascentOf } from './inline.ts';
import { DEFAULT_THEME } from '../../compose/environment.ts';
import type { PageGeometry } from './geometry.ts';
import { drawSvg } from './svg.ts';
import { drawGlyphRun } from './glyph-runs.ts';
import type { TemplateImage } from '../../assets.ts';

type Doc = PDFKit.PDFDocument;
type StructElement = ReturnType<Doc['struct']>;
/** pdfkit's internal drawing of one unwrapped piece of text (what `text()` calls once per line). */
interface Fragmenting {
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
}

const MIN_LINES = 2;
/** A table's rules: heavy above and below it, light under its header (booktabs' 0.08 em and 0.05 em at 10 pt). */
const HEAVY_RULE = 0.8;
const LIGHT_RULE = 0.5;
/** A figure may shrink this far to stay on the page of its heading rather than leave a blank third of a page. */
const MIN_FIGURE_SCALE = 0.85;
/** On the one-page handout a figure shrinks further before anything else is shortened. */
export const MIN_HANDOUT_FIGURE_SCALE = 0.75;

export interface TypesetResult {
  pages: number;
  /** Bottom of the last thing placed on the last page. */
  y: number;
}

export const tableHeight = (block: TableBlock): number => block.before + [...block.header, ...block.rows].reduce((a, r) => a + r.height, 0);

/** A figure's caption is the text block right after it, tagged Caption: the two go on one page. */
function captionAfter(blocks: ReadonlyArray<Block | undefined>, i: number): TextBlock | null {
  const next = blocks[i + 1];
  return next?.kind === 'text' && next.tag === 'Caption' ? next : null;
}

export const heightOf = (block: TextBlock): number => block.style.before + block.lines.length * block.style.leading + block.style.after;

/** pdfkit's PNG image, as far as documentImage reads it. */
interface PngImage {
  imgData?: Uint8Array | null;
  alphaChannel?: Uint8Array;
  splitAlphaChannel?: () => void;
  finalize?: () => void;
}

/** A template image's colour and alpha planes as pdfkit deflates them, by image (documentImage). */
const splitPlanes = new WeakMap<TemplateImage, { imgData: Uint8Array; alphaChannel: Uint8Array }>();

/**
 * A template image (the logo) for `doc.image`, opened as pdfkit opens it. For a PNG with an alpha channel pdfkit
 * inflates the pixels, splits colour from alpha and deflates both planes in every document (and TurboFan compiled its
 * per-call closure again after full collections); the planes are the same bytes for the same image, so they are
 * made once. pdfkit finishes the image in inflate's callback, after the document's drawing; a cached image
 * finishes in a microtask, which also runs only after the drawing (the PDF writers draw synchronously up to
 * `doc.end()`), so the objects are numbered and written in the same order.
 */
function documentImage(doc: Doc, image: TemplateImage): unknown {
  const opened = (doc as unknown as { openImage(src: Buffer): PngImage }).openImage(Buffer.from(image.bytes));
  const finalize = opened.finalize;
  if (typeof opened.splitAlphaChannel !== 'function' || typeof finalize !== 'function') return opened;
  const planes = splitPlanes.get(image);
  if (planes) {
    opened.splitAlphaChannel = () => {
      opened.imgData = planes.imgData;
      opened.alphaChannel = planes.alphaChannel;
      queueMicrotask(() => finalize.call(opened));
    };
  } else {
    opened.finalize = () => {
      if (opened.imgData && opened.alphaChannel) splitPlanes.set(image, { imgData: opened.imgData, alphaChannel: opened.alphaChannel });
      finalize.call(opened);
    };
  }
  return opened;
}

/** Height a block needs at the top of a fresh page before anything may follow it. */
function leadHeight(blocks: ReadonlyArray<Block | undefined>, i: number, pageBody: number, figureScale = MIN_FIGURE_SCALE): number {
  const block = blocks[i];
  if (!block || block.kind === 'break') return 0;
  if (block.kind === 'figure') {
    const caption = captionAfter(blocks, i);
    return block.height * figureScale + block.before + (caption ? heightOf(caption) : 0);
  }
  if (block.kind === 'table') {
    // A short table stays on one page, when a page can hold it.
    if (block.keepTogether && tableHeight(block) - block.before <= pageBody) return tableHeight(block);
    const header = block.header.reduce((a, r) => a + r.height, 0);
    return block.before + header + (block.rows[0] ? rowLead(block.rows[0], pageBody - header) : 0);
  }
  const n = block.lines.length <= 3 ? block.lines.length : MIN_LINES;
  return block.style.before + n * block.style.leading;
}

export class Typesetter {
  y: number;
  page = 0;
  private outlineTop: ReturnType<Doc['outline']['addItem']> | null = null;
  private dests = new Set<string>();
  overflowed = false;

  constructor(
    readonly doc: Doc,
    readonly geo: PageGeometry,
    /** When false, nothing is drawn: the pass only measures (the handout's fitting loop). */
    public draw = true,
    /** One page only: what would go to a second page is left off instead. */
    readonly singlePage = false,
    /** Rules and header bands take the theme's colours (templates/theme.json). */
    readonly colours: { ink: string; rule: string; band: string } = DEFAULT_THEME.colours,
  ) {
    this.y = geo.top;
  }

  get bottom(): number {
    return this.geo.bottom;
  }

  /** Height of a page's text area. */
  get pageBody(): number {
    return this.bottom - this.geo.top;
  }

  newPage(): void {
    if (this.singlePage) {
      this.draw = false;
      this.overflowed = true;
    } else if (this.draw) {
      compactContent(this.doc);
      this.doc.addPage();
    }
    this.page++;
    this.y = this.geo.top;
  }

  private atTop(): boolean {
    return this.y <= this.geo.top + 0.01;
  }

  private struct(ref: StructRef): StructElement {
    if (ref.element) return ref.element as StructElement;
    const options: Record<string, string> = {};
    if (ref.alt) options.alt = ref.alt;
    if (ref.lang) options.lang = ref.lang;
    if (ref.scope) options.scope = ref.scope;
    const el = this.doc.struct(ref.type as never, options);
    if (ref.parent) this.struct(ref.parent).add(el);
    else this.doc.addStructure(el);
    ref.element = el;
    return el;
  }

  /** Index of the next block to place (the blocks before it are placed). */
  private next = 0;

  /**
   * Place the blocks. Nothing looks back at a block once it is placed, so with `release` each is let
   * go as soon as it is drawn: the lines of a long briefing are not all held while pdfkit grows.
   */
  run(blocks: Array<Block | undefined>, release = false): TypesetResult {
    this.pump(blocks, true, release);
    return { pages: this.singlePage ? 1 : this.page + 1, y: this.y };
  }

  /**
   * Place what can already be placed of a list that layout is still growing: a block is placed once
   * every block its decision looks at (the headings kept with it, what follows them, a caption) is
   * there. With `final`, the list is complete and everything left is placed.
   */
  pump(blocks: Array<Block | undefined>, final: boolean, release = false): void {
    for (; this.next < blocks.length; this.next++) {
      const i = this.next;
      if (!final) {
        let j = i;
        while (blocks[j]?.kind === 'text' && (blocks[j] as TextBlock).keepWithNext) j++;
        if (j + 1 >= blocks.length) return;
        // On a single page a figure gives way to every block after it (below): it, and a heading kept with it,
        // are placed only when all are there.
        if (this.singlePage && blocks[j]!.kind === 'figure') return;
      }
      const block = blocks[i]!;
      if (release && i > 0) blocks[i - 1] = undefined;
      switch (block.kind) {
        case 'break':
          if (!this.atTop()) this.newPage();
          break;
        case 'text': {
          // A heading (or a run of them) moves to the next page unless the next block's first lines fit too.
          let need = block.style.before + Math.min(block.lines.length, block.lines.length <= 3 ? 3 : MIN_LINES) * block.style.leading;
          if (block.keepWithNext) {
            let j = i;
            need = 0;
            while (blocks[j]?.kind === 'text' && (blocks[j] as TextBlock).keepWithNext) {
              const b = blocks[j] as TextBlock;
              need += b.style.before + b.lines.length * b.style.leading + b.style.after;
              j++;
            }
            need += leadHeight(blocks, j, this.pageBody, this.singlePage ? MIN_HANDOUT_FIGURE_SCALE : MIN_FIGURE_SCALE);
          }
          if (!this.atTop() && this.y + need > this.bottom) this.newPage();
          this.text(block);
          break;
        }
        case 'table':
          this.table(block);
          break;
        case 'figure': {
          // On a single page (the handout) the figure gives way to everything after it; elsewhere it
          // only needs its caption beside it.
          const caption = captionAfter(blocks, i);
          let reserve = caption ? heightOf(caption) : 0;
          if (this.singlePage) {
            reserve = 0;
            for (let j = i + 1; j < blocks.length; j++) {
              const b = blocks[j]!;
              reserve += b.kind === 'text' ? heightOf(b) : b.kind === 'break' ? 0 : leadHeight(blocks, j, this.pageBody);
            }
          }
          this.figure(block, reserve);
          break;
        }
      }
    }
  }

  private text(block: TextBlock): void {
    const { style } = block;
    if (!this.atTop()) this.y += style.before;
    let index = 0;
    const total = block.lines.length;
    while (index < total) {
      const room = Math.floor((this.bottom - this.y + 0.01) / style.leading);
      const left = total - index;
      let take = Math.min(room, left);
      if (take < left) {
        // Widows and orphans: at least two lines on each side of a break.
        if (left - take < MIN_LINES) take = left - MIN_LINES;
        if (take < MIN_LINES || (index === 0 && total <= 3)) take = 0;
        if (take === 0 && this.atTop()) take = Math.max(1, Math.min(room, left));
      }
      if (take === 0) {
        this.newPage();
        continue;
      }
      if (this.draw) this.drawLines(block, index, take);
      this.y += take * style.leading;
      index += take;
      if (index < total) this.newPage();
    }
    this.y += style.after;
  }

  private drawLines(block: TextBlock, from: number, count: number): void {
    const doc = this.doc;
    const { style } = block;
    const x0 = this.geo.left + block.indent;
    if (from === 0) {
      for (const id of block.dests) this.destination(id, x0, this.y);
      if (block.outline) this.outline(block.outline.level, block.outline.title);
      if (block.label) {
        const el = this.struct(block.label.struct);
        const mc = doc.markStructureContent('Lbl');
        this.line(block.label.lines[0], x0 - block.label.width, this.y, style.leading, null, style.color);
        doc.endMarkedContent();
        el.add(mc);
      }
    }
    const parent = this.struct(block.struct);
    let mc = doc.markStructureContent(block.tag as never);
    let y = this.y;
    const tagging = { parent, tag: block.tag, reopen: (m: typeof mc) => (mc = m), current: () => mc };
    for (let i = from; i < from + count; i++) {
      const shift = block.lines[i].rtl ? Math.max(0, block.width - block.lines[i].width) : 0;
      this.line(block.lines[i], x0 + shift, y, style.leading, tagging, style.color);
      y += style.leading;
    }
    doc.endMarkedContent();
    parent.add(mc);
    if (block.rule && from === 0) {
      doc.markContent('Artifact', { type: 'Layout' });
      const ry = this.y + style.leading - 1;
      doc.moveTo(this.geo.left, ry + 3).lineTo(this.geo.right, ry + 3).lineWidth(0.5).stroke(this.colours.rule);
      doc.endMarkedContent();
    }
  }

  /**
   * Draw one line. Consecutive pieces with the same style go out in one text() call; a piece with a
   * structure role (footnote reference, language span) gets its own marked content inside `tagging`.
   */
  line(
    line: Line,
    x0: number,
    top: number,
    leading: number,
    tagging: { parent: StructElement; tag: string; reopen: (mc: ReturnType<Doc['markStructureContent']>) => void; current: () => ReturnType<Doc['markStructureContent']> } | null,
    color = '#000',
  ): void {
    const doc = this.doc;
    const items = line.items;
    // A fallback face (a taller CJK or Arabic face) sits on the line of the face it stands in for.
    let maxAscent = 0;
    for (const it of items) maxAscent = Math.max(maxAscent, ascentOf(it.piece.base ?? it.piece.face, it.piece.size));
    // Centre the text in the leading: baseline sits so that ascent + descent is balanced.
    const baseline = top + (leading - maxAscent * 1.23) / 2 + maxAscent;
    let i = 0;
    while (i < items.length) {
      const first = items[i].piece;
      let text = first.text;
      let j = i + 1;
      while (j < items.length && sameStyle(items[j].piece, first)) {
        const prev = items[j - 1];
        const gap = items[j].x - (prev.x + prev.piece.width);
        text += gap > 0.01 ? ' ' + items[j].piece.text : items[j].piece.text;
        j++;
      }
      const x = x0 + items[i].x;
      const y = baseline - first.rise - ascentOf(first.face, first.size);
      const isLink = Boolean(first.goTo || first.link);
      let roleElement: StructElement | null = null;
      let linkElement: StructElement | null = null;
      if (tagging && (first.role || isLink)) {
        doc.endMarkedContent();
        tagging.parent.add(tagging.current());
        if (first.role) {
          roleElement = this.doc.struct(first.role as never, first.lang ? { lang: first.lang } : {});
          tagging.parent.add(roleElement);
        }
        // PDF/UA: a link is a Link element holding its text and, by an object reference, its annotation.
        if (isLink) {
          linkElement = this.doc.struct('Link' as never);
          (roleElement ?? tagging.parent).add(linkElement);
        }
        const inner = doc.markStructureContent((isLink ? 'Link' : first.role) as never);
        (linkElement ?? roleElement)!.add(inner);
      }
      this.select(first.face, first.size, color);
      // pdfkit's text() with a fixed x and y and no wrapping comes down to this one fragment, whose operators
      // drawGlyphRun writes from each word's codes (glyph-runs.ts), an underline or a strike first as pdfkit draws it.
      // Where drawGlyphRun leaves the text to pdfkit, called directly, pdfkit neither copies the options nor shapes the
      // text once more to advance its own x, and its measured width only sizes an underline or a strike.
      const decorated = first.underline || first.strike;
      if (!drawGlyphRun(doc, text, x, y, line.spacing ?? 0, decorated ? { underline: first.underline, strike: first.strike } : undefined)) {
        (doc as unknown as Fragmenting)._fragment(text, x, y, {
          lineBreak: false,
          underline: first.underline,
          strike: first.strike,
          // A justified line: each space of the run is widened as the line's gaps were.
          ...(line.spacing ? { wordSpacing: line.spacing } : {}),
          ...(decorated ? {} : { textWidth: 0, wordCount: 1 }),
        });
      }
      if (isLink) {
        const last = items[j - 1];
        const width = last.x + last.piece.width - items[i].x;
        const annotation = {
          ...(linkElement ? { structParent: linkElement } : {}),
          Contents: new String(first.linkLabel ?? text),
        };
        if (first.goTo) doc.goTo(x, y, width, doc.currentLineHeight(), first.goTo, annotation as never);
        else doc.link(x, y, width, doc.currentLineHeight(), first.link!, annotation as never);
        // Written now, so that its object reference names this page (pdfkit takes the page current when it writes).
        linkElement?.end();
      }
      if (tagging && (roleElement || linkElement)) {
        doc.endMarkedContent();
        tagging.reopen(doc.markStructureContent(tagging.tag as never));
      }
      i = j;
    }
  }

  /** The face and fill colour last set for text, and the page the colour was set on. */
  private chosen: { face: string; font: unknown; color: string; page: unknown } | null = null;

  /**
   * Select a face, size and fill colour for text, skipping what is already in effect: most runs of a
   * page share them, and pdfkit writes the colour into the page each time it is set. The font and size
   * are pdfkit's own state; the colour is the page's graphics state, so it is set again on a new page
   * and after anything else that fills (`forgetFill`).
   */
  private select(face: string, size: number, color: string): void {
    const doc = this.doc as Doc & { _font?: unknown; _fontSize?: number; page?: unknown };
    const chosen = this.chosen;
    if (!chosen || chosen.face !== face || doc._font !== chosen.font) doc.font(face);
    if (doc._fontSize !== size) doc.fontSize(size);
    if (!chosen || chosen.color !== color || chosen.page !== doc.page) doc.fillColor(color);
    this.chosen = { face, font: doc._font, color, page: doc.page };
  }

  /** Something other than text changed the fill colour. */
  private forgetFill(): void {
    this.chosen = null;
  }

  private destination(id: string, x: number, y: number): void {
    if (this.dests.has(id)) return;
    this.dests.add(id);
    this.doc.addNamedDestination(id, 'XYZ', x, this.geo.height - y, null);
  }

  private outline(level: number, title: string): void {
    const root = this.doc.outline;
    if (level === 0 || !this.outlineTop) this.outlineTop = root.addItem(title, { expanded: true });
    else this.outlineTop.addItem(title);
  }

  private table(block: TableBlock): void {
    const headerHeight = block.header.reduce((a, r) => a + r.height, 0);
    // What a page must hold of a row before the row may start on it: all of it, unless no page can.
    const room = this.pageBody - headerHeight;
    const first = block.rows[0] ? rowLead(block.rows[0], room) : 0;
    if (!this.atTop()) this.y += block.before;
    const whole = tableHeight(block) - block.before;
    const need = block.keepTogether && whole <= this.pageBody ? whole : headerHeight + first;
    if (!this.atTop() && this.y + need > this.bottom) this.newPage();
    const x0 = this.geo.left + block.indent;
    const tableEl = this.draw ? this.struct(block.struct) : null;
    const width = block.columns.reduce((a, b) => a + b, 0);
    const headerOnNewPage = () => {
      this.tableRule(x0, width, HEAVY_RULE);
      this.newPage();
      // Repeat the header on the new page, as an artifact (it is not new content).
      if (!block.header.length) this.tableRule(x0, width, HEAVY_RULE);
      for (const h of block.header) this.row(h, x0, block, true);
    };
    if (!block.header.length && tableEl) this.tableRule(x0, width, HEAVY_RULE);
    for (const row of block.header) this.row(row, x0, block, false);
    for (let row of block.rows) {
      if (this.y + rowLead(row, room) > this.bottom && !this.atTop()) headerOnNewPage();
      // A row taller than what is left of a fresh page goes on over the next pages: its cells'
      // lines are split where the page ends, and each part is a piece of the same cells (the same
      // structure elements), under the repeated header.
      while (this.y + row.height > this.bottom) {
        const parts = splitRow(row, this.bottom - this.y);
        if (!parts) break;
        this.row(parts[0], x0, block, false);
        headerOnNewPage();
        row = parts[1];
      }
      this.row(row, x0, block, false);
    }
    if (tableEl) this.tableRule(x0, width, HEAVY_RULE);
    this.y += block.after;
  }

  /** One of a table's three rules (top, under the header, bottom), drawn as layout, in the ink colour. */
  private tableRule(x0: number, width: number, weight: number): void {
    if (!this.draw) return;
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(x0, this.y).lineTo(x0 + width, this.y).lineWidth(weight).stroke(this.colours.ink);
    doc.endMarkedContent();
  }

  private row(row: Row, x0: number, block: TableBlock, artifact: boolean): void {
    // Rows are split across pages (table); one that cannot be split (a line taller than the page) is cut.
    const room = this.bottom - this.y;
    if (this.draw) {
      const doc = this.doc;
      const width = block.columns.reduce((a, b) => a + b, 0);
      // Three rules, no others (a booktabs table): a heavy rule above the header, a light one under it, a heavy one
      // at the foot; body rows are told apart by their spacing alone.
      const first = row.header && block.header[0] === row;
      if (first) this.tableRule(x0, width, HEAVY_RULE);
      let x = x0;
      const trEl = artifact ? null : this.struct(row.struct);
      for (const cell of row.cells) {
        const maxLines = Math.max(1, Math.floor((room - 6) / cell.style.leading));
        const lines = cell.lines.slice(0, maxLines);
        if (artifact) doc.markContent('Artifact', { type: 'Pagination' });
        let mc: ReturnType<Doc['markStructureContent']> | null = null;
        let cellEl: StructElement | null = null;
        if (!artifact && trEl) {
          cellEl = this.struct(cell.struct);
          mc = doc.markStructureContent(cell.tag);
        }
        let y = this.y + 3;
        const tagging = cellEl && mc ? { parent: cellEl, tag: cell.tag, reopen: (m: NonNullable<typeof mc>) => (mc = m), current: () => mc! } : null;
        for (const line of lines) {
          const spare = Math.max(0, cell.width - 6 - line.width);
          const shift = cell.align === 'right' ? spare : cell.align === 'center' ? spare / 2 : 0;
          this.line(line, x + 3 + shift, y, cell.style.leading, tagging);
          y += cell.style.leading;
        }
        doc.endMarkedContent();
        if (cellEl && mc) cellEl.add(mc);
        x += cell.width;
      }
    }
    this.y += Math.min(row.height, room);
    if (row.header && block.header[block.header.length - 1] === row) this.tableRule(x0, block.columns.reduce((a, b) => a + b, 0), LIGHT_RULE);
  }

  private figure(block: FigureBlock, captionHeight: number): void {
    let { height, width } = block;
    const full = this.pageBody - block.before - captionHeight;
    let scale = width / block.viewWidth;
    if (height > full) {
      scale *= full / height;
      width *= full / height;
      height = full;
    }
    if (!this.atTop()) this.y += block.before;
    const room = this.bottom - this.y - captionHeight;
    if (!this.atTop() && height > room) {
      if (height * (this.singlePage ? MIN_HANDOUT_FIGURE_SCALE : MIN_FIGURE_SCALE) <= room) {
        scale *= room / height;
        height = room;
      } else this.newPage();
    }
    if (this.draw && block.image && !block.struct.alt) {
      // An image with empty alt text is decoration (a logo beside the title says nothing the title does not): an artifact.
      this.doc.markContent('Artifact', { type: 'Layout' } as never);
      this.doc.image(documentImage(this.doc, block.image) as never, this.geo.left + block.indent, this.y, { width, height });
      this.doc.endMarkedContent();
    } else if (this.draw) {
      const el = this.struct(block.struct);
      const mc = this.doc.markStructureContent('Figure', { alt: block.struct.alt } as never);
      if (block.svg) drawSvg(this.doc, block.svg, this.geo.left + block.indent, this.y, scale);
      else if (block.image) this.doc.image(documentImage(this.doc, block.image) as never, this.geo.left + block.indent, this.y, { width, height });
      this.forgetFill();
      this.doc.endMarkedContent();
      el.add(mc);
    }
    this.y += height + block.after;
  }
}

const CONTENT_DEFLATE_LEVEL = 1;

interface PageContent {
  buffer?: Uint8Array[];
  compress?: boolean;
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}
const settlers = new WeakMap<PageContent, () => void>();
const contentOf = (doc: Doc) => (doc as unknown as { page?: { content?: PageContent } }).page?.content;

/**
 * pdfkit turns each operator it writes into its own small byte array, one at a time, and keeps them
 * until the document ends (with `bufferPages`, for every page): hundreds of thousands of them in a
 * long briefing. The current page's operators are kept as strings instead and turned into bytes at
 * once when the page is left (`compactContent`) or ended: the same bytes, for less time and memory.
 * Call it for each new page (pdfkit's `pageAdded`).
 */
export function bufferContent(doc: Doc): void {
  const content = contentOf(doc);
  if (!content || settlers.has(content)) return;
  const pending: string[] = [];
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  const settle = () => {
    if (pending.length) write(takeLines(pending));
  };
  settlers.set(content, settle);
  content.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      settle();
      write(chunk);
    }
  };
  content.end = (chunk) => {
    if (chunk !== undefined) content.write(chunk);
    settle();
    // Page content is deflated at zlib's fastest level (pdfkit uses the default, 6): a few percent
    // larger, in a third of the time, which was a twentieth of a briefing's.
    if (content.compress && content.buffer?.length) {
      // A page left before it ended holds one array already (compactContent): deflated as it is, not copied first.
      const joined = content.buffer.length === 1 ? content.buffer[0] : Buffer.concat(content.buffer);
      content.buffer = [deflateSync(joined, { level: CONTENT_DEFLATE_LEVEL })];
      content.compress = false;
    }
    end();
  };
}

/**
 * Lines pdfkit would write one by one, as the bytes it would write: each followed by a line feed, its characters
 * written byte by byte (latin1). The list is emptied.
 */
export function takeLines(lines: string[]): Buffer {
  const text = `${lines.join('\n')}\n`;
  lines.length = 0;
  return Buffer.from(text, 'latin1');
}

/** Leave the current page's content as one byte array (see `bufferContent`). */
export function compactContent(doc: Doc): void {
  const content = contentOf(doc);
  if (!content) return;
  settlers.get(content)?.();
  const chunks = content.buffer;
  if (!Array.isArray(chunks) || chunks.length < 2) return;
  let size = 0;
  for (const c of chunks) size += c.length;
  const joined = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  content.buffer = [joined];
}

/**
 * The height a row needs where it starts: the whole row when it fits in `room` (a page below the
 * table header), else its first lines, as it will be split over pages anyway.
 */
function rowLead(row: Row, room: number): number {
  if (row.height <= room) return row.height;
  return rowHeight(row.cells.map((c) => ({ ...c, lines: c.lines.slice(0, MIN_LINES) })));
}

/**
 * A row cut where `room` ends: the lines of each cell that fit, and the rest as a row of their own;
 * null when not even one line of a cell fits.
 */
function splitRow(row: Row, room: number): [Row, Row] | null {
  const fits = row.cells.map((cell) => Math.floor((room - 2 * PAD + 0.01) / cell.style.leading));
  if (fits.some((n) => n < 1)) return null;
  const head = row.cells.map((cell, i) => ({ ...cell, lines: cell.lines.slice(0, fits[i]) }));
  const tail = row.cells.map((cell, i) => ({ ...cell, lines: cell.lines.slice(fits[i]) }));
  return [
    { ...row, cells: head, height: rowHeight(head) },
    { ...row, cells: tail, height: rowHeight(tail) },
  ];
}

function sameStyle(a: Piece, b: Piece): boolean {
  // A right-to-left piece is drawn alone at its place: shaped with its neighbours, its words would be reversed again.
  if ((a.level ?? 0) % 2 || (b.level ?? 0) % 2) return false;
  return a.face === b.face && a.size === b.size && a.rise === b.rise && a.underline === b.underline && a.strike === b.strike && a.goTo === b.goTo && a.link === b.link && a.roleKey === b.roleKey;
}
