// Orchestration of `brief build`: which articles, the cache, the worker pool, atomic publishing, the report.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import type { VFileMessage } from 'vfile-message';
import { FORMATS, openConflicts, STAGES, toDiagnostic, type Diagnostic, type OpenConflict, type OutputFormat } from '../builder/article.ts';
import { articleKey, FileHasher, folderStamps, loadIndex, outputFolders, outputTotals, sharedKey, CACHE_FILE, IndexText, type CacheIndex } from '../builder/cache.ts';
import { buildAndPublish, cannotWrite, orphanedOutputs, publishingInWorker, removeArticleOutputs, removeTemporaryFiles, writeAtomically, type ArticleTask, type PublishedOutcome } from '../builder/publish.ts';
import { Progress } from '../builder/progress.ts';
import { REVISION_FILE } from '../article.ts';
import { isUserMessage, userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { boundHeapGrowth, nodeIo, optimiseLate } from '../io.ts';
import { DEFAULT_MAX_BYTES, type BuildOptions } from '../model.ts';
import { projectRoot } from '../assets.ts';
import type { BuildCommandOptions } from '../model.ts';

export type { BuildCommandOptions };

export { FORMATS };


/** One line per article of the run, for the text summary and the JSON report. */
export interface ArticleSummary {
  name: string;
  status: 'built' | 'unchanged' | 'failed' | 'removed' | 'stale';
  millis?: number;
  pages?: number;
  outputs?: string[];
  discrepancies?: Record<string, number>;
  timings?: Record<string, number>;
}

export interface BuildReport {
  articles: ArticleSummary[];
  /** `article` is absent for a diagnostic about the build's own files (the cache index). */
  diagnostics: Array<Diagnostic & { article?: string }>;
  exitCode: number;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A safe article folder name: what can be a folder name on every system and in a URL. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function parseFormats(given: string[] | undefined): OutputFormat[] {
  if (!given || given.length === 0) return [...FORMATS];
  const requested = given.map((format) => format.toLowerCase());
  for (const format of requested) {
    if (!FORMATS.includes(format as OutputFormat)) {
      throw userMessage('usage', { reason: `unknown output format \`${format}\`; use some of ${FORMATS.join(', ')}` });
    }
  }
  return FORMATS.filter((format) => requested.includes(format));
}

export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw userMessage('usage', { reason: `--shard takes K/N with 1 ≤ K ≤ N (e.g. 2/4), not \`${value}\`` });
  }
  return { index, count };
}

/** The shard (1-based) an article belongs to: a hash of its name, so adding articles never moves the others. */
export function shardOf(name: string, count: number): number {
  return (createHash('sha256').update(name).digest().readUInt32BE(0) % count) + 1;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw userMessage('usage', { reason: `--jobs takes a whole number from 1 to 256, not \`${value}\`` });
  return jobs;
}

/**
 * The article folders of a sources folder, in name order (a link counts when it points to a folder, or
 * nowhere), and which of them are links, to be checked before they are read.
 */
export function listArticles(sources: string): { names: string[]; links: Set<string> } {
  let entries;
  try {
    entries = readdirSync(sources, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw userMessage('missing-file', { path: sources, reason: code === 'ENOENT' ? 'no such folder' : String(error) }, undefined, sources);
  }
  const isFolderLink = (name: string) => {
    try {
      return statSync(join(sources, name)).isDirectory();
    } catch {
      return true; // a dangling link: listed, so that it is refused by name rather than skipped
    }
  };
  const articles = entries.filter((e) => !e.name.startsWith('.') && (e.isDirectory() || (e.isSymbolicLink() && isFolderLink(e.name))));
  return { names: articles.map((e) => e.name).sort(), links: new Set(articles.filter((e) => e.isSymbolicLink()).map((e) => e.name)) };
}

/**
 * Why an article folder that is a link may not be read, when it leaves the sources folder (or leads
 * nowhere): a build reads only what is inside sources/, as it does for the files of an article.
 */
export function linkedOutside(sources: string, name: string): ReturnType<typeof userMessage> | undefined {
  const path = join(sources, name);
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return userMessage('linked-article', { name, target: `${readlinkSync(path)} (which does not exist)`, sources }, { line: 1, column: 1 }, path);
  }
  const rel = relative(realpathSync(sources), target);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return undefined;
  return userMessage('linked-article', { name, target, sources }, { line: 1, column: 1 }, path);
}

interface Plan {
  names: string[];
  selected: string[];
  /** Selected articles refused before any work (a folder linked from outside the sources), with why. */
  refused: Map<string, ReturnType<typeof userMessage>>;
  keys: Map<string, string>;
  stale: string[];
  orphans: string[];
  index: CacheIndex;
  hasher: FileHasher;
  /** Whether intact articles got new folder times in the index (to be saved). */
  restamped: boolean;
}

