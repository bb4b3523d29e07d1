// Web page writer: the whole briefing as one self-contained HTML file.
// PLACEHOLDER until the web page work lands.
import type { Briefing, BuildOptions, OutputFile } from '../model.ts';

export async function renderHtml(_briefing: Briefing, _options: BuildOptions): Promise<OutputFile[]> {
  return [];
}
