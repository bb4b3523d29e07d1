// `brief diff`: reads two revision files or an article folder, reconciles them and prints the report (reconcile/report.ts).
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { loadArticle } from '../article.ts';
import { formatMessage, userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { Decisions, Revision } from '../model.ts';
import { readRevision } from '../read/index.ts';
import { reconcile } from '../reconcile/index.ts';
import { diffReport, diffText } from '../reconcile/report.ts';
import { needsDecision } from '../reconcile/resolve.ts';

async function readRevisionFile(path: string, id: string): Promise<Revision> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw userMessage('missing-file', { path, reason: error.code === 'ENOENT' ? 'no such file' : error.message }, undefined, path);
  });
  const { tree, format, title, file } = readRevision(path, bytes);
  return { id, label: basename(path), file: path, format, title, tree, vfile: file };
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Run `brief diff`; returns the exit code (0 ok, 2 bad input, 3 `--strict` with an unresolved conflict). */
export async function diffCommand(opts: { paths: string[]; json: boolean; strict: boolean }): Promise<number> {
  const warn = (m: VFileMessage) => process.stderr.write(`${formatMessage(m)}\n`);
  try {
    let revisions: Revision[];
    let name: string;
    let title: string;
    let language = 'en';
    let decisions: Decisions | undefined;
    let decisionsFile: string | undefined;
    if (opts.paths.length === 1 && (await isDirectory(opts.paths[0]))) {
      const article = await loadArticle(opts.paths[0]);
      article.messages.forEach(warn);
      ({ revisions, name, title, language, decisions, decisionsFile } = article);
    } else if (opts.paths.length === 2) {
      revisions = [await readRevisionFile(opts.paths[0], 'r1'), await readRevisionFile(opts.paths[1], 'r2')];
      name = basename(opts.paths[1]).replace(/\.[^.]+$/, '');
      title = revisions[1].title;
    } else if (opts.paths.length === 1 && !(await stat(opts.paths[0]).then(() => true, () => false))) {
      throw userMessage('missing-file', { path: opts.paths[0], reason: 'no such file or folder' }, undefined, opts.paths[0]);
    } else {
      throw userMessage('usage', { reason: `diff takes two revision files or one article folder, not ${opts.paths.length} path(s)` });
    }
    const { reconciled, messages } = reconcile(revisions, { name, title, language, decisions, decisionsFile });
    messages.forEach(warn);
    const colour = !opts.json && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    process.stdout.write(opts.json ? `${JSON.stringify(diffReport(reconciled), null, 2)}\n` : diffText(reconciled, colour));
    if (opts.strict) {
      const open = reconciled.discrepancies.filter(needsDecision);
      if (open.length) {
        for (const d of open) {
          const s = d.old ?? d.new!;
          process.stderr.write(`${s.file ?? s.revision}:${s.line}: error: ${d.kind} ${d.id} has no editor decision; pin one in ${decisionsFile ?? 'sources/<article>/decisions.json'} [unresolved]\n`);
        }
        return EXIT.unresolved;
      }
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof VFileMessage) {
      warn(error);
      return EXIT.badInput;
    }
    throw error;
  }
}
