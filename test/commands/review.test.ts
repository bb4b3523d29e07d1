// `brief review` on a terminal: the real bin/brief on a pseudo-terminal (test/commands/terminal.py types the
// answers), what it records in decisions.json, and what it says without a terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../pipeline/model.ts';
import { reviewCommand, type Asker, type Choice } from '../../pipeline/commands/review.ts';
import { diffCommand } from '../../pipeline/commands/diff.ts';
import { captureOutput, sources } from './helpers.ts';

const repo = join(import.meta.dirname, '..', '..');
const brief = join(repo, 'bin', 'brief');
const terminal = join(import.meta.dirname, 'terminal.py');

const ENTER = '\r';
const CTRL_C = '\u0003';
const CLEAR_LINE = '\u0015';

/** A step: wait for `expect` on the screen, then type each key. The choices are numbered 1 keep older … 5 quit. */
type Step = { expect: string; send: string[] };
const pick = (n: number): Step => ({ expect: 'Decision:', send: [String(n), ENTER] });
const note = (text: string): Step => ({ expect: 'Note \\(why', send: text ? [text, ENTER] : [ENTER] });

/** Run `bin/brief review DIR` on a pseudo-terminal, answering as the steps say. */
function reviewOnTerminal(dir: string, steps: Step[]) {
  const result = spawnSync('python3', [terminal, JSON.stringify(steps), process.execPath, brief, 'review', dir], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color' },
    timeout: 120_000,
  });
  return { code: result.status, screen: result.stdout, stderr: result.stderr };
}

const decisionsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'decisions.json'), 'utf8'));

describe('brief review on a terminal', () => {
  const output = captureOutput();

  it('shows each conflict with its marked words, facts and file:line, and records the answers as they are given', async () => {
    const { dir } = sources();
    const run = reviewOnTerminal(dir, [
      pick(1),
      note('the deed says 1820'),
      pick(3),
      { expect: 'Text to keep:', send: [CLEAR_LINE, 'The owner was Anna Berg from 1831.', ENTER] },
      note(''),
      { expect: 'other major change', send: ['y', ENTER] },
      pick(2),
      note(''),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // What the editor saw first: the section, both sides with the changed words marked, the facts, each side's file:line.
    expect(run.screen).toContain('conflict 1 of 2');
    expect(run.screen).toContain('Lead');
    expect(run.screen).toContain('date: 1820 → 1824');
    expect(run.screen).toContain(`${join(dir, '01-old.md')}:3  The mill was built in [-1820-] by the river.`);
    expect(run.screen).toContain(`${join(dir, '02-new.md')}:3  The mill was built in {+1824+} by the river.`);
    expect(run.screen).toContain('major change 1 of 1');
    expect(run.screen).toContain('facts: date: ∅ → 1850');

    const decisions = decisionsOf(dir);
    const [built, owner, added] = Object.keys(decisions);
    expect(Object.keys(decisions)).toHaveLength(3);
    expect(decisions[built]).toEqual({ action: 'keep-older', note: 'the deed says 1820', kind: 'fact-conflict', old: 'The mill was built in 1820 by the river.', new: 'The mill was built in 1824 by the river.' });
    expect(decisions[owner]).toMatchObject({ action: 'custom', text: 'The owner was Anna Berg from 1831.', kind: 'fact-conflict' });
    expect(decisions[owner].note).toBeUndefined();
    expect(decisions[added]).toEqual({ action: 'keep-newer', kind: 'added', new: 'A second wheel was added in 1850.' });
    expect(run.screen).toMatch(/3 decision\(s\) recorded in .*decisions\.json; 0 fact-conflict\(s\) or contradiction\(s\) still undecided/);
    expect(readdirSync(dir).filter((name) => name.includes('brief-tmp'))).toEqual([]);

    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(0);
    expect(output.err).toBe('');
  });

  it('keeps what was decided when the editor quits, or presses Ctrl-C, part way', () => {
    const { dir } = sources();
    const quit = reviewOnTerminal(dir, [pick(2), note('newer is sourced'), pick(5)]);
    expect(quit.code).toBe(0);
    expect(Object.values(decisionsOf(dir))).toMatchObject([{ action: 'keep-newer', note: 'newer is sourced' }]);
    expect(quit.screen).toMatch(/1 decision\(s\) recorded .*; 1 fact-conflict\(s\) or contradiction\(s\) still undecided/);

    // Run again: the decided conflict is not asked about any more; Ctrl-C at the next loses nothing.
    const again = reviewOnTerminal(dir, [{ expect: 'conflict 1 of 1', send: [] }, { expect: 'Decision:', send: [CTRL_C] }]);
    expect(again.code).toBe(0);
    expect(again.screen).toContain('review stopped');
    expect(Object.values(decisionsOf(dir))).toMatchObject([{ action: 'keep-newer', note: 'newer is sourced' }]);
  });

  it('skips without recording, and asks about the other major changes only when told to', () => {
    const { dir } = sources();
    const run = reviewOnTerminal(dir, [pick(4), pick(4), { expect: 'other major change', send: ['n', ENTER] }]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'decisions.json'))).toBe(false);
    expect(run.screen).not.toContain('major change 1 of 1');
    expect(run.screen).toContain('0 decision(s) recorded; 2 fact-conflict(s)');
  });
});

describe('brief review without a terminal', () => {
  it('exits 2 and points to brief decide when stdin or stdout is not a terminal', () => {
    const { dir } = sources();
    const run = spawnSync(process.execPath, [brief, 'review', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/error: review needs a terminal to ask its questions, and stdin or stdout is not one; use `brief decide ID keep-older\|keep-newer\|custom --article .*` instead.*\[usage\]/);
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'decisions.json'))).toBe(false);
  });
});

describe('brief review with the answers a test gives', () => {
  const output = captureOutput();

  it('walks conflicts first, then the other major changes, through the questions it is given', async () => {
    const { dir } = sources();
    const asked: string[] = [];
    const answers: Choice[] = ['keep-older', 'skip', 'custom'];
    const asker: Asker = {
      choose: async (d: Discrepancy) => (asked.push(`${d.kind}:${d.significance}`), answers.shift()!),
      customText: async () => 'A second wheel was added in 1851.',
      note: async () => '',
      reviewMore: async (count) => (asked.push(`more ${count}?`), true),
    };
    expect(await reviewCommand(dir, asker, true)).toBe(0);
    expect(asked).toEqual(['fact-conflict:major', 'fact-conflict:major', 'more 1?', 'added:major']);
    expect(Object.values(decisionsOf(dir))).toMatchObject([
      { action: 'keep-older', kind: 'fact-conflict' },
      { action: 'custom', text: 'A second wheel was added in 1851.', kind: 'added' },
    ]);
    expect(output.out).toContain('1 fact-conflict(s) or contradiction(s) still undecided');
    expect(await reviewCommand(dir, asker, false)).toBe(2);
    expect(output.err).toContain('review needs a terminal');
  });
});
