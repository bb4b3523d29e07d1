// Lays the dated events out as an inline SVG (year axis, one lane per kind, labels that never collide).
//
// The layout is made here, once, with the real font metrics (DejaVu Sans, as the PDF draws it), and
// written as plain SVG primitives (line, circle, rect, text with absolute coordinates, no
// transforms). The XHTML/EPUB writers serialise that SVG as it is; the PDF writer draws the same
// primitives as vector graphics scaled to the column. `<title>` and `<desc>` carry the text
// alternative (every event in words) for the tagged PDF's Figure and for screen readers.
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { TimelineEvent } from '../model.ts';
import { measure } from '../typography/fonts.ts';

export interface TimelineLabels {
  alt: string;
  lanes: Record<string, string>;
}

/** Width of the drawing in SVG units; writers scale it to their column. */
// 365 units across the briefing's 395 pt column set the 6.5-unit labels at 7 pt in print.
export const TIMELINE_WIDTH = 365;
const FONT = 6.5;
const ROW = 8;
const LANE_TITLE = 10;
const AXIS = 16;
const MAX_LABEL = 120;
/** Room right of the last year, so that the labels of the latest events can still run rightwards. */
const RIGHT_ROOM = 86;
const GAP = 4;

/** A date as a fractional year (1966-01-13 → 1966.03); ranges give their start. */
export function yearOf(iso: string): number {
  const m = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return year + month / 12 + day / 365;
}

function eventYears(event: TimelineEvent): [number, number] {
  const start = yearOf(event.date.start ?? event.date.iso);
  const end = event.date.end ? yearOf(event.date.end) : start;
  return [start, Math.max(start, end)];
}

