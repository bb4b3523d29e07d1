// The EPUB writer on the seed article: epubcheck clean, well-formed XHTML, EPUB 3 notes, links that resolve, same bytes twice.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, OutputFile } from '../../pipeline/model.ts';
import { renderEpub } from '../../pipeline/render/xhtml/epub.ts';
import { BUILD_TIME, buildOptions, seedBriefing } from './seed.ts';
import { hrefsOf, idsOf, text, unzip, xmlProblem, zipEntries } from './helpers.ts';

const run = promisify(execFile);

let briefing: Briefing;
let files: OutputFile[];
let epub: Uint8Array;
let dir: string;

beforeAll(async () => {
  briefing = await seedBriefing();
  files = await renderEpub(briefing, buildOptions());
  epub = files.find((file) => file.path === 'briefing.epub')!.bytes;
  dir = await mkdtemp(join(tmpdir(), 'brief-epub-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const xhtmlFiles = () => files.filter((file) => file.path.endsWith('.xhtml'));
const file = (path: string) => text(files.find((f) => f.path === path)!);

describe('briefing.epub', () => {
  it('passes epubcheck with no errors and no warnings', async () => {
    const path = join(dir, 'briefing.epub');
    await writeFile(path, epub);
    // Debian's /usr/bin/epubcheck wrapper fails here; the jar works.
    const { stdout, stderr } = await run('java', ['-jar', '/usr/share/java/epubcheck.jar', path], { maxBuffer: 1 << 24 }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    const report = `${stdout}\n${stderr}`;
    expect(report, report).toMatch(/0 fatals \/ 0 errors \/ 0 warnings|No errors or warnings detected/);
    expect(report).not.toMatch(/^(ERROR|WARNING|FATAL)/m);
    // With usage reports (-u): every CSS class the documents use is defined in the stylesheet (CSS-025).
    const usage = await run('java', ['-jar', '/usr/share/java/epubcheck.jar', '-u', path], { maxBuffer: 1 << 24 }).catch((error: { stdout: string; stderr: string }) => error);
    expect(`${usage.stdout}\n${usage.stderr}`.split('\n').filter((line) => line.includes('CSS-025'))).toEqual([]);
  }, 120_000);

  it('stores mimetype first and uncompressed, then the package in the order of epub/', () => {
    const entries = zipEntries(epub);
    expect(entries[0]).toEqual({ name: 'mimetype', method: 0 });
    expect(entries.map((entry) => `epub/${entry.name}`)).toEqual(files.filter((f) => f.path.startsWith('epub/')).map((f) => f.path));
    const unzipped = unzip(epub);
    for (const f of files.filter((f) => f.path.startsWith('epub/'))) expect(unzipped[f.path.slice(5)]).toEqual(f.bytes);
  });

  it('is byte-identical when built twice with the same build time', async () => {
    const again = await renderEpub(await seedBriefing(), buildOptions());
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, f] of again.entries()) expect(Buffer.from(f.bytes).equals(Buffer.from(files[i].bytes)), f.path).toBe(true);
  });

  it('stamps dcterms:modified from the build time, whatever the time zone', () => {
    expect(file('epub/OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2025-06-01T00:00:00Z</meta>');
    // DOS time of the first local header: 2025-06-01 00:00:00 (UTC fields).
    const view = new DataView(epub.buffer, epub.byteOffset);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2025, 6, 1, 0, 0]);
    expect(BUILD_TIME).toBe(Date.UTC(2025, 5, 1) / 1000);
  });
});

describe('epub/ XHTML', () => {
  it('is well-formed XML, every document (xmllint and an XML parser)', async () => {
    expect(xhtmlFiles().length).toBeGreaterThan(5);
    const documents = [...xhtmlFiles(), ...files.filter((f) => /\.(opf|xml)$/.test(f.path))];
    const paths: string[] = [];
    for (const [i, f] of documents.entries()) {
      expect(xmlProblem(text(f)), f.path).toBeNull();
      paths.push(join(dir, `${i}-${posix.basename(f.path)}`));
      await writeFile(paths[i], f.bytes);
    }
    const { stderr } = await run('xmllint', ['--noout', ...paths]).catch((error: { stderr: string }) => ({ stderr: error.stderr || String(error) }));
    expect(stderr).toBe('');
  });

  it('has one document per part, in reading order, and splits the article by section', () => {
    const names = xhtmlFiles().map((f) => posix.basename(f.path));
    expect(names[0]).toBe('nav.xhtml');
    const parts = names.slice(1).map((name) => name.replace(/(-\d+)?\.xhtml$/, ''));
    expect([...new Set(parts)]).toEqual(['cover', 'glance', 'timeline', 'article', 'disagreements', 'notes', 'colophon']);
    expect(parts.filter((part) => part === 'article').length).toBeGreaterThan(3);
  });

  it('declares the language on the root and on text labelled as another language', () => {
    for (const f of xhtmlFiles()) expect(text(f)).toMatch(/<html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" xmlns:epub="http:\/\/www\.idpf\.org\/2007\/ops" lang="en" xml:lang="en">/);
    const all = xhtmlFiles().map(text).join('\n');
    expect(all).toMatch(/<span lang="mn" xml:lang="mn">Монгол Оросын харилцаа<\/span>/);
    expect(all).toMatch(/<span lang="ru" xml:lang="ru">/);
  });

  it('marks footnotes as EPUB 3 notes with back-links', () => {
    const notes = file('epub/OEBPS/text/notes.xhtml');
    const article = xhtmlFiles().filter((f) => f.path.includes('/article-')).map(text).join('\n');
    const refs = [...article.matchAll(/<a href="notes\.xhtml#([^"]+)" id="([^"]+)"[^>]*role="doc-noteref" epub:type="noteref"/g)];
    expect(refs.length).toBeGreaterThan(5);
    const footnotes = [...notes.matchAll(/<aside id="([^"]+)" role="doc-footnote" epub:type="footnote">/g)].map((m) => m[1]);
    expect(footnotes.length).toBeGreaterThan(5);
    for (const [, target] of refs) expect(footnotes).toContain(target);
    expect(notes).toMatch(/<a href="article-\d+\.xhtml#[^"]+" role="doc-backlink"/);
  });

  it('links each discrepancy mark to its entry and the entry back to the text', () => {
    const entries = file('epub/OEBPS/text/disagreements.xhtml');
    const article = xhtmlFiles().filter((f) => f.path.includes('/article-')).map(text).join('\n');
    expect(article).toMatch(/<sup class="discrepancy-mark"><a href="disagreements\.xhtml#d-[^"]+"/);
    expect(entries).toMatch(/<a href="article-\d+\.xhtml#ref-d-[^"]+" role="doc-backlink"/);
  });

  it('draws the timeline as inline SVG with a title and a description, and the OPF says so', () => {
    const timeline = file('epub/OEBPS/text/timeline.xhtml');
    expect(timeline).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\s*<title[^>]*>[^<]+<\/title>\s*<desc[^>]*>[^<]+<\/desc>/);
    expect(file('epub/OEBPS/content.opf')).toMatch(/href="text\/timeline\.xhtml" media-type="application\/xhtml\+xml" properties="svg"/);
  });

  it('resolves every internal link to a file and id in the package', () => {
    const docs = new Map(files.filter((f) => f.path.endsWith('.xhtml')).map((f) => [f.path, text(f)]));
    for (const [path, markup] of docs) {
      for (const href of hrefsOf(markup)) {
        if (/^[a-z]+:/.test(href) || href.endsWith('.css')) continue;
        const [target, fragment] = href.split('#');
        const targetPath = target ? posix.join(posix.dirname(path), target) : path;
        expect(docs.has(targetPath), `${path} → ${href}`).toBe(true);
        if (fragment) expect(idsOf(docs.get(targetPath)!).has(decodeURIComponent(fragment)), `${path} → ${href}`).toBe(true);
      }
    }
  });

  it('has real tables with header cells for the data at a glance and the cover', () => {
    expect(file('epub/OEBPS/text/glance.xhtml')).toMatch(/<table[^>]*>.*<th scope="(col|row)">/s);
    expect(file('epub/OEBPS/text/cover.xhtml')).toMatch(/<th scope="col">/);
  });

  it('describes the package: stable identifier, nav, and accessibility metadata', async () => {
    const opf = file('epub/OEBPS/content.opf');
    expect(opf).toMatch(/<package xmlns="http:\/\/www\.idpf\.org\/2007\/opf" version="3\.0" unique-identifier="book-id"/);
    expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary'])
      expect(opf).toContain(`<meta property="${property}">`);
    expect(opf).toContain('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>');
    const later = await renderEpub(briefing, buildOptions({ buildTime: BUILD_TIME + 86_400 }));
    const id = (fs: OutputFile[]) => /<dc:identifier id="book-id">([^<]+)</.exec(text(fs.find((f) => f.path.endsWith('content.opf'))!))![1];
    expect(id(later)).toBe(id(files));
    const nav = file('epub/OEBPS/nav.xhtml');
    expect(nav).toMatch(/<nav epub:type="toc" id="toc"/);
    expect(nav).toMatch(/<nav epub:type="landmarks"[^>]*>.*epub:type="bodymatter"/s);
  });
});
