// The datasets on the seed article: valid against their schemas, the 18 state visits, CSV round trips, the data package, same bytes twice.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, OutputFile } from '../../pipeline/model.ts';
import { renderEpub } from '../../pipeline/render/xhtml/epub.ts';
import { renderHtml } from '../../pipeline/render/xhtml/html.ts';
import { jsonBytes, renderJson } from '../../pipeline/render/data/json.ts';
import { assertMatchesSchema } from '../../pipeline/render/data/schemas.ts';
import { SEED_DIR, buildOptions, seedBriefing } from './seed.ts';
import { text, xmlProblem } from './helpers.ts';

interface FrictionlessPackage {
  valid: boolean;
  descriptor: { licenses?: unknown };
  resources: Array<{ name: string; tabular: boolean; descriptor: { schema: { primaryKey?: string[] } }; read(o: { keyed: boolean; cast: boolean }): Promise<Array<Record<string, unknown>>> }>;
}

let briefing: Briefing;
let files: OutputFile[];
const json = (name: string) => JSON.parse(text(files.find((f) => f.path === `data/${name}`)!));
const csv = (name: string): Array<Record<string, string>> => parse(text(files.find((f) => f.path === `data/${name}`)!), { columns: true });

beforeAll(async () => {
  briefing = await seedBriefing();
  files = await renderJson(briefing, buildOptions());
});

/** A fresh ajv that knows only what data/schemas/ holds: what a consumer of the package would use. */
function packageValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  for (const f of files.filter((f) => f.path.startsWith('data/schemas/'))) ajv.addSchema(JSON.parse(text(f)));
  return ajv;
}

