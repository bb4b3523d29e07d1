// `brief build --watch`: rebuild what changed when a source, template or decisions file is saved; Ctrl-C exits cleanly.
import { basename, join } from 'node:path';
import chokidar from 'chokidar';
import { projectRoot } from '../assets.ts';
import type { BuildCommandOptions } from '../model.ts';

// Long enough to take an editor's save (truncate, write, rename) as one change; a reader waits for it on every save.
export const DEBOUNCE_MS = 50;

export async function watchBuild(options: BuildCommandOptions, build: (options: BuildCommandOptions) => Promise<number>): Promise<number> {
  let code = await build(options);
  const watched = [options.sources, join(projectRoot(), 'templates')];
  const watcher = chokidar.watch(watched, { ignoreInitial: true, ignored: (path: string) => basename(path).startsWith('.') });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const changed = new Set<string>();
  const rebuild = () => {
    const paths = [...changed];
    changed.clear();
    running = running.then(async () => {
      process.stderr.write(`changed: ${paths.join(', ')}\n`);
      code = await build(options);
      process.stderr.write(`watching ${watched.join(' and ')} (Ctrl-C to stop)\n`);
    });
  };
  watcher.on('all', (_event, path) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  process.stderr.write(`watching ${watched.join(' and ')} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearTimeout(timer);
  await running;
  await watcher.close();
  return code;
}
