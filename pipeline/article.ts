// Loads an article folder: its manifest (or what the folder implies), decisions file and revisions, oldest first.
import { basename, isAbsolute, join, relative } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { failOn, userMessage } from './errors.ts';
import { nodeIo, type Io } from './io.ts';
import { DEFAULT_MAX_BYTES, SOURCE_FORMATS, type Article, type ArticleManifest, type Decisions, type Revision, type SourceFormat } from './model.ts';
import type { TextEncoding } from './read/normalize.ts';

export const MANIFEST = 'article.json';
export const DECISIONS = 'decisions.json';
/** Files a folder without a manifest offers as revisions. */
export const REVISION_FILE = /\.(?:txt|text|md|markdown|wiki)$/i;
const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'latin1', 'windows-1252'];
const ACTIONS = ['keep-older', 'keep-newer', 'custom'] as const;

/** Line and column (1-based) of an offset in a text. */
function pointAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

/** Parse a JSON file strictly, reporting the first syntax error at its line and column. */
function parseJsonFile(file: VFile, id: 'json-syntax'): JsonNode {
  const text = String(file.value);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !tree) {
    const error = errors[0];
    failOn(file, id, { reason: error ? printParseErrorCode(error.error) : 'no value' }, pointAt(text, error?.offset ?? 0));
  }
  return tree!;
}

function placeOf(file: VFile, node: JsonNode | undefined) {
  return pointAt(String(file.value), node?.offset ?? 0);
}

function shapeError(file: VFile, node: JsonNode | undefined, reason: string): never {
  failOn(file, 'manifest-shape', { reason }, placeOf(file, node));
}

/** A manifest problem that does not stop the article (an unknown field, dates against the order): a warning on the file. */
function shapeWarning(file: VFile, node: JsonNode | undefined, reason: string): void {
  const message = userMessage('manifest-shape', { reason }, placeOf(file, node), file.path);
  message.fatal = false;
  file.messages.push(message);
}

/** The known name nearest to a misspelt one (`revison` → `revisions`), by edit distance. */
function nearest(word: string, known: readonly string[]): string {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = here;
      }
    }
    return row[b.length];
  };
  return [...known].sort((x, y) => distance(word, x) - distance(word, y))[0];
}

function optionalString(file: VFile, root: JsonNode, path: Array<string | number>): string | undefined {
  const node = findNodeAtLocation(root, path);
  if (node === undefined) return undefined;
  if (node.type !== 'string') shapeError(file, node, `\`${path.join('.')}\` must be a string`);
  return node.value as string;
}

export interface ManifestEntry {
  file: string;
  label: string;
  date?: string;
  format?: SourceFormat;
  encoding?: TextEncoding;
  /** Where the entry's `file` is written, for messages about it. */
  place: { line: number; column: number };
}

/** A real calendar date at year, month or day precision (`2024-13-45` is not). */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** A key the manifest does not know (`revison`, `titel`) is a warning naming the known key nearest to it. */
function unknownKeys(file: VFile, node: JsonNode, known: readonly string[], what: string): void {
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key && typeof key.value === 'string' && !known.includes(key.value)) {
      shapeWarning(file, key, `${what} has an unknown field ${JSON.stringify(key.value)}, which is ignored: did you mean ${JSON.stringify(nearest(key.value, known))}?`);
    }
  }
}

/** An SPDX licence identifier (`CC-BY-SA-4.0`, `MIT`, `LicenseRef-…`). */
const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

