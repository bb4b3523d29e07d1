// Cross-references inside the composed briefing: note refs ↔ notes and discrepancy marks ↔ entries, with back-links.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { eachElement, elementsNamed } from './walk.ts';
import { projectRoot, templateText } from '../../assets.ts';
import { labelsFileFor } from '../../compose/environment.ts';
import type { Theme } from '../../model.ts';
import { familyOfFile } from '../../typography/fonts.ts';

export interface LinkLabels {
  backToText: string;
  backToTextShort: string;
  contents: string;
  landmarks: string;
  startOfContent: string;
  timelineDescription: string;
}

const labels = new Map<string, LinkLabels>();
/**
 * Reader-visible words the EPUB and web writers add (templates/epub/labels.json), in the article's language where
 * `epub/labels.<tag>.json` has them.
 */
export function writerLabels(language = 'en'): LinkLabels {
  let found = labels.get(language);
  if (!found) {
    found = JSON.parse(templateText('epub/labels.json')) as LinkLabels;
    const localized = labelsFileFor(`${projectRoot()}/templates/epub/`, language);
    if (localized) found = { ...found, ...(JSON.parse(templateText(`epub/${localized}`)) as Partial<LinkLabels>) };
    labels.set(language, found);
  }
  return found;
}

/**
 * The stylesheet with the theme's colours (templates/theme.json) in its first `:root` block, the light scheme's:
 * a dark scheme keeps its own.
 */
export function themedCss(css: string, theme: Theme | undefined): string {
  if (!theme) return css;
  const start = css.indexOf(':root');
  const end = start < 0 ? -1 : css.indexOf('}', start);
  let themed = css;
  if (end >= 0) {
    let root = css.slice(start, end);
    for (const [name, value] of Object.entries(theme.colours)) root = root.replace(new RegExp(`(--${name}:\\s*)[^;]+;`), `$1${value};`);
    themed = css.slice(0, start) + root + css.slice(end);
  }
  // The theme's faces lead the font stacks (a reader who has them sees them; the stacks go on as before).
  const serif = theme.fonts?.serif;
  const sans = theme.fonts?.sans;
  if (serif) themed = themed.replaceAll('"DejaVu Serif"', `${JSON.stringify(familyOfFile(serif))}, "DejaVu Serif"`);
  if (sans) themed = themed.replaceAll('"DejaVu Sans"', `${JSON.stringify(familyOfFile(sans))}, "DejaVu Sans"`);
  return themed;
}

/** The weight and style each of the briefing's faces stands for in CSS. */
const FACE_CSS: Record<keyof NonNullable<Theme['fonts']>, { weight: number; style: string }> = {
  serif: { weight: 400, style: 'normal' },
  serifBold: { weight: 700, style: 'normal' },
  serifItalic: { weight: 400, style: 'italic' },
  sans: { weight: 400, style: 'normal' },
  sansBold: { weight: 700, style: 'normal' },
};

/** The media type EPUB 3.3 lists for a font file (the theme takes TrueType and OpenType). */
export const fontMediaType = (file: string) => (/\.otf$/i.test(file) ? 'font/otf' : 'font/ttf');

/** The font files of the theme (paths under templates/), each once, with their media type. */
export function themeFontFiles(theme: Theme | undefined): Array<{ file: string; mediaType: string }> {
  return [...new Set(Object.values(theme?.fonts ?? {}))].map((file) => ({ file, mediaType: fontMediaType(file) }));
}

/**
 * `@font-face` rules for the theme's faces, so that the web page and the EPUB draw the text in them as the PDF
 * does; `urlOf` says where a font file is (packaged in the EPUB, a data URL in the self-contained web page).
 */
export function themeFontFaces(theme: Theme | undefined, urlOf: (file: string) => string): string {
  const rules: string[] = [];
  for (const [role, file] of Object.entries(theme?.fonts ?? {}) as Array<[keyof typeof FACE_CSS, string]>) {
    const { weight, style } = FACE_CSS[role];
    const format = fontMediaType(file) === 'font/otf' ? 'opentype' : 'truetype';
    rules.push(`@font-face { font-family: ${JSON.stringify(familyOfFile(file))}; src: url(${JSON.stringify(urlOf(file))}) format("${format}"); font-weight: ${weight}; font-style: ${style}; }`);
  }
  return rules.length ? `${rules.join('\n')}\n` : '';
}

