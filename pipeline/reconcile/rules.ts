// Reconcile's thresholds in one place: each a named constant with why it is so. The rules that use them are named
// in the README's table ("Reconciliation"), each with unit tests on small cases (test/reconcile/); the evaluation
// set (test/fixtures/eval, `make eval`) measures them together, dev and test apart.

// ---- alignment (align.ts) ----

/** Minimum word similarity (Dice) for two units anywhere in the article to be the same statement reworded. */
export const MIN_SIMILARITY = 0.5;
/**
 * Minimum similarity of content words for two units that sit between the same aligned neighbours (the same place
 * in both revisions), or in two sections that share aligned statements, to be the same statement heavily reworded:
 * lower than MIN_SIMILARITY because the place already speaks for them.
 */
export const GAP_SIMILARITY = 0.3;
/** A statement split in two (or two merged) must match the two together this much better than either alone. */
export const SPLIT_GAIN = 0.1;
/** Content words the part of a statement its pair leaves out must have for a neighbour stating it to be the rest of a split (fewer is a clause's worth of rewording). */
export const SPLIT_REST_WORDS = 5;
/** Content words of that rest a neighbour may state instead of most of it, its own words mostly the other side's (REST_IN_PART). */
export const SPLIT_REST_SHARED = 3;
/** The most further units one statement joins, one by one (MERGED_MANY: three sentences merged into one); more is a rewrite. */
export const MAX_JOINED = 3;
/** Shingles shared by more units than this carry no signal and are skipped (keeps repeated text linear). */
export const MAX_POSTING = 24;
/** Candidates scored per unit in the similar-words pass (the ones sharing the most rare shingles). */
export const MAX_CANDIDATES = 6;

// ---- facts by role (roles.ts) ----

/** Words of context looked at before and after a fact, within its clause: what the fact is the date or amount of. */
export const CONTEXT_BEFORE = 6;
export const CONTEXT_AFTER = 3;
/** Role similarity (Dice of context stems) at which two differing values are the same fact changed. */
export const ROLE_MIN = 0.3;
/** What stating the same value adds to two facts' role similarity when pairing them: a year or small count (SAME_VALUE), an amount no small whole number (DISTINCT_SAME_VALUE). */
export const SAME_VALUE = 0.25;
export const DISTINCT_SAME_VALUE = 0.5;
/** What counting the same noun, the one count of it on each side, adds to two amounts' role similarity (ONLY_COUNT_OF_ITS_NOUN). */
export const SAME_NOUN = 0.5;
/**
 * Word similarity two aligned statements must keep for the one date (or amount) left unpaired on each side to be the
 * same fact changed (LONE_FACTS): below it the statements were paired by their place, and may be two statements.
 * Between GAP_SIMILARITY, which pairs them, and MIN_SIMILARITY, which lost a true change on the dev split.
 */
export const LONE_FACT_SIMILARITY = 0.4;

// ---- comparison (compare.ts) ----

/** A person's role is read from the few words right around the name, and must match more closely than a date's. */
export const PERSON_CONTEXT = 3;
export const PERSON_ROLE_MIN = 0.5;
/** Share of a changed run's words that must be names for the change to be a replaced actor, not a rewritten clause. */
export const REPLACEMENT_NAMED = 0.5;
/**
 * Word similarity two statements must keep for a name in a changed run to be a replaced actor: a statement
 * rewritten wholesale (aligned by its place, below MIN_SIMILARITY) brings new names with its new words.
 */
export const REPLACEMENT_SIMILARITY = 0.5;
/** Context words two facts in different statements must share (besides a counted noun they share) to be one fact. */
export const MOVED_FACT_SHARED = 2;
/** Role similarity at which two facts in different statements are one fact, where they share no counted noun. */
export const MOVED_FACT_ROLE = 0.5;
/** How many times the other at most the larger of two amounts in one unit is, to be one measure restated (ONE_SIDE_MEASURE). */
export const ONE_SIDE_MEASURE_RATIO = 1.5;
/** Keys of the other box one line must name to be that box drawn on one line (FLATTENED_BOX). */
export const FLATTENED_KEYS = 3;
/** Content words two unpaired statements of paired sections share at least to be one topic rewritten (SAME_TOPIC). */
export const TOPIC_WORDS = 3;
/** Fields each revision must state for both to have an infobox (a few stray `Key: value` lines are not one). */
export const MIN_FIELDS = 3;
/** Words a loose box line that dates an entry has at most (DATED_BOX_ENTRY): `Tour of Flanders (2023)`, not a caption. */
export const BOX_ENTRY_WORDS = 8;
/** Loose lines DATED_BOX_ENTRY walks over, each way, to a line both revisions show. */
export const BOX_ENTRY_RUN = 4;

// ---- infobox fields (fields.ts) ----

/** A short line of prose that is a field (`Founded27 February 1900; 123 years ago (1900-02-27)`) has few words. */
export const FIELD_WORDS = 12;
/** Words a key alone on its line has at most (`Number of employees`, `Place of birth`): a longer line is a statement. */
export const KEY_WORDS = 5;
/** Words a labelled part's label has at most (SUB_ENTRIES: `Full house`, `10 000 m`, `Disabled-badge holder`); more is a sentence's clause. */
export const SUB_LABEL_WORDS = 4;
/**
 * Fields whose keys were renamed pair by the kind of amount their values state (VALUE_SHAPE) only when the amounts
 * are within this factor of each other: `$2.8 billion` of gross against `$2.9 billion` is one field, against a
 * `$237 million` budget it is not.
 */
export const VALUE_SHAPE_RATIO = 2;
/** The same for a share of seats (`6,470 / 20,690`): the whole is a body's size, which changes little between revisions. */
export const VALUE_SHAPE_SHARE_RATIO = 1.25;
/**
 * A dump's figure line whose key it lost is the value of the other revision's field (KEYLESS_VALUE) when this share
 * of the shorter one's words besides the figures is in the other (`105 active members, 45 honorary members, 2 honour
 * members (…)` holds every word of `110 active members, 39 honorary members`), two words at least: the same things
 * counted, an entry more or less.
 */
export const KEYLESS_VALUE_SHARE = 0.75;
/** An entry of a field's list drawn one per line under its label (LABELLED_LIST) has at most this many words. */
export const LIST_ENTRY_WORDS = 10;
/** Lines an entry of such a list may sit below the one before it (a dump leaves a blank line or two between groups). */
export const LIST_LINE_GAP = 3;

// ---- amounts (measures.ts) ----

/** Share by which two amounts in convertible units may differ and still agree (rounding in a conversion). */
export const CONVERSION_TOLERANCE = 0.015;

/** Letters of a name per letter two spellings of it may differ by (SPELLED_OTHERWISE: `Rungnado` / `Rungrado`). */
export const SPELLING_LETTERS = 6;

/** How much looser than their stated digits two converted amounts may round and still agree (STATED_PRECISION). */
export const PRECISION_SLACK = 2;

// ---- decisions (resolve.ts) ----

/** How alike the words of a decided statement and a current one must be for the decision to follow it. */
export const REPIN_SIMILARITY = 0.5;

// ---- datasets (datasets.ts) ----

/** Dated statements of the text a timeline shows at most (spread over the dates), so that it stays readable. */
export const PROSE_EVENTS = 12;
/** A key figure's statement has at least this many words (fewer is a label) and at most this many (a paragraph's worth). */
export const FIGURE_MIN_WORDS = 5;
export const FIGURE_MAX_WORDS = 32;
