// dist/compromise.cjs (scripts/compromise-bundle.mjs): compromise with its pre-tagger's model computed at bundle time.
// The model's JSON and fixes give back the same graph (values, RegExps, undefined, shared objects), and the built
// compromise has the package's whole model and tags names as the package does. No timing here (bench/README.md).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers.ts';

type Bundler = {
  serialize(root: unknown): { json: string; fixes: unknown[] };
  modelModule(serialized: { json: string; fixes: unknown[] }): string;
  same(a: unknown, b: unknown): boolean;
  quickerHooks(source: string): string;
};
const bundler = (await import(pathToFileURL(join(repo, 'scripts', 'compromise-bundle.mjs')).href)) as Bundler;

type Nlp = ((text: string) => { people(): { found: boolean }; organizations(): { found: boolean }; places(): { found: boolean }; out(how: 'tags'): unknown }) & { world(): { model: unknown } };
const kindOf = (nlp: Nlp, name: string) => {
  const doc = nlp(name);
  return doc.people().found ? 'person' : doc.organizations().found ? 'organization' : doc.places().found ? 'place' : 'other';
};

describe('compromise built at bundle time', () => {
  it('stores a graph as JSON and fixes that give back the same values and the same shared objects', async () => {
    const shared = { a: [1, 2] };
    const graph = { re: /a(b)?/giu, nothing: undefined, minus: -0, nan: NaN, list: [shared, shared, 'x'], nested: { again: shared, re: /\p{L}/u }, last: 1 };
    const serialized = bundler.serialize(graph);
    const folder = mkdtempSync(join(tmpdir(), 'brief-compromise-'));
    try {
      const file = join(folder, 'model.mjs');
      writeFileSync(file, bundler.modelModule(serialized));
      const back = (await import(pathToFileURL(file).href)).default;
      expect(bundler.same(back, graph)).toBe(true);
      expect(Object.keys(back)).toEqual(Object.keys(graph));
      expect(back.list[0]).toBe(back.nested.again);
      expect(bundler.same(back, { ...graph, list: [shared, { a: [1, 2] }, 'x'] })).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(() => bundler.serialize({ f: () => 1 })).toThrow();
    expect(() => bundler.serialize({ m: new Map() })).toThrow();
  });

  const built = join(repo, 'dist', 'compromise.cjs');
  it.skipIf(!existsSync(built))('has the package\'s whole model, and tags the example\'s names as the package does', () => {
    const require = createRequire(join(repo, 'package.json'));
    const ours = require(built) as Nlp;
    const theirs = require('compromise') as Nlp;
    expect(ours).not.toBe(theirs);
    expect(bundler.same(ours.world().model, theirs.world().model)).toBe(true);
    const names = new Set<string>();
    for (const article of readdirSync(join(repo, 'sources'))) {
      for (const file of readdirSync(join(repo, 'sources', article)).filter((f) => f.endsWith('.txt'))) {
        for (const m of readFileSync(join(repo, 'sources', article, file), 'utf8').matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|the)?\s*\p{Lu}[\p{L}.'’-]*)*/gu)) names.add(m[0]);
      }
    }
    expect(names.size).toBeGreaterThan(100);
    for (const name of names) expect([name, kindOf(ours, name)]).toEqual([name, kindOf(theirs, name)]);
  });

  it.skipIf(!existsSync(built))('tags every line of the example as the package does, with its sweep\'s hooks found the quicker way', () => {
    const require = createRequire(join(repo, 'package.json'));
    const hooksFile = join(repo, 'node_modules', 'compromise', 'src', '1-one', 'sweep', 'methods', 'sweep', '01-getHooks.js');
    const source = readFileSync(hooksFile, 'utf8');
    // The installed compromise's getHooks is the one quickerHooks replaces (else the bundle keeps it as it is).
    expect(bundler.quickerHooks(source)).not.toBe(source);
    expect(readFileSync(built, 'utf8')).toContain('hooksHeld');
    const ours = require(built) as Nlp;
    const theirs = require('compromise') as Nlp;
    let lines = 0;
    for (const article of readdirSync(join(repo, 'sources'))) {
      for (const file of readdirSync(join(repo, 'sources', article)).filter((f) => f.endsWith('.txt'))) {
        for (const line of readFileSync(join(repo, 'sources', article, file), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          lines++;
          expect([line, ours(line).out('tags')]).toEqual([line, theirs(line).out('tags')]);
        }
      }
    }
    expect(lines).toBeGreaterThan(50);
  });
});
