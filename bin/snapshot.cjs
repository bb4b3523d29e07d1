// The start-up snapshot of a warm build (dist/brief.blob, written by scripts/snapshot.mjs under `node --build-snapshot`)
// and what runs it. Built: the whole program (dist/brief.cjs and the CommonJS packages it requires) loaded, then the
// articles of sources/ built once into a temporary folder, so the heap holds compromise's model, the parsed fonts and
// shaping tables, the compiled templates and every stage's modules; V8 writes that heap into the blob. Run: `node
// --snapshot-blob dist/brief.blob` starts from that heap and builds one article (the JSON of build.ts's ArticleTask,
// read from stdin) as a pool worker would after the example: the deserialised main below writes the outcome,
// v8-serialised, to file descriptor 3 and exits. build.ts (startSnapshot) starts it for a cold build of one article,
// and builds the article in its own thread when there is no outcome.
//
// What a snapshot may not hold (node 20): a user module loaded by Node's CommonJS loader (its _compile marks user code
// as started, and the deserialised process then refuses to set its loader up), so each file is compiled here with
// vm instead; objects backed by native handles (Intl.Segmenter, TextDecoder: fontkit makes one when it loads), made
// here lazily and dropped before the heap is written; compiled regular-expression code, so both the build and the
// run take --regexp-interpret-all (FLAGS).
'use strict';
const Module = require('node:module');
const { closeSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/**
 * The V8 flags of the snapshot's build and of every run (a run under other flags is refused by node, exit 14).
 * --no-rehash-snapshot: a run keeps the hash seed the build drew (random, one per `make`) instead of rehashing every
 * string-keyed table of the deserialised heap (compromise's lexicon, the fonts' and shaping tables' maps, the memos)
 * under a new one, which took about 30 ms of each run's 240 ms of start-up (perf; bench/README.md).
 */
const FLAGS = ['--regexp-interpret-all', '--heap-growing-percent=50', '--interrupt-budget=1081344', '--no-rehash-snapshot'];

/** The exit code of a run whose snapshot is stale: build.ts builds the article in its own thread instead. */
const STALE = 75;

/** Size and modification time of every file of templates/ (fonts included) and of npm's record of node_modules. */
function inputs(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else files.push(join(dir, entry.name));
    }
  };
  walk('templates');
  files.push(join('node_modules', '.package-lock.json'));
  return JSON.stringify(files.sort().map((path) => {
    const info = statSync(join(root, path), { throwIfNoEntry: false });
    return [path, info?.size, info?.mtimeMs];
  }));
}

/**
 * The environment of a run: this process's, less NODE_EXTRA_CA_CERTS, a file of certificates node reads and parses as
 * it starts, before any script (about 35 ms of CPU for a 220 kB bundle, on the run's critical path): the run opens no
 * TLS connection.
 */
