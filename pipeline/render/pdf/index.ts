// PDF writer entry: typesets the composed briefing (and the one-page handout) with pdfkit.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Briefing, BuildOptions, OutputFile, Theme } from '../../model.ts';
import { FACES, faceSource, keepRun, loadFace, sameNumbers, scaleRun, shapeText, shapedRun, useFaceFiles, type Face } from '../../typography/fonts.ts';
import { STYLES, layoutDocument, type Block, type LayoutOptions, type StructRef } from './blocks.ts';
import { pageGeometry, type PageGeometry } from './geometry.ts';
import { MIN_HANDOUT_FIGURE_SCALE, Typesetter, bufferContent, compactContent, heightOf, tableHeight, takeLines } from './typesetter.ts';
import { breakLines, keepLayouts, newLayoutGeneration } from './inline.ts';
import { wordCodes, wordCuts, type GlyphPosition, type WordCodes, type WordCuts } from './glyph-runs.ts';
import { joinBytes } from '../../io.ts';

interface DocumentMeta {
  title: string;
  subject: string;
  keywords: string;
  lang: string;
  runningHead: string;
  runningFoot: string;
  more: string;
}

function metaOf(tree: Root): DocumentMeta {
  const meta: DocumentMeta = { title: '', subject: '', keywords: '', lang: 'en', runningHead: '', runningFoot: '{page} / {pages}', more: '… {count}' };
  readMeta(tree, meta);
  return meta;
}

/** metaOf's walk over the elements below `parent` in document order, the body's content apart. */
function readMeta(parent: Root | Element, meta: DocumentMeta): void {
  for (const el of parent.children) {
    if (el.type !== 'element') continue;
    const p = el.properties;
    if (el.tagName === 'html' && typeof p.lang === 'string') meta.lang = p.lang;
    if (el.tagName === 'title' && !meta.title) meta.title = toText(el).trim();
    if (el.tagName === 'body') continue;
    if (el.tagName === 'meta' && typeof p.content === 'string') {
      const name = String(p.name ?? '');
      if (name === 'description') meta.subject = p.content;
      if (name === 'keywords') meta.keywords = p.content;
      if (name === 'brief:running-head') meta.runningHead = p.content;
      if (name === 'brief:running-foot') meta.runningFoot = p.content;
      if (name === 'brief:more') meta.more = p.content;
    }
    readMeta(el, meta);
  }
}

