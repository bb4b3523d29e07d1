// The datasets' CSV records are written by hand (json.ts csvRecord): the same text csv-stringify gives with the options the writer used it with.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS, csvRecord } from '../../pipeline/render/data/json.ts';

const FIELDS: Array<string | number> = [
  '', ' ', 'a', ' a', 'a ', '\ta', 'a\u00a0', '\u2028', 'a,b', ',', 'a"b', '"', '""', 'say "hi", then', 'a\nb', 'a\r', '\r', '\n', '\r\n',
  'a\r\nb', 'a\n', 'ü, é', '敦煌研究院', 'المعرفة', 'Монгол', '-1', '=1+2', '@x', '+1', "'", 'a;b', '2024-03', 0, -0, 1, 1.5, -2, 1e21, 1e-7, NaN, Infinity,
];

describe('csvRecord', () => {
  it('writes each pair of fields as csv-stringify does', () => {
    for (const a of FIELDS) for (const b of FIELDS) expect(csvRecord([a, b])).toBe(stringify([[a, b]], CSV_OPTIONS));
  });

  it('writes one field, many fields and a header as csv-stringify does', () => {
    for (const a of FIELDS) expect(csvRecord([a])).toBe(stringify([[a]], CSV_OPTIONS));
    expect(csvRecord(['id', 'text', 'sentence'])).toBe(stringify([['id', 'text', 'sentence']], CSV_OPTIONS));
    expect(csvRecord(FIELDS)).toBe(stringify([FIELDS], CSV_OPTIONS));
  });
});
