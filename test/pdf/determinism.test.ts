// A PDF is a function of its own article: its bytes (the ToUnicode maps of its fonts above all) must not depend on
// what the same process built before it. fontkit keeps one glyph object per glyph and font, made with the code
// points of the first request; brief shares its parsed fonts (and shaped runs) across documents, so a glyph reached
// from two characters (an Arabic letter's medial form shared with another letter's, a presentation form and the
// letters it stands for) must still map, in each document, to the characters of that document's own text.
import { describe, expect, it, vi } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { buildOptions, seedReconciled } from '../compose/seed.ts';

/** A small article's briefing PDF, built with the pipeline's own functions in a process state of `stages`. */
interface Stages {
  composeBriefing: typeof import('../../pipeline/compose/index.ts').composeBriefing;
  renderPdf: typeof import('../../pipeline/render/pdf/index.ts').renderPdf;
}

/** The compose and PDF stages as a fresh process has them: every module (and so every cache of fonts.ts) anew. */
async function freshStages(): Promise<Stages> {
  vi.resetModules();
  const { composeBriefing } = await import('../../pipeline/compose/index.ts');
  const { renderPdf } = await import('../../pipeline/render/pdf/index.ts');
  return { composeBriefing, renderPdf };
}

const ARTICLES: Record<string, string> = {
  // Arabic kaf (U+0643) and the Urdu keheh (U+06A9) share their medial glyph in Noto Sans Arabic; so do the medial
  // teh (U+062A) and yeh (U+064A), drawn as one dotless skeleton with the dots as marks.
  arabic: 'The city is called مكتبة in Arabic, and the word بيت means house; كتب is a verb.',
  urdu: 'In Urdu the country is پاکستان and the book is کتاب; یتیم is an orphan.',
  // Presentation forms: lam-alef as one character (U+FEFB) and as two letters (U+0644 U+0627), which fontkit
  // ligates into the same glyph; an isolated kaf form (U+FED9).
  forms: 'The presentation forms ﻻ and ﻙ, and the letters لا and ك.',
  letters: 'The letters لا and ك, without presentation forms, and لا again.',
};

function reconciledOf(slug: string, text: string) {
  const tree = unified().use(remarkParse).parse(`${text}\n\n## Notes\n\n${text}\n`) as Root;
  return seedReconciled({
    article: { name: slug, title: slug, language: 'en' },
    tree,
    discrepancies: [],
    datasets: { events: [], infobox: [], figures: [] },
  });
}

async function pdfOf(stages: Stages, slug: string, once = false): Promise<Buffer> {
  const options = { ...buildOptions({ formats: ['pdf'] }), ...(once ? { once } : {}) };
  const files = await stages.renderPdf(stages.composeBriefing(reconciledOf(slug, ARTICLES[slug]), options), options);
  return Buffer.from(files.find((f) => f.path === 'briefing.pdf')!.bytes);
}

describe('a PDF does not depend on what the process built before it', () => {
  it('gives each article the same bytes alone and after any other', async () => {
    const slugs = Object.keys(ARTICLES);
    const alone: Record<string, Buffer> = {};
    const differing: string[] = [];
    for (const slug of slugs) alone[slug] = await pdfOf(await freshStages(), slug);
    // Each article after each other one, in a process that built only that one before.
    for (const first of slugs) {
      for (const second of slugs) {
        if (first === second) continue;
        const stages = await freshStages();
        await pdfOf(stages, first);
        const after = await pdfOf(stages, second);
        if (!after.equals(alone[second])) differing.push(`${second} after ${first}`);
      }
    }
    // And all of them in one process, twice over in another order: the same bytes again.
    const stages = await freshStages();
    for (const slug of [...slugs, ...[...slugs].reverse()]) if (!(await pdfOf(stages, slug)).equals(alone[slug])) differing.push(`${slug} in a warm process`);
    expect(differing).toEqual([]);
  });

  it("gives the same bytes when the briefing's lines are not kept (a pool worker's build, BuildOptions.once)", async () => {
    const stages = await freshStages();
    for (const slug of Object.keys(ARTICLES)) {
      const kept = await pdfOf(await freshStages(), slug);
      expect((await pdfOf(stages, slug, true)).equals(kept), slug).toBe(true);
      // and again in the same process, which kept none of the briefing's lines the first time
      expect((await pdfOf(stages, slug, true)).equals(kept), `${slug} again`).toBe(true);
    }
  });
});
