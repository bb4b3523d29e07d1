// Source text V8 can keep at one byte a character (scripts/bundle.mjs): each character beyond Latin-1 as an escape.

/**
 * `text` (esbuild's output) with each UTF-16 code unit beyond Latin-1 written as a `\uXXXX` escape; one escaped by a
 * backslash (an identity escape, `\’`, which means the character itself where it is allowed) becomes the escape
 * alone. esbuild has escaped strings and plain templates already; what is left is in comments, regular expression
 * literals and tagged templates, where the escape means the same character: in a regular expression with or without
 * the u or v flag (a surrogate pair's two escapes being one code point under them), in or out of a class; in a
 * comment it is only text; and brief's String.raw templates holding such characters are all sources of regular
 * expressions (test/build/latin1.test.ts checks both).
 */
export function latin1(text) {
  return text.replace(/(?<!\\)((?:\\\\)*)\\?([^\0-\xff])/g, (_, pairs, unit) => `${pairs}\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