function newDocument(meta: DocumentMeta, geo: PageGeometry, options: BuildOptions): PDFKit.PDFDocument {
  const date = new Date(options.buildTime * 1000);
  const doc = new PDFDocument({
    size: [geo.width, geo.height],
    margins: { top: geo.top, bottom: geo.height - geo.bottom, left: geo.left, right: geo.width - geo.right },
    bufferPages: true,
    autoFirstPage: true,
    tagged: true,
    displayTitle: true,
    lang: meta.lang,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    // No default font: pdfkit would otherwise load Helvetica, a non-embedded standard font.
    font: null,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Author: '',
      Creator: `brief ${options.version}`,
      Producer: `brief ${options.version} (pdfkit)`,
      CreationDate: date,
      ModDate: date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  bufferWrites(doc);
  bufferContent(doc);
  doc.on('pageAdded', () => bufferContent(doc));
  // The same parsed fontkit objects for every document (fonts.ts): no re-parsing per PDF.
  for (const face of Object.keys(FACES) as Face[]) doc.registerFont(face, loadFace(face) as never);
  // pdfkit makes a face's font object the first time it is selected (and embeds only those): share
  // the layout cache at that moment, so an unused face still stays out of the file.
  const select = doc.font.bind(doc);
  const prepared = new WeakSet<EmbeddedFont>();
  const fast = new WeakSet<EmbeddedFont>();
  const registered = new Set<string>(Object.keys(FACES));
  doc.font = ((face: Face, ...rest: unknown[]) => {
    // A fallback face (fonts.ts) is registered the first time a character needs it, and embedded only then.
    if (!registered.has(face)) {
      registered.add(face);
      doc.registerFont(face, loadFace(face) as never);
    }
    const result = (select as (...a: unknown[]) => PDFKit.PDFDocument)(face, ...rest);
    // pdfkit makes one font object of faces with the same PostScript name (a theme may draw two roles from one
    // file): each font object is prepared once, whichever face selected it first.
    const selected = (doc as unknown as { _font: EmbeddedFont })._font;
    if (!prepared.has(selected)) {
      prepared.add(selected);
      omitCidSet(doc, selected);
    }
    if (face in FACES && !fast.has(selected)) {
      fast.add(selected);
      shareLayoutCache(face, selected);
      shapeFromTable(face, selected);
      encodeByWord(face, selected);
      reuseSubsets(face, selected);
      deflateFontFileOnce(doc, selected);
    }
    return result;
  }) as typeof doc.font;
  doc.font('serif');
  return doc;
}

interface DocumentStream {
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
}

/**
 * pdfkit writes a document's objects line by line (`_write`: an object's number, its dictionary, `endobj`), each
 * line turned into bytes one character at a time and pushed down its stream as a chunk of its own: thousands for
 * the structure tree of a tagged briefing. The lines are kept as strings until bytes come (a stream's data) or
 * the stream ends, then pushed as one chunk: the same bytes (pdfkit writes a line's characters as latin1, each
 * followed by a line feed), and the offsets the cross-reference table gives are counted as pdfkit counts them.
 */
function bufferWrites(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as DocumentStream;
  if (typeof d._write !== 'function' || typeof d.push !== 'function' || typeof d._offset !== 'number') return;
  const lines: string[] = [];
  const push = d.push.bind(d);
  const flush = () => {
    if (lines.length) push(takeLines(lines));
  };
  d.push = (chunk) => {
    flush();
    return push(chunk);
  };
  d._write = (data) => {
    if (data instanceof Uint8Array) {
      d.push(data);
      d._offset += data.length;
    } else {
      const line = String(data);
      lines.push(line);
      d._offset += line.length + 1;
    }
  };
}

/**
 * pdfkit writes a /CIDSet for each font subset of a PDF/UA document, listing the glyphs it drew but not the
 * components of composite glyphs (accented letters) that the subset also holds: a CIDSet that lies. PDF/UA-1
 * (like PDF/A-2 and later) needs none, so the font is embedded as for a document without a subset profile.
 */
function omitCidSet(doc: PDFKit.PDFDocument, font: EmbeddedFont): void {
  if (typeof font.embed !== 'function') return;
  const embed = font.embed.bind(font);
  const d = doc as unknown as { subset?: number };
  font.embed = () => {
    const profile = d.subset;
    d.subset = undefined;
    try {
      embed();
    } finally {
      d.subset = profile;
    }
  };
}

/**
 * pdfkit shapes every word it draws with fontkit (its `layoutCache`, keyed by word) but starts each
 * document with an empty cache, so shaping was most of a PDF's time. The shaped runs are read-only
 * once made, and a word's run is the same whatever the process shaped before (its glyphs carry the word's own
 * code points, fonts.ts glyphsByCodePoints), so one cache per face (fonts.ts, which also puts there the runs it measured) serves every
 * document of the process: a warm worker shapes a word once.
 */
function shareLayoutCache(face: Face, font: EmbeddedFont): void {
  // Reads and writes go to the face's current cache, which fonts.ts replaces when it outgrows its bound.
  font.layoutCache = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, key: string) => shapedRun(face, key),
    set: (_target, key: string, value: { positions: unknown[] }) => {
      keepRun(face, key, value);
      return true;
    },
  });
}

/**
 * pdfkit shapes a word it has not shaped yet with fontkit (`layoutRun`); the face's shaping table shapes most
 * words the same, faster (fonts.ts `shapeText`). The run is scaled as pdfkit's own `layoutRun` scales it.
 */
function shapeFromTable(face: Face, font: EmbeddedFont): void {
  if (typeof font.layoutRun !== 'function') return;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    if (features) return layoutRun(text, features);
    return scaleRun(shapeText(face, text), font.scale);
  };
}

interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
  subset?: { glyphs?: number[]; encode(): Uint8Array; includeGlyph(id: number): number };
  scale: number;
  widths: number[];
  unicode: number[][];
  layoutCached(text: string): { glyphs: ShapedGlyph[]; positions: GlyphPosition[] };
  layoutRun?(text: string, features?: unknown): { glyphs: ShapedGlyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  wordCodes?(word: string): WordCodes;
  embed(): void;
}

/**
 * pdfkit encodes every piece of text it draws glyph by glyph: it shapes each word (from the cache),
 * concatenates the runs, and maps every glyph into the document's subset as a hex code. The codes of
 * a word are the same every time within a document (a glyph keeps its subset index once given), so
 * each word is encoded once per document and its codes reused. The words are split exactly as
 * pdfkit's own `layout` splits them (after each space or tab), and the subset, widths and ToUnicode
 * entries are made in the same order, so the file is byte for byte what pdfkit would write.
 */
function encodeByWord(face: Face, font: EmbeddedFont): void {
  const subset = font.subset;
  if (!subset || typeof subset.includeGlyph !== 'function' || typeof font.layoutCached !== 'function') return;
  const encoder = new WordEncoder(face, font, subset, font.encode.bind(font));
  font.encode = (text, features) => encoder.encode(text, features);
  font.wordCodes = (word) => encoder.wordCodes(word);
}