function stampsEqual(recorded: Record<string, number> | undefined, now: Record<string, number> | undefined): boolean {
  if (!recorded || !now || Object.keys(recorded).length === 0) return false;
  return Object.entries(recorded).every(([folder, mtime]) => now[folder] === mtime);
}

/** The sources folder as the output folder sees it (`../sources`): the same on every machine and checkout. */
function sourcesAsSeenFrom(options: BuildCommandOptions): string {
  return relative(resolve(options.out), resolve(options.sources)).split(sep).join('/') || '.';
}

/** A safe folder name for an unsafe one (`My City` → `my-city`), to suggest. */
function safeName(name: string): string {
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '');
  return (plain || 'article').slice(0, 128);
}

/**
 * Decide what a build has to do: keys of the selected articles, which are stale, which outputs are orphaned.
 * `changedSoFar` is told how many articles have changed in their sources (or were forced) each time the sources show
 * one more, while they are read; `sourcesRead` which ones, once they are read, before the outputs of the others are
 * looked at (a third of the plan's time).
 */
function plan(options: BuildCommandOptions, buildOptions: BuildOptions, { names, links }: ReturnType<typeof listArticles>, sourcesRead?: (changed: readonly string[]) => void, changedSoFar?: (count: number) => void): Plan {
  for (const name of options.only ?? []) {
    if (!names.includes(name)) throw userMessage('usage', { reason: `no article \`${name}\` in ${options.sources}` });
  }
  const shard = parseShard(options.shard);
  const selected = names
    .filter((name) => !options.only?.length || options.only.includes(name))
    .filter((name) => !shard || shardOf(name, shard.count) === shard.index);
  const refused = new Map<string, ReturnType<typeof userMessage>>();
  for (const name of selected) {
    const why = !SAFE_NAME.test(name)
      ? userMessage('unsafe-name', { name, suggestion: safeName(name) }, { line: 1, column: 1 }, join(options.sources, name))
      : links.has(name)
        ? linkedOutside(options.sources, name)
        : undefined;
    if (why) refused.set(name, why);
  }
  const index = loadIndex(options.out);
  const hasher = new FileHasher(index.files);
  const shared = sharedKey({
    templates: hasher.digestFolder(join(projectRoot(), 'templates')),
    options: { paper: buildOptions.paper, formats: buildOptions.formats, maxBytes: buildOptions.maxBytes, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null },
    version: buildOptions.version,
  });
  const keys = new Map<string, string>();
  const stale: string[] = [];
  const intact: string[] = [];
  for (const name of selected) {
    if (refused.has(name)) continue;
    const key = articleKey(hasher.digestFolder(join(options.sources, name)), shared);
    keys.set(name, key);
    const entry = index.articles[name];
    // An entry from before the index kept open conflicts cannot answer --strict: rebuild it once.
    if (options.force || entry?.key !== key || !entry.open) {
      stale.push(name);
      changedSoFar?.(stale.length);
    } else intact.push(name);
  }
  sourcesRead?.(stale);
  let restamped = false;
  let outputsMoved = false;
  for (const name of intact) {
    const entry = index.articles[name];
    const articleOut = join(options.out, name);
    const folders = Object.keys(entry.dirs ?? {});
    const stamps = folderStamps(articleOut, folders);
    if (stampsEqual(entry.dirs, stamps)) continue;
    // Folder times moved without brief: a fresh checkout or a restored cache keeps the bytes, a hand edit may not.
    const totals = outputTotals(articleOut);
    if (stamps && totals.files === entry.files && totals.bytes === entry.bytes) {
      entry.dirs = stamps;
      restamped = true;
    } else {
      stale.push(name);
      outputsMoved = true;
    }
  }
  if (outputsMoved) stale.sort();
  // Outputs go only for articles gone from the sources folder the index describes: never because a build was
  // pointed at another folder.
  const sameSources = index.sources === sourcesAsSeenFrom(options);
  const orphans = sameSources ? orphanedOutputs(options.out, new Set(names), new Set(Object.keys(index.articles))) : [];
  return { names, selected, refused, keys, stale, orphans, index, hasher, restamped };
}

/**
 * Heap limits of a pool worker (BRIEF_WORKER_HEAP_MB changes the old-generation cap). A warm worker keeps
 * about 60 MB live; without a cap V8 lets each heap grow to several hundred MB before collecting.
 * The young generation trades scavenges for memory: on a 200-article shard with 2 jobs, 16 MB → 24 MB
 * took about 4% less CPU at the same peak RSS (about 340 MB); 32 MB took 10% less but peaked 32 MB higher.
 */
function workerLimits(): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const heap = Number(process.env.BRIEF_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: Number.isInteger(heap) && heap >= 32 ? heap : 160, maxYoungGenerationSizeMb: 24 };
}

