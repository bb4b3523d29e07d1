// Draws the SVG subset compose writes (line, circle, rect, text; absolute coordinates) as PDF vectors.
import type { Element } from 'hast';
import type PDFDocument from 'pdfkit';
import { verticalMetrics, type Face } from '../../typography/fonts.ts';
import { drawText } from './glyph-runs.ts';

const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : Number.parseFloat(String(v ?? ''));
  return Number.isFinite(n) ? n : fallback;
};

const color = (v: unknown): string | null => (typeof v === 'string' && v !== 'none' ? v : null);

/** Draw `svg` with its top-left at (x, y), `scale` PDF points per SVG unit. */
export function drawSvg(doc: PDFKit.PDFDocument, svg: Element, x: number, y: number, scale: number): void {
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const node of svg.children) {
    if (node.type !== 'element') continue;
    const p = node.properties;
    const stroke = color(p.stroke);
    const fill = color(p.fill);
    switch (node.tagName) {
      case 'line':
        if (!stroke) break;
        doc.moveTo(num(p.x1), num(p.y1)).lineTo(num(p.x2), num(p.y2)).lineWidth(num(p.strokeWidth, 1));
        if (p.strokeDashArray) {
          const dashes = Array.isArray(p.strokeDashArray) ? p.strokeDashArray : String(p.strokeDashArray).split(/[\s,]+/);
          const [a, b] = dashes.map(Number);
          doc.dash(a, { space: b ?? a });
        }
        doc.stroke(stroke);
        doc.undash();
        break;
      case 'circle':
        doc.circle(num(p.cx), num(p.cy), num(p.r));
        if (fill) doc.fill(fill);
        break;
      case 'rect':
        doc.rect(num(p.x), num(p.y), num(p.width), num(p.height));
        if (fill) doc.fill(fill);
        break;
      case 'text': {
        const size = num(p.fontSize, 7);
        const face: Face = p.fontWeight === 'bold' ? 'sansBold' : 'sans';
        const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        const { ascent } = verticalMetrics(face, size);
        doc.font(face).fontSize(size).fillColor(fill ?? '#000');
        // SVG y is the baseline; pdfkit places the top of the line box (`doc.text(…, { lineBreak: false })`).
        drawText(doc, text, num(p.x), num(p.y) - ascent);
        break;
      }
    }
  }
  doc.restore();
}

export type { PDFDocument };
