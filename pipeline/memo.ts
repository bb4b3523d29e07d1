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
  /** The characters of the keys the current generation holds (MEMO_CHARS). */
  private chars = 0;

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
      // MEMO_CHARS: nor more than this many characters of text (a 2 MB revision's records held twice, as keys and
      // as results, would add tens of megabytes to the peak memory the corpus and the large revision are bound by).
      if (this.current.size >= this.limit || this.chars + key.length > MEMO_CHARS) {
        this.current.clear();
        this.chars = 0;
      }
      this.current.set(key, kept);
      this.chars += key.length;
    }
    return this.copy(kept);
  }

  turn(): void {
    this.previous = this.current;
    this.current = new Map();
    this.chars = 0;
  }
}

/** The characters of text one generation of one memo keeps at most: about an ordinary article's worth, several times over. */
const MEMO_CHARS = 1_000_000;

const memos: TextMemo<unknown>[] = [];

/** A new article is being reconciled: what the article before the last one asked for is let go. */
export function nextGeneration(): void {
  for (const memo of memos) memo.turn();
}
