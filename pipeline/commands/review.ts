// `brief review sources/<article>`: walk the undecided conflicts on a terminal, recording each decision at once.
import { confirm, input, select } from '@inquirer/prompts';
import { formatMessage, userMessage } from '../errors.ts';
import { EXIT } from '../exit.ts';
import type { Discrepancy, Reconciled } from '../model.ts';
import { discrepancyText, palette } from '../reconcile/report.ts';
import { needsDecision } from '../reconcile/resolve.ts';
import { exitOnUserError, reconcileFolder } from './decide.ts';
import { recordDecision, shown, type Action } from './decisions-file.ts';

export type Choice = Action | 'skip' | 'quit';

/** The questions review asks; the terminal's by default, a test's own when it passes one. */
export interface Asker {
  choose(d: Discrepancy): Promise<Choice>;
  customText(d: Discrepancy): Promise<string>;
  note(): Promise<string>;
  reviewMore(count: number): Promise<boolean>;
}

/** The answers to "what does the briefing keep?", worded for an addition or a removal where it is one. */
export function choicesFor(d: Discrepancy): Array<{ value: Choice; name: string; description: string }> {
  return [
    { value: 'keep-older', name: 'keep older', description: d.old ? 'the briefing keeps what the older revision says' : 'the briefing leaves out what the newer revision added' },
    { value: 'keep-newer', name: 'keep newer', description: d.new ? 'the briefing keeps what the newer revision says, and the decision is on record' : 'the briefing leaves out what the newer revision removed, and the decision is on record' },
    { value: 'custom', name: 'custom text', description: 'write the text the briefing keeps' },
    { value: 'skip', name: 'skip', description: 'decide later; the newest revision wins meanwhile' },
    { value: 'quit', name: 'quit', description: 'stop here; what is decided so far is already saved' },
  ];
}

export const terminalAsker: Asker = {
  choose: (d) => select<Choice>({ message: 'Decision:', choices: choicesFor(d), default: 'skip', theme: { indexMode: 'number' } }),
  customText: (d) =>
    input({
      message: 'Text to keep:',
      default: d.new?.text ?? d.old?.text ?? '',
      prefill: 'editable',
      validate: (value) => (value.trim() ? true : 'the text may not be empty (choose skip to leave it undecided)'),
    }),
  note: () => input({ message: 'Note (why; Enter for none):' }),
  reviewMore: (count) => confirm({ message: `Review the ${count} other major change(s) too?`, default: false }),
};

/** One discrepancy as `brief diff` shows it (section, both sides marked, file:line, facts), without its summary line. */
export function showDiscrepancy(reconciled: Reconciled, d: Discrepancy, colour: boolean): string {
  const block = `${palette(colour).heading(d.section)}\n\n${discrepancyText(d, colour)}\n\n`;
  // diff names the facts of conflicts on their first line; for the other changes they are listed here.
  const conflict = d.kind === 'fact-conflict' || d.kind === 'internal-contradiction';
  const facts = !conflict && d.facts.length ? `    facts: ${d.facts.map((f) => `${f.type}: ${f.old ?? '∅'} → ${f.new ?? '∅'}`).join('; ')}\n` : '';
  return block.replace(/\n\n$/, `\n${facts}\n`);
}

const isExit = (error: unknown) => error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

/** Run `brief review`; returns the exit code (0 done or quit, 2 bad input or no terminal). */
export function reviewCommand(dir: string, asker: Asker = terminalAsker, terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY)): Promise<number> {
  const say = (s: string) => process.stdout.write(s);
  return exitOnUserError(async () => {
    if (!terminal) {
      throw userMessage(
        'usage',
        { reason: `review needs a terminal to ask its questions, and stdin or stdout is not one; use \`brief decide ID keep-older|keep-newer|custom --article ${shown(dir)}\` instead (ids from \`brief diff ${shown(dir)}\`)` },
        { line: 1, column: 1 },
        shown(dir),
      );
    }
    const { reconciled, messages } = await reconcileFolder(dir);
    for (const m of messages) process.stderr.write(`${formatMessage(m)}\n`);
    const colour = !process.env.NO_COLOR;
    const p = palette(colour);
    const conflicts = reconciled.discrepancies.filter(needsDecision);
    const others = reconciled.discrepancies.filter((d) => d.significance === 'major' && d.resolution.policy === 'newest' && !needsDecision(d));
    let recorded = 0;
    let file: string | undefined;
    let open = conflicts.length;

    /** Ask about each discrepancy of a list; false when the editor quit. */
    const walk = async (list: Discrepancy[], what: string): Promise<boolean> => {
      for (const [index, d] of list.entries()) {
        say(`\n${p.kind(`${what} ${index + 1} of ${list.length}`)}\n\n${showDiscrepancy(reconciled, d, colour)}`);
        const choice = await asker.choose(d);
        if (choice === 'quit') return false;
        if (choice === 'skip') continue;
        const text = choice === 'custom' ? await asker.customText(d) : undefined;
        const note = (await asker.note()).trim() || undefined;
        ({ file } = recordDecision(dir, d.id, { action: choice, text, note }, d));
        recorded++;
        if (needsDecision(d)) open--;
        say(`${p.dim(`recorded ${choice} for ${d.id} in ${file}`)}\n`);
      }
      return true;
    };

    try {
      if (conflicts.length === 0) say(`${shown(dir)}: no fact-conflict or internal contradiction is waiting for a decision\n`);
      const going = await walk(conflicts, 'conflict');
      if (going && others.length && (await asker.reviewMore(others.length))) await walk(others, 'major change');
    } catch (error) {
      if (!isExit(error)) throw error;
      say('\nreview stopped\n');
    }
    const where = file ?? `${shown(dir)}/decisions.json`;
    say(`${recorded} decision(s) recorded${recorded ? ` in ${where}` : ''}; ${open} fact-conflict(s) or contradiction(s) still undecided${open ? ` (\`brief review ${shown(dir)}\` again, or \`brief decide\`)` : ''}\n`);
    return EXIT.ok;
  });
}
