// Sentence splitting for prose: Intl.Segmenter plus repairs for initials, abbreviations and quotes.
import { TextMemo } from '../memo.ts';

export interface SentenceSpan {
  text: string;
  /** Offsets into the input (text is input.slice(start, end) without surrounding whitespace). */
  start: number;
  end: number;
}

/**
 * Abbreviations after which a full stop does not end a sentence (language-general English usage,
 * not words of any one article).
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'gov', 'pres',
    'rev', 'hon', 'sen', 'rep', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'ed', 'eds', 'ch', 'fig', 'figs', 'approx', 'ca',
    'c', 'vs', 'etc', 'cf', 'al', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'est', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'op', 'cit', 'ibid',
  ].map((s) => s.toLowerCase()),
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Abbreviations that always stand before a name, so a capitalised word after them never starts a sentence
 * (`Dr. The`, by contrast with `etc. The`, does not occur).
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'mt', 'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'gov', 'pres', 'rev', 'hon', 'sen', 'rep', 'ste', 'mme', 'mlle', 'msgr', 'maj', 'cpl', 'brig', 'cmdr']);

/**
 * Words that open English sentences and are not names: after an initial-like `I.` or a dotted acronym
 * (`World War I. The`, `the U.S. It`), such a word starts a new sentence. General English function words.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'their', 'after', 'before', 'during', 'however', 'although', 'though', 'when', 'while', 'since', 'following',
  'as', 'by', 'for', 'from', 'with', 'but', 'both', 'many', 'most', 'some', 'several', 'according', 'despite', 'today',
  'later', 'also', 'another', 'other', 'one', 'two', 'three', 'each', 'all', 'no', 'not', 'if', 'until', 'between', 'under',
  'over', 'other', 'such', 'because', 'thus', 'then', 'further', 'furthermore', 'moreover', 'meanwhile', 'instead',
]);

/** Does a segment end in a way that cannot close a sentence (an initial, an abbreviation)? */
function endsWithoutClosing(segment: string, next: string): boolean {
  // The patterns below look at the segment's last word and the character before it, never across a space: each is
  // tried on what follows the last space (where `^` stands for that space), not at every place of the whole segment.
  const whole = segment.trimEnd();
  const trimmed = whole.slice(whole.lastIndexOf(' ') + 1);
  const nextWord = /^\s*["“‘']?(\p{L}+)/u.exec(next)?.[1] ?? '';
  const opens = /^\p{Lu}/u.test(nextWord) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // `J.`, `K.` — a single capital letter: an initial, unless a sentence plainly starts after it (`World War I. The`).
  if (/(?:^|[\s(“"'‘])\p{Lu}\.$/u.test(trimmed)) return !opens;
  // `U.S.`, `e.g.` — dotted letters; also closing a parenthesis (`Eurostar (U.K.) Ltd.`), whose full stop is theirs.
  if (/(?:^|[\s(])(?:\p{L}\.){2,}\)?$/u.test(trimmed)) return !opens || /(?:^|\s)(?:e\.g|i\.e)\.$/u.test(trimmed);
  const last = /([\p{L}.]+)\.$/u.exec(trimmed);
  if (last === null) return false;
  const word = last[1].toLowerCase();
  // A title a dump glued to the word before it (`Parent companySte. Michelle`: a key and its value run together).
  const glued = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(last[1])?.[1].toLowerCase();
  return TITLES.has(word) || (glued !== undefined && TITLES.has(glued)) || (ABBREVIATIONS.has(word) && !opens);
}

/** Does a segment look like the continuation of the previous sentence? */
function startsAsContinuation(segment: string): boolean {
  // A lowercase word cannot start a sentence in running prose; closing marks belong before. A digit can
  // (`in 1989. 1990 brought`).
  return /^\s*(?:\p{Ll}|[,;:)\]”’»])/u.test(segment);
}

/** How far into the next piece a parenthesis may close and still hold the stop before it (SHORT_ASIDE). */
const SHORT_ASIDE = 24;

/**
 * OPEN_BRACKET: a square bracket a sentence opened and the text closes later (`[ Results for the fiscal year,
 * retrieved 12. 19. 2007]`, a reference a dump left in the text) holds no sentence end: the pieces are one.
 * SHORT_ASIDE: so does a parenthesis that closes within SHORT_ASIDE characters of the next piece (`Rønne (pop.
 * 13,639)`). Each looks within the sentence before and the piece after only, so a long paragraph costs no more.
 */
function insideBracket(text: string, previous: { start: number; end: number }, from: number): boolean {
  const before = text.slice(previous.start, previous.end);
  const open = before.lastIndexOf('[');
  if (open >= 0 && !before.includes(']', open)) {
    const close = text.indexOf(']', from);
    const reopen = text.indexOf('[', from);
    if (close >= 0 && (reopen < 0 || close < reopen)) return true;
  }
  const paren = before.lastIndexOf('(');
  if (paren < 0 || before.includes(')', paren)) return false;
  const after = text.slice(from, from + SHORT_ASIDE + 1);
  const shut = after.indexOf(')');
  return shut >= 0 && !/[(.!?]/.test(after.slice(0, shut));
}

/**
 * Full stops that end a sentence with no space after them, as text dumps glue them (`in Paris.The city`,
 * `in 1989.1990 was`, `(2001).The`): a lowercase word of two letters or more (not an abbreviation), a
 * digit or a closing bracket, then the stop, then a capitalised word — or a year, the stop and a year; and a
 * sentence that opens with a year after a space, which the Segmenter does not break before (`in 1989. 1990 brought`).
 */
const GLUED = /(?:(?<=(?<![\p{L}.])(\p{L}*\p{Ll}\p{Ll}))|(?<=[\p{N})\]]))[.!?]["”’]?(?=\p{Lu}\p{Ll})|(?<=\b(?:1\d{3}|20\d{2}))\.(?=(?:1\d{3}|20\d{2})\b)|(?:(?<=(?<![\p{L}.])(\p{L}*\p{Ll}\p{Ll}))|(?<=\d))[.!?]["”’]?(?=\s+\d{4}\b)/gu;

/**
 * GLUED without its lookbehinds: where a stop could be glued. GLUED's lookbehinds are tried at every place of a text
 * (2.3 % of reconcile's time), and most texts have no such place at all.
 */
const GLUED_PLACE = /[.!?]["”’]?(?=\p{Lu}\p{Ll})|\.(?=(?:1\d{3}|20\d{2})\b)|[.!?]["”’]?(?=\s+\d{4}\b)/u;

function gluedBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const slice = text.slice(start, end);
  if (!GLUED_PLACE.test(slice)) return out;
  for (const m of slice.matchAll(GLUED)) {
    const word = m[1] ?? m[2];
    if (word && ABBREVIATIONS.has(word.toLowerCase())) continue;
    out.push(start + m.index + m[0].length);
  }
  return out;
}

/**
 * Split prose into sentences. The text must not contain reference markers (`[4]`): readers turn
 * them into footnoteReference nodes, and the Segmenter would split inside `."[4]`.
 */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  return sentencesOfText.get(`${language}\u0000${text}`, () => sentencesOf(text, language));
}
/** Each text's sentences, split once per article (memo.ts). */
const sentencesOfText = new TextMemo<SentenceSpan[]>((spans) => spans.map((s) => ({ text: s.text, start: s.start, end: s.end })));

function sentencesOf(text: string, language: string): SentenceSpan[] {
  const raw: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenterFor(language).segment(text)) {
    let from = index;
    for (const cut of gluedBreaks(text, index, index + segment.length)) {
      raw.push({ start: from, end: cut });
      from = cut;
    }
    raw.push({ start: from, end: index + segment.length });
  }
  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const segment = text.slice(piece.start, piece.end);
    if (previous && (endsWithoutClosing(text.slice(previous.start, previous.end), segment) || startsAsContinuation(segment) || insideBracket(text, previous, piece.start))) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  const sentences: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (!body) continue;
    sentences.push({ text: body, start: start + lead, end: start + lead + body.length });
  }
  return sentences;
}
