// Structural checks on both seed revisions that would catch a wrong reader even if a fixture were regenerated blindly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FootnoteDefinition, Heading, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readRevision } from '../../pipeline/read/index.ts';

const article = join(import.meta.dirname, '..', '..', 'sources', 'mongolia-russia');
const olderPath = join(article, '01-older-rendered-page.txt');
const newerPath = join(article, '02-newer-sectioned-export.txt');
const older = readRevision(olderPath, readFileSync(olderPath));
const newer = readRevision(newerPath, readFileSync(newerPath));

function headings(tree: Root): Array<[number, string]> {
  return tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => [n.depth, toString(n)]);
}

/** Every text value in the tree, one string per text node. */
function texts(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, 'text', (node) => {
    values.push(node.value);
  });
  return values;
}

/** The plain text of every block that holds prose, as a reader sees it. */
function blocks(tree: Root): string[] {
  return tree.children.filter((n) => ['paragraph', 'caption'].includes(n.type)).map((n) => toString(n));
}

describe('older seed (rendered page dump)', () => {
  it('is detected as a rendered dump', () => expect(older.format).toBe('rendered'));

  it('has exactly these headings, depths inferred where the dump hides nesting', () => {
    expect(headings(older.tree)).toEqual([
      [1, 'Mongolia–Russia relations'],
      [2, 'Communist era'],
      [2, 'Modern era'],
      [2, 'State visits'],
      [2, 'From Russian leaders to Mongolia'],
      [2, 'From Mongolian leaders to Russia'],
      [2, 'See also'],
      [2, 'External links'],
      [2, 'Diplomatic missions'],
    ]);
    const inferred = older.tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2);
    expect(inferred.every((n) => n.data?.depthInferred === true)).toBe(true);
  });

  it('keeps the citation of `State visits[9][edit]` as a footnote reference, not text', () => {
    const heading = older.tree.children.find((n): n is Heading => n.type === 'heading' && toString(n) === 'State visits')!;
    expect(heading.children.map((c) => c.type)).toEqual(['text', 'footnoteReference']);
    expect(heading.children[1]).toMatchObject({ identifier: '9' });
  });

  it('has 13 footnote definitions, empty ones kept empty, without `^ a b c` backlinks', () => {
    const definitions = older.tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
    expect(definitions.map((d) => d.identifier)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(definitions.filter((d) => d.children.length === 0).map((d) => d.identifier)).toEqual(['9', '10', '11']);
    expect(toString(definitions[1])).toMatch(/^Blagov, Sergei \(May 2005\)/);
    expect(toString(definitions[3])).toMatch(/^Morris Rossabi/);
    for (const d of definitions) expect(toString(d)).not.toMatch(/^\s*\^|^[a-z] [a-z] /);
  });

  it('resolves every footnote reference', () => {
    const defined = new Set(older.tree.children.filter((n) => n.type === 'footnoteDefinition').map((n) => (n as FootnoteDefinition).identifier));
    let references = 0;
    visit(older.tree, 'footnoteReference', (node) => {
      references++;
      expect(defined.has(node.identifier)).toBe(true);
    });
    expect(references).toBeGreaterThan(20);
  });

  it('leaves no [edit], citation marker or page chrome in any text', () => {
    for (const value of texts(older.tree)) {
      expect(value).not.toMatch(/\[edit\]|\[\d+\]/);
      expect(value).not.toMatch(/From Wikipedia|Redirected from|Jump to navigation|Map indicating/);
    }
    expect(blocks(older.tree)).not.toContain('Mongolia–Russia relations');
  });

  it('reads short labels as captions, and a long line as a paragraph whatever a verb tagger would guess', () => {
    const captions = older.tree.children.filter((n) => n.type === 'caption').map((n) => toString(n));
    expect(captions).toEqual(['Embassy of Mongolia in Russia', 'Embassy of Russia in Mongolia']);
    const paragraphs = older.tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    expect(paragraphs.some((p) => p.startsWith('Group of Russian and Mongolian officials, photo taken'))).toBe(true);
  });

  it('keeps every paragraph of the source whole, Cyrillic included', () => {
    const source = readFileSync(olderPath, 'utf8').split('\n');
    const prose = source.filter((line) => line.length > 80 && !/^\s*\d+\.\s*\^/.test(line)).map((line) => line.replace(/\[\d+\]/g, '').trim());
    expect(prose.length).toBe(7);
    expect(blocks(older.tree)).toEqual(expect.arrayContaining(prose));
    expect(blocks(older.tree).join(' ')).toContain('Монгол Оросын харилцаа; Russian: Российско-монгольские отношения');
  });
});

describe('newer seed (sectioned export)', () => {
  it('is detected as a sectioned export', () => expect(newer.format).toBe('sectioned'));

  it('has exactly these headings and depths', () => {
    expect(headings(newer.tree)).toEqual([
      [1, 'Mongolia–Russia relations'],
      [2, 'Background'],
      [2, 'Historical relations'],
      [2, 'Modern relations'],
      [2, 'State visits'],
      [3, 'From Soviet and Russian leaders to Mongolia'],
      [3, 'From Mongolian leaders to Russia'],
      [2, 'See also'],
    ]);
  });

  it('reads the infobox as key/value entries', () => {
    const infobox = newer.tree.children.find((n) => n.type === 'infobox');
    expect(infobox?.type).toBe('infobox');
    if (infobox?.type !== 'infobox') return;
    expect(infobox.children.map((e) => [e.key, toString(e)])).toEqual([
      ['Filetype', 'svg'],
      ['Map', 'Mongolia Russia Locator.svg'],
      ['Mission1', 'Embassy of Mongolia, Moscow'],
      ['Mission2', 'Embassy of Russia, Ulaanbaatar'],
    ]);
  });

  it('has state-visit lists of 7 and 11 items, and a See also list', () => {
    const lists = newer.tree.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => l.children.length)).toEqual([7, 11, 5]);
    expect(toString(lists[0].children[0])).toBe('Leonid Brezhnev (13-15 January 1966)');
    expect(toString(lists[1].children[10])).toBe('Ukhnaagiin Khürelsükh (8 May 2025)');
  });

  it('splits lines that follow each other with no blank line into separate paragraphs', () => {
    const paragraphs = blocks(newer.tree);
    const onSeptember = paragraphs.findIndex((p) => p.startsWith('On September 3, 2024'));
    expect(paragraphs[onSeptember + 1]).toMatch(/^In March 2025, Mongolia's Deputy Prime Minister/);
  });

  it('keeps every paragraph of the source whole', () => {
    const source = readFileSync(newerPath, 'utf8').split('\n');
    const prose = source.filter((line) => line.length > 0 && !/^(=|-|Infobox)/.test(line));
    expect(blocks(newer.tree)).toEqual(prose);
  });

  it('gives every node a position in the source', () => {
    for (const tree of [older.tree, newer.tree]) {
      visit(tree, (node) => {
        expect(node.position?.start.line).toBeGreaterThan(0);
        expect(node.position?.end.offset).toBeGreaterThanOrEqual(node.position!.start.offset!);
      });
    }
    const source = readFileSync(newerPath, 'utf8');
    visit(newer.tree, 'text', (node) => {
      expect(source.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value);
    });
  });
});
