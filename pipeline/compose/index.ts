// Compose stage entry: Handlebars templates lay the briefing out around the Reconciled value → one hast tree.
//
// Shape of the tree (what every writer can rely on):
// - `<html lang>` with `<head>` (`<title>`, `<meta name="description|keywords|generator">`,
//   `<meta name="brief:running-head|brief:running-foot">`) and a `<body>` of
//   `<section data-part="cover|glance|timeline|article|disagreements|notes|colophon">` in template
//   order; `data-break="page"` asks paged writers for a new page.
// - Tables are real `<table>`s with `<thead>`/`<th scope>`; footnote references are
//   `<sup><a href="#fn-N" id="fnref-N" data-footnote-ref>` and the notes are `<li id="fn-N">`.
// - Each discrepancy is `<section class="discrepancy" id="d-…">`; the article marks each sentence
//   it touches with `<sup class="discrepancy-mark"><a href="#d-…">`; changed words are `<del>`/`<ins>`.
// - Text labelled `Mongolian:`, `Russian:` … is wrapped in `<span lang>`.
// - The timeline is `<figure class="timeline">` holding an inline `<svg>` laid out here with the
//   PDF's own font metrics (see timeline.ts), with `<title>`/`<desc>` as its text alternative:
//   the PDF draws its primitives as vectors, the XHTML writer emits it as inline SVG.
// The article body is converted by remark-rehype and serialised by hast-util-to-html before it
// enters the template; every other piece of source text enters as an escaped value.
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { parse as parseHtml } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { diffWords } from 'diff';
import { educateQuotes } from './quotes.ts';
import type { Briefing, BuildOptions, Discrepancy, DiscrepancySide, Reconciled, Theme } from '../model.ts';
import { DISCREPANCY_KINDS } from '../model.ts';
import { articleToHast, slug, type DiscrepancyMark } from './article.ts';
import { loadTemplates, type Labels } from './environment.ts';
import { useFaceFiles } from '../typography/fonts.ts';
import { fmt, timelineSvg } from './timeline.ts';
import { TextMemo } from '../memo.ts';
import { languageNames } from '../languages.ts';
import { TREND_WORDS } from '../read/trend.ts';

interface Segment {
  value: string;
  added: boolean;
  removed: boolean;
}

/** The locale Intl formats the article's dates and numbers in: its language, English where Intl does not know it. */
export function localeOf(language: string): string {
  let locale = locales.get(language);
  if (locale === undefined) {
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : 'en';
    } catch {
      locale = 'en';
    }
    locales.set(language, locale);
  }
  return locale;
}
const locales = new Map<string, string>();

/**
 * What Intl wrote for a date or a number in a locale (dateText, intlNumber), by locale and value (memo.ts: the article
 * built last and the one before it). Each article's cover made a new Intl formatter for every date and count it
 * shows, and making one costs far more than formatting (about 1 ms of compose's time an article, for the same few
 * years and small counts article after article). The strings are kept, not the formatters: the start-up snapshot
 * (bin/snapshot.cjs) can hold no Intl object.
 */
const formatted = new TextMemo<string>((text) => text);

/** A count as the locale writes it (`1,234`, `1.234`). */
function intlNumber(n: number, locale: string): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return new Intl.NumberFormat(locale).format(n);
  return formatted.get(`n${locale}\u0000${n}`, () => new Intl.NumberFormat(locale).format(n));
}

/**
 * An ISO 8601 date at its precision (`2018`, `2018-03`, `2018-03-14`) as the locale writes it, month names from
 * CLDR through Intl (`14 mars 2018`); anything else as it is.
 */
export function dateText(iso: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  return formatted.get(`d${locale}\u0000${iso}`, () => {
    const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
    const options: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'long', timeZone: 'UTC' } : m[2] ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale, options).format(date);
  });
}

