// Test helper: every hast element under a node that matches a predicate, in document order.
import type { Element, Nodes } from 'hast';
import { visit } from 'unist-util-visit';

export function selectAll(tree: Nodes, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) out.push(el);
  });
  return out;
}
