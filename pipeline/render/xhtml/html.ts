// Web page writer: the whole briefing as one self-contained HTML file (CSS and SVG inline, no script).
import type { Element, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Briefing, BuildOptions, OutputFile } from '../../model.ts';
import { Utf8Writer } from '../../io.ts';
import { TEMPLATE_IMAGE, templateBytes, templateImage, templateText } from '../../assets.ts';
import { briefingDocument, findElement } from './document.ts';
import { elementIds, fontMediaType, isElement, linkCrossReferences, partOf, pruneIdReferences, themeFontFaces, themedCss, writerLabels, unwrapDanglingLinks } from './links.ts';
import { eachElement, elementsNamed } from './walk.ts';

/** A theme font as a data URL: the web page is one self-contained file. */
const fontDataUrl = (file: string) => `data:${fontMediaType(file)};base64,${templateBytes(file).toString('base64')}`;

const HTML_OPTIONS = { upperDoctype: true } as const;

export async function renderHtml(briefing: Briefing, options: BuildOptions): Promise<OutputFile[]> {
  return [{ path: 'briefing.html', bytes: htmlBytes(briefingPageTree(briefing, options.paper)) }];
}

/** The single-page briefing as an HTML string. */
export function briefingPage(briefing: Briefing, paper: BuildOptions['paper'] = 'a4'): string {
  return `${toHtml(briefingPageTree(briefing, paper), HTML_OPTIONS)}\n`;
}

/**
 * The UTF-8 bytes of `toHtml(page)` and a line break, without the page's whole text in one string: hast-util-to-html joins the
 * text of each element's children and then the element's tags around it, two copies of the text at every level,
 * so a long briefing's 8 MB page (16 MB in characters) was copied about a dozen times over (130 MB more peak memory
 * in bench/large.ts). The top levels of the tree are taken apart here instead (`htmlPieces`), each child serialised
 * alone, and the pieces encoded a megabyte at a time (io.ts Utf8Writer). The bytes are the same: an element's serialisation depends on
 * its ancestors only inside `svg` or `math` (the schema) and for the text of `script` and `style`, which are never
 * taken apart.
 */
export function htmlBytes(page: Root): Uint8Array {
  const out = new Utf8Writer();
  htmlPieces(page, 0, (piece) => out.write(piece));
  out.write('\n');
  return out.bytes();
}

/** How many levels of the tree `htmlPieces` takes apart: the root, `html`, `body`, `main`, its parts, their blocks. */
const PIECE_DEPTH = 6;

/** Elements whose children are serialised in their context only (a schema of their own, raw text), or none. */
const WHOLE = new Set(['svg', 'math', 'template', 'script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

/** A comment no briefing holds, where an element's children go between its tags. */
const PIECE_MARK = 'brief:children';

/** `node`'s HTML (toHtml) as pieces in order: `node` whole, or its opening tag, each child's pieces, its closing tag. */
function htmlPieces(node: Root | RootContent, depth: number, emit: (piece: string) => void): void {
  const apart = depth < PIECE_DEPTH && (node.type === 'root' || (node.type === 'element' && !WHOLE.has(node.tagName))) && node.children.length > 0;
  if (apart) {
    const shell = { ...node, children: [{ type: 'comment', value: PIECE_MARK }] } as Root | Element;
    const tags = toHtml(shell, HTML_OPTIONS).split(`<!--${PIECE_MARK}-->`);
    if (tags.length === 2) {
      emit(tags[0]);
      for (const child of node.children) htmlPieces(child, depth + 1, emit);
      emit(tags[1]);
      return;
    }
  }
  emit(toHtml(node, HTML_OPTIONS));
}

/** The single-page briefing as a hast tree. */
function briefingPageTree(briefing: Briefing, paper: BuildOptions['paper']): Root {
  const { tree, title, language, description } = briefingDocument(briefing);
  linkCrossReferences(tree, { epub: false });
  const body = findElement(tree, 'body')!;
  const head = findElement(tree, 'head');
  const metas: Element[] = [];
  if (head)
    eachElement(head, (element) => {
      if (element.tagName === 'meta' && ['keywords', 'generator'].includes(String(element.properties.name))) metas.push(element);
    });

  const parts = body.children.filter((child): child is Element => isElement(child) && partOf(child) !== undefined);
  const contents = contentsNav(parts, language);
  const cover = parts.findIndex((part) => partOf(part) === 'cover');
  const main = h('main', { id: 'top' }, [...parts]);
  if (contents) main.children.splice(cover + 1, 0, contents);

  // An image of the templates (a logo) is embedded: the page stays one self-contained file.
  for (const element of elementsNamed(main, 'img')) {
    const src = String(element.properties.src ?? '');
    if (!TEMPLATE_IMAGE.test(src)) continue;
    const image = templateImage(src);
    element.properties.src = `data:${image.mediaType};base64,${Buffer.from(image.bytes).toString('base64')}`;
  }
  const ids = elementIds(main);
  unwrapDanglingLinks(main, (fragment) => ids.has(fragment));
  pruneIdReferences(main, ids);

  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: language }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('title', `${title}${description ? ` — ${description}` : ''}`),
          ...(description ? [h('meta', { name: 'description', content: description })] : []),
          ...metas,
          h('style', themeFontFaces(briefing.theme, fontDataUrl) + themedCss(templateText('epub/briefing.css'), briefing.theme) + templateText('epub/web.css') + pageRule(paper)),
        ]),
        h('body', [main]),
      ]),
    ],
  };
  return page;
}

/** A list of the parts with links to their headings, placed after the cover. */
/** The printed page of the web page: the build's paper (`--paper`), with the PDF's margins. */
function pageRule(paper: BuildOptions['paper']): string {
  return `\n@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 20mm 22mm; }\n`;
}

function contentsNav(parts: Element[], language: string): Element | undefined {
  const entries: Element[] = [];
  for (const part of parts) {
    let heading: Element | undefined;
    eachElement(part, (element) => {
      if (/^h[1-6]$/.test(element.tagName)) {
        heading = element;
        return 'stop';
      }
    });
    if (!heading || partOf(part) === 'cover') continue;
    if (typeof heading.properties.id !== 'string') heading.properties.id = `part-${partOf(part)}`;
    entries.push(h('li', [h('a', { href: `#${heading.properties.id}` }, toText(heading).trim())]));
  }
  if (!entries.length) return undefined;
  const label = writerLabels(language).contents;
  return h('nav', { className: ['contents'], ariaLabel: label }, [h('h2', { id: 'contents' }, label), h('ol', entries)]);
}
