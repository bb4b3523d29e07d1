// JSON writer: the reconciled data as datasets (JSON + CSV), their schemas and a Frictionless data package.
import { createHash } from 'node:crypto';
import { Utf8Writer } from '../../io.ts';
import { posix, sep } from 'node:path';
import type { Briefing, BuildOptions, OutputFile } from '../../model.ts';
import { articleDataset, discrepanciesDataset, factsDataset, timelineDataset } from './dataset-shapes.ts';
import type { DiscrepanciesDataset, FactsDataset, TimelineDataset } from './dataset-shapes.ts';
import { SCHEMA_FILES, assertMatchesSchema, schemaBytes } from './schemas.ts';
import type { SchemaFile } from './schemas.ts';

type FieldType = 'string' | 'integer' | 'number';
type SchemaName = 'article' | 'facts' | 'discrepancies' | 'timeline';

/** A CSV table: its Table Schema fields and how to read a row from a dataset item. */
interface CsvTable<T> {
  fields: Array<{ name: string; type: FieldType; description: string; value: (item: T) => string | number | null | undefined }>;
}

type FactRow = FactsDataset['facts'][number];
type DiscrepancyRow = DiscrepanciesDataset['discrepancies'][number];
type EventRow = TimelineDataset['events'][number];

const timelineTable: CsvTable<EventRow> = {
  fields: [
    { name: 'date', type: 'string', description: 'ISO 8601 at its precision', value: (e) => e.date },
    { name: 'precision', type: 'string', description: 'year, month, day, decade or century', value: (e) => e.precision },
    { name: 'start', type: 'string', description: 'first date of a range', value: (e) => e.start },
    { name: 'end', type: 'string', description: 'last date of a range', value: (e) => e.end },
    { name: 'qualifier', type: 'string', description: 'after, before, since, until, by or circa', value: (e) => e.qualifier },
    { name: 'lane', type: 'string', description: 'the lane the event is drawn in', value: (e) => e.lane },
    { name: 'label', type: 'string', description: 'what happened', value: (e) => e.label },
    { name: 'revision', type: 'string', description: 'revision id', value: (e) => e.source.revision },
    { name: 'file', type: 'string', description: 'revision file', value: (e) => e.source.file },
    { name: 'line', type: 'integer', description: 'line in that file', value: (e) => e.source.line },
  ],
};

function factValueText(fact: FactRow): string {
  const value = fact.value as Record<string, unknown>;
  if (fact.type === 'date') return String(value.iso);
  if (fact.type === 'quantity') return String(value.amount);
  return String(value.name);
}

const factsTable: CsvTable<FactRow> = {
  fields: [
    { name: 'id', type: 'string', description: 'fact id', value: (f) => f.id },
    { name: 'type', type: 'string', description: 'date, quantity or entity', value: (f) => f.type },
    { name: 'text', type: 'string', description: 'the span of source text stating it', value: (f) => f.text },
    { name: 'value', type: 'string', description: 'ISO date, amount or entity name', value: factValueText },
    { name: 'precision', type: 'string', description: 'date precision', value: (f) => (f.value as { precision?: string }).precision },
    { name: 'start', type: 'string', description: 'first date of a range', value: (f) => (f.value as { start?: string }).start },
    { name: 'end', type: 'string', description: 'last date of a range', value: (f) => (f.value as { end?: string }).end },
    { name: 'qualifier', type: 'string', description: 'date qualifier', value: (f) => (f.value as { qualifier?: string }).qualifier },
    { name: 'unit', type: 'string', description: 'quantity unit', value: (f) => (f.value as { unit?: string }).unit },
    { name: 'scale', type: 'string', description: 'quantity scale word', value: (f) => (f.value as { scale?: string }).scale },
    { name: 'kind', type: 'string', description: 'entity kind', value: (f) => (f.value as { kind?: string }).kind },
    { name: 'sentence', type: 'string', description: 'the sentence it came from', value: (f) => f.sentence },
    { name: 'revision', type: 'string', description: 'revision id', value: (f) => f.revision },
    { name: 'file', type: 'string', description: 'revision file', value: (f) => f.file },
    { name: 'line', type: 'integer', description: 'line in that file', value: (f) => f.line },
  ],
};