/**
 * The encoder behind `encodeByWord`, a class so that its code is shared by every document of the
 * process: closures made anew for each document would start cold in V8 and be optimised again for
 * every article.
 */
class WordEncoder {
  /**
   * The words encoded in this document, two generations of at most WORDS_KEPT each: a word found in the former moves
   * to the current. A word let go is encoded again the same way (its glyphs keep their subset indices), so the bound
   * changes no output; it keeps a very long document's words (page numbers, `file:line` provenance) from piling up,
   * each holding its shaped run: 14,400 words, 26 MB, for one face of bench/large.ts's briefing.
   */
  private words = new Map<string, EncodedWord>();
  private formerWords = new Map<string, EncodedWord>();

  constructor(
    private readonly face: Face,
    private readonly font: EmbeddedFont,
    private readonly subset: NonNullable<EmbeddedFont['subset']>,
    private readonly original: EmbeddedFont['encode'],
  ) {}

  encode(text: string, features?: unknown): [string[], unknown[]] {
    if (features) return this.original(text, features);
    const codes: string[] = [];
    const positions: unknown[] = [];
    let last = 0;
    for (let index = 0; index <= text.length; index++) {
      const c = text.charCodeAt(index);
      if (c === 32 || c === 9 || (index === text.length && last < index)) {
        const word = this.word(text.slice(last, index + 1));
        for (const code of word.codes) codes.push(code);
        for (const position of word.positions) positions.push(position);
        last = index + 1;
      }
    }
    return [codes, positions];
  }

  /** A word's codes as the glyph runs drawn straight into a page's content take them (glyph-runs.ts). */
  wordCodes(word: string): WordCodes {
    const done = this.word(word);
    if (done.run === undefined) {
      let cuts = cutsOf.get(done.positions);
      if (cuts === undefined) cutsOf.set(done.positions, (cuts = wordCuts(done.positions)));
      done.run = wordCodes(done.codes, cuts);
    }
    return done.run;
  }

  /** The subset indices of the word being encoded (reused from word to word). */
  private readonly gids: number[] = [];

  private word(word: string): EncodedWord {
    let done = this.words.get(word);
    if (done) return done;
    done = this.formerWords.get(word);
    if (done) return this.keep(word, done);
    const font = this.font;
    // The face's shared run, without the layout cache's proxy (shareLayoutCache) when it is there.
    const run = (shapedRun(this.face, word) as ReturnType<EmbeddedFont['layoutCached']> | undefined) ?? font.layoutCached(word);
    const glyphs = run.glyphs;
    const gids = this.gids;
    gids.length = glyphs.length;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i];
      const gid = this.subset.includeGlyph(glyph.id);
      gids[i] = gid;
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    }
    return this.keep(word, encodedAs(run, gids));
  }

  private keep(word: string, done: EncodedWord): EncodedWord {
    if (this.words.size >= WORDS_KEPT) {
      this.formerWords = this.words;
      this.words = new Map();
    }
    this.words.set(word, done);
    return done;
  }
}

/** Words one generation of a document's WordEncoder holds per face (the example's briefing: 1,006 at most). */
const WORDS_KEPT = 2_000;

/** A subset glyph index as pdfkit writes it: four hex digits. */
const HEX: string[] = [];

/** The cuts of each shaped run (its positions, which every document shares: fonts.ts), made once per process. */
const cutsOf = new WeakMap<readonly GlyphPosition[], WordCuts>();

interface EncodedWord {
  codes: string[];
  positions: GlyphPosition[];
  /** The subset indices the codes are of. */
  gids: number[];
  run?: WordCodes;
}

/**
 * Each shaped run's last encodings (fonts.ts shares the runs across documents), by the subset indices its glyphs
 * had: a rebuild of an article gives its briefing's and its handout's subsets the same glyphs in the same order,
 * so most words' codes (and their cuts) are found again. Read only once made.
 */
const encodings = new WeakMap<object, EncodedWord[]>();
const ENCODINGS_KEPT = 2;

function encodedAs(run: { positions: GlyphPosition[] }, gids: readonly number[]): EncodedWord {
  let kept = encodings.get(run);
  if (kept === undefined) encodings.set(run, (kept = []));
  for (const known of kept) if (sameNumbers(known.gids, gids)) return known;
  const codes: string[] = [];
  for (const gid of gids) codes.push(HEX[gid] ?? (HEX[gid] = `0000${gid.toString(16)}`.slice(-4)));
  const made = { codes, positions: run.positions, gids: [...gids] };
  kept.unshift(made);
  if (kept.length > ENCODINGS_KEPT) kept.pop();
  return made;
}

