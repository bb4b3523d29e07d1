// Resolve each discrepancy: the newest revision wins unless an editor pinned a decision (decisions.json).
import type { VFileMessage } from 'vfile-message';
import { userMessage } from '../errors.ts';
import type { Decisions, Discrepancy, DiscrepancySide, Resolution } from '../model.ts';
import { comparisonWords, wordSimilarity } from './tokens.ts';
import { REPIN_SIMILARITY } from './rules.ts';

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

/**
 * Decisions whose id no longer exists follow their statement: the current discrepancy of the same kind whose sides
 * read most like the ones the decision recorded (`about`, written by `brief decide`), when no decision of its own
 * is pinned. Returns the decisions to apply (old ids replaced by the new ones) and what moved where.
 */
export function repinDecisions(
  decisions: Decisions | undefined,
  discrepancies: ReadonlyArray<Omit<Discrepancy, 'resolution'>>,
): { effective: Decisions | undefined; moved: Array<{ from: string; to: string; kind: string }> } {
  if (!decisions) return { effective: decisions, moved: [] };
  const ids = new Set(discrepancies.map((d) => d.id));
  const effective: Decisions = Object.assign(Object.create(null), decisions);
  const moved: Array<{ from: string; to: string; kind: string }> = [];
  for (const [id, decision] of Object.entries(decisions)) {
    if (ids.has(id) || !decision.about) continue;
    const about = decision.about;
    const side = (recorded: string | undefined, current: { text: string } | null) =>
      recorded === undefined ? (current ? 0.5 : 1) : current ? wordSimilarity(comparisonWords(recorded), comparisonWords(current.text)) : 0;
    let best: { id: string; score: number; kind: string } | undefined;
    for (const d of discrepancies) {
      if (Object.hasOwn(effective, d.id) || (about.kind && about.kind !== d.kind)) continue;
      const a = side(about.old, d.old);
      const b = side(about.new, d.new);
      if (a < REPIN_SIMILARITY || b < REPIN_SIMILARITY) continue;
      if (!best || a + b > best.score) best = { id: d.id, score: a + b, kind: d.kind };
    }
    if (!best) continue;
    effective[best.id] = decision;
    delete effective[id];
    moved.push({ from: id, to: best.id, kind: best.kind });
  }
  return { effective, moved };
}

/** Warnings for decisions that followed their statement to a new id. */
export function repinnedWarnings(moved: ReadonlyArray<{ from: string; to: string; kind: string }>, decisions: Decisions | undefined, decisionsFile = 'decisions.json'): VFileMessage[] {
  return moved.map(({ from, to, kind }) => {
    const message = userMessage('repinned-decision', { old: from, new: to, kind, file: decisionsFile }, decisions?.[from]?.place, decisionsFile);
    message.fatal = false;
    return message;
  });
}

/** Is this discrepancy one `--strict` refuses to leave to the default policy? */
export function needsDecision(d: Discrepancy): boolean {
  return (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') && d.resolution.policy === 'newest';
}
