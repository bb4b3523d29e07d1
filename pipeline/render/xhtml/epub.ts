// EPUB writer: XHTML parts, nav, package document (EPUB 3.3 + accessibility metadata) and the zipped, reproducible .epub.
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { x } from 'xastscript';
import type { Element as XmlElement } from 'xast';
import { toXmlText } from './xml.ts';
import type { Briefing, BuildOptions, OutputFile, Reconciled } from '../../model.ts';
import { TEMPLATE_IMAGE, templateBytes, templateImage, type TemplateImage } from '../../assets.ts';
import { elementsNamed } from './walk.ts';
import { themeFontFaces, themeFontFiles, themedCss, writerLabels } from './links.ts';
import { STYLESHEET, TEXT_DIR, toXhtml, xhtmlBook, xhtmlDocument } from './xhtml.ts';
import type { TocEntry, XhtmlBook } from './xhtml.ts';

const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTAINER_NS = 'urn:oasis:names:tc:opendocument:xmlns:container';
const encoder = new TextEncoder();

/** Landmarks for the parts a reading system can jump to. */
const LANDMARKS: Record<string, string> = { cover: 'cover', article: 'bodymatter', notes: 'endnotes' };

/**
 * The images the documents show (a template's logo) go in OEBPS/images/: each `src` is rewritten to the packaged
 * file, and the package lists it.
 */
function packageImages(book: XhtmlBook): Array<{ href: string; image: TemplateImage }> {
  const packaged = new Map<string, { href: string; image: TemplateImage }>();
  for (const document of book.documents) {
    for (const element of elementsNamed(document.root, 'img')) {
      const src = String(element.properties.src ?? '');
      if (!TEMPLATE_IMAGE.test(src)) continue;
      const href = `images/${src.split('/').pop()}`;
      packaged.set(href, { href, image: templateImage(src) });
      element.properties.src = `../${href}`;
    }
  }
  return [...packaged.values()];
}

export async function renderEpub(briefing: Briefing, options: BuildOptions): Promise<OutputFile[]> {
  const book = xhtmlBook(briefing);
  const images = packageImages(book);
  const entries: Array<[string, Uint8Array]> = [];
  const text = book.documents.map((document) => [`OEBPS/${TEXT_DIR}/${document.file}`, encoder.encode(toXhtml(document.root))] as [string, Uint8Array]);
  const nav = encoder.encode(toXhtml(navDocument(book)));
  // The theme's faces go in OEBPS/fonts/, named by @font-face rules ahead of the stylesheet.
  const fonts = themeFontFiles(briefing.theme).map(({ file, mediaType }) => ({ href: `fonts/${file.split('/').pop()}`, file, mediaType }));
  const fontFaces = themeFontFaces(briefing.theme, (file) => `../fonts/${file.split('/').pop()}`);
  const css = encoder.encode(fontFaces + themedCss(templateBytes('epub/briefing.css').toString('utf8'), briefing.theme));
  const opf = encoder.encode(packageDocument(book, briefing.reconciled, options, images, fonts));
  entries.push(
    ['mimetype', encoder.encode('application/epub+zip')],
    ['META-INF/container.xml', encoder.encode(containerXml())],
    ['OEBPS/content.opf', opf],
    ['OEBPS/nav.xhtml', nav],
    [`OEBPS/${STYLESHEET}`, css],
    ...text,
    ...images.map(({ href, image }) => [`OEBPS/${href}`, image.bytes] as [string, Uint8Array]),
    ...fonts.map(({ href, file }) => [`OEBPS/${href}`, new Uint8Array(templateBytes(file))] as [string, Uint8Array]),
  );
  return [...entries.map(([path, bytes]) => ({ path: `epub/${path}`, bytes })), { path: 'briefing.epub', bytes: zipEpub(entries, options.buildTime) }];
}

/** Package documents (content.opf, container.xml) as XML; they hold no CDATA, so a `]]>` from a source (a title) is text and its `>` is escaped. */
function xml(root: XmlElement): string {
  const text = toXmlText({ type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' }, root] });
  return `${text.replaceAll(']]>', ']]&gt;')}\n`;
}

function containerXml(): string {
  return xml(
    x('container', { version: '1.0', xmlns: CONTAINER_NS }, [
      x('rootfiles', [x('rootfile', { 'full-path': 'OEBPS/content.opf', 'media-type': 'application/oebps-package+xml' })]),
    ]),
  );
}

function navList(entries: TocEntry[], prefix: string): Element {
  return h(
    'ol',
    entries.map((entry) =>
      h('li', [h('a', { href: `${prefix}${entry.href}` }, entry.title), ...(entry.children.length ? [navList(entry.children, prefix)] : [])]),
    ),
  );
}

/** nav.xhtml: the table of contents (every part, and the article's sections under it) and the landmarks. */
function navDocument(book: XhtmlBook): Root {
  const labels = writerLabels(book.language);
  const prefix = `${TEXT_DIR}/`;
  const toc: TocEntry[] = [];
  for (const document of book.documents) {
    const entries = document.toc.length ? document.toc : [{ title: document.title, href: document.file, children: [] }];
    const last = toc[toc.length - 1];
    // The article's later files continue the part begun in its first file.
    if (document.part === 'article' && last && book.documents.find((d) => d.file === last.href.split('#')[0])?.part === 'article')
      last.children.push(...entries);
    else toc.push(...entries);
  }
  const landmarks = book.documents
    .filter((document, i) => LANDMARKS[document.part] && book.documents.findIndex((d) => d.part === document.part) === i)
    .map((document) => ({ type: LANDMARKS[document.part], title: document.title, href: `${prefix}${document.file}` }));
  landmarks.splice(1, 0, { type: 'toc', title: labels.contents, href: 'nav.xhtml#toc' });
  const content = h('section', { dataPart: 'nav' }, [
    h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' }, [h('h1', labels.contents), navList(toc, prefix)]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: true }, [
      h('h2', labels.landmarks),
      h('ol', landmarks.map((landmark) => h('li', [h('a', { 'epub:type': landmark.type, href: landmark.href }, landmark.title)]))),
    ]),
  ]);
  const root = xhtmlDocument(content, { title: `${labels.contents} — ${book.title}`, language: book.language });
  // nav.xhtml sits beside text/, so its stylesheet link needs no `../`.
  const link = (root.children[1] as Element).children[0] as Element;
  (link.children[2] as Element).properties.href = STYLESHEET;
  return root;
}