/** Cut text to fit a width, with an ellipsis. */
function fit(text: string, width: number): string {
  if (measure('sans', text, FONT) <= width) return text;
  // The longest start that fits with its ellipsis, found by halving (a label is often a whole sentence: cutting
  // it a character at a time shaped it a hundred times over).
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure('sans', text.slice(0, mid) + '…', FONT) <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

/** Lanes come in the order the article first names them (its sections' order); loose dated events come last. */
const LANE_ORDER = (lane: string, firstSeen: number): number => (/^(?:events?|other)$/i.test(lane) ? Number.MAX_SAFE_INTEGER : firstSeen);

export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

interface Placed {
  x0: number;
  x1: number;
  row: number;
  dot: number;
}

/** The timeline as an SVG element, or null when there are fewer than two dated events. */
export function timelineSvg(events: TimelineEvent[], labels: TimelineLabels): { svg: Element; alt: string; first: number; last: number } | null {
  const dated = events
    .map((event) => ({ event, years: eventYears(event) }))
    .filter((e) => Number.isFinite(e.years[0]))
    .sort((a, b) => a.years[0] - b.years[0] || a.event.label.localeCompare(b.event.label, 'en'));
  if (dated.length < 2) return null;
  const first = Math.floor(dated[0].years[0]);
  const last = Math.floor(Math.max(...dated.map((d) => d.years[1])));
  const from = Math.floor(first / 10) * 10;
  const to = Math.max(from + 10, Math.ceil((last + 1) / 10) * 10);
  const left = 4;
  const right = TIMELINE_WIDTH - 4;
  const axisEnd = right - RIGHT_ROOM;
  const x = (year: number) => left + ((year - from) / (to - from)) * (axisEnd - left);

  const seen = [...new Set(events.map((e) => e.lane))];
  const lanes = [...new Set(dated.map((d) => d.event.lane))].sort((a, b) => LANE_ORDER(a, seen.indexOf(a)) - LANE_ORDER(b, seen.indexOf(b)));
  const children: Element[] = [];
  const alt = fmt(labels.alt, { count: dated.length, first, last });
  children.push(s('title', alt));
  children.push(
    s(
      'desc',
      lanes
        .map((lane) => `${labels.lanes[lane] ?? lane}: ` + dated.filter((d) => d.event.lane === lane).map((d) => `${d.event.date.iso} ${d.event.label}`).join('; '))
        .join('. ') + '.',
    ),
  );

  const body: Element[] = [];
  let y = 0;
  for (const lane of lanes) {
    const items = dated.filter((d) => d.event.lane === lane);
    const placed: Placed[] = [];
    const texts: Array<{ text: string; p: Placed }> = [];
    // Right to left, each label takes the lowest row where it overlaps no label and no leader line
    // of a label above it, and where its own leader crosses no label below it. Labels start just
    // right of their leader, or end just left of it when that gives a lower row, so leaders never touch text.
    const rowFor = (x0: number, x1: number, dot: number): number => {
      let row = 0;
      for (; row < 64; row++) {
        const clash = placed.some(
          (p) =>
            (p.row === row && x0 < p.x1 + GAP && x1 + GAP > p.x0) ||
            (p.row < row && dot > p.x0 - 0.5 && dot < p.x1 + 0.5) ||
            (p.row > row && p.dot > x0 - 0.5 && p.dot < x1 + 0.5),
        );
        if (!clash) break;
      }
      return row;
    };
    const dots = items.map(({ years }) => x(years[0]));
    for (const { event, years } of [...items].reverse()) {
      const dot = x(years[0]);
      const full = `${Math.floor(years[0])} ${event.label}`;
      // Rightwards of the leader by default; leftwards when that fits on a lower row (or only that fits whole).
      const rightText = fit(full, Math.min(MAX_LABEL, right - dot - 1.5));
      const rw = measure('sans', rightText, FONT);
      const rightRow = rowFor(dot + 1.5, dot + 1.5 + rw, dot);
      const leftText = fit(full, Math.min(MAX_LABEL, dot - 1.5 - left));
      const lw = measure('sans', leftText, FONT);
      const leftRow = rowFor(dot - 1.5 - lw, dot - 1.5, dot);
      // A leftward label must not hang over an earlier event's dot: that leader, placed later, could never pass it.
      const covers = dots.some((d) => d !== dot && d > dot - 2 - lw && d < dot);
      const useLeft = !covers && ((leftRow < rightRow && leftText === full) || (rightText !== full && leftText === full && leftRow <= rightRow + 1));
      const text = useLeft ? leftText : rightText;
      const x0 = useLeft ? dot - 1.5 - lw : dot + 1.5;
      const p = { x0, x1: x0 + (useLeft ? lw : rw), row: useLeft ? leftRow : rightRow, dot };
      placed.push(p);
      texts.push({ text, p });
    }
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    const title = labels.lanes[lane] ?? lane;
    const titleWidth = measure('sansBold', title, 7);
    body.push(s('rect', { x: left - 0.5, y: y + 8 - 7 * 0.8, width: titleWidth + 1, height: 7, fill: '#fff' }));
    body.push(s('text', { x: left, y: y + 8, fontSize: 7, fontWeight: 'bold', fill: '#000' }, title));
    y += LANE_TITLE;
    const base = y + rows * ROW + 4;
    for (const { text, p } of texts) {
      const ty = base - 4 - p.row * ROW - 2;
      body.push(s('line', { x1: p.dot, y1: base, x2: p.dot, y2: ty + 1, stroke: '#888', strokeWidth: 0.4 }));
      // A white ground under each label keeps the decade grid from running through the text.
      body.push(s('rect', { x: p.x0 - 0.5, y: ty - FONT * 0.8, width: p.x1 - p.x0 + 1, height: FONT, fill: '#fff' }));
      body.push(s('text', { x: p.x0, y: ty, fontSize: FONT, fill: '#000' }, text));
    }
    for (const { years } of items) {
      if (years[1] - years[0] > 0.5) body.push(s('rect', { x: x(years[0]), y: base - 1.5, width: x(years[1]) - x(years[0]), height: 3, fill: '#555' }));
    }
    for (const { years } of items) body.push(s('circle', { cx: x(years[0]), cy: base, r: 1.8, fill: '#000' }));
    body.push(s('line', { x1: left, y1: base, x2: axisEnd, y2: base, stroke: '#000', strokeWidth: 0.6 }));
    y = base + 8;
  }
  // Year axis with a tick and label every decade, or every 20, 50 or 100 years where labels would touch.
  const yearWidth = measure('sans', '0000', FONT) + GAP;
  const step = [10, 20, 50, 100, 200, 500, 1000].find((s) => x(from + s) - x(from) >= yearWidth) ?? 1000;
  const axisY = y + 2;
  body.unshift(s('rect', { x: 0, y: 0, width: TIMELINE_WIDTH, height: axisY + AXIS, fill: '#fff' }));
  body.push(s('line', { x1: left, y1: axisY, x2: axisEnd, y2: axisY, stroke: '#000', strokeWidth: 0.8 }));
  let lastLabelEnd = -Infinity;
  for (let year = from; year <= to; year += step) {
    const tx = x(year);
    body.push(s('line', { x1: tx, y1: 0, x2: tx, y2: axisY, stroke: '#ccc', strokeWidth: 0.3, strokeDashArray: '1 2' }));
    body.push(s('line', { x1: tx, y1: axisY, x2: tx, y2: axisY + 3, stroke: '#000', strokeWidth: 0.6 }));
    const label = String(year);
    const w = measure('sans', label, FONT);
    const lx = Math.min(right - w, Math.max(left, tx - w / 2));
    // The first label is pushed right of the axis's start; the next must not run into it.
    if (lastLabelEnd > lx - GAP / 2) continue;
    lastLabelEnd = lx + w;
    body.push(s('text', { x: lx, y: axisY + 10, fontSize: FONT, fill: '#000' }, label));
  }
  // Grid lines go under everything else.
  const grid = body.filter((el) => el.properties.strokeDashArray);
  const rest = body.filter((el) => !el.properties.strokeDashArray);
  const height = Math.ceil(axisY + AXIS);
  const svg = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${TIMELINE_WIDTH} ${height}`,
      width: TIMELINE_WIDTH,
      height,
      role: 'img',
      fontFamily: 'DejaVu Sans, sans-serif',
    },
    [...children, rest[0], ...grid, ...rest.slice(1)],
  );
  return { svg, alt, first, last };
}