/** The anchor of a discrepancy's entry: `d-` and an id safe in every format. */
export const discrepancyAnchor = (id: string): string => `d-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function composeBriefing(reconciled: Reconciled, options: BuildOptions): Briefing {
  const { labels, briefing, handout, theme } = loadTemplates(undefined, reconciled.article.language || 'en');
  // The timeline's labels are measured in the theme's faces, as the PDF draws them.
  useFaceFiles(theme.fonts);
  const slots: Slots = new Map();
  const context = briefingContext(reconciled, options, labels, slots, theme);
  return {
    reconciled,
    theme,
    tree: parseDocument(briefing(context), slots, reconciled.article.language),
    handout: parseDocument(handout(context), slots, reconciled.article.language),
  };
}

/**
 * Trees our own code already made (the article body, the notes, the timeline SVG). They reach the
 * template as an empty `<brief-slot>` element and are put in place after parsing, so the bulk of the
 * briefing is not serialised to HTML only to be parsed again (that round trip was most of compose).
 */
type Slots = Map<string, { nodes: ElementContent[]; taken: boolean }>;

function slot(slots: Slots | undefined, name: string, nodes: ElementContent[], space?: 'svg'): string {
  if (!slots) return toHtml(nodes, space ? { space } : {});
  slots.set(name, { nodes, taken: false });
  return `<brief-slot data-name="${name}"></brief-slot>`;
}

/** Everything the templates see. Strings here are data: the templates escape them. */
export function briefingContext(reconciled: Reconciled, options: BuildOptions, labels: Labels, slots?: Slots, theme?: Theme) {
  const { article, revisions, discrepancies, datasets } = reconciled;
  const revisionById = new Map(revisions.map((r) => [r.id, r]));
  // What matters leads: conflicts and contradictions, then changes that carry or change a fact, then rewordings
  // that change none, then the reference list; each group in article order.
  const rank = (d: Discrepancy) =>
    d.part === 'references' ? 3 : d.kind === 'fact-conflict' || d.kind === 'internal-contradiction' ? 0 : d.significance === 'minor' ? 2 : 1;
  const ordered = discrepancies.map((d, i) => ({ d, i })).sort((x, y) => rank(x.d) - rank(y.d) || x.i - y.i).map(({ d }) => d);
  const numbered = ordered.map((d, i) => ({
    d,
    number: i + 1,
    anchor: discrepancyAnchor(d.id),
    mark: fmt(labels.disagreements.mark, { number: i + 1 }),
    // The accessible name holds the visible mark (WCAG 2.5.3, label in name): `Discrepancy Δ6: Fact conflict`.
    markLabel: fmt(labels.disagreements.markLabel, { number: i + 1, mark: fmt(labels.disagreements.mark, { number: i + 1 }), kind: labels.kinds[d.kind] ?? d.kind }),
    group: rank(d),
  }));
  const marks: DiscrepancyMark[] = numbered.map(({ d, anchor, mark, markLabel }) => ({
    id: d.id,
    anchor,
    label: mark,
    ariaLabel: markLabel,
    sentence: d.new?.text ?? null,
    ...(d.resolution.policy !== 'newest' ? { title: [labels.disagreements.policies[d.resolution.policy], d.resolution.note].filter(Boolean).join(' — ') } : {}),
  }));
  const body = articleToHast(reconciled.tree, article.title, marks, (number) => fmt(labels.notes.refLabel, { number }));
  const locale = localeOf(article.language);
  const buildDate = dateText(new Date(options.buildTime * 1000).toISOString().slice(0, 10), locale);
  const number = (n: number) => intlNumber(n, locale);

  const fileOf = (side: DiscrepancySide) => side.file ?? revisionById.get(side.revision)?.file ?? side.revision;
  const sideOf = (side: DiscrepancySide | null, segments: Segment[]) => (side ? { file: fileOf(side), line: side.line, revision: side.revision, segments } : null);

  const timeline = timelineSvg(datasets.events, labels.timeline);
  const counts = DISCREPANCY_KINDS.map((kind) => ({ kind, label: labels.kinds[kind] ?? kind, count: discrepancies.filter((d) => d.kind === kind).length })).filter((c) => c.count > 0);

  const infobox = readableInfobox(datasets.infobox.length ? datasets.infobox : body.infobox, labels.glance);

  return {
    labels,
    logo: theme?.logo ?? null,
    lang: article.language || 'en',
    title: article.title,
    name: article.name,
    subtitle: fmt(labels.subtitle, { count: revisions.length }),
    keywords: [article.title, labels.briefing, ...counts.map((c) => c.label)].join(', '),
    version: options.version,
    paper: options.paper === 'letter' ? 'US Letter' : 'A4',
    formats: options.formats.join(', '),
    buildDate,
    decisionsText: fmt(labels.colophon.decisionsValue, {
      decided: discrepancies.filter((d) => d.resolution.policy !== 'newest').length,
      total: discrepancies.length,
      open: discrepancies.filter((d) => (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') && d.resolution.policy === 'newest').length,
    }),
    revisions: revisions.map((r) => ({ id: r.id, label: r.label, date: r.date ?? null, dateText: r.date ? dateText(r.date, locale) : labels.cover.undated, file: r.file, format: r.format })),
    counts: counts.map((c) => ({ ...c, count: number(c.count) })),
    total: number(discrepancies.length),
    infobox,
    figures: datasets.figures.map(figureLine),
    // The handout's "At a glance" has a table or figures to show, or is left out (no empty heading).
    glance: infobox.length > 0 || datasets.figures.length > 0,
    conflicts: numbered
      .filter(({ d }) => d.kind === 'fact-conflict')
      .map(({ d, anchor, mark, markLabel }) => {
        const line = conflictLine(d);
        // An infobox row's values read with the row's label (`Lead · Revenue:`), not as bare figures.
        return { anchor, mark, markLabel, ...line, section: line.label ? `${d.section} · ${line.label}` : d.section };
      }),
    timeline: timeline && {
      svg: slot(slots, 'timeline', [timeline.svg], 'svg'),
      caption: fmt(labels.timeline.caption, { first: timeline.first, last: timeline.last }),
      alt: timeline.alt,
    },
    article: { html: slot(slots, 'article', body.body) },
    disagreements: numbered.map(({ d, number, anchor, mark, markLabel, group }) => {
      const [oldSegments, newSegments] = segmentsOf(d);
      return {
        number,
        anchor,
        mark,
        markLabel,
        full: group < 2,
        compact: group === 2,
        reference: group === 3,
        kind: d.kind,
        kindLabel: labels.kinds[d.kind] ?? d.kind,
        section: d.section,
        change: changeSummary(d),
        old: sideOf(d.old, oldSegments),
        new: sideOf(d.new, newSegments),
        // With three revisions or more: what each states of a conflicting statement, oldest first.
        history: d.history ? d.history.map((h) => ({ revision: h.revision, file: fileOf(h), line: h.line, text: h.text })) : null,
        resolution: {
          short: labels.disagreements.summary?.policies?.[d.resolution.policy] ?? labels.disagreements.policies[d.resolution.policy] ?? d.resolution.policy,
          policyLabel: labels.disagreements.policies[d.resolution.policy] ?? d.resolution.policy,
          value: d.resolution.value,
          // Quoting the kept text again when it is one of the sides above only makes the entry longer.
          quote: !!d.resolution.value.trim() && d.resolution.value !== d.new?.text && d.resolution.value !== d.old?.text,
          dropped: !d.resolution.value.trim(),
          // The place the kept text comes from, unless it is a side's place the entry already shows.
          source: [d.old, d.new].some((side) => side && d.resolution.source === `${fileOf(side)}:${side.line}`) ? null : d.resolution.source,
          note: d.resolution.note ?? null,
        },
      };
    }),
    minorCount: numbered.filter((n) => n.group === 2).length,
    referenceCount: numbered.filter((n) => n.group === 3).length,
    notes: body.notes.map((n) => ({
      id: n.id,
      number: n.number,
      html: slot(slots, `note-${n.number}`, unwrapSingleParagraph(n.content)),
      carried: n.carriedFrom
        ? fmt(n.carriedFrom.supports === 'earlier-version' ? labels.notes.carriedEarlier : labels.notes.carried, { file: n.carriedFrom.file, line: n.carriedFrom.line, revision: n.carriedFrom.revision })
        : null,
    })),
  };
}

/**
 * The infobox as a reader should see it: fields that only drive a wiki's page furniture (a map
 * file, its file type, an image size) are left out, and machine keys get readable names
 * (`mission1` → `Mission 1`, `leader_name` → `Leader name`) unless labels.json names them.
 */
function readableInfobox(entries: Array<{ key: string; value: string }>, labels: Labels['glance']): Array<{ key: string; value: string }> {
  const hidden = new Set<string>(labels.infoboxHidden.map((k) => k.toLowerCase()));
  // A user's labels.json may name machine keys (`"mission1": "Mission 1"`); the shipped file names none.
  const names: Record<string, string | undefined> = labels.infoboxNames;
  const isFile = (value: string) => /\.(svg|png|jpe?g|gif|webp|tiff?)$/i.test(value.trim());
  return entries
    .filter((e) => e.value.trim() && !hidden.has(e.key.toLowerCase().replace(/[\s_-]+/g, '')) && !isFile(e.value))
    .map((e) => {
      const named = names[e.key.toLowerCase()];
      if (named) return { key: named, value: e.value };
      const words = e.key.replace(/[_-]+/g, ' ').replace(/([a-z])(\d)/gi, '$1 $2').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
      return { key: words.charAt(0).toUpperCase() + words.slice(1).toLowerCase(), value: e.value };
    });
}

/** A key figure as it reads: its label with the value in place (`before`, `value`, `after`), for the value to be set in bold. */
function figureLine(f: { label: string; value: string; sentence: string }) {
  const at = f.label.indexOf(f.value);
  const [before, after] = at < 0 ? ['', f.label ? ` ${f.label}` : ''] : [f.label.slice(0, at), f.label.slice(at + f.value.length)];
  return { label: f.label, value: f.value, sentence: f.sentence, before, after };
}

/** A trend arrow's words at the end of a row's label (`Revenue Increase` before `US$ 40.030 billion`). */
const TREND_AT_END = new RegExp(String.raw`${TREND_WORDS}\s*$`, 'u');

/**
 * ROW_LABEL: the label of the row a conflict's value stands on, where a side is a short line that ends with that value
 * (`Revenue IncreaseUS$ 40.030 billion (2017)` for `US$ 40.030 billion (2017)`): its words before the value, a trend
 * arrow's word and a colon aside, at most five words and no figure (a row's key alone where the value is one entry of
 * its list); else none.
 */
function rowLabel(d: Discrepancy, fact: { old?: string | null; new?: string | null } | undefined): string | undefined {
  const labels: string[] = [];
  for (const side of ['old', 'new'] as const) {
    const text = d[side]?.text.replace(/\[[^\]]*\]/g, '').trim();
    const value = fact?.[side]?.trim();
    if (!text || !value || !text.endsWith(value) || text === value) continue;
    const before = text
      .slice(0, text.length - value.length)
      .replace(TREND_AT_END, '')
      .replace(/[\s:=|•·-]+$/u, '')
      .replace(/^[\s•·|-]+/u, '')
      .trim();
    // A value that is one entry of a row's list (`Key People: A (chairman), B (CEO)` for `B (CEO)`) stands on the row
    // its key names, the entries before it aside; an entry of a list with no key names no row.
    const keyed = /^([^:|]+?)\s*[:|]/.exec(before);
    const label = keyed ? keyed[1].trim() : /,$/.test(before) ? '' : before;
    if (label && !/\d/.test(label) && label.split(/\s+/).length <= 5) labels.push(label);
  }
  // A page source's parameter name (`num_employees`, PARAMETER_LINE) is the row's label only where the other side
  // shows none, its words apart.
  return labels.find((l) => !l.includes('_')) ?? labels[0]?.replace(/_/g, ' ');
}

/** A fact conflict in one line: the differing values (or words), the one kept, and the label of the row they stand on. */
function conflictLine(d: Discrepancy): { oldText: string; newText: string; kept: string; label?: string } {
  // The fact that changed, both its values stated, before one a side lost (`9 individual` / `11 individual` before the
  // `2020` a glued `20202023` hid).
  // AMOUNT_WITH_ITS_DATE: where an amount or a name and a date both changed (`pop. 23,122 in 2007` / `population:
  // 23,167 in 2016`), the line leads with the amount and gives each side's date after it: `23,122 (2007)`.
  const both = d.facts.filter((f) => f.old && f.new);
  const thing = both.find((f) => f.type !== 'date');
  const dates = both.filter((f) => f.type === 'date');
  const dated = thing && dates.length === 1 && !thing.old!.includes(dates[0].old!) && !thing.new!.includes(dates[0].new!) ? dates[0] : undefined;
  const fact = thing ?? both[0] ?? d.facts.find((f) => f.old || f.new);
  let oldText = fact?.old ?? '';
  let newText = fact?.new ?? '';
  if (dated) [oldText, newText] = [`${oldText} (${dated.old})`, `${newText} (${dated.new})`];
  if (!oldText && !newText) {
    const changes = d.changes ?? (d.old && d.new ? diffWords(d.old.text, d.new.text) : []);
    oldText = changes.filter((c) => c.removed).map((c) => c.value.trim()).join(' … ');
    newText = changes.filter((c) => c.added).map((c) => c.value.trim()).join(' … ');
  }
  if (!oldText && !newText) [oldText, newText] = [d.old?.text ?? '', d.new?.text ?? ''];
  const policy = d.resolution.policy;
  const kept = policy === 'editor-older' ? oldText : policy === 'editor-custom' ? d.resolution.value : newText;
  const label = rowLabel(d, fact);
  return { oldText: oldText || '—', newText: newText || '—', kept: kept || '—', ...(label ? { label } : {}) };
}

