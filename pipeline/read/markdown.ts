// Reader for Markdown / GFM revisions (remark-parse + remark-gfm), with `:::caption` and `:::infobox` directives.
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Caption, Infobox, InfoboxEntry } from '../model.ts';
import { finishTree } from './finish.ts';
import { splitLines } from './inline.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

function paragraphs(node: ContainerDirective): Paragraph[] {
  return node.children.filter((child): child is Paragraph => child.type === 'paragraph');
}

/** `:::infobox` holds a list of `Key: value` items; anything else in it is not an infobox entry. */
function infobox(node: ContainerDirective): Infobox | undefined {
  const list = node.children.length === 1 && node.children[0].type === 'list' ? node.children[0] : undefined;
  if (!list) return undefined;
  const entries: InfoboxEntry[] = [];
  for (const item of list.children) {
    const paragraph = item.children.length === 1 && item.children[0].type === 'paragraph' ? item.children[0] : undefined;
    const first = paragraph?.children[0];
    const match = first?.type === 'text' ? /^([^:]{1,80}?)\s*:\s?/.exec(first.value) : null;
    if (!paragraph || !first || first.type !== 'text' || !match) return undefined;
    const rest: PhrasingContent[] = [...paragraph.children];
    const remainder = first.value.slice(match[0].length);
    if (remainder) rest[0] = { ...first, value: remainder };
    else rest.shift();
    entries.push({ type: 'infoboxEntry', key: match[1], children: rest, position: item.position });
  }
  return { type: 'infobox', children: entries, position: node.position };
}

/** Our custom nodes are written as container directives; turn them back into caption and infobox nodes. */
function fromDirectives(children: RootContent[]): RootContent[] {
  return children.map((node) => {
    if (node.type !== 'containerDirective') return node;
    if (node.name === 'caption') {
      const [paragraph] = paragraphs(node);
      if (node.children.length === 1 && paragraph) {
        const caption: Caption = { type: 'caption', children: paragraph.children, position: node.position };
        return caption;
      }
    }
    if (node.name === 'infobox') return infobox(node) ?? node;
    return node;
  });
}

/**
 * Only `:::caption` and `:::infobox` containers are brief's; a text or leaf directive the directive syntax finds in
 * ordinary text (`at 01:21`, `ratio 3:2`, `::note`) is what the author wrote, kept as it stands in the source.
 */
function directivesAsText(tree: Root, source: string): void {
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'textDirective' && node.type !== 'leafDirective') || !parent || index === undefined) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const text: Text = { type: 'text', value: source.slice(start, end), position: node.position };
    parent.children.splice(index, 1, (node.type === 'leafDirective' ? { type: 'paragraph', children: [text], position: node.position } : text) as never);
  });
}

/**
 * Raw HTML in a Markdown revision is text the author wrote, not markup brief should obey:
 * it becomes a text node (a paragraph when it stood alone), so every writer shows it literally.
 */
function htmlAsText(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const text: Text = { type: 'text', value: node.value, position: node.position };
    const replacement: Paragraph | Text = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition'
      ? { type: 'paragraph', children: [text], position: node.position }
      : text;
    parent.children.splice(index, 1, replacement as never);
  });
  // Inline HTML (or a directive taken back as text) split its paragraph's text; join the pieces again, as a re-parse would give them.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as RootContent[];
    for (let i = children.length - 1; i > 0; i--) {
      const [before, after] = [children[i - 1], children[i]];
      if (before.type === 'text' && after.type === 'text') {
        before.value += after.value;
        if (before.position && after.position) before.position = { start: before.position.start, end: after.position.end };
        children.splice(i, 1);
      }
    }
  });
}

export function parseMarkdown(file: VFile): Root {
  const tree = processor.parse(file);
  directivesAsText(tree, String(file.value));
  htmlAsText(tree);
  return finishTree(file, fromDirectives(tree.children), splitLines(String(file.value)));
}

/** unified parser plugin: `unified().use(markdownParse)`. */
const markdownParse: Plugin<[], string, Root> = function () {
  this.parser = (_doc, file) => parseMarkdown(file);
};
export default markdownParse;
