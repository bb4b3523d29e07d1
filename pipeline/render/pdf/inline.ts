// Inline typesetting: hast phrasing → styled runs → lines broken to a width with the real font metrics.
import type { ElementContent } from 'hast';
import * as bidiModule from 'bidi-js';
import type { Bidi } from 'bidi-js';
import LineBreaker from 'linebreak';
import { faceFilesGeneration, fontRuns, isFallback, measure, plainText, verticalMetrics, type Face, type PrimaryFace } from '../../typography/fonts.ts';

export interface RunStyle {
  face: Face;
  size: number;
  rise: number;
  underline: boolean;
  strike: boolean;
  /** Named destination this run links to. */
  goTo?: string;
  link?: string;
  /** Structure role of a nested element: footnote reference, discrepancy mark, language span. */
  role?: 'Reference' | 'Span';
  lang?: string;
  roleKey?: string;
  /** What a link says in the PDF's link annotation (`/Contents`): its title or aria-label, else its text. */
  linkLabel?: string;
}

export interface Run extends RunStyle {
  text: string;
}

export interface Piece extends RunStyle {
  text: string;
  width: number;
  /** The face of the styled run a fallback face stands in for (its metrics place the line). */
  base?: Face;
  /** Bidi embedding level (odd: right to left), where the paragraph holds right-to-left text. */
  level?: number;
}

export interface LineItem {
  piece: Piece;
  x: number;
}

export interface Line {
  items: LineItem[];
  width: number;
  /** Space added to every gap between words (a justified line); the typesetter draws it as word spacing. */
  spacing?: number;
  /** The line ends where the text broke it (a paragraph's last line, a `<br>`): never justified. */
  last?: boolean;
  /** A line of a right-to-left paragraph: set flush right. */
  rtl?: boolean;
}

export interface BreakOptions {
  /** The word with soft hyphens (U+00AD) where it may break (hyphen's TeX patterns for the language). */
  hyphenate?: (word: string) => string;
}

const bold: Partial<Record<Face, PrimaryFace>> = { serif: 'serifBold', serifItalic: 'serifBold', sans: 'sansBold' };
const italic: Partial<Record<Face, PrimaryFace>> = { serif: 'serifItalic' };

let roleCounter = 0;

/** White space HTML collapses into something else: any but a space, or spaces side by side. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/** Flatten phrasing content into runs, carrying style down the tree. Whitespace collapses as in HTML. */
export function collectRuns(nodes: ElementContent[], style: RunStyle, out: Run[] = []): Run[] {
  let previous: ElementContent | undefined;
  for (const node of nodes) {
    const after = previous;
    previous = node;
    if (node.type === 'text') {
      // Most text has only single spaces: kept as it is rather than copied by the replacement.
      out.push({ ...style, text: COLLAPSIBLE.test(node.value) ? node.value.replace(/\s+/g, ' ') : node.value });
      continue;
    }
    if (node.type !== 'element') continue;
    const p = node.properties;
    const s: RunStyle = { ...style };
    switch (node.tagName) {
      case 'strong':
      case 'b':
      case 'th':
      case 'dt':
        s.face = bold[s.face] ?? s.face;
        break;
      case 'em':
      case 'i':
      case 'cite':
        s.face = italic[s.face] ?? s.face;
        break;
      case 'del':
      case 's':
        s.strike = true;
        break;
      case 'ins':
      case 'u':
        s.underline = true;
        break;
      case 'code':
        s.face = 'sans';
        break;
      case 'sup':
        s.size = style.size * 0.68;
        s.rise = style.rise + style.size * 0.36;
        // Side by side, superscripts would read as one number (³⁴ for notes 3 and 4): separate them.
        if (after?.type === 'element' && after.tagName === 'sup') out.push({ ...style, size: s.size, rise: s.rise, text: ',' });
        // A discrepancy mark in the sans face, so it never reads as a footnote number.
        if (Array.isArray(p.className) && p.className.includes('discrepancy-mark')) s.face = style.face.startsWith('serif') ? 'sans' : style.face;
        if (!s.role) {
          s.role = 'Reference';
          s.roleKey = `r${++roleCounter}`;
        }
        break;
      case 'br':
        out.push({ ...style, text: '\n' });
        continue;
      case 'a': {
        const href = typeof p.href === 'string' ? p.href : '';
        if (href.startsWith('#')) s.goTo = href.slice(1);
        else if (/^https?:/.test(href)) s.link = href;
        const label = p.ariaLabel ?? p.title;
        if (typeof label === 'string' && label) s.linkLabel = label;
        else delete s.linkLabel;
        break;
      }
      case 'span':
        // A statement's place (`file:line`) in an entry's heading: regular weight and smaller, not bold.
        if (Array.isArray(p.className) && p.className.includes('source')) {
          s.face = s.face === 'sansBold' ? 'sans' : s.face === 'serifBold' ? 'serif' : s.face;
          s.size = style.size * 0.9;
        }
        if (typeof p.lang === 'string' && !s.role) {
          s.role = 'Span';
          s.lang = p.lang;
          s.roleKey = `s${++roleCounter}`;
        }
        break;
      case 'svg':
      case 'script':
      case 'style':
        continue;
    }
    collectRuns(node.children, s, out);
  }
  return out;
}

