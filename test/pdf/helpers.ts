// Builds the seed article's PDFs for the PDF tests: through the real stages and from the hand-made Reconciled value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { BuildOptions, Reconciled } from '../../pipeline/model.ts';
import { composeBriefing } from '../../pipeline/compose/index.ts';
import { renderPdf } from '../../pipeline/render/pdf/index.ts';
import { buildOptions } from '../compose/seed.ts';

export async function realSeed(): Promise<Reconciled> {
  const { loadArticle } = await import('../../pipeline/article.ts');
  const { reconcile } = await import('../../pipeline/reconcile/index.ts');
  const article = await loadArticle('sources/mongolia-russia');
  return reconcile(article.revisions, { name: article.name, title: article.title, language: article.language, decisions: article.decisions }).reconciled;
}

export interface Built {
  dir: string;
  briefing: string;
  handout: string;
  bytes: Record<string, Uint8Array>;
}

export async function build(reconciled: Reconciled, over: Partial<BuildOptions> = {}): Promise<Built> {
  const options = buildOptions(over);
  const files = await renderPdf(composeBriefing(reconciled, options), options);
  const dir = mkdtempSync(join(tmpdir(), 'brief-pdf-'));
  const bytes: Record<string, Uint8Array> = {};
  for (const f of files) {
    writeFileSync(join(dir, f.path), f.bytes);
    bytes[f.path] = f.bytes;
  }
  return { dir, briefing: join(dir, 'briefing.pdf'), handout: join(dir, 'handout.pdf'), bytes };
}

export const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

/** The text of a PDF without its running head and foot (they interrupt sentences at page breaks). */
export const pdftotext = (file: string): string =>
  run('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .split('\n')
    .filter((line) => !/^\f?page \d+ of \d+$/.test(line.trim()) && !/^\f?.* — Briefing$/.test(line.trim()))
    .join('\n');

/** Straight quotes for typographic ones (the briefing educates quotes; the sources have straight ones). */
export const plainQuotes = (s: string): string => s.replace(/[“”″]/g, '"').replace(/[‘’′]/g, "'");

/** Text normalised for comparison: one space for any whitespace, a word broken by hyphenation (U+2010 at a line's end) joined again, straight quotes. */
export const flat = (s: string): string => plainQuotes(s.replace(/\u2010\s+/g, '').replace(/\s+/g, ' ').trim());
