// The catalogue of every error and warning a user can see: id, title, message and hint, in one place.
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';

export interface CatalogueEntry {
  /** Rule id printed after the message, e.g. `[encoding]`. */
  id: string;
  title: string;
  /** Message template: `{name}` is replaced by the value of `name`. */
  message: string;
  hint: string;
}

const entries = [
  {
    id: 'encoding',
    title: 'Not UTF-8',
    message: 'the file is not valid UTF-8: byte 0x{byte} cannot start or continue a character',
    hint: 'convert it, e.g. `iconv -f windows-1252 -t utf-8 FILE > FILE.utf8` (Windows-1252 also reads Latin-1 text, and keeps its dashes and quotes), or set `"encoding": "windows-1252"` for the revision in article.json',
  },
  {
    id: 'empty-file',
    title: 'Empty file',
    message: 'the file is empty{detail}',
    hint: 'put the revision text in the file, or remove it from the article',
  },
  {
    id: 'no-body',
    title: 'Title without body',
    message: 'the file has a title ({title}) but no body text',
    hint: 'add the article text below the title, or remove the file from the article',
  },
  {
    id: 'binary-content',
    title: 'Binary content',
    message: 'the file holds binary content ({what}), not text',
    hint: 'export the revision as UTF-8 text (a rendered-page text dump, a sectioned export or Markdown)',
  },
  {
    id: 'control-character',
    title: 'Control character',
    message: 'the file holds the control character U+{code}, which no output format can show',
    hint: 'delete it (e.g. `tr -d "\\000-\\010\\013\\016-\\037" < FILE > FILE.clean`); a stray escape sequence from a terminal is the usual cause, and U+0080–U+009F come from converting Windows-1252 text as Latin-1 (convert it again with `iconv -f windows-1252`)',
  },
  {
    id: 'unknown-format',
    title: 'Unknown format',
    message: 'unknown format `{format}`',
    hint: 'use one of: rendered, sectioned, markdown',
  },
  {
    id: 'missing-file',
    title: 'Missing file',
    message: 'cannot read `{path}`: {reason}',
    hint: 'check the path; article folders live in sources/',
  },
  {
    id: 'json-syntax',
    title: 'Not valid JSON',
    message: 'the file is not valid JSON: {reason}',
    hint: 'fix the JSON syntax at the place given (a missing comma or quote is the usual cause); an article folder without article.json takes its revisions from its files',
  },
  {
    id: 'manifest-shape',
    title: 'Manifest or decisions file has the wrong shape',
    message: '{reason}',
    hint: 'see "Article folders" in README.md for the fields of article.json and decisions.json',
  },
  {
    id: 'manifest-missing-revision',
    title: 'Manifest names a missing file',
    message: 'the manifest names `{file}`, which does not exist in {dir}',
    hint: 'correct the file name in article.json or add the file',
  },
  {
    id: 'too-few-revisions',
    title: 'Too few revisions',
    message: 'the article has {count} revision(s); at least 2 are needed to compare',
    hint: 'add another revision file to the folder (or to article.json)',
  },
  {
    id: 'too-large',
    title: 'File too large',
    message: 'the file is {size} bytes, over the limit of {limit} bytes',
    hint: 'split the article, or raise the limit with `--max-bytes N` if the file really is one revision',
  },
  {
    id: 'outside-folder',
    title: 'Path outside the article folder',
    message: '`{file}` {how}, outside the article folder {dir}',
    hint: 'copy the file into the article folder instead of linking to it; a build reads only what is inside sources/<article>/',
  },
  {
    id: 'linked-article',
    title: 'Article folder linked from outside the sources',
    message: 'the article folder `{name}` is a link to {target}, outside the sources folder {sources}',
    hint: 'move or copy the article folder into the sources folder instead of linking to it; a build reads only what is inside it',
  },
  {
    id: 'unsafe-name',
    title: 'Unsafe article folder name',
    message: 'the article folder name `{name}` is not a safe file name (it becomes a folder in the output and part of URLs)',
    hint: 'rename the folder using letters, digits, `.`, `_` and `-` only, starting with a letter or digit (at most 128 characters), e.g. `{suggestion}`',
  },
  {
    id: 'cannot-write',
    title: 'Cannot write an output',
    message: 'cannot write `{path}`: {reason}',
    hint: 'make sure the output folder is writable, has room, and holds no file where a folder belongs; the files already put in place are whole, and the next build writes the rest',
  },
  {
    id: 'stale-decision',
    title: 'Decision matches no discrepancy',
    message: 'decision `{id}` matches no discrepancy any more',
    hint: 'remove it from {file}, or re-pin it under the id `brief diff` now reports (the text it was about changed)',
  },
  {
    id: 'template',
    title: 'A template or the labels cannot be used',
    message: '{reason}',
    hint: 'fix {file}: every `{{field}}` must name a field the briefing has (templates are strict), every block must close, every partial must be a file in templates/partials/, and labels.json must be JSON',
  },
  {
    id: 'not-a-sources-folder',
    title: 'An article folder given where the sources folder belongs',
    message: '`{path}` holds revisions ({found}): it is an article folder, not a folder of article folders',
    hint: 'build it with `brief build --sources {parent} --only {name}`; nothing was built or removed',
  },
  {
    id: 'no-articles',
    title: 'A sources folder with no article folders',
    message: '`{path}` holds no article folder, yet {count} article(s) have outputs in {out}',
    hint: 'check --sources (the outputs were kept); remove the outputs by hand if the articles are really gone',
  },
  {
    id: 'repinned-decision',
    title: 'Decision carried over to a new id',
    message: 'decision `{old}` now applies to `{new}`: the {kind} it was about changed wording',
    hint: 'run `brief decide --repin` to write the new id into {file}',
  },
  {
    id: 'unresolved',
    title: 'Discrepancy without an editor decision',
    message: '{count} fact-conflict(s) or internal contradiction(s) have no editor decision (--strict)',
    hint: 'pin them in decisions.json (ids from `brief diff`), or build without --strict to take the newest revision',
  },
  {
    id: 'missing-glyph',
    title: 'A character no font draws',
    message: 'no font of the briefing has the character {char} (U+{code}): the PDF shows an empty box for it',
    hint: 'the web page and the EPUB show it with the reader’s fonts; for the PDF, write it another way in the source, or add a font family that has it to FALLBACK_FAMILIES in pipeline/typography/fonts.ts',
  },
  {
    id: 'usage',
    title: 'Bad usage',
    message: '{reason}',
    hint: 'run `brief --help` or `brief <command> --help`',
  },
] as const satisfies readonly CatalogueEntry[];

