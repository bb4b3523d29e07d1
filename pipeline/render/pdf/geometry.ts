// Page sizes and margins of the printed briefing and handout, in PDF points.
import { DEFAULT_THEME } from '../../compose/environment.ts';
import type { BuildOptions } from '../../model.ts';

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Baselines of the running head and foot, inside the top and bottom margins. */
  headY: number;
  footY: number;
}

const SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
/** The briefing's text width is the theme's (templates/theme.json), else the default theme's. */
export function pageGeometry(paper: BuildOptions['paper'], kind: 'briefing' | 'handout' = 'briefing', textWidth = DEFAULT_THEME.briefingTextWidth): PageGeometry {
  const [width, height] = SIZES[paper];
  // The briefing's text block is about 14 cm wide: with 10.4 pt type, lines of 60–75 characters, what a reader's
  // eye follows without losing the line; the handout, a sheet of facts and tables, uses the page.
  const side = kind === 'handout' ? 42 : Math.round((width - textWidth) / 2);
  const top = kind === 'handout' ? 40 : 62;
  const bottom = kind === 'handout' ? 36 : 62;
  return { width, height, top, bottom: height - bottom, left: side, right: width - side, headY: 36, footY: height - 30 };
}
