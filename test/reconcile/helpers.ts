// Revisions made from small Markdown texts, for reconcile tests.
import { readRevision } from '../../pipeline/read/index.ts';
import type { Revision } from '../../pipeline/model.ts';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import type { Decisions } from '../../pipeline/model.ts';

export function revision(id: string, markdown: string, format: 'markdown' | 'sectioned' | 'rendered' = 'markdown'): Revision {
  const path = `${id}.txt`;
  const { tree, title, file } = readRevision(path, new TextEncoder().encode(markdown), { format });
  return { id, label: id, file: path, format, title, tree, vfile: file };
}

export function diff(older: string, newer: string, decisions?: Decisions) {
  return reconcile([revision('r1', older), revision('r2', newer)], { name: 't', title: 'T', language: 'en', decisions, decisionsFile: 'decisions.json' });
}