const discrepanciesTable: CsvTable<DiscrepancyRow> = {
  fields: [
    { name: 'id', type: 'string', description: 'discrepancy id', value: (d) => d.id },
    { name: 'kind', type: 'string', description: 'fact-conflict, internal-contradiction, added, removed, moved or reworded', value: (d) => d.kind },
    { name: 'significance', type: 'string', description: 'major (a conflict, or a change that carries or changes a fact) or minor (a rewording that changes no fact)', value: (d) => d.significance },
    { name: 'part', type: 'string', description: 'references for a change in the reference list; empty for the body', value: (d) => d.part },
    { name: 'section', type: 'string', description: 'section', value: (d) => d.section },
    { name: 'old_revision', type: 'string', description: 'older side: revision id', value: (d) => d.old?.revision },
    { name: 'old_line', type: 'integer', description: 'older side: line', value: (d) => d.old?.line },
    { name: 'old_text', type: 'string', description: 'older side: whole sentence or item', value: (d) => d.old?.text },
    { name: 'new_revision', type: 'string', description: 'newer side: revision id', value: (d) => d.new?.revision },
    { name: 'new_line', type: 'integer', description: 'newer side: line', value: (d) => d.new?.line },
    { name: 'new_text', type: 'string', description: 'newer side: whole sentence or item', value: (d) => d.new?.text },
    {
      name: 'facts',
      type: 'string',
      description: 'facts that differ, `type: old → new`, separated by `; `',
      value: (d) => d.facts.map((f) => `${f.type}: ${f.old ?? '—'} → ${f.new ?? '—'}`).join('; '),
    },
    { name: 'resolution_policy', type: 'string', description: 'newest, editor-older, editor-newer or editor-custom', value: (d) => d.resolution.policy },
    { name: 'resolution_value', type: 'string', description: 'the text the briefing keeps', value: (d) => d.resolution.value },
    { name: 'resolution_source', type: 'string', description: 'file:line the resolution takes', value: (d) => d.resolution.source },
    { name: 'resolution_note', type: 'string', description: "the editor's note", value: (d) => d.resolution.note },
  ],
};

/**
 * A CSV table's UTF-8 bytes. Each record is written alone, its record delimiter after it (as csv-stringify wrote
 * them), so the table is its records' texts in turn; they are encoded about a megabyte at a time, a record never
 * split (io.ts Utf8Writer), rather than held as one string with every row's values beside it.
 */
function csvBytes<T>(table: CsvTable<T>, items: readonly T[]): Uint8Array {
  const out = new Utf8Writer();
  out.write(csvRecord(table.fields.map((field) => field.name)));
  const values: Array<string | number> = [];
  for (const item of items) {
    values.length = 0;
    for (const field of table.fields) values.push(field.value(item) ?? '');
    out.write(csvRecord(values));
  }
  return out.bytes();
}

// A field with a bare line break is quoted too (csv-stringify quotes only \r\n unless told): strict CSV readers
// split unquoted breaks into records.
export const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /^\s|\s$|[\r\n]/ };

/**
 * A record's CSV text, as csv-stringify's `stringify([values], CSV_OPTIONS)` writes it (test/render/csv.test.ts
 * compares the two): the fields joined by commas, the record delimiter after them. csv-stringify normalised its
 * options, cast and checked every field through closures and arrays of separators for each record: about ten
 * milliseconds of a corpus article's datasets and 4 MB of its allocations, for what is a few string tests a field.
 */
export function csvRecord(values: ReadonlyArray<string | number>): string {
  let record = '';
  for (let i = 0; i < values.length; i++) {
    if (i) record += ',';
    record += csvField(values[i]);
  }
  return record + CSV_OPTIONS.record_delimiter;
}

