// Shared by the hardening suites: run the real `bin/brief` and lay out throw-away sources folders.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');
export const brief = join(repo, 'bin', 'brief');
export const badFixtures = join(repo, 'test', 'fixtures', 'bad');
export const seed = join(repo, 'sources', 'mongolia-russia');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `bin/brief` to completion in `cwd`. */
export function runBrief(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [brief, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run `bin/brief` without waiting, for the concurrency and signal tests. */
export function startBrief(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [brief, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `brief-${prefix}-`));
}

/** A small good article (two short sectioned revisions) at `parent/<name>`. */
export function goodArticle(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(badFixtures, '_revisions'), dir, { recursive: true });
  return dir;
}

/** Every file below `dir` with its bytes, for byte-identical comparisons. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

/** Files a build leaves behind that it should not: temporary files of an atomic write. */
export function temporaryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).filter((path) => path.endsWith('.brief-tmp'));
}
