// EPUB writer: XHTML parts, nav, package document and the zipped .epub from the composed briefing.
// PLACEHOLDER until the EPUB work lands.
import type { Briefing, BuildOptions, OutputFile } from '../model.ts';

export async function renderEpub(_briefing: Briefing, _options: BuildOptions): Promise<OutputFile[]> {
  return [];
}
