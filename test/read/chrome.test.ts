// Page chrome of mirror skins that a rendered dump picks up: dropped from the tree, the article's text kept whole.
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readRevision } from '../../pipeline/read/index.ts';
import { detectFormat } from '../../pipeline/read/detect.ts';

const read = (text: string) => readRevision('page.txt', Buffer.from(text), { format: 'rendered' }).tree;
const blocks = (text: string) => read(text).children.slice(1).map((n) => toString(n));

describe('rendered-page chrome', () => {
  it("drops a gallery's instruction to the reader, keeps a parenthesised sentence of the article", () => {
    const page = 'Harbour Bridge\n\nHarbour Bridge picture\n(Click on the photo to enlarge)\n\nThe bridge opened in 1932.\n\n(The toll was abolished in 1970.)\n';
    expect(blocks(page)).toEqual(['Harbour Bridge picture', 'The bridge opened in 1932.', '(The toll was abolished in 1970.)']);
    expect(blocks('Atlas\n\nTap to zoom\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    // A mirror's own tagline; a line of the article that opens so keeps its full stop.
    expect(blocks('Atlas\n\nFrom Harbourpedia: the coastal knowledge base\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    expect(blocks('Atlas\n\nFrom Norland, the atlas went to the harbour.\n')).toEqual(['From Norland, the atlas went to the harbour.']);
    expect(blocks('Atlas\n\nQuick facts: Publisher, Maps, Pages...\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    expect(blocks('Atlas\n\nQuick Facts Publisher, Maps ...\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    expect(blocks('Atlas\n\nQuick facts about the atlas fill its last page.\n')).toEqual(['Quick facts about the atlas fill its last page.']);
    expect(blocks('Atlas\n\nThe atlas has 40 maps.[a]\nCite error: There are <ref group=lower-alpha>\ntags on this page, but the references will not show without a {{reflist}}\ntemplate (see the help page).\nIt was printed in 1901.\n')).toEqual(['The atlas has 40 maps.[a]', 'It was printed in 1901.']);
    expect(blocks("Atlas\n\nDear Wikiwand AI, let's keep it short by simply answering these key questions:\n\nCan you list the top facts and stats about Atlas?\n\nSummarize this article for a 10 year old\n\nThe atlas has 40 maps.\n")).toEqual(['The atlas has 40 maps.']);
    // MIRROR_PROMPTS: a mirror's invitations to read on; a sentence of the article that says so stays.
    expect(blocks('Atlas\n\nGet Atlas essential facts below. View Videos or join the Atlas discussion.\n\nThe atlas has 40 maps.\n\nSee more at Wikipedia.org...\n\nRead more about Atlas: History, Maps, Printing\n')).toEqual(['The atlas has 40 maps.']);
    // The prompt as some mirrors end it, with a longer invitation to share.
    expect(blocks('Atlas\n\nGet Atlas essential facts below. View Videos or join the Atlas discussion. Add Atlas to your topic list for future reference or share this resource on social media.\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    expect(blocks('Atlas\n\nThe atlas has 40 maps. Read more about them in the preface.\n')).toEqual(['The atlas has 40 maps. Read more about them in the preface.']);
    expect(blocks("Atlas\n\nNote: Many of our articles have direct quotes from sources you can cite, within the Wikipedia article! This article doesn't yet.\n(Redirected to Atlas article)\n\nThe atlas has 40 maps.\n")).toEqual(['The atlas has 40 maps.']);
  });

  it("drops a sports infobox's note on when its statistics were counted, keeps a sentence that says so", () => {
    expect(blocks('Anna Berg\n\nAnna Berg is a footballer who plays for Norby FC.\n\n*Club domestic league appearances and goals, correct as of 22:21, 24 November 2023 (UTC)\n‡ National team caps and goals, correct as of 22:40, 21 November 2023 (UTC)\n')).toEqual(['Anna Berg is a footballer who plays for Norby FC.']);
    expect(blocks('Anna Berg\n\nHer league record is correct as of the end of the 2023 season.\n')).toEqual(['Her league record is correct as of the end of the 2023 season.']);
  });
  it('drops a table of contents drawn as bullets with numbers after the titles, keeps a list of the article (TOC_BULLETS)', () => {
    const toc = '  • History 1\n  • Geography 2\n    • North shore 2.1\n    • South shore 2.2\n  • See also 3\n';
    expect(blocks(`Atlas\n\nThe atlas has 40 maps.\n\n${toc}\nIt was printed in 1901.\n`)).toEqual(['The atlas has 40 maps.', 'It was printed in 1901.']);
    // A list whose entries end in figures that are no outline from 1 stays.
    expect(blocks('Atlas\n\nThe atlas has 40 maps.\n\n  • Volume 2\n  • Volume 3\n  • Volume 4\n\nIt was printed in 1901.\n')).toEqual(['The atlas has 40 maps.', 'Volume 2Volume 3Volume 4', 'It was printed in 1901.']);
  });
  it("takes a long unended line inside a run of infobox labels for a caption, and a long line of prose for prose (CAPTION_IN_RUN)", () => {
    const page = 'Harbour Bridge\n\nHarbour Bridge\nThe bridge at dusk, seen from the old customs house on the northern shore of the bay\nOpened1932\nLength1,149 m\nCarries8 lanes\n\nThe bridge opened in 1932 and carries eight lanes of traffic across the bay to the north shore.\n';
    const tree = read(page);
    const caption = tree.children.find((n) => toString(n).startsWith('The bridge at dusk'));
    expect(caption?.type).toBe('caption');
    expect(tree.children.find((n) => toString(n).startsWith('The bridge opened'))?.type).toBe('paragraph');
  });

  it("reads a heading whose edit link a mirror left as empty brackets or a glued word (EDIT_GLUED)", () => {
    const headings = (text: string) => read(text).children.slice(1).filter((n) => n.type === 'heading').map((n) => toString(n));
    const page = 'Atlas\n\nThe atlas has 40 maps.\n\nHistory[]\n\nIt was printed in 1901.\n\nEarly yearsEdit\n\nIt was sold in Norby.\n';
    expect(headings(page)).toEqual(['History', 'Early years']);
    expect(blocks(page)).toEqual(['The atlas has 40 maps.', 'History', 'It was printed in 1901.', 'Early years', 'It was sold in Norby.']);
    // A parameter left empty, a table cell, the word apart from the one before it: no heading.
    expect(headings('Atlas\n\nWebsite = []\n\nIt was printed in 1901.\n\nTap to Edit\n\nMaps | [] |\n')).toEqual([]);
  });
  it("leaves a wiki's edit link out of an infobox value (INLINE_CHROME)", () => {
    const tree = read('Harbour Bridge\n\nHarbour Bridge\nLength1,149 m (3,770 ft) Edit this on Wikidata[1]\nOpened1932\nCarries8 lanes\nOwnerHarbour Trust\n\nThe bridge opened in 1932 and carries eight lanes.\n');
    expect(tree.children.map((n) => toString(n))).toContain('Length1,149 m (3,770 ft)');
  });

  it("drops a mirror's cloud of related topics, keeps a line of the article in braces with capitals (RELATED_TOPICS)", () => {
    expect(blocks('Atlas\n\nrelated topics\n{island, water, area}\n{company, market, business}\n\nThe atlas has 40 maps.\n')).toEqual(['The atlas has 40 maps.']);
    expect(blocks('Atlas\n\n{Norland, Orla, Vik}\n\nThe atlas has 40 maps.\n')).toContain('{Norland, Orla, Vik}');
  });
  it("leaves the error a mirror's wiki printed for a failed module out of the text (WIKI_ERROR)", () => {
    const tree = read("Harbour Bridge\n\nCoordinates Lua error in package.lua at line 80: module 'strict' not found.\nOpened 1932\n\nThe bridge opened in 1932. Script error: No such module \"Convert\". It is 500 m long.\n");
    expect(tree.children.slice(1).map((n) => toString(n))).toEqual(['Coordinates', 'Opened 1932', 'The bridge opened in 1932. It is 500 m long.']);
    // A sentence that tells of such an error stays.
    expect(toString(read('Harbour Bridge\n\nA script error in the signals stopped the trains in 1990.\n'))).toContain('A script error in the signals stopped the trains in 1990.');
  });
  it("leaves a mirror's map-marker link glued to a name out of the text (MAP_MARKER)", () => {
    const tree = read('Harbour Bridge\n\nThe bridge crosses the Nordbuktmarker between Harbourtownmarker and the Old Quay.\n');
    expect(toString(tree)).toContain('crosses the Nordbukt between Harbourtown and the Old Quay.');
    // The word itself, and a lower-case word that ends so, stay.
    expect(toString(read('Harbour Bridge\n\nThe new marker stands by the bridge, a landmarker of the town.\n'))).toContain('The new marker stands by the bridge, a landmarker of the town.');
  });

  it('takes a photo montage\'s caption for a caption, however long (MONTAGE_CAPTION)', () => {
    const tree = read('Harbour Town\n\nClockwise from top: The old harbour, the market square, the town hall and the lighthouse on the northern pier.\nFlag of Harbour Town\n\nHarbour Town is a port on the northern coast, with about 40,000 inhabitants.\n');
    expect(tree.children[1].type).toBe('caption');
    expect(tree.children.find((n) => toString(n).startsWith('Harbour Town is'))?.type).toBe('paragraph');
    // A montage captioned row by row: `Top: …`, `Middle: …`, `Bottom: …`.
    const rows = read('Harbour Town\n\nTop: The old harbour, the market square, the town hall\nMiddle: The lighthouse on the northern pier, the ferry quay and the fish hall of the port\nBottom: The view of the bay from the hills above the northern end of the town\n\nHarbour Town is a port on the northern coast, with about 40,000 inhabitants.\n');
    expect(rows.children.filter((n) => n.type === 'caption').map((n) => toString(n).split(':')[0])).toEqual(['Top', 'Middle', 'Bottom']);
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
  it("drops a wiki's hatnotes, keeps prose that reads like one (HATNOTE)", () => {
    const page = 'Harbour Bridge\n\nThis article is about the bridge in Harbour Town. For the film, see Harbour Bridge (film).\n\n"Old Span" redirects here. For other uses, see Old Span (disambiguation).\n\nThe bridge opened in 1932.\n\nHistory[edit]\n\nMain article: History of Harbour Bridge\n\nNot to be confused with Harbour Tunnel.\n\nThis article is about the bridge and its builders, who finished it in 1932. It was painted grey.\n\nFor the opening, see the city council minutes. The ceremony drew 20,000 people.\n';
    expect(blocks(page)).toEqual([
      'The bridge opened in 1932.',
      'History',
      'This article is about the bridge and its builders, who finished it in 1932. It was painted grey.',
      'For the opening, see the city council minutes. The ceremony drew 20,000 people.',
    ]);
  });
  it("leaves a wiki's interlanguage marker out of the text and out of a label's shape (INTERLANGUAGE_LINK), keeps [sic] and [nb]", () => {
    const tree = read('Harbour Board\n\nHarbour Board\nNorland Embassy, Porto [pt]\nChairAnna Berg [sv]\nFormed1921\nSeatOld Customs House\n\nThe board was formed in 1921 by the harbour masters [sic] and the pilots.\n');
    const embassy = tree.children.find((n) => toString(n).startsWith('Norland Embassy'));
    expect(embassy?.type).toBe('caption');
    expect(toString(embassy!)).toBe('Norland Embassy, Porto');
    expect(tree.children.map((n) => toString(n))).toContain('ChairAnna Berg');
    expect(tree.children.map((n) => toString(n))).toContain('The board was formed in 1921 by the harbour masters [sic] and the pilots.');
    expect(blocks('Harbour Board\n\nThe board has nine members.[nb] It meets monthly.\n')).toEqual(['The board has nine members.[nb] It meets monthly.']);
  });
  it('takes a sentence between a label and an infobox run, with no blank line around it, for a caption (PROSE_IN_RUN)', () => {
    const tree = read('Harbour Board\n\nThe Harbour Board of Norland\nA grey gull over three white waves, drawn on a blue shield under the old harbour crown.\nFormed1921\nChairAnna Berg\nSeatOld Customs House\nStaff310\n\nThe board runs the port.\nIt was formed in 1921.\n');
    expect(tree.children.find((n) => toString(n).startsWith('A grey gull'))?.type).toBe('caption');
    // Lines of prose next to each other are paragraphs, not a caption.
    expect(tree.children.find((n) => toString(n).startsWith('It was formed'))?.type).toBe('paragraph');
  });
});

describe('a line ending with a parenthesis', () => {
  it('is a label unless a sentence ended before it: a short description or a figure for a year is no sentence', () => {
    const tree = read('Harbour Town\n\nNorland port town and harbour (founded 1850)\n\nThe town was founded in 1850 (then a village).\n\nIt grew fast. (It had 900 people.)\n');
    expect(tree.children.slice(1).map((n) => n.type)).toEqual(['caption', 'paragraph', 'paragraph']);
  });
});

describe("the tagline after a page's short description", () => {
  const page = 'Harbour Town\nPort town in Norland From Wikipedia, the free encyclopedia\nHarbour Town is a port town in Norland.\nHarbour Town\n| |\n---|---|\nCountry | Norland |\nRegion | North |\n\nThe town was founded in 1850.\n';
  it('reads such a page as a rendered page, not as Markdown for its table lines, and drops the line as chrome', () => {
    expect(detectFormat(page)).toBe('rendered');
    expect(blocks(page)).not.toContain('Port town in Norland From Wikipedia, the free encyclopedia');
    expect(blocks(page)).toContain('Harbour Town is a port town in Norland.');
  });
});

describe('infobox runs with lines of figures', () => {
  it('counts the words of a line by its letters: a long line of coordinates, cited, does not break the run', () => {
    const tree = read('Great Quake\n\nTremors reach the old harbour.\nDate 26 May 1901[1]\nDepth 30 km (19 mi)[1]\nEpicenter 3°18′58″N 95°51′14″E / 3.316°N 95.854°E / 3.316; 95.854Coordinates: 3°18′58″N 95°51′14″E / 3.316°N 95.854°E[1]\nType Undersea\nCountries Norland\nCasualties 2,000\n\nThe Great Quake struck the coast of Norland in May 1901 and its waves reached the harbour.\n');
    const types = tree.children.slice(1).map((n) => n.type);
    expect(types).toEqual([...Array(7).fill('caption'), 'paragraph']);
  });
});

describe('infobox runs whose values cite their sources (CITED_LABELS)', () => {
  it('takes a run of short cited lines that do not end like sentences for an infobox, and a cited sentence inside it for a caption', () => {
    const tree = read('Harbour Fever\n\nHarbour fever is an illness of the old port towns, spread by the water of the docks.[1]\n\nOther namesDock fever[2]\nThe blue flag was flown over a harbour with fever on board.[3]\nSpecialtyInfectious disease[4]\nSymptomsFever, chills[4]\nCausesA bacterium[4]\nDeaths1,200 (1901)[5]\n\nThe fever was first described in 1850.[6]\n');
    const types = tree.children.slice(1).map((n) => [n.type, toString(n).slice(0, 14)]);
    expect(types).toEqual([
      ['paragraph', 'Harbour fever '],
      ...['Other namesDoc', 'The blue flag ', 'SpecialtyInfec', 'SymptomsFever,', 'CausesA bacter', 'Deaths1,200 (1'].map((t) => ['caption', t]),
      ['paragraph', 'The fever was '],
    ]);
  });
});

describe('a cited sentence between a label and an infobox run (PROSE_IN_RUN)', () => {
  it('takes it for a caption too: an infobox cites its picture descriptions as well', () => {
    const tree = read('Harbour Fever\n\nA blue flag on a white pole\nThe blue flag was flown over a harbour with fever on board, from the first outbreak on.[3]\nSpecialtyInfectious disease\nSymptomsFever, chills\nCausesA bacterium\nDeaths1,200 (1901)\n\nThe fever was first described in 1850.[6]\n');
    expect(tree.children.find((n) => toString(n).startsWith('The blue flag'))?.type).toBe('caption');
  });
});

describe('sectioned exports: an infobox with no opening line (KEY_VALUE_LIST)', () => {
  const sectioned = (text: string) => readRevision('export.txt', Buffer.from(text), { format: 'sectioned' }).tree;
  it('takes four `- Key: value` items or more at the top of the article for an infobox, whatever line stands above them', () => {
    const tree = sectioned('= Harbour Board =\n\nThe template left this line.\n- Chair: Anna Berg\n- Formed: 1921\n- Seat: Old Customs House\n- Staff: 310\n\nThe board runs the port.\n');
    const box = tree.children.find((n) => n.type === 'infobox');
    expect(box?.type === 'infobox' && box.children.map((e) => e.key)).toEqual(['Chair', 'Formed', 'Seat', 'Staff']);
  });
  it("counts a key's words without its parenthesised note (`Titles won (12)`), and still not a long key", () => {
    const keys = (text: string) => sectioned(text).children.flatMap((n) => (n.type === 'infobox' ? n.children.map((e) => e.key) : []));
    expect(keys('= Harbour Board =\n\nIntro.\n- Chair: Anna Berg\n- Formed: 1921\n- Regional pilot licences granted (12): 1990, 1994\n- Staff: 310\n')).toEqual(['Chair', 'Formed', 'Regional pilot licences granted (12)', 'Staff']);
    expect(keys('= Harbour Board =\n\nIntro.\n- Chair: Anna Berg\n- Formed: 1921\n- Regional pilot licences granted to harbours: 1990, 1994\n- Staff: 310\n')).toEqual([]);
  });
  it('keeps a list of three such items, a list of sentences, and a list below the lead as lists', () => {
    const types = (text: string) => sectioned(text).children.map((n) => n.type);
    expect(types('= Board =\n\nIntro.\n- Chair: Anna Berg\n- Formed: 1921\n- Seat: Old Customs House\n')).not.toContain('infobox');
    expect(types('= Board =\n\nIntro.\n- Note: the figures are estimates.\n- Source: the annual report.\n- Scope: the port only.\n- Period: the year to March.\n')).not.toContain('infobox');
    expect(types('= Board =\n\nIntro.\n\n== Staff ==\n\n- Chair: Anna Berg\n- Formed: 1921\n- Seat: Old Customs House\n- Staff: 310\n')).not.toContain('infobox');
  });
});

