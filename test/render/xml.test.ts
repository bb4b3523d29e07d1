// toXmlText writes what xast-util-to-xml's toXml writes: awkward values, every node type, and the seed article's documents.
import { describe, expect, it } from 'vitest';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import type { Root as XmlRoot } from 'xast';
import { x } from 'xastscript';
import { toXmlText } from '../../pipeline/render/xhtml/xml.ts';
import { xhtmlBook } from '../../pipeline/render/xhtml/xhtml.ts';
import { seedBriefing } from './seed.ts';

const awkward = ['', 'plain', 'a < b && c > d', 'say "hi" & \'bye\'', ']]> and ?> and --', '\u0007bell\u0000nul\u001Fend\ttab\nline', 'Ünïcode — 敦煌 😀', '0'];

function sample(): XmlRoot {
  return {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'instruction', name: '', value: 'a ?> b > c' },
      { type: 'instruction', name: 'pi', value: '' },
      { type: 'text', value: '\n' },
      { type: 'doctype', name: 'html' },
      { type: 'doctype', name: 'html', public: '-//W3C//DTD "x"', system: 'http://x/<y>' },
      { type: 'doctype', name: 'svg', system: 'a&b' },
      { type: 'comment', value: 'a -- comment > with <stuff>' },
      { type: 'cdata', value: 'x ]]> y > z < & "' },
      x('root', { 'xmlns:epub': 'http://www.idpf.org/2007/ops', empty: '', zero: '0', gone: undefined, nothing: null }, [
        ...awkward.map((value, i) => x('p', { id: `p${i}`, title: value, 'data-x': value }, value)),
        x('empty'),
        x('blank', { a: '1' }, ''),
        x('holds-empty', [x('inner'), { type: 'text', value: '' }]),
        x('only-empty-text', [{ type: 'text', value: '' }, { type: 'text', value: '\u0001' }]),
        x('odd name"&<>=/\' \t\n', { 'attr name="x"': 'v' }, 'odd'),
        { type: 'raw', value: ']]&#x3E; <b>raw</b>' },
      ]),
    ],
  };
}

describe('toXmlText', () => {
  it('gives toXml’s characters for every node type and awkward values', () => {
    const tree = sample();
    expect(toXmlText(tree)).toBe(toXml(tree, { closeEmptyElements: true }));
    expect(toXmlText(tree, { allowDangerousXml: true })).toBe(toXml(tree, { closeEmptyElements: true, allowDangerousXml: true }));
  });

  it('gives toXml’s characters for each of the seed article’s XHTML documents', async () => {
    const book = xhtmlBook(await seedBriefing());
    expect(book.documents.length).toBeGreaterThan(2);
    for (const document of book.documents) {
      const xast = toXast(document.root) as XmlRoot;
      expect(toXmlText(xast, { allowDangerousXml: true })).toBe(toXml(xast, { closeEmptyElements: true, allowDangerousXml: true }));
    }
  });
});
