// Page sizes and margins of the printed briefing and handout, in PDF points.
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

export function pageGeometry(paper: BuildOptions['paper'], kind: 'briefing' | 'handout' = 'briefing'): PageGeometry {
  const [width, height] = SIZES[paper];
  const side = kind === 'handout' ? 42 : 64;
  const top = kind === 'handout' ? 40 : 62;
  const bottom = kind === 'handout' ? 36 : 62;
  return { width, height, top, bottom: height - bottom, left: side, right: width - side, headY: 36, footY: height - 30 };
}
