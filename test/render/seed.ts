// Builds the seed article's briefing through the real stages, once per test file, for the render tests.
import { fileURLToPath } from 'node:url';
import { loadArticle } from '../../pipeline/article.ts';
import { composeBriefing } from '../../pipeline/compose/index.ts';
import type { Briefing, BuildOptions } from '../../pipeline/model.ts';
import { articleOptions, reconcile } from '../../pipeline/reconcile/index.ts';

export const SEED_DIR = fileURLToPath(new URL('../../sources/mongolia-russia', import.meta.url));

/** A fixed build time (2025-06-01T00:00:00Z), as SOURCE_DATE_EPOCH would give. */
export const BUILD_TIME = 1748736000;

export function buildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return { paper: 'a4', formats: ['pdf', 'xhtml', 'epub', 'json'], buildTime: BUILD_TIME, version: '0.0.0-test', ...overrides };
}

/** The seed article through read → reconcile → compose. */
export async function seedBriefing(dir = SEED_DIR, options = buildOptions()): Promise<Briefing> {
  const article = await loadArticle(dir);
  const { reconciled } = reconcile(article.revisions, articleOptions(article));
  return composeBriefing(reconciled, options);
}