/** Subset font files made, per face, keyed by the glyphs they hold in order; the last few are kept. */
/** Font subsets already made, by the face's file (faceSource) and the glyphs they hold. */
const subsets = new Map<string, Map<string, Uint8Array>>();
const SUBSETS_KEPT = 4;

/**
 * Making a face's subset font file (fontkit re-encodes the glyph outlines and tables) is a good part of
 * a document's time, and rebuilding an article makes the same subsets again: a subset is fixed by the
 * face and the glyphs it holds, in the order they were first drawn, so the file made for the same list
 * is reused as it is (it is only read: pdfkit copies it into the document's stream).
 */
function reuseSubsets(face: Face, font: EmbeddedFont): void {
  const subset = font.subset;
  if (!subset || !Array.isArray(subset.glyphs) || typeof subset.encode !== 'function') return;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs!.join(',');
    let made = subsets.get(faceSource(face));
    if (!made) subsets.set(faceSource(face), (made = new Map()));
    const cached = made.get(key);
    if (cached) {
      // Most recently used last.
      made.delete(key);
      made.set(key, cached);
      return cached;
    }
    const bytes = encodeSubset(subset as unknown as TtfSubset, encode);
    made.set(key, bytes);
    if (made.size > SUBSETS_KEPT) made.delete(made.keys().next().value!);
    return bytes;
  };
}

/** What encodeSubset reads of fontkit's TrueType subset (TTFSubset) and of its font. */
interface TtfSubset {
  glyphs: number[];
  glyf?: Uint8Array[];
  offset?: number;
  loca?: { offsets: number[]; version: number };
  hmtx?: { metrics: Array<{ advance: number; bearing: number }>; bearings: number[] };
  _addGlyph?(gid: number): number;
  font: { _variationProcessor?: unknown; loca?: { version: number }; 'cvt '?: unknown; prep?: unknown; fpgm?: unknown; directory?: { tables?: Record<string, unknown> } };
}

/** The tables of a face's subset files that do not depend on the glyphs, as fontkit encodes them (encodeSubset). */
interface SubsetTables {
  /** Tag and bytes of each table, in fontkit's order; hhea and maxp are copied and given the subset's counts. */
  tables: Array<[string, Uint8Array | null]>;
  /** Subsets encoded both ways and found the same (checked until CHECKED_SUBSETS). */
  checked: number;
  /** Set when a check found a difference: this face's subsets are left to fontkit. */
  differs?: boolean;
}
const subsetTables = new WeakMap<object, SubsetTables>();
const CHECKED_SUBSETS = 3;
/** The tables fontkit's TTFSubset.encode writes, in its order (null: made from the subset's glyphs). */
const SUBSET_TABLE_ORDER = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'];

/**
 * A TrueType subset file, byte for byte what fontkit's TTFSubset.encode writes, without its generic encoder (which
 * writes every number of every table one by one, the hinting programs included: most of a subset's time). The glyphs
 * are added by fontkit's own _addGlyph; the tables that do not depend on them (head, cvt, prep, fpgm; hhea and maxp
 * but for their counts) are taken from the first file fontkit made for the face. The first few subsets of a face are
 * made both ways and compared; on any difference, or a font this does not handle (variations), fontkit makes them.
 */
function encodeSubset(subset: TtfSubset, encode: () => Uint8Array): Uint8Array {
  const font = subset.font;
  if (typeof subset._addGlyph !== 'function' || font._variationProcessor || !font.loca || !font.directory?.tables?.glyf) return encode();
  let known = subsetTables.get(font);
  if (!known) {
    const bytes = encode();
    subsetTables.set(font, (known = { tables: tablesOf(bytes), checked: 0 }));
    return bytes;
  }
  if (known.differs) return encode();
  const fast = subsetFile(subset, known.tables);
  if (known.checked < CHECKED_SUBSETS) {
    known.checked++;
    const slow = encode();
    if (!Buffer.from(slow).equals(fast)) {
      known.differs = true;
      return slow;
    }
  }
  return fast;
}

/** The tables of a subset file fontkit wrote (its table directory: 12 bytes, then 16 a table). */
export function tablesOf(file: Uint8Array): Array<[string, Uint8Array | null]> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const found = new Map<string, Uint8Array>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(file[at], file[at + 1], file[at + 2], file[at + 3]);
    const offset = view.getUint32(at + 8);
    found.set(tag, file.slice(offset, offset + view.getUint32(at + 12)));
  }
  return SUBSET_TABLE_ORDER.filter((tag) => found.has(tag)).map((tag) => [tag, tag === 'loca' || tag === 'glyf' || tag === 'hmtx' ? null : found.get(tag)!]);
}

