// `brief build --watch` rebuilds what changed when a source is saved, and Ctrl-C ends it cleanly.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefProcess, workspace } from './helpers.ts';

describe('--watch', () => {
  it('rebuilds the changed article after a save, prints what it rebuilt, and exits 0 on SIGINT', async () => {
    const ws = workspace(['mill', 'bridge']);
    const watch = briefProcess(['build', '--watch', '--format', 'json', '--jobs', '1'], { cwd: ws.cwd });
    try {
      await watch.waitFor(/^watching .+\(Ctrl-C to stop\)$/m, 0, 90_000);
      expect(watch.stderr()).toMatch(/^mill: built/m);
      const mark = watch.stderr().length;
      appendFileSync(join(ws.sources, 'mill', '02-new.md'), '\nIt was restored in 1990.\n');
      await watch.waitFor(/^mill: built .*$/m, mark, 60_000);
      await watch.waitFor(/^watching /m, mark, 30_000);
      const rebuilt = watch.stderr().slice(mark);
      expect(rebuilt).toMatch(/^changed: .*mill[/\\]02-new\.md$/m);
      expect(rebuilt).not.toMatch(/^bridge: built/m);
      expect(rebuilt).toMatch(/^1 article\(s\) unchanged$/m);
      expect(readFileSync(join(ws.out, 'mill', 'data', 'article.json'), 'utf8')).toBeTruthy();
      expect(readFileSync(join(ws.out, 'mill', 'data', 'facts.json'), 'utf8')).toContain('1990');
    } finally {
      watch.child.kill('SIGINT');
    }
    const code = await Promise.race([watch.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    if (code === 'still running after 10 s') watch.child.kill('SIGKILL');
    expect(code).toBe(0);
  }, 180_000);
});
