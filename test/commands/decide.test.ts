// `brief decide` as a user runs it: what it writes to decisions.json, what it refuses, and --strict after it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDecisions } from '../../pipeline/article.ts';
import { decideCommand, reconcileFolder, repinCommand } from '../../pipeline/commands/decide.ts';
import { writeAtomically } from '../../pipeline/commands/decisions-file.ts';
import { diffCommand } from '../../pipeline/commands/diff.ts';
import { captureOutput, sources } from './helpers.ts';

const output = captureOutput();

/** The ids of the article's fact-conflicts (built, owner) and of the added sentence, as reconcile reports them. */
async function ids(dir: string) {
  const { reconciled } = await reconcileFolder(dir);
  const find = (test: (d: (typeof reconciled.discrepancies)[number]) => boolean) => reconciled.discrepancies.find(test)!.id;
  return {
    built: find((d) => d.kind === 'fact-conflict' && Boolean(d.old?.text.includes('built'))),
    owner: find((d) => d.kind === 'fact-conflict' && Boolean(d.old?.text.includes('owner'))),
    added: find((d) => d.kind === 'added'),
  };
}

const read = (dir: string) => readFileSync(join(dir, 'decisions.json'), 'utf8');
/** The ids in the order the file writes them (a JS object would put "5" first). */
const order = (dir: string) => [...read(dir).matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);