/** The subset's file from the face's glyph-independent tables (encodeSubset); exported for its test. */
export function subsetFile(subset: TtfSubset, tables: Array<[string, Uint8Array | null]>): Uint8Array {
  // As TTFSubset.encode: every glyph, the components of compound glyphs appended to the list as they come.
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: subset.font.loca!.version };
  subset.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph!(subset.glyphs[i]);
  subset.loca.offsets.push(subset.offset);
  const glyphs = subset.glyf.length;
  const metrics = subset.hmtx.metrics;
  const offsets = subset.loca.offsets;
  const short = subset.loca.version === 0;
  const sizes = tables.map(([tag, bytes]) => (bytes ? bytes.length : tag === 'loca' ? offsets.length * (short ? 2 : 4) : tag === 'glyf' ? subset.offset! : metrics.length * 4));
  const n = tables.length;
  const file = Buffer.alloc(12 + 16 * n + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  // The directory as fontkit's Directory writes it: tag "true", the binary-search fields, every checksum 0.
  file.write('true', 0, 'latin1');
  const power = 2 ** Math.floor(Math.log(n) / Math.LN2);
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log(power) / Math.LN2);
  view.setUint16(10, n * 16 - power * 16);
  let at = 12 + 16 * n;
  for (let i = 0; i < n; i++) {
    const [tag, bytes] = tables[i];
    const entry = 12 + 16 * i;
    file.write(tag, entry, 'latin1');
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, sizes[i]);
    if (bytes) {
      file.set(bytes, at);
      if (tag === 'hhea') view.setUint16(at + 34, metrics.length);
      if (tag === 'maxp') view.setUint16(at + 4, glyphs);
    } else if (tag === 'loca') {
      for (let k = 0; k < offsets.length; k++) {
        if (short) view.setUint16(at + 2 * k, offsets[k] >>> 1);
        else view.setUint32(at + 4 * k, offsets[k]);
      }
    } else if (tag === 'glyf') {
      let p = at;
      for (const glyph of subset.glyf!) {
        file.set(glyph, p);
        p += glyph.length;
      }
    } else {
      for (let k = 0; k < metrics.length; k++) {
        view.setUint16(at + 4 * k, metrics[k].advance);
        view.setInt16(at + 4 * k + 2, metrics[k].bearing);
      }
    }
    at += sizes[i];
  }
  return file;
}

/** Compressed font files, by the (reused, see `reuseSubsets`) subset file they were made from. */
const deflatedFonts = new WeakMap<Uint8Array, Uint8Array>();

interface StreamRef {
  data: Record<string, unknown>;
  compress: boolean;
  end(chunk?: Uint8Array): void;
}

/**
 * pdfkit deflates the font file of every face in every document. A reused subset file deflates to the
 * same bytes each time, so they are made once: the font file's stream is handed the compressed bytes
 * with its filter set (as pdfkit would set them), and pdfkit writes it as it is.
 */
function deflateFontFileOnce(doc: PDFKit.PDFDocument, font: EmbeddedFont): void {
  if (typeof font.embed !== 'function') return;
  const embed = font.embed.bind(font);
  const d = doc as unknown as { ref(data?: Record<string, unknown>): StreamRef; compress?: boolean };
  font.embed = () => {
    const makeRef = d.ref;
    // The font file is the first object pdfkit's embed() makes.
    d.ref = (data) => {
      d.ref = makeRef;
      const file = makeRef.call(d, data);
      if (!file.compress) return file;
      const end = file.end.bind(file);
      file.end = (bytes) => {
        if (!(bytes instanceof Uint8Array)) return end(bytes);
        let deflated = deflatedFonts.get(bytes);
        if (!deflated) deflatedFonts.set(bytes, (deflated = deflateSync(bytes)));
        file.compress = false;
        file.data.Length = 0;
        file.data.Filter = 'FlateDecode';
        end(deflated);
      };
      return file;
    };
    try {
      embed();
    } finally {
      d.ref = makeRef;
    }
  };
}

/**
 * The document's bytes, its chunks copied once into one array (`new Uint8Array(Buffer.concat(chunks))` copied
 * them twice: a long briefing's 23 MB three times over at its end).
 */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  let chunks: Buffer[] = [];
  let size = 0;
  doc.on('data', (c: Buffer) => {
    chunks.push(c);
    size += c.length;
  });
  return new Promise((resolve, reject) => {
    doc.on('end', () => {
      const bytes = joinBytes(chunks, size);
      chunks = [];
      resolve(bytes);
    });
    doc.on('error', reject);
  });
}

const hyphenators = new Map<string, ((word: string) => string) | undefined>();

/**
 * Soft hyphens for a word in the document's language: Liang's algorithm with the TeX patterns the `hyphen`
 * package ports (`hyphen/fr`, `hyphen/de`, …; English takes US patterns); none for a language it lacks.
 */
