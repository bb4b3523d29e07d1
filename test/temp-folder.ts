// Vitest global set-up: every temporary folder the tests make (mkdtemp in tmpdir(), and the brief
// processes they spawn) goes into one folder for the run, removed when the run ends, so `make test`
// leaves nothing behind in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'brief-tests-'));
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (!process.env.BRIEF_KEEP_TEST_FILES) rmSync(folder, { recursive: true, force: true });
  };
}