/** Words of a summary cell: a few changed words give the gist; the entry below has them all. */
const SUMMARY_WORDS = 6;

function firstWords(text: string, count = SUMMARY_WORDS): string {
  // An opening bracket or a comma cut off from its partner by the diff says nothing on its own.
  const words = text.trim().replace(/^[,;:)\]]\s*|\s*[,;:(\[]$/gu, '').split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/**
 * What changed, in a few words, for the summary table: the differing facts when the facts stage
 * found them, else the first changed words on each side, else the first words of the passage.
 */
export function changeSummary(d: Discrepancy): { old: string | null; new: string | null; same: string | null } {
  const fact = d.kind === 'fact-conflict' ? d.facts.find((f) => f.old || f.new) : undefined;
  if (fact) return { old: fact.old ? firstWords(fact.old) : null, new: fact.new ? firstWords(fact.new) : null, same: null };
  if (d.old && d.new) {
    const changes = d.changes ?? diffWords(d.old.text, d.new.text);
    const removed = changes.filter((c) => c.removed).map((c) => c.value.trim()).filter(Boolean).join(' … ');
    const added = changes.filter((c) => c.added).map((c) => c.value.trim()).filter(Boolean).join(' … ');
    if (removed || added) return { old: removed ? firstWords(removed) : null, new: added ? firstWords(added) : null, same: null };
    return { old: null, new: null, same: firstWords(d.new.text) };
  }
  return { old: d.old ? firstWords(d.old.text) : null, new: d.new ? firstWords(d.new.text) : null, same: null };
}

/** Both sides as segments with the changed words flagged (jsdiff word diff when reconcile gave none). */
function segmentsOf(d: Discrepancy): [Segment[], Segment[]] {
  const plain = (text: string | undefined): Segment[] => (text ? [{ value: text, added: false, removed: false }] : []);
  if (!d.old || !d.new) return [plain(d.old?.text), plain(d.new?.text)];
  const changes = d.changes ?? diffWords(d.old.text, d.new.text);
  // A changed run is marked on its words only: the space and closing punctuation after it stay unmarked text.
  const seg = (c: { value: string; added?: boolean; removed?: boolean }): Segment[] => {
    if (!c.added && !c.removed) return [{ value: c.value, added: false, removed: false }];
    const m = /^(\s*)(.*?)([\s,.;:!?)\]»”’"']*)$/su.exec(c.value)!;
    return [
      ...(m[1] ? [{ value: m[1], added: false, removed: false }] : []),
      ...(m[2] ? [{ value: m[2], added: !!c.added, removed: !!c.removed }] : []),
      ...(m[3] ? [{ value: m[3], added: false, removed: false }] : []),
    ];
  };
  return [changes.filter((c) => !c.added).flatMap(seg), changes.filter((c) => !c.removed).flatMap(seg)];
}

function unwrapSingleParagraph(content: ElementContent[]): ElementContent[] {
  const elements = content.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (elements.length === 1 && elements[0].type === 'element' && elements[0].tagName === 'p') return elements[0].children;
  return content;
}

/**
 * Parse the template's HTML once, drop inter-element whitespace, and tag labelled foreign-language text.
 * parse5 runs without source locations (what rehype-parse always asks for): no writer reads the
 * template's positions, and tracking them costs as much as the parse itself.
 */
function parseDocument(html: string, slots: Slots, language: string): HastRoot {
  const tree = fromParse5(parseHtml(html, { scriptingEnabled: false })) as HastRoot;
  tidy(tree, slots, language);
  educateQuotes(tree);
  return tree;
}

const INLINE = new Set(['a', 'abbr', 'b', 'code', 'del', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'dt', 'dd', 'p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'text', 'title', 'desc']);

/** Elements whose text is never split into language spans. */
const UNTAGGED = new Set(['svg', 'text', 'title', 'desc', 'span', 'script', 'style']);

/**
 * One pass over a parsed template (three separate tree walks were a third of compose's time):
 * - put our own trees (the article body, the notes, the timeline) in place of their `<brief-slot>`s;
 *   a slot used in both trees (briefing and handout) gets its own copy in the second one;
 * - drop comments, and whitespace-only text between block elements (template formatting, not
 *   content), keeping a space between two inline pieces but not at the edges of a block;
 * - tag labelled foreign-language text (`tagger`).
 */
function tidy(parent: HastRoot | Element, slots: Slots, language: string): void {
  let children = parent.children as ElementContent[];
  if (children.some((c) => c.type === 'element' && c.tagName === 'brief-slot')) {
    children = children.flatMap((c) => {
      if (c.type !== 'element' || c.tagName !== 'brief-slot') return [c];
      const entry = slots.get(String(c.properties.dataName));
      if (!entry) return [];
      const content = entry.taken ? structuredClone(entry.nodes) : entry.nodes;
      entry.taken = true;
      return content;
    });
  }
  const inline = parent.type === 'element' && INLINE.has(parent.tagName);
  const tagging = !(parent.type === 'element' && UNTAGGED.has(parent.tagName));
  const out: ElementContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'comment') continue;
    if (node.type === 'text') {
      if (!node.value.trim() && !(inline && out.length > 0 && i < children.length - 1)) continue;
      const tagged = tagging ? tagLanguages(node, language) : null;
      if (tagged) out.push(...tagged);
      else out.push(node);
      continue;
    }
    if (node.type === 'element') tidy(node, slots, language);
    out.push(node);
  }
  (parent as Element).children = out;
}

let languageTags: Map<string, string> | undefined;

/** A language's BCP 47 tag by its name (languages.ts languageNames). */
function languageTagOf(name: string): string | undefined {
  languageTags ??= new Map(languageNames());
  return languageTags.get(name);
}

/**
 * Scripts a run of text can be tagged by when no label names its language: the BCP 47 tag (a language where the
 * script tells it, else `und-` and the script) and its direction.
 */
const SCRIPT_RUNS: ReadonlyArray<{ script: string; code: string; tag: string; rtl?: boolean }> = [
  { script: 'Arabic', code: 'Arab', tag: 'und-Arab', rtl: true },
  { script: 'Hebrew', code: 'Hebr', tag: 'und-Hebr', rtl: true },
  { script: 'Syriac', code: 'Syrc', tag: 'und-Syrc', rtl: true },
  { script: 'Thaana', code: 'Thaa', tag: 'dv', rtl: true },
  { script: 'Devanagari', code: 'Deva', tag: 'und-Deva' },
  { script: 'Bengali', code: 'Beng', tag: 'und-Beng' },
  { script: 'Tamil', code: 'Taml', tag: 'und-Taml' },
  { script: 'Thai', code: 'Thai', tag: 'th' },
  { script: 'Hangul', code: 'Kore', tag: 'ko' },
  { script: 'Greek', code: 'Grek', tag: 'und-Grek' },
  { script: 'Cyrillic', code: 'Cyrl', tag: 'und-Cyrl' },
  { script: 'Georgian', code: 'Geor', tag: 'ka' },
  { script: 'Armenian', code: 'Armn', tag: 'hy' },
];
// Chinese and Japanese (Han, kana) are one run, CJK_RUN below: which it is depends on the kana in it.
/** A run of one script: from a letter of it to a letter of it, with what scripts share (spaces, digits, punctuation) between. */
const SCRIPT_RUN = new Map(
  SCRIPT_RUNS.map(({ script }) => [script, new RegExp(`\\p{Script=${script}}(?:[\\p{Script=${script}}\\p{Script=Common}\\p{Script=Inherited}]*[\\p{Script=${script}}\\p{M}])?`, 'gu')]),
);
/**
 * A letter of the script: every run of it starts with one, so text without one has no run of it, and `test` tells so
 * without `matchAll`'s copy of the global expression and its iterator, thirteen scripts for every text with other
 * scripts than Latin (2000 sentences with a Cyrillic name, warm: 8-14 ms instead of 13-31 ms; bench/README.md).
 */
const SCRIPT_LETTER = new Map(SCRIPT_RUNS.map(({ script }) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]));
/** A letter of Chinese or Japanese, where every CJK_RUN starts. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The bit of CJK_LETTER in a character's mask (scriptsIn); SCRIPT_RUNS' own are their indices. */
const CJK_BIT = 1 << SCRIPT_RUNS.length;
/** Each character's scripts among SCRIPT_RUNS and CJK_LETTER, as bits, by code point: found once per process. */
const scriptMasks = new Map<number, number>();

