// Checks every reader's tree the same way: a body below the title, and a root spanning the file.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { failOn } from '../errors.ts';
import type { SourceLine } from './inline.ts';

/** The article title a tree states: its first depth-1 heading, else its first heading. */
export function titleOf(tree: Root): string | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const title = headings.find((node) => node.depth === 1) ?? headings[0];
  return title ? toString(title).trim() : undefined;
}

/** Wrap a reader's blocks in a positioned root; a title with nothing under it is an error. */
export function finishTree(file: VFile, children: RootContent[], lines: SourceLine[]): Root {
  const last = lines[lines.length - 1];
  const tree: Root = {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: last.line, column: last.text.length + 1, offset: last.offset + last.text.length },
    },
  };
  const body = children.filter((node) => !(node.type === 'heading' && node.depth === 1));
  if (body.length === 0) {
    const title = titleOf(tree) ?? (children.length ? toString(children[0]) : '');
    failOn(file, 'no-body', { title: JSON.stringify(title) }, children[0]?.position?.start ?? { line: 1, column: 1 });
  }
  return tree;
}
