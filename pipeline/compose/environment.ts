// The Handlebars environment of the briefing: strict, escaping, with brief's helpers and the partials in templates/.
import { readFileSync, readdirSync } from 'node:fs';
import { projectRoot } from '../render/assets.ts';
import Handlebars from 'handlebars';
import { fmt } from './timeline.ts';

// Resolved from the project root, so it works from the sources, the tests and the bundle in dist/ alike.
export const templatesDir = `${projectRoot()}/templates/`;

export interface Templates {
  briefing: Handlebars.TemplateDelegate;
  handout: Handlebars.TemplateDelegate;
  labels: Labels;
}

// labels.json is free-form for the user; the code reads it through this loose shape.
export type Labels = Record<string, any>;

let cached: Templates | undefined;

/**
 * Compile the templates once per process. Strict mode makes a misspelt field an error instead of
 * an empty string; prototype access stays off (Handlebars' default). Source text only ever reaches
 * a template as a value, and `{{…}}` escapes it.
 */
export function loadTemplates(dir = templatesDir): Templates {
  if (cached && dir === templatesDir) return cached;
  const hbs = Handlebars.create();
  hbs.registerHelper('fmt', (template: unknown, options: Handlebars.HelperOptions) =>
    fmt(String(template), options.hash as Record<string, string | number>),
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const partials = `${dir}partials/`;
  for (const file of readdirSync(partials).sort()) {
    if (!file.endsWith('.hbs')) continue;
    hbs.registerPartial(file.slice(0, -4), readFileSync(partials + file, 'utf8'));
  }
  const compile = (file: string) =>
    hbs.compile(readFileSync(dir + file, 'utf8'), { strict: true, noEscape: false, preventIndent: true });
  const templates = {
    briefing: compile('briefing.hbs'),
    handout: compile('handout.hbs'),
    labels: JSON.parse(readFileSync(`${dir}labels.json`, 'utf8')) as Labels,
  };
  if (dir === templatesDir) cached = templates;
  return templates;
}