/**
 * The scripts of SCRIPT_RUNS (and CJK_LETTER) that have a letter in `value`, as a mask: what `SCRIPT_LETTER.test(value)`
 * gives for each, from its characters beyond Latin Extended-B (none below U+0250 is of these scripts), each looked up
 * once per process. Testing each text with all fourteen expressions cost more than tagging it (a briefing's `Δ`
 * marks are Greek: their entries' headings come here), and the expressions were compiled again after a collection.
 */
function scriptsIn(value: string): number {
  let mask = 0;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) < 0x250) continue;
    const point = value.codePointAt(i)!;
    if (point > 0xffff) i++;
    let bits = scriptMasks.get(point);
    if (bits === undefined) {
      const character = String.fromCodePoint(point);
      bits = CJK_LETTER.test(character) ? CJK_BIT : 0;
      SCRIPT_RUNS.forEach(({ script }, k) => {
        if (SCRIPT_LETTER.get(script)!.test(character)) bits! |= 1 << k;
      });
      scriptMasks.set(point, bits);
    }
    mask |= bits;
  }
  return mask;
}
/** Text in Latin and the characters every script shares: nothing to tag (most of a briefing). */
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;
/** Chinese and Japanese share Han: a Han run with kana in it is Japanese. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])?/gu;
const RTL_TEXT = new RegExp(`[${SCRIPT_RUNS.filter((r) => r.rtl).map((r) => `\\p{Script=${r.script}}`).join('')}]`, 'u');

/**
 * `LATIN_ONLY.test(value)`, sooner: below U+0250 (Basic Latin to Latin Extended-B) and in General Punctuation
 * (but its unassigned U+2065) every character is Latin, Common or Inherited, so only text with others goes to the
 * expression.
 */
