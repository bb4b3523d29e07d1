// The shared types that the stages hand each other (read → reconcile → compose → render).
import type { Root, PhrasingContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';

/** The formats a revision can be written in; `detectFormat` picks one from the content. */
export type SourceFormat = 'rendered' | 'sectioned' | 'markdown';
export const SOURCE_FORMATS: readonly SourceFormat[] = ['rendered', 'sectioned', 'markdown'];

// Custom mdast nodes, declared the way mdast-util-* packages extend mdast.

/** A figure caption or standalone label from a rendered page (not body text). */
export interface Caption {
  type: 'caption';
  children: PhrasingContent[];
  position?: import('unist').Position;
  data?: NodeData;
}

/** One `Key: value` line of an infobox. */
export interface InfoboxEntry {
  type: 'infoboxEntry';
  key: string;
  children: PhrasingContent[];
  position?: import('unist').Position;
  data?: NodeData;
}

/** The infobox of an article: its key/value pairs, in source order. */
export interface Infobox {
  type: 'infobox';
  children: InfoboxEntry[];
  position?: import('unist').Position;
  data?: NodeData;
}

/** What later stages record on a node (`node.data`), never in parallel maps. */
export interface NodeData {
  /** Heading depth was guessed by a reader that could not see nesting. */
  depthInferred?: boolean;
  /** Where this node's content comes from. */
  provenance?: Provenance;
  /** Ids of the discrepancies that touch this node. */
  discrepancies?: string[];
  /** Set on a footnote carried over from an older revision. */
  carriedFrom?: Provenance & { supports?: 'same' | 'earlier-version' };
  [key: string]: unknown;
}

declare module 'mdast' {
  interface RootContentMap {
    caption: Caption;
    infobox: Infobox;
    infoboxEntry: InfoboxEntry;
  }
  interface BlockContentMap {
    caption: Caption;
    infobox: Infobox;
  }
  interface Data extends NodeData {}
}

/** Where a piece of text comes from: which revision, which file, which line. */
export interface Provenance {
  revision: string;
  file: string;
  line: number;
  column?: number;
}

/** One revision of an article, read into the normalized tree. */
export interface Revision {
  /** Stable id within the article, e.g. `r1`, `r2` (oldest first). */
  id: string;
  label: string;
  /** ISO 8601 date (any precision) when known. */
  date?: string;
  /** File path as the user should see it (relative to the working directory). */
  file: string;
  format: SourceFormat;
  title: string;
  tree: Root;
  vfile: VFile;
}

/** The manifest of an article folder (`article.json`), or what is inferred without one. */
export interface ArticleManifest {
  title?: string;
  language: string;
  /** The licence of the article's text, an SPDX identifier (`CC-BY-SA-4.0`): the data package states it. */
  license?: string;
  revisions: Array<{ file: string; label: string; date?: string; format?: SourceFormat }>;
}

/** An article: its folder name and its revisions, oldest first. */
export interface Article {
  name: string;
  dir: string;
  title: string;
  language: string;
  license?: string;
  revisions: Revision[];
  decisions?: Decisions;
}

// ---- reconcile ----

export type DatePrecision = 'year' | 'month' | 'day' | 'decade' | 'century';

export interface DateValue {
  /** ISO 8601 at its precision: `1921`, `1974-11`, `1966-01-13`, decade `195X`-style as `1950/1959`. */
  iso: string;
  precision: DatePrecision;
  /** For ranges (`13-15 January 1966`, `2000–2017`, `the 1950s`). */
  start?: string;
  end?: string;
  /** `after 1992`, `before 1990`, `since 1924`, `until 1945`, `by 2030`. */
  qualifier?: 'after' | 'before' | 'since' | 'until' | 'by' | 'circa';
}

export interface QuantityValue {
  amount: number;
  unit: string;
  /** e.g. `billion`, as written. */
  scale?: string;
}

export interface EntityValue {
  name: string;
  kind: 'person' | 'place' | 'organization' | 'other';
}

export type FactType = 'date' | 'quantity' | 'entity';

interface FactPlace {
  id: string;
  /** The exact span of source text that states it. */
  text: string;
  /** The sentence the fact came from (plain text). */
  sentence: string;
  revision: string;
  file: string;
  line: number;
  column?: number;
}
/** A fact a revision states, told apart by `type`: a date, an amount or a named entity, each with its own value. */
export type Fact =
  | (FactPlace & { type: 'date'; value: DateValue })
  | (FactPlace & { type: 'quantity'; value: QuantityValue })
  | (FactPlace & { type: 'entity'; value: EntityValue });

export type DiscrepancyKind =
  | 'fact-conflict'
  | 'internal-contradiction'
  | 'added'
  | 'removed'
  | 'moved'
  | 'reworded';

export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  'fact-conflict',
  'internal-contradiction',
  'added',
  'removed',
  'moved',
  'reworded',
];

