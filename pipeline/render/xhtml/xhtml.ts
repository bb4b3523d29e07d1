// XHTML writer: the composed briefing split into EPUB-ready XHTML5 documents, one per part, linked across files.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { toXast } from 'hast-util-to-xast';
import { eachElement, elementsNamed } from './walk.ts';
import { toXmlText } from './xml.ts';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import type { Briefing } from '../../model.ts';
import { briefingDocument, findElement } from './document.ts';
import { elementIds, fragmentOf, isElement, linkCrossReferences, partOf, pruneIdReferences, unwrapDanglingLinks } from './links.ts';

/** Where the XHTML documents, the stylesheet and the nav live inside the package (relative to the OPF). */
export const TEXT_DIR = 'text';
export const STYLESHEET = 'css/briefing.css';

/** What the nav lists for a document: its headings down to the article's sections. */
export interface TocEntry {
  title: string;
  href: string;
  children: TocEntry[];
}

export interface XhtmlDocument {
  /** File name inside `text/`, e.g. `article-02.xhtml`. */
  file: string;
  /** The part it belongs to (`cover`, `article`, …). */
  part: string;
  title: string;
  /** The whole XHTML document. */
  root: Root;
  /** Holds inline SVG (the OPF must say so). */
  svg: boolean;
  toc: TocEntry[];
}

export interface XhtmlBook {
  title: string;
  language: string;
  description: string;
  documents: XhtmlDocument[];
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const EPUB_NS = 'http://www.idpf.org/2007/ops';

/** Split the composed briefing into XHTML documents with links rewritten across files. */
export function xhtmlBook(briefing: Briefing): XhtmlBook {
  const { tree, title, language, description } = briefingDocument(briefing);
  linkCrossReferences(tree, { epub: true });
  const body = findElement(tree, 'body');
  const sections = (body?.children ?? []).filter((child): child is Element => isElement(child) && partOf(child) !== undefined);

  const chunks: Array<{ part: string; node: Element }> = [];
  for (const section of sections) {
    const part = partOf(section)!;
    if (part === 'article') chunks.push(...splitArticle(section).map((node) => ({ part, node })));
    else chunks.push({ part, node: section });
  }

  const files = nameFiles(chunks.map((chunk) => chunk.part));
  identifyHeadings(chunks.map((chunk) => chunk.node), files);
  const fileOfId = new Map<string, string>();
  chunks.forEach((chunk, i) => {
    for (const id of elementIds(chunk.node)) fileOfId.set(id, files[i]);
  });

  const documents = chunks.map((chunk, i): XhtmlDocument => {
    const file = files[i];
    const node = chunk.node;
    const ids = elementIds(node);
    unwrapDanglingLinks(node, (fragment) => fileOfId.has(fragment));
    for (const element of elementsNamed(node, 'a')) {
      const target = fragmentOf(element);
      if (target !== undefined && !ids.has(target)) element.properties.href = `${fileOfId.get(target)}#${encodeURIComponent(target)}`;
    }
    pruneIdReferences(node, ids);
    addXmlLang(node);
    const heading = firstHeading(node);
    const partTitle = heading ? squash(toText(heading)) : squash(String(node.properties.ariaLabel ?? chunk.part));
    let svg = false;
    eachElement(node, (element) => {
      if (element.tagName === 'svg') svg = true;
    });
    return {
      file,
      part: chunk.part,
      title: partTitle,
      root: xhtmlDocument(node, { title: `${partTitle} — ${title}`, language }),
      svg,
      toc: chunk.part === 'article' ? tocOf(node, file) : tocOf(node, file).map((entry) => ({ ...entry, children: [] })),
    };
  });
  return { title, language, description, documents };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `cover.xhtml`, `glance.xhtml`, `article-01.xhtml`, `article-02.xhtml`, … in reading order. */
function nameFiles(parts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const part of parts) counts.set(part, (counts.get(part) ?? 0) + 1);
  const seen = new Map<string, number>();
  return parts.map((part) => {
    const n = (seen.get(part) ?? 0) + 1;
    seen.set(part, n);
    const safe = part.replace(/[^a-z0-9-]+/gi, '-').toLowerCase() || 'part';
    return counts.get(part)! > 1 ? `${safe}-${String(n).padStart(2, '0')}.xhtml` : `${safe}.xhtml`;
  });
}

function headingLevel(node: ElementContent): number {
  if (!isElement(node)) return 0;
  const m = /^h([1-6])$/.exec(node.tagName);
  return m ? Number(m[1]) : 0;
}

/**
 * The article part split at its top-level section headings: the part's own heading and the lead
 * stay in the first file, each following section gets a file of its own.
 */
function splitArticle(section: Element): Element[] {
  const levels = section.children.map(headingLevel).filter(Boolean);
  const partLevel = levels[0] ?? 0;
  const sectionLevel = Math.min(...levels.filter((level) => level > partLevel), 7);
  if (sectionLevel > 6) return [section];
  const groups: ElementContent[][] = [[]];
  for (const child of section.children) {
    if (headingLevel(child) === sectionLevel && groups[groups.length - 1].some((node) => isElement(node))) groups.push([]);
    groups[groups.length - 1].push(child);
  }
  return groups.map((children, i) => {
    const properties = { ...section.properties };
    if (i > 0) {
      delete properties.id;
      delete properties.dataBreak;
    }
    return { ...section, properties, children };
  });
}

function firstHeading(node: Element): Element | undefined {
  let found: Element | undefined;
  eachElement(node, (element) => {
    if (found) return 'stop';
    if (headingLevel(element)) found = element;
  });
  return found;
}

/** An id on every heading, so the nav can point at it: `<file>-h<n>` where the composition gave none. */
function identifyHeadings(nodes: Element[], files: string[]): void {
  const used = new Set(nodes.flatMap((node) => [...elementIds(node)]));
  nodes.forEach((node, i) => {
    let n = 0;
    eachElement(node, (element) => {
      if (!headingLevel(element) || typeof element.properties.id === 'string') return;
      let id: string;
      do id = `${files[i].replace(/\.xhtml$/, '')}-h${++n}`;
      while (used.has(id));
      used.add(id);
      element.properties.id = id;
    });
  });
}

/** Headings of a chunk as nav entries: the chunk's first heading, with the next level nested under it. */
function tocOf(node: Element, file: string): TocEntry[] {
  const headings: Element[] = [];
  eachElement(node, (element) => {
    if (headingLevel(element)) headings.push(element);
  });
  if (!headings.length) return [];
  const top = Math.min(...headings.map(headingLevel));
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const level = headingLevel(heading);
    if (level > top + 1) continue;
    const entry: TocEntry = {
      title: squash(toText(heading)),
      href: typeof heading.properties.id === 'string' ? `${file}#${encodeURIComponent(heading.properties.id)}` : file,
      children: [],
    };
    if (!entry.title) continue;
    if (level === top || !entries.length) entries.push(entry);
    else entries[entries.length - 1].children.push(entry);
  }
  return entries;
}

