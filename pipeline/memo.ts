// What pure functions of a text gave for the article built last and the one before it, found again when the same text
// comes back: a watch's rebuild after a save, or a worker building an article again, reconciles, composes and writes
// statements nearly all of which it had the time before (issue 18: the watch rebuild). Used by reconcile, compose and
// the datasets' writer, so it is no stage's own module (a writer may not import reconcile/: .dependency-cruiser.cjs).

/**
 * The results of one function of a text (its argument, with anything else it reads folded into the key), two
 * generations: `reconcile` starts a new one for each article (`nextGeneration`), and what the former generation
 * held is kept only if the new one asks for it again. So a corpus of different articles keeps at most two articles'
 * worth, and a rebuild of the same article finds the texts it did not change. Callers get their own copies (`copy`),
 * so what one caller does with a result never reaches another.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(
    private readonly copy: (kept: T) => T,
    /** A generation never holds more than this many texts (a very long article): past it, it starts again. */
    private readonly limit = 50_000,
  ) {
    memos.push(this as TextMemo<unknown>);
  }

  /** What `make` gives for `key`, made once per generation (or found in the former one). */
  get(key: string, make: () => T): T {
    let kept = this.current.get(key);
    if (kept === undefined) {
      kept = this.previous.get(key);
      if (kept === undefined) kept = make();
      if (this.current.size >= this.limit) this.current.clear();
      this.current.set(key, kept);
    }
    return this.copy(kept);
  }

  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

const memos: TextMemo<unknown>[] = [];

/** A new article is being reconciled: what the article before the last one asked for is let go. */
export function nextGeneration(): void {
  for (const memo of memos) memo.turn();
}