export interface DiscrepancySide {
  revision: string;
  /** The whole sentence or list item on that side. */
  text: string;
  line: number;
  file?: string;
  column?: number;
}

export interface Resolution {
  policy: 'newest' | 'editor-older' | 'editor-newer' | 'editor-custom';
  value: string;
  /** `file:line` of the text the resolution takes. */
  source: string;
  note?: string;
}

export type Significance = 'major' | 'minor';

export interface Discrepancy {
  /** Digest of the discrepancy's content: stable across runs and unrelated edits. */
  id: string;
  kind: DiscrepancyKind;
  section: string;
  old: DiscrepancySide | null;
  new: DiscrepancySide | null;
  facts: Array<{ type: FactType; old: string | null; new: string | null }>;
  /**
   * `major`: a fact-conflict, a contradiction, or a statement added, removed, moved or reworded that carries or
   * changes a fact; `minor`: a rewording (or move) that changes no fact. A briefing leads with what is major.
   */
  significance: Significance;
  /** `references` for a change in the reference list, reported apart from the body text. */
  part?: 'references';
  /** With three revisions or more, what each revision states of a conflicting statement, oldest first. */
  history?: DiscrepancySide[];
  resolution: Resolution;
  /** Word-level changes inside aligned sentences (jsdiff), for marking in outputs. */
  changes?: Array<{ value: string; added?: boolean; removed?: boolean }>;
}

/** An editor's pinned decisions (`sources/<article>/decisions.json`). */
export interface Decisions {
  [discrepancyId: string]: {
    action: 'keep-older' | 'keep-newer' | 'custom';
    text?: string;
    note?: string;
    /** What the decision was about (written by `brief decide`), so it can follow the statement when an edit changes its id. */
    about?: { kind?: string; old?: string; new?: string };
    place?: { line: number; column: number };
  };
}

export interface TimelineEvent {
  /** ISO 8601 at its precision; ranges have start/end. */
  date: DateValue;
  label: string;
  /** e.g. the direction of a state visit, or `events` for other dated facts. */
  lane: string;
  source: Provenance;
}

export interface KeyFigure {
  label: string;
  value: string;
  sentence: string;
  source: Provenance;
}

export interface Datasets {
  events: TimelineEvent[];
  infobox: Array<{ key: string; value: string; source: Provenance }>;
  figures: KeyFigure[];
}

/** One sentence of the reconciled article, where it comes from and the discrepancies on it. */
export interface SentenceText {
  text: string;
  source: Provenance;
  discrepancies: string[];
}

export type ParagraphKind = 'paragraph' | 'item' | 'caption' | 'table-row' | 'quote';

/** A paragraph, list item, caption, table row or quoted paragraph of the reconciled article, in sentences. */
export interface ParagraphText {
  id: string;
  kind: ParagraphKind;
  text: string;
  source: Provenance;
  discrepancies: string[];
  /** Labels of the footnotes it cites. */
  notes: string[];
  sentences: SentenceText[];
}

