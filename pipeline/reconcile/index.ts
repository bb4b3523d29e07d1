// Reconcile stage entry: revisions' trees → Reconciled (align → extract facts → compare → resolve).
// PLACEHOLDER until the reconcile work lands: it passes the newest tree through with no findings.
import type { VFileMessage } from 'vfile-message';
import type { Decisions, Reconciled, Revision } from '../model.ts';

export interface ReconcileOptions {
  name: string;
  title: string;
  language: string;
  decisions?: Decisions;
  /** Path of the decisions file, for messages. */
  decisionsFile?: string;
}

export function reconcile(revisions: Revision[], options: ReconcileOptions): { reconciled: Reconciled; messages: VFileMessage[] } {
  const newest = revisions[revisions.length - 1];
  return {
    reconciled: {
      article: { name: options.name, title: options.title, language: options.language },
      revisions: revisions.map(({ id, label, date, file, format }) => ({ id, label, date, file, format })),
      tree: structuredClone(newest.tree),
      facts: [],
      discrepancies: [],
      datasets: { events: [], infobox: [], figures: [] },
    },
    messages: [],
  };
}
