// Nothing lost: a failed article keeps its earlier outputs byte for byte, concurrent builds serialise, an interrupted build leaves no half-written or temporary file.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { goodArticle, runBrief, scratch, snapshot, startBrief, temporaryFiles } from './helpers.ts';

const env = { SOURCE_DATE_EPOCH: '1700000000' };
/** Outputs only: the cache index and the lock are the build's own bookkeeping. */
const outputsOf = (dir: string) => new Map([...snapshot(dir)].filter(([path]) => !path.startsWith('.brief-')));

/** Two versions of a two-article corpus that differ in every article. */
function corpus(root: string, version: 1 | 2): string {
  const sources = join(root, `sources-v${version}`);
  for (const name of ['alpha', 'beta', 'gamma']) {
    const dir = goodArticle(sources, name);
    if (version === 2) writeFileSync(join(dir, '2-newer.txt'), readFileSync(join(dir, '2-newer.txt'), 'utf8').replace('Trade grew', `Trade in ${name} grew fast`));
  }
  return sources;
}

describe('a failed article', () => {
  it('leaves its earlier outputs byte-identical while the other articles still build', () => {
    const dir = scratch('lost');
    const sources = join(dir, 'sources');
    goodArticle(sources, 'alpha');
    goodArticle(sources, 'beta');
    const args = ['build', '--sources', 'sources', '--out', 'out', '--format', 'json,xhtml', '--quiet'];
    expect(runBrief(args, dir, env)).toMatchObject({ code: 0, stderr: '' });
    const before = outputsOf(join(dir, 'out', 'alpha'));
    const betaBefore = outputsOf(join(dir, 'out', 'beta'));
    expect(before.size).toBeGreaterThan(5);

    // alpha's newer revision turns into Latin-1 bytes; beta changes for the better.
    writeFileSync(join(sources, 'alpha', '2-newer.txt'), Buffer.from('= Test article =\n\n== History ==\n\nCaf\xe9 au lait.\n', 'latin1'));
    writeFileSync(join(sources, 'beta', '2-newer.txt'), readFileSync(join(sources, 'beta', '2-newer.txt'), 'utf8').replace('Trade grew', 'Trade boomed'));
    const result = runBrief(args, dir, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sources\/alpha\/2-newer\.txt:5:4: error: .*\[encoding\]$/m);

    expect(outputsOf(join(dir, 'out', 'alpha'))).toEqual(before);
    const betaAfter = outputsOf(join(dir, 'out', 'beta'));
    expect(betaAfter).not.toEqual(betaBefore);
    expect(betaAfter.get('data/article.json')!.toString()).toContain('Trade boomed');
    expect(temporaryFiles(join(dir, 'out'))).toEqual([]);
    // The failed article is rebuilt next time, not taken as up to date.
    expect(runBrief(['build', '--sources', 'sources', '--out', 'out', '--format', 'json,xhtml', '--check'], dir, env).code).toBe(4);
  });
});

describe('builds at the same time and interrupted builds', () => {
  const dir = scratch('race');
  let v1: string;
  let v2: string;
  const reference = { v1: new Map<string, Buffer>(), v2: new Map<string, Buffer>() };
  const formats = ['--format', 'json,xhtml,epub', '--quiet'];

  beforeAll(() => {
    v1 = corpus(dir, 1);
    v2 = corpus(dir, 2);
    expect(runBrief(['build', '--sources', v1, '--out', 'ref-v1', ...formats], dir, env).code).toBe(0);
    expect(runBrief(['build', '--sources', v2, '--out', 'ref-v2', ...formats], dir, env).code).toBe(0);
    reference.v1 = outputsOf(join(dir, 'ref-v1'));
    reference.v2 = outputsOf(join(dir, 'ref-v2'));
    expect(reference.v1.size).toBeGreaterThan(30);
  });

  it('two builds into one output folder do not corrupt each other: the last one wins with complete outputs', async () => {
    const out = join(dir, 'shared-out');
    const first = startBrief(['build', '--sources', v1, '--out', out, '--force', ...formats], dir, env);
    const second = startBrief(['build', '--sources', v2, '--out', out, '--force', ...formats], dir, env);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    const after = outputsOf(out);
    // Every file is whole and from one build; with the lock the two runs are serial, so the set is one version's.
    expect([reference.v1, reference.v2]).toContainEqual(after);
    expect(temporaryFiles(out)).toEqual([]);
    expect(existsSync(join(out, '.brief.lock'))).toBe(false);
    JSON.parse(readFileSync(join(out, '.brief-cache.json'), 'utf8'));
  });

  it.each([
    ['SIGINT', 130, 400, 1],
    ['SIGTERM', 143, 1200, 1],
    ['SIGINT', 130, 1500, 2],
  ] as const)('%s (exit %d) after %d ms with %d job(s) leaves every output whole (old or new bytes), no temporary file and no lock', async (signal, code, delay, jobs) => {
    const out = join(dir, `signal-${signal}-${delay}-${jobs}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    cpSync(join(dir, 'ref-v1'), out, { recursive: true });
    const build = startBrief(['build', '--sources', v2, '--out', out, '--jobs', String(jobs), ...formats.filter((f) => f !== '--quiet')], dir, env);
    // Wait until the build holds its lock (its signal handlers are in place by then), however slowly
    // a loaded machine starts it; then interrupt it `delay` ms into its work.
    let finished = false;
    void build.done.then(() => (finished = true));
    for (let waited = 0; waited < 60_000 && !finished && !existsSync(join(out, '.brief.lock')); waited += 20) await sleep(20);
    await sleep(delay);
    build.child.kill(signal);
    const result = await build.done;
    const after = outputsOf(out);
    if (result.code === 0 || (result.code === null && result.signal === signal)) {
      // The build finished before the signal arrived (a fast machine): then it must be complete. A signal that comes
      // while node itself tears the finished process down (its signal watchers already closed) ends it by the
      // default action, which a shell reports as the same 128 + n; the build was complete then too.
      expect(after).toEqual(reference.v2);
    } else {
      expect(result).toMatchObject({ code });
      expect(result.stderr).toMatch(new RegExp(`brief: interrupted by ${signal}`));
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    for (const [path, bytes] of after) {
      const whole = bytes.equals(reference.v1.get(path) ?? Buffer.alloc(0)) || bytes.equals(reference.v2.get(path) ?? Buffer.alloc(0));
      expect(whole, `${path} is neither the old nor the new output`).toBe(true);
    }
    expect(new Set(after.keys())).toEqual(new Set(reference.v1.keys()));
    expect(temporaryFiles(out)).toEqual([]);
    expect(existsSync(join(out, '.brief.lock'))).toBe(false);
    // And the next build completes the job.
    expect(runBrief(['build', '--sources', v2, '--out', out, ...formats], dir, env)).toMatchObject({ code: 0, stderr: '' });
    expect(outputsOf(out)).toEqual(reference.v2);
  });
});
