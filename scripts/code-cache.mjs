// Writes dist/brief.cjs.cache, V8's code cache of the bundle that bin/code-cache.cjs runs. The cache is made after a
// warm-up build of the example (sources/, all formats, into a temporary folder) in this process, so it holds the
// functions a build compiles, not only the script's top level; and so for each CommonJS package file the build
// loads. Run by `make` after scripts/bundle.mjs; a cache V8 would refuse (another flag set before compiling, say) is
// reported and removed, and brief then starts the plain way; so is a failed warm-up build (the step itself never
// fails `make`). `node scripts/code-cache.mjs --check` exits 1 unless V8 accepts the cache in a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const cache = createRequire(import.meta.url)('../bin/code-cache.cjs');
const repo = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[2] === '--check') {
  const { data, modules } = cache.readCache();
  const refused = cache.compile(readFileSync(cache.BUNDLE), data).cachedDataRejected ? [cache.BUNDLE] : [];
  for (const [file, known] of modules) {
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: known.data });
    if (script.cachedDataRejected) refused.push(file);
  }
  if (refused.length) process.stderr.write(`scripts/code-cache.mjs: V8 refuses the cached data of ${refused.join(', ')}\n`);
  process.exit(refused.length ? 1 : 0);
}

const source = readFileSync(cache.BUNDLE);
const script = cache.compile(source);
// the CommonJS packages the build loads, each compiled as bin/code-cache.cjs compiles it
const modules = new Map();
cache.compileModules(new Map(), modules);
const out = mkdtempSync(join(tmpdir(), 'brief-code-cache-'));
process.argv = [process.execPath, join(repo, 'bin', 'brief'), 'build', '--sources', join(repo, 'sources'), '--out', out, '--quiet'];
process.once('beforeExit', () => {
  rmSync(out, { recursive: true, force: true });
  if (process.exitCode) {
    // not this step's failure to report: brief starts without the cache, and `make` goes on to show what fails
    process.stderr.write(`scripts/code-cache.mjs: the warm-up build exited ${process.exitCode}; no code cache written\n`);
    process.exitCode = 0;
    return;
  }
  // V8 stamps cached data with the flags in force when it is made: the warm-up build set its own back (io.ts, optimiseLate)
  cache.setFlags();
  const data = new Map([...modules].map(([path, m]) => [path, { digest: m.digest, data: m.script.createCachedData() }]));
  const file = cache.cacheFile(source, script.createCachedData(), data);
  const partial = `${cache.CACHE}.${process.pid}`;
  writeFileSync(partial, file);
  renameSync(partial, cache.CACHE);
  const check = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--check'], { stdio: 'inherit' });
  if (check.status !== 0) {
    rmSync(cache.CACHE, { force: true });
    process.stderr.write('scripts/code-cache.mjs: V8 rejects the code cache in a fresh process (a V8 flag set after compiling?); removed, brief starts without it\n');
  }
});
await cache.run(script).cli();
