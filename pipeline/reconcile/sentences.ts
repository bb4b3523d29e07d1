// Sentence splitting for prose: Intl.Segmenter plus repairs for initials, abbreviations and quotes.

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

/** Does a segment end in a way that cannot close a sentence (an initial, an abbreviation)? */
function endsWithoutClosing(segment: string): boolean {
  const trimmed = segment.trimEnd();
  // `J.`, `K.` — a single capital letter: an initial.
  if (/(?:^|[\s(“"'‘])\p{Lu}\.$/u.test(trimmed)) return true;
  // `U.S.`, `e.g.` — dotted letters.
  if (/(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(trimmed)) return true;
  const last = /([\p{L}.]+)\.$/u.exec(trimmed);
  return last !== null && ABBREVIATIONS.has(last[1].toLowerCase());
}

/** Does a segment look like the continuation of the previous sentence? */
function startsAsContinuation(segment: string): boolean {
  // A lowercase word or a digit cannot start a sentence in running prose; closing marks belong before.
  return /^\s*(?:[\p{Ll}\p{N}]|[,;:)\]”’»])/u.test(segment);
}

/**
 * Split prose into sentences. The text must not contain reference markers (`[4]`): readers turn
 * them into footnoteReference nodes, and the Segmenter would split inside `."[4]`.
 */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const raw: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenterFor(language).segment(text)) {
    raw.push({ start: index, end: index + segment.length });
  }
  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const segment = text.slice(piece.start, piece.end);
    if (previous && (endsWithoutClosing(text.slice(previous.start, previous.end)) || startsAsContinuation(segment))) {
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
