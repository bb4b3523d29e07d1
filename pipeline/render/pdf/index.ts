// PDF writer entry: typesets the composed briefing (and the one-page handout) with pdfkit.
// PLACEHOLDER until the PDF work lands.
import type { Briefing, BuildOptions, OutputFile } from '../../model.ts';

export async function renderPdf(_briefing: Briefing, _options: BuildOptions): Promise<OutputFile[]> {
  return [];
}