/** An outcome for an article whose worker died twice (out of memory, a crash): reported, never the whole build's end. */
function workerFailure(task: ArticleTask, error: unknown): PublishedOutcome {
  return { name: task.name, status: 'failed', outputs: [], diagnostics: [], discrepancies: {}, unresolved: 0, open: [], timings: {}, millis: 0, bug: (error as Error)?.stack ?? String(error) };
}

/** This module runs bundled: dist/*.js, or dist/brief.cjs run from the code cache; not the TypeScript sources. */
const BUNDLED = /\.c?js$/.test(import.meta.url);

/**
 * Runs `build` for an article whose outputs another program publishes (a pool's worker, the cached program, the
 * snapshot's process), which keeps its own list of temporary files: an interrupted build sweeps the folder instead.
 */
function publishedElsewhere<T>(task: ArticleTask, build: () => Promise<T>): Promise<T> {
  const folder = join(task.out, task.name);
  publishingInWorker(folder, true);
  return build().finally(() => publishingInWorker(folder, false));
}

type Builder = (task: ArticleTask) => Promise<PublishedOutcome>;
let threadBuilder: Promise<Builder | undefined> | undefined;
/** Whether this process has begun building in its own thread (its first such article optimises late). */
let threadBuilt = false;

/**
 * What builds an article in this thread: the program run from V8's code cache (bin/code-cache.cjs), when `build` was
 * started from the plain bundle (dist/*.js, as bin/brief starts it) and `make` left a valid cache; else undefined
 * (buildAndPublish here). bin/brief starts `build` plain because most builds never build in this thread (a no-op, a
 * corpus handed to the pool), and there the cached program was only memory: about 20 MB of its script, cached data
 * and compiled functions in the main thread of every pool build. Loaded once per process (a watch rebuilds with it).
 */
function inThreadBuilder(): Promise<Builder | undefined> {
  threadBuilder ??= (async () => {
    if (!/\.js$/.test(import.meta.url)) return undefined; // the TypeScript sources, or dist/brief.cjs itself
    const cached = createRequire(import.meta.url)('../bin/code-cache.cjs').load() as { worker(): Promise<{ default: Builder }> } | null;
    return cached ? (await cached.worker()).default : undefined;
  })();
  return threadBuilder;
}

/** Whether this process watches (its first build warms this thread for the rebuilds, so no snapshot builds it). */
let watching = false;

/** A node process started from the start-up snapshot, waiting for the article it is to build. */
interface SnapshotRun {
  /** Builds and publishes the article; undefined when the run gave no outcome (then build it here). */
  build(task: ArticleTask): Promise<PublishedOutcome | undefined>;
  /** Ends the run unused (nothing to build, or more than one article). */
  cancel(): void;
}

/**
 * Starts a node process from the start-up snapshot of a warm build (dist/brief.blob, made by `make`: bin/snapshot.cjs),
 * which begins where a warm worker would, compromise's model, fonts, templates and every stage loaded, instead of
 * loading and warming all that here (bench/README.md, "the start-up snapshot"). It is started before the build is
 * planned, so that node deserialises the heap while this thread plans, and is told the article when the plan is made;
 * for a sources folder of one article bin/brief starts it before it even loads the program, and it is taken here.
 * Undefined when this process may not use it: the TypeScript sources, a watch (its first build warms this thread for
 * the rebuilds), an article already built here, BRIEF_SNAPSHOT=0, no snapshot, or one made for another place or from
 * other templates, fonts or packages (dist/brief.blob.json; the run checks again). The run publishes the outputs.
 */
function startSnapshot(): SnapshotRun | undefined {
  // bin/brief may have started it already, before the program loaded (bin/snapshot.cjs startEarly): taken or ended here
  const early = takeEarlyRun();
  const blob = currentSnapshot();
  if (!blob) {
    early?.cancel();
    return undefined;
  }
  const { startRun } = createRequire(import.meta.url)('../bin/snapshot.cjs') as { startRun(blob: string, root: string): SnapshotRun };
  return early ?? startRun(blob, projectRoot());
}

/** The start-up snapshot this process may use (startSnapshot), or undefined. */
function currentSnapshot(): string | undefined {
  if (!BUNDLED || watching || threadBuilt || process.env.BRIEF_SNAPSHOT === '0') return undefined;
  const blob = fileURLToPath(new URL('brief.blob', import.meta.url));
  if (!existsSync(blob)) return undefined;
  const { inputs } = createRequire(import.meta.url)('../bin/snapshot.cjs') as { inputs(root: string): string };
  let made: { root?: string; inputs?: string } = {};
  try {
    made = JSON.parse(readFileSync(`${blob}.json`, 'utf8'));
  } catch {
    return undefined;
  }
  return made.root === projectRoot() && made.inputs === inputs(projectRoot()) ? blob : undefined;
}

/** Where bin/brief leaves the snapshot run it started early (bin/snapshot.cjs, EARLY_RUN). */
const EARLY_RUN = Symbol.for('brief.snapshotRun');

