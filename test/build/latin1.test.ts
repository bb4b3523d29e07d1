// scripts/latin1.mjs: the bundle's scripts written with escapes for every character beyond Latin-1 (scripts/bundle.mjs),
// so that V8 keeps their source text at one byte a character. The escaped text means what the original meant wherever
// such a character is left after esbuild (regular expression literals, comments, brief's String.raw patterns).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers.ts';

const { latin1 } = (await import(pathToFileURL(join(repo, 'scripts', 'latin1.mjs')).href)) as { latin1(text: string): string };

const BEYOND = /[^\0-\xff]/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('source text kept at one byte a character', () => {
  it('escapes every character beyond Latin-1, an identity escape with it, and leaves the rest', () => {
    expect(latin1('/[’–]/u; // Don’t')).toBe('/[\\u2019\\u2013]/u; // Don\\u2019t');
    expect(latin1('/a\\’b/')).toBe('/a\\u2019b/');
    expect(latin1('/a\\\\’b/')).toBe('/a\\\\\\u2019b/');
    expect(latin1('/😀/u')).toBe('/\\uD83D\\uDE00/u');
    expect(latin1('const s = "é£«»";')).toBe('const s = "é£«»";');
  });

  it('gives regular expressions that match what the originals match', () => {
    const patterns: Array<[string, string]> = [
      ['[’–—-]+', 'u'],
      ['^[("\'“‘«]*\\p{L}[\\p{L}\\p{M}\'’]*[.,;:!?)"”’»]*$', 'u'],
      ['([$€£¥₽₹₩])?\\s?(\\d+)', 'gu'],
      ['a’{2}b', ''],
      ['a\\’b', ''],
      ['[😀-😂]x', 'u'],
      ['😀+', 'u'],
      ['[\\p{L}’]+', 'v'],
      ['Δ\\d', 'i'],
    ];
    const texts = ['', 'a’’b', 'a’b', '–—-', '“Don’t”', '€12', '₽ 5', '😀😀x', '😁x', '😀😀', 'δ1', 'Δ1', 'plain', 'it’s'];
    for (const [source, flags] of patterns) {
      const escaped = latin1(source);
      expect(BEYOND.test(escaped)).toBe(false);
      const before = new RegExp(source, flags);
      const after = new RegExp(escaped, flags);
      for (const text of texts) expect([...text.matchAll(new RegExp(after, `${flags.replace('g', '')}g`))].map((m) => [m.index, ...m])).toEqual([...text.matchAll(new RegExp(before, `${flags.replace('g', '')}g`))].map((m) => [m.index, ...m]));
    }
  });

  it("leaves brief's String.raw templates beyond Latin-1 only as sources of regular expressions", () => {
    // A String.raw template's text changes with the escapes, which is the same only where a RegExp reads it.
    const pipeline = join(repo, 'pipeline');
    for (const file of tsFiles(pipeline)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(.*)String\.raw`([^`]*)`/gm)) {
        if (!BEYOND.test(m[2])) continue;
        const where = `${relative(repo, file)}: ${m[0].slice(0, 80)}`;
        if (/new RegExp\(\s*$/.test(m[1])) continue;
        const named = /^\s*(?:export )?const (\w+) = $/.exec(m[1]);
        expect(named, where).not.toBeNull();
        // Every other use of the constant is inside another String.raw template or a RegExp.
        for (const line of text.split('\n').filter((l) => new RegExp(`\\b${named![1]}\\b`).test(l) && !l.includes(m[0]))) expect(line, where).toMatch(/new RegExp\(String\.raw`|= String\.raw`/);
      }
    }
  });

  it.skipIf(!existsSync(join(repo, 'dist', 'cli.js')))('leaves no character beyond Latin-1 in the bundle', () => {
    const dist = join(repo, 'dist');
    for (const file of readdirSync(dist).filter((f) => /\.c?js$/.test(f))) expect(BEYOND.test(readFileSync(join(dist, file), 'utf8')), file).toBe(false);
  });
});
