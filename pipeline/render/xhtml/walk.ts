// Element walks and copies for the writers' hast trees.
//
// unist-util-visit-parents renames a closure for every node it visits (`Object.defineProperty(…,
// 'name')` through util.inspect); on a briefing that was about 100 ms a render, more than all the
// writers' own work, so the writers walk elements with this plain recursion instead.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

export type ElementVisitor = (element: Element, parent: Root | Element, index: number) => void | 'skip' | 'stop';

/** Calls `visitor` on every element below `tree` in document order; `'skip'` skips its children, `'stop'` ends the walk. */
export function eachElement(tree: Root | Element, visitor: ElementVisitor): void {
  walk(tree, visitor);
}

function walk(parent: Root | Element, visitor: ElementVisitor): boolean {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type !== 'element') continue;
    const action = visitor(child, parent, index);
    if (action === 'stop') return true;
    if (action !== 'skip' && walk(child, visitor)) return true;
  }
  return false;
}

/** The elements named `tagName` below `tree`, in document order. */
export function elementsNamed(tree: Root | Element, tagName: string, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    elementsNamed(child, tagName, found);
  }
  return found;
}

function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const key in properties) {
    const value = properties[key];
    copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

function copyNode<T extends RootContent | ElementContent>(node: T): T {
  switch (node.type) {
    case 'element':
      return {
        type: 'element',
        tagName: node.tagName,
        properties: copyProperties(node.properties),
        children: node.children.map(copyNode),
        ...(node.content ? { content: copyTree(node.content) } : {}),
      } as T;
    case 'text':
    case 'comment':
      return { type: node.type, value: node.value } as T;
    case 'doctype':
      return { type: 'doctype' } as T;
    default:
      return { ...node } as T;
  }
}

/** A deep copy a writer may change, without positions or data (which no writer reads). */
export function copyTree(tree: Root): Root {
  return { type: 'root', children: tree.children.map(copyNode) };
}
