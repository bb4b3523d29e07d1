// The house rules (ARCHITECTURE.md, .dependency-cruiser.cjs): dependency-cruiser finds no forbidden import in
// pipeline/, and the same rules catch a reader importing a later stage, a stage importing the builder, and fs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const BIN = join(ROOT, 'node_modules/.bin/depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}
function cruise(cwd: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(BIN, ['pipeline', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; the JSON is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the dependency rules of pipeline/', () => {
  it('hold: no cycle, no stage importing a later one or a driver, no writer importing reconcile, fs only in the I/O modules', () => {
    expect(cruise(ROOT).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);

  it('catch an import against the flow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-house-'));
    try {
      for (const sub of ['read', 'render', 'reconcile', 'builder']) mkdirSync(join(dir, 'pipeline', sub), { recursive: true });
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
      writeFileSync(join(dir, 'pipeline/read/reader.ts'), "import { draw } from '../render/writer.ts';\nexport const read = () => draw();\n");
      writeFileSync(join(dir, 'pipeline/render/writer.ts'), "export const draw = () => 1;\n");
      writeFileSync(join(dir, 'pipeline/render/text.ts'), "import { splitSentences } from '../reconcile/sentences.ts';\nexport const text = (s: string) => splitSentences(s);\n");
      writeFileSync(join(dir, 'pipeline/reconcile/sentences.ts'), 'export const splitSentences = (s: string) => [s];\n');
      writeFileSync(join(dir, 'pipeline/reconcile/rule.ts'), "import { readFileSync } from 'node:fs';\nimport { builder } from '../builder/run.ts';\nexport const rule = () => [readFileSync, builder];\n");
      writeFileSync(join(dir, 'pipeline/builder/run.ts'), 'export const builder = 1;\n');
      const names = cruise(dir).map((v) => `${v.rule.name}: ${v.from}`);
      expect(names).toEqual(
        expect.arrayContaining([
          'read-imports-no-later-stage: pipeline/read/reader.ts',
          'readers-import-no-stage: pipeline/read/reader.ts',
          'stages-import-no-driver: pipeline/reconcile/rule.ts',
          'fs-only-in-io-modules: pipeline/reconcile/rule.ts',
          'render-imports-no-reconcile-module: pipeline/render/text.ts',
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