export async function hyphenatorFor(language: string): Promise<((word: string) => string) | undefined> {
  const tag = language.toLowerCase();
  if (hyphenators.has(tag)) return hyphenators.get(tag);
  let found: ((word: string) => string) | undefined;
  for (const name of [tag, tag.split('-')[0]]) {
    try {
      // The package has no exports map: a language is its folder's index.js (CommonJS).
      const module = (await import(`hyphen/${name}/index.js`)) as { hyphenateSync?: (text: string, options?: { minWordLength?: number }) => string; default?: { hyphenateSync?: (text: string) => string } };
      const sync = module.hyphenateSync ?? module.default?.hyphenateSync;
      if (sync) {
        const cache = new Map<string, string>();
        found = (word) => {
          let marked = cache.get(word);
          if (marked === undefined) cache.set(word, (marked = sync(word)));
          return marked;
        };
        break;
      }
    } catch {
      // No patterns for this name: try the next, else leave words whole.
    }
  }
  hyphenators.set(tag, found);
  return found;
}

/** The document's root structure element. */
const documentRoot = (): StructRef => ({ type: 'Document', parent: null });

async function renderBriefingPdf(tree: Root, options: BuildOptions, theme?: Theme): Promise<{ bytes: Uint8Array; pages: number }> {
  const geo = pageGeometry(options.paper, 'briefing', theme?.briefingTextWidth);
  const meta = metaOf(tree);
  const doc = newDocument(meta, geo, options);
  const done = collect(doc);
  const setter = new Typesetter(doc, geo, true, false, theme?.colours);
  // Pages are typeset while layout goes on, and each block is let go once drawn.
  const layout = { width: geo.right - geo.left, scale: 1, theme, hyphenate: await hyphenatorFor(meta.lang), onBlocks: (made: Array<Block | undefined>) => setter.pump(made, false, true) };
  // Built once in this process (a pool's worker): the briefing's lines are not kept for a rebuild (inline.ts keepLayouts).
  if (options.once) keepLayouts(false);
  let pages: number;
  try {
    ({ pages } = setter.run(layoutDocument(tree, documentRoot(), layout), true));
  } finally {
    keepLayouts(true);
  }
  runningHeadAndFoot(doc, setter, meta, pages);
  doc.end();
  return { bytes: await done, pages };
}

/** Running head (title) and foot (`page n of N`) on every page but the cover, drawn after layout as artifacts. */
function runningHeadAndFoot(doc: PDFKit.PDFDocument, setter: Typesetter, meta: DocumentMeta, pages: number): void {
  const geo = setter.geo;
  const style = { face: 'sans' as Face, size: 7.5, rise: 0, underline: false, strike: false };
  for (let i = 1; i < pages; i++) {
    doc.switchToPage(i);
    doc.markContent('Artifact', { type: 'Pagination' });
    const head = breakLines([{ ...style, text: meta.runningHead }], geo.right - geo.left)[0];
    setter.line(head, geo.left, geo.headY - 8, 10, null, '#555');
    doc.moveTo(geo.left, geo.headY + 5).lineTo(geo.right, geo.headY + 5).lineWidth(0.4).stroke('#aaa');
    const footText = meta.runningFoot.replace('{page}', String(i + 1)).replace('{pages}', String(pages));
    const foot = breakLines([{ ...style, text: footText }], geo.right - geo.left)[0];
    setter.line(foot, geo.right - foot.width, geo.footY - 8, 10, null, '#555');
    doc.endMarkedContent();
    compactContent(doc);
  }
}

/** The lists and tables the handout may shorten, with their item counts, in document order. */
function shortenable(parent: Root | Element, counts: number[] = []): number[] {
  for (const el of parent.children) {
    if (el.type !== 'element') continue;
    if (el.properties.dataShorten !== undefined) counts.push(itemCount(el));
    shortenable(el, counts);
  }
  return counts;
}

/** The list items and body rows (a row of column headers apart) of `el`, itself included. */
function itemCount(el: Element): number {
  let n = el.tagName === 'li' || (el.tagName === 'tr' && !columnHeaders(el)) ? 1 : 0;
  for (const c of el.children) if (c.type === 'element') n += itemCount(c);
  return n;
}

/** Whether a row holds a header cell of its column. */
function columnHeaders(tr: Element): boolean {
  for (const x of tr.children) if (x.type === 'element' && x.tagName === 'th' && x.properties.scope === 'col') return true;
  return false;
}

/** Thrown out of a handout's measuring pass that went over the page (renderHandoutPdf). */
const OVERFLOWED = Symbol('overflowed');

/** No item of a shortenable list or table on the handout is shorter than this (a table row at the smallest type is 14 pt). */
const MIN_ITEM_HEIGHT = 8;

/**
 * The item counts after `steps` single-item drops, each from the longest list (the first of the
 * longest on a tie), stopping when the longest is down to one item; `steps` is how many were made.
 */
