// The Handlebars environment of the briefing: strict, escaping, with brief's helpers and the partials in templates/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { TEMPLATE_IMAGE, projectRoot } from '../assets.ts';
import Handlebars from 'handlebars';
import type { VFileMessage } from 'vfile-message';
import type { Theme } from '../model.ts';

import { userMessage } from '../errors.ts';
import { FACES, fontFileProblem } from '../typography/fonts.ts';
import { precompiled } from './precompiled-templates.ts';
import { fmt } from './timeline.ts';

// Resolved from the project root, so it works from the sources, the tests and the bundle in dist/ alike.
export const templatesDir = `${projectRoot()}/templates/`;

export interface Templates {
  briefing: Handlebars.TemplateDelegate;
  handout: Handlebars.TemplateDelegate;
  labels: Labels;
  theme: Theme;
}

/** The theme brief uses when templates/ has no theme.json. */
export const DEFAULT_THEME: Theme = {
  colours: { ink: '#1b1b1b', muted: '#444444', accent: '#1a4f8b', rule: '#aaaaaa', band: '#e8ebef' },
  briefingTextWidth: 395,
};

/**
 * templates/theme.json, checked: every colour a `#rrggbb`, the text width between 250 and 500 pt. A mistake is a
 * template error naming the file and the line of the key.
 */
export function loadTheme(dir: string): Theme {
  const file = `${dir}theme.json`;
  if (!existsSync(file)) return DEFAULT_THEME;
  const text = readFileSync(file, 'utf8');
  const lineOf = (key: string) => Math.max(1, text.slice(0, Math.max(0, text.indexOf(`"${key}"`))).split('\n').length);
  const fail = (key: string, reason: string) => {
    throw userMessage('template', { reason: `templates/theme.json: ${reason}`, file: 'templates/theme.json' }, { line: lineOf(key), column: 1 }, 'templates/theme.json');
  };
  let raw: { colours?: Record<string, unknown>; briefingTextWidth?: unknown; logo?: { src?: unknown; width?: unknown; alt?: unknown } | null; fonts?: Record<string, unknown> };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch (error) {
    throw templateError(error, 'templates/theme.json');
  }
  const colours = { ...DEFAULT_THEME.colours };
  for (const [key, value] of Object.entries(raw.colours ?? {})) {
    if (!(key in colours)) fail(key, `unknown colour "${key}"; the theme has ${Object.keys(colours).join(', ')}`);
    if (typeof value !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value)) fail(key, `colour "${key}" must be written #rrggbb, not ${JSON.stringify(value)}`);
    colours[key as keyof Theme['colours']] = (value as string).toLowerCase();
  }
  const width = raw.briefingTextWidth ?? DEFAULT_THEME.briefingTextWidth;
  if (typeof width !== 'number' || width < 250 || width > 500) fail('briefingTextWidth', `briefingTextWidth must be a number of points from 250 to 500, not ${JSON.stringify(width)}`);
  let logo: Theme['logo'];
  if (raw.logo) {
    const { src, width: logoWidth = 120, alt = '' } = raw.logo;
    if (typeof src !== 'string' || !TEMPLATE_IMAGE.test(src)) fail('logo', `logo.src must name a PNG or JPEG file under templates/ (e.g. "logo.png"), not ${JSON.stringify(src)}`);
    if (!existsSync(dir + (src as string))) fail('logo', `the logo templates/${src as string} is missing; put the image there or remove "logo"`);
    if (typeof logoWidth !== 'number' || logoWidth <= 0) fail('logo', `logo.width must be a number of pixels, not ${JSON.stringify(logoWidth)}`);
    if (typeof alt !== 'string') fail('logo', 'logo.alt must be a string (empty for a logo that only decorates)');
    logo = { src: src as string, width: logoWidth as number, alt: alt as string };
  }
  const fonts: NonNullable<Theme['fonts']> = {};
  for (const [role, file] of Object.entries(raw.fonts ?? {})) {
    if (!(role in FACES)) fail(role, `unknown font "${role}"; the theme sets ${Object.keys(FACES).join(', ')}`);
    if (typeof file !== 'string' || !/^(?!\/)(?!.*\.\.)[\w./-]+\.(?:ttf|otf)$/i.test(file)) fail(role, `font "${role}" must name a .ttf or .otf file under templates/ (e.g. "fonts/House-Serif.ttf"), not ${JSON.stringify(file)}`);
    const problem = fontFileProblem(dir + (file as string));
    if (problem) fail(role, `the font templates/${file as string} ${problem}; put a TrueType or OpenType file there or remove "${role}"`);
    fonts[role as keyof typeof FACES] = file as string;
  }
  return { colours, briefingTextWidth: width as number, ...(logo ? { logo } : {}), ...(Object.keys(fonts).length ? { fonts } : {}) };
}

