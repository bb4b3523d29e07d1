// Writes an editor's decision into `<article>/decisions.json`: one entry per id, order kept, atomically.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getNodeValue, parseTree } from 'jsonc-parser';
import { VFile } from 'vfile';
import { DECISIONS, parseDecisions } from '../article.ts';
import { userMessage } from '../errors.ts';
import type { Decisions, Discrepancy } from '../model.ts';
import { decodeSource } from '../read/normalize.ts';

export const ACTIONS = ['keep-older', 'keep-newer', 'custom'] as const;
export type Action = (typeof ACTIONS)[number];

/** What an editor pins for one discrepancy, as it is written in decisions.json. */
export interface Decision {
  action: Action;
  text?: string;
  note?: string;
}

/** Paths as the user typed them, relative to the working directory when that is shorter. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * The entries of an existing decisions file, in the order they are written. The file is first checked by
 * the parser every other command uses, so a broken file is reported the same way (file:line, exit 2);
 * entries are then read whole, so fields brief does not know are kept as they are.
 */
function existingEntries(path: string): Array<[string, unknown]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw userMessage('missing-file', { path: shown(path), reason: (error as Error).message }, undefined, shown(path));
  }
  const file = new VFile({ path: shown(path) });
  file.value = decodeSource(file, bytes);
  parseDecisions(file);
  const root = parseTree(String(file.value))!;
  return (root.children ?? []).map((property) => {
    const [key, value] = property.children!;
    return [key.value as string, getNodeValue(value)];
  });
}

/** Stable, diff-friendly JSON: entries in the given order, two-space indent, trailing newline. */
export function formatDecisions(entries: ReadonlyArray<[string, unknown]>): string {
  if (entries.length === 0) return '{}\n';
  const body = entries.map(([id, value]) => `  ${JSON.stringify(id)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
  return `{\n${body.join(',\n')}\n}\n`;
}

/** Replace a file by a temporary file in the same folder and a rename: a reader sees the old file or the new, never half. */
export function writeAtomically(path: string, text: string, folder: string): void {
  const temporary = join(folder, `.${DECISIONS}.${randomBytes(6).toString('hex')}.brief-tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw userMessage('cannot-write', { path: shown(path), reason: (error as Error).message }, undefined, shown(path));
  }
}

/**
 * Give decisions that followed their statement their new ids (`brief decide --repin`): each keeps its place, its
 * action and note, and records the statement as it now reads.
 */
export function renameDecisions(dir: string, moves: ReadonlyArray<{ from: string; to: Pick<Discrepancy, 'id' | 'kind' | 'old' | 'new'> }>): string {
  const path = join(dir, DECISIONS);
  const entries = existingEntries(path).map(([key, value]): [string, unknown] => {
    const move = moves.find((m) => m.from === key);
    if (!move) return [key, value];
    const { kind: _kind, old: _old, new: _new, ...kept } = value as Record<string, unknown>;
    const d = move.to;
    return [d.id, { ...kept, kind: d.kind, ...(d.old ? { old: d.old.text } : {}), ...(d.new ? { new: d.new.text } : {}) }];
  });
  const text = formatDecisions(entries);
  parseDecisions(new VFile({ path: shown(path), value: text }));
  writeAtomically(path, text, dir);
  return shown(path);
}

/**
 * Pin a decision for one discrepancy id in `dir/decisions.json`, with (when given) the discrepancy's kind and both
 * sides' text: an id already there keeps its place and gets the new decision; a new id goes at the end; every
 * other entry stays as it was.
 */
export function recordDecision(dir: string, id: string, decision: Decision, about?: Pick<Discrepancy, 'kind' | 'old' | 'new'>): { file: string; previous?: unknown; decisions: Decisions } {
  const path = join(dir, DECISIONS);
  const entries = existingEntries(path);
  const value = {
    action: decision.action,
    ...(decision.text !== undefined ? { text: decision.text } : {}),
    ...(decision.note ? { note: decision.note } : {}),
    // What the decision is about, for a reader of the file and so that it can follow its statement when an edit changes the id.
    ...(about ? { kind: about.kind, ...(about.old ? { old: about.old.text } : {}), ...(about.new ? { new: about.new.text } : {}) } : {}),
  };
  const at = entries.findIndex(([key]) => key === id);
  const previous = at >= 0 ? entries[at][1] : undefined;
  if (at >= 0) entries[at] = [id, value];
  else entries.push([id, value]);
  const text = formatDecisions(entries);
  // What is written must read back: the same parser checks it before it replaces the file.
  const decisions = parseDecisions(new VFile({ path: shown(path), value: text }));
  writeAtomically(path, text, dir);
  return { file: shown(path), ...(at >= 0 ? { previous } : {}), decisions };
}