function hasEarlyRun(): boolean {
  return EARLY_RUN in globalThis;
}

function takeEarlyRun(): SnapshotRun | undefined {
  const early = (globalThis as { [EARLY_RUN]?: SnapshotRun })[EARLY_RUN];
  delete (globalThis as { [EARLY_RUN]?: SnapshotRun })[EARLY_RUN];
  return early;
}

/** Ends the snapshot run bin/brief started early when this build will not use it (a check, more than one article). */
function endEarlyRun(): undefined {
  takeEarlyRun()?.cancel();
  return undefined;
}

/**
 * A watch builds in one worker thread kept for the whole watch (piscina lets an idle worker keep no process alive),
 * whose young generation is larger than this thread's: a rebuild of the example allocates about 75 MB, which V8's
 * default 16 MB semi-spaces scavenged five times a rebuild, copying what the stages keep each time; a worker is the
 * one place where a running process can choose its heap's sizes (bench/README.md, "tenth session").
 */
let watchPool: import('piscina').Piscina | undefined;
const WATCH_YOUNG_GENERATION_MB = 96;

async function watchWorker(): Promise<import('piscina').Piscina> {
  if (!watchPool) {
    const { Piscina } = await import('piscina');
    watchPool = new Piscina({
      filename: fileURLToPath(new URL('../bin/worker.cjs', import.meta.url)),
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: Infinity,
      resourceLimits: { maxYoungGenerationSizeMb: WATCH_YOUNG_GENERATION_MB },
    });
  }
  return watchPool;
}

/** An article built in the watch's worker; one that outgrows the worker's heap is built here, as a pool's would be. */
function inWatchWorker(pool: import('piscina').Piscina, task: ArticleTask): Promise<PublishedOutcome> {
  return (pool.run(task) as Promise<PublishedOutcome>)
    .catch((error: NodeJS.ErrnoException) => (error?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? buildAndPublish(task) : Promise.reject(error)))
    .catch((error: unknown) => workerFailure(task, error));
}

/** An article already handed to the snapshot's process, and its outcome to come (none: build it here). */
interface Handed {
  task: ArticleTask;
  outcome: Promise<PublishedOutcome | undefined>;
}

/**
 * Builds articles in a pool of worker threads when that pays, else in this thread; first the one `handed` to the
 * snapshot's process, if any. `meanwhile` is this thread's own work, run while an article builds in the snapshot's
 * process (the thread would only wait).
 */
async function* buildAll(tasks: ArticleTask[], jobs: number, snapshot?: SnapshotRun, meanwhile?: () => void, handed?: Handed): AsyncGenerator<PublishedOutcome> {
  if (handed) {
    meanwhile?.();
    const outcome = await handed.outcome;
    if (outcome) yield outcome;
    else tasks = [handed.task, ...tasks]; // the run gave none (stale, failed): built as the others are
  }
  if (jobs <= 1 || tasks.length <= 1 || !BUNDLED) {
    // one article, in a process that has built none: from the start-up snapshot when `make` left one (started before
    // the plan when one article was asked for or there, else now: one article whose outputs were removed by hand)
    if (tasks.length === 1 && !handed) snapshot ??= startSnapshot();
    if (tasks.length === 1 && snapshot) {
      const building = publishedElsewhere(tasks[0], () => snapshot!.build(tasks[0]));
      meanwhile?.();
      const outcome = await building;
      if (outcome) {
        yield outcome;
        return;
      }
    }
    // this process's first build in its own thread optimises late (io.ts), until its first article is built
    let cold = tasks.length > 0 && !threadBuilt;
    threadBuilt ||= cold;
    if (cold) optimiseLate();
    const watcher = watching && BUNDLED && tasks.length ? await watchWorker() : undefined;
    const cached = tasks.length && !watcher ? await inThreadBuilder() : undefined;
    for (const task of tasks) {
      let outcome: PublishedOutcome;
      if (watcher) outcome = await publishedElsewhere(task, () => inWatchWorker(watcher, task));
      else if (!cached) outcome = await buildAndPublish(task);
      else outcome = await publishedElsewhere(task, () => cached(task));
      if (cold) {
        cold = false;
        optimiseLate(1);
      }
      yield outcome;
    }
    return;
  }
  const { Piscina } = await import('piscina');
  // A worker's heap grows by 30 % over what its last full collection kept, not 50 % (cli.ts): the workers' heaps
  // are most of a pool build's memory. A third of the 1,000-article corpus with 2 jobs peaked at 394-401 MB
  // instead of 419-420 MB, for about 5 % more CPU time (2 runs each). The flag is the process's: set while the
  // pools run, and back after (a later build in this thread, in a watch, loads the code cache only under its flags).
  boundHeapGrowth(30);
  optimiseLate();
  // Fresh workers every ARTICLES_PER_POOL articles (or so: the batches are made even), since a worker's memory
  // only grows over a long run (see ARTICLES_PER_POOL; BRIEF_POOL_ARTICLES changes it, 0 keeps one pool).
  const given = process.env.BRIEF_POOL_ARTICLES;
  const perPool = given && /^\d+$/.test(given) ? Number(given) || Infinity : ARTICLES_PER_POOL;
  const size = Math.ceil(tasks.length / Math.ceil(tasks.length / perPool));
  try {
    for (let from = 0; from < tasks.length; from += size) yield* buildInPool(Piscina, tasks.slice(from, from + size), jobs);
  } finally {
    boundHeapGrowth();
    optimiseLate(1);
  }
}

