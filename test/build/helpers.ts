// Runs the bundled `brief build` in temporary folders, as a user (or CI) does, and reads back what it left.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');
/** A fixed build date, so outputs are byte-comparable between runs. */
export const EPOCH = '1700000000';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let shared: string | undefined;
/**
 * One copy of brief per test file: the repository's dist/ is deleted and rewritten whenever someone
 * rebuilds the bundle, which must not break a test run that is under way.
 */
function sharedProject(): string {
  return (shared ??= projectCopy());
}

/** Run `brief ARGS` from the given project copy (or this file's copy of brief) with the working folder `cwd`. */
export function brief(args: string[], options: { cwd: string; project?: string; env?: Record<string, string | undefined> }): Run {
  const result = spawnSync(process.execPath, [join(options.project ?? sharedProject(), 'bin', 'brief'), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: 'true', NO_COLOR: '1', ...options.env },
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `brief build --report json` in `cwd`, parsed. */
export function buildJson(args: string[], options: { cwd: string; project?: string; env?: Record<string, string | undefined> }) {
  const run = brief(['build', '--report', 'json', ...args], options);
  let report: BuildReportJson;
  try {
    report = JSON.parse(run.stdout) as BuildReportJson;
  } catch {
    throw new Error(`brief build ${args.join(' ')} printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, report, status: (name: string) => report.articles.find((a) => a.name === name)?.status };
}

export interface BuildReportJson {
  articles: Array<{ name: string; status: string; millis?: number; pages?: number; outputs?: string[]; discrepancies?: Record<string, number>; timings?: Record<string, number> }>;
  diagnostics: Array<{ article: string; severity: string; file: string; line: number; column: number; rule: string; message: string }>;
  exitCode: number;
}

/** A small two-revision article in Markdown: a built-in year conflict, so it has discrepancies. */
export function writeArticle(sources: string, name: string, subject = name, year = 1820): void {
  const dir = join(sources, name);
  mkdirSync(dir, { recursive: true });
  const title = subject[0].toUpperCase() + subject.slice(1);
  writeFileSync(join(dir, '01-old.md'), `# ${title}\n\nThe ${subject} was built in ${year} by the river.\n\nIt grinds wheat.\n`);
  writeFileSync(join(dir, '02-new.md'), `# ${title}\n\nThe ${subject} was built in ${year + 4} by the river.\n\nIt grinds wheat and rye.\n`);
}

/** A temporary working folder with `sources/` holding the named small articles. */
export function workspace(names: string[]): { cwd: string; sources: string; out: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'brief-build-'));
  const sources = join(cwd, 'sources');
  mkdirSync(sources);
  for (const name of names) writeArticle(sources, name);
  return { cwd, sources, out: join(cwd, 'output') };
}

/**
 * A copy of brief itself (bin, bundle, templates, package.json; node_modules linked), so a test can
 * change a template or the version without touching the repository.
 */
export function projectCopy(): string {
  const project = mkdtempSync(join(tmpdir(), 'brief-project-'));
  for (let attempt = 0; ; attempt++) {
    try {
      // a bundle being rewritten has no cli.js for a moment, or chunks it does not name yet
      cpSync(join(repo, 'dist'), join(project, 'dist'), { recursive: true });
      const cli = readFileSync(join(project, 'dist', 'cli.js'), 'utf8');
      const chunks = [...cli.matchAll(/["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
      if (chunks.every((chunk) => existsSync(join(project, 'dist', chunk)))) break;
    } catch (error) {
      if (attempt >= 50) throw error;
    }
    if (attempt >= 50) throw new Error('dist/ stayed incomplete: run `node scripts/bundle.mjs`');
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  for (const part of ['bin', 'templates', 'package.json']) cpSync(join(repo, part), join(project, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/** Every file below `dir` (dot-files too) with its bytes, by relative path. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

/** Modification times (ms) of every file below `dir`, by relative path. */
export function mtimes(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const path of snapshot(dir).keys()) times.set(path, statSync(join(dir, path)).mtimeMs);
  return times;
}

/** Spawn `brief ARGS` without waiting, collecting its output; for `--watch`. */
export function briefProcess(args: string[], options: { cwd: string }) {
  const child = spawn(process.execPath, [join(sharedProject(), 'bin', 'brief'), ...args], {
    cwd: options.cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  /** Resolves once stderr (from `from` on) matches `pattern`, rejects after `ms`. */
  const waitFor = (pattern: RegExp, from: number, ms: number) =>
    new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const seen = stderr.slice(from);
        const match = pattern.exec(seen);
        if (match) {
          clearInterval(poll);
          resolve(match[0]);
        } else if (Date.now() - started > ms || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`no ${pattern} on stderr within ${ms} ms; stderr was:\n${stderr}`));
        }
      }, 50);
    });
  return { child, exited, waitFor, stderr: () => stderr };
}
