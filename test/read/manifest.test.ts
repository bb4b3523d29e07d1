// A manifest's dates and fields are checked where it is read, so diff and build answer the same.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseManifest } from '../../pipeline/article.ts';

const manifest = (revisions: unknown[], extra: Record<string, unknown> = {}) => {
  const file = new VFile({ path: 'sources/a/article.json', value: JSON.stringify({ title: 'A', ...extra, revisions }, null, 2) });
  try {
    parseManifest(file);
    return file.messages.length ? `warning: ${file.messages.map((m) => m.reason).join('; ')}` : 'ok';
  } catch (error) {
    return String((error as Error).message);
  }
};

describe('parseManifest', () => {
  it('refuses a date that is not ISO 8601, or not a real day', () => {
    expect(manifest([{ file: 'a.txt', date: 'March 2023' }, { file: 'b.txt' }])).toContain('"March 2023" is not an ISO 8601 date');
    expect(manifest([{ file: 'a.txt', date: '2024-13-45' }, { file: 'b.txt' }])).toContain('"2024-13-45" is not an ISO 8601 date');
    expect(manifest([{ file: 'a.txt', date: '2023' }, { file: 'b.txt', date: '2023-03-14' }])).toBe('ok');
  });
  it('warns of dates that contradict the order (oldest first)', () => {
    expect(manifest([{ file: 'a.txt', date: '2024' }, { file: 'b.txt', date: '2019-05' }])).toMatch(/^warning: .*before the revision listed above it \(2024\).*list revisions oldest first/);
  });
  it('warns of a field it does not know, naming the nearest one it does', () => {
    expect(manifest([{ file: 'a.txt' }, { file: 'b.txt' }], { titel: 'X' })).toMatch(/^warning: .*unknown field "titel", which is ignored: did you mean "title"\?/);
    expect(manifest([{ file: 'a.txt', lable: 'x' }, { file: 'b.txt' }])).toContain('revision 1 has an unknown field "lable", which is ignored: did you mean "label"?');
    expect(manifest([{ file: 'a.txt' }, { file: 'b.txt' }], { revison: [] })).toContain('did you mean "revisions"?');
  });
});

describe('decoded text', () => {
  it('refuses C1 control characters at their line and column, naming the Windows-1252 remedy', async () => {
    const { readRevision } = await import('../../pipeline/read/index.ts');
    // What `iconv -f latin1` makes of a Windows-1252 en dash (0x96): U+0096.
    const bytes = new TextEncoder().encode('= T =\n\nThe years 1990\u20131995.\n\nThe years 1990\u00961995.\n');
    expect(() => readRevision('a.txt', bytes)).toThrow(/U\+0096.*windows-1252/);
    try {
      readRevision('a.txt', bytes);
    } catch (error) {
      expect(error).toMatchObject({ line: 5, column: 15 });
    }
  });
});

describe('citation markers of rendered pages', () => {
  it('take the page locator a page prints after them (`[5]: 314`), which is no text', async () => {
    const { readRevision } = await import('../../pipeline/read/index.ts');
    const { toString } = await import('mdast-util-to-string');
    const { tree } = readRevision('a.txt', new TextEncoder().encode('Mill\n\nThe mill ground wheat.[5]: 314 It closed in 1901.[6]:12–14 It was rebuilt.[7]\n'), { format: 'rendered' });
    const paragraph = tree.children.find((n) => n.type === 'paragraph')!;
    expect(toString(paragraph)).toBe('The mill ground wheat. It closed in 1901. It was rebuilt.');
  });
  it('leave out a hidden sort key printed before its number, and only one that encodes that number', async () => {
    const { readRevision } = await import('../../pipeline/read/index.ts');
    const { toString } = await import('mdast-util-to-string');
    const text = 'The lock ran for 70008000000000000008 years, 7002215000000000000215 days; its code is 70031234000000000009 on the plate.';
    const { tree } = readRevision('a.txt', new TextEncoder().encode(`Lock\n\n${text}\n`), { format: 'rendered' });
    const paragraph = tree.children.find((n) => n.type === 'paragraph')!;
    expect(toString(paragraph)).toBe('The lock ran for 8 years, 215 days; its code is 70031234000000000009 on the plate.');
    // Every piece keeps its own place in the source line.
    const pieces = (paragraph as { children: Array<{ value?: string; position?: { start: { column: number } } }> }).children;
    for (const p of pieces) if (p.value) expect(text.indexOf(p.value) + 1).toBe(p.position!.start.column);
  });
});