/**
 * How many articles one pool builds before its workers end and fresh ones take over. A warm worker's resident
 * memory grows over a long run: the 1,000-article corpus with 2 jobs in one pool peaked at its end at 429 MB, and
 * at 404-408 MB in four runs on branch speed18y, when pools of 250 articles peaked at 374-388 MB. Much of that growth
 * was entityKind's cache holding whole revisions alive (reconcile/facts.ts). Fresh workers cost CPU time: a worker
 * compiles and warms up again (its first article takes 1.1-1.3 s of CPU against about 0.2 s warm), and the last
 * articles of a batch leave a core idle for a moment; four pools of 250 took about 15-25 s more CPU than one over
 * the 1,000 articles (load 4-6). Without the cache's leak one pool peaked at 384-395 MB in three runs, too near the
 * bound; two pools of 500 peaked at 382 and 392 MB in two runs, at no more CPU than one.
 */
const ARTICLES_PER_POOL = 500;

/** Builds articles in one pool of worker threads, a bounded number in flight, in the order they finish. */
async function* buildInPool(Piscina: typeof import('piscina').Piscina, tasks: ArticleTask[], jobs: number): AsyncGenerator<PublishedOutcome> {
  const threads = Math.min(jobs, tasks.length);
  const pool = new Piscina({
    // bin/worker.cjs runs the worker from the code cache as bin/brief does, else dist/worker.js
    filename: fileURLToPath(new URL('../bin/worker.cjs', import.meta.url)),
    maxThreads: threads,
    minThreads: threads,
    idleTimeout: 1000,
    resourceLimits: workerLimits(),
  });
  // Keep a bounded number of tasks in flight so memory stays flat whatever the corpus size.
  const window = threads * 2;
  const pending = new Map<number, Promise<[number, PublishedOutcome]>>();
  let next = 0;
  const submit = () => {
    const i = next++;
    const task = tasks[i];
    // A pool's worker builds each article once (BuildOptions.once).
    const attempt = () => pool.run({ ...task, options: { ...task.options, once: true } }) as Promise<PublishedOutcome>;
    // A worker that reaches its heap cap dies and piscina starts a fresh one; the article is tried once
    // more there (the cap is usually reached by what stages keep warm between articles, not by the
    // article itself), so this thread stays small: stages are loaded here only as a last resort.
    const outOfMemory = (error: NodeJS.ErrnoException) => error?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const run = publishedElsewhere(task, () =>
      attempt()
        .catch((error: NodeJS.ErrnoException) => (outOfMemory(error) ? attempt() : Promise.reject(error)))
        // An article that outgrows the cap even in a fresh worker is built here, uncapped: correct first.
        .catch((error: NodeJS.ErrnoException) => (outOfMemory(error) ? buildAndPublish(task) : Promise.reject(error)))
        .catch((error: unknown) => workerFailure(task, error)),
    );
    pending.set(i, run.then((outcome) => [i, outcome]));
  };
  try {
    while (next < tasks.length && pending.size < window) submit();
    while (pending.size) {
      const [i, outcome] = await Promise.race(pending.values());
      pending.delete(i);
      if (next < tasks.length) submit();
      yield outcome;
    }
  } finally {
    await pool.destroy();
  }
}

function buildOptionsOf(options: BuildCommandOptions): BuildOptions {
  const maxBytes = options.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(options.maxBytes);
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw userMessage('usage', { reason: `--max-bytes takes a positive whole number of bytes, not \`${options.maxBytes}\`` });
  return { paper: options.paper, formats: parseFormats(options.format), buildTime: nodeIo.now(), version: options.version, maxBytes, outDir: options.out };
}

/** Something failed for a reason a person can mend: exit 2, unless a bug already made it 1. */
function failed(report: BuildReport): void {
  if (report.exitCode !== EXIT.bug) report.exitCode = Math.max(report.exitCode, EXIT.badInput);
}

