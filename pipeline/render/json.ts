// JSON writer: the reconciled data as datasets (JSON + CSV), their schemas and a data package.
// PLACEHOLDER until the datasets work lands.
import type { Briefing, BuildOptions, OutputFile } from '../model.ts';

export async function renderJson(_briefing: Briefing, _options: BuildOptions): Promise<OutputFile[]> {
  return [];
}
