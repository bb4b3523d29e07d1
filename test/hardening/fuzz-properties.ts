// The fuzzing properties of issue 8 (fast-check), shared by the quick pass in `make test` and the long run of `make fuzz`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { parseDecisions, parseManifest } from '../../pipeline/article.ts';
import { composeBriefing } from '../../pipeline/compose/index.ts';
import type { BuildOptions, Revision } from '../../pipeline/model.ts';
import { readRevision } from '../../pipeline/read/index.ts';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import { renderEpub } from '../../pipeline/render/xhtml/epub.ts';
import { renderJson } from '../../pipeline/render/data/json.ts';
import { xmlProblem } from '../render/helpers.ts';

const seedDir = join(import.meta.dirname, '..', '..', 'sources', 'mongolia-russia');
const SEEDS = ['01-older-rendered-page.txt', '02-newer-sectioned-export.txt'].map((name) => readFileSync(join(seedDir, name), 'utf8'));

const options: BuildOptions = { paper: 'a4', formats: ['xhtml', 'epub', 'json'], buildTime: 1700000000, version: '0.0.0-fuzz' };
const encoder = new TextEncoder();

/** Our own error type with a place: the only thing a stage may throw on bad input. */
export function isPlacedMessage(error: unknown): boolean {
  return error instanceof VFileMessage && typeof error.line === 'number' && error.line >= 1 && typeof error.column === 'number' && Boolean(error.ruleId);
}

function rethrowUnlessPlaced(error: unknown): void {
  if (!isPlacedMessage(error)) throw error;
}

/** Every string value in a tree or JSON value. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) if (key !== 'position') stringsIn(v, out);
  return out;
}

// ---- Inputs: arbitrary Unicode and mutations of the real sources -------------------------------

/** Sections of a seed: split before each heading line (`==…==` or `…[edit]`). */
function sectionsOf(text: string): string[] {
  return text.split(/\n(?=={2,}[^=\n]+={2,}\s*$|[^\n]+\[edit\]\s*$)/m);
}