/** The language a composed document declares (`<html lang>`). */
export function languageOf(tree: Root): string {
  let language = 'en';
  eachElement(tree, (element) => {
    if (element.tagName !== 'html') return;
    if (typeof element.properties.lang === 'string') language = element.properties.lang;
    return 'stop';
  });
  return language;
}

export const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';

/** The fragment of an in-document link (`#x` → `x`), or undefined for any other href. */
export function fragmentOf(element: Element): string | undefined {
  if (element.tagName !== 'a') return undefined;
  const href = element.properties.href;
  return typeof href === 'string' && href.startsWith('#') && href.length > 1 ? decodeURIComponent(href.slice(1)) : undefined;
}

/** Every element id in a tree. */
export function elementIds(tree: Root | Element): Set<string> {
  const ids = new Set<string>();
  addIds(tree, ids);
  return ids;
}

/**
 * The ids of the elements below `parent`, in document order, into `ids`. (Plain recursions here, not eachElement with a
 * closure made at each call: V8 holds a closure's optimised code only while a closure of it is alive, and a full
 * collection between two articles had TurboFan compile it again, about once a collection; visitPart below the same.)
 */
function addIds(parent: Root | Element, ids: Set<string>): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (typeof child.properties.id === 'string') ids.add(child.properties.id);
    addIds(child, ids);
  }
}

/** The notes (items with an id in the notes part) and discrepancy entries (sections with an id in the disagreements part) below `parent`, by id. */
function collectTargets(parent: Root | Element, notes: Map<string, Element>, entries: Map<string, Element>): void {
  for (const element of parent.children) {
    if (element.type !== 'element') continue;
    const part = partOf(element);
    if (part === 'notes') {
      for (const item of elementsNamed(element, 'li')) if (typeof item.properties.id === 'string') notes.set(item.properties.id, item);
    }
    if (part === 'disagreements') {
      for (const entry of elementsNamed(element, 'section')) if (typeof entry.properties.id === 'string') entries.set(entry.properties.id, entry);
    }
    collectTargets(element, notes, entries);
  }
}

/** The `data-part` of a section element, if it is one of the briefing's parts. */
export function partOf(element: Element): string | undefined {
  const part = element.properties.dataPart;
  return element.tagName === 'section' && typeof part === 'string' ? part : undefined;
}

export interface CrossReferences {
  /** Ids of the note elements (footnote definitions). */
  notes: Set<string>;
  /** Ids of the discrepancy entries. */
  entries: Set<string>;
}

/**
 * Gives every note ref and discrepancy mark an id, marks note refs and notes with DPUB-ARIA roles
 * (and `epub:type` for the EPUB), wraps each note's content in an `aside`, and adds a back-link from
 * each note and entry to the first place in the text that points to it.
 */
export function linkCrossReferences(tree: Root, options: { epub: boolean }): CrossReferences {
  const label = writerLabels(languageOf(tree));
  const notes = new Map<string, Element>();
  const entries = new Map<string, Element>();
  collectTargets(tree, notes, entries);

  // The first reference to each note and entry, preferring the article's text over summaries.
  const firstRef = new Map<string, { link: Element; inArticle: boolean }>();
  const used = elementIds(tree);
  visitPart({ notes, entries, used, firstRef, epub: options.epub, counter: 0 }, tree, false);

  const backLink = (ref: Element | undefined, short: boolean): Element[] =>
    ref
      ? [h('a', { href: `#${String(ref.properties.id)}`, role: 'doc-backlink', ariaLabel: label.backToText, className: ['backlink'] }, short ? label.backToTextShort : `${label.backToTextShort} ${label.backToText}`)]
      : [];

  for (const [id, item] of notes) {
    const ref = firstRef.get(id)?.link;
    const content: ElementContent[] = [...item.children];
    if (ref) content.push({ type: 'text', value: ' ' }, ...backLink(ref, true));
    const aside = h('aside', { id, role: 'doc-footnote', ...(options.epub ? { 'epub:type': 'footnote' } : {}) }, content);
    delete item.properties.id;
    item.children = [aside];
  }
  for (const [id, entry] of entries) {
    const ref = firstRef.get(id)?.link;
    const hasBack = entry.children.some((child) => isElement(child) && child.properties.role === 'doc-backlink');
    if (ref && !hasBack) entry.children.push(h('p', { className: ['back'] }, backLink(ref, false)));
  }
  return { notes: new Set(notes.keys()), entries: new Set(entries.keys()) };
}

