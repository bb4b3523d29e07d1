// PDF/UA-1 rules over the briefing and handout (test/pdf/structure.ts), and the checker's own teeth on a PDF that breaks them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfUaProblems } from './structure.ts';
import { build, realSeed, type Built } from './helpers.ts';

async function untaggedLinkPdf(): Promise<string> {
  const doc = new PDFDocument({ tagged: true, lang: 'en', displayTitle: true, info: { Title: 'Bad' } } as never);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const table = doc.struct('Table');
  doc.addStructure(table);
  const row = doc.struct('TR');
  table.add(row);
  const th = doc.struct('TH');
  row.add(th);
  th.add(doc.markStructureContent('TH'));
  doc.text('Heading', 72, 72);
  doc.endMarkedContent();
  doc.link(72, 100, 100, 12, 'https://example.org/');
  doc.end();
  await done;
  const file = join(mkdtempSync(join(tmpdir(), 'brief-ua-')), 'bad.pdf');
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('the PDF/UA structure checker', () => {
  it('finds an untagged link, a header cell without scope and a CIDSet', async () => {
    const problems = (await untaggedLinkPdf().then(pdfUaProblems)).join('\n');
    expect(problems).toMatch(/link .*: no \/Contents/);
    expect(problems).toMatch(/link .*: no \/StructParent/);
    expect(problems).toMatch(/TH .*: no \/Scope/);
  });
});

describe('the briefing and handout under PDF/UA-1 rules', () => {
  let seed: Built;
  beforeAll(async () => {
    seed = await build(await realSeed());
  }, 60_000);
  for (const kind of ['briefing', 'handout'] as const) {
    it(`leaves nothing to report in the ${kind}: links tagged with object references and /Contents, header cells scoped, no CIDSet`, () => {
      expect(pdfUaProblems(seed[kind])).toEqual([]);
    });
  }
});
