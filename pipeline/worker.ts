// Worker-thread entry of the build pool: builds one article per task, keeping stages, templates and fonts warm between tasks.
import { buildArticle, type ArticleOutcome } from './build/article.ts';
import type { BuildOptions } from './model.ts';

export interface ArticleTask {
  dir: string;
  name: string;
  options: BuildOptions;
}

export default function buildInWorker(task: ArticleTask): Promise<ArticleOutcome> {
  return buildArticle(task.dir, task.name, task.options);
}