/** Check a manifest's text and return its fields; every problem names the manifest's line. */
export function parseManifest(file: VFile): ArticleManifest & { revisions: ManifestEntry[]; revisionsPlace: { line: number; column: number } } {
  const root = parseJsonFile(file, 'json-syntax');
  if (root.type !== 'object') shapeError(file, root, 'the manifest must be a JSON object');
  unknownKeys(file, root, ['title', 'language', 'license', 'revisions'], 'the manifest');
  const title = optionalString(file, root, ['title']);
  const language = optionalString(file, root, ['language']) ?? 'en';
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) {
    shapeError(file, findNodeAtLocation(root, ['language']), `\`language\` must be a BCP 47 tag such as "en", not ${JSON.stringify(language)}`);
  }
  const license = optionalString(file, root, ['license']);
  if (license !== undefined && !SPDX_ID.test(license)) {
    shapeError(file, findNodeAtLocation(root, ['license']), `\`license\` must be an SPDX licence identifier such as "CC-BY-SA-4.0", not ${JSON.stringify(license)}`);
  }
  const list = findNodeAtLocation(root, ['revisions']);
  if (!list || list.type !== 'array') shapeError(file, list ?? root, '`revisions` must be a list of { "file", "label", "date"? }, oldest first');
  const revisions: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  (list.children ?? []).forEach((entry, index) => {
    if (entry.type !== 'object') shapeError(file, entry, `revision ${index + 1} must be an object with a "file"`);
    unknownKeys(file, entry, ['file', 'label', 'date', 'format', 'encoding'], `revision ${index + 1}`);
    const fileNode = findNodeAtLocation(entry, ['file']);
    if (!fileNode || fileNode.type !== 'string' || !fileNode.value) shapeError(file, fileNode ?? entry, `revision ${index + 1} needs a "file" (a file name in the article folder)`);
    const name = fileNode.value as string;
    const place = placeOf(file, fileNode);
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      shapeError(file, fileNode, `revision ${index + 1} names ${JSON.stringify(name)}: revisions must be files directly inside the article folder`);
    }
    if (seen.has(name)) shapeError(file, fileNode, `${JSON.stringify(name)} is listed twice (first at line ${seen.get(name)})`);
    seen.set(name, place.line);
    const format = optionalString(file, entry, ['format']);
    if (format !== undefined && !SOURCE_FORMATS.includes(format as SourceFormat)) {
      shapeError(file, findNodeAtLocation(entry, ['format']), `unknown format ${JSON.stringify(format)}; use one of ${SOURCE_FORMATS.join(', ')}`);
    }
    const encoding = optionalString(file, entry, ['encoding'])?.toLowerCase();
    if (encoding !== undefined && !ENCODINGS.includes(encoding as TextEncoding)) {
      shapeError(file, findNodeAtLocation(entry, ['encoding']), `unknown encoding ${JSON.stringify(encoding)}; use one of ${ENCODINGS.join(', ')}`);
    }
    const date = optionalString(file, entry, ['date']);
    if (date !== undefined && !isIsoDate(date)) {
      shapeError(file, findNodeAtLocation(entry, ['date']), `revision ${index + 1}'s date ${JSON.stringify(date)} is not an ISO 8601 date; write it as "2023", "2023-03" or "2023-03-14"`);
    }
    const previous = revisions[revisions.length - 1]?.date;
    if (date !== undefined && previous !== undefined && date < previous && !date.startsWith(previous) && !previous.startsWith(date)) {
      shapeWarning(file, findNodeAtLocation(entry, ['date']), `revision ${index + 1} is dated ${date}, before the revision listed above it (${previous}): the revision listed last is taken as the newest; list revisions oldest first`);
    }
    revisions.push({
      file: name,
      label: optionalString(file, entry, ['label']) ?? name,
      date,
      format: format as SourceFormat | undefined,
      encoding: encoding as TextEncoding | undefined,
      place,
    });
  });
  return { title, language, ...(license ? { license } : {}), revisions, revisionsPlace: placeOf(file, list) };
}

/** Check a decisions file: per discrepancy id, an action the editor pinned. */
export function parseDecisions(file: VFile): Decisions {
  const root = parseJsonFile(file, 'json-syntax');
  if (root.type !== 'object') shapeError(file, root, 'decisions.json must be an object keyed by discrepancy id');
  // No prototype: an id such as `__proto__` or `constructor` is a key like any other.
  const decisions: Decisions = Object.create(null);
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    const id = key.value as string;
    if (Object.hasOwn(decisions, id)) shapeError(file, key, `decision ${JSON.stringify(id)} is pinned twice (first at line ${decisions[id].place?.line})`);
    const action = value.type === 'object' ? findNodeAtLocation(value, ['action']) : undefined;
    if (!action || !ACTIONS.includes(action.value)) {
      shapeError(file, action ?? value, `decision ${JSON.stringify(id)} has an unknown action ${JSON.stringify(action?.value ?? null)}; use one of ${ACTIONS.join(', ')}`);
    }
    const text = optionalString(file, value, ['text']);
    if (action.value === 'custom' && text === undefined) shapeError(file, value, `decision ${JSON.stringify(id)} is "custom" but has no "text"`);
    const { line, column } = placeOf(file, key);
    const about = { kind: optionalString(file, value, ['kind']), old: optionalString(file, value, ['old']), new: optionalString(file, value, ['new']) };
    decisions[id] = {
      action: action.value,
      text,
      note: optionalString(file, value, ['note']),
      ...(about.kind || about.old || about.new ? { about } : {}),
      place: { line, column },
    };
  }
  return decisions;
}

export interface LoadedArticle extends Article {
  /** The decisions file's path, when the folder has one. */
  decisionsFile?: string;
  /** Warnings met while loading. */
  messages: VFileMessage[];
}

/** Show paths relative to the working directory when that is shorter, as users typed them. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The manifest-free reading of a folder: its text files are the revisions, ordered by name. */
async function impliedEntries(dir: string, io: Io): Promise<ManifestEntry[]> {
  const entries = await io.readdir(dir);
  return entries
    .filter((e) => e.isFile && REVISION_FILE.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ file: name, label: name.replace(REVISION_FILE, ''), place: { line: 1, column: 1 } }));
}

/** Load an article folder. User errors are thrown as VFileMessages naming the file and line. */
export interface LoadOptions {
  /** Refuse revision and manifest files larger than this many bytes, before reading them. */
  maxBytes?: number;
}

