// Exit codes of the `brief` command, documented in README.md ("Exit codes").
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /** An internal error: a bug in brief. */
  bug: 1,
  /** Bad input or usage: a message for a person names the file, line and remedy. */
  badInput: 2,
  /** `--strict`: a fact-conflict or internal contradiction has no editor decision. */
  unresolved: 3,
  /** `build --check`: some outputs are stale or missing. */
  stale: 4,
} as const;
