// The readers' thresholds in one place, each with why it is so; the rules that use them are named in the README
// ("Source formats" and the rule table), each with tests on small pages of our own (test/read/).

// ---- rendered-page dumps (rendered.ts) ----

/**
 * Words a line of a dump has at most to be a label (an image caption, a map label, an infobox key or value) when it
 * does not end like a sentence and cites nothing: prose lines are longer, or end with a stop.
 */
export const LABEL_WORDS = 12;
/** Lines a run of short lines is at least to be an infobox (fewer are a caption or two under a picture). */
export const INFOBOX_RUN = 4;
/** Labels such a run holds at least (an infobox is mostly key and value lines, not sentences). */
export const INFOBOX_LABELS = 3;
/** Words a line of prose inside such a run has at most to still count as one of its short lines. */
export const SHORT_LINE_WORDS = 12;

// ---- sectioned exports (sectioned.ts) ----

/** Words a line naming the infobox's subject (`Gdańsk`, then `- Population: …`) has at most. */
export const INFOBOX_TITLE_WORDS = 8;
/** `- Key: value` items in a row that make an infobox with no opening line (KEY_VALUE_LIST): a short list of notes is not one. */
export const KEY_VALUE_ENTRIES = 4;
/** Words a key of such a list has at most (`Number of employees`). */
export const KEY_VALUE_KEY_WORDS = 4;
/** Deepest heading an export writes (`====== Sub ======`): deeper `=` runs are text. */
export const MAX_HEADING_DEPTH = 6;