/** A section of the reconciled article; `s0` (heading `null`) is the text before the first heading. */
export interface SectionText {
  id: string;
  heading: string | null;
  depth: number;
  /** The headings above it and its own. */
  path: string[];
  source: Provenance | null;
  discrepancies: string[];
  paragraphs: ParagraphText[];
}

export interface NoteText {
  label: string;
  text: string;
  source: Provenance;
  carriedFrom?: { revision: string; file: string; line: number; supports?: 'same' | 'earlier-version' };
}

/**
 * The reconciled article as it is written out: its text as the writers show it (raw HTML included, unlike the
 * comparable units), split into sentences once by reconcile (reconcile/article-text.ts).
 */
export interface ArticleText {
  sections: SectionText[];
  notes: NoteText[];
}

/** What reconcile hands to compose: the newest tree, annotated, plus everything found. */
export interface Reconciled {
  article: { name: string; title: string; language: string; license?: string };
  revisions: Array<Pick<Revision, 'id' | 'label' | 'date' | 'file' | 'format'>>;
  /** The newest revision's tree; nodes carry provenance and discrepancy ids in `data`. */
  tree: Root;
  facts: Fact[];
  discrepancies: Discrepancy[];
  datasets: Datasets;
  /** The text of `tree` in sections, paragraphs and sentences: what the writers format, never split again. */
  text: ArticleText;
}

// ---- compose / render ----

/** The whole briefing as one hast tree, made once by compose and read by every writer. */
/** The house style of templates/theme.json: honoured by the PDF, the web page and the EPUB alike. */
export interface Theme {
  /** `#rrggbb`: text, secondary text, links and marks, rules, table header bands. */
  colours: { ink: string; muted: string; accent: string; rule: string; band: string };
  /** Width of the briefing's text block in points (its margins are what is left of the page, shared). */
  briefingTextWidth: number;
  /** An image of templates/ on the cover (PNG or JPEG), its width in CSS pixels and its text for those who cannot see it. */
  logo?: { src: string; width: number; alt: string };
  /** TrueType or OpenType files under templates/ for the briefing's faces, by role; the rest stay DejaVu. */
  fonts?: Partial<Record<'serif' | 'serifBold' | 'serifItalic' | 'sans' | 'sansBold', string>>;
}

export interface Briefing {
  reconciled: Reconciled;
  theme?: Theme;
  tree: HastRoot;
  /** The one-page handout (templates/handout.hbs), same conventions as `tree`; read by the PDF writer. */
  handout?: HastRoot;
}

export interface BuildOptions {
  paper: 'a4' | 'letter';
  formats: Array<'pdf' | 'xhtml' | 'epub' | 'json'>;
  /** Seconds since the epoch, from SOURCE_DATE_EPOCH when set. */
  buildTime: number;
  version: string;
  /** Largest revision or manifest file accepted, in bytes (`--max-bytes`). */
  maxBytes?: number;
  /** The output folder as given (`--out`), so a dataset can point at its sources relative to itself. */
  outDir?: string;
  /**
   * The article is built once by this process (a pool's worker, build.ts buildInPool): nothing needs keeping for a
   * rebuild of it. Changes no output.
   */
  once?: boolean;
}

/** The default of `--max-bytes`: generous for any article, small enough to bound a build's cost. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** One output file of an article, relative to `output/<article>/`. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** The options of `brief build` as the command line gives them (commands/build.ts, builder/watch.ts). */
export interface BuildCommandOptions {
  sources: string;
  out: string;
  only?: string[];
  paper: 'a4' | 'letter';
  format?: string[];
  strict?: boolean;
  quiet?: boolean;
  force?: boolean;
  check?: boolean;
  jobs?: string;
  shard?: string;
  report?: 'text' | 'json';
  maxBytes?: string;
  version: string;
}
