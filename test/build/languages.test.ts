// pipeline/languages.ts and the tables the bundle holds in its place (languages-generate.ts, scripts/bundle.mjs): the
// same codes and the same names with the same tags, in the same order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateLanguages } from '../../pipeline/languages-generate.ts';
import { iso6391Codes, languageNames } from '../../pipeline/languages.ts';

describe('the language tables the bundle holds', () => {
  it('give what the package gives', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'brief-languages-'));
    try {
      const file = join(folder, 'languages.mjs');
      writeFileSync(file, generateLanguages());
      const generated = (await import(pathToFileURL(file).href)) as { iso6391Codes(): string[]; languageNames(): Array<[string, string]> };
      expect(generated.iso6391Codes()).toEqual(iso6391Codes());
      expect(generated.languageNames()).toEqual(languageNames());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(iso6391Codes()).toContain('mn');
    const tags = new Map(languageNames());
    expect([tags.get('Mongolian'), tags.get('Greek'), tags.get('Modern Greek (1453-)'), tags.get('Ghotuo')]).toEqual(['mn', 'el', 'el', 'aaa']);
  });
});
