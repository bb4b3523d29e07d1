// Tells which source format a revision is written in, from its content alone.
import type { SourceFormat } from '../model.ts';
import { isSectionedHeading } from './sectioned.ts';

/**
 * Sectioned exports open with `= Title =` or hold `== Section ==` lines; rendered dumps show
 * `[edit]` links, `^` reference lists or page chrome; Markdown shows its own block syntax.
 * Plain text with none of these reads as a rendered dump (its first line is the title).
 */
export function detectFormat(text: string): SourceFormat {
  const lines = text.split('\n', 2000);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  if (isSectionedHeading(first.trim()) || lines.some((line) => /^==+[^=].*==+\s*$/.test(line) && isSectionedHeading(line))) return 'sectioned';
  const rendered = lines.filter(
    (line) =>
      /\[edit(?: source)?\]\s*$/.test(line) ||
      /^\s*\d{1,4}\.\s*\^/.test(line) ||
      /^(?:From Wikipedia, the free encyclopedia|Jump to navigation|Jump to: navigation)/.test(line.trim()) ||
      /\sFrom Wikipedia, the free encyclopedia$/.test(line.trim()),
  ).length;
  const markdown = lines.filter(
    (line) => /^#{1,6}\s+\S/.test(line) || /^\[\^[^\]]+\]:/.test(line) || /^(?:```|~~~|:::)/.test(line) || /^\|.*\|\s*$/.test(line) || /^(?:=+|-+)\s*$/.test(line),
  ).length;
  if (rendered > 0 && rendered >= markdown) return 'rendered';
  if (markdown > 0) return 'markdown';
  return 'rendered';
}