describe('brief decide', () => {
  it('writes decisions.json with the decision, finding the article among --sources, and says what it recorded', async () => {
    const { sources: root, dir } = sources();
    const { built } = await ids(dir);
    expect(await decideCommand(built, 'keep-older', { note: '1820 is in the deed', sources: root })).toBe(0);
    expect(read(dir)).toBe(
      [
        '{',
        `  "${built}": {`,
        '    "action": "keep-older",',
        '    "note": "1820 is in the deed",',
        '    "kind": "fact-conflict",',
        '    "old": "The mill was built in 1820 by the river.",',
        '    "new": "The mill was built in 1824 by the river."',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(output.out).toBe(`recorded keep-older for ${built} of ${dir} in ${join(dir, 'decisions.json')}\n`);
    expect(output.err).toBe('');
  });

  it('appends a new id at the end and keeps every other entry, its order, notes and fields', async () => {
    const { sources: root, dir } = sources();
    const { built, owner, added } = await ids(dir);
    // Hand-written: other spacing, an id reconcile no longer reports, a field brief does not know, a key that looks like a number.
    writeFileSync(
      join(dir, 'decisions.json'),
      `{"zz-old": {"action": "keep-newer", "note": "was checked"},\n "${added}": {"action": "custom", "text": "A second wheel, 1851.", "by": "ed"},\n "5": {"action": "keep-older"}}`,
    );
    expect(await decideCommand(owner, 'custom', { text: 'The owner was Anna Berg from 1831.', sources: root })).toBe(0);
    const written = JSON.parse(read(dir));
    expect(order(dir)).toEqual(['zz-old', added, '5', owner]);
    expect(Object.keys(parseDecisions(new VFile({ path: 'decisions.json', value: read(dir) }))).sort()).toEqual(['zz-old', added, '5', owner].sort());
    expect(written['zz-old']).toEqual({ action: 'keep-newer', note: 'was checked' });
    expect(written[added]).toEqual({ action: 'custom', text: 'A second wheel, 1851.', by: 'ed' });
    expect(written['5']).toEqual({ action: 'keep-older' });
    expect(written[owner]).toEqual({
      action: 'custom',
      text: 'The owner was Anna Berg from 1831.',
      kind: 'fact-conflict',
      old: 'The owner was Anna Berg since 1830.',
      new: 'The owner was Anna Berg since 1832.',
    });
    expect(read(dir).endsWith('}\n')).toBe(true);

    // Deciding an id again replaces its decision where it stands.
    expect(await decideCommand(added, 'keep-older', { article: dir })).toBe(0);
    expect(order(dir)).toEqual(['zz-old', added, '5', owner]);
    expect(JSON.parse(read(dir))[added]).toEqual({ action: 'keep-older', kind: 'added', new: 'A second wheel was added in 1850.' });
    expect(output.out).toContain('(replacing custom)');
    expect(built).toBeTruthy();
  });

  it('refuses custom without --text, and --text with another action (exit 2, file untouched)', async () => {
    const { sources: root, dir } = sources();
    const { built } = await ids(dir);
    expect(await decideCommand(built, 'custom', { sources: root })).toBe(2);
    expect(output.err).toMatch(/error: `custom` needs the text to keep: --text .*\[usage\]/);
    expect(await decideCommand(built, 'keep-newer', { text: 'x', sources: root })).toBe(2);
    expect(await decideCommand(built, 'keep-everything', { sources: root })).toBe(2);
    expect(output.err).toContain('unknown action `keep-everything`');
    expect(readdirSync(dir)).not.toContain('decisions.json');
  });

  it('refuses an id no article has (exit 2), naming it and how to list the ids', async () => {
    const { sources: root, dir } = sources();
    expect(await decideCommand('0123456789ab', 'keep-older', { sources: root })).toBe(2);
    expect(output.err).toContain('`0123456789ab`');
    expect(output.err).toContain(`brief diff ${root}/<article>`);
    output.err = '';
    expect(await decideCommand('0123456789ab', 'keep-older', { article: dir })).toBe(2);
    expect(output.err).toContain(`\`brief diff ${dir}\` lists its ids`);
    expect(readdirSync(dir)).not.toContain('decisions.json');
  });

  it('asks for --article when two articles have the id', async () => {
    const { sources: root, dir } = sources('mill', 'mill-copy');
    const { built } = await ids(dir);
    expect(await decideCommand(built, 'keep-newer', { sources: root })).toBe(2);
    expect(output.err).toMatch(/mill and .*mill-copy; say which with --article DIR/);
    expect(await decideCommand(built, 'keep-newer', { sources: root, article: join(root, 'mill-copy') })).toBe(0);
    expect(readdirSync(dir)).not.toContain('decisions.json');
    expect(readdirSync(join(root, 'mill-copy'))).toContain('decisions.json');
  });

  it('reports a broken decisions.json at its line, as every command does (exit 2)', async () => {
    const { sources: root, dir } = sources();
    const { built } = await ids(dir);
    writeFileSync(join(dir, 'decisions.json'), '{\n  "a": {"action": "keep-older"},\n  "b": {"action": "drop"}\n}\n');
    expect(await decideCommand(built, 'keep-newer', { article: dir })).toBe(2);
    expect(output.err).toMatch(/decisions\.json:3:\d+: error: decision "b" has an unknown action "drop".*\[manifest-shape\]/);
    output.err = '';
    expect(await decideCommand(built, 'keep-newer', { sources: root })).toBe(2);
    expect(output.err).toMatch(/decisions\.json:3:\d+: error: .*\[manifest-shape\]/);
    expect(read(dir)).toContain('"drop"');
  });

  it('writes atomically: a new file renamed into place, no temporary file left, the old file whole when the rename fails', async () => {
    const { sources: root, dir } = sources();
    const { built, owner } = await ids(dir);
    await decideCommand(built, 'keep-older', { sources: root });
    const before = statSync(join(dir, 'decisions.json')).ino;
    await decideCommand(owner, 'keep-newer', { sources: root });
    expect(statSync(join(dir, 'decisions.json')).ino).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['01-old.md', '02-new.md', 'decisions.json']);

    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'inside'), { recursive: true }); // a folder where the file should go: the rename fails
    expect(() => writeAtomically(blocked, '{}\n', dir)).toThrow(/cannot write/);
    expect(readdirSync(dir).filter((name) => name.includes('brief-tmp'))).toEqual([]);
  });

  it('once every conflict is decided, the file parses and `brief diff --strict` exits 0', async () => {
    const { sources: root, dir } = sources();
    const { built, owner } = await ids(dir);
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(3);
    await decideCommand(built, 'keep-older', { sources: root, note: 'deed' });
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(3);
    await decideCommand(owner, 'custom', { sources: root, text: 'The owner was Anna Berg from 1831.' });
    expect(Object.keys(parseDecisions(new VFile({ path: 'decisions.json', value: read(dir) })))).toEqual([built, owner]);
    output.out = '';
    output.err = '';
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(0);
    const report = JSON.parse(output.out);
    const policy = (id: string) => report.discrepancies.find((d: { id: string }) => d.id === id).resolution;
    expect(policy(built)).toMatchObject({ policy: 'editor-older', value: 'The mill was built in 1820 by the river.', note: 'deed' });
    expect(policy(owner)).toMatchObject({ policy: 'editor-custom', value: 'The owner was Anna Berg from 1831.' });
    expect(output.err).toBe('');
  });
});

describe('brief decide --repin', () => {
  it('writes the new id of a decision whose statement an edit reworded, keeping its action and note, and --strict stays green', async () => {
    const { sources: root, dir } = sources();
    const { built } = await ids(dir);
    expect(await decideCommand(built, 'keep-older', { note: '1820 is in the deed', sources: root })).toBe(0);
    writeFileSync(join(dir, '02-new.md'), readFileSync(join(dir, '02-new.md'), 'utf8').replace('by the river', 'by the broad river'));
    const { messages, reconciled } = await reconcileFolder(dir);
    expect(messages.map((m) => m.ruleId)).toContain('repinned-decision');
    const now = reconciled.discrepancies.find((d) => d.kind === 'fact-conflict' && d.new?.text.includes('broad'))!;
    expect(now.resolution.policy).toBe('editor-older');
    expect(await repinCommand({ sources: root })).toBe(0);
    expect(output.out).toContain(`re-pinned ${built} as ${now.id}`);
    expect(order(dir)).toEqual([now.id]);
    expect(read(dir)).toContain('"note": "1820 is in the deed"');
    expect(read(dir)).toContain('by the broad river');
    expect((await reconcileFolder(dir)).messages.map((m) => m.ruleId)).not.toContain('repinned-decision');
  });
});
