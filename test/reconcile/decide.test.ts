// The editor's decisions change the reconciled text itself: every action on every kind of discrepancy.
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Decisions, DiscrepancyKind } from '../../pipeline/model.ts';
import { diff } from './helpers.ts';

const OLDER = '# T\n\nThe bridge opened in 1932 to traffic. It is painted grey. Ferries stopped the same year.\n\nThe toll was abolished long ago.\n';
const NEWER = '# T\n\nThe bridge opened in 1934 to traffic. It is painted a dull grey. A museum opened nearby in 2001.\n\nThe toll was abolished long ago.\n';

/** The reconciled article's text after pinning one action on the discrepancy of a kind. */
function decide(kind: DiscrepancyKind, action: 'keep-older' | 'keep-newer' | 'custom', text?: string) {
  const base = diff(OLDER, NEWER).reconciled.discrepancies.find((d) => d.kind === kind);
  if (!base) throw new Error(`no ${kind} discrepancy`);
  const decisions: Decisions = { [base.id]: { action, ...(text ? { text } : {}), note: 'checked' } };
  const { reconciled } = diff(OLDER, NEWER, decisions);
  return { text: reconciled.tree.children.map((n) => toString(n)).join('\n'), reconciled, id: base.id };
}

describe('decisions change the reconciled article', () => {
  it('fact-conflict: keep-older states the older value, keep-newer the newer, custom the editor’s text', () => {
    expect(decide('fact-conflict', 'keep-older').text).toContain('The bridge opened in 1932 to traffic.');
    expect(decide('fact-conflict', 'keep-older').text).not.toContain('1934');
    expect(decide('fact-conflict', 'keep-newer').text).toContain('The bridge opened in 1934 to traffic.');
    const custom = decide('fact-conflict', 'custom', 'The bridge opened in 1933 after a long delay.');
    expect(custom.text).toContain('The bridge opened in 1933 after a long delay.');
    expect(custom.text).not.toMatch(/1932|1934/);
  });
  it('reworded: keep-older puts the older words back', () => {
    expect(decide('reworded', 'keep-older').text).toContain('It is painted grey.');
    expect(decide('reworded', 'keep-newer').text).toContain('It is painted a dull grey.');
  });
  it('added: keep-older takes the addition out, keep-newer keeps it, custom replaces it', () => {
    expect(decide('added', 'keep-older').text).not.toContain('A museum opened nearby');
    expect(decide('added', 'keep-newer').text).toContain('A museum opened nearby in 2001.');
    expect(decide('added', 'custom', 'A small museum opened in 2002.').text).toContain('A small museum opened in 2002.');
  });
  it('removed: keep-older puts the statement back where it stood, custom puts the editor’s text there', () => {
    const kept = decide('removed', 'keep-older').text;
    expect(kept).toMatch(/A museum opened nearby in 2001\. Ferries stopped the same year\.|Ferries stopped the same year\./);
    expect(kept.indexOf('Ferries stopped the same year.')).toBeGreaterThan(kept.indexOf('It is painted'));
    expect(kept.indexOf('Ferries stopped the same year.')).toBeLessThan(kept.indexOf('The toll was abolished'));
    expect(decide('removed', 'keep-newer').text).not.toContain('Ferries stopped');
    expect(decide('removed', 'custom', 'Ferries stopped in 1935.').text).toContain('Ferries stopped in 1935.');
  });
  it('marks a decided statement with its source and the editor’s note', () => {
    const { reconciled, id } = decide('fact-conflict', 'keep-older');
    const paragraph = reconciled.tree.children.find((n) => n.type === 'paragraph');
    expect(paragraph?.data).toMatchObject({ decided: { discrepancy: id, action: 'keep-older', note: 'checked', source: { revision: 'r1', line: 3 } } });
  });
  it('reads the datasets from the decided text: a custom sentence’s figures are extracted again', () => {
    const { reconciled } = decide('added', 'custom', 'A museum of 40% more floor space opened in 2002.');
    expect(reconciled.datasets.figures.map((f) => f.value)).toContain('40%');
  });
  it('states a decided date everywhere the article dates the same event', () => {
    const older = '# Nova Academy\n\nNova Academy was founded in 1901 by monks.\n\nThe school grew. Nova Academy, founded in 1901, has a library.\n';
    const newer = '# Nova Academy\n\nNova Academy was founded in 1903 by monks.\n\nThe school grew. Nova Academy, founded in 1903, has a library.\n';
    const conflicts = diff(older, newer).reconciled.discrepancies.filter((d) => d.kind === 'fact-conflict');
    const decisions: Decisions = Object.fromEntries(conflicts.slice(0, 1).map((d) => [d.id, { action: 'keep-older' as const }]));
    const text = diff(older, newer, decisions).reconciled.tree.children.map((n) => toString(n)).join('\n');
    expect(text).not.toContain('1903');
    expect(text).toContain('Nova Academy, founded in 1901, has a library.');
  });
});