interface Box {
  pieces: Piece[];
  width: number;
  /** Width of the space before this box (0 when glued to the previous box). */
  glue: number;
  forceBreak?: boolean;
}

/** A piece in the face its style names (already one face: a fallback piece, a part of one). */
function piece(run: RunStyle & { base?: Face; level?: number }, text: string): Piece {
  // Every field named, in one order (not `...run`): pieces of one shape keep the typesetter's reads of them fast.
  return {
    face: run.face,
    size: run.size,
    rise: run.rise,
    underline: run.underline,
    strike: run.strike,
    goTo: run.goTo,
    link: run.link,
    role: run.role,
    lang: run.lang,
    roleKey: run.roleKey,
    linkLabel: run.linkLabel,
    base: run.base,
    level: run.level,
    text,
    width: measure(run.face, text, run.size),
  };
}

/**
 * The pieces of one word: a run per face that draws its characters (fonts.ts `fontRuns`: an Arabic word or an
 * emoji in a fallback face), and per bidi level where the paragraph has right-to-left text (`levels`, from
 * `offset` in the paragraph).
 */
function piecesOf(run: RunStyle, text: string, levels: Uint8Array | null, offset: number): Piece[] {
  const out: Piece[] = [];
  const runs = isFallback(run.face) ? [{ face: run.face, text }] : fontRuns(run.face as PrimaryFace, text);
  let at = offset;
  for (const r of runs) {
    if (!levels) {
      out.push(piece({ ...run, face: r.face, ...(r.face !== run.face ? { base: run.face } : {}) }, r.text));
      continue;
    }
    // fontRuns may leave out an invisible character: follow the run's own characters in the paragraph.
    let start = 0;
    let i = 0;
    let level = levels[at] ?? 0;
    for (const ch of r.text) {
      while (at < levels.length && text[at - offset] !== undefined && text.codePointAt(at - offset) !== ch.codePointAt(0)) at++;
      const l = levels[at] ?? level;
      if (l !== level && i > start) {
        out.push(levelPiece(run, r.face, r.text.slice(start, i), level));
        start = i;
      }
      level = l;
      i += ch.length;
      at += ch.length;
    }
    if (i > start) out.push(levelPiece(run, r.face, r.text.slice(start, i), level));
  }
  return out;
}

// bidi-js is a CommonJS factory typed as an ES default export: its function is the namespace's `default`.
const bidi = (bidiModule as unknown as { default: () => Bidi }).default();

/** A piece at a bidi level: right to left, its mirrored characters (brackets) are mirrored. */
function levelPiece(run: RunStyle, face: Face, text: string, level: number): Piece {
  const shown = level % 2 ? [...text].map((c) => bidi.getMirroredCharacter(c) ?? c).join('') : text;
  return piece({ ...run, face, level, ...(face !== run.face ? { base: run.face } : {}) }, shown);
}

/** Right-to-left letters: a paragraph without them needs no bidi pass. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Text whose line breaks are only at spaces (and after `/`): anything else is broken by UAX #14. */
const SPACED = /^[\x20-\x7E\u00A0-\u024F\u0370-\u052F\u2010-\u2027]*$/;