function latinOnly(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x250 && (c < 0x2000 || c > 0x206f || c === 0x2065)) return LATIN_ONLY.test(value);
  }
  return true;
}

/** The script the article's own language is written in (`Latn` for English), whose runs are not foreign. */
const ownScripts = new Map<string, string>();
function ownScript(language: string): string {
  let script = ownScripts.get(language);
  if (!script) {
    try {
      script = new Intl.Locale(language).maximize().script ?? 'Latn';
    } catch {
      script = 'Latn';
    }
    ownScripts.set(language, script);
  }
  return script;
}

/** Runs of text in a script other than the article's, as `<span lang dir>`: a reader's fonts, voice and direction follow. */
function tagScripts(value: string, language: string): ElementContent[] {
  if (latinOnly(value)) return [{ type: 'text', value }];
  return taggedTexts.get(`${language}\u0000${value}`, () => scriptRuns(value, language));
}

/**
 * The script runs of each text with other scripts than Latin, by language and text, kept for the article being built
 * and the one before it (pipeline/memo.ts), each caller a copy (the tree changes them: quotes, slots): a rebuild tags
 * the same paragraphs again (a watch's save, the handout after the briefing), and for each such text every script's
 * expression scanned it (4 ms of a watch rebuild of the example).
 */
const taggedTexts = new TextMemo<ElementContent[]>((nodes) => structuredClone(nodes));