/**
 * The labels' shape is the shipped templates/labels.json's (a type only: nothing is imported at run time). A user's
 * labels.json may add keys; the keys the code reads are the shipped ones, and a localized file falls back to them.
 */
export type Labels = typeof import('../../templates/labels.json', { with: { type: 'json' } });

const cached = new Map<string, Templates>();

/**
 * The labels file for a language: `labels.<tag>.json` for the article's tag (`pt-BR`) or its language (`pt`),
 * when the templates have one. Its keys override English's; a key it lacks stays English.
 */
export function labelsFileFor(dir: string, language: string): string | undefined {
  const tags = [language, language.split('-')[0]].filter((tag, i, all) => tag && all.indexOf(tag) === i && tag.toLowerCase() !== 'en');
  for (const tag of tags) {
    for (const name of [`labels.${tag}.json`, `labels.${tag.toLowerCase()}.json`]) if (existsSync(dir + name)) return name;
  }
  return undefined;
}

/** `over`'s keys laid over `base`, object by object (a list or string replaces whole). */
export function mergeLabels<T extends object>(base: T, over: object): T {
  const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isRecord(value) && isRecord(under) ? mergeLabels(under, value) : value;
  }
  return out as T;
}

/** A user message for a template or labels mistake: the file, the line Handlebars or JSON names, and what it said. */
function templateError(error: unknown, file: string, also = ''): VFileMessage {
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const reason = String(e.message ?? error).split('\n')[0];
  const at = /line (\d+)|- (\d+):(\d+)|position (\d+)/.exec(String(e.message ?? ''));
  const line = e.lineNumber ?? (at ? Number(at[1] ?? at[2] ?? 1) : 1);
  return userMessage('template', { reason: `${file}${also ? ` (${also})` : ''}: ${reason}`, file }, { line, column: (e.column ?? 0) + 1 }, file);
}

/**
 * Where a field or partial a template uses stands: `"titel" not defined` or `The partial cover could not be
 * found` names no file, so the templates are searched for the mustache that uses it.
 */
function locateInTemplates(dir: string, error: unknown): VFileMessage | undefined {
  const message = String((error as Error)?.message ?? '');
  const field = /"([^"]+)" not defined/.exec(message)?.[1];
  const partial = /The partial (\S+) could not be found/.exec(message)?.[1];
  const name = field ?? partial;
  if (!name) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = field ? new RegExp(`\\{\\{[^}]*(?<![\\w.])(?:[\\w.]+\\.)?${escaped}(?![\\w])[^}]*\\}\\}`) : new RegExp(`\\{\\{>\\s*${escaped}\\b`);
  const files = [...readdirSync(`${dir}partials/`).filter((f) => f.endsWith('.hbs')).map((f) => `partials/${f}`), 'briefing.hbs', 'handout.hbs'];
  for (const file of files) {
    const lines = readFileSync(dir + file, 'utf8').split('\n');
    const index = lines.findIndex((l) => pattern.test(l));
    if (index < 0) continue;
    const what = field ? `unknown field \`${field}\`` : `no partial \`${partial}\` in templates/partials/`;
    return userMessage('template', { reason: what, file: `templates/${file}` }, { line: index + 1, column: lines[index].search(pattern) + 1 }, `templates/${file}`);
  }
  return undefined;
}

/**
 * An image a template names literally (`<img src="seal.png">`) must be a file under templates/: a missing one is
 * the template's mistake, reported at its line, not later by the writer that embeds it.
 */
function checkTemplateImages(dir: string, file: string, source: string): void {
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    for (const m of line.matchAll(/\bsrc\s*=\s*["']([^"'{}]+)["']/g)) {
      const src = m[1];
      if (!TEMPLATE_IMAGE.test(src) || existsSync(dir + src)) continue;
      throw userMessage(
        'template',
        { reason: `image \`${src}\` is not in templates/ (put the PNG or JPEG there, or correct the name)`, file: `templates/${file}` },
        { line: index + 1, column: m.index + 1 },
        `templates/${file}`,
      );
    }
  });
}