/** `xml:lang` beside every `lang`: XHTML readers look at the former, HTML ones at the latter. */
function addXmlLang(node: Element): void {
  for (const element of node.children) {
    if (element.type !== 'element') continue;
    if (typeof element.properties.lang === 'string') element.properties.xmlLang = element.properties.lang;
    addXmlLang(element);
  }
}

/** A complete XHTML document around one part. */
export function xhtmlDocument(content: Element, options: { title: string; language: string; stylesheet?: string; bodyType?: string }): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h(
        'html',
        { xmlns: XHTML_NS, 'xmlns:epub': EPUB_NS, lang: options.language, xmlLang: options.language },
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('title', options.title),
          h('link', { rel: 'stylesheet', type: 'text/css', href: `../${options.stylesheet ?? STYLESHEET}` }),
        ]),
        h('body', options.bodyType ? { 'epub:type': options.bodyType } : {}, [content]),
      ),
    ],
  };
}

/** Serialise an XHTML document (hast) as XML, through xast: well-formed by construction. */
export function toXhtml(root: Root): string {
  const xast = toXast(root) as XmlRoot;
  escapeCdataEnds(xast);
  xast.children.unshift({ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' });
  return `${toXmlText(xast, { allowDangerousXml: true })}\n`;
}

// Characters XML 1.0 does not allow at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What XML refuses and xast-util-to-xml lets through: characters XML cannot hold are dropped;
 * comments go (a `--` would end them); and the `>` of `]]>` in text, which XML forbids in
 * character data, becomes a character reference (the only raw nodes we make).
 */
function escapeCdataEnds(parent: XmlRoot | XmlElement): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i];
    if (child.type === 'element') {
      for (const [key, value] of Object.entries(child.attributes)) if (typeof value === 'string') child.attributes[key] = value.replace(NOT_XML, '');
      escapeCdataEnds(child);
      continue;
    }
    if (child.type === 'comment' || child.type === 'raw') {
      parent.children.splice(i--, 1);
      continue;
    }
    if (child.type !== 'text') continue;
    child.value = child.value.replace(NOT_XML, '');
    if (child.value.includes(']]>')) {
      const pieces = child.value.split(']]>');
      const replaced: XmlElement['children'] = [];
      pieces.forEach((piece, n) => {
        if (n > 0) replaced.push({ type: 'raw', value: ']]&#x3E;' });
        if (piece) replaced.push({ type: 'text', value: piece });
      });
      parent.children.splice(i, 1, ...replaced);
      i += replaced.length - 1;
    }
  }
}