/** Break opportunities inside a word by UAX #14 (between ideographs, after a hyphen in some scripts). */
function uax14Parts(word: string): string[] {
  if (SPACED.test(word)) return [word];
  const parts: string[] = [];
  const breaker = new LineBreaker(word);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) parts.push(word.slice(last, bk.position));
    last = bk.position;
  }
  if (last < word.length) parts.push(word.slice(last));
  return parts;
}

/**
 * Split runs into boxes (words) and glue (spaces); a word may span runs. Breaks are allowed after `/` and where
 * UAX #14 allows one inside a word of another script (between Chinese or Japanese characters).
 */
function boxesOf(runs: Run[]): Box[] {
  const boxes: Box[] = [];
  let current: Box | null = null;
  let pendingGlue = 0;
  const paragraph = runs.map((r) => r.text).join('');
  const levels = RTL.test(paragraph) ? bidi.getEmbeddingLevels(paragraph).levels : null;
  let offset = 0;
  for (const run of runs) {
    if (run.text === '\n') {
      if (current) boxes.push(current);
      current = null;
      boxes.push({ pieces: [], width: 0, glue: 0, forceBreak: true });
      pendingGlue = 0;
      offset += 1;
      continue;
    }
    // The words and single spaces of the run, in order (what `split(/( )/)` gives, without its arrays).
    const text = run.text;
    for (let start = 0; start < text.length; ) {
      if (text.charCodeAt(start) === 32) {
        if (current) boxes.push(current);
        current = null;
        pendingGlue = measure(run.face, ' ', run.size);
        offset += 1;
        start++;
        continue;
      }
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      const part = text.slice(start, end);
      start = end;
      // Most words hold no `/` and are Latin: no split, no array.
      const chunks = SPACED.test(part) ? (part.includes('/') ? part.split(/(?<=[/])(?=.)/) : null) : uax14Parts(part);
      let at = offset;
      for (let i = 0; i < (chunks ? chunks.length : 1); i++) {
        if (i > 0 && current) {
          boxes.push(current);
          current = null;
          pendingGlue = 0;
        }
        const chunk = chunks ? chunks[i] : part;
        if (!current) current = { pieces: [], width: 0, glue: boxes.length ? pendingGlue : 0 };
        if (!levels && (isFallback(run.face) || plainText(chunk))) {
          // One face draws it all (fonts.ts fontRuns): the piece itself, as piecesOf would make it.
          const p = piece(run, chunk);
          current.pieces.push(p);
          current.width += p.width;
        } else {
          for (const p of piecesOf(run, chunk, levels, at)) {
            current.pieces.push(p);
            current.width += p.width;
          }
        }
        at += chunk.length;
      }
      offset += part.length;
    }
  }
  if (current) boxes.push(current);
  if (boxes.length) boxes[0].glue = 0;
  return boxes;
}

/**
 * Put a line's items in visual order by their bidi levels (UAX #9, rule L2: from the highest level down to the
 * lowest odd one, reverse every run of items at that level or higher), keeping each item's space before it.
 */
