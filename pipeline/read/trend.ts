// TREND_WORD: the words a page dump leaves of a trend arrow's picture before a figure (`IncreaseCHF 20.2 billion`,
// `Decrease 3.13`), read by reconcile (fields.ts: no key, no value) and by compose (a row's label without them).
export const TREND_WORDS = String.raw`(?:Positive decrease|Negative increase|Increase|Decrease|Steady)`;
