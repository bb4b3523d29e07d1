// Puts a finished article's outputs in place: atomic renames, untouched when the bytes are the same, nothing left half-written.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { BuildOptions, OutputFile } from '../model.ts';
import type { VFileMessage } from 'vfile-message';
import { userMessage } from '../errors.ts';
import { buildArticle, toDiagnostic, type ArticleOutcome, type OutputFormat } from './article.ts';

/** Temporary files in flight, so an interrupted build can remove them before it exits. */
const inFlight = new Set<string>();

/** Output folders that pool workers are publishing into: their temporary files are not in this thread's set. */
const publishingElsewhere = new Set<string>();

export function publishingInWorker(folder: string, busy: boolean): void {
  if (busy) publishingElsewhere.add(folder);
  else publishingElsewhere.delete(folder);
}

/** Remove the temporary files of writes in flight, this thread's and (by a sweep of their folders) the workers'. */
export function removeTemporaryFiles(): void {
  for (const path of inFlight) rmSync(path, { force: true });
  inFlight.clear();
  for (const folder of publishingElsewhere) {
    for (const path of filesIn(folder)) if (path.endsWith('.brief-tmp')) rmSync(join(folder, path), { force: true });
  }
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info || info.size !== bytes.byteLength) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(path));
}

/** Write one file by temp file + rename, unless it already holds exactly these bytes. */
function replaceFile(path: string, bytes: Uint8Array, folders?: Set<string>): boolean {
  if (sameBytes(path, bytes)) return false;
  const folder = dirname(path);
  if (!folders?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders?.add(folder);
  }
  const temporary = join(folder, `.${randomBytes(6).toString('hex')}.brief-tmp`);
  inFlight.add(temporary);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true }); // a write cut short (no room) leaves no half-written file behind
    const failure = error as NodeJS.ErrnoException;
    if (failure?.code && !failure.path) failure.path = path; // a failed write names no file of its own
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
  return true;
}

function filesIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)));
}

export interface PublishResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Which writer makes an output file (`epub/…` and `briefing.epub` the EPUB one, `data/…` the JSON one). */
export function formatOfOutput(path: string): OutputFormat {
  const first = path.split(/[\\/]/)[0];
  if (first === 'epub' || path.endsWith('.epub')) return 'epub';
  if (first === 'data') return 'json';
  if (path.endsWith('.pdf')) return 'pdf';
  return 'xhtml';
}

/**
 * Publish an article whose outputs are all in memory (so it has already succeeded): changed files are
 * replaced atomically, unchanged files keep their mtime, files the article no longer makes are removed.
 * The calls are synchronous: a pool worker has nothing else to do meanwhile, and its forty-odd files
 * took a round trip to libuv's threads each (about a sixth of an article's time, idle).
 */
export function publishArticle(outDir: string, name: string, outputs: OutputFile[], formats?: readonly OutputFormat[]): PublishResult {
  const target = join(outDir, name);
  const result: PublishResult = { written: [], unchanged: [], removed: [] };
  const folders = new Set<string>(); // made once each, not once per file
  for (const file of outputs) {
    const changed = replaceFile(join(target, file.path), file.bytes, folders);
    (changed ? result.written : result.unchanged).push(file.path);
  }
  const made = new Set(outputs.map((file) => file.path.split('/').join(sep)));
  for (const path of filesIn(target)) {
    // A build asked for some formats only (`--format pdf`) leaves the other formats' files where they are.
    if (made.has(path) || (formats && !formats.includes(formatOfOutput(path)))) continue;
    rmSync(join(target, path), { force: true });
    result.removed.push(path);
  }
  removeEmptyFolders(target);
  return result;
}

function removeEmptyFolders(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name));
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // gone already, or not empty after all
  }
}

/**
 * The `cannot-write` message for an error the file system gave while writing outputs, naming the file
 * (or `fallback`) and the reason for people (`no space left on device (ENOSPC)`, without Node's call
 * and path); undefined for any other error, which is a bug.
 */
export function cannotWrite(error: unknown, fallback: string): VFileMessage | undefined {
  const { code, path, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code) return undefined;
  const where = path ?? fallback;
  const reason = `${message.replace(/^\w+: /, '').replace(/, \w+( '.*')?$/s, '')} (${code})`;
  return userMessage('cannot-write', { path: where, reason }, { line: 1, column: 1 }, where);
}

/** One article to build: its folder, its name (the output folder under `out`) and the build's options. */
export interface ArticleTask {
  dir: string;
  name: string;
  out: string;
  options: BuildOptions;
}

/** An outcome whose outputs are in place: their paths and sizes, not their bytes. */
export interface PublishedOutcome extends Omit<ArticleOutcome, 'outputs'> {
  outputs: { path: string; size: number }[];
}

/**
 * Build an article and, when it succeeded, publish its outputs from the same thread. A pool worker
 * writes its own articles, so their bytes (about a megabyte an article) never cross to the main
 * thread, where they lingered until its small heap next collected (up to 50 MB of a build's peak).
 */
export async function buildAndPublish(task: ArticleTask): Promise<PublishedOutcome> {
  const outcome = await buildArticle(task.dir, task.name, task.options);
  if (outcome.status === 'built') {
    try {
      publishArticle(task.out, task.name, outcome.outputs, task.options.formats);
    } catch (error) {
      // The file system refused (no room, no permission, a file where a folder belongs): the article
      // fails with a message naming the path, and the other articles go on.
      const why = cannotWrite(error, join(task.out, task.name));
      if (!why) throw error;
      outcome.status = 'failed';
      outcome.outputs = [];
      outcome.diagnostics.push(toDiagnostic(why));
    }
  }
  return { ...outcome, outputs: outcome.outputs.map((file) => ({ path: file.path, size: file.bytes.byteLength })) };
}

/** Names of the files in `<out>/<article>/` that a brief build would have made. */
const OUTPUT_MARKERS = ['briefing.pdf', 'briefing.html', 'briefing.epub', 'handout.pdf', 'data', 'epub'];

/** Output folders in `outDir` that brief made for an article that no longer exists. */
export function orphanedOutputs(outDir: string, articles: Set<string>, known: Set<string>): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !articles.has(e.name))
    .filter((e) => known.has(e.name) || readdirSync(join(outDir, e.name)).some((f) => OUTPUT_MARKERS.includes(f)))
    .map((e) => e.name)
    .sort();
}

export async function removeArticleOutputs(outDir: string, name: string): Promise<void> {
  await rm(join(outDir, name), { recursive: true, force: true });
}

/** Write a file (the cache index) atomically. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  replaceFile(path, bytes);
}
