// Markdown writer: any revision's mdast as GFM (remark-stringify), custom nodes as `:::caption` / `:::infobox` directives.
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkDirective).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** Our caption and infobox nodes, written as the directives the Markdown reader turns back into them. */
function toDirective(node: RootContent): RootContent {
  if (node.type === 'caption') {
    const directive: ContainerDirective = {
      type: 'containerDirective',
      name: 'caption',
      children: [{ type: 'paragraph', children: node.children }],
    };
    return directive;
  }
  if (node.type === 'infobox') {
    const directive: ContainerDirective = {
      type: 'containerDirective',
      name: 'infobox',
      children: [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: node.children.map((entry) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [{ type: 'text', value: `${entry.key}: ` }, ...entry.children] }],
          })),
        },
      ],
    };
    return directive;
  }
  return node;
}

export function treeToMarkdown(tree: Root): string {
  return processor.stringify({ ...tree, children: tree.children.map(toDirective) });
}
