// The composed hast tree: its parts, ids and links, escaping of source text, language spans, the timeline SVG.
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from './select.ts';
import { changeSummary, composeBriefing } from '../../pipeline/compose/index.ts';
import { buildOptions, seedReconciled, seedTree } from './seed.ts';

const briefing = composeBriefing(seedReconciled(), buildOptions());

describe('composeBriefing', () => {
  it('has every part, in template order, as a section with data-part', () => {
    const parts = selectAll(briefing.tree, (el) => el.tagName === 'section' && typeof el.properties.dataPart === 'string').map((el) => el.properties.dataPart);
    expect(parts).toEqual(['cover', 'glance', 'timeline', 'article', 'disagreements', 'notes', 'colophon']);
  });

  it('gives each discrepancy an entry with an id and links the article marks to it', () => {
    // A conflict or a change of fact has a section of its own; a rewording that changes no fact, a row of the compact table.
    const ids = new Set(selectAll(briefing.tree, (el) => (el.tagName === 'section' && String(el.properties.className).includes('discrepancy')) || (el.tagName === 'tr' && /^d-/.test(String(el.properties.id ?? '')))).map((el) => el.properties.id));
    expect(ids.size).toBe(seedReconciled().discrepancies.length);
    const marks = selectAll(briefing.tree, (el) => el.tagName === 'a' && typeof el.properties.dataDiscrepancy === 'string');
    expect(marks.length).toBeGreaterThan(3);
    for (const a of marks) expect(ids.has(String(a.properties.href).slice(1))).toBe(true);
  });

  it('uses real tables with header cells, and numbered notes with ids', () => {
    expect(selectAll(briefing.tree, (el) => el.tagName === 'th').length).toBeGreaterThan(5);
    const refs = selectAll(briefing.tree, (el) => el.tagName === 'a' && el.properties.dataFootnoteRef !== undefined);
    const notes = new Set(selectAll(briefing.tree, (el) => el.tagName === 'li' && /^fn-/.test(String(el.properties.id))).map((el) => el.properties.id));
    expect(refs.length).toBe(2);
    for (const r of refs) expect(notes.has(String(r.properties.href).slice(1))).toBe(true);
  });

  it('tags text labelled Mongolian: and Russian: with lang', () => {
    const spans = selectAll(briefing.tree, (el) => el.tagName === 'span' && typeof el.properties.lang === 'string');
    expect(spans.map((s) => s.properties.lang)).toEqual(expect.arrayContaining(['mn', 'ru']));
  });

  it('puts the timeline in as an SVG with a text alternative', () => {
    const svg = selectAll(briefing.tree, (el) => el.tagName === 'svg')[0];
    expect(svg).toBeDefined();
    expect(selectAll(svg, (el) => el.tagName === 'desc')[0]).toBeDefined();
    expect(toHtml(svg)).toContain('Khürelsükh');
  });

  it('keeps source text as data: markup and template syntax come out literally', () => {
    const evil = seedReconciled({ tree: seedTree('\n\nEvil <script>alert(1)</script> {{labels.briefing}} {{{x}}} *a* _b_ \\[1] here.\n') });
    evil.article.title = 'T <b>{{title}}</b>';
    evil.discrepancies[0].section = '<img src=x onerror=alert(1)> {{../labels}}';
    const out = composeBriefing(evil, buildOptions());
    // The one image is the theme's logo on the cover, not the source's.
    expect(selectAll(out.tree, (el) => el.tagName === 'script' || (el.tagName === 'img' && el.properties.src !== 'logo.png'))).toEqual([]);
    const html = toHtml(out.tree);
    expect(html).toContain('{{labels.briefing}}');
    expect(html).toContain('{{../labels}}');
    expect(html).toContain('T &#x3C;b>{{title}}&#x3C;/b>');
  });

  it('composes the handout from its own template', () => {
    const parts = selectAll(briefing.handout!, (el) => typeof el.properties.dataPart === 'string').map((el) => el.properties.dataPart);
    expect(parts).toEqual(['cover', 'glance', 'conflicts', 'timeline', 'colophon']);
  });

  it('leaves "At a glance" out of the handout when there is no infobox and no key figure, not an empty heading', () => {
    const seed = seedReconciled();
    const bare = composeBriefing(seedReconciled({ datasets: { ...seed.datasets, infobox: [], figures: [] }, tree: seedTree('\n\nA paragraph without a box.\n') }), buildOptions());
    const parts = selectAll(bare.handout!, (el) => typeof el.properties.dataPart === 'string').map((el) => el.properties.dataPart);
    expect(parts).not.toContain('glance');
    expect(parts).toContain('conflicts');
  });

  it('shows the infobox a reader would want: no map files or file types, readable field names', () => {
    const infobox = seedReconciled().datasets.infobox;
    const out = composeBriefing(seedReconciled({ datasets: { ...seedReconciled().datasets, infobox: [{ key: 'Filetype', value: 'svg', source: infobox[0].source }, ...infobox] } }), buildOptions());
    const table = selectAll(out.tree, (el) => el.tagName === 'table' && String(el.properties.className).includes('infobox'))[0];
    const html = toHtml(table);
    expect(html).not.toMatch(/Filetype|Locator\.svg/);
    expect(html).toContain('Mission 1');
  });

  it('draws the timeline grid under the labels, dashed', () => {
    const svg = selectAll(briefing.tree, (el) => el.tagName === 'svg')[0];
    const shapes = svg.children.filter((c) => c.type === 'element' && !['title', 'desc'].includes(c.tagName)) as Array<{ tagName: string; properties: Record<string, unknown> }>;
    const grid = shapes.map((el, i) => (el.properties.strokeDashArray ? i : -1)).filter((i) => i >= 0);
    const firstText = shapes.findIndex((el) => el.tagName === 'text');
    expect(grid.length).toBeGreaterThan(3);
    expect(Math.max(...grid)).toBeLessThan(firstText);
  });

  it('puts a discrepancy mark after the footnote numbers that close a sentence, not between them', () => {
    const tree = seedTree('\n\nA sentence with two references.[^a][^b] Next.\n\n[^a]: One.\n[^b]: Two.\n');
    const d = { ...seedReconciled().discrepancies[0], id: 'zz', new: { ...seedReconciled().discrepancies[0].new!, text: 'A sentence with two references.' } };
    const out = composeBriefing(seedReconciled({ tree, discrepancies: [d] }), buildOptions());
    const p = selectAll(out.tree, (el) => el.tagName === 'p' && toHtml(el).includes('two references'))[0];
    const sups = p.children.filter((c) => c.type === 'element' && c.tagName === 'sup').map((c) => (String((c as { properties: { className?: unknown } }).properties.className ?? '').includes('discrepancy-mark') ? 'mark' : 'ref'));
    expect(sups).toEqual(['ref', 'ref', 'mark']);
  });

  it('does not quote the kept text a second time when it is one of the two sides', () => {
    const entries = selectAll(briefing.tree, (el) => el.tagName === 'section' && String(el.properties.className).includes('discrepancy'));
    for (const entry of entries) {
      const dds = selectAll(entry, (el) => el.tagName === 'dd').map((el) => toHtml(el));
      expect(dds[2]).not.toContain('“');
    }
  });

  it('sums the disagreements up in a table with column headers, one row per discrepancy linking to its entry', () => {
    const table = selectAll(briefing.tree, (el) => el.tagName === 'table' && String(el.properties.className).includes('disagreements-summary'))[0];
    expect(table).toBeDefined();
    const heads = selectAll(table, (el) => el.tagName === 'th');
    expect(heads.map((th) => th.properties.scope)).toEqual(['col', 'col', 'col', 'col', 'col']);
    const rows = selectAll(table, (el) => el.tagName === 'tr').slice(1);
    const discrepancies = seedReconciled().discrepancies;
    expect(rows.length).toBe(discrepancies.length);
    const ids = new Set(selectAll(briefing.tree, (el) => (el.tagName === 'section' && String(el.properties.className).includes('discrepancy')) || (el.tagName === 'tr' && /^d-/.test(String(el.properties.id ?? '')))).map((el) => el.properties.id));
    for (const row of rows) {
      const link = selectAll(row, (el) => el.tagName === 'a')[0];
      expect(ids.has(String(link.properties.href).slice(1))).toBe(true);
      expect(selectAll(row, (el) => el.tagName === 'td').length).toBe(5);
    }
    // The summary comes before the detailed entries, which stay.
    const section = selectAll(briefing.tree, (el) => el.properties.dataPart === 'disagreements')[0];
    const order = section.children.filter((c) => c.type === 'element').map((c) => (c as { tagName: string }).tagName);
    expect(order.indexOf('table')).toBeLessThan(order.indexOf('section'));
  });

  it('says what changed in a few words: the facts of a conflict, else the first changed words', () => {
    const base = seedReconciled().discrepancies[0];
    const side = (text: string) => ({ ...base.new!, text });
    expect(changeSummary({ ...base, kind: 'fact-conflict', old: side('Built in 1921.'), new: side('Built in 1924.'), facts: [{ type: 'date', old: '1921', new: '1924' }], changes: undefined })).toEqual({ old: '1921', new: '1924', same: null });
    const reworded = changeSummary({ ...base, kind: 'reworded', old: side('The cat sat on the mat (red).'), new: side('The dog sat on the mat (red).'), facts: [], changes: undefined });
    expect(reworded).toEqual({ old: 'cat', new: 'dog', same: null });
    const added = changeSummary({ ...base, kind: 'added', old: null, new: side('One two three four five six seven eight.'), facts: [{ type: 'date', old: null, new: '2020' }], changes: undefined });
    expect(added).toEqual({ old: null, new: 'One two three four five six …', same: null });
  });
});