function reorderLine(line: Line): void {
  const items = line.items;
  if (!items.some((it) => (it.piece.level ?? 0) % 2)) return;
  const gaps = items.map((it, i) => (i === 0 ? 0 : it.x - (items[i - 1].x + items[i - 1].piece.width)));
  const order = items.map((_, i) => i);
  const levelOf = (i: number) => items[i].piece.level ?? 0;
  const highest = Math.max(...order.map(levelOf));
  const lowestOdd = Math.min(...order.map(levelOf).filter((l) => l % 2)) || 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (levelOf(order[i]) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levelOf(order[j]) >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  let x = 0;
  line.items = order.map((i, k) => {
    // The space between two neighbours is the one that stood before the later of them in reading order.
    if (k > 0) x += gaps[Math.max(i, order[k - 1])] > 0 && Math.abs(i - order[k - 1]) === 1 ? gaps[Math.max(i, order[k - 1])] : Math.max(0, gaps[i]);
    const item = { piece: items[i].piece, x };
    x += items[i].piece.width;
    return item;
  });
  line.width = x;
}

/** Break a box wider than the measure into character chunks that fit. */
function splitBox(box: Box, width: number): Box[] {
  const out: Box[] = [];
  let cur: Box = { pieces: [], width: 0, glue: box.glue };
  for (const p of box.pieces) {
    let text = '';
    for (const ch of p.text) {
      const w = measure(p.face, text + ch, p.size);
      if (cur.width + w > width && (text || cur.pieces.length)) {
        if (text) cur.pieces.push(piece(p, text));
        cur.width = cur.pieces.reduce((a, q) => a + q.width, 0);
        out.push(cur);
        cur = { pieces: [], width: 0, glue: 0 };
        text = ch;
      } else text += ch;
    }
    if (text) {
      const q = piece(p, text);
      cur.pieces.push(q);
      cur.width += q.width;
    }
  }
  if (cur.pieces.length) out.push(cur);
  return out;
}

/**
 * In one pass over the words: the width the runs take unbroken (their longest line when they hold
 * breaks) and the width of the widest word (a column narrower than that breaks words apart).
 */
export function measureRuns(runs: Run[]): { natural: number; longest: number } {
  if (nothingToFind()) return measureRunsNow(runs);
  const key = `m${runsKey(runs)}`;
  const known = laidOut(key) as { natural: number; longest: number } | undefined;
  if (known) return known;
  return keepLaidOut(key, measureRunsNow(runs), 1);
}

function measureRunsNow(runs: Run[]): { natural: number; longest: number } {
  let natural = 0;
  let longest = 0;
  let line = 0;
  for (const box of boxesOf(runs)) {
    if (box.forceBreak) {
      natural = Math.max(natural, line);
      line = 0;
      continue;
    }
    line += (line ? box.glue : 0) + box.width;
    longest = Math.max(longest, box.width);
  }
  return { natural: Math.max(natural, line), longest };
}

/** A soft hyphen: where the hyphenator says a word may break. */
export const SOFT_HYPHEN = '\u00AD';
/**
 * The hyphen drawn where a word was broken: U+2010 HYPHEN, not the source's hyphen-minus, so a reader of the text
 * (pdftotext, a screen reader's clean-up) can tell a break from a hyphen the word has. Fonts draw the soft hyphen
 * itself as nothing.
 */
export const BREAK_HYPHEN = '\u2010';
/** A word breaks by hyphenation only with at least this many letters on each side. */
const HYPHEN_MIN = 3;
/** A plain word (letters, with quotes and closing punctuation around it) that hyphenation may break; not a URL's part. */
const WORD = /^[("'“‘«]*\p{L}[\p{L}\p{M}'’]*[.,;:!?)"”’»]*$/u;

/**
 * The longest start of a one-piece word that fits `room` when broken at a hyphenation point, with a hyphen after
 * it, and the rest of the word; null when none fits or the word is not plain.
 */
function hyphenateBox(box: Box, room: number, hyphenate: (word: string) => string): { head: Piece; tail: Box } | null {
  if (box.pieces.length !== 1) return null;
  const p = box.pieces[0];
  if (!WORD.test(p.text) || p.text.length < 2 * HYPHEN_MIN || p.level) return null;
  const marked = hyphenate(p.text);
  const points: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) points.push(at);
    else at += ch.length;
  }
  const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
  for (let i = points.length - 1; i >= 0; i--) {
    const head = p.text.slice(0, points[i]);
    const rest = p.text.slice(points[i]);
    if (letters(head) < HYPHEN_MIN || letters(rest) < HYPHEN_MIN) continue;
    const shown = piece(p, head + BREAK_HYPHEN);
    if (shown.width > room) continue;
    const tail = piece(p, rest);
    return { head: shown, tail: { pieces: [tail], width: tail.width, glue: 0 } };
  }
  return null;
}

/**
 * Greedy line breaking to `width`, breaking a word at a hyphenation point where it would otherwise not fit;
 * leading/trailing spaces vanish at breaks. The lines are shared (see `laidOut`): callers never change them.
 */
export function breakLines(runs: Run[], width: number, options: BreakOptions = {}): Line[] {
  if (nothingToFind()) return breakLinesNow(runs, width, options);
  let hyphenation = '';
  if (options.hyphenate) {
    let id = hyphenators.get(options.hyphenate);
    if (id === undefined) hyphenators.set(options.hyphenate, (id = hyphenators.size + 1));
    hyphenation = String(id);
  }
  const key = `b${width};${hyphenation};${runsKey(runs)}`;
  const known = laidOut(key) as Line[] | undefined;
  if (known) return known;
  const lines = breakLinesNow(runs, width, options);
  let pieces = 0;
  for (const line of lines) pieces += line.items.length;
  return keepLaidOut(key, lines, pieces + 1);
}