/** What visitPart reads and fills as it walks a tree (linkCrossReferences). */
interface PartVisit {
  notes: Map<string, Element>;
  entries: Map<string, Element>;
  used: Set<string>;
  firstRef: Map<string, { link: Element; inArticle: boolean }>;
  epub: boolean;
  /** The number of the last id made for a reference. */
  counter: number;
}

/**
 * Gives each note ref and discrepancy mark under `node` an id and its role, and records the first reference to each
 * note and entry, preferring the article's text over summaries. (A function of its own, not a closure made at each
 * call: V8 holds a closure's optimised code only as long as a closure of it is alive, so a full collection between two
 * articles let it go and TurboFan compiled it again, once a collection or so: 65 times over 300 corpus articles built
 * in one thread, `node --trace-opt`, 2 after.)
 */
function visitPart(visit: PartVisit, node: Root | Element, inArticle: boolean): void {
  const { notes, entries, used, firstRef } = visit;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const part = partOf(child);
    const article = part ? part === 'article' : inArticle;
    const target = fragmentOf(child);
    if (target && (notes.has(target) || entries.has(target))) {
      if (typeof child.properties.id !== 'string') {
        let id: string;
        do id = `ref-${target}-${++visit.counter}`;
        while (used.has(id));
        used.add(id);
        child.properties.id = id;
      }
      if (notes.has(target)) {
        child.properties.role = 'doc-noteref';
        if (visit.epub) child.properties['epub:type'] = 'noteref';
        delete child.properties.ariaDescribedBy;
      }
      const seen = firstRef.get(target);
      if (!seen || (!seen.inArticle && article)) firstRef.set(target, { link: child, inArticle: article });
    }
    visitPart(visit, child, article);
  }
}

/** Replace links to ids that do not resolve by their content, so that no link dangles. */
export function unwrapDanglingLinks(tree: Root | Element, resolves: (fragment: string) => boolean): void {
  const children = tree.children as ElementContent[];
  for (let index = 0; index < children.length; ) {
    const child = children[index];
    if (!isElement(child)) {
      index++;
      continue;
    }
    const target = fragmentOf(child);
    if (target !== undefined && !resolves(target)) children.splice(index, 1, ...child.children);
    else {
      unwrapDanglingLinks(child, resolves);
      index++;
    }
  }
}

const IDREF_ATTRIBUTES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'ariaOwns', 'ariaFlowTo', 'headers', 'htmlFor'] as const;

/** Drop references to ids a document does not hold from ID-reference attributes (`aria-describedby`, `headers`, …). */
export function pruneIdReferences(tree: Root | Element, ids: Set<string>): void {
  for (const element of tree.children) {
    if (element.type !== 'element') continue;
    for (const key of IDREF_ATTRIBUTES) {
      const value = element.properties[key];
      if (value === undefined) continue;
      const list = Array.isArray(value) ? value : String(value).split(/\s+/);
      const refs: string[] = [];
      for (let i = 0; i < list.length; i++) {
        if (!(i in list)) continue; // (a hole, as map and filter pass over it)
        const ref = String(list[i]);
        if (ids.has(ref)) refs.push(ref);
      }
      if (refs.length) element.properties[key] = key === 'htmlFor' ? [refs[0]] : refs;
      else delete element.properties[key];
    }
    pruneIdReferences(element, ids);
  }
}
