// Reader fixtures in the remark style: test/fixtures/read/<case>/input.* → tree.json; `UPDATE=1` rewrites them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readRevision } from '../../pipeline/read/index.ts';
import { treeToMarkdown } from '../../pipeline/render/markdown/markdown.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'read');
const cases = readdirSync(root).sort();

function inputOf(dir: string): string {
  const name = readdirSync(dir).find((file) => file.startsWith('input.'));
  if (!name) throw new Error(`no input file in ${dir}`);
  return join(dir, name);
}

/** A tree without positions and data: what a Markdown round trip must preserve. */
function bare(tree: Root): unknown {
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    delete node.position;
    delete node.data;
  });
  return copy;
}

describe('reader fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['rendered-seed', 'sectioned-seed', 'rendered-crlf-bom', 'sectioned-crlf-bom', 'markdown-input', 'rendered-other', 'sectioned-other']),
    );
  });

  for (const name of cases) {
    const dir = join(root, name);
    const input = inputOf(dir);
    const expectedPath = join(dir, 'tree.json');

    it(`${name}: parses to the expected tree`, () => {
      const { tree } = readRevision(input, readFileSync(input));
      const actual = JSON.parse(JSON.stringify(tree));
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 1)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });

    it(`${name}: GFM Markdown re-parses to the same tree (minus positions)`, () => {
      const { tree } = readRevision(input, readFileSync(input));
      const markdown = treeToMarkdown(tree);
      const again = readRevision('round-trip.md', new TextEncoder().encode(markdown), { format: 'markdown' }).tree;
      expect(bare(again)).toEqual(bare(tree));
    });
  }

  it('CRLF and a BOM give exactly the tree of the clean file, positions included', () => {
    for (const format of ['rendered', 'sectioned']) {
      const clean = readRevision('a', readFileSync(inputOf(join(root, `${format}-seed`)))).tree;
      const crlf = readRevision('a', readFileSync(inputOf(join(root, `${format}-crlf-bom`)))).tree;
      expect(crlf).toEqual(clean);
      visit(crlf, 'text', (node) => expect(node.value).not.toMatch(/\r/));
    }
  });

  it("keeps a Markdown text's colons (times, ratios, a `::` line) as written: only brief's `:::` containers are directives", () => {
    const source = '# T\n\nIt left at 01:21 MYT (17:21 UTC), a ratio of 3:2 and :emph[x]{a=1} kept.\n\n::note\n\n:::caption\nA map of the port\n:::\n';
    const tree = readRevision('t.md', new TextEncoder().encode(source), { format: 'markdown' }).tree;
    const texts: string[] = [];
    visit(tree, 'text', (node) => void texts.push(node.value));
    expect(texts).toEqual(['T', 'It left at 01:21 MYT (17:21 UTC), a ratio of 3:2 and :emph[x]{a=1} kept.', '::note', 'A map of the port']);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'caption']);
  });
});