/** A number for each hyphenator (one per language and process, index.ts hyphenatorFor), for the keys of `laidOut`. */
const hyphenators = new Map<(word: string) => string, number>();

/**
 * Lines broken (and runs measured) before, by everything that decides them: the runs' text and style, the width,
 * the hyphenator. A warm rebuild of an article (`--watch`, a worker's next build of it) breaks the same paragraphs
 * again at the same widths, the handout's fitting passes each lay out the same text, and breaking is a good part
 * of a PDF's time. Two generations, each the layouts of one article's documents (`newLayoutGeneration`, at each
 * PDF): a layout found in the former moves to the current, so memory stays about what one article's lines take. A
 * build of another article lets the former go at once: a corpus worker, building article after article, gains
 * little from another article's lines and would hold them (14 MB more peak memory on 40 articles with 2 jobs).
 */
let layouts = new Map<string, unknown>();
let formerLayouts = new Map<string, unknown>();
let layoutFaces = -1;
/**
 * Bound on the pieces one generation holds (a corpus of very long articles must not grow a worker). The example's
 * briefing and handout are 6,000; at 60,000 the two generations held 38 MB of bench/large.ts's heap to its end.
 */
const LAYOUT_PIECES = 20_000;
let layoutPieces = 0;

/** The article whose layouts the current generation holds. */
let layoutArticle: string | undefined;

/** Start a new generation of kept layouts for `article` (each article's PDFs start one). */
export function newLayoutGeneration(article: string | undefined): void {
  formerLayouts = article === layoutArticle ? layouts : new Map();
  layoutArticle = article;
  layouts = new Map();
  layoutPieces = 0;
}

function laidOut(key: string): unknown {
  if (layoutFaces !== faceFilesGeneration()) {
    // A face drawn from another file measures otherwise: nothing kept holds.
    layoutFaces = faceFilesGeneration();
    layouts = new Map();
    formerLayouts = new Map();
    layoutPieces = 0;
  }
  let known = layouts.get(key);
  if (known === undefined) {
    known = formerLayouts.get(key);
    if (known !== undefined) layouts.set(key, known);
  }
  return known;
}

/** Whether what is laid out now is kept (`keepLayouts`). */
let keeping = true;

/**
 * Keep what is laid out from now on (the default), or not: a pool worker's briefing, which no later build of the
 * process lays out again (index.ts renderBriefingPdf), is laid out without keeping its lines, which were the largest
 * thing a worker held at its peak (up to 5 MB for a long article). What is kept is still found.
 */
export function keepLayouts(on: boolean): void {
  keeping = on;
}

/**
 * Keeping is off and nothing is kept (a pool worker's briefing, laid out first in a generation of its own): no
 * layout can be found or kept, so its key (runsKey, a string of all the runs' text) is not made.
 */
const nothingToFind = (): boolean => !keeping && layouts.size === 0 && formerLayouts.size === 0;

function keepLaidOut<T>(key: string, value: T, pieces: number): T {
  if (!keeping) return value;
  if (layoutPieces + pieces > LAYOUT_PIECES) newLayoutGeneration(layoutArticle);
  layouts.set(key, value);
  layoutPieces += pieces;
  return value;
}

/** A string field of a key: its length first, so that no text can pass for another field. */
const field = (value: string | undefined): string => (value === undefined ? '~' : `${value.length}:${value}`);

/**
 * What decides the layout of runs, as one string. A role's key (`roleKey`, numbered anew by each collectRuns) only
 * tells which pieces belong to one element: it counts here by its first place among the runs.
 */
function runsKey(runs: Run[]): string {
  let key = '';
  let roles: string[] | null = null;
  for (const run of runs) {
    let role = '~';
    if (run.roleKey !== undefined) {
      roles ??= [];
      let index = roles.indexOf(run.roleKey);
      if (index < 0) index = roles.push(run.roleKey) - 1;
      role = String(index);
    }
    key += `${run.face};${run.size};${run.rise};${run.underline ? 1 : 0}${run.strike ? 1 : 0};${field(run.goTo)}${field(run.link)}${field(run.role)}${field(run.lang)}${field(run.linkLabel)}${role};${field(run.text)}`;
  }
  return key;
}

