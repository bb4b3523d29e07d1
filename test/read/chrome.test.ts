// Page chrome of mirror skins that a rendered dump picks up: dropped from the tree, the article's text kept whole.
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readRevision } from '../../pipeline/read/index.ts';

const read = (text: string) => readRevision('page.txt', Buffer.from(text), { format: 'rendered' }).tree;
const blocks = (text: string) => read(text).children.slice(1).map((n) => toString(n));

describe('rendered-page chrome', () => {
  it("drops a gallery's instruction to the reader, keeps a parenthesised sentence of the article", () => {
    const page = 'Harbour Bridge\n\nHarbour Bridge picture\n(Click on the photo to enlarge)\n\nThe bridge opened in 1932.\n\n(The toll was abolished in 1970.)\n';
    expect(blocks(page)).toEqual(['Harbour Bridge picture', 'The bridge opened in 1932.', '(The toll was abolished in 1970.)']);
    expect(blocks('Atlas\n\nTap to zoom\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
  });

  it('ends the article at an offline copy\'s licence line', () => {
    expect(blocks('Harbour Bridge\n\nThe bridge opened in 1932.\n\nThis article is issued from Wikipedia. The text is licensed under Creative Commons - Attribution - Sharealike.\n\nMore pages\n')).toEqual(['The bridge opened in 1932.']);
  });

  it("cuts a catalogue's attribution glued to the last paragraph, with the paragraph's position ending before it", () => {
    const tree = read('Harbour Bridge\n\nThe bridge opened in 1932. It carries eight lanes. Provided by Wikipedia\n');
    const paragraph = tree.children[1];
    expect(toString(paragraph)).toBe('The bridge opened in 1932. It carries eight lanes.');
    expect(paragraph.position?.end.column).toBe('The bridge opened in 1932. It carries eight lanes.'.length + 1);
    expect(blocks('Harbour Bridge\n\nIts data were provided by Wikipedia editors.\n')).toEqual(['Its data were provided by Wikipedia editors.']);
  });
});