describe('languageTagger', () => {
  it('tags any language ISO 639 names, with its BCP 47 tag, and leaves other labels alone', async () => {
    const { languageTagger } = await import('../../pipeline/compose/index.ts');
    const tag = languageTagger();
    const spans = (value: string) =>
      (tag({ type: 'text', value }) ?? []).filter((n) => n.type === 'element').map((n) => [(n as { properties: { lang: string } }).properties.lang, (n as { children: Array<{ value: string }> }).children[0].value]);
    expect(spans('Tbilisi (Georgian: თბილისი; Greek: Τιφλίδα) is a city.')).toEqual([
      ['ka', 'თბილისი'],
      ['el', 'Τιφλίδα'],
    ]);
    expect(spans('Note: this is not a language.')).toEqual([]);
  });
  it('tags runs in another script than the article’s, with their direction', async () => {
    const { languageTagger } = await import('../../pipeline/compose/index.ts');
    const spans = (value: string, language = 'en') =>
      (languageTagger(language)({ type: 'text', value }) ?? [])
        .filter((n) => n.type === 'element')
        .map((n) => {
          const el = n as { properties: { lang: string; dir?: string }; children: Array<{ value: string }> };
          return [el.properties.lang, el.properties.dir ?? 'ltr', el.children[0].value];
        });
    expect(spans('Its motto is «المعرفة جسر» and its name רשת המשי (the net).')).toEqual([
      ['und-Arab', 'rtl', 'المعرفة جسر'],
      ['und-Hebr', 'rtl', 'רשת המשי'],
    ]);
    expect(spans('The academy (敦煌研究院) and the repository 正倉院は東大寺の宝庫, in Korea 국립중앙박물관.')).toEqual([
      ['und-Hani', 'ltr', '敦煌研究院'],
      ['ja', 'ltr', '正倉院は東大寺の宝庫'],
      ['ko', 'ltr', '국립중앙박물관'],
    ]);
    // The article's own script is not foreign; a label still names the language.
    expect(spans('Эрмитаж в Санкт-Петербурге', 'ru')).toEqual([]);
    expect(spans('Cairo (Arabic: القاهرة) is large.')).toEqual([['ar', 'rtl', 'القاهرة']]);
    expect(spans('A plain English sentence.')).toEqual([]);
    // Characters are looked up once each (scriptsIn): an astral ideograph is Han, a lone surrogate no script, and the
    // Greek `Δ` of a discrepancy's mark is Greek wherever it stands.
    expect(spans('The \u{20000}\u{20001} plant, \uD840 alone, \uDC00 too; Δ3 Added — Tourism')).toEqual([
      ['und-Hani', 'ltr', '\u{20000}\u{20001}'],
      ['und-Grek', 'ltr', 'Δ'],
    ]);
    expect(spans('Δ3 Added — Tourism', 'el')).toEqual([]);
  });
});

