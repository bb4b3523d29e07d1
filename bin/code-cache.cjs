// Runs brief from V8's code cache: dist/brief.cjs (the whole program as one CommonJS script, scripts/bundle.mjs)
// compiled by vm.Script with the cached data `make` wrote after a warm-up build (scripts/code-cache.mjs), so a
// cold command deserialises compiled functions instead of parsing and compiling them. The CommonJS packages the
// bundle leaves out (pdfkit, fontkit, compromise and what they require) are compiled from the same cache while it
// is in use. Used by bin/brief (the pool's workers take dist/worker.js: bin/worker.cjs). A missing, stale or rejected
// cache, or BRIEF_CODE_CACHE=0, gives null and the caller takes the plain path (dist/cli.js, dist/worker.js): the
// same program, only slower to start.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script, constants } = require('node:vm');
const { isMainThread } = require('node:worker_threads');

const BUNDLE = join(__dirname, '..', 'dist', 'brief.cjs');
const CACHE = `${BUNDLE}.cache`;

/**
 * V8 accepts cached data only under the flags it was made with, so the flags brief sets must be set before the
 * script is compiled, here: the heap bound of io.ts's boundHeapGrowth (same value; main() sets it again) and the
 * late optimisation of io.ts's optimiseLate (16 × V8's interrupt budget; the build sets it back after its first
 * article, the other commands are short). `make` checks in a fresh process that the cache it wrote is accepted. The flags are the process's: a worker
 * thread finds them set by the main thread and leaves them alone.
 */
function setFlags() {
  if (!isMainThread) return;
  setFlagsFromString('--heap-growing-percent=50');
  setFlagsFromString('--interrupt-budget=1081344');
}

const digest = (source) => createHash('sha1').update(source).digest('hex');

/** What a cache is valid for: this bundle's bytes, this Node and this machine's architecture. */
function stamp(source) {
  return { bundle: digest(source), node: process.version, arch: process.arch };
}

function compile(source, cachedData) {
  setFlags();
  return new Script(source.toString('utf8'), { filename: BUNDLE, cachedData });
}

/** Runs the compiled bundle: its exports are `cli()` (runs the command on process.argv) and `worker()`. */
function run(script) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), pathToFileURL(BUNDLE).href);
  return module.exports;
}

/** The `require` Node gives a CommonJS module (lib/internal/modules/helpers.js, makeRequireFunction). */
function requireOf(module) {
  const require = (id) => module.require(id);
  const resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/**
 * Compiles the CommonJS files Node loads from now on as Node does when Module.wrap is patched (a vm.Script of the
 * wrapped source), with the cached data of `modules` (file → { digest, data }) for a file whose text is unchanged;
 * `record` (a Map), when given, receives every file's script and digest, for the warm-up to cache. Anything else
 * (an unknown or changed file, an ES module) is left to Node.
 */
function compileModules(modules, record) {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename, format) {
    const known = modules.get(filename);
    if ((!known && !record) || (format !== undefined && format !== 'commonjs')) return compile.call(this, content, filename, format);
    const sum = digest(content);
    if (!record && known.digest !== sum) return compile.call(this, content, filename, format);
    let script;
    try {
      script = new Script(Module.wrap(content), {
        filename,
        cachedData: known?.digest === sum ? known.data : undefined,
        importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch {
      // not CommonJS after all (ES module syntax in a .js file): Node knows what to do
      return compile.call(this, content, filename, format);
    }
    record?.set(filename, { script, digest: sum });
    return script.runInThisContext().call(this.exports, this.exports, requireOf(this), this, filename, dirname(filename));
  };
}

/**
 * The cache file: one line of JSON (the stamp, and the packages' files as [file, digest, bytes]), then V8's cached
 * data of the bundle, then that of each file in turn.
 */
function readCache() {
  const file = readFileSync(CACHE);
  const end = file.indexOf(10);
  const head = JSON.parse(file.subarray(0, end).toString('utf8'));
  let at = end + 1 + head.bytes;
  const modules = new Map();
  for (const [path, sum, bytes] of head.modules ?? []) {
    modules.set(path, { digest: sum, data: file.subarray(at, at + bytes) });
    at += bytes;
  }
  return { stamp: head.stamp, data: file.subarray(end + 1, end + 1 + head.bytes), modules };
}

/** The cache file's bytes, in the layout readCache reads. */
function cacheFile(source, data, modules) {
  const list = [...modules].map(([path, m]) => [path, m.digest, m.data]);
  const head = { stamp: stamp(source), bytes: data.length, modules: list.map(([path, sum, bytes]) => [path, sum, bytes.length]) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), data, ...list.map(([, , bytes]) => bytes)]);
}

/** The bundle's exports, compiled from the code cache; null whenever the cache cannot be used. */
function load() {
  if (process.env.BRIEF_CODE_CACHE === '0') return null;
  try {
    const cache = readCache();
    const source = readFileSync(BUNDLE);
    const now = stamp(source);
    if (cache.stamp.bundle !== now.bundle || cache.stamp.node !== now.node || cache.stamp.arch !== now.arch) return null;
    const script = compile(source, cache.data);
    if (script.cachedDataRejected) return null;
    const exports = run(script);
    compileModules(cache.modules);
    return exports;
  } catch {
    return null;
  }
}

module.exports = { BUNDLE, CACHE, setFlags, compile, run, compileModules, readCache, cacheFile, load };
