// Shared by the decide and review suites: a small article whose revisions disagree on two years.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export const older = '# Mill\n\nThe mill was built in 1820 by the river.\n\nThe owner was Anna Berg since 1830.\n\nIt grinds wheat.\n';
export const newer = '# Mill\n\nThe mill was built in 1824 by the river.\n\nThe owner was Anna Berg since 1832.\n\nIt grinds wheat and rye.\n\nA second wheel was added in 1850.\n';

/** A sources folder with the mill article (and any other articles named), each a copy of the same two revisions. */
export function sources(...names: string[]): { sources: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'brief-decide-'));
  for (const name of names.length ? names : ['mill']) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, '01-old.md'), older);
    writeFileSync(join(root, name, '02-new.md'), newer);
  }
  return { sources: root, dir: join(root, names[0] ?? 'mill') };
}

/** What a command prints, captured for the test instead of shown: call in a suite, read `output.out` / `output.err`. */
export function captureOutput(): { out: string; err: string } {
  const output = { out: '', err: '' };
  beforeEach(() => {
    output.out = '';
    output.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((output.out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((output.err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}