export type ErrorId = (typeof entries)[number]['id'];

export const catalogue: ReadonlyMap<ErrorId, CatalogueEntry> = new Map(entries.map((e) => [e.id, e]));

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Build the message for a catalogue entry, its hint appended after an em dash. */
export function describe(id: ErrorId, params: Record<string, string | number> = {}): { reason: string; hint: string } {
  const entry = catalogue.get(id);
  if (!entry) throw new Error(`no catalogue entry ${id}`);
  return { reason: fill(entry.message, params), hint: fill(entry.hint, params) };
}

/** A user-facing problem with a place and a rule id; thrown errors of other kinds are bugs. */
export function userMessage(
  id: ErrorId,
  params: Record<string, string | number>,
  place?: Point | Position,
  file?: string,
): VFileMessage {
  const { reason, hint } = describe(id, params);
  const message = new VFileMessage(`${reason}; ${hint}`, { place, ruleId: id, source: 'brief' });
  message.fatal = true;
  if (file) message.file = file;
  return message;
}

/** Record a fatal catalogue message on a file and throw it. */
export function failOn(file: VFile, id: ErrorId, params: Record<string, string | number>, place?: Point | Position): never {
  const message = userMessage(id, params, place, file.path);
  file.messages.push(message);
  throw message;
}

/** `file:line:col: message [rule]`, the one way diagnostics are printed for people. */
export function formatMessage(message: VFileMessage): string {
  // A message about no file (a usage slip) is the command's own: `brief: error: …`, not a made-up `<input>:1:1`.
  const where = message.file ? [message.file, message.line ?? 1, message.column ?? 1].join(':') : 'brief';
  const level = message.fatal ? 'error' : 'warning';
  return `${where}: ${level}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`;
}

export function isUserMessage(value: unknown): value is VFileMessage {
  return value instanceof VFileMessage;
}