describe('labels, dates and numbers in the article’s language', () => {
  const inLanguage = (language: string) => {
    const reconciled = seedReconciled();
    return composeBriefing({ ...reconciled, article: { ...reconciled.article, language } }, buildOptions());
  };
  const text = (tree: Parameters<typeof toHtml>[0]) => toHtml(tree);

  it('takes labels.<lang>.json for French, German and Spanish, and English for a language without one', () => {
    expect(text(inLanguage('fr').tree)).toContain('Où les sources divergent');
    expect(text(inLanguage('de-AT').tree)).toContain('Wo die Quellen voneinander abweichen');
    expect(text(inLanguage('es').tree)).toContain('Dónde discrepan las fuentes');
    expect(text(inLanguage('nl').tree)).toContain('Where the sources disagree');
  });

  it('formats the build date with CLDR month names through Intl', () => {
    // buildOptions() builds at 2023-11-14.
    expect(text(inLanguage('fr').tree)).toContain('14 novembre 2023');
    expect(text(inLanguage('de').tree)).toContain('14. November 2023');
    expect(text(inLanguage('en').tree)).toContain('November 14, 2023');
  });

  it('ships language files that name only keys labels.json has, each of the same shape', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../templates/', import.meta.url);
    const base = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8'));
    const stray = (over: unknown, under: unknown, path: string): string[] =>
      Object.entries(over as Record<string, unknown>).flatMap(([key, value]) => {
        const there = (under as Record<string, unknown>)[key];
        const shape = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v);
        if (there === undefined || shape(there) !== shape(value)) return [`${path}${key}`];
        return shape(value) === 'object' && key !== 'infoboxNames' ? stray(value, there, `${path}${key}.`) : [];
      });
    const files = readdirSync(dir).filter((f) => /^labels\.[\w-]+\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(stray(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), base, ''), file).toEqual([]);
  });

  it('falls back to English for a key the language file lacks', async () => {
    const { mergeLabels } = await import('../../pipeline/compose/environment.ts');
    const merged = mergeLabels({ parts: { notes: 'Notes', colophon: 'Colophon' }, list: ['a', 'b'] }, { parts: { notes: 'Anmerkungen' }, list: ['c'] });
    expect(merged).toEqual({ parts: { notes: 'Anmerkungen', colophon: 'Colophon' }, list: ['c'] });
  });
});

