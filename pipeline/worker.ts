// Worker-thread entry of the build pool: builds and publishes one article per task, keeping stages, templates and fonts warm between tasks.
import { buildAndPublish, type ArticleTask, type PublishedOutcome } from './builder/publish.ts';

export default function buildInWorker(task: ArticleTask): Promise<PublishedOutcome> {
  return buildAndPublish(task);
}
