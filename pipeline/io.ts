// The one interface to side effects (file system, clock), so a test can replace it and stages stay pure.
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

export interface Io {
  readFile(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  readdir(path: string): Promise<Array<{ name: string; isFile: boolean; isDirectory: boolean }>>;
  exists(path: string): Promise<boolean>;
  /** Size in bytes of a file (following symlinks). */
  size(path: string): Promise<number>;
  /** The path with every symlink resolved (to tell a link that leaves its folder). */
  realpath(path: string): Promise<string>;
  /** Seconds since the epoch: SOURCE_DATE_EPOCH when set, else the clock. */
  now(): number;
}

/** What a path (followed through symlinks) is, or undefined when it cannot be stated (missing, a dangling link, no access). */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The file system through Node's synchronous calls, behind the promises the interface gives: the read stage's few
 * small files (a manifest, revisions, a decisions file; about 20 calls an article) cost one system call each, where
 * `fs.promises` made each a round trip to libuv's thread pool (`readFile` four: open, stat, read, close). Read and
 * parse of 250 corpus articles in one thread: 4.8-6.8 -> 1.9-2.9 ms of CPU an article; the read stage inside a corpus
 * build's workers on a loaded machine: 92-356 -> 9-15 ms of wall an article. Errors are the same errors (code,
 * message), as rejections.
 */
export const nodeIo: Io = {
  readFile: async (path) => new Uint8Array(readFileSync(path)),
  readText: async (path) => readFileSync(path, 'utf8'),
  async readdir(path) {
    // A symlink counts as what it points to, so a link in an article folder is seen (and checked), not skipped.
    return readdirSync(path, { withFileTypes: true }).map((e) => {
      const info = e.isSymbolicLink() ? statOrUndefined(join(path, e.name)) : e;
      return { name: e.name, isFile: info?.isFile() ?? false, isDirectory: info?.isDirectory() ?? false };
    });
  },
  exists: async (path) => statOrUndefined(path) !== undefined,
  size: async (path) => statSync(path).size,
  // (The system's realpath(3), as `fs.promises.realpath` calls it; `realpathSync` walks the path in JavaScript.)
  realpath: async (path) => realpathSync.native(path),
  now() {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    return epoch && /^\d+$/.test(epoch) ? Number(epoch) : Math.floor(Date.now() / 1000);
  },
};

/** `parts` one after another in a new array (`size`: their total length, when known). */
export function joinBytes(parts: readonly Uint8Array[], size = parts.reduce((n, part) => n + part.length, 0)): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * The UTF-8 bytes of a text written piece by piece, encoded about a megabyte of characters at a time, so that no
 * string holds the whole text (a long article's facts.csv is 15 MB, its web page 8 MB). A piece must not end
 * between the two halves of a surrogate pair.
 */
export class Utf8Writer {
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  private text = '';

  write(piece: string): void {
    this.text += piece;
    if (this.text.length >= UTF8_PART) this.encode();
  }

  bytes(): Uint8Array {
    this.encode();
    return this.parts.length === 1 ? this.parts[0] : joinBytes(this.parts, this.size);
  }

  private encode(): void {
    if (!this.text && this.parts.length) return;
    const part = new TextEncoder().encode(this.text);
    this.parts.push(part);
    this.size += part.length;
    this.text = '';
  }
}

/** Characters a Utf8Writer encodes at a time. */
const UTF8_PART = 1 << 20;

/**
 * V8 lets the old generation grow to about three times what survived its last full collection before
 * collecting again: a long briefing's PDF step then held 600 MB of garbage on top of 200 MB live.
 * Growing by half at most bounds the peak (a 2 MB revision's build: 1016 MB → 711 MB peak RSS) at no
 * measurable cost in time. The flag is the process's, so worker threads share it.
 */
export function boundHeapGrowth(percent = 50): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** V8's interrupt budget (Node 20): how much bytecode a function runs between two looks at whether to optimise it. */
const INTERRUPT_BUDGET = 67_584;

/**
 * Optimise late: V8's interrupt budget times `factor` (1: V8's own), so TurboFan compiles only what stays hot. A cold
 * build of the example runs about a second, mostly code run a few times: TurboFan's compiles (on background threads,
 * which take the other core from the main thread on a loaded machine) and deoptimisations cost more there than
 * optimised code wins back (bench/README.md, "optimising late": 2.10 → 1.39 s of CPU). build.ts sets it for the first
 * article a process builds in its own thread, and back to V8's value after it, so that a watch's warm rebuilds optimise
 * as before; and for the pool's workers while they build (a worker starts cold: 40 corpus articles with 2 jobs, 18.8 →
 * 15.5 s of CPU; 120 articles, where warming up is a smaller share, 45.0 → 44.6 s). bin/code-cache.cjs sets the in-thread value before it compiles the cached program (V8 accepts a code
 * cache only under the flags it was made with). The flag is the process's, so worker threads share it.
 */
export function optimiseLate(factor = 16): void {
  setFlagsFromString(`--interrupt-budget=${factor * INTERRUPT_BUDGET}`);
}
