// Inline typesetting: hast phrasing → styled runs → lines broken to a width with the real font metrics.
import type { ElementContent } from 'hast';
import { measure, verticalMetrics, type Face } from '../../compose/fonts.ts';

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
}

export interface Run extends RunStyle {
  text: string;
}

export interface Piece extends RunStyle {
  text: string;
  width: number;
}

export interface LineItem {
  piece: Piece;
  x: number;
}

export interface Line {
  items: LineItem[];
  width: number;
}

const bold: Partial<Record<Face, Face>> = { serif: 'serifBold', serifItalic: 'serifBold', sans: 'sansBold' };
const italic: Partial<Record<Face, Face>> = { serif: 'serifItalic' };

let roleCounter = 0;

/** Flatten phrasing content into runs, carrying style down the tree. Whitespace collapses as in HTML. */
export function collectRuns(nodes: ElementContent[], style: RunStyle, out: Run[] = []): Run[] {
  let previous: ElementContent | undefined;
  for (const node of nodes) {
    const after = previous;
    previous = node;
    if (node.type === 'text') {
      out.push({ ...style, text: node.value.replace(/\s+/g, ' ') });
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
        break;
      }
      case 'span':
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

function piece(run: RunStyle, text: string): Piece {
  return { ...run, text, width: measure(run.face, text, run.size) };
}

/** Split runs into boxes (words) and glue (spaces); a word may span runs. Breaks are allowed after `/`. */
function boxesOf(runs: Run[]): Box[] {
  const boxes: Box[] = [];
  let current: Box | null = null;
  let pendingGlue = 0;
  for (const run of runs) {
    if (run.text === '\n') {
      if (current) boxes.push(current);
      current = null;
      boxes.push({ pieces: [], width: 0, glue: 0, forceBreak: true });
      pendingGlue = 0;
      continue;
    }
    for (const part of run.text.split(/( )/)) {
      if (part === '') continue;
      if (part === ' ') {
        if (current) boxes.push(current);
        current = null;
        pendingGlue = measure(run.face, ' ', run.size);
        continue;
      }
      // Most words hold no `/`: no split, no array.
      const chunks = part.includes('/') ? part.split(/(?<=[/])(?=.)/) : null;
      for (let i = 0; i < (chunks ? chunks.length : 1); i++) {
        if (i > 0 && current) {
          boxes.push(current);
          current = null;
          pendingGlue = 0;
        }
        const p = piece(run, chunks ? chunks[i] : part);
        if (!current) current = { pieces: [], width: 0, glue: boxes.length ? pendingGlue : 0 };
        current.pieces.push(p);
        current.width += p.width;
      }
    }
  }
  if (current) boxes.push(current);
  if (boxes.length) boxes[0].glue = 0;
  return boxes;
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

/** Greedy line breaking to `width`; leading/trailing spaces vanish at breaks. */
export function breakLines(runs: Run[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Line = { items: [], width: 0 };
  const push = () => {
    lines.push(line);
    line = { items: [], width: 0 };
  };
  let boxes = boxesOf(runs);
  if (boxes.some((b) => b.width > width)) boxes = boxes.flatMap((b) => (b.width > width ? splitBox(b, width) : [b]));
  for (const box of boxes) {
    if (box.forceBreak) {
      push();
      continue;
    }
    const glue = line.items.length ? box.glue : 0;
    if (line.items.length && line.width + glue + box.width > width + 0.01) push();
    let x = line.width + (line.items.length ? box.glue : 0);
    for (const p of box.pieces) {
      line.items.push({ piece: p, x });
      x += p.width;
    }
    line.width = x;
  }
  if (line.items.length || !lines.length) push();
  return lines.filter((l, i) => l.items.length || i === 0);
}

/** Cut lines to at most `max`, ending the last kept line with an ellipsis that fits. */
export function truncateLines(lines: Line[], max: number, width: number): Line[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1];
  const style = last.items[last.items.length - 1]?.piece ?? null;
  if (!style) return kept;
  const ell = piece({ ...style, underline: false, strike: false, role: undefined }, '…');
  while (last.items.length && last.width + ell.width > width) {
    const item = last.items.pop()!;
    last.width = item.x;
  }
  last.items.push({ piece: ell, x: last.width + 1 });
  last.width += ell.width + 1;
  return kept;
}

export function ascentOf(face: Face, size: number): number {
  return verticalMetrics(face, size).ascent;
}
