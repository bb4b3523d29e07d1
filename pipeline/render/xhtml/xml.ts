// xast → XML text, the same characters as xast-util-to-xml's toXml (version 4) with `closeEmptyElements`, without its cost.
import type { Nodes as XmlNodes } from 'xast';

/**
 * xast-util-to-xml escapes each attribute value with a character set it makes anew for every value (`['<', '&',
 * quote]`), and stringify-entities keeps the pattern it builds from a set in a WeakMap keyed by the set: every
 * attribute value of every document built and compiled a new regular expression (charactersToExpression was the
 * EPUB writer's largest item after deflating). This writes the same text with patterns made once: the escapes are
 * stringify-entities' basic ones (`&#x3C;`), the control characters it leaves out are left out, elements without
 * content close as `<x />`, and a raw node is written as it is when `allowDangerousXml` (toXhtml) and escaped as
 * text otherwise. test/render/xml.test.ts compares it with toXml.
 */
export interface XmlOptions {
  allowDangerousXml?: boolean;
}

/** What xast-util-to-xml drops from every value (util-escape.js `noncharacter`). */
const NONCHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** The character sets of xast-util-to-xml's escapes, as patterns: text, attribute values (double quotes), names, comments, `>`. */
const TEXT = /[&<]/g;
const VALUE = /[<&"]/g;
const NAME = /[\t\n "&'/<=>]/g;
const COMMENT = /-/g;
const GREATER = />/g;
const PROCESSING_END = /\?>/g;
const CDATA_END = /]]>/g;

/** stringify-entities' basic format: a hexadecimal character reference in capitals. */
const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

function escaped(value: unknown, pattern: RegExp): string {
  const text = String(value || '').replace(NONCHARACTER, '');
  return text.replace(pattern, reference);
}

/** `escape(value, subset, unsafe)`: only the `unsafe` sequences are escaped, each by the subset's characters. */
function escapedWithin(value: unknown, pattern: RegExp, unsafe: RegExp): string {
  const text = String(value || '').replace(NONCHARACTER, '');
  return text.replace(unsafe, (found) => found.replace(pattern, reference));
}

const name = (value: string): string => escaped(value, NAME);
const quoted = (value: unknown): string => `"${escaped(String(value), VALUE)}"`;

export function toXmlText(node: XmlNodes, options: XmlOptions = {}): string {
  const out: string[] = [];
  write(node, options, out);
  return out.join('');
}

function write(node: XmlNodes, options: XmlOptions, out: string[]): void {
  switch (node.type) {
    case 'root':
      for (const child of node.children) write(child, options, out);
      return;
    case 'element': {
      const tag = name(node.name);
      let open = `<${tag}`;
      const attributes = node.attributes ?? {};
      for (const key in attributes) {
        if (!Object.hasOwn(attributes, key)) continue;
        const value = attributes[key];
        if (value !== null && value !== undefined) open += ` ${name(key)}=${quoted(value)}`;
      }
      // toXml closes an element whose content is the empty string, whatever nodes it has.
      const at = out.length;
      out.push('');
      for (const child of node.children) write(child, options, out);
      let empty = true;
      for (let i = at + 1; i < out.length && empty; i++) if (out[i] !== '') empty = false;
      if (empty) {
        out.length = at;
        out.push(`${open} />`);
      } else {
        out[at] = `${open}>`;
        out.push(`</${tag}>`);
      }
      return;
    }
    case 'text':
      out.push(escaped(node.value, TEXT));
      return;
    case 'raw':
      out.push(options.allowDangerousXml ? node.value : escaped(node.value, TEXT));
      return;
    case 'comment':
      out.push(`<!--${escaped(node.value, COMMENT)}-->`);
      return;
    case 'cdata':
      out.push(`<![CDATA[${escapedWithin(node.value, GREATER, CDATA_END)}]]>`);
      return;
    case 'instruction': {
      const value = escapedWithin(node.value, GREATER, PROCESSING_END);
      out.push(`<?${name(node.name) || 'x'}${value ? ` ${value}` : ''}?>`);
      return;
    }
    case 'doctype': {
      const tag = name(node.name);
      let text = '<!DOCTYPE';
      if (tag !== '') text += ` ${tag}`;
      if (node.public) text += ` PUBLIC ${quoted(node.public)}`;
      else if (node.system) text += ' SYSTEM';
      if (node.system) text += ` ${quoted(node.system)}`;
      out.push(`${text}>`);
      return;
    }
  }
}
