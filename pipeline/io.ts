// The one interface to side effects (file system, clock), so a test can replace it and stages stay pure.
import { promises as fs } from 'node:fs';

export interface Io {
  readFile(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  readdir(path: string): Promise<Array<{ name: string; isFile: boolean; isDirectory: boolean }>>;
  exists(path: string): Promise<boolean>;
  /** Size in bytes of a file (following symlinks). */
  size(path: string): Promise<number>;
  /** Seconds since the epoch: SOURCE_DATE_EPOCH when set, else the clock. */
  now(): number;
}

export const nodeIo: Io = {
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  readText: (path) => fs.readFile(path, 'utf8'),
  async readdir(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory() }));
  },
  exists: (path) =>
    fs.stat(path).then(
      () => true,
      () => false,
    ),
  size: async (path) => (await fs.stat(path)).size,
  now() {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    return epoch && /^\d+$/.test(epoch) ? Number(epoch) : Math.floor(Date.now() / 1000);
  },
};
