// Words of a text as comparison sees them: case, punctuation, quotes, dashes and spacing do not count.
import { hash } from 'node:crypto';
import britishSpellings from 'american-british-english-translator/data/british_spellings.json' with { type: 'json' };
import { TextMemo } from '../memo.ts';

/** Word tokens with their offsets; numbers keep their inner separators (`3,500`, `11.6`). */
export interface WordToken {
  /** Lowercased, NFC form used for comparison. */
  norm: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

/** Numbers (with their inner separators), words, and currency signs, which are content (`$40` is not `€40`). */
const WORD = /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?![.,]?\p{N})|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+|\p{Sc}/gu;

/** A number's comparable form: thousands separators (`,`, `.`, spaces) dropped, so `120 000` and `120,000` are one word. */
export function numberNorm(written: string): string {
  const t = written.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return t.replace(/,/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  return t;
}

/**
 * SPELLING_VARIANTS: a British spelling is its American one (`neighbouring` / `neighboring`, `travelling` /
 * `traveling`, `organisation` / `organization`), from the word list of american-british-english-translator. Used where
 * form is told from content (a statement that changed only so is no difference), never in a statement's id.
 */
let british: Map<string, string> | undefined;
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  return americanSpelling(a) === americanSpelling(b);
}
/** A lowercased word in its American spelling (`epicentre` is `epicenter`). */
export function americanSpelling(word: string): string {
  british ??= new Map(Object.entries(britishSpellings as Record<string, string>));
  return british.get(word) ?? word;
}

/**
 * NUMBER_AS_WORD: a text's words with numbers written in words as digits (`third` is `3rd`, `twelve` is `12`, one to
 * twenty) and an ordinal's digits and suffix as one word (`3`, `rd` is `3rd`), for telling form from content.
 */
export function numeralForms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\d+$/.test(w) && /^(?:st|nd|rd|th)$/.test(words[i + 1] ?? '')) {
      out.push(w + words[++i]);
      continue;
    }
    out.push(NUMERALS[w] ?? w);
  }
  return out;
}

/** Numbers written as words (general English), which state counts as digits do (`nineteen countries`). */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** `first` to `twentieth`, in order. */
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** One to twenty in words, cardinal and ordinal, as digits (`twelve` → `12`, `third` → `3rd`). */
const NUMERALS: Record<string, string> = Object.fromEntries([
  ['one', '1'],
  ...Object.entries(NUMBER_WORDS).filter(([, n]) => n <= 20).map(([word, n]) => [word, String(n)]),
  ...ORDINAL_WORDS.map((word, i) => {
    const n = i + 1;
    const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    return [word, `${n}${suffix}`];
  }),
]);

/**
 * The words of a text. A possessive `'s` is form (`Jobs's` and `Jobs'` are one word), and so is a word a dump
 * repeated right after itself (`Westland Westland Sea King`).
 */
export function wordTokens(text: string): WordToken[] {
  return tokensOfText.get(text, () => tokensOf(text));
}
/** Each text's tokens, made once per article (memo.ts): comparison asks for a statement's words many times over. */
const tokensOfText = new TextMemo<WordToken[]>((tokens) => tokens.map(copyToken));
/** A token of its own (module-level, not a closure made per copy: links.ts visitPart says why). */
const copyToken = (t: WordToken): WordToken => ({ norm: t.norm, text: t.text, start: t.start, end: t.end });

function tokensOf(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const normal = text.normalize('NFC');
  for (const match of normal.matchAll(WORD)) {
    const norm = /^\p{N}/u.test(match[0]) ? numberNorm(match[0]) : match[0].toLowerCase();
    const previous = tokens[tokens.length - 1];
    const gap = previous ? normal.slice(previous.end, match.index) : '';
    if (previous && norm === 's' && /^['’]$/.test(gap) && /\p{L}$/u.test(previous.text)) continue;
    if (previous && norm === previous.norm && /^\s+$/.test(gap) && !/^\p{N}/u.test(norm)) continue;
    tokens.push({ norm, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The lowercased words of a text: two texts with the same words differ only in formatting. */
export function comparisonWords(text: string): string[] {
  return wordTokens(text).map((t) => t.norm);
}

/** Dice coefficient of two word bags: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** A short stable digest of some strings (ids, content keys). */
export function digest(...parts: string[]): string {
  // (`hash`, one call, the same digest as createHash's object, update and digest: about 300 ids a corpus article.)
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 12);
}

/** How many parentheses (or brackets) are open at an offset of a text. */
export function parenthesisDepth(text: string, at: number): number {
  let depth = 0;
  for (const ch of text.slice(0, at)) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}
