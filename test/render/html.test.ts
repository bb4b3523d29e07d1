// briefing.html in a real browser (Debian's chromium through playwright-core): no errors, fits 375 px, links resolve, timeline shows.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../pipeline/render/xhtml/html.ts';
import { buildOptions, seedBriefing } from './seed.ts';
import { text } from './helpers.ts';

let browser: Browser;
let page: Page;
let dir: string;
let markup: string;
const problems: string[] = [];

beforeAll(async () => {
  const [file] = await renderHtml(await seedBriefing(), buildOptions());
  markup = text(file);
  dir = await mkdtemp(join(tmpdir(), 'brief-html-'));
  await writeFile(join(dir, 'briefing.html'), file.bytes);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(pathToFileURL(join(dir, 'briefing.html')).href, { waitUntil: 'load' });
  // Kept beside the test run for a person to look at (not checked in).
  await page.screenshot({ path: join(tmpdir(), 'brief-briefing-375.png'), fullPage: false });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('briefing.html', () => {
  it('is one self-contained file: CSS and SVG inline, no script, nothing fetched', () => {
    expect(markup).toMatch(/^<!DOCTYPE html>\n?<html lang="en">/);
    expect(markup).toContain('<style>');
    expect(markup).toContain('<svg');
    // The theme's logo is embedded as data, so nothing is fetched.
    expect(markup).not.toMatch(/<script|<link |\ssrc="(?!data:image\/(?:png|jpeg);base64,)/);
  });

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(markup, 'briefing.html');
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('loads with no console errors or warnings', () => {
    expect(problems).toEqual([]);
  });

  it('has no element wider than a 375 px viewport', async () => {
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        // Inside a region that scrolls sideways on purpose (the timeline), content may be wider than the screen.
        .filter((element) => !element.closest('figure.timeline > *'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
        .map(({ element, box }) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
    });
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('passes axe-core (WCAG 2.2 A and AA, best practices) with no violation, at 375 and at 1280 px', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 812 });
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run;
        const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`);
      });
      expect(violations, `${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 375, height: 812 });
  });

  it('underlines the note back-links, so they stand apart from the text by more than colour', async () => {
    const decorations = await page.evaluate(() => [...document.querySelectorAll('a.backlink')].map((a) => getComputedStyle(a).textDecorationLine));
    expect(decorations.length).toBeGreaterThan(0);
    expect(new Set(decorations)).toEqual(new Set(['underline']));
  });

  it('resolves every internal link to an element of the page', async () => {
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith('#'))
        .filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
    );
    const count = await page.evaluate(() => document.querySelectorAll('a[href^="#"]').length);
    expect(count).toBeGreaterThan(20);
    expect(dangling).toEqual([]);
  });

  it('shows the timeline', async () => {
    const timeline = page.locator('figure.timeline svg');
    await timeline.scrollIntoViewIfNeeded();
    await expect.poll(() => timeline.isVisible()).toBe(true);
    const box = (await timeline.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(100);
    expect(await page.locator('figure.timeline svg title').count()).toBe(1);
    await timeline.screenshot({ path: join(tmpdir(), 'brief-timeline-375.png') });
  });

  it('lays the summary of differences out as cards at 375 px, no word broken, and the timeline with labels of 12 px or more', async () => {
    const cards = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('table.disagreements-summary tbody tr')];
      return {
        rows: rows.length,
        blocks: rows.filter((r) => getComputedStyle(r).display === 'block').length,
        // A cell whose text wraps inside a word has a line box narrower than its longest word; compare with the word's own width.
        broken: [...document.querySelectorAll('table.disagreements-summary td')].filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return [...range.getClientRects()].some((r) => r.width > 0 && r.width < 8 && (td.textContent ?? '').trim().length > 3);
        }).length,
      };
    });
    expect(cards.rows).toBeGreaterThan(5);
    expect(cards.blocks).toBe(cards.rows);
    expect(cards.broken).toBe(0);
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('figure.timeline svg text')].map((t) => t.getBoundingClientRect().height)));
    // A text's box is about 1.2 times its font size.
    expect(smallest / 1.2).toBeGreaterThanOrEqual(11.5);
  });

  it('prints on the paper of the build, hiding the back-links and keeping entries whole', async () => {
    expect(markup).toContain('@page { size: A4;');
    const letter = await renderHtml(await seedBriefing(), buildOptions({ paper: 'letter' }));
    expect(text(letter[0])).toContain('@page { size: letter;');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      backlinks: [...document.querySelectorAll('a.backlink')].filter((a) => getComputedStyle(a).display !== 'none').length,
      entries: [...document.querySelectorAll('section.discrepancy')].filter((s) => getComputedStyle(s).breakInside !== 'avoid').length,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(shown).toEqual({ backlinks: 0, entries: 0 });
  });

  it('links note refs and discrepancy marks both ways', async () => {
    const roles = await page.evaluate(() => ({
      noterefs: document.querySelectorAll('a[role="doc-noteref"]').length,
      footnotes: document.querySelectorAll('aside[role="doc-footnote"]').length,
      backlinks: document.querySelectorAll('a[role="doc-backlink"]').length,
    }));
    expect(roles.noterefs).toBeGreaterThan(5);
    expect(roles.footnotes).toBeGreaterThan(5);
    expect(roles.backlinks).toBeGreaterThan(roles.footnotes);
    await page.locator('sup.discrepancy-mark a').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#d-/);
    await page.locator('section.discrepancy:target a[role="doc-backlink"]').click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#ref-d-/);
  });
});