function scriptRuns(value: string, language: string): ElementContent[] {
  const own = ownScript(language);
  const found: Array<{ start: number; end: number; tag: string; rtl: boolean }> = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const present = scriptsIn(value);
  if (own !== 'Hans' && own !== 'Hant' && own !== 'Jpan' && present & CJK_BIT) {
    for (const m of value.matchAll(CJK_RUN)) {
      const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[0]);
      found.push({ start: m.index, end: m.index + m[0].length, tag: kana ? 'ja' : 'und-Hani', rtl: false });
    }
  }
  for (let k = 0; k < SCRIPT_RUNS.length; k++) {
    const { script, code, tag, rtl } = SCRIPT_RUNS[k];
    if (code === own || !(present & (1 << k))) continue;
    for (const m of value.matchAll(SCRIPT_RUN.get(script)!)) if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, tag, rtl: Boolean(rtl) });
  }
  if (!found.length) return [{ type: 'text', value }];
  found.sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let last = 0;
  for (const f of found) {
    if (f.start > last) out.push({ type: 'text', value: value.slice(last, f.start) });
    out.push(h('span', { lang: f.tag, ...(f.rtl ? { dir: 'rtl' } : {}) }, value.slice(f.start, f.end)) as Element);
    last = f.end;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/**
 * `Mongolian: Монгол Оросын харилцаа` → the value in `<span lang="mn">`, for any language ISO 639 names; a run in
 * another script than the article's language (`敦煌研究院`, `المعرفة`) → `<span lang="und-Hani">`, with `dir="rtl"`
 * for a right-to-left script. Null when a text has nothing foreign.
 */
export function languageTagger(language = 'en'): (node: Text) => ElementContent[] | null {
  return (node) => tagLanguages(node, language);
}

/** A label (`Mongolian:`) and the value it names, to the next `;`, bracket or line end. */
const LANGUAGE_LABEL = /\b(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+([^;)\]\n]+)/gu;

/** languageTagger's work on one text node (a module-level function: see bench/README.md on closures made per call). */
function tagLanguages(node: Text, language: string): ElementContent[] | null {
  // A label is followed by a colon: text without one and without other scripts (most) has nothing to tag.
  const labelled = node.value.includes(':');
  if (!labelled && latinOnly(node.value)) return null;
  const out: ElementContent[] = [];
  let last = 0;
  if (labelled) {
    for (const m of node.value.matchAll(LANGUAGE_LABEL)) {
      const tag = languageTagOf(m[1]);
      if (!tag) continue;
      const valueStart = m.index + m[0].length - m[2].length;
      const value = m[2].trimEnd();
      out.push(...tagScripts(node.value.slice(last, valueStart), language));
      out.push(h('span', { lang: tag, ...(RTL_TEXT.test(value) ? { dir: 'rtl' } : {}) }, value) as Element);
      last = valueStart + value.length;
    }
  }
  out.push(...tagScripts(node.value.slice(last), language));
  const kept: ElementContent[] = [];
  let tagged = false;
  for (const n of out) {
    if (n.type === 'text' && n.value === '') continue;
    kept.push(n);
    if (n.type === 'element') tagged = true;
  }
  return tagged ? kept : null;
}

export { slug };