describe('data/', () => {
  it('validates every JSON file against its schema in data/schemas/', () => {
    const ajv = packageValidator();
    const pkg = json('datapackage.json');
    const jsonResources = pkg.resources.filter((r: { format: string }) => r.format === 'json');
    expect(jsonResources.map((r: { path: string }) => r.path)).toEqual(['article.json', 'facts.json', 'discrepancies.json', 'timeline.json']);
    for (const resource of jsonResources) {
      const schema = JSON.parse(text(files.find((f) => f.path === `data/${resource.jsonSchema}`)!));
      const validate = ajv.getSchema(schema.$id)!;
      expect(validate(json(resource.path)), `${resource.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const validate = ajv.getSchema('https://brief.invalid/schemas/datapackage.schema.json')!;
    expect(validate(pkg), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('holds all 18 state visits with ISO dates at their precision', () => {
    const { events } = json('timeline.json') as { events: Array<{ date: string; precision: string; start?: string; end?: string; label: string; lane: string }> };
    const visits = events.filter((event) => /^from /i.test(event.lane) || /visit/i.test(event.lane));
    expect(visits).toHaveLength(18);
    const lanes = [...new Set(visits.map((v) => v.lane))];
    expect(lanes).toHaveLength(2);
    expect(lanes.map((lane) => visits.filter((v) => v.lane === lane).length).sort()).toEqual([11, 7]);
    const find = (name: string, start: string) => visits.find((v) => v.label.includes(name) && (v.start ?? v.date) === start);
    expect(find('Brezhnev', '1966-01-13')).toMatchObject({ end: '1966-01-15', precision: 'day' });
    expect(find('Brezhnev', '1974-11')).toMatchObject({ precision: 'month' });
    expect(find('Medvedev', '2009-09-02')).toMatchObject({ end: '2009-09-03' });
    expect(find('Sükhbaatar', '1921')).toMatchObject({ precision: 'year' });
    expect(find('Khürelsükh', '2025-05-08')).toMatchObject({ precision: 'day' });
    const starts = events.map((e) => e.start ?? e.date);
    expect(starts).toEqual([...starts].sort());
  });

  it('writes CSV that parses back to the same rows as the JSON', () => {
    const events = json('timeline.json').events;
    const rows = csv('timeline.csv');
    expect(rows).toHaveLength(events.length);
    rows.forEach((row, i) => {
      expect(row.date).toBe(events[i].date);
      expect(row.label).toBe(events[i].label);
      expect(row.lane).toBe(events[i].lane);
      expect(Number(row.line)).toBe(events[i].source.line);
    });
    const facts = json('facts.json').facts;
    expect(csv('facts.csv').map((r) => [r.id, r.text, r.sentence])).toEqual(facts.map((f: { id: string; text: string; sentence: string }) => [f.id, f.text, f.sentence]));
    const discrepancies = json('discrepancies.json').discrepancies;
    expect(csv('discrepancies.csv').map((r) => [r.id, r.kind, r.old_text, r.new_text])).toEqual(
      discrepancies.map((d: { id: string; kind: string; old: { text: string } | null; new: { text: string } | null }) => [d.id, d.kind, d.old?.text ?? '', d.new?.text ?? '']),
    );
    // A strict reader (Python's csv, spreadsheets) splits records at any unquoted line break.
    for (const f of files.filter((file) => file.path.endsWith('.csv'))) {
      const unquoted = text(f).replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.replace(/\r\n/g, ''), f.path).not.toMatch(/[\r\n]/);
    }
    const raw = text(files.find((f) => f.path === 'data/timeline.csv')!);
    expect(raw.startsWith('date,precision,start,end,qualifier,lane,label,revision,file,line\r\n')).toBe(true);
  });

  it('describes every dataset in datapackage.json with its size, sha256 and schema', () => {
    const pkg = json('datapackage.json');
    expect(pkg.created).toBe('2025-06-01T00:00:00Z');
    for (const resource of pkg.resources) {
      const f = files.find((f) => f.path === `data/${resource.path}`)!;
      expect(resource.bytes).toBe(f.bytes.byteLength);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(f.bytes).digest('hex')}`);
      const header = (parse(text(f), { to_line: 1 }) as string[][])[0];
      if (resource.format === 'csv') expect(resource.schema.fields.map((field: { name: string }) => field.name)).toEqual(header);
      else expect(files.some((f) => f.path === `data/${resource.jsonSchema}`)).toBe(true);
    }
  });

  it('matches the shape of `brief diff --json`, resolution included', () => {
    const report = json('discrepancies.json');
    expect(Object.keys(report)).toEqual(['article', 'revisions', 'discrepancies']);
    expect(report.discrepancies.length).toBe(briefing.reconciled.discrepancies.length);
    for (const d of report.discrepancies) {
      expect(Object.keys(d).filter((k) => k !== 'part')).toEqual(['id', 'kind', 'section', 'old', 'new', 'facts', 'significance', 'resolution']);
      expect(['major', 'minor']).toContain(d.significance);
      if (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') expect(d.significance).toBe('major');
      expect(d.resolution).toMatchObject({ policy: expect.any(String), value: expect.any(String), source: expect.any(String) });
    }
  });

  it('gives every sentence of the article its provenance', () => {
    const { sections } = json('article.json');
    const sentences = sections.flatMap((s: { paragraphs: Array<{ sentences: unknown[] }> }) => s.paragraphs.flatMap((p) => p.sentences));
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(sentence.source).toMatchObject({ revision: expect.any(String), line: expect.any(Number) });
    const border = sentences.find((s: { text: string }) => s.text.includes('3,500-kilometer border'));
    expect(border.source.line).toBe(15);
  });

  it('is a valid Frictionless data package whose tables a strict reader reads, each id once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brief-datapackage-'));
    try {
      for (const f of files) {
        await mkdir(join(dir, f.path, '..'), { recursive: true });
        await writeFile(join(dir, f.path), f.bytes);
      }
      // The Frictionless reference library for JavaScript: the data-package profile, then each table cast by its schema.
      const { Package } = (await import('datapackage')) as unknown as { Package: { load(d: string, o: { strict: boolean }): Promise<FrictionlessPackage> } };
      const pkg = await Package.load(join(dir, 'data/datapackage.json'), { strict: true });
      expect(pkg.valid).toBe(true);
      expect(pkg.descriptor.licenses).toEqual([{ name: 'CC-BY-SA-4.0', path: 'https://spdx.org/licenses/CC-BY-SA-4.0.html', title: 'CC-BY-SA-4.0' }]);
      const tables = pkg.resources.filter((r) => r.tabular);
      expect(tables.map((r) => r.name)).toEqual(['timeline-csv', 'facts-csv', 'discrepancies-csv']);
      for (const resource of tables) {
        const rows = await resource.read({ keyed: true, cast: true });
        expect(rows.length, resource.name).toBeGreaterThan(10);
        const key = resource.descriptor.schema.primaryKey;
        if (key) expect(new Set(rows.map((r) => r[key[0]])).size, `${resource.name} ${key}`).toBe(rows.length);
      }
      // Python's csv module in strict mode: a quote out of place or a bare line break is an error.
      for (const f of files.filter((file) => file.path.endsWith('.csv'))) {
        const script = 'import csv,sys\nrows=list(csv.reader(open(sys.argv[1],newline="",encoding="utf-8"),strict=True))\nprint(len(rows), len({len(r) for r in rows}))';
        const out = execFileSync('python3', ['-c', script, join(dir, f.path)], { encoding: 'utf8' }).trim().split(' ').map(Number);
        expect(out[1], `${f.path}: rows of one width`).toBe(1);
        expect(out[0], f.path).toBe(parse(text(f)).length);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is byte-identical on rebuild', async () => {
    const again = await renderJson(await seedBriefing(), buildOptions());
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, f] of again.entries()) expect(Buffer.from(f.bytes).equals(Buffer.from(files[i].bytes)), f.path).toBe(true);
  });

  it('refuses a dataset that fails its schema, naming the output path and the failing pointer', async () => {
    await expect(assertMatchesSchema({ article: { name: 'x', title: 'x', language: 'en' }, lanes: [], events: [{ date: '13 Jan 1966' }] }, 'timeline.schema.json', 'data/timeline.json')).rejects.toThrow(
      /data\/timeline\.json does not match templates\/schemas\/timeline\.schema\.json[\s\S]*\/events\/0\/date must match pattern/,
    );
  });
});

