// Worker-thread entry of the build pool: builds and publishes one article per task, keeping stages, templates and fonts warm between tasks.
import { buildAndPublish, type ArticleTask, type PublishedOutcome } from './builder/publish.ts';

export default function buildInWorker(task: ArticleTask): Promise<PublishedOutcome> {
  return buildAndPublish(task);
}

/**
 * Hands reconcile the kinds of names a helper thread tags (builder/entity-kinds.ts): used when this program builds in
 * the main thread of bin/brief (commands/build.ts, inThreadBuilder), never by the pool's workers.
 */
export async function useEntityKinds(ask: Parameters<typeof import('./reconcile/facts.ts').useEntityKinds>[0]): Promise<void> {
  (await import('./reconcile/facts.ts')).useEntityKinds(ask);
}
