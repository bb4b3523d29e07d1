// Brief's own templates precompiled at bundle time (compose/templates-precompile.ts, put in place of
// precompiled-templates.ts by scripts/bundle.mjs) compose the same briefing and handout as compiled at run time.
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { COMPILE_OPTIONS } from '../../pipeline/compose/environment.ts';
import { generateTemplates } from '../../pipeline/compose/templates-precompile.ts';
import { buildOptions, seedReconciled } from './seed.ts';

type Precompiled = Record<string, { source: string; spec: unknown }>;

/** The generated module's `precompiled` object, as the bundle would hold it. */
const evaluate = (module: string): Precompiled => new Function(module.replace('export const precompiled =', 'return'))() as Precompiled;

/** composeBriefing from a fresh module graph whose precompiled-templates.ts holds `specs`. */
async function compose(specs: Precompiled) {
  vi.resetModules();
  const { precompiled } = await import('../../pipeline/compose/precompiled-templates.ts');
  Object.assign(precompiled, specs);
  const { composeBriefing } = await import('../../pipeline/compose/index.ts');
  return JSON.stringify(composeBriefing(seedReconciled(), buildOptions()));
}

describe('precompiled templates', () => {
  const generated = generateTemplates();

  it('compose the same briefing and handout as templates compiled at run time', async () => {
    expect(await compose(evaluate(generated))).toBe(await compose({}));
  });

  it('are what a build uses while every template file is as they were made from', async () => {
    const specs = evaluate(generated);
    const marked = evaluate(`export const precompiled = { x: { spec: ${Handlebars.precompile('<p>from the precompiled colophon</p>', { ...COMPILE_OPTIONS })} } };`);
    specs['partials/colophon.hbs'].spec = marked.x.spec;
    expect(await compose(specs)).toContain('from the precompiled colophon');
    // a file that differs from its precompiled text: all compile at run time
    specs['partials/colophon.hbs'].source += ' ';
    expect(await compose(specs)).not.toContain('from the precompiled colophon');
  });
});