function runEnvironment(root) {
  const env = { ...process.env, BRIEF_PROJECT: root };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * Starts node from the snapshot, `blob`, for the project at `root` (build.ts startSnapshot): `build(task)` sends it the
 * article (an ArticleTask) and gives the outcome it published, or undefined when it gave none (refused, stale, failed:
 * the caller builds the article itself); `cancel()` ends it unused. An `early` run (started by bin/brief before the
 * program loads) keeps this process alive only from `build` on: unused, it ends with this process, when its standard
 * input closes and it reads no task.
 */
function startRun(blob, root, early = false) {
  const child = require('node:child_process').spawn(process.execPath, [...FLAGS, '--snapshot-blob', blob], {
    stdio: ['pipe', 'inherit', 'pipe', 'pipe'],
    env: runEnvironment(root),
  });
  const result = [];
  const errors = [];
  child.stdin.on('error', () => undefined); // a run that ended early (refused, stale) leaves no one to read the task
  child.stdio[3].on('data', (chunk) => result.push(chunk));
  child.stderr.on('data', (chunk) => errors.push(chunk));
  // The outcome is taken once the run has closed its descriptor and its standard error, which it does right after
  // writing the whole outcome (a run that fails or is refused writes none and closes them by exiting): this process
  // goes on while the run's own exit unmaps its heap (about 20 ms of the cold build's critical path).
  const outcome = new Promise((done) => {
    child.on('error', () => done(undefined));
    let open = 2;
    const closed = () => {
      if (--open) return;
      let value;
      try {
        value = result.length ? v8.deserialize(Buffer.concat(result)) : undefined;
      } catch {
        value = undefined; // a run that died while writing: the article is built here instead
      }
      // what node or a failed run printed is not the build's to show: the article is built here instead
      if (value !== undefined) process.stderr.write(Buffer.concat(errors));
      done(value);
    };
    child.stdio[3].on('close', closed);
    child.stderr.on('close', closed);
  });
  const handles = [child, child.stdin, child.stderr, child.stdio[3]];
  if (early) for (const handle of handles) handle.unref();
  let used = false;
  return {
    build(task) {
      used = true;
      if (early) for (const handle of handles) handle.ref();
      child.stdin.end(JSON.stringify(task));
      return outcome;
    },
    cancel() {
      if (used) return;
      used = true;
      child.kill();
      // nor wait for it: this process ends when its own work does
      for (const stream of child.stdio) stream?.destroy();
      child.unref();
    },
  };
}

/** Where bin/brief leaves a run it started early, for build.ts to take (startSnapshot). */
const EARLY_RUN = Symbol.for('brief.snapshotRun');

/**
 * For bin/brief, before it loads the program: starts the run of a build that build.ts may hand to the snapshot (a
 * `build` of one article folder, or a rebuild, which most often finds one article changed), so that node deserialises
 * the heap while this process loads and plans. Only where build.ts would start it itself (startSnapshot: BRIEF_SNAPSHOT,
 * a current snapshot made here); build.ts checks again, and ends it when the plan has not exactly one article to build.
 */
function startEarly(args) {
  if (process.env.BRIEF_SNAPSHOT === '0' || args.some((a) => a === '--watch' || a === '--check' || a === '-h' || a === '--help')) return;
  const root = join(__dirname, '..');
  const blob = join(root, 'dist', 'brief.blob');
  try {
    const made = JSON.parse(readFileSync(`${blob}.json`, 'utf8'));
    if (made.root !== root || made.inputs !== inputs(root) || !statSync(blob).isFile()) return;
  } catch {
    return;
  }
  globalThis[EARLY_RUN] = startRun(blob, root, true);
}

if (typeof module !== 'undefined') module.exports = { FLAGS, STALE, inputs, startRun, startEarly };

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  Module.prototype._compile = function (content, filename) {
    const wrapper = vm.runInThisContext(Module.wrap(content), { filename });
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  /** A class whose native object is made on first use and dropped (made again when used) before the heap is written. */
  const live = new Set();
  const lazy = (Native, methods, properties) => {
    class Lazy {
      constructor(...args) {
        this.args = args;
        this.native = undefined;
      }
      get real() {
        if (!this.native) {
          this.native = new Native(...this.args);
          live.add(this);
        }
        return this.native;
      }
    }
    for (const name of methods) Lazy.prototype[name] = function (...args) {
      return this.real[name](...args);
    };
    for (const name of properties) Object.defineProperty(Lazy.prototype, name, { get() { return this.real[name]; } });
    return Lazy;
  };
  Intl.Segmenter = lazy(Intl.Segmenter, ['segment', 'resolvedOptions'], []);
  globalThis.TextDecoder = lazy(TextDecoder, ['decode'], ['encoding', 'fatal', 'ignoreBOM']);
  v8.startupSnapshot.addSerializeCallback(() => {
    for (const object of live) object.native = undefined;
    live.clear();
  });

  const cache = Module.createRequire(__filename)('./code-cache.cjs');
  const bundle = cache.run(cache.compile(readFileSync(cache.BUNDLE)));
  const sources = process.env.BRIEF_SNAPSHOT_SOURCES;
  let build;
  bundle.worker().then(async (worker) => {
    build = worker.default;
    const out = mkdtempSync(join(tmpdir(), 'brief-snapshot-'));
    try {
      for (const name of readdirSync(sources).filter((n) => !n.startsWith('.')).sort()) {
        const options = { paper: 'a4', formats: ['pdf', 'xhtml', 'epub', 'json'], buildTime: 1700000000, version: 'snapshot', maxBytes: 8 * 1024 * 1024, outDir: out };
        const outcome = await build({ dir: join(sources, name), name, out, options });
        if (outcome.status !== 'built') throw new Error(`the warm-up build of ${name} failed: ${outcome.bug ?? JSON.stringify(outcome.diagnostics)}`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  // What the heap was made from outside dist/ (which bundling replaces, blob and all): recorded when the heap is
  // written, compared by the run, which builds nothing (exit STALE) when a template, font or installed package moved.
  const root = join(__dirname, '..');
  let made;
  v8.startupSnapshot.addSerializeCallback(() => {
    made = inputs(root);
  });
  v8.startupSnapshot.setDeserializeMainFunction(async () => {
    // made for another place (the project moved or was copied: the heap holds its paths), files moved, or a setting
    // the warm heap has already read
    if (process.env.BRIEF_PROJECT !== root || made !== inputs(root) || process.env.BRIEF_SHAPING_TABLES === '0') process.exit(STALE);
    // the task comes on stdin once build.ts has planned (it starts this process first); none: not needed after all
    const given = readFileSync(0, 'utf8');
    if (!given) process.exit(0);
    const task = JSON.parse(given);
    const bytes = v8.serialize(await build(task));
    for (let at = 0; at < bytes.length; ) at += writeSync(3, bytes, at);
    // the outcome is whole: startRun takes it when both are closed, without waiting for this process to end
    closeSync(3);
    closeSync(2);
    process.exit(0);
  });
}
