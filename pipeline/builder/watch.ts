// `brief build --watch`: rebuild what changed when a source, template or decisions file is saved; Ctrl-C exits cleanly.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import chokidar from 'chokidar';
import { projectRoot } from '../assets.ts';
import type { BuildCommandOptions } from '../model.ts';

/**
 * How long a change waits for the rest of its save (truncate, write, rename) before the rebuild starts; a reader
 * waits for it on every save. It was 50 ms, chokidar's window (below): a rebuild then never began before a save that
 * chokidar reported no more of was written. Now each file is looked at again when that window is over (`watchBuild`).
 */
export const DEBOUNCE_MS = 10;

/** chokidar reports one change of a file per 50 ms and passes over the others (its `_throttle` of `change`). */
const CHOKIDAR_WINDOW_MS = 50;

/** What tells that a file was written again: its size, time and inode ('' when it is not there). */
function stampOf(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? `${info.size}:${info.mtimeMs}:${info.ino}` : '';
}

export async function watchBuild(options: BuildCommandOptions, build: (options: BuildCommandOptions) => Promise<number>): Promise<number> {
  let code = await build(options);
  const watched = [options.sources, join(projectRoot(), 'templates')];
  const watcher = chokidar.watch(watched, { ignoreInitial: true, ignored: (path: string) => basename(path).startsWith('.') });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const changed = new Set<string>();
  /** The stamp of each file when the last rebuild that read it began, and the files whose rebuild has not begun. */
  const read = new Map<string, string>();
  const waiting = new Set<string>();
  let stopped = false;
  const later = (path: string) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  };
  const rebuild = () => {
    const paths = [...changed];
    changed.clear();
    for (const path of paths) waiting.add(path);
    running = running.then(async () => {
      for (const path of paths) {
        waiting.delete(path);
        read.set(path, stampOf(path));
      }
      process.stderr.write(`changed: ${paths.join(', ')}\n`);
      code = await build(options);
      process.stderr.write(`watching ${watched.join(' and ')} (Ctrl-C to stop)\n`);
    });
  };
  // A file chokidar reported is looked at again once chokidar would report it again: written since the rebuild
  // read it (a save still being written then, whose later changes chokidar passed over), it is rebuilt again.
  const lookAgain = (path: string) => {
    if (stopped || changed.has(path) || waiting.has(path)) return;
    if (read.has(path) && stampOf(path) !== read.get(path)) later(path);
  };
  watcher.on('all', (_event, path) => {
    later(path);
    setTimeout(lookAgain, CHOKIDAR_WINDOW_MS + 5, path);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  process.stderr.write(`watching ${watched.join(' and ')} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopped = true;
  clearTimeout(timer);
  await running;
  await watcher.close();
  return code;
}
