// Reader for rendered-page text dumps: a web page's visible text, with `[edit]` headings and `^` reference lists.
import type { FootnoteDefinition, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Caption } from '../model.ts';
import { hasCitation, interlanguageMarkers, withoutCitations, phrasing, spanOf, splitLines, trimmedRange, type SourceLine } from './inline.ts';
import { listItemOf, listOf, paragraphOf } from './blocks.ts';
import { finishTree } from './finish.ts';
import { INFOBOX_LABELS, INFOBOX_RUN, LABEL_WORDS, SHORT_LINE_WORDS } from './rules.ts';

/** Page furniture a text dump picks up around the article; never article text. */
const CHROME: RegExp[] = [
  // The tagline, alone or after the page's short description (`Second-most populous urban area in Finland From
  // Wikipedia, the free encyclopedia`, as Wikiwand and newer skins show it).
  /^(?:.{0,120}\s)?From Wikipedia, the free encyclopedia$/i,
  // A mirror's own tagline (`From Infogalactic: the planetary knowledge core`, `From Simple English Wikipedia, the
  // free encyclopedia`): a line of its own, no full stop.
  /^From \p{Lu}[\p{L}\p{N} ]{2,40}[,:] the(?: [\p{L}-]+){1,5}$/u,
  /^\(Redirected (?:from|to) .+\)$/,
  // thefullwiki.org's banner over its copies.
  /^Note: Many of our articles have direct quotes from sources you can cite, within the Wikipedia article!/,
  /^Jump to navigation\s*Jump to search$/i,
  /^Jump to: navigation, search$/i,
  /^Map indicating locations? of .+$/,
  /^\[(?:show|hide)\]$/i,
  // MediaWiki skins and the mirrors that copy them: navigation, the old-revision banner, the spoken-article box.
  /^Jump to content$/i,
  // RELATED_TOPICS: a mirror's cloud of topic words over its copy (`related topics`, then `{company, market,
  // business}` a line each): lower-case words in braces, no article text.
  /^related topics$/i,
  /^\{\p{Ll}+(?:, \p{Ll}+)+\}$/u,
  /^Page contents not supported in other languages\.?$/i,
  /^This is an old revision of this page, as edited by .+$/,
  /^Listen to this article$/i,
  /^\(\d+ parts?, \d+ minutes?\)$/i,
  /^Spoken Wikipedia icon$/i,
  /^These audio files were created from a revision of this article dated/i,
  /^Error: no date provided$/i,
  /^,? and do not reflect subsequent edits\.$/i,
  /^(?:Provided by|Source:) Wikipedia\.?$/i,
  /^\[edit\]$/i,
  // Wikiwand's label over an infobox it folds away (`Quick facts: Personal information, Born, Height, …`, or
  // `Quick Facts Personal information, Born ...` in other copies).
  /^Quick facts(?::.*|\s.*(?:\.\.\.|…))?$/i,
  // A sports infobox's note on when its statistics were counted (`*Club domestic league appearances and goals,
  // correct as of 22:21, 24 November 2023 (UTC)`, `‡ National team caps and goals, correct as of …`): the template's
  // footnote, stamped at each update, not a statement of the article.
  /^[*‡†]\s*.{0,80}\bcorrect as of\b.{0,60}$/i,
  // A gallery's or viewer's instruction to the reader (`(Click on the photo to enlarge)`, `Tap to zoom`).
  /^\(?(?:click|tap|double-click)\b.{0,60}\b(?:enlarge|zoom|expand|view|larger|full size|full screen|play)\b.{0,20}\)?$/i,
  // MIRROR_PROMPTS: a mirror's invitation to read on or look further, around the copy it shows (`See more at
  // Wikipedia.org...`, `Read more about Anna Berg: Early Life, Career, …`, `Get Anna Berg essential facts below. View
  // Videos or join the Anna Berg discussion. Add Anna Berg to your topic list for future reference or share this
  // resource on social media.`).
  /^See more at Wikipedia\.org\.{0,3}$/i,
  /^Read more about [^:.!?]{1,80}:\s+[^.!?]{1,300}$/,
  /^Get .{1,80} essential facts below\.(?: View Videos or join the .{1,80} discussion\.)?(?: Add .{1,80} to your [^.]{1,120}\.)?$/i,
];
/**
 * HATNOTE: a wiki's note to the reader who may have come to the wrong page or wants another one (`This article is
 * about …`, `"X" redirects here.`, `For other uses, see …`, `Not to be confused with …`, `Main article: …`). It is
 * navigation, not article text, and an export of the page's source has none. A line is a hatnote when every sentence
 * of it is one of these.
 */
