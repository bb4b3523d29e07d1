// Brief's own templates, precompiled. Run from the sources (tests, tsx) this module has none, and environment.ts
// compiles templates/ at run time; the bundle (scripts/bundle.mjs) replaces it with the Handlebars specs that
// templates-precompile.ts makes from templates/*.hbs and templates/partials/*.hbs, used while every one of those
// files holds the text they were made from.
import type Handlebars from 'handlebars';

export const precompiled: Record<string, { source: string; spec: Parameters<typeof Handlebars.template>[0] }> = {};