describe('diff marks', () => {
  it('mark the changed words only: no space or closing punctuation after them inside a del or ins', () => {
    const marks = selectAll(briefing.tree, (el) => el.tagName === 'del' || el.tagName === 'ins').map((el) => toHtml(el.children));
    expect(marks.length).toBeGreaterThan(10);
    expect(marks.filter((text) => /^\s|[\s,;:!?)]$/.test(text))).toEqual([]);
  });
});

describe('typographic quotes', () => {
  it('educates quotes block by block, across marks, and leaves code alone', async () => {
    const { educateQuotes } = await import('../../pipeline/compose/quotes.ts');
    const { h } = await import('hastscript');
    const tree = { type: 'root' as const, children: [h('p', ['He said "', h('del', 'yes'), '" and it\'s done.']), h('p', [h('code', 'x = "a"')])] };
    educateQuotes(tree);
    expect(toHtml(tree)).toBe('<p>He said “<del>yes</del>” and it’s done.</p><p><code>x = "a"</code></p>');
    // A spaced hyphen is a dash; a hyphen inside a word or a range, or in code, stays.
    const dashes = { type: 'root' as const, children: [h('p', 'Mongolia - Russia ties, 1990-1995, a well-known case.'), h('p', [h('code', 'a - b')])] };
    educateQuotes(dashes);
    expect(toHtml(dashes)).toBe('<p>Mongolia – Russia ties, 1990-1995, a well-known case.</p><p><code>a - b</code></p>');
  });
});