const HATNOTE_SENTENCE: RegExp[] = [
  /^This (?:article|page|section|list) is about\b.{1,200}$/i,
  /^(?:"[^"]{1,80}"|“[^”]{1,80}”|\S+(?: \S+){0,5}) (?:and "[^"]{1,80}" )?redirects? here\.?$/i,
  /^For (?:other uses|the [^,]{1,80}|[^,]{1,80}), see\b.{1,200}$/i,
  /^Not to be confused with\b.{1,200}$/i,
  /^(?:Main articles?|Further information|See also|Further|Related articles?)\s*:\s*[^.!?]{1,200}$/i,
];
export const isHatnote = (text: string) =>
  text.split(/(?<=[.!?])\s+(?=["“\p{Lu}])/u).every((sentence) => HATNOTE_SENTENCE.some((re) => re.test(sentence.trim())));
/**
 * Chrome that a dump may break over several lines: MediaWiki's error for a broken citation (`Cite error: There are
 * <ref group=…>` … `template (see the help page).`). Its lines up to the end line (at most CHROME_RUN_LINES) go.
 */
const CHROME_RUNS: Array<{ start: RegExp; end: RegExp }> = [
  { start: /^Cite error:/, end: /\(see the help page\)\.?$/ },
  // Wikiwand's prompt buttons over the article (`Dear Wikiwand AI, let's keep it short …`, `Can you list the top
  // facts and stats about …?`, `Summarize this article for a 10 year old`).
  { start: /^Dear Wikiwand AI\b/i, end: /^Summari[sz]e this article for a \d+ year old$/i },
];
const CHROME_RUN_LINES = 8;

/** How many lines from `i` a multi-line piece of chrome takes (0 when none starts there). */
function chromeRun(lines: readonly SourceLine[], i: number): number {
  const run = CHROME_RUNS.find((r) => r.start.test(lines[i].text.trim()));
  if (!run) return 0;
  for (let j = i; j < Math.min(lines.length, i + CHROME_RUN_LINES); j++) if (run.end.test(lines[j].text.trim())) return j - i + 1;
  return 1;
}

/** Chrome a dump glued to the end of the last paragraph (a catalogue's attribution line). */
const TRAILING_CHROME = /\s+(?:Provided by|Source:) Wikipedia\.?\s*$/i;
/** Lines after which nothing is article text any more. */
const PAGE_END = [
  /^Retrieved from ["“].*["”]$/,
  /^Categories?:/,
  /^Navigation menu$/,
  /^Text is available under the Creative Commons/,
  // Kiwix and other offline copies close with their licence line.
  /^This article is issued from Wikipedia\b/,
];

/**
 * `Heading[edit]`, `Heading [edit source]`, with citation markers kept before `[edit]`; a mirror that lost the link's
 * word leaves its brackets glued (`History[]`), a mobile skin its word glued after a lower-case letter (`Early
 * yearsEdit`): EDIT_GLUED, a short line, no parameter's `=` or table cell.
 */
const HEADING = /^(.*?\S)\s*\[edit(?: source)?\]\s*$|^([^=|.]{1,60}?\p{L})\[\]\s*$|^([^=|.]{1,60}?\p{Ll})Edit\s*$/u;
const headingTitle = (match: RegExpExecArray) => match[1] ?? match[2] ?? match[3];
/** `  2. ^ a b c Author …` — one entry of the reference list; some dumps lose the numbers (`^ Author …`). */
const REFERENCE = /^\s*(?:(\d{1,4})\.\s*)?\^(\s.*|)$/;
/** Table-of-contents entries: `3.1 From … to …`. */
const TOC_ENTRY = /^\s*(\d{1,2}(?:\.\d{1,2})*)\s+(\S.*)$/;
const BULLET = /^\s*([•·▪◦*–-])\s+(.*)$/;
/** A table of contents' entry drawn as a bullet, its number after its title (`  • North Rim 2.1`). */
const TOC_BULLET = /^\s*[•·▪◦*]\s+(\S.*?)\s+(\d{1,2}(?:\.\d{1,2})*)\s*$/;
/** A photo montage's caption, however long: `Clockwise from top: …`, `From top, left to right: …`, `Top left: …`, `Middle: …`, `Bottom: …`. */
export const MONTAGE_CAPTION = /^(?:(?:clockwise|anti-?clockwise|counter-?clockwise)\s+from\s+(?:the\s+)?(?:top|bottom|upper|lower|left|right)[\w\s,-]{0,30}|from\s+(?:the\s+)?(?:top|left|upper left)[\w\s,-]{0,30}|(?:top|middle|bottom|centre|center)(?:\s+(?:left|right|row|centre|center))?)\s*:/i;
/** A line that names an image file. */
export const IMAGE_FILE = /\.(?:jpe?g|png|svg|gif|tiff?|webp)$/i;
/** A line of prose ends like a sentence does. */
const SENTENCE_END = /[.!?:;…"”’)\]]$/;

/** Backlinks that open a reference (`^ a b c`, `^ Jump up to: a b`): navigation, not text. */
function backlinkLength(rest: string): number {
  const match = /^\s*(?:Jump up(?: to)?:?\s*)?((?:[a-z]{1,2}\s+)*)/.exec(rest)!;
  const letters = match[1].trim().split(/\s+/).filter(Boolean);
  const expected = (k: number) => (k < 26 ? String.fromCharCode(97 + k) : String.fromCharCode(96 + Math.floor(k / 26)) + String.fromCharCode(97 + (k % 26)));
  let n = 0;
  while (n < letters.length && letters[n] === expected(n)) n++;
  if (n < 2 && !/Jump up/.test(match[0])) return rest.length - rest.trimStart().length;
  if (n < 2) return /^\s*Jump up(?: to)?:?\s*/.exec(rest)![0].length;
  // consume exactly the n letters that form the a, b, c… sequence
  const re = new RegExp(`^\\s*(?:Jump up(?: to)?:?\\s*)?(?:[a-z]{1,2}\\s+){${n}}`);
  return re.exec(rest)![0].length;
}

/** Heading depths the page's table of contents states (`2 History`, `2.1 Early contacts`). */
function tableOfContents(lines: SourceLine[]): { depths: Map<string, number>; skip: Set<number> } {
  const depths = new Map<string, number>();
  const skip = new Set<number>();
  // A mirror's table of contents as bullets, each title before its number (`• History 1`, `• North Rim 2.1`), from 1
  // on, three lines or more: navigation, not a list of the article (TOC_BULLETS).
  for (let k = 0; k < lines.length; ) {
    let j = k;
    const numbers: string[] = [];
    for (; j < lines.length; j++) {
      const m = TOC_BULLET.exec(lines[j].text);
      if (!m) break;
      numbers.push(m[2]);
    }
    if (j - k >= 3 && numbers[0] === '1') {
      for (let n = k; n < j; n++) {
        const [, title, number] = TOC_BULLET.exec(lines[n].text)!;
        depths.set(title.trim(), number.split('.').length + 1);
        skip.add(n);
      }
    }
    k = Math.max(j, k + 1);
  }
  const start = lines.findIndex((line) => /^\s*Contents\s*(?:\[(?:hide|show)\])?\s*$/.test(line.text));
  if (start < 0) return { depths, skip };
  let j = start + 1;
  while (j < lines.length && (lines[j].text.trim() === '' || TOC_ENTRY.test(lines[j].text) || /^\s*\[?(?:hide|show)\]?\s*$/i.test(lines[j].text))) j++;
  const entries = lines.slice(start + 1, j).filter((line) => TOC_ENTRY.test(line.text));
  if (entries.length === 0) return { depths, skip };
  for (const line of entries) {
    const [, number, title] = TOC_ENTRY.exec(line.text)!;
    depths.set(title.trim(), number.split('.').length + 1);
  }
  for (let k = start; k < j; k++) skip.add(k);
  return { depths, skip };
}

type Block =
  | { kind: 'heading'; line: SourceLine; index: number }
  | { kind: 'reference'; line: SourceLine }
  | { kind: 'bullet'; line: SourceLine }
  | { kind: 'label'; line: SourceLine; index: number; infobox?: boolean }
  | { kind: 'prose'; line: SourceLine };


/**
 * A page dump writes an infobox as a run of short lines, one after another with no blank line: keys glued to
 * values, bulleted values, a bare value under its key. Where such a run holds at least four lines and a third of
 * them (three at least) are labels, every line of it is a label, never a list or a paragraph of the article.
 */
function markInfoboxRuns(blocks: Block[]): void {
  // Inside a run, a long line that does not end like a sentence is an image's or a map's caption (`Aerial photo
  // from the south, with …`, `Location on the border between …`): CAPTION_IN_RUN.
  const unended = (b: Block) => b.kind === 'prose' && !SENTENCE_END.test(shapeText(b.line.text)) && !hasCitation(b.line.text);
  // Words are what has letters: a line of coordinates or figures (`Epicenter 3°18′58″N 95°51′14″E / 3.316°N …`) is short.
  const words = (text: string) => text.trim().split(/\s+/).filter((w) => /\p{L}\p{L}/u.test(w)).length;
  const short = (b: Block) => b.kind === 'label' || b.kind === 'bullet' || unended(b) || (b.kind === 'prose' && words(b.line.text) <= SHORT_LINE_WORDS);
  for (let k = 0; k < blocks.length; ) {
    let j = k;
    while (j < blocks.length && short(blocks[j]) && (j === k || blocks[j].line.line === blocks[j - 1].line.line + 1)) j++;
    const run = blocks.slice(k, j);
    // CITED_LABELS: an infobox whose values cite their sources (`Deaths1.0 million (2016)[8]`) is still a run of
    // labels: a short line that does not end like a sentence once its markers are set aside counts as one.
    const labels = run.filter((b) => b.kind === 'label' || (b.kind === 'prose' && !SENTENCE_END.test(withoutCitations(shapeText(b.line.text)).trim()) && words(b.line.text) <= LABEL_WORDS)).length;
    if (run.length >= INFOBOX_RUN && labels >= INFOBOX_LABELS && labels * 3 >= run.length) {
      for (let n = k; n < j; n++) blocks[n] = { kind: 'label', line: blocks[n].line, index: blocks[n].line.line - 1, infobox: true };
    }
    k = Math.max(j, k + 1);
  }
  // A sentence on a line of its own between a label and an infobox run, with no blank line around it, is a
  // picture's description, cited or not (`The words … surround a pennant …`), not the article's text.
  const adjacent = (x: Block | undefined, y: Block | undefined) => Boolean(x && y && y.line.line === x.line.line + 1);
  for (let k = 1; k + 1 < blocks.length; k++) {
    const [before, b, after] = [blocks[k - 1], blocks[k], blocks[k + 1]];
    if (b.kind !== 'prose' || before.kind !== 'label' || !(after as { infobox?: boolean }).infobox) continue;
    if (adjacent(before, b) && adjacent(b, after)) blocks[k] = { kind: 'label', line: b.line, index: b.line.line - 1, infobox: true };
  }
}

/** A line's text as its shape is judged: trimmed, without the interlanguage markers that end a label (`Tokyo [ko]`). */
function shapeText(text: string): string {
  const markers = interlanguageMarkers(text);
  let out = text;
  for (const m of markers.reverse()) out = out.slice(0, m.index) + out.slice(m.index! + m[0].length);
  return out.trim();
}

function classify(line: SourceLine, index: number): Block {
  if (HEADING.test(line.text)) return { kind: 'heading', line, index };
  if (REFERENCE.test(line.text)) return { kind: 'reference', line };
  if (BULLET.test(line.text)) return { kind: 'bullet', line };
  const text = shapeText(line.text);
  // A closing parenthesis ends a sentence only after one: `Norwegian hurdler and sprinter (born 1996)` is a label.
  const ended = SENTENCE_END.test(text) && !(/\)$/.test(text) && !/[.!?]["”’]?\s*\([^()]*\)$/.test(text) && !/[.!?]\)$/.test(text));
  if (!ended && !hasCitation(text) && text.split(/\s+/).length <= LABEL_WORDS) return { kind: 'label', line, index };
  // An image's file name left as its caption (`… (cropped).jpg`), or a montage's caption (MONTAGE_CAPTION).
  if (IMAGE_FILE.test(text) || MONTAGE_CAPTION.test(text)) return { kind: 'label', line, index };
  return { kind: 'prose', line };
}

function heading(line: SourceLine, depths: Map<string, number>): Heading {
  const match = HEADING.exec(line.text)!;
  const start = trimmedRange(line.text)[0];
  const title = headingTitle(match);
  const children = phrasing(line, start, title.length);
  const plain = title.replace(/\[\d+\]/g, '').trim();
  const stated = depths.get(plain);
  return {
    type: 'heading',
    depth: (stated ?? 2) as Heading['depth'],
    children,
    position: spanOf(line, start, trimmedRange(line.text)[1]),
    data: { depthInferred: stated === undefined },
  };
}

function caption(line: SourceLine): Caption {
  const [start, end] = trimmedRange(line.text);
  return { type: 'caption', children: phrasing(line, start, end), position: spanOf(line, start, end) };
}

function definition(line: SourceLine, ordinal: number): FootnoteDefinition {
  const match = REFERENCE.exec(line.text)!;
  const identifier = match[1] ?? String(ordinal);
  const restStart = line.text.length - match[2].length;
  const start = restStart + backlinkLength(match[2]);
  const end = Math.max(start, trimmedRange(line.text)[1]);
  const children: Paragraph[] =
    end > start ? [{ type: 'paragraph', children: phrasing(line, start, end), position: spanOf(line, start, end) }] : [];
  return {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children,
    position: spanOf(line, trimmedRange(line.text)[0], trimmedRange(line.text)[1]),
  };
}

/** Parse a rendered-page dump into mdast: the first line is the title; chrome is dropped. */
export function parseRendered(file: VFile): Root {
  const lines = splitLines(String(file.value));
  const titleIndex = lines.findIndex((line) => line.text.trim() !== '');
  const titleLine = lines[titleIndex];
  const [tStart, tEnd] = trimmedRange(titleLine.text);
  const title = titleLine.text.slice(tStart, tEnd);
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: phrasing(titleLine, tStart, tEnd), position: spanOf(titleLine, tStart, tEnd) },
  ];
  const { depths, skip } = tableOfContents(lines);
  const blocks: Block[] = [];
  let bodyStarted = false;
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const text = lines[i].text.trim();
    const run = chromeRun(lines, i);
    if (run) {
      i += run - 1;
      continue;
    }
    if (text === '' || skip.has(i) || CHROME.some((re) => re.test(text)) || isHatnote(text)) continue;
    if (PAGE_END.some((re) => re.test(text))) break;
    if (!bodyStarted && text === title) continue;
    bodyStarted = true;
    const glued = TRAILING_CHROME.exec(lines[i].text);
    blocks.push(classify(glued ? { ...lines[i], text: lines[i].text.slice(0, glued.index) } : lines[i], i));
  }

  markInfoboxRuns(blocks);
  const directlyAfterHeading = (k: number) => {
    const previous = blocks[k - 1];
    return previous?.kind === 'heading';
  };
  let references = 0;
  for (let k = 0; k < blocks.length; ) {
    const block = blocks[k];
    if (block.kind === 'heading') {
      children.push(heading(block.line, depths));
      k++;
    } else if (block.kind === 'reference') {
      children.push(definition(block.line, ++references));
      k++;
    } else if (block.kind === 'bullet') {
      let j = k;
      while (j < blocks.length && blocks[j].kind === 'bullet') j++;
      children.push(listOf(blocks.slice(k, j).map(({ line }) => listItemOf(line, line.text.length - BULLET.exec(line.text)![2].length))));
      k = j;
    } else if (block.kind === 'label') {
      // A run of short lines that opens a section is its list (a `See also` list whose bullets were lost);
      // elsewhere such lines label images and maps.
      let j = k;
      while (j < blocks.length && blocks[j].kind === 'label') j++;
      const run = blocks.slice(k, j);
      const adjacent = run.every((b, n) => n === 0 || (b as { index: number }).index === (run[n - 1] as { index: number }).index + 1);
      const infobox = run.some((b) => (b as { infobox?: boolean }).infobox);
      if (!infobox && run.length >= 2 && adjacent && directlyAfterHeading(k) && (j === blocks.length || blocks[j].kind === 'heading')) {
        children.push(listOf(run.map(({ line }) => listItemOf(line, trimmedRange(line.text)[0]))));
      } else {
        for (const b of run) children.push(caption(b.line));
      }
      k = j;
    } else {
      children.push(paragraphOf(block.line));
      k++;
    }
  }
  return finishTree(file, children, lines);
}

/** unified parser plugin: `unified().use(renderedParse)`. */
const renderedParse: Plugin<[], string, Root> = function () {
  this.parser = (_doc, file) => parseRendered(file);
};
export default renderedParse;
