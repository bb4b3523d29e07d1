// Precompiles brief's own templates: scripts/bundle.mjs puts this code in the bundle in place of
// precompiled-templates.ts, so a build need not compile them. Nothing generated is kept in pipeline/.
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateSources } from './environment.ts';

/** The source of precompiled-templates.ts for templates/ as it is now: each file's text and its spec. */
export function generateTemplates(): string {
  const entries = [...templateSources()].map(([file, source]) => `  ${JSON.stringify(file)}: { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })} },`);
  return `export const precompiled = {\n${entries.join('\n')}\n};\n`;
}