function dropFromLongest(start: Map<number, number>, steps: number): { keep: Map<number, number>; steps: number } {
  const keep = new Map(start);
  let made = 0;
  while (made < steps) {
    let longest = 0;
    for (const [id, n] of keep) if (n > (keep.get(longest) ?? 0)) longest = id;
    if (!longest || (keep.get(longest) ?? 0) <= 1) break;
    keep.set(longest, keep.get(longest)! - 1);
    made++;
  }
  return { keep, steps: made };
}

/**
 * The height of each shortenable group's items in a laid-out pass (its text blocks and table rows), and the
 * height of the line that says how many were left off, at the pass's scale.
 */
function groupHeights(blocks: Block[], scale: number): Map<number, { height: number; more: number }> {
  const groups = new Map<number, { height: number; more: number }>();
  const more = (STYLES.small.before + STYLES.small.leading + STYLES.small.after) * scale;
  const add = (id: number, height: number) => {
    const g = groups.get(id);
    if (g) g.height += height;
    else groups.set(id, { height, more });
  };
  for (const b of blocks) {
    if (b?.kind === 'text' && b.group) add(b.group.id, heightOf(b));
    else if (b?.kind === 'table') for (const r of b.rows) if (r.group) add(r.group.id, r.height);
  }
  return groups;
}

/** The height of a document's blocks one after the other, figures at the least a handout shrinks them to. */
function naturalHeight(blocks: Block[]): number {
  let height = 0;
  for (const b of blocks) {
    if (b?.kind === 'text') height += heightOf(b);
    else if (b?.kind === 'table') height += tableHeight(b) + b.after;
    else if (b?.kind === 'figure') height += b.height * (b.shrinkable ? MIN_HANDOUT_FIGURE_SCALE : 1) + b.before + b.after;
  }
  return height;
}

/**
 * An estimate of the steps (dropFromLongest) that bring a document `over.by` points over the page back onto it:
 * each step takes off an average item of the list it shortens, and the first of a list adds its "more" line.
 */
function stepsToDrop(start: Map<number, number>, over: { by: number; groups: Map<number, { height: number; more: number }> } | null): number {
  if (!over) return 1;
  const keep = new Map(start);
  const each = new Map([...keep].map(([id, n]) => [id, n ? (over.groups.get(id)?.height ?? 0) / n : 0]));
  let left = over.by;
  let steps = 0;
  while (left > 0) {
    let longest = 0;
    for (const [id, n] of keep) if (n > (keep.get(longest) ?? 0)) longest = id;
    if (!longest || (keep.get(longest) ?? 0) <= 1) break;
    const n = keep.get(longest)!;
    if (n === start.get(longest)) left += over.groups.get(longest)?.more ?? 0;
    keep.set(longest, n - 1);
    left -= each.get(longest) ?? 0;
    steps++;
  }
  return Math.max(1, steps);
}

/**
 * The handout on exactly one page: shrink the timeline (up to a point), then the type, then drop list items from
 * the end (a "more in the briefing" line says how many); whatever still does not fit is left off.
 */
