// Resolve each discrepancy: the newest revision wins unless an editor pinned a decision (decisions.json).
import type { VFileMessage } from 'vfile-message';
import { userMessage } from '../errors.ts';
import type { Decisions, Discrepancy, DiscrepancySide, Resolution } from '../model.ts';

const where = (s: DiscrepancySide) => `${s.file ?? s.revision}:${s.line}`;

/** The default policy: take what the newest side says (an addition stays, a removal stays removed). */
export function resolveByRecency(d: Omit<Discrepancy, 'resolution'>): Resolution {
  if (d.new) return { policy: 'newest', value: d.new.text, source: where(d.new) };
  // Removed: the newest revision no longer says it; the value is empty and the source the removed text's place.
  return { policy: 'newest', value: '', source: d.old ? where(d.old) : '' };
}

/** Apply an editor's decision when one is pinned for the discrepancy's id. */
export function resolveDiscrepancy(d: Omit<Discrepancy, 'resolution'>, decisions: Decisions | undefined, decisionsFile = 'decisions.json'): Resolution {
  const decision = decisions && Object.hasOwn(decisions, d.id) ? decisions[d.id] : undefined;
  if (!decision) return resolveByRecency(d);
  const note = decision.note ? { note: decision.note } : {};
  switch (decision.action) {
    case 'keep-older':
      return d.old
        ? { policy: 'editor-older', value: d.old.text, source: where(d.old), ...note }
        : { policy: 'editor-older', value: '', source: d.new ? where(d.new) : '', ...note };
    case 'keep-newer':
      return d.new
        ? { policy: 'editor-newer', value: d.new.text, source: where(d.new), ...note }
        : { policy: 'editor-newer', value: '', source: d.old ? where(d.old) : '', ...note };
    case 'custom':
      return { policy: 'editor-custom', value: decision.text ?? '', source: decisionsFile, ...note };
  }
}

/** Warnings for decisions whose discrepancy no longer exists (the text changed or was fixed). */
export function staleDecisions(decisions: Decisions | undefined, ids: ReadonlySet<string>, decisionsFile = 'decisions.json'): VFileMessage[] {
  if (!decisions) return [];
  return Object.keys(decisions)
    .filter((id) => !ids.has(id))
    .sort()
    .map((id) => {
      const message = userMessage('stale-decision', { id, file: decisionsFile }, decisions[id].place, decisionsFile);
      message.fatal = false;
      return message;
    });
}

/** Is this discrepancy one `--strict` refuses to leave to the default policy? */
export function needsDecision(d: Discrepancy): boolean {
  return (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') && d.resolution.policy === 'newest';
}
