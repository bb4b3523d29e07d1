// `brief parse FILE`: one revision's normalized tree, as JSON (mdast with positions) or GFM Markdown.
import { readFile } from 'node:fs/promises';
import { userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { readRevision } from '../read/index.ts';
import { treeToMarkdown } from '../render/markdown/markdown.ts';

export async function parseCommand(path: string, options: { format?: string; as: 'json' | 'markdown' }): Promise<number> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'a folder, not a revision file (`brief diff` takes an article folder)' : error.message;
    throw userMessage('missing-file', { path, reason }, undefined, path);
  });
  const { tree } = readRevision(path, bytes, { format: options.format });
  process.stdout.write(options.as === 'markdown' ? treeToMarkdown(tree) : `${JSON.stringify(tree, null, 2)}\n`);
  return EXIT.ok;
}
