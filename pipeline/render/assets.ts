// Finds brief's own files under templates/ (schemas, CSS) from wherever the code runs: sources, tests or the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding `templates/`: the nearest ancestor of this module (or of the bundle in dist/) that has one. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'package.json'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`brief: cannot find templates/ above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const cache = new Map<string, Buffer>();

/** The bytes of `templates/<path>`, read once per process. */
export function templateBytes(path: string): Buffer {
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = readFileSync(join(projectRoot(), 'templates', path));
    cache.set(path, bytes);
  }
  return bytes;
}

export function templateText(path: string): string {
  return templateBytes(path).toString('utf8');
}
