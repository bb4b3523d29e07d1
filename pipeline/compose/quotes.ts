// Typographic quotes, apostrophes and dashes in the composed briefing (“…”, ’, –), for print and screen alike.
import type { Element, ElementContent, Root, Text } from 'hast';
import smartquotes from 'smartquotes';

/** Elements whose text is code, data or drawing: left as it is. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'title', 'head']);
/** Blocks whose text is read as one run (a quote opened in one node closes in the next). */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'caption']);

/**
 * Replace straight quotes and apostrophes by typographic ones (smartquotes), block by block: the text nodes of a
 * block are educated together, so a quote that opens before a mark and closes after it is paired; each character
 * maps to one, so every node keeps its length.
 */
export function educateQuotes(tree: Root | Element): void {
  for (const child of tree.children as ElementContent[]) {
    if (child.type !== 'element' || VERBATIM.has(child.tagName)) continue;
    if (BLOCKS.has(child.tagName)) educateBlock(child);
    else educateQuotes(child);
  }
}

/** The text nodes below `node` outside verbatim elements, in document order, added to `texts`. */
function collectTexts(node: Element, texts: Text[]): void {
  for (const child of node.children) {
    if (child.type === 'text') texts.push(child);
    else if (child.type === 'element' && !VERBATIM.has(child.tagName)) collectTexts(child, texts);
  }
}

function educateBlock(block: Element): void {
  const texts: Text[] = [];
  collectTexts(block, texts);
  let joined = '';
  for (const t of texts) joined += t.value;
  if (!/["']| - /.test(joined)) return;
  // A hyphen set apart by spaces is a dash (`Mongolia - Russia`): an en dash, one character for one.
  const educated = smartquotes.string(joined).replace(/(?<= )-(?= )/g, '–');
  if (educated.length !== joined.length) return;
  let at = 0;
  for (const t of texts) {
    t.value = educated.slice(at, at + t.value.length);
    at += t.value.length;
  }
}
