// Read stage entry: one revision's bytes → a VFile of clean text → the normalized mdast tree of its format.
import type { Root } from 'mdast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { SOURCE_FORMATS, type SourceFormat } from '../model.ts';
import { failOn } from '../errors.ts';
import { detectFormat } from './detect.ts';
import markdownParse from './markdown.ts';
import { sourceFile, type TextEncoding } from './normalize.ts';
import renderedParse from './rendered.ts';
import sectionedParse from './sectioned.ts';
import { titleOf } from './finish.ts';

const parsers = {
  rendered: unified().use(renderedParse),
  sectioned: unified().use(sectionedParse),
  markdown: unified().use(markdownParse),
} satisfies Record<SourceFormat, unknown>;

export interface ReadOptions {
  /** Force a format instead of detecting it. */
  format?: string;
  encoding?: TextEncoding;
}

export interface ReadResult {
  tree: Root;
  format: SourceFormat;
  title: string;
  file: VFile;
}

/** Parse one revision. User errors are thrown as VFileMessages with a place and a rule id. */
export function readRevision(path: string, bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const file = sourceFile(path, bytes, options.encoding);
  if (options.format !== undefined && !SOURCE_FORMATS.includes(options.format as SourceFormat)) {
    failOn(file, 'unknown-format', { format: options.format });
  }
  const format = (options.format as SourceFormat | undefined) ?? detectFormat(String(file.value));
  const tree = parsers[format].parse(file) as Root;
  return { tree, format, title: titleOf(tree) ?? path, file };
}

export { detectFormat };