async function renderHandoutPdf(tree: Root, options: BuildOptions, theme?: Theme): Promise<{ bytes: Uint8Array; pages: number }> {
  const geo = pageGeometry(options.paper, 'handout');
  const meta = metaOf(tree);
  const doc = newDocument(meta, geo, options);
  const done = collect(doc);
  const counts = shortenable(tree);
  // A list longer than a page can hold never fits whole: it is cut to that many items before the
  // first measuring pass, so that a revision with thousands of key figures is not laid out in full
  // again and again (the fitting loop below would otherwise be quadratic in the list's length).
  const cap = Math.ceil((geo.bottom - geo.top) / MIN_ITEM_HEIGHT) + 1;
  const capped = counts.some((n) => n > cap);
  const keep = new Map(counts.map((n, i) => [i + 1, Math.min(n, cap)]));
  const base: LayoutOptions = { width: geo.right - geo.left, scale: 1, figureScale: 1, keep, more: meta.more, theme, hyphenate: await hyphenatorFor(meta.lang) };
  // A measuring pass places blocks while layout goes on and stops layout at the first overflow: once over the
  // page, a pass never comes back under it (the rest of the document is not laid out only to be left off), unless it
  // is to say how far over the page the whole document goes (`whole`: the drop search below starts from there).
  // A pass that fits keeps its blocks: measuring leaves them as they were, and the options it fitted with are the
  // ones drawn (the last pass that fitted), so they are drawn without being laid out again.
  let fitted: { o: LayoutOptions; blocks: Block[] } | null = null;
  /** After a `whole` pass that did not fit: how much it went over the page, and the height of each group's items. */
  let over: { by: number; groups: Map<number, { height: number; more: number }> } | null = null;
  const fits = (o: LayoutOptions, whole = false) => {
    const measuring = new Typesetter(doc, geo, false, true, theme?.colours);
    const onBlocks = (made: Array<Block | undefined>) => {
      measuring.pump(made, false);
      if (measuring.overflowed && !whole) throw OVERFLOWED;
    };
    let blocks: Block[];
    try {
      blocks = layoutDocument(tree, documentRoot(), { ...o, onBlocks });
      measuring.run(blocks);
    } catch (error) {
      if (error !== OVERFLOWED) throw error;
    }
    if (measuring.overflowed) {
      if (whole) over = { by: naturalHeight(blocks!) - measuring.pageBody, groups: groupHeights(blocks!, o.scale) };
      return false;
    }
    fitted = { o, blocks: blocks! };
    return true;
  };
  // The typesetter already shrinks the timeline (to 75 %) to make room on the page; then the type shrinks. The
  // attempts are taken in this order, the first that fits drawn; the smallest is tried second, measuring the whole
  // document: when it does not fit, neither does a larger one (smaller type never takes more room), and lists are
  // shortened; when it fits, the two between are tried in order.
  const attempts: Array<Partial<LayoutOptions>> = [{}, { scale: 0.92 }, { scale: 0.85 }, { figureScale: 0.8, scale: 0.8 }];
  const tried = attempts.map((a) => ({ ...base, ...a }));
  let chosen: LayoutOptions | null = null;
  // With a list cut to `cap` items nothing fits, at any size: only dropping items can help.
  if (!capped) {
    if (fits(tried[0])) chosen = tried[0];
    else if (fits(tried[3], true)) chosen = tried.slice(1, 3).find((o) => fits(o)) ?? tried[3];
  }
  if (!chosen) {
    // Drop from the longest list first, one item at a time, until it fits (or every list is down to one item): the
    // fewest steps that fit. Fewer items never fit worse, so the steps are searched from an estimate (how far the
    // whole document went over the page, against the heights of the items each step drops), galloping away from
    // it and then halving: the same step as a one-by-one search, in a few passes.
    const last = tried[3];
    const made = new Map<number, LayoutOptions>();
    const after = (steps: number) => {
      let o = made.get(steps);
      if (!o) made.set(steps, (o = { ...last, keep: dropFromLongest(keep, steps).keep }));
      return o;
    };
    const possible = dropFromLongest(keep, Infinity).steps;
    // Uncut, the smallest attempt above was this state at step 0, and it did not fit.
    let failing = 0;
    if (capped && fits(after(0), true)) chosen = after(0);
    if (!chosen) {
      let fitting = -1;
      const guess = Math.min(possible, Math.max(failing + 1, stepsToDrop(keep, over)));
      if (guess > failing && fits(after(guess))) {
        fitting = guess;
        // Galloping down from the guess until a step does not fit.
        for (let d = 1; fitting - failing > 1; d *= 2) {
          const step = Math.max(failing + 1, fitting - d);
          if (fits(after(step))) fitting = step;
          else {
            failing = step;
            break;
          }
        }
      } else if (guess > failing) {
        failing = guess;
        // Galloping up from the guess until a step fits, or every list is down to one item.
        for (let d = 1; failing < possible; d *= 2) {
          const step = Math.min(possible, failing + d);
          if (fits(after(step))) {
            fitting = step;
            break;
          }
          failing = step;
        }
      }
      if (fitting < 0) chosen = after(possible);
      else {
        while (fitting - failing > 1) {
          const mid = Math.floor((fitting + failing) / 2);
          if (fits(after(mid))) fitting = mid;
          else failing = mid;
        }
        chosen = after(fitting);
      }
    }
  }
  const setter = new Typesetter(doc, geo, true, true, theme?.colours);
  const drawn = fitted as { o: LayoutOptions; blocks: Block[] } | null;
  setter.run(drawn?.o === chosen ? drawn.blocks : layoutDocument(tree, documentRoot(), chosen));
  doc.end();
  return { bytes: await done, pages: 1 };
}

export async function renderPdf(briefing: Briefing, options: BuildOptions): Promise<OutputFile[]> {
  // The theme's faces, if it names any, for measuring and drawing alike.
  useFaceFiles(briefing.theme?.fonts);
  newLayoutGeneration(briefing.reconciled.article.name);
  const briefingPdf = await renderBriefingPdf(briefing.tree, options, briefing.theme);
  const files: OutputFile[] = [{ path: 'briefing.pdf', bytes: briefingPdf.bytes }];
  if (briefing.handout) files.push({ path: 'handout.pdf', bytes: (await renderHandoutPdf(briefing.handout, options, briefing.theme)).bytes });
  return files;
}
