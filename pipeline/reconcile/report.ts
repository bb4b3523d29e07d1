// `brief diff`: PLACEHOLDER until the reconcile work lands.
export async function diffCommand(_opts: { paths: string[]; json: boolean; strict: boolean }): Promise<number> {
  process.stderr.write('brief diff: not available yet\n');
  return 1;
}