function breakLinesNow(runs: Run[], width: number, options: BreakOptions): Line[] {
  const lines: Line[] = [];
  let line: Line = { items: [], width: 0 };
  const push = (last = false) => {
    if (last) line.last = true;
    lines.push(line);
    line = { items: [], width: 0 };
  };
  let boxes = boxesOf(runs);
  if (boxes.some((b) => b.width > width)) boxes = boxes.flatMap((b) => (b.width > width ? splitBox(b, width) : [b]));
  // A paragraph whose first strong character is right to left (UAX #9 P2) is set flush right.
  const paragraph = runs.map((r) => r.text).join('');
  const rtl = RTL.test(paragraph) && (bidi.getEmbeddingLevels(paragraph).paragraphs[0]?.level ?? 0) % 2 === 1;
  for (let box of boxes) {
    if (box.forceBreak) {
      push(true);
      continue;
    }
    const glue = line.items.length ? box.glue : 0;
    if (line.items.length && line.width + glue + box.width > width + 0.01) {
      const split = options.hyphenate ? hyphenateBox(box, width - line.width - glue, options.hyphenate) : null;
      if (split) {
        line.items.push({ piece: split.head, x: line.width + glue });
        line.width += glue + split.head.width;
        box = split.tail;
      }
      push();
    }
    let x = line.width + (line.items.length ? box.glue : 0);
    for (const p of box.pieces) {
      line.items.push({ piece: p, x });
      x += p.width;
    }
    line.width = x;
  }
  if (line.items.length || !lines.length) push(true);
  const kept = lines.filter((l, i) => l.items.length || i === 0);
  for (const l of kept) {
    reorderLine(l);
    if (rtl) l.rtl = true;
  }
  return kept;
}

/** Most stretch a justified line's gaps take, as a share of the font size; a looser line stays ragged. */
const MAX_STRETCH = 0.6;

/**
 * A line set to the full `width`: the room left is shared by the gaps between its words (not by the joins of a
 * word's pieces); a paragraph's last line, a line with right-to-left text or one that would gape stays as it is.
 */
export function justifyLine(line: Line, width: number): Line {
  // (Loops, not callbacks: V8 holds a closure's optimised code only while a closure of it is alive, and a full
  // collection between two articles had TurboFan compile these again, about once a collection; roles.ts says more.)
  const room = width - line.width;
  const items = line.items;
  if (line.last || room <= 0.01) return line;
  for (const it of items) if (it.piece.level) return line;
  const gapBefore: boolean[] = [];
  const sizes: number[] = [];
  let gaps = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const gap = i > 0 && it.x - (items[i - 1].x + items[i - 1].piece.width) > 0.01;
    gapBefore.push(gap);
    if (gap) gaps++;
    sizes.push(it.piece.size);
  }
  const size = Math.max(...sizes);
  if (!gaps || room / gaps > MAX_STRETCH * size) return line;
  const spacing = room / gaps;
  let shift = 0;
  const justified: Line['items'] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (gapBefore[i]) shift += spacing;
    justified.push({ piece: it.piece, x: it.x + shift });
  }
  return { ...line, items: justified, width, spacing };
}

/** Cut lines to at most `max`, ending the last kept line with an ellipsis that fits. */
export function truncateLines(lines: Line[], max: number, width: number): Line[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // The lines may be shared (breakLines): the last one kept is changed in a copy.
  const last = { ...kept[max - 1], items: [...kept[max - 1].items] };
  kept[max - 1] = last;
  const style = last.items[last.items.length - 1]?.piece ?? null;
  if (!style) return kept;
  const ell = piece({ ...style, underline: false, strike: false, role: undefined }, '…');
  // The ellipsis stands a space after the last word kept, as it is drawn (a gap between two words is a space).
  const space = measure(style.face, ' ', style.size);
  while (last.items.length && last.width + space + ell.width > width) {
    const item = last.items.pop()!;
    last.width = item.x;
  }
  last.items.push({ piece: ell, x: last.width + space });
  last.width += space + ell.width;
  // A cut line ends the text shown: it is not stretched.
  last.last = true;
  return kept;
}

export function ascentOf(face: Face, size: number): number {
  return verticalMetrics(face, size).ascent;
}
