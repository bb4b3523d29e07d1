// A naive baseline for the evaluation table: a plain sentence diff with no facts (what difflib would give).
import { diffArrays } from 'diff';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from './score.ts';
import type { Pair } from './pairs.ts';

/** Sentences of a file's lines, split at a stop and a space; citation markers and blank lines dropped. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\[\d+\]/g, '').trim())
    .filter(Boolean)
    .flatMap((l) => l.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Removed and added runs of sentences; a removed run next to an added one pairs up, sentence by sentence, as reworded. */
export function baselineReport(pair: Pair): Entry[] {
  const manifest = JSON.parse(readFileSync(join(pair.dir, 'article.json'), 'utf8')) as { revisions: Array<{ file: string }> };
  const [a, b] = manifest.revisions.map((r) => sentences(readFileSync(join(pair.dir, r.file), 'utf8')));
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const parts = diffArrays(a, b, { comparator: (x, y) => key(x) === key(y) });
  const out: Entry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) continue;
    const next = parts[i + 1];
    if (p.removed && next?.added) {
      const n = Math.max(p.value.length, next.value.length);
      for (let k = 0; k < n; k++) {
        const o = p.value[k];
        const w = next.value[k];
        out.push({ kind: o && w ? 'reworded' : o ? 'removed' : 'added', old: o ? { text: o } : null, new: w ? { text: w } : null });
      }
      i++;
      continue;
    }
    for (const s of p.value) out.push({ kind: p.added ? 'added' : 'removed', old: p.removed ? { text: s } : null, new: p.added ? { text: s } : null });
  }
  return out;
}