describe('the fact conflicts at a glance', () => {
  it("reads an infobox row's values with the row's label (ROW_LABEL), and a sentence's facts without one", async () => {
    const { reconcile } = await import('../../pipeline/reconcile/index.ts');
    const { revision } = await import('../reconcile/helpers.ts');
    const toString = (el: Parameters<typeof toHtml>[0]) => toHtml(el).replace(/<[^>]+>/g, '').replace(/&#x26;|&amp;/g, '&');
    const dump = (box: string) => `Harbour Board\n\n${box}\n\nThe Harbour Board runs the port and opened its new quay in 1990.\n`;
    const older = dump('Founded  1990\nCountry  Norland\nRevenue\nIncreaseUS$ 40.1 million (2017)\nEmployees  1,200 (2017)');
    const newer = dump('Founded  1990\nCountry  Norland\nRevenueDecrease US$55.6 million (2022)\nEmployees  1,350 (2022)').replace('in 1990', 'in 1991');
    const { reconciled } = reconcile([revision('r1', older, 'rendered'), revision('r2', newer, 'rendered')], { name: 't', title: 'T', language: 'en' });
    const composed = composeBriefing(reconciled, buildOptions());
    const lines = selectAll(composed.tree, (el) => el.tagName === 'li' && String(el.properties.className ?? '') === '' && /kept:/.test(toString(el))).map((el) => toString(el).replace(/\s+/g, ' '));
    expect(lines.some((l) => /· Revenue: US\$ 40\.1 million \(2017\) \/ US\$55\.6 million \(2022\)/.test(l))).toBe(true);
    expect(lines.some((l) => /· Employees: 1,200 \(2017\) \/ 1,350 \(2022\)/.test(l))).toBe(true);
    expect(lines.some((l) => /: 1990 \/ 1991/.test(l) && !/·/.test(l))).toBe(true);
    // A value that is one entry of its row's list stands on the row its key names.
    const people = (ceo: string) => `= Harbour Board =\n\nInfobox\n- Founded: 1990\n- Country: Norland\n- Key People: Eva Holm (chairman), ${ceo} (CEO)\n\nThe Harbour Board runs the port.\n`;
    const listed = reconcile([revision('r1', people('Anna Berg'), 'sectioned'), revision('r2', people('Olof Lind'), 'sectioned')], { name: 't', title: 'T', language: 'en' });
    const rows = selectAll(composeBriefing(listed.reconciled, buildOptions()).tree, (el) => el.tagName === 'li' && /kept:/.test(toString(el))).map((el) => toString(el).replace(/\s+/g, ' '));
    expect(rows.some((l) => /· Key People: Anna Berg \(CEO\) \/ Olof Lind \(CEO\)/.test(l))).toBe(true);
    // A page source's parameter line (`num_employees = 2,907`) gives its row the other side's label, no `=`.
    const param = reconcile([revision('r1', dump('Founded  1990\nCountry  Norland\nnum_employees = 1,200 (2017)'), 'rendered'), revision('r2', people('Anna Berg').replace('- Country: Norland', '- Country: Norland\n- Num Employees: 1,350 (2022)'), 'sectioned')], { name: 't', title: 'T', language: 'en' });
    const paramRows = selectAll(composeBriefing(param.reconciled, buildOptions()).tree, (el) => el.tagName === 'li' && /kept:/.test(toString(el))).map((el) => toString(el).replace(/\s+/g, ' '));
    expect(paramRows.some((l) => /· Num Employees: 1,200 \(2017\) \/ 1,350 \(2022\)/.test(l))).toBe(true);
  });
  it('shows the fact whose both values are stated before one a side lost', async () => {
    const { reconcile } = await import('../../pipeline/reconcile/index.ts');
    const { revision } = await import('../reconcile/helpers.ts');
    const toString = (el: Parameters<typeof toHtml>[0]) => toHtml(el).replace(/<[^>]+>/g, '');
    const text = (won: string) => `# Anna Berg\n\nAnna Berg won ${won} of the Tour of Norland.\n`;
    const { reconciled } = reconcile([revision('r1', text('9 individual stages (2020, 2021, 2022)')), revision('r2', text('11 individual stages (20202023)'))], { name: 't', title: 'T', language: 'en' });
    const lines = selectAll(composeBriefing(reconciled, buildOptions()).tree, (el) => el.tagName === 'li' && /kept:/.test(toString(el))).map((el) => toString(el).replace(/\s+/g, ' '));
    expect(lines.some((l) => /9 individual \/ 11 individual/.test(l))).toBe(true);
  });
  it('leads with the amount that changed and gives each side its date after it (AMOUNT_WITH_ITS_DATE)', async () => {
    const { reconcile } = await import('../../pipeline/reconcile/index.ts');
    const { revision } = await import('../reconcile/helpers.ts');
    const toString = (el: Parameters<typeof toHtml>[0]) => toHtml(el).replace(/<[^>]+>/g, '');
    const text = (aside: string) => `# Norby

Norby is the seat of Orla District (${aside}) on the coast.
`;
    const { reconciled } = reconcile([revision('r1', text('pop. 12,400 in 2007')), revision('r2', text('population: 12,950 in 2016'))], { name: 't', title: 'T', language: 'en' });
    const lines = selectAll(composeBriefing(reconciled, buildOptions()).tree, (el) => el.tagName === 'li' && /kept:/.test(toString(el))).map((el) => toString(el).replace(/\s+/g, ' '));
    expect(lines.some((l) => /12,400 \(2007\) \/ 12,950 \(2016\)/.test(l))).toBe(true);
  });
});