/** The open conflicts and stale-decision warnings of an article, from its sources alone (for `--check`). */
async function reconcileOnly(dir: string, options: BuildOptions): Promise<{ open?: OpenConflict[]; warnings?: Diagnostic[] }> {
  const { loadArticle } = await import('../article.ts');
  const { articleOptions, reconcile } = await import('../reconcile/index.ts');
  try {
    const article = await loadArticle(dir, undefined, { maxBytes: options.maxBytes });
    const { reconciled, messages } = reconcile(article.revisions, articleOptions(article));
    return { open: openConflicts(reconciled.discrepancies), warnings: messages.map(toDiagnostic).filter((d) => d.rule === 'stale-decision' || d.rule === 'repinned-decision') };
  } catch (error) {
    if (isUserMessage(error)) return { warnings: [toDiagnostic(error as VFileMessage)] };
    throw error;
  }
}

/** `--strict`: each conflict with no editor decision is an error naming its id and place; the exit code is 3. */
function strictVerdict(report: BuildReport, article: string, open: readonly OpenConflict[]): void {
  for (const c of open) {
    report.diagnostics.push({
      article,
      severity: 'error',
      file: c.file,
      line: c.line,
      column: 1,
      rule: 'unresolved',
      message: `${c.kind} ${c.id} has no editor decision (--strict); decide it with \`brief decide ${c.id} keep-older|keep-newer|custom\` or \`brief review\``,
    });
  }
  if (open.length) report.exitCode = Math.max(report.exitCode, EXIT.unresolved);
}


/** The files that make a folder look like an article (a manifest, or two revisions or more); none when it does not. */
function articleFiles(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
  const revisions = files.filter((f) => REVISION_FILE.test(f));
  if (files.includes('article.json')) return ['article.json', ...revisions];
  return revisions.length >= 2 ? revisions : [];
}

/**
 * Nothing is lost to a slip of --sources: an article folder given where the sources folder belongs, or a sources
 * folder with no article in it while outputs exist, stops the run before anything is built or removed.
 */
function guardSources(options: BuildCommandOptions, names: readonly string[]): void {
  const files = articleFiles(options.sources);
  const place = { line: 1, column: 1 };
  if (files.length && !names.some((name) => articleFiles(join(options.sources, name)).length)) {
    const path = resolve(options.sources);
    throw userMessage('not-a-sources-folder', { path: options.sources, found: files.slice(0, 3).join(', '), parent: relative(process.cwd(), dirname(path)) || '.', name: basename(path) }, place, options.sources);
  }
  if (!names.length) {
    const known = Object.keys(loadIndex(options.out).articles).length;
    if (known) throw userMessage('no-articles', { path: options.sources, count: known, out: options.out }, place, options.sources);
  }
}

/** Run one build (or check) and return its report; nothing is printed here but progress. */
export async function runBuild(options: BuildCommandOptions, progress?: Progress): Promise<BuildReport> {
  const buildOptions = buildOptionsOf(options);
  const jobs = parseJobs(options.jobs);
  // The article folders are listed once, and planned below (an unsafe name fails that article alone).
  const listing = listArticles(options.sources);
  guardSources(options, listing.names);
  const report: BuildReport = { articles: [], diagnostics: [], exitCode: EXIT.ok };

  if (options.check) {
    endEarlyRun();
    const { selected, refused, stale, orphans, index } = plan(options, buildOptions, listing);
    const staleSet = new Set([...stale, ...refused.keys()]);
    for (const name of selected) report.articles.push({ name, status: staleSet.has(name) ? 'stale' : 'unchanged' });
    for (const name of orphans) report.articles.push({ name, status: 'stale' });
    for (const [name, why] of refused) report.diagnostics.push({ ...toDiagnostic(why), article: name });
    for (const name of selected) {
      if (refused.has(name)) continue;
      // An unchanged article answers from the index; a stale one is reconciled (not built) to answer.
      const entry = staleSet.has(name) ? await reconcileOnly(join(options.sources, name), buildOptions) : index.articles[name];
      report.diagnostics.push(...(entry.warnings ?? []).map((d) => ({ ...d, article: name })));
      if (options.strict) strictVerdict(report, name, entry.open ?? []);
    }
    const verdict = report.exitCode;
    report.exitCode = staleSet.size || orphans.length ? EXIT.stale : verdict;
    report.articles.sort(byName);
    return report;
  }

  // One article asked for or there: its node process starts from the snapshot while this thread plans (startSnapshot).
  // So does a rebuild's, started by bin/brief (a rebuild most often finds one article changed), ended by lockedBuild
  // when the plan has no article to build or several.
  const snapshot = options.only?.length === 1 || listing.names.length === 1 || hasEarlyRun() ? startSnapshot() : undefined;
  try {
    return await lockedBuild(options, buildOptions, listing, jobs, report, progress, snapshot);
  } finally {
    snapshot?.cancel();
  }
}