type Mutation =
  | { kind: 'crlf' }
  | { kind: 'cr' }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; section: number }
  | { kind: 'shuffle'; order: number[] }
  | { kind: 'huge-line'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'drop'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'cr' as const }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), section: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), order: fc.array(fc.nat(), { minLength: 2, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('huge-line' as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 30_000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
);

function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => (text.length ? n % (text.length + 1) : 0);
  switch (m.kind) {
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\n/g, '\r');
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'duplicate': {
      const sections = sectionsOf(text);
      const i = m.section % sections.length;
      return [...sections.slice(0, i + 1), ...sections.slice(i)].join('\n');
    }
    case 'shuffle': {
      const [head, ...rest] = sectionsOf(text);
      const keyed = rest.map((s, i) => [m.order[i % m.order.length] * 31 + i, s] as const).sort((a, b) => a[0] - b[0]);
      return [head, ...keyed.map(([, s]) => s)].join('\n');
    }
    case 'huge-line': {
      const i = at(m.at);
      return `${text.slice(0, i)}\n${'Word '.repeat(Math.ceil(m.length / 5))}\n${text.slice(i)}`;
    }
    case 'insert': {
      const i = at(m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'drop': {
      const i = at(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
  }
}

/** Bytes of a revision: a mutated seed, in UTF-8 or Latin-1 (maybe cut mid-character), or arbitrary Unicode. */
export const revisionBytes: fc.Arbitrary<{ bytes: Uint8Array; encoding: 'utf-8' | 'latin1'; label: string }> = fc.oneof(
  fc
    .record({
      seed: fc.constantFrom(0, 1),
      mutations: fc.array(mutation, { maxLength: 4 }),
      latin1: fc.boolean(),
      cut: fc.option(fc.nat(), { freq: 4 }),
    })
    .map(({ seed, mutations, latin1, cut }) => {
      const text = mutations.reduce(applyMutation, SEEDS[seed]);
      let bytes: Uint8Array = latin1 ? Buffer.from(text, 'latin1') : encoder.encode(text);
      if (cut !== null) bytes = bytes.subarray(0, cut % (bytes.length + 1));
      return { bytes, encoding: 'utf-8' as const, label: `seed ${seed} ${JSON.stringify(mutations).slice(0, 300)} latin1=${latin1} cut=${cut}` };
    }),
  fc.string({ unit: 'grapheme', maxLength: 400 }).map((text) => ({ bytes: encoder.encode(text), encoding: 'utf-8' as const, label: 'unicode' })),
  fc
    .array(fc.oneof(fc.constantFrom('= T =', '== A ==', 'Infobox', '- K: v', '- item', '1. one', '# H', ':::caption', ':::', '[1]', '^ a b', 'X[edit]', ''), fc.string({ unit: 'grapheme', maxLength: 60 })), { maxLength: 30 })
    .map((lines) => ({ bytes: encoder.encode(lines.join('\n')), encoding: 'utf-8' as const, label: 'lines' })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ bytes, encoding: 'latin1' as const, label: 'bytes as latin1' })),
);

/** Read one revision: a tree, or our placed message; never another error, never an invented U+FFFD. */
export const readProperty = fc.property(revisionBytes, ({ bytes, encoding }) => {
  const input = encoding === 'utf-8' ? new TextDecoder().decode(bytes) : Buffer.from(bytes).toString('latin1');
  try {
    const { tree } = readRevision('fuzz.txt', bytes, { encoding });
    if (!input.includes('\uFFFD') && stringsIn(tree).some((s) => s.includes('\uFFFD'))) throw new Error('U+FFFD invented');
  } catch (error) {
    rethrowUnlessPlaced(error);
  }
});

function revision(id: string, bytes: Uint8Array): Revision | undefined {
  try {
    const result = readRevision(`${id}.txt`, bytes);
    return { id, label: id, file: `${id}.txt`, format: result.format, title: result.title, tree: result.tree, vfile: result.file };
  } catch (error) {
    rethrowUnlessPlaced(error);
    return undefined;
  }
}

/** Small revisions (a few seed sections, mutated), so that reconcile and the writers stay quick per case. */
const smallRevision = fc
  .record({ seed: fc.constantFrom(0, 1), from: fc.nat(), count: fc.integer({ min: 1, max: 3 }), mutations: fc.array(mutation, { maxLength: 3 }) })
  .map(({ seed, from, count, mutations }) => {
    const [head, ...rest] = sectionsOf(SEEDS[seed]);
    const start = rest.length ? from % rest.length : 0;
    const text = [head.split('\n').slice(0, 12).join('\n'), ...rest.slice(start, start + count)].join('\n');
    const mutated = mutations.filter((m) => m.kind !== 'huge-line' || m.length < 5000).reduce(applyMutation, text);
    return encoder.encode(mutated);
  });

/** A revision reconciled against itself reports no difference. */
export const selfDiffProperty = fc.property(smallRevision, (bytes) => {
  const a = revision('r1', bytes);
  const b = revision('r2', bytes);
  if (!a || !b) return;
  const { reconciled } = reconcile([a, b], { name: 'fuzz', title: a.title, language: 'en' });
  if (reconciled.discrepancies.length) throw new Error(`${reconciled.discrepancies.length} discrepancies against itself: ${reconciled.discrepancies[0].kind} ${JSON.stringify(reconciled.discrepancies[0].new?.text ?? reconciled.discrepancies[0].old?.text).slice(0, 200)}`);
});

/** Two revisions through reconcile, compose and the XHTML/EPUB and JSON writers: well-formed XHTML, schema-valid JSON. */
export const writersProperty = fc.asyncProperty(smallRevision, smallRevision, async (older, newer) => {
  const a = revision('r1', older);
  const b = revision('r2', newer);
  if (!a || !b) return;
  const { reconciled } = reconcile([a, b], { name: 'fuzz', title: b.title, language: 'en' });
  const briefing = composeBriefing(reconciled, options);
  for (const file of await renderEpub(briefing, options)) {
    if (!file.path.endsWith('.xhtml') && !file.path.endsWith('.opf')) continue;
    const problem = xmlProblem(new TextDecoder().decode(file.bytes));
    if (problem) throw new Error(`${file.path} is not well-formed: ${problem}`);
  }
  // renderJson validates every dataset against its schema (a mismatch throws); each must also parse back.
  for (const file of await renderJson(briefing, options)) if (file.path.endsWith('.json')) JSON.parse(new TextDecoder().decode(file.bytes));
});

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Manifest and decisions texts: random JSON, manifest-shaped objects with random fields, and broken JSON. */
const manifestText = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v, null, 1)),
  fc
    .record(
      {
        title: fc.oneof(fc.string(), jsonValue),
        language: fc.oneof(fc.constantFrom('en', 'mn', 'ru-RU', ''), fc.string()),
        revisions: fc.array(
          fc.record({ file: fc.oneof(fc.constantFrom('a.txt', 'b.txt', '../x.txt', '/etc/passwd', '.', '..', ''), fc.string()), label: fc.oneof(fc.string(), jsonValue), date: fc.string(), format: fc.oneof(fc.constantFrom('rendered', 'markdown', 'docx'), fc.string()), encoding: fc.constantFrom('utf-8', 'latin1', 'Windows-1252', 'ebcdic') }, { requiredKeys: [] }),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v, null, 2)),
  fc.dictionary(fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 12, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString')), fc.record({ action: fc.oneof(fc.constantFrom('keep-older', 'keep-newer', 'custom'), jsonValue), text: fc.oneof(fc.string(), jsonValue), note: fc.string() }, { requiredKeys: [] })).map((v) => JSON.stringify(v, null, 2)),
  fc.tuple(jsonValue, fc.nat(), fc.string({ maxLength: 3 })).map(([v, at, junk]) => {
    const text = JSON.stringify(v);
    const i = at % (text.length + 1);
    return text.slice(0, i) + junk + text.slice(i);
  }),
);

/** Any manifest or decisions text: parsed, or our placed message. */
export const manifestProperty = fc.property(manifestText, (text) => {
  for (const parse of [parseManifest, parseDecisions]) {
    try {
      parse(new VFile({ path: 'article.json', value: text }));
    } catch (error) {
      rethrowUnlessPlaced(error);
    }
  }
});

/** The properties with their share of the runs (the writers are the slowest per case). */
export const PROPERTIES = [
  { name: 'read: any bytes → tree or placed message, no U+FFFD invented', property: readProperty, share: 0.7 },
  { name: 'manifest/decisions: any text → parsed or placed message', property: manifestProperty, share: 0.27 },
  { name: 'reconcile: a revision against itself → 0 differences', property: selfDiffProperty, share: 0.025 },
  { name: 'writers: well-formed XHTML, schema-valid JSON', property: writersProperty, share: 0.005 },
] as const;
