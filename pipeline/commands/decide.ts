// `brief decide ID ACTION`: pin an editor's decision for one discrepancy in its article's decisions.json.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { loadArticle } from '../article.ts';
import { formatMessage, userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { Discrepancy } from '../model.ts';
import { articleOptions, reconcile } from '../reconcile/index.ts';
import { repinDecisions } from '../reconcile/resolve.ts';
import { ACTIONS, recordDecision, renameDecisions, shown, type Action } from './decisions-file.ts';

export interface DecideOptions {
  text?: string;
  note?: string;
  /** The article folder; without it the id is looked for in every article of `sources`. */
  article?: string;
  sources?: string;
}

/** An article folder reconciled as `brief diff` does it (its decisions applied), with its warnings. */
export async function reconcileFolder(dir: string) {
  const article = await loadArticle(dir);
  const { reconciled, messages } = reconcile(article.revisions, articleOptions(article));
  return { article, reconciled, messages: [...article.messages, ...messages] };
}

/** The article folders of a sources folder, in name order. */
function articleFolders(sources: string): string[] {
  try {
    return readdirSync(sources, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
      .map((e) => join(sources, e.name))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw userMessage('missing-file', { path: sources, reason: code === 'ENOENT' ? 'no such folder' : String((error as Error).message) }, undefined, sources);
  }
}

const usage = (reason: string, file?: string) => userMessage('usage', { reason }, { line: 1, column: 1 }, file);

/** Find the one article whose discrepancies include `id`: the named one, or the only one in `sources` that has it. */
async function findArticle(id: string, options: DecideOptions): Promise<{ dir: string; discrepancy: Discrepancy }> {
  if (options.article) {
    const { reconciled } = await reconcileFolder(options.article);
    const discrepancy = reconciled.discrepancies.find((d) => d.id === id);
    if (!discrepancy) {
      throw usage(`no discrepancy of ${shown(options.article)} has the id \`${id}\`; \`brief diff ${shown(options.article)}\` lists its ids`, shown(options.article));
    }
    return { dir: options.article, discrepancy };
  }
  const sources = options.sources ?? 'sources';
  const found: Array<{ dir: string; discrepancy: Discrepancy }> = [];
  const unreadable: VFileMessage[] = [];
  for (const dir of articleFolders(sources)) {
    try {
      const { reconciled } = await reconcileFolder(dir);
      const discrepancy = reconciled.discrepancies.find((d) => d.id === id);
      if (discrepancy) found.push({ dir, discrepancy });
    } catch (error) {
      // An article that cannot be read may hold the id: said below if the id is found nowhere else.
      if (!(error instanceof VFileMessage)) throw error;
      unreadable.push(error);
    }
  }
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw usage(`the id \`${id}\` names a discrepancy in ${found.map((f) => shown(f.dir)).join(' and ')}; say which with --article DIR`);
  }
  for (const message of unreadable) process.stderr.write(`${formatMessage(message)}\n`);
  const also = unreadable.length ? ` (nor, perhaps, in the ${unreadable.length} article(s) that could not be read, above)` : '';
  throw usage(`no article in ${shown(sources)} has a discrepancy with the id \`${id}\`${also}; \`brief diff ${shown(sources)}/<article>\` lists an article's ids`, shown(sources));
}

/** Run a command: a user error is printed as `file:line:col: error: …` and is exit 2; any other error is a bug, thrown on. */
export async function exitOnUserError(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    process.stderr.write(`${formatMessage(error)}\n`);
    return EXIT.badInput;
  }
}

/**
 * `brief decide --repin`: in the named article, or every article of `sources`, write the new id of each decision
 * that followed its statement after an edit (what the `repinned-decision` warning announces).
 */
export function repinCommand(options: DecideOptions): Promise<number> {
  return exitOnUserError(async () => {
    const dirs = options.article ? [options.article] : articleFolders(options.sources ?? 'sources');
    let total = 0;
    for (const dir of dirs) {
      const { article, reconciled } = await reconcileFolder(dir);
      const { moved } = repinDecisions(article.decisions, reconciled.discrepancies);
      if (!moved.length) continue;
      const byId = new Map(reconciled.discrepancies.map((d) => [d.id, d]));
      const file = renameDecisions(dir, moved.map((m) => ({ from: m.from, to: byId.get(m.to)! })));
      for (const m of moved) process.stdout.write(`re-pinned ${m.from} as ${m.to} (${m.kind}) in ${file}\n`);
      total += moved.length;
    }
    if (!total) process.stdout.write('no decision needed re-pinning\n');
    return EXIT.ok;
  });
}

/** Run `brief decide`; returns the exit code (0 recorded, 2 bad input or usage). */
export function decideCommand(id: string, action: string, options: DecideOptions): Promise<number> {
  return exitOnUserError(async () => {
    if (!ACTIONS.includes(action as Action)) throw usage(`unknown action \`${action}\`; use one of ${ACTIONS.join(', ')}`);
    if (action === 'custom' && (options.text === undefined || options.text.trim() === '')) {
      throw usage('`custom` needs the text to keep: --text "…"');
    }
    if (action !== 'custom' && options.text !== undefined) throw usage(`--text goes with \`custom\`, not \`${action}\``);
    const { dir, discrepancy } = await findArticle(id, options);
    const { file, previous } = recordDecision(dir, id, { action: action as Action, text: options.text, note: options.note }, discrepancy);
    const was = (previous as { action?: unknown } | undefined)?.action;
    process.stdout.write(`recorded ${action} for ${id} of ${shown(dir)} in ${file}${previous ? ` (replacing ${typeof was === 'string' ? was : 'an earlier decision'})` : ''}\n`);
    return EXIT.ok;
  });
}
