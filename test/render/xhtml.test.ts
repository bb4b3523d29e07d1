// The XHTML writer on small hand-made briefings: parts and files, links across files, notes, and source text kept as data.
import type { Element, Root } from 'hast';
import { h, s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Briefing, Reconciled } from '../../pipeline/model.ts';
import { toHtml } from 'hast-util-to-html';
import { briefingPage, htmlBytes } from '../../pipeline/render/xhtml/html.ts';
import { toXhtml, xhtmlBook } from '../../pipeline/render/xhtml/xhtml.ts';
import { xmlProblem } from './helpers.ts';

const reconciled: Reconciled = {
  article: { name: 'case', title: 'A <b>case</b> & {{x}}', language: 'en' },
  revisions: [{ id: 'r1', label: 'one', file: 'case/a.txt', format: 'markdown' }],
  tree: { type: 'root', children: [] },
  facts: [],
  discrepancies: [],
  datasets: { events: [], infobox: [], figures: [] },
  text: { sections: [], notes: [] },
};

function briefingOf(...parts: Element[]): Briefing {
  const tree: Root = { type: 'root', children: [h('html', { lang: 'de' }, [h('head', [h('title', 'x')]), h('body', parts)])] };
  return { reconciled, tree };
}

const payload = '<script>alert(1)</script> {{x}} *a* _b_ [1] & "q" ]]>\u0007';

const sample = () =>
  briefingOf(
    h('section', { dataPart: 'cover', ariaLabel: 'Cover' }, [h('h1', reconciled.article.title)]),
    h('section', { dataPart: 'article' }, [
      h('h2', { id: 'part-article' }, 'The article'),
      h('p', ['Lead ', h('span', { lang: 'mn' }, 'Монгол'), h('sup', [h('a', { href: '#fn-1', id: 'fnref-1', ariaDescribedBy: 'footnote-label' }, '1')])]),
      h('h3', { id: 'sec-one' }, 'One'),
      h('p', [payload, h('sup', { className: ['discrepancy-mark'] }, [h('a', { href: '#d-1' }, 'Δ1')]), h('a', { href: '#nowhere' }, 'dangling')]),
      h('h3', { id: 'sec-two' }, 'Two'),
      h('h4', 'Two, deeper'),
      h('p', 'Two text'),
    ]),
    h('section', { dataPart: 'timeline' }, [h('figure', { className: ['timeline'] }, [s('svg', { viewBox: '0 0 10 10' }, [s('title', 'T'), s('desc', 'D')])])]),
    h('section', { dataPart: 'disagreements' }, [h('h2', 'Where'), h('section', { className: ['discrepancy'], id: 'd-1' }, [h('h3', 'Δ1')])]),
    h('section', { dataPart: 'notes' }, [h('h2', 'Notes'), h('ol', { className: ['notes'] }, [h('li', { id: 'fn-1' }, ['Note ', payload])])]),
  );

describe('xhtmlBook', () => {
  const book = xhtmlBook(sample());
  const byFile = new Map(book.documents.map((d) => [d.file, toXhtml(d.root)]));

  it('makes one file per part and one per article section', () => {
    expect([...byFile.keys()]).toEqual(['cover.xhtml', 'article-01.xhtml', 'article-02.xhtml', 'article-03.xhtml', 'timeline.xhtml', 'disagreements.xhtml', 'notes.xhtml']);
    expect(book.documents.find((d) => d.file === 'timeline.xhtml')!.svg).toBe(true);
    expect(book.documents.find((d) => d.file === 'article-03.xhtml')!.toc).toMatchObject([{ title: 'Two', href: 'article-03.xhtml#sec-two', children: [{ title: 'Two, deeper' }] }]);
  });

  it('writes well-formed XHTML with the language of the composition', () => {
    for (const [file, xml] of byFile) {
      expect(xmlProblem(xml), file).toBeNull();
      expect(xml).toContain('lang="de" xml:lang="de"');
    }
    expect(byFile.get('article-01.xhtml')).toContain('<span lang="mn" xml:lang="mn">Монгол</span>');
  });

  it('keeps source text as text', () => {
    const xml = byFile.get('article-02.xhtml')!;
    expect(xml).toContain('&#x3C;script>alert(1)&#x3C;/script> {{x}} *a* _b_ [1] &#x26; "q" ]]&#x3E;');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('\u0007');
    expect(byFile.get('cover.xhtml')).toContain('A &#x3C;b>case&#x3C;/b> &#x26; {{x}}');
  });

  it('rewrites links across files, adds note semantics and back-links, and unwraps dangling links', () => {
    const lead = byFile.get('article-01.xhtml')!;
    expect(lead).toMatch(/<a href="notes\.xhtml#fn-1" id="fnref-1" role="doc-noteref" epub:type="noteref">1<\/a>/);
    expect(lead).not.toContain('aria-describedby');
    const notes = byFile.get('notes.xhtml')!;
    expect(notes).toMatch(/<li><aside id="fn-1" role="doc-footnote" epub:type="footnote">Note .* <a href="article-01\.xhtml#fnref-1" role="doc-backlink"/);
    const one = byFile.get('article-02.xhtml')!;
    expect(one).toMatch(/<a href="disagreements\.xhtml#d-1" id="ref-d-1-1">Δ1<\/a>/);
    expect(one).toContain('dangling');
    expect(one).not.toContain('#nowhere');
    expect(byFile.get('disagreements.xhtml')).toMatch(/<a href="article-02\.xhtml#ref-d-1-1" role="doc-backlink"/);
  });
});

describe('briefingPage', () => {
  it('keeps everything in one page with in-page links and no epub attributes', () => {
    const html = briefingPage(sample());
    expect(html).toContain('<a href="#fn-1" id="fnref-1" role="doc-noteref">1</a>');
    expect(html).not.toContain('epub:type');
    expect(html).not.toContain('<script');
    // The words the writer adds are in the composition's language (templates/epub/labels.de.json).
    expect(html).toContain('<nav class="contents" aria-label="Inhalt">');
  });
});

describe('htmlBytes', () => {
  it('gives the bytes of toHtml and a line break, the tree taken apart level by level', () => {
    const page: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: 'en' }, [
          h('head', [h('meta', { charSet: 'utf-8' }), h('title', 'A <title> & more'), h('style', 'p > a { content: "&" }')]),
          h('body', [
            h('main', { id: 'top' }, [
              h('section', { dataPart: 'article' }, [
                h('h1', 'Ünïcode — 敦煌 & <b>'),
                h('p', ['text ', h('a', { href: '#x?a=1&b=2' }, 'a "link"'), h('br'), ' 😀 after']),
                s('svg', { viewBox: '0 0 10 10' }, [s('title', 'a <chart>'), s('foreignObject', [h('p', 'x')]), s('rect', { width: 1 })]),
                h('script', 'if (a < b && c) {}'),
                { type: 'comment', value: 'a comment' },
                h('img', { src: 'a.png', alt: '' }),
                h('template', [h('p', 'inside')]),
                h('textarea', '<not a tag>'),
              ]),
              '\n',
              h('section', { dataPart: 'notes' }, [h('ol', [h('li', 'one'), h('li', [h('p', 'two')])])]),
            ]),
          ]),
        ]),
      ],
    };
    expect(new TextDecoder().decode(htmlBytes(page))).toBe(`${toHtml(page, { upperDoctype: true })}\n`);
  });
});