/**
 * One field: a number as JavaScript writes it; quoted when it holds a quote (doubled), a comma, or matches
 * `quoted_match` (white space at an end, a line break); an empty string as nothing. With a record delimiter given,
 * csv-stringify quotes a field for a delimiter only when it holds `\r\n` or ends in `\r`, which `quoted_match`
 * covers.
 */
function csvField(field: string | number): string {
  const value = typeof field === 'number' ? `${field}` : field;
  if (value === '') return '';
  const quote = value.includes('"');
  if (!quote && !value.includes(',') && !CSV_OPTIONS.quoted_match.test(value)) return value;
  return `"${quote ? value.replaceAll('"', '""') : value}"`;
}

/** A CSV file's Table Schema: its fields, and `id` as the primary key where the table has one. */
function tableSchema<T>(table: CsvTable<T>) {
  const fields = table.fields.map(({ name, type, description }) => ({ name, type, description }));
  return { fields, ...(fields.some((f) => f.name === 'id') ? { primaryKey: ['id'] } : {}) };
}

/**
 * A value as pretty JSON (`JSON.stringify(value, null, 2)`) and a line break, in UTF-8, written a piece at a time
 * (prettyJson) so that a long article's facts.json (27 MB, twice that in characters) is never one string.
 */
export function jsonBytes(value: unknown): Uint8Array {
  const out = new Utf8Writer();
  // An article's usual datasets are written by one JSON.stringify: taking them apart costs more than it saves.
  if (itemsBelow(value) < JSON_ITEMS_APART) {
    out.write(JSON.stringify(value, null, 2));
    out.write('\n');
    return out.bytes();
  }
  prettyJson(value, '', JSON_APART, (piece) => out.write(piece));
  out.write('\n');
  return out.bytes();
}

/** How many levels of objects and arrays prettyJson takes apart (a dataset, its lists, their items). */
const JSON_APART = 3;

/** Items of a dataset's lists (its members' arrays, or its own) from which jsonBytes takes it apart. */
const JSON_ITEMS_APART = 2_000;

/** How many items the arrays among a value's members hold, or the value itself when it is an array. */
function itemsBelow(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let items = 0;
  for (const member of Object.values(value)) if (Array.isArray(member)) items += member.length;
  return items;
}

/**
 * `JSON.stringify(value, null, 2)` at indentation `indent`, as pieces: the top `depth` levels of plain objects and
 * arrays written here, what lies below by JSON.stringify with its lines indented (a JSON text holds no line break
 * but those of its layout, so indenting every line after the first is exact). Like JSON.stringify: an object's
 * members whose value is undefined, a function or a symbol are left out, and are null in an array (a hole too); a
 * value that is not a plain object or array, or has a toJSON, is written whole by JSON.stringify.
 */
