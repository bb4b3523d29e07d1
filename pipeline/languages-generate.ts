// The tables of languages.ts as text: scripts/bundle.mjs puts this code in the bundle in place of languages.ts.
import { iso6391Codes, languageNames } from './languages.ts';

/** The source of languages.ts with its tables written out (no name or tag holds a tab or a line break). */
export function generateLanguages(): string {
  const names = languageNames();
  if (names.some(([name, tag]) => /[\t\n]/.test(name + tag))) throw new Error('languages-generate: a tab or line break in a language name');
  return [
    `const CODES = ${JSON.stringify(iso6391Codes().join(' '))};`,
    `const NAMES = ${JSON.stringify(names.map(([name, tag]) => `${name}\t${tag}`).join('\n'))};`,
    // plain JavaScript (the bundle's loader takes it as TypeScript)
    "export function iso6391Codes() { return CODES.split(' '); }",
    "export function languageNames() { return NAMES.split('\\n').map((line) => { const tab = line.indexOf('\\t'); return [line.slice(0, tab), line.slice(tab + 1)]; }); }",
    '',
  ].join('\n');
}