/** A UUID (RFC 9562, name-based with SHA-256, version 8) for the article and what it says: the same content gives the same book id. */
function bookIdentifier(reconciled: Reconciled): string {
  const digest = createHash('sha256')
    .update(reconciled.article.name)
    .update('\0')
    .update(JSON.stringify(reconciled.tree))
    .update('\0')
    .update(JSON.stringify(reconciled.discrepancies))
    .digest();
  digest[6] = (digest[6] & 0x0f) | 0x80;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** content.opf: metadata (with the accessibility properties of EPUB Accessibility 1.1), manifest and spine. */
function packageDocument(
  book: XhtmlBook,
  reconciled: Reconciled,
  options: BuildOptions,
  images: Array<{ href: string; image: TemplateImage }> = [],
  fonts: Array<{ href: string; mediaType: string }> = [],
): string {
  const meta = (property: string, value: string) => x('meta', { property }, value);
  const hasSvg = book.documents.some((document) => document.svg);
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', ...(hasSvg ? ['longDescription'] : []), 'displayTransformability'];
  const summary =
    'Text with headings, a table of contents and landmarks; data tables with header cells; footnotes linked both ways; ' +
    (hasSvg ? 'the timeline chart has a text description and every event is also in the text; ' : '') +
    'no reliance on colour alone. Meets WCAG 2.2 level AA.';
  const itemId = (file: string) => `x-${file.replace(/\.xhtml$/, '').replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const metadata = x('metadata', { 'xmlns:dc': DC_NS }, [
    x('dc:identifier', { id: 'book-id' }, bookIdentifier(reconciled)),
    x('dc:title', book.title),
    x('dc:language', book.language),
    ...(book.description ? [x('dc:description', book.description)] : []),
    ...reconciled.revisions.map((revision) => x('dc:source', `${revision.file} (${revision.label})`)),
    x('dc:contributor', `brief ${options.version}`),
    meta('dcterms:modified', isoSeconds(options.buildTime)),
    meta('schema:accessMode', 'textual'),
    ...(hasSvg ? [meta('schema:accessMode', 'visual')] : []),
    meta('schema:accessModeSufficient', 'textual'),
    ...features.map((feature) => meta('schema:accessibilityFeature', feature)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', summary),
    meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'),
  ]);
  const manifest = x('manifest', [
    x('item', { id: 'nav', href: 'nav.xhtml', 'media-type': 'application/xhtml+xml', properties: 'nav' }),
    x('item', { id: 'css', href: STYLESHEET, 'media-type': 'text/css' }),
    ...images.map(({ href, image }, i) => x('item', { id: `image-${i + 1}`, href, 'media-type': image.mediaType })),
    ...fonts.map(({ href, mediaType }, i) => x('item', { id: `font-${i + 1}`, href, 'media-type': mediaType })),
    ...book.documents.map((document) =>
      x('item', {
        id: itemId(document.file),
        href: `${TEXT_DIR}/${document.file}`,
        'media-type': 'application/xhtml+xml',
        ...(document.svg ? { properties: 'svg' } : {}),
      }),
    ),
  ]);
  // The contents page follows the cover in reading order: the landmarks point at it.
  const order = book.documents.map((document) => itemId(document.file));
  order.splice(book.documents[0]?.part === 'cover' ? 1 : 0, 0, 'nav');
  const spine = x('spine', order.map((idref) => x('itemref', { idref })));
  return xml(
    x('package', { xmlns: OPF_NS, version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': book.language }, [metadata, manifest, spine]),
  );
}

/**
 * The .epub: `mimetype` first and stored, then every entry in the order given, all stamped with the
 * build time, so that the same inputs give the same bytes.
 */
function zipEpub(entries: Array<[string, Uint8Array]>, buildTime: number): Uint8Array {
  // fflate writes DOS times from the Date's local fields; shift by the zone so the stamp is the UTC build time anywhere.
  const utc = new Date(Math.max(buildTime, 315532800) * 1000);
  const mtime = new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
  const files: Zippable = {};
  for (const [path, bytes] of entries) files[path] = [bytes, { level: path === 'mimetype' ? 0 : 3, mtime }];
  return zipSync(files);
}
