// Reconcile's thresholds are rules as code: each lives in reconcile/rules.ts and is named in the README's rule table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as readRules from '../../pipeline/read/rules.ts';
import * as rules from '../../pipeline/reconcile/rules.ts';

describe('reconcile/rules.ts', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('### The rules, by name'), readme.indexOf('### How well it works'));
  it('names every threshold in the README rule table, with a reason in the module', () => {
    const source = readFileSync(new URL('../../pipeline/reconcile/rules.ts', import.meta.url), 'utf8');
    expect(Object.keys(rules).length).toBeGreaterThanOrEqual(15);
    for (const name of Object.keys(rules)) {
      expect(table, `${name} in the README's rule table`).toContain(`\`${name}\``);
      expect(source, `${name} has a comment`).toMatch(new RegExp(`\\*/\\n(?:export const \\w+ = [^;]+;\\n)*export const ${name} =`));
    }
  });
  it('names every reader threshold there too (read/rules.ts), each with a reason', () => {
    const source = readFileSync(new URL('../../pipeline/read/rules.ts', import.meta.url), 'utf8');
    for (const name of Object.keys(readRules)) {
      expect(table, `${name} in the README's rule table`).toContain(`\`${name}\``);
      expect(source, `${name} has a comment`).toMatch(new RegExp(`\\*/\\n(?:export const \\w+ = [^;]+;\\n)*export const ${name} =`));
    }
  });
  it('keeps no threshold of its own in the other reconcile modules', () => {
    for (const file of ['align', 'compare', 'roles', 'fields', 'measures', 'resolve', 'datasets']) {
      const source = readFileSync(new URL(`../../pipeline/reconcile/${file}.ts`, import.meta.url), 'utf8');
      for (const name of Object.keys(rules)) expect(source, `${name} defined in ${file}.ts`).not.toMatch(new RegExp(`const ${name} =`));
    }
  });
});
