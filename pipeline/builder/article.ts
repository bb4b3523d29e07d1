// Builds one article in memory: load → reconcile → compose → writers, timing each stage; nothing is written here.
import type { VFileMessage } from 'vfile-message';
import { isUserMessage } from '../errors.ts';
import type { Briefing, BuildOptions, DiscrepancyKind, OutputFile } from '../model.ts';

export const FORMATS = ['pdf', 'xhtml', 'epub', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const STAGES = ['read', 'reconcile', 'compose', 'pdf', 'xhtml', 'epub', 'json'] as const;
export type Stage = (typeof STAGES)[number];

/** A warning or error from any stage, as plain data (it crosses worker threads and goes into JSON reports). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** A fact-conflict or contradiction no editor decision resolves: what `--strict` lists on every run. */
export interface OpenConflict {
  id: string;
  kind: string;
  file: string;
  line: number;
}

/** The conflicts of a reconciled article that still need an editor's decision. */
export function openConflicts(discrepancies: readonly { id: string; kind: string; old: { file?: string; line: number } | null; new: { file?: string; line: number } | null; resolution: { policy: string } }[]): OpenConflict[] {
  return discrepancies
    .filter((d) => (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') && !d.resolution.policy.startsWith('editor-'))
    .map((d) => {
      const side = d.new ?? d.old!;
      return { id: d.id, kind: d.kind, file: side.file ?? '', line: side.line };
    });
}

export interface ArticleOutcome {
  name: string;
  status: 'built' | 'failed';
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** Pages of briefing.pdf, when made. */
  pages?: number;
  discrepancies: Partial<Record<DiscrepancyKind, number>>;
  /** Fact-conflicts and internal contradictions that no editor decision resolves. */
  unresolved: number;
  /** Those same conflicts, each with its id and the place `--strict` names. */
  open: OpenConflict[];
  timings: Partial<Record<Stage, number>>;
  millis: number;
  /** Stack of an internal error (a bug), when one stopped the article. */
  bug?: string;
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  return {
    severity: message.fatal ? 'error' : 'warning',
    file: message.file || 'brief',
    line: message.line ?? 1,
    column: message.column ?? 1,
    rule: message.ruleId ?? 'brief',
    message: message.reason,
  };
}

type Writer = (briefing: Briefing, options: BuildOptions) => Promise<OutputFile[]>;

/** The writer of each output format, loaded only when a build asks for that format. */
const WRITERS: ReadonlyArray<[OutputFormat, () => Promise<Writer>]> = [
  ['pdf', async () => (await import('../render/pdf/index.ts')).renderPdf],
  ['xhtml', async () => (await import('../render/xhtml/html.ts')).renderHtml],
  ['epub', async () => (await import('../render/xhtml/epub.ts')).renderEpub],
  ['json', async () => (await import('../render/data/json.ts')).renderJson],
];

/** Page count from a PDF's page tree (`/Type /Pages … /Count n`). */
function countPdfPages(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : undefined;
}

/** Run every stage for the article in `dir`. User errors make a failed outcome; bugs are caught and reported as such. */
export async function buildArticle(dir: string, name: string, options: BuildOptions): Promise<ArticleOutcome> {
  const started = performance.now();
  const timings: ArticleOutcome['timings'] = {};
  const outcome: ArticleOutcome = { name, status: 'failed', outputs: [], diagnostics: [], discrepancies: {}, unresolved: 0, open: [], timings, millis: 0 };
  const timed = async <T>(stage: Stage, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    }
  };
  try {
    const { loadArticle } = await import('../article.ts');
    const article = await timed('read', () => loadArticle(dir, undefined, { maxBytes: options.maxBytes }));
    outcome.diagnostics.push(...article.messages.map(toDiagnostic));
    const { articleOptions, reconcile } = await import('../reconcile/index.ts');
    const { reconciled, messages } = await timed('reconcile', () => reconcile(article.revisions, articleOptions(article)));
    outcome.diagnostics.push(...messages.map(toDiagnostic));
    for (const d of reconciled.discrepancies) outcome.discrepancies[d.kind] = (outcome.discrepancies[d.kind] ?? 0) + 1;
    outcome.open = openConflicts(reconciled.discrepancies);
    outcome.unresolved = outcome.open.length;
    if (options.formats.includes('pdf')) {
      const { missingGlyphs } = await import('../typography/fonts.ts');
      outcome.diagnostics.push(...missingGlyphs(article.revisions).map(toDiagnostic));
    }
    const { composeBriefing } = await import('../compose/index.ts');
    const briefing = await timed('compose', () => composeBriefing(reconciled, options));
    for (const [format, loadWriter] of WRITERS) {
      if (!options.formats.includes(format)) continue;
      const write = await loadWriter();
      outcome.outputs.push(...(await timed(format, () => write(briefing, options))));
    }
    outcome.outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const pdf = outcome.outputs.find((file) => file.path === 'briefing.pdf');
    outcome.pages = pdf ? countPdfPages(pdf.bytes) : undefined;
    outcome.status = 'built';
  } catch (error) {
    outcome.outputs = [];
    if (isUserMessage(error)) outcome.diagnostics.push(toDiagnostic(error));
    else outcome.bug = (error as Error)?.stack ?? String(error);
  }
  outcome.millis = performance.now() - started;
  return outcome;
}
