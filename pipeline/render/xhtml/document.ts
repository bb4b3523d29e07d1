// The composed briefing as a writer may change it: a private copy of the tree with its title, language and description.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { copyTree, eachElement } from './walk.ts';
import type { Briefing } from '../../model.ts';
import { isElement, partOf } from './links.ts';

export interface BriefingDocument {
  /** A deep copy of the composed tree: `<html>` with `<head>` and `<body>` of part sections. */
  tree: Root;
  title: string;
  language: string;
  description: string;
}

export function findElement(root: Root | Element, tagName: string): Element | undefined {
  let found: Element | undefined;
  eachElement(root, (element) => {
    if (found) return 'stop';
    if (element.tagName === tagName) found = element;
  });
  return found;
}

export function briefingDocument(briefing: Briefing): BriefingDocument {
  const { article } = briefing.reconciled;
  let tree = copyTree(briefing.tree);
  let body = findElement(tree, 'body');
  const hasParts = body?.children.some((child) => isElement(child) && partOf(child) !== undefined);
  if (!body || !hasParts) {
    tree = bareBriefing(briefing.reconciled.tree, article.title, article.language);
    body = findElement(tree, 'body')!;
  }
  const html = findElement(tree, 'html');
  const head = findElement(tree, 'head');
  const language = String(html?.properties.lang ?? '') || article.language || 'en';
  let description = '';
  if (head)
    eachElement(head, (element) => {
      if (element.tagName === 'meta' && element.properties.name === 'description') description = String(element.properties.content ?? '');
    });
  return { tree, title: article.title.trim() || article.name, language, description };
}

/** Until compose makes the briefing: the reconciled article alone, as one `article` part. */
function bareBriefing(mdast: MdastRoot, title: string, language: string): Root {
  const converted = toHast(mdast, { clobberPrefix: '' }) as Root | Element;
  const children = (converted.type === 'root' ? converted.children : [converted]).filter(
    (child): child is ElementContent => child.type === 'element' || child.type === 'text',
  );
  const part = h('section', { dataPart: 'article', lang: language }, [h('h1', { id: 'part-article' }, title), ...children]);
  if (!toText(part).trim()) part.children.push(h('p', title));
  return { type: 'root', children: [h('html', { lang: language }, [h('head', [h('title', title)]), h('body', [part])])] };
}