describe('an article folder without a manifest', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gets valid datasets, well-formed XHTML and a web page too', async () => {
    dir = await mkdtemp(join(tmpdir(), 'brief-nomanifest-'));
    const article = join(dir, 'no-manifest');
    await mkdir(article);
    await copyFile(join(SEED_DIR, '01-older-rendered-page.txt'), join(article, 'a.txt'));
    await copyFile(join(SEED_DIR, '02-newer-sectioned-export.txt'), join(article, 'b.txt'));
    const options = buildOptions();
    const bare = await seedBriefing(article, options);
    const data = await renderJson(bare, options);
    expect(data.filter((f) => f.path.endsWith('.json')).length).toBeGreaterThan(8);
    const epub = await renderEpub(bare, options);
    for (const f of epub.filter((f) => /\.(xhtml|opf|xml)$/.test(f.path))) expect(xmlProblem(text(f)), f.path).toBeNull();
    const [page] = await renderHtml(bare, options);
    expect(text(page)).toContain('<!DOCTYPE html>');
  });
});

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify(value, null, 2) and a line break, a long dataset taken apart three levels down', () => {
    const values: unknown[] = [
      { facts: [{ id: 'f1', value: { amount: 1.5, unit: undefined }, tags: [], extra: {} }, { id: 'f2', text: 'a "quote" \n and ü 敦煌 😀', none: null }], count: 2, empty: [] },
      { a: [[1, [2, { b: [3] }]], undefined, () => 1, Symbol('s')], when: new Date(0), n: -0, big: 1e21, nested: { deep: { deeper: { deepest: [1, 2] } } }, f: () => 1 },
      [1, , 3], // eslint-disable-line no-sparse-arrays
      [],
      {},
      'text',
      7,
      null,
      Object.assign(Object.create(null), { bare: [1] }),
    ];
    // Each as it is (small: one JSON.stringify), and beside a list long enough to be taken apart.
    const long = Array.from({ length: 2_500 }, (_, i) => ({ id: `f${i}`, value: { amount: i / 3, unit: i % 2 ? undefined : 'km' }, tags: i % 3 ? [] : ['a', 'b'] }));
    for (const value of [...values, ...values.map((v) => ({ long, value: v })), ...values.map((v) => [v, ...long])])
      expect(new TextDecoder().decode(jsonBytes(value))).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
