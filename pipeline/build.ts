// Orchestration: which articles, the stages in order, and atomic writes of each article's outputs.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { loadArticle, type LoadedArticle } from './article.ts';
import { formatMessage, isUserMessage, userMessage } from './errors.ts';
import { EXIT } from './exit.ts';
import { nodeIo } from './io.ts';
import type { BuildOptions, OutputFile, Reconciled } from './model.ts';

export const FORMATS = ['pdf', 'xhtml', 'epub', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface BuildCommandOptions {
  sources: string;
  out: string;
  only?: string[];
  paper: 'a4' | 'letter';
  format?: string[];
  strict?: boolean;
  quiet?: boolean;
  version: string;
}

export interface ArticleResult {
  name: string;
  outputs: OutputFile[];
  reconciled: Reconciled;
  messages: VFileMessage[];
  /** Pages of briefing.pdf, when made. */
  pages?: number;
  millis: number;
}

/** Run every stage for one loaded article and return its output files (nothing is written here). */
export async function buildArticle(article: LoadedArticle, options: BuildOptions): Promise<ArticleResult> {
  const started = performance.now();
  const { reconcile } = await import('./reconcile/index.ts');
  const { reconciled, messages } = reconcile(article.revisions, {
    name: article.name,
    title: article.title,
    language: article.language,
    decisions: article.decisions,
    decisionsFile: article.decisionsFile,
  });
  const { composeBriefing } = await import('./compose/index.ts');
  const briefing = composeBriefing(reconciled, options);
  const outputs: OutputFile[] = [];
  const wants = (format: OutputFormat) => options.formats.includes(format);
  if (wants('pdf')) outputs.push(...(await (await import('./render/pdf/index.ts')).renderPdf(briefing, options)));
  if (wants('xhtml')) outputs.push(...(await (await import('./render/html.ts')).renderHtml(briefing, options)));
  if (wants('epub')) outputs.push(...(await (await import('./render/epub.ts')).renderEpub(briefing, options)));
  if (wants('json')) outputs.push(...(await (await import('./render/json.ts')).renderJson(briefing, options)));
  const pdf = outputs.find((file) => file.path === 'briefing.pdf');
  const pages = pdf ? countPdfPages(pdf.bytes) : undefined;
  return { name: article.name, outputs, reconciled, messages: [...article.messages, ...messages], pages, millis: performance.now() - started };
}

/** Page count from a PDF's page tree (`/Type /Pages … /Count n`). */
function countPdfPages(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : undefined;
}

/** Write an article's outputs into a temporary folder, then swap it in: readers never see half an article. */
export async function writeArticleOutputs(outDir: string, name: string, outputs: OutputFile[]): Promise<void> {
  const target = join(outDir, name);
  const staging = join(outDir, `.${name}.tmp-${process.pid}`);
  const previous = join(outDir, `.${name}.old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const file of outputs) {
    const path = join(staging, file.path);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, file.bytes);
  }
  await mkdir(staging, { recursive: true });
  await rename(target, previous).catch(() => undefined);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

/** The article folders of a sources folder, in name order. */
export async function listArticles(sources: string): Promise<string[]> {
  const entries = await readdir(sources, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw userMessage('missing-file', { path: sources, reason: error.code === 'ENOENT' ? 'no such folder' : error.message }, undefined, sources);
  });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

function parseFormats(requested: string[] | undefined): OutputFormat[] {
  if (!requested || requested.length === 0) return [...FORMATS];
  for (const format of requested) {
    if (!FORMATS.includes(format as OutputFormat)) {
      throw userMessage('usage', { reason: `unknown output format \`${format}\`; use some of ${FORMATS.join(', ')}` });
    }
  }
  return FORMATS.filter((format) => requested.includes(format));
}

/** `brief build`: every article (or the named ones) from sources/ into output/. */
export async function buildCommand(options: BuildCommandOptions): Promise<number> {
  const buildOptions: BuildOptions = {
    paper: options.paper,
    formats: parseFormats(options.format),
    buildTime: nodeIo.now(),
    version: options.version,
  };
  const names = await listArticles(options.sources);
  for (const name of options.only ?? []) {
    if (!names.includes(name)) throw userMessage('usage', { reason: `no article \`${name}\` in ${options.sources}` });
  }
  const selected = options.only?.length ? names.filter((name) => options.only!.includes(name)) : names;
  let exit: number = EXIT.ok;
  await mkdir(options.out, { recursive: true });
  for (const name of selected) {
    try {
      const article = await loadArticle(join(options.sources, name));
      const result = await buildArticle(article, buildOptions);
      for (const message of result.messages) process.stderr.write(`${formatMessage(message)}\n`);
      await writeArticleOutputs(options.out, name, result.outputs);
      const unresolved = result.reconciled.discrepancies.filter(
        (d) => (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') && !d.resolution.policy.startsWith('editor-'),
      );
      if (options.strict && unresolved.length) exit = Math.max(exit, EXIT.unresolved);
      if (!options.quiet) {
        const pages = result.pages === undefined ? '' : `${result.pages} pages, `;
        process.stderr.write(
          `${name}: ${pages}${result.reconciled.discrepancies.length} discrepancies, ${result.outputs.length} files, ${Math.round(result.millis)} ms\n`,
        );
      }
    } catch (error) {
      if (!isUserMessage(error)) throw error;
      process.stderr.write(`${formatMessage(error)}\n`);
      exit = Math.max(exit, EXIT.badInput);
    }
  }
  return exit;
}