describe('decisions survive edits', () => {
  it('follow their statement to its new id when an edit changes its wording, with a warning naming both ids', () => {
    const older = '# T\n\nThe bridge opened in 1932 to traffic from the north.\n';
    const newer = '# T\n\nThe bridge opened in 1934 to traffic from the north.\n';
    const edited = '# T\n\nThe bridge opened in 1934 to road traffic from the north.\n';
    const conflict = diff(older, newer).reconciled.discrepancies[0];
    const decisions: Decisions = { [conflict.id]: { action: 'keep-older', about: { kind: conflict.kind, old: conflict.old!.text, new: conflict.new!.text } } };
    const { reconciled, messages } = diff(older, edited, decisions);
    const now = reconciled.discrepancies.find((d) => d.kind === 'fact-conflict')!;
    expect(now.id).not.toBe(conflict.id);
    expect(now.resolution.policy).toBe('editor-older');
    expect(messages.map((m) => m.ruleId)).toEqual(['repinned-decision']);
    expect(String(messages[0].reason)).toContain(conflict.id);
    expect(String(messages[0].reason)).toContain(now.id);
  });
  it('stay stale when nothing reads like their statement any more', () => {
    const decisions: Decisions = { '0123456789ab': { action: 'keep-older', about: { kind: 'fact-conflict', old: 'A wholly different sentence about ships.', new: 'Another one about ships.' } } };
    const { messages } = diff(OLDER, NEWER, decisions);
    expect(messages.map((m) => m.ruleId)).toEqual(['stale-decision']);
  });
});

describe('citations stay honest', () => {
  const older = '# T\n\nThe bridge opened in 1932 to traffic.[^1]\n\n[^1]: Smith, Bridges of the North, 1990.\n';
  const newer = '# T\n\nThe bridge opened in 1934 to traffic.\n';
  const carried = (decisions?: Decisions) => {
    const { reconciled } = diff(older, newer, decisions);
    const definition = reconciled.tree.children.find((n) => n.type === 'footnoteDefinition');
    const paragraph = reconciled.tree.children.find((n) => n.type === 'paragraph')!;
    return { supports: (definition?.data as { carriedFrom?: { supports?: string } } | undefined)?.carriedFrom?.supports, text: toString(paragraph), cited: JSON.stringify(paragraph).includes('footnoteReference') };
  };
  it('marks an older citation on a statement whose facts changed as supporting the earlier version', () => {
    expect(carried()).toMatchObject({ supports: 'earlier-version', cited: true });
  });
  it('keeps the older statement’s own citation as its citation where the editor kept it', () => {
    const conflict = diff(older, newer).reconciled.discrepancies.find((d) => d.kind === 'fact-conflict')!;
    expect(carried({ [conflict.id]: { action: 'keep-older' } })).toMatchObject({ supports: 'same', text: 'The bridge opened in 1932 to traffic.', cited: true });
  });
});

describe('decisions on moved statements and contradictions', () => {
  it('moved: keep-older puts the older wording in the statement’s new place', () => {
    const older = '# T\n\nThe hall is old. The roof was slated by hand.\n\n## Later\n\nIt burned once.\n';
    const newer = '# T\n\nThe hall is old.\n\n## Later\n\nIt burned once. The roof was slated by hand again.\n';
    const moved = diff(older, newer).reconciled.discrepancies.find((d) => d.kind === 'moved' || d.kind === 'reworded')!;
    const text = diff(older, newer, { [moved.id]: { action: 'keep-older' } }).reconciled.tree.children.map((n) => toString(n)).join('\n');
    expect(text).toContain('It burned once. The roof was slated by hand.');
    expect(text).not.toContain('by hand again');
  });
  it('internal contradiction: custom text replaces its second statement', () => {
    const text = 'Nova Academy was founded in 1901 by monks.\n\nNova Academy, founded in 1903, has a library.\n';
    const contradiction = diff(`# Nova Academy\n\n${text}`, `# Nova Academy\n\n${text}`).reconciled.discrepancies.find((d) => d.kind === 'internal-contradiction')!;
    const decided = diff(`# Nova Academy\n\n${text}`, `# Nova Academy\n\n${text}`, { [contradiction.id]: { action: 'custom', text: 'Nova Academy, founded in 1901, has a library.' } });
    const out = decided.reconciled.tree.children.map((n) => toString(n)).join('\n');
    expect(out).toContain('Nova Academy, founded in 1901, has a library.');
    expect(out).not.toContain('1903');
  });
});

describe('provenance of decided text', () => {
  it('points a kept older statement at the older revision, and custom text at the editor’s entry', () => {
    const kept = decide('fact-conflict', 'keep-older').reconciled;
    const sentences = (r: typeof kept) => r.text.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    expect(sentences(kept).find((s) => s.text.startsWith('The bridge opened'))?.source).toMatchObject({ revision: 'r1', line: 3 });
    const custom = decide('fact-conflict', 'custom', 'The bridge opened in 1933 after a long delay.').reconciled;
    expect(sentences(custom).find((s) => s.text.startsWith('The bridge opened'))?.source).toMatchObject({ revision: 'editor', file: 'decisions.json' });
  });
});

describe('facts of the editor’s text', () => {
  it('reads the facts of custom text again, sourced to the decisions file', () => {
    const { reconciled } = decide('fact-conflict', 'custom', 'The bridge opened in 1933 after a long delay.');
    expect(reconciled.facts.filter((f) => f.revision === 'editor').map((f) => [f.type, f.text, f.file])).toContainEqual(['date', '1933', 'decisions.json']);
  });
});
