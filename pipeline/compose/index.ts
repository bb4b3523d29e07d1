// Compose stage entry: Handlebars templates lay the briefing out around the Reconciled value → one hast tree.
// PLACEHOLDER until the compose work lands.
import type { Briefing, BuildOptions, Reconciled } from '../model.ts';

export function composeBriefing(reconciled: Reconciled, _options: BuildOptions): Briefing {
  return { reconciled, tree: { type: 'root', children: [] } };
}
