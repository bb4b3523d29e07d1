// templates/theme.json: colours and the text width, honoured by the PDF, the web page and the EPUB; a bad theme is a template error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, loadTheme } from '../../pipeline/compose/environment.ts';
import { composeBriefing } from '../../pipeline/compose/index.ts';
import { renderPdf } from '../../pipeline/render/pdf/index.ts';
import { themedCss } from '../../pipeline/render/xhtml/links.ts';
import { renderHtml } from '../../pipeline/render/xhtml/html.ts';
import { renderEpub } from '../../pipeline/render/xhtml/epub.ts';
import { pageGeometry } from '../../pipeline/render/pdf/geometry.ts';
import { useFaceFiles } from '../../pipeline/typography/fonts.ts';
import { buildOptions } from '../compose/seed.ts';
import { realSeed, run } from './helpers.ts';

const themeDir = (json: string) => {
  const dir = `${mkdtempSync(join(tmpdir(), 'brief-theme-'))}/`;
  writeFileSync(`${dir}theme.json`, json);
  return dir;
};

describe('templates/theme.json', () => {
  it('is read with defaults for what it leaves out, and refuses a bad colour or width naming the line', () => {
    expect(loadTheme(themeDir('{ "colours": { "accent": "#AA0000" } }'))).toEqual({ ...DEFAULT_THEME, colours: { ...DEFAULT_THEME.colours, accent: '#aa0000' } });
    expect(() => loadTheme(themeDir('{\n  "colours": {\n    "band": "grey"\n  }\n}'))).toThrow(/theme\.json: colour "band" must be written #rrggbb/);
    try {
      loadTheme(themeDir('{\n  "colours": {\n    "band": "grey"\n  }\n}'));
    } catch (error) {
      expect((error as { line?: number }).line).toBe(3);
    }
    expect(() => loadTheme(themeDir('{ "briefingTextWidth": 900 }'))).toThrow(/briefingTextWidth must be a number of points from 250 to 500/);
    expect(() => loadTheme(themeDir('{ "colours": { "pink": "#ff00ff" } }'))).toThrow(/unknown colour "pink"/);
    // A logo that is not there stops the build, naming the theme's line.
    try {
      loadTheme(themeDir('{\n  "colours": {},\n  "logo": { "src": "mark.png", "alt": "" }\n}'));
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).toMatch(/the logo templates\/mark\.png is missing/);
      expect((error as { line?: number }).line).toBe(3);
    }
  });

  it('puts the theme’s logo on the cover: drawn in the PDF (as an artifact when its alt text is empty), embedded in the web page, packaged in the EPUB', async () => {
    const briefing = composeBriefing(await realSeed(), buildOptions());
    expect(briefing.theme?.logo?.src).toBe('logo.png');
    const dir = mkdtempSync(join(tmpdir(), 'brief-logo-'));
    const pdf = join(dir, 'briefing.pdf');
    writeFileSync(pdf, (await renderPdf(briefing, buildOptions())).find((f) => f.path === 'briefing.pdf')!.bytes);
    const images = run('pdfimages', ['-list', pdf]).split('\n').filter((line) => line.trim().split(/\s+/)[2] === 'image');
    expect(images.map((line) => line.trim().split(/\s+/).slice(0, 5).join(' '))).toEqual(['1 0 image 96 32']);
    const [page] = await renderHtml(briefing, buildOptions());
    expect(new TextDecoder().decode(page.bytes)).toMatch(/<img class="logo" src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="96" alt="">/);
    const epub = await renderEpub(briefing, buildOptions());
    expect(epub.some((f) => f.path === 'epub/OEBPS/images/logo.png')).toBe(true);
    const opf = new TextDecoder().decode(epub.find((f) => f.path === 'epub/OEBPS/content.opf')!.bytes);
    expect(opf).toContain('href="images/logo.png" media-type="image/png"');
    expect(new TextDecoder().decode(epub.find((f) => f.path === 'epub/OEBPS/text/cover.xhtml')!.bytes)).toContain('src="../images/logo.png"');
  }, 60_000);

  it('sets the light scheme’s colours of the web page and EPUB, and the PDF’s text block, rules and secondary text', async () => {
    const theme = { colours: { ...DEFAULT_THEME.colours, band: '#ffcc00', rule: '#ffcc00', muted: '#336699' }, briefingTextWidth: 340 };
    const css = themedCss(':root {\n  --band: #e8ebef;\n  --muted: #444444;\n}\n@media (prefers-color-scheme: dark) {\n  :root { --band: #222222; }\n}\n', theme);
    expect(css).toContain('--band: #ffcc00;');
    expect(css).toContain('--band: #222222;');
    const briefing = { ...composeBriefing(await realSeed(), buildOptions()), theme };
    const [page] = await renderHtml(briefing, buildOptions());
    expect(new TextDecoder().decode(page.bytes)).toContain('--band: #ffcc00;');
    const files = await renderPdf(briefing, buildOptions());
    const dir = mkdtempSync(join(tmpdir(), 'brief-theme-pdf-'));
    const pdf = join(dir, 'briefing.pdf');
    writeFileSync(pdf, files.find((f) => f.path === 'briefing.pdf')!.bytes);
    // Every word inside the narrower text block.
    const geo = pageGeometry('a4', 'briefing', 340);
    const boxes = [...run('pdftotext', ['-bbox', pdf, '-']).matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1000);
    expect(boxes.filter(([x0, x1]) => x0 < geo.left - 0.5 || x1 > geo.right + 0.5)).toEqual([]);
    // The running head's rule and the secondary text in the theme's colours (1 0.8 0 RG; 0.2 0.4 0.6 rg).
    const streams = [...Buffer.from(files.find((f) => f.path === 'briefing.pdf')!.bytes).toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('\n');
    expect(streams).toMatch(/\b1 0\.8 0 (?:RG|SC)/);
    expect(streams).toMatch(/\b0\.2 0\.4 0\.6 (?:rg|sc)/);
    // Tables have three rules (0.8 pt above and below, 0.5 pt under the header): no row hairlines, no header band.
    expect(streams).toMatch(/\b0\.8 w\b/);
    expect(streams).not.toMatch(/\b1 0\.8 0 (?:rg|sc)/);
  }, 60_000);

  it('draws the PDF in the theme’s faces and names them first in the web page’s font stacks; refuses a font that is not one', async () => {
    // The house's own files stand in for a house face: the body set in the sans, which the default theme never does.
    const dir = themeDir('{\n  "fonts": {\n    "serif": "fonts/DejaVuSans.ttf",\n    "serifBold": "fonts/DejaVuSans-Bold.ttf"\n  }\n}');
    mkdirSync(`${dir}fonts`);
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) copyFileSync(new URL(`../../templates/fonts/${file}`, import.meta.url), `${dir}fonts/${file}`);
    const fonts = loadTheme(dir).fonts;
    expect(fonts).toEqual({ serif: 'fonts/DejaVuSans.ttf', serifBold: 'fonts/DejaVuSans-Bold.ttf' });
    const briefing = { ...composeBriefing(await realSeed(), buildOptions()), theme: { ...DEFAULT_THEME, fonts } };
    const out = mkdtempSync(join(tmpdir(), 'brief-theme-fonts-'));
    const pdf = join(out, 'briefing.pdf');
    try {
      writeFileSync(pdf, (await renderPdf(briefing, buildOptions())).find((f) => f.path === 'briefing.pdf')!.bytes);
      const embedded = run('pdffonts', [pdf]);
      expect(embedded).toMatch(/DejaVuSans\b/);
      expect(embedded).not.toMatch(/DejaVuSerif\s/);
      expect(embedded).not.toMatch(/DejaVuSerif-Bold/);
      // Every word still inside the text block, measured in the face it is drawn in.
      const geo = pageGeometry('a4', 'briefing');
      const boxes = [...run('pdftotext', ['-bbox', pdf, '-']).matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(boxes.filter(([x0, x1]) => x0 < geo.left - 0.5 || x1 > geo.right + 0.5)).toEqual([]);
    } finally {
      useFaceFiles();
    }
    expect(themedCss('body { font-family: "DejaVu Serif", serif; }', { ...DEFAULT_THEME, fonts: { serif: 'fonts/DejaVuSans.ttf' } })).toContain('font-family: "DejaVu Sans", "DejaVu Serif", serif;');
    // The EPUB packages the faces (OEBPS/fonts/, font/ttf items, @font-face) and still passes epubcheck; the web
    // page carries them as data URLs.
    const epubFiles = await renderEpub(briefing, buildOptions());
    expect(epubFiles.map((f) => f.path)).toEqual(expect.arrayContaining(['epub/OEBPS/fonts/DejaVuSans.ttf', 'epub/OEBPS/fonts/DejaVuSans-Bold.ttf']));
    const opf = new TextDecoder().decode(epubFiles.find((f) => f.path === 'epub/OEBPS/content.opf')!.bytes);
    expect(opf).toContain('href="fonts/DejaVuSans.ttf" media-type="font/ttf"');
    const epubCss = new TextDecoder().decode(epubFiles.find((f) => f.path === 'epub/OEBPS/css/briefing.css')!.bytes);
    expect(epubCss).toMatch(/@font-face \{ font-family: "DejaVu Sans"; src: url\("\.\.\/fonts\/DejaVuSans-Bold\.ttf"\) format\("truetype"\); font-weight: 700;/);
    const epubPath = join(out, 'briefing.epub');
    writeFileSync(epubPath, epubFiles.find((f) => f.path === 'briefing.epub')!.bytes);
    const check = spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', epubPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(`${check.stdout}\n${check.stderr}`).toMatch(/0 fatals \/ 0 errors \/ 0 warnings|No errors or warnings detected/);
    const [web] = await renderHtml(briefing, buildOptions());
    expect(new TextDecoder().decode(web.bytes)).toMatch(/@font-face \{ font-family: "DejaVu Sans"; src: url\("data:font\/ttf;base64,AAEAAA/);
    for (const [json, message] of [
      ['{\n  "fonts": {\n    "serif": "fonts/Missing.ttf"\n  }\n}', /the font templates\/fonts\/Missing\.ttf is not there/],
      ['{\n  "fonts": {\n    "serif": "theme.json"\n  }\n}', /must name a \.ttf or \.otf file/],
      ['{\n  "fonts": {\n    "mono": "fonts/DejaVuSans.ttf"\n  }\n}', /unknown font "mono"/],
    ] as const) {
      try {
        loadTheme(themeDir(json));
        expect.unreachable();
      } catch (error) {
        expect(String((error as Error).message)).toMatch(message);
        expect((error as { line?: number }).line).toBe(3);
      }
    }
    const notAFont = themeDir('{\n  "fonts": {\n    "serif": "fonts/Fake.ttf"\n  }\n}');
    mkdirSync(`${notAFont}fonts`);
    writeFileSync(`${notAFont}fonts/Fake.ttf`, 'not a font at all');
    expect(() => loadTheme(notAFont)).toThrow(/is not a TrueType or OpenType font/);
  }, 60_000);
});
