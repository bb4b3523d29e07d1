// The build cache: a content digest of everything an article's outputs depend on, kept in output/.brief-cache.json.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import type { Diagnostic, OpenConflict } from './article.ts';

export const CACHE_FILE = '.brief-cache.json';
const CACHE_VERSION = 2;

/** What the cache remembers of one input file: hashed only when its size or mtime moved. */
interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface ArticleEntry {
  /** Digest of every input of the article's outputs. */
  key: string;
  /**
   * Modification times of the article's output folders (relative to `<out>/<article>/`, `.` for itself),
   * taken after publishing: removing, adding or renaming any output changes its folder's time, so a
   * build notices outputs deleted by hand with a few stat calls instead of one per output file.
   */
  dirs: Record<string, number>;
  /** How many output files and bytes the article made: the fallback check when folder times moved (a fresh checkout, a cache restore). */
  files: number;
  bytes: number;
  discrepancies: Record<string, number>;
  /** Conflicts with no editor decision, and the warnings every run repeats (a stale decision), for an unchanged article. */
  open?: OpenConflict[];
  warnings?: Diagnostic[];
}

export interface CacheIndex {
  version: number;
  /** The sources folder the index describes, relative to the output folder: outputs are removed only for articles gone from it. */
  sources?: string;
  files: Record<string, FileStamp>;
  articles: Record<string, ArticleEntry>;
}

export function emptyIndex(): CacheIndex {
  return { version: CACHE_VERSION, files: {}, articles: {} };
}

export function loadIndex(outDir: string): CacheIndex {
  try {
    const index = JSON.parse(readFileSync(join(outDir, CACHE_FILE), 'utf8')) as CacheIndex;
    if (index.version === CACHE_VERSION && index.files && index.articles) return index;
  } catch {
    // a missing or unreadable index only means a cold build
  }
  return emptyIndex();
}

/**
 * The bytes of an index's file (JSON, keys sorted), made in two steps: `prepare()` encodes what the build no longer
 * changes, the file stamps and the entries of the articles other than `building`, and may run while those build in
 * another process (build.ts buildAll); `bytes()` adds the entries of `building` as they are then. The index's
 * `sources` and `files` must be final before either, and an article not in `building` may only keep its entry or lose
 * it. One line: a thousand articles' index (about 2.5 MB) takes a third less time to write and to read than indented,
 * and encoding it whole once the last article is built took about 10 ms.
 */
export class IndexText {
  private head: Buffer | undefined;
  private readonly entries = new Map<string, Buffer>();

  constructor(
    private readonly index: CacheIndex,
    private readonly building: ReadonlySet<string>,
  ) {}

  private entry(name: string): Buffer {
    return Buffer.from(`${JSON.stringify(name)}:${JSON.stringify(this.index.articles[name])}`);
  }

  prepare(): void {
    if (this.head !== undefined) return;
    const { version, sources, files } = this.index;
    const sortedFiles = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    this.head = Buffer.from(`{"version":${JSON.stringify(version)},${sources ? `"sources":${JSON.stringify(sources)},` : ''}"files":${JSON.stringify(sortedFiles)},"articles":{`);
    for (const name of Object.keys(this.index.articles)) if (!this.building.has(name)) this.entries.set(name, this.entry(name));
  }

  bytes(): Buffer {
    this.prepare();
    const parts = [this.head!];
    for (const name of Object.keys(this.index.articles).sort()) {
      if (parts.length > 1) parts.push(COMMA);
      parts.push(this.entries.get(name) ?? this.entry(name));
    }
    parts.push(END);
    return Buffer.concat(parts);
  }
}

const COMMA = Buffer.from(',');
const END = Buffer.from('}}\n');

/** Regular files below a folder, as sorted paths; dot-files and folders are skipped. */
export function filesBelow(dir: string): string[] {
  return relativeFilesBelow(dir).map((path) => join(dir, path));
}

/** Regular files below a folder, as sorted paths relative to it (`/`-separated); dot-files and folders are skipped. */
function relativeFilesBelow(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) found.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return found.sort();
}

/** Hashes input files, reusing the index's digest when size and mtime are unchanged. */
export class FileHasher {
  /** Stamps seen in this build: the next index keeps only these, so it never grows stale. */
  readonly seen: Record<string, FileStamp> = {};
  /** Whether a stamp differs from the previous index (a file was new, changed or only touched). */
  changed = false;

  constructor(private readonly previous: Record<string, FileStamp>) {}

  hash(path: string): string {
    const stat = statSync(path);
    const known = this.previous[path];
    let stamp: FileStamp;
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) stamp = known;
    else {
      stamp = { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
      this.changed = true;
    }
    this.seen[path] = stamp;
    return stamp.sha256;
  }

  /** One digest of the files below a folder, keyed by their relative paths. */
  digestFolder(dir: string): string {
    const digest = createHash('sha256');
    for (const path of relativeFilesBelow(dir)) digest.update(`${path}\0${this.hash(join(dir, path))}\n`);
    return digest.digest('hex');
  }

  /** One digest for a set of files, keyed by their paths relative to `base`. */
  digestFiles(paths: string[], base: string): string {
    const digest = createHash('sha256');
    for (const path of paths) digest.update(`${relative(base, path)}\0${this.hash(path)}\n`);
    return digest.digest('hex');
  }
}

/** The part of every article's key that all articles share: templates, options and brief's version. */
export function sharedKey(parts: { templates: string; options: unknown; version: string }): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The key of an article: the digest of its own files with the shared part. */
export function articleKey(article: string, shared: string): string {
  return createHash('sha256').update(article).update(shared).digest('hex');
}

/** The folders an article's outputs live in, `.` included, from their relative paths. */
export function outputFolders(paths: string[]): string[] {
  const folders = new Set<string>(['.']);
  for (const path of paths) for (let dir = dirname(path); dir !== '.' && !folders.has(dir); dir = dirname(dir)) folders.add(dir);
  return [...folders].sort();
}

/** Modification times of an article's output folders, or undefined when one is missing. */
export function folderStamps(articleOut: string, folders: string[]): Record<string, number> | undefined {
  const stamps: Record<string, number> = {};
  for (const folder of folders) {
    const info = statSync(folder === '.' ? articleOut : join(articleOut, folder), { throwIfNoEntry: false });
    if (!info) return undefined;
    stamps[folder] = info.mtimeMs;
  }
  return stamps;
}

/** Number and total size of the files below an article's output folder (dot-files, i.e. temporary files, aside). */
export function outputTotals(articleOut: string): { files: number; bytes: number } {
  const totals = { files: 0, bytes: 0 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        totals.files++;
        totals.bytes += statSync(path).size;
      }
    }
  };
  try {
    walk(articleOut);
  } catch {
    return { files: -1, bytes: -1 };
  }
  return totals;
}
