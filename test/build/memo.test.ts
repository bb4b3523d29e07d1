// pipeline/memo.ts: what pure functions of a text gave, kept for the article being built and the one before it.
import { describe, expect, it } from 'vitest';
import { TextMemo, nextGeneration } from '../../pipeline/memo.ts';

describe('TextMemo', () => {
  it('makes a text once per generation, finds it again in the next, and lets it go after two', () => {
    let made = 0;
    const memo = new TextMemo<string[]>((kept) => [...kept]);
    const get = (key: string) => memo.get(key, () => (made++, [key.toUpperCase()]));
    expect(get('harbour')).toEqual(['HARBOUR']);
    get('harbour');
    expect(made).toBe(1);
    nextGeneration();
    get('harbour');
    expect(made).toBe(1);
    nextGeneration();
    nextGeneration();
    get('harbour');
    expect(made).toBe(2);
    // Each caller its own copy: what one does with a result never reaches another.
    get('pier').push('changed');
    expect(get('pier')).toEqual(['PIER']);
  });
  it('holds no more than about a million characters of text a generation (MEMO_CHARS): past that it starts again', () => {
    let made = 0;
    const memo = new TextMemo<number>((kept) => kept);
    const long = (n: number) => `${n}:${'x'.repeat(300_000)}`;
    for (let n = 0; n < 3; n++) memo.get(long(n), () => made++);
    memo.get(long(0), () => made++);
    expect(made).toBe(3);
    // A fourth text of that size passes the budget: the generation is let go, the first text made again.
    memo.get(long(3), () => made++);
    memo.get(long(0), () => made++);
    expect(made).toBe(5);
  });
});