/** The build proper, under the output folder's lock. */
async function lockedBuild(options: BuildCommandOptions, buildOptions: BuildOptions, listing: ReturnType<typeof listArticles>, jobs: number, report: BuildReport, progress: Progress | undefined, snapshot: SnapshotRun | undefined): Promise<BuildReport> {
  mkdirSync(options.out, { recursive: true });
  const release = await lockfile.lock(options.out, {
    lockfilePath: join(options.out, '.brief.lock'),
    stale: 20_000,
    retries: { retries: 1200, minTimeout: 100, maxTimeout: 500 },
    // The default throws from a timer, killing the build, whenever this thread was busy for longer than
    // `stale` (a long article built serially on a loaded machine). Keep building; the lock is advisory.
    onCompromised: () => undefined,
  });
  try {
    const taskOf = (name: string): ArticleTask => ({ dir: join(options.sources, name), name, out: options.out, options: buildOptions });
    // A snapshot run is handed the article as soon as the sources show that exactly one changed, while this thread
    // looks at the other articles' outputs (some removed by hand make those stale too, built after it); one started
    // before the plan ends at once otherwise: it takes a core from the plan, and a pool build's workers need its memory.
    let handed: Handed | undefined;
    const endSnapshot = () => {
      snapshot?.cancel();
      snapshot = undefined;
    };
    // None started before the plan (bin/brief found no idle core): started at the first article the sources show
    // changed, so that node deserialises the heap while the rest of the sources are read; ended at the second.
    let started = false;
    const changedSoFar = (count: number) => {
      if (count > 1) return endSnapshot();
      if (started || snapshot) return;
      started = true;
      snapshot = startSnapshot();
    };
    const work = plan(options, buildOptions, listing, (changed) => {
      if (changed.length !== 1) return endSnapshot();
      if (!started) snapshot ??= startSnapshot();
      if (!snapshot) return;
      const task = taskOf(changed[0]);
      const run = snapshot;
      handed = { task, outcome: publishedElsewhere(task, () => run.build(task)) };
      snapshot = undefined;
    }, options.force ? undefined : changedSoFar);
    if (work.stale.length !== 1) endSnapshot();
    const stale = new Set(work.stale);
    for (const name of work.selected) if (!stale.has(name) && !work.refused.has(name)) report.articles.push({ name, status: 'unchanged' });
    // A refused article fails alone, before any work; its earlier outputs stay as they were.
    for (const [name, why] of work.refused) {
      report.diagnostics.push({ ...toDiagnostic(why), article: name });
      report.articles.push({ name, status: 'failed', outputs: [] });
      delete work.index.articles[name];
      failed(report);
    }
    // Whether the index changes is known from the plan. A no-op build leaves it as it was: serialising a thousand
    // articles' entries costs more than the rest of the check. Its text is begun while the articles build elsewhere.
    const sources = sourcesAsSeenFrom(options);
    let indexText: IndexText | undefined;
    if (stale.size || work.refused.size || work.orphans.length || work.hasher.changed || work.restamped || work.index.sources !== sources) {
      work.index.sources = sources;
      // Stamps of articles this run did not look at (other shards, --only) stay; those of gone articles go, and those
      // written under another spelling of the sources folder (absolute, relative), which no build here looks up.
      const present = new Set(work.names);
      const unseen = Object.entries(work.index.files).filter(([path]) => {
        if (path in work.hasher.seen) return false;
        const inSources = relative(options.sources, path);
        return present.has(inSources.split(sep)[0]) && join(options.sources, inSources) === path;
      });
      work.index.files = { ...Object.fromEntries(unseen), ...work.hasher.seen };
      indexText = new IndexText(work.index, stale);
    }
    progress?.start(work.stale.length);
    const tasks = work.stale.filter((name) => name !== handed?.task.name).map(taskOf);
    for await (const outcome of buildAll(tasks, jobs, snapshot, () => indexText?.prepare(), handed)) {
      report.diagnostics.push(...outcome.diagnostics.map((d) => ({ ...d, article: outcome.name })));
      if (outcome.bug) {
        report.diagnostics.push({ article: outcome.name, severity: 'error', file: join(options.sources, outcome.name), line: 1, column: 1, rule: 'internal', message: `internal error (a bug in brief): ${outcome.bug}` });
        report.exitCode = EXIT.bug;
      }
      if (outcome.status === 'built') {
        work.index.articles[outcome.name] = {
          key: work.keys.get(outcome.name)!,
          dirs: folderStamps(join(options.out, outcome.name), outputFolders(outcome.outputs.map((file) => file.path))) ?? {},
          files: outcome.outputs.length,
          bytes: outcome.outputs.reduce((sum, file) => sum + file.size, 0),
          discrepancies: outcome.discrepancies as Record<string, number>,
          open: outcome.open,
          warnings: outcome.diagnostics.filter((d) => d.rule === 'stale-decision' || d.rule === 'repinned-decision'),
        };
      } else {
        delete work.index.articles[outcome.name];
        failed(report);
      }
      report.articles.push({
        name: outcome.name,
        status: outcome.status,
        millis: Math.round(outcome.millis),
        pages: outcome.pages,
        outputs: outcome.outputs.map((file) => file.path),
        discrepancies: outcome.discrepancies as Record<string, number>,
        timings: Object.fromEntries(STAGES.filter((s) => outcome.timings[s] !== undefined).map((s) => [s, Math.round(outcome.timings[s]! * 10) / 10])),
      });
      progress?.tick(outcome.name, outcome.status);
    }
    // The verdict comes from the sources and decisions, not from what this run rebuilt: an unchanged article
    // repeats its stale-decision warnings, and --strict lists its open conflicts, every run.
    for (const name of work.selected) {
      const entry = work.index.articles[name];
      if (!entry) continue;
      if (!stale.has(name)) report.diagnostics.push(...(entry.warnings ?? []).map((d) => ({ ...d, article: name })));
      if (options.strict) strictVerdict(report, name, entry.open ?? []);
    }
    for (const name of work.orphans) {
      await removeArticleOutputs(options.out, name);
      delete work.index.articles[name];
      report.articles.push({ name, status: 'removed' });
    }
    if (indexText) {
      const indexFile = join(options.out, CACHE_FILE);
      try {
        writeAtomically(indexFile, indexText.bytes());
      } catch (error) {
        // The outputs are in place but the index is not: the next build redoes these articles.
        const why = cannotWrite(error, indexFile);
        if (!why) throw error;
        report.diagnostics.push(toDiagnostic(why));
        failed(report);
      }
    }
  } finally {
    progress?.stop();
    await release().catch(() => undefined);
  }
  report.articles.sort(byName);
  return report;
}