/**
 * Refuse a file whose real path (symlinks resolved) is not inside the article folder: a build reads
 * only what is in sources/<article>/, never what a link points to elsewhere.
 */
async function checkInside(dir: string, path: string, io: Io, where: { file: VFile; place: { line: number; column: number } } | undefined): Promise<void> {
  const [real, root] = await Promise.all([io.realpath(path), io.realpath(dir)]);
  const rel = relative(root, real);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return;
  const params = { file: basename(path), how: `is a link to ${real}`, dir: displayPath(dir) };
  if (where) failOn(where.file, 'outside-folder', params, where.place);
  failOn(new VFile({ path: displayPath(path) }), 'outside-folder', params, { line: 1, column: 1 });
}

/** Read a revision's bytes; a folder or an unreadable file is a user error naming it, not a crash. */
async function readBytes(path: string, io: Io): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message ?? error);
    failOn(new VFile({ path: displayPath(path) }), 'missing-file', { path: displayPath(path), reason }, { line: 1, column: 1 });
  }
}

/**
 * The read stage, loaded when an article is first loaded: `build` imports this module to plan (REVISION_FILE), and a
 * plan (a no-op, a corpus handed to the pool's workers, or one article built from the code cache) never reads a
 * revision in this module graph; the readers and their packages (micromark, ISO 639-3's 8,000 languages) were about
 * 30-50 ms of every `build`'s start.
 */
const readStage = async () => {
  const [{ readRevision }, { decodeSource }] = await Promise.all([import('./read/index.ts'), import('./read/normalize.ts')]);
  return { readRevision, decodeSource };
};

/** A manifest or decisions file as checked text: not UTF-8 or binary is an error at its place, never a silent U+FFFD. */
async function jsonFile(path: string, io: Io): Promise<VFile> {
  const file = new VFile({ path: displayPath(path) });
  const bytes = await readBytes(path, io);
  file.value = (await readStage()).decodeSource(file, bytes);
  return file;
}

/** Refuse a file over the size limit before any work is done on it. */
async function checkSize(path: string, io: Io, maxBytes: number): Promise<void> {
  const size = await io.size(path);
  if (size > maxBytes) failOn(new VFile({ path: displayPath(path) }), 'too-large', { size, limit: maxBytes }, { line: 1, column: 1 });
}

export async function loadArticle(dir: string, io: Io = nodeIo, options: LoadOptions = {}): Promise<LoadedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = basename(dir);
  const messages: VFileMessage[] = [];
  const manifestPath = join(dir, MANIFEST);
  let manifest: ReturnType<typeof parseManifest> | undefined;
  let manifestFile: VFile | undefined;
  if (await io.exists(manifestPath)) {
    await checkInside(dir, manifestPath, io, undefined);
    await checkSize(manifestPath, io, maxBytes);
    manifestFile = await jsonFile(manifestPath, io);
    manifest = parseManifest(manifestFile);
    messages.push(...manifestFile.messages.filter((m) => !m.fatal));
  }
  const entries = manifest?.revisions ?? (await impliedEntries(dir, io));
  const revisions: Revision[] = [];
  for (const [index, entry] of entries.entries()) {
    const path = join(dir, entry.file);
    if (manifestFile && !(await io.exists(path))) {
      failOn(manifestFile, 'manifest-missing-revision', { file: entry.file, dir: displayPath(dir) }, entry.place);
    }
    await checkInside(dir, path, io, manifestFile && { file: manifestFile, place: entry.place });
    await checkSize(path, io, maxBytes);
    const bytes = await readBytes(path, io);
    const result = (await readStage()).readRevision(displayPath(path), bytes, { format: entry.format, encoding: entry.encoding });
    messages.push(...result.file.messages.filter((m) => !m.fatal));
    revisions.push({
      id: `r${index + 1}`,
      label: entry.label,
      date: entry.date,
      file: displayPath(path),
      format: result.format,
      title: result.title,
      tree: result.tree,
      vfile: result.file,
    });
  }
  if (revisions.length < 2) {
    const where = manifestFile ?? new VFile({ path: displayPath(dir) });
    failOn(where, 'too-few-revisions', { count: revisions.length }, manifest?.revisionsPlace ?? { line: 1, column: 1 });
  }
  const decisionsPath = join(dir, DECISIONS);
  let decisions: Decisions | undefined;
  let decisionsFile: string | undefined;
  if (await io.exists(decisionsPath)) {
    await checkInside(dir, decisionsPath, io, undefined);
    await checkSize(decisionsPath, io, maxBytes);
    decisionsFile = displayPath(decisionsPath);
    decisions = parseDecisions(await jsonFile(decisionsPath, io));
  }
  return {
    name,
    dir,
    title: manifest?.title ?? revisions[revisions.length - 1].title,
    language: manifest?.language ?? 'en',
    ...(manifest?.license ? { license: manifest.license } : {}),
    revisions,
    decisions,
    decisionsFile,
    messages,
  };
}