function prettyJson(value: unknown, indent: string, depth: number, emit: (piece: string) => void): void {
  const plain =
    depth > 0 &&
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!plain) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    emit(indent && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text);
    return;
  }
  const inner = `${indent}  `;
  const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) {
    if (!value.length) return emit('[]');
    emit('[');
    for (let i = 0; i < value.length; i++) {
      emit(`${i ? ',' : ''}\n${inner}`);
      prettyJson(omitted(value[i]) ? null : value[i], inner, depth - 1, emit);
    }
    return emit(`\n${indent}]`);
  }
  const members = Object.keys(value).filter((key) => !omitted((value as Record<string, unknown>)[key]));
  if (!members.length) return emit('{}');
  emit('{');
  members.forEach((key, i) => {
    emit(`${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    prettyJson((value as Record<string, unknown>)[key], inner, depth - 1, emit);
  });
  emit(`\n${indent}}`);
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A dataset file and what the data package says about it. */
interface Resource {
  name: string;
  path: string;
  title: string;
  bytes: Uint8Array;
  jsonSchema?: SchemaFile;
  schema?: ReturnType<typeof tableSchema>;
}

/** Frictionless wants lower-case names of `a-z0-9._-`. */
function packageName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

export async function renderJson(briefing: Briefing, options: BuildOptions): Promise<OutputFile[]> {
  const { reconciled } = briefing;
  // Each dataset is made, written and let go before the next (a long article's facts dataset and its JSON text
  // are tens of MB); the files keep their order: the four JSON files, then the three CSV files.
  const resources: Resource[] = [];
  const addJson = async <T>(name: SchemaName, title: string, dataset: T) => {
    const schema = `${name}.schema.json` as SchemaFile;
    await assertMatchesSchema(dataset, schema, `data/${name}.json`);
    resources.push({ name, path: `${name}.json`, title, bytes: jsonBytes(dataset), jsonSchema: schema });
  };
  const csvResource = <T>(name: string, title: string, table: CsvTable<T>, items: readonly T[]): Resource => ({
    name: `${name}-csv`,
    path: `${name}.csv`,
    title,
    bytes: csvBytes(table, items),
    schema: tableSchema(table),
  });
  await addJson('article', 'The reconciled article: sections, paragraphs and sentences with provenance', articleDataset(reconciled));
  let facts: FactsDataset | undefined = factsDataset(reconciled);
  await addJson('facts', 'Facts extracted from every revision', facts);
  const factsCsv = csvResource('facts', 'Facts (CSV)', factsTable, facts.facts);
  facts = undefined;
  let discrepancies: DiscrepanciesDataset | undefined = discrepanciesDataset(reconciled);
  await addJson('discrepancies', 'Where the revisions disagree, and how each was resolved', discrepancies);
  const discrepanciesCsv = csvResource('discrepancies', 'Discrepancies (CSV)', discrepanciesTable, discrepancies.discrepancies);
  discrepancies = undefined;
  const timeline = timelineDataset(reconciled);
  await addJson('timeline', 'Dated events in order', timeline);
  resources.push(csvResource('timeline', 'Dated events in order (CSV)', timelineTable, timeline.events), factsCsv, discrepanciesCsv);

  const datapackage = {
    profile: 'data-package',
    name: packageName(reconciled.article.name),
    title: reconciled.article.title,
    language: reconciled.article.language || 'en',
    created: new Date(options.buildTime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    version: options.version,
    // The article's licence, where its manifest names one (an SPDX identifier): brief does not guess it.
    ...(reconciled.article.license
      ? { licenses: [{ name: reconciled.article.license, path: `https://spdx.org/licenses/${reconciled.article.license}.html`, title: reconciled.article.license }] }
      : {}),
    // Frictionless resolves a source's path from the descriptor's folder (`data/`), not from where brief ran.
    sources: reconciled.revisions.map((revision) => ({
      title: revision.label,
      path: options.outDir ? posix.relative(posix.join(options.outDir.split(sep).join('/'), reconciled.article.name, 'data'), revision.file.split(sep).join('/')) : revision.file,
    })),
    resources: resources.map((resource) => ({
      name: resource.name,
      path: resource.path,
      profile: resource.schema ? 'tabular-data-resource' : 'data-resource',
      title: resource.title,
      format: resource.path.endsWith('.csv') ? 'csv' : 'json',
      mediatype: resource.path.endsWith('.csv') ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: resource.bytes.byteLength,
      hash: sha256(resource.bytes),
      ...(resource.jsonSchema ? { jsonSchema: `schemas/${resource.jsonSchema}` } : {}),
      ...(resource.schema ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true }, schema: resource.schema } : {}),
    })),
  };
  await assertMatchesSchema(datapackage, 'datapackage.schema.json', 'data/datapackage.json');

  return [
    ...resources.map((resource) => ({ path: `data/${resource.path}`, bytes: resource.bytes })),
    { path: 'data/datapackage.json', bytes: jsonBytes(datapackage) },
    ...SCHEMA_FILES.map((file) => ({ path: `data/schemas/${file}`, bytes: new Uint8Array(schemaBytes(file)) })),
  ];
}