function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === 'brief' ? 'brief' : `${d.file}:${d.line}:${d.column}`;
  return `${where}: ${d.severity}: ${d.message} [${d.rule}]`;
}

function summaryLine(article: ArticleSummary): string {
  switch (article.status) {
    case 'built': {
      const pages = article.pages === undefined ? '' : `${article.pages} pages, `;
      const count = Object.values(article.discrepancies ?? {}).reduce((a, b) => a + b, 0);
      return `${article.name}: built (${pages}${count} discrepancies, ${article.outputs?.length ?? 0} files, ${article.millis} ms)`;
    }
    case 'removed':
      return `${article.name}: removed its outputs (the article is gone from the sources)`;
    default:
      return `${article.name}: ${article.status}`;
  }
}

/** `brief build`: print the report for people or as JSON, and return the exit code. */
export async function buildCommand(options: BuildCommandOptions & { watch?: boolean }): Promise<number> {
  if (options.watch) {
    watching = true;
    const { watchBuild } = await import('../builder/watch.ts');
    try {
      return await watchBuild(options, (o) => buildCommand({ ...o, watch: false }));
    } finally {
      await watchPool?.destroy();
    }
  }
  const json = options.report === 'json';
  const progress = options.quiet || json ? undefined : new Progress(process.stderr);
  // The build's exit code once it finished: a signal after that, while the process winds its workers down, ends it
  // with that code (every output is in place), not as an interrupted build.
  let finished: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (finished !== undefined) process.exit(finished);
    removeTemporaryFiles();
    lockfile.unlock(options.out, { lockfilePath: join(options.out, '.brief.lock') }).catch(() => undefined);
    process.stderr.write(`brief: interrupted by ${signal}; outputs already in place are complete, nothing half-written was left\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  // First among the listeners, and kept: the lock library's exit hook (signal-exit) re-raises a signal it finds no
  // other listener for, which would end the process by the signal's default action, with no code.
  process.prependListener('SIGINT', onSignal);
  process.prependListener('SIGTERM', onSignal);
  try {
    const report = await runBuild(options, progress);
    finished = report.exitCode;
    if (json) {
      process.stdout.write(`${JSON.stringify({ articles: report.articles, diagnostics: report.diagnostics, exitCode: report.exitCode }, null, 2)}\n`);
    } else {
      // The same message about a shared file (a template, the labels) is printed once, not once per article.
      for (const line of new Set(report.diagnostics.map(formatDiagnostic))) process.stderr.write(`${line}\n`);
      if (options.check) {
        const stale = report.articles.filter((a) => a.status === 'stale');
        if (stale.length) process.stderr.write(`stale or missing outputs (run \`brief build\`): ${stale.map((a) => a.name).join(', ')}\n`);
        else if (!options.quiet) process.stderr.write(`all ${report.articles.length} articles are up to date\n`);
      } else if (!options.quiet) {
        for (const article of report.articles) if (article.status !== 'unchanged') process.stderr.write(`${summaryLine(article)}\n`);
        const unchanged = report.articles.filter((a) => a.status === 'unchanged').length;
        if (unchanged) process.stderr.write(`${unchanged} article(s) unchanged\n`);
      }
    }
    return report.exitCode;
  } finally {
    // Kept while the finished process winds down; not between a watch's builds, nor after a build that failed.
    if (finished === undefined || watching) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  }
}
