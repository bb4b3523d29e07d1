// The `brief` command: argument parsing and exit codes only; each command loads its stages lazily.
import { Command, CommanderError, Option } from 'commander';
import { formatMessage, isUserMessage, userMessage } from './errors.ts';
import { EXIT } from './exit.ts';
import { boundHeapGrowth } from './io.ts';

declare const BRIEF_VERSION: string;
const version = typeof BRIEF_VERSION === 'string' ? BRIEF_VERSION : '0.0.0-dev';

/** A list option given once or many times, comma-separated or not, spaces around the commas allowed. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** `--only sources/mill/` names the article `mill`, as `--only mill` does. */
function articleNames(value: string, previous: string[] = []): string[] {
  return collect(value, previous).map((v) => v.replace(/[\\/]+$/, '').split(/[\\/]/).pop()!);
}

function paperSize(value: string): 'a4' | 'letter' {
  const size = value.trim().toLowerCase();
  if (size === 'a4' || size === 'letter') return size;
  throw userMessage('usage', { reason: `--paper takes a4 or letter, not \`${value}\`` }, { line: 1, column: 1 });
}

export function program(): Command {
  const cli = new Command('brief')
    .description('Turn several revisions of an article into a reconciled, printable briefing.')
    .version(version, '-v, --version', 'print the version of brief')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  cli
    .command('parse')
    .description('Read one revision and print its normalized tree (mdast with positions) or GFM Markdown.')
    .argument('<file>', 'a revision file (rendered-page dump, sectioned export or Markdown)')
    .addOption(new Option('--format <format>', 'force the source format instead of detecting it').choices(['rendered', 'sectioned', 'markdown']))
    .addOption(new Option('--as <form>', 'what to print').choices(['json', 'markdown']).default('json'))
    .action(async (file: string, options: { format?: string; as: 'json' | 'markdown' }) => {
      const { parseCommand } = await import('./commands/parse.ts');
      process.exitCode = await parseCommand(file, options);
    });

  cli
    .command('diff')
    .description('Report every place two revisions disagree: `brief diff OLD NEW` or `brief diff sources/<article>`.')
    .argument('<paths...>', 'two revision files, or one article folder')
    .option('--json', 'print the report as JSON')
    .option('--strict', `exit ${EXIT.unresolved} when a fact-conflict or internal contradiction has no editor decision`)
    .action(async (paths: string[], options: { json?: boolean; strict?: boolean }) => {
      const { diffCommand } = await import('./commands/diff.ts');
      process.exitCode = await diffCommand({ paths, json: Boolean(options.json), strict: Boolean(options.strict) });
    });

  cli
    .command('decide')
    .description("Pin an editor's decision for one discrepancy (ids from `brief diff`) in its article's decisions.json.")
    .argument('[id]', 'the discrepancy id, as `brief diff` prints it')
    .argument('[action]', 'what the briefing keeps: keep-older, keep-newer or custom (with --text)')
    .option('--repin', 'write the new ids of decisions that followed their statement after an edit (no id or action then)')
    .option('--text <text>', 'the text to keep (with custom)')
    .option('--note <note>', 'why, kept with the decision')
    .option('--article <dir>', 'the article folder (default: the one article in --sources whose discrepancies include the id)')
    .option('--sources <dir>', 'folder of article folders to look in', 'sources')
    .action(async (id: string | undefined, action: string | undefined, options: { text?: string; note?: string; article?: string; sources: string; repin?: boolean }) => {
      const { decideCommand, repinCommand } = await import('./commands/decide.ts');
      if (options.repin) {
        if (id !== undefined) throw userMessage('usage', { reason: '--repin takes no id or action' }, { line: 1, column: 1 });
        process.exitCode = await repinCommand(options);
        return;
      }
      if (id === undefined || action === undefined) throw userMessage('usage', { reason: '`brief decide` needs an id and an action (keep-older, keep-newer or custom), or --repin' }, { line: 1, column: 1 });
      process.exitCode = await decideCommand(id, action, options);
    });

  cli
    .command('review')
    .description('Walk the undecided fact-conflicts of an article on a terminal and record a decision for each.')
    .argument('<article>', 'an article folder, e.g. sources/<article>')
    .action(async (article: string) => {
      const { reviewCommand } = await import('./commands/review.ts');
      process.exitCode = await reviewCommand(article);
    });

  cli
    .command('build')
    .description('Build the briefings of every article in the sources folder (or of the articles named) into the output folder.')
    .argument('[articles...]', 'articles to build, as names or folders (the same as --only)')
    .option('--sources <dir>', 'folder of article folders', 'sources')
    .option('--out <dir>', 'output folder', 'output')
    .option('--only <names...>', 'build only these articles (names or article folders, comma-separated or not)', articleNames)
    .addOption(new Option('--paper <size>', 'paper size of the PDFs: a4 or letter').default('a4').argParser((v: string) => paperSize(v)))
    .option('--format <formats>', 'comma-separated output formats: pdf,xhtml,epub,json', collect)
    .option('--strict', `exit ${EXIT.unresolved} when a fact-conflict or internal contradiction has no editor decision`)
    .option('--force', 'rebuild every selected article, even when its inputs are unchanged')
    .option('--check', `build nothing; exit ${EXIT.stale} listing the articles whose outputs are stale or missing`)
    .option('--jobs <n>', 'worker threads (default: one per core)')
    .option('--shard <k/n>', 'build only the k-th of n deterministic slices of the corpus (for CI matrices)')
    .addOption(new Option('--report <form>', 'diagnostics and per-article summary as text (stderr) or JSON (stdout)').choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', 'refuse revision files larger than this many bytes (default 8 MiB)')
    .option('--watch', 'rebuild what changed whenever a source, template or decisions file is saved')
    .option('--quiet', 'print nothing but errors')
    .action(async (articles: string[], options) => {
      const { buildCommand } = await import('./commands/build.ts');
      const only = articles.reduce((names: string[], a) => articleNames(a, names), options.only ?? []);
      process.exitCode = await buildCommand({ ...options, ...(only.length ? { only } : {}), version });
    });

  return cli;
}

export async function main(argv: string[]): Promise<number> {
  boundHeapGrowth();
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isUserMessage(error)) {
      process.stderr.write(`${formatMessage(error)}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`brief: internal error (this is a bug in brief, please report it)\n${(error as Error)?.stack ?? error}\n`);
    return EXIT.bug;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