/** How every template and partial is compiled, at run time or, for brief's own, at bundle time. */
export const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true } as const;

const MAIN_TEMPLATES = ['briefing.hbs', 'handout.hbs'] as const;

/** The names of the partials in `dir`partials/, in order. */
function partialFiles(dir: string): string[] {
  return readdirSync(`${dir}partials/`).sort().filter((file) => file.endsWith('.hbs'));
}

/** Every template file of `dir` by its name under it (`briefing.hbs`, `partials/cover.hbs`), with its text. */
export function templateSources(dir = templatesDir): Map<string, string> {
  const names = [...MAIN_TEMPLATES, ...partialFiles(dir).map((file) => `partials/${file}`)];
  return new Map(names.map((name) => [name, readFileSync(dir + name, 'utf8')]));
}

/** Whether the bundle's precompiled templates are these files exactly (none are, run from the sources). */
function asBundled(sources: ReadonlyMap<string, string>): boolean {
  const names = Object.keys(precompiled);
  return names.length === sources.size && names.every((name) => precompiled[name].source === sources.get(name));
}

/**
 * Compile the templates once per process. Strict mode makes a misspelt field an error instead of
 * an empty string; prototype access stays off (Handlebars' default). Source text only ever reaches
 * a template as a value, and `{{…}}` escapes it. Brief's own templates, unchanged since the bundle
 * was made, come precompiled from it.
 */
export function loadTemplates(dir = templatesDir, language = 'en'): Templates {
  const key = `${language}\u0000${dir}`;
  const known = cached.get(key);
  if (known && dir === templatesDir) return known;
  const hbs = Handlebars.create();
  hbs.registerHelper('fmt', (template: unknown, options: Handlebars.HelperOptions) =>
    fmt(String(template), options.hash as Record<string, string | number>),
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Every template file read once; brief's own, unchanged since the bundle was made, come precompiled from it (all
  // or none: a partial given as text compiles with the options of the template that calls it, which a precompiled
  // template does not carry).
  const sources = templateSources(dir);
  const bundled = dir === templatesDir && asBundled(sources);
  for (const [name, source] of sources) {
    if (!name.startsWith('partials/')) continue;
    checkTemplateImages(dir, name, source);
    const partial = name.slice('partials/'.length, -'.hbs'.length);
    if (bundled) {
      hbs.registerPartial(partial, hbs.template(precompiled[name].spec));
      continue;
    }
    // Parsed now, so an unbalanced block is reported in its own file, not in the template that uses it.
    try {
      hbs.parse(source);
    } catch (error) {
      throw templateError(error, `templates/${name}`);
    }
    hbs.registerPartial(partial, source);
  }
  // A template's mistake (a misspelt field, an unclosed block, a missing partial) is the user's to mend: a
  // message naming the file and, where Handlebars says, the line; Handlebars compiles lazily, so it shows on use.
  const located = (file: string, run: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate => (context, options) => {
    try {
      return run(context, options);
    } catch (error) {
      throw locateInTemplates(dir, error) ?? templateError(error, `templates/${file}`, 'or one of the partials it uses');
    }
  };
  const labelsFile = `${dir}labels.json`;
  let labels: Labels;
  try {
    labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;
  } catch (error) {
    throw templateError(error, 'templates/labels.json');
  }
  const localized = labelsFileFor(dir, language);
  if (localized) {
    try {
      labels = mergeLabels(labels, JSON.parse(readFileSync(dir + localized, 'utf8')) as Labels);
    } catch (error) {
      throw templateError(error, `templates/${localized}`);
    }
  }
  const compile = (file: (typeof MAIN_TEMPLATES)[number]) => {
    const source = sources.get(file)!;
    checkTemplateImages(dir, file, source);
    return located(file, bundled ? hbs.template(precompiled[file].spec) : hbs.compile(source, COMPILE_OPTIONS));
  };
  const templates = {
    briefing: compile('briefing.hbs'),
    handout: compile('handout.hbs'),
    labels,
    theme: loadTheme(dir),
  };
  if (dir === templatesDir) cached.set(key, templates);
  return templates;
}
