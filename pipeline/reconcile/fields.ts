// Infobox fields wherever a revision states them: `- Key: value` entries, and the loose lines a page dump scatters (`Leader | A |`, `LeaderA`, `Fleet size298`).
import type { RevisionUnits, Unit } from './units.ts';
import { blankSpans, extractDates, extractQuantities, parseAmount, datesAgree, SCALE_FACTOR } from './facts.ts';
import { amountsAgree, isCount, isPhysical, measureOf } from './measures.ts';
import { foldLetters, identifyingWords, isAlias, namesOverlap } from './names.ts';
import { americanSpelling, comparisonWords } from './tokens.ts';
import { FIELD_WORDS, KEYLESS_VALUE_SHARE, KEY_WORDS, SUB_LABEL_WORDS, VALUE_SHAPE_RATIO, VALUE_SHAPE_SHARE_RATIO } from './rules.ts';
import { IMAGE_FILE, MONTAGE_CAPTION } from '../read/rendered.ts';
import { TREND_WORDS } from '../read/trend.ts';

export interface Field {
  key: string;
  value: string;
  /** Further units that hold the value (a bare value on the line after its key). */
  valueUnits?: number[];
  /** Comparable key: lowercased letters, without a parenthesis (`Membership (2023)` is `membership`). */
  norm: string;
  /** The unit of the template's label parameter the field is shown under (LABELLED_PARAMETER), if any. */
  label?: number;
  /** Lines under a dump's field that may hold more of its value (FIELD_CONTINUATION), taken in by `withContinuation`. */
  continuation?: { units: number[]; values: string[] };
  /**
   * A parameter that says nothing of its own: the key another field is shown under (NAMED_PARAMETER), or the date of
   * a field the export lost (QUALIFIER_ALONE). Layout, no statement.
   */
  noStatement?: true;
}

/**
 * A field with the lines under it taken into its value, when the field it pairs with also goes on over such lines:
 * both revisions then state a value of several lines, compared as a whole. Lines under one side's field alone stay
 * statements of their own (a line added under a field is an addition, not a changed value).
 */
export function withContinuation(f: Field): Field {
  if (!f.continuation) return f;
  return { ...f, value: [f.value, ...f.continuation.values].join('; '), valueUnits: [...(f.valueUnits ?? []), ...f.continuation.units], continuation: undefined };
}

/**
 * HOLDERS_ON_ONE_LINE: a field whose value names two holders or more, each with a role in parentheses, on its one
 * line (`Toronto Marlies (AHL) Orlando Solar Bears (ECHL)`), against one whose holders go on over lines of their own
 * (`Toronto Marlies (AHL)`, then `Cincinnati Cyclones (ECHL)`): the lines are part of that value.
 */
export function joinsHolderLines(f: Field, other: Field): boolean {
  const lines = f.continuation?.values ?? [];
  return lines.length > 0 && !other.continuation && lines.every((line) => HOLDER_LINE.test(line)) && (withoutMarkers(other.value).match(/\p{Lu}[^()|;]*?\([^()]+\)/gu)?.length ?? 0) >= 2;
}

/** A figure and the part it is for in parentheses, nothing else: `44,882 (Vancouver)`, `8,990 (Okanagan)[5]`. */
const FIGURE_OF_PART = /^[\p{N}][\p{N},.\s]*\s*\((?!(?:1[5-9]|20)\d\d\))\p{L}[^()]*\)$/u;

/**
 * PARTS_ON_LINES: a field whose value is a figure for a part (`Undergraduates44,882 (Vancouver)`), the lines under it
 * figures for the other parts (`8,990 (Okanagan)`), against a value of one line: the lines are part of that value,
 * compared and reported with it. (A year in the parentheses dates a figure: DATED_CONTINUATION's.)
 */
export function joinsPartLines(f: Field, other: Field): boolean {
  const lines = f.continuation?.values ?? [];
  const part = (v: string) => FIGURE_OF_PART.test(withoutMarkers(v).trim());
  return lines.length > 0 && !other.continuation && part(f.value) && lines.every(part);
}

/** `Berliner (2005–2018)`, `Compact (since 2018)`: one of a box's dated entries, a line each, a name, no figure (CURRENT_ENTRY). */
const DATED_ENTRY_LINE = /^\p{Lu}[^()|:\d]{0,60}\((?:since |from )?(?:1[5-9]|20)\d\d(?:\s*[–-]\s*(?:(?:1[5-9]|20)\d\d|present))?\)$/u;
/** The open one of such entries: `(since 2018)`, `(2018–present)`. */
const OPEN_ENTRY = /\((?:since |from )(?:1[5-9]|20)\d\d\)$|[–-]\s*present\)$/;

/**
 * CURRENT_ENTRY: a field whose value goes on over dated entries, a line each, one of them open (`FormatBroadsheet
 * (1821–2005)`, `Berliner (2005–2018)`, `Compact (since 2018)`), against a value that states one undated thing
 * (`Format: Berliner`): the open entry is what that value is compared with; the other lines are part of the field.
 */
export function currentEntry(f: Field, other: Field): Field | undefined {
  if (!f.continuation || other.continuation || /\d/.test(other.value)) return undefined;
  const lines = [f.value, ...f.continuation.values].map((v) => withoutMarkers(v).trim());
  if (!lines.every((v) => DATED_ENTRY_LINE.test(v))) return undefined;
  const open = lines.filter((v) => OPEN_ENTRY.test(v));
  if (open.length !== 1) return undefined;
  return { ...f, value: open[0], valueUnits: [...(f.valueUnits ?? []), ...f.continuation.units], continuation: undefined };
}

/** `Leader | Jeremy Corbyn |`: a table row of a page dump's infobox. */
const TABLE_ROW = /^([^|]{2,48}?)\s*\|\s*([^|]*?)\s*\|?\s*$/;
/** `Key: value`. */
const COLON = /^([^:]{2,48}?)\s*:\s*(.+)$/;
/**
 * PARAMETER_LINE: a page source's template parameter as a mirror left it on its line (`num_employees = 2,907`,
 * `foundation = 1963`): a lower-case name of three letters or more, words joined by `_`, then `=` and the value.
 */
const PARAMETER_LINE = /^([a-z][a-z0-9]{2,}(?:_[a-z0-9]+)*)\s*=\s*(.*)$/;
/** `LeaderKeir Starmer`, `Fleet size298`, `Salary£143,911`: a key glued to its value by a text dump. */
// (Its last word may be an acronym glued to a figure: `Payload to GTO1,200 kg`, GLUED_ACRONYM_WORD.)
const GLUED = /^(\p{Lu}\p{Ll}{2,}\.?(?:[ -](?:\p{Ll}+|\p{Lu}\p{Ll}{2,}))*(?:[ -]\p{Lu}{2,5}(?=\p{N}))?(?:\s*\([^)]*\))?)(?=[\p{Lu}\p{N}\p{Sc}"“])(.+)$/u;
/**
 * A key that opens with a year, glued to a figure (`2020 position6th (131 points)`), or a key of small letters glued to
 * a name (`2020 host cityMoose Jaw, Saskatchewan`).
 */
const GLUED_YEAR_KEY = /^((?:1[89]|20)\d\d(?:[–-]\d{2,4})? (?:\p{L}+(?: \p{L}+)?\p{Ll}(?=\p{N})|\p{Ll}+(?: \p{Ll}+)?(?=\p{Lu}\p{Ll})))(.+)$/u;
/** An acronym key and its parenthesis glued to a figure: `HDI (2019)0.937`, `GDP (PPP, 2018)$14.9 billion`. */
// (Also before a trend arrow's word and its figure: `HDI (2019)Steady 0.724`, TREND_WORD.)
const GLUED_ACRONYM = new RegExp(String.raw`^(\p{Lu}{2,5}\s*\([^)]{1,30}\))(?=(?:${TREND_WORDS}\s?)?[\p{N}\p{Sc}])(.+)$`, 'u');
/** `Current champions  IFK Mariehamn`: a dump's table cells, key and value apart by two spaces or a tab. */
const CELLS = /^(\S.{0,46}?\S)(?:\s{2,}|\t)(\S.*)$/u;
/** A value alone on its line, after its key's line (`House of Commons` then `262 / 650`). */
const BARE_VALUE = /^[\p{N}\p{Sc}][\p{N}\p{Sc}\s.,/%–-]*(?:\([^)]{0,24}\))?$/u;
/** A holder and the role in parentheses, alone on a line (`Bjørn H. Kise (Chairman)`). */
export const HOLDER_LINE = /^\p{Lu}[^()|:]*\(\p{L}[^()]*\)$/u;
/** A count of things in parentheses at a value's end (`(3 titles)`, `(1 title)`): COUNT_IN_ASIDE. */
const COUNT_ASIDE = /\((\d+)\s+(\p{L}+?)s?\)$/u;
/** A figure after a label word opening a value's aside (`(pop. 13,639)`, `(population 2,100)`): COUNT_IN_ASIDE. */
const LABELLED_ASIDE = /\(\s*(\p{L}+\.?)\s+(\d{1,3}(?:[ ,.]\d{3})+|\d+)\b/u;
/** `UTC+1`, `UTC−05:00`, `GMT+3`: an offset from UTC, in minutes (UTC_OFFSET); `UTC` alone is 0. */
function utcOffsets(value: string): number[] {
  return [...value.matchAll(/\b(?:UTC|GMT)\s*(?:([+−–-])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\d:])/g)].map((m) => (m[1] ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0));
}
/** A parenthesis alone on its line, a short aside with no label of its own (`(3 titles)`, not `(Capacity: 33,108)`: ASIDE_LINE). */
const ASIDE_LINE = /^\([^():]{1,60}\)$/;
/** A further line of a dump's field value: a figure with its words, not a sentence (`36.7 million living with HIV (2016)`). */
const CONTINUATION = /^[\p{N}\p{Sc}][^]*[^.!?:]$/u;
/** A text without a dump's bracketed markers (citations, notes: `[8]`, `[nb]`, `[note 2]`), trimmed. */
export const withoutMarkers = (text: string) => text.replace(/\[[^\]]*\]/g, '').trim();
/**
 * SEASON_LINE: a rendered sports infobox's line for the season under way, its competition and the standing in it
 * (`2015 Allsvenskan, 3rd`, `2023–24Scottish Premiership, 1st of 12 (champions)`, a league's `2016 Allsvenskan`),
 * the one line of that shape in the revision: a field of its own (a page source's `season` and `position`, or `current`), not a figure under the line above.
 */
const SEASON_LINE = /^(?:1[89]|20)\d\d(?:[–-](?:\d\d|(?:1[89]|20)\d\d))?\s*\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}(?:,\s*\d+(?:st|nd|rd|th)\b[^|:.!?]*)?$/u;
/** A season line as a table row or an entry keyed by its season (`2015–16 | Primeira Liga, 3rd |`, `2023–24: Primeira Liga, 3rd of 18`), as one line. */
const seasonText = (text: string) => withoutMarkers(text).replace(/^([\d–-]+)\s*[|:]\s*/, '$1 ').replace(/\s*\|\s*$/, '');
export const isSeasonLine = (text: string) => SEASON_LINE.test(seasonText(text));
/** The keys a page source gives the season a SEASON_LINE states. */
const SEASON_KEYS = new Set(['season', 'current', 'currentseason']);
/**
 * TREND_WORD: the text a dump leaves of a trend arrow before a figure (`IncreaseCHF 20.2 billion`, `Decrease 3.13`):
 * a picture's caption, not the value a fact shows, nor words that make a figure's line text.
 */
/** A trend arrow's word between a row's label and its figure (`Profit Increase $ 2.6 billion`). */
const LABEL_TREND = new RegExp(String.raw`(?<=^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}) ${TREND_WORDS}\s?(?=[\p{Sc}\p{N}])`, 'u');
const TREND_WORD = new RegExp(String.raw`(^|;\s*)\s*${TREND_WORDS}\s?(?=[\p{Sc}\p{N}\p{Lu}])`, 'gu');
export const withoutTrend = (value: string) => value.replace(TREND_WORD, '$1');
/** A line that is a figure with its words, not a sentence (`178 member states[1]`, `52 players capped (2019)`). */
export const isFigureLine = (text: string) => CONTINUATION.test(withoutTrend(withoutMarkers(text))) && !isSeasonLine(text);

/** Every unit a revision's fields occupy: each field's own and the bare values on the lines after their keys. */
export function fieldUnitIndices(fields: ReadonlyMap<number, Field>): Set<number> {
  return new Set([...fields].flatMap(([i, f]) => [i, ...(f.valueUnits ?? [])]));
}

/**
 * A key as two revisions are matched by: without spaces, so a template's `termlength` is the page's `Term length`,
 * each word in its American spelling (SPELLING_VARIANTS: `Epicentre` is `Epicenter`).
 */
export const pairingKey = (norm: string) => norm.split(/\s+/).map(americanSpelling).join('');

/** A key's last word that names the unit of its value (UNIT_IN_KEY): `Elevation M`, `Area Total Sq Mi`. */
export const KEY_UNITS = new Set(['m', 'ft', 'km', 'mi', 'km2', 'mi2', 'sqmi', 'sqkm', 'ha', 'acres', 'kg', 'lb', 'mw']);
/** A key without the unit words it ends with (`area total sq mi` is `area total`). */
const unitlessKey = (norm: string) => {
  const words = norm.split(/\s+/);
  if (words.length < 2 || !KEY_UNITS.has(words[words.length - 1])) return norm;
  return words.slice(0, words[words.length - 2] === 'sq' && words.length > 2 ? -2 : -1).join(' ');
};

/**
 * Keys of a template's layout, not its content: an image's caption, size or alt text (`Insigniacaption`,
 * `Flagsize: 220px`, `Imagewidth: 110`). A field of these that one revision alone states is no difference. (A size of
 * what the article is about is content: `Fleet size`, `Squad size`: IMAGE_SIZE_ONLY.)
 */
export const LAYOUT_KEY = /(?:caption|(?:image|img|logo|map|flag|seal|pushpin|photo|picture|icon|insignia|emblem|coatofarms|font)size|^size|alt|upright|image|logo|labelposition|collapsible|collapsed|(?:image|map|logo|flag|seal)(?:width|height))$/;
const PIXELS = /^\d+\s*px$/;
/**
 * MAP_KEY: the parameters of a box's locator map (`Pushpin label: CPH/EKCH`, `Mapframe: yes`, `Relief: yes`), and where
 * the place is on another grid than latitude and longitude (`Utm Northing: 7731862`, as coordinates: COORDINATES_LOST)
 * or a photo's notes (`Photo Notes: … looking towards Wales`, a caption): layout.
 */
const MAP_KEY = /^(?:pushpin|mapframe|locatormap|utm(?:zone|northing|easting)$)|^relief$|^photonotes$/;
/** A value that is an image's file name (`Signature: A. Berg autograph.png`) is a picture, laid out, not a statement. */
export const isLayoutField = (f: Field) =>
  f.noStatement === true ||
  LAYOUT_KEY.test(pairingKey(f.norm)) ||
  MAP_KEY.test(pairingKey(f.norm)) ||
  PIXELS.test(f.value.trim()) ||
  IMAGE_FILE.test(f.value.trim()) ||
  TEMPLATE_VALUE.test(f.value.trim()) ||
  (STYLE_KEY.test(pairingKey(f.norm)) && CSS_NAME.test(f.value.trim().replace(/[\]}|]+$/, ''))) ||
  (LABEL_KEY.test(pairingKey(f.norm)) && !/\d/.test(f.value) && f.value.trim().split(/\s+/).length <= KEY_WORDS) ||
  (LANGUAGE_KEY.test(pairingKey(f.norm)) && /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(f.value.trim())) ||
  // LINK_LOST: a website row whose address a copy cut to a word (`Website | www |`, `skoda-auto`) is the link, drawn.
  (WEBSITE_ROW.test(pairingKey(f.norm)) && !/\.\p{L}{2,}/u.test(f.value)) ||
  // TEMPLATE_CODE: a value that holds a template's own parameters (`yes |mapframe-caption=Interactive map |…`) is the
  // page source's code an export left, not a statement.
  TEMPLATE_CODE.test(f.value) ||
  IMAGE_MARKUP.test(f.value);
const TEMPLATE_CODE = /\|\s*[a-z][\w-]*\s*=/;
/**
 * IMAGE_MARKUP: a value that holds a picture's markup an export left (`45px|STS-116 45px|ISS Expedition 14`,
 * `frameless|x323px`, `center|80px |…`): pictures laid out, not a statement.
 */
const IMAGE_MARKUP = /(?:^|[\s|])(?:x?\d+(?:x\d+)?px|frameless|thumb|center)\s*\|/;
/** The keys of a website row (as pairingKey writes them). */
export const WEBSITE_ROW = /^(?:website|officialwebsite|web|url|homepage)$/;
/**
 * TEMPLATE_PARAMETER: what a page source's template takes to draw itself, not what the page states: a colour
 * (`Body1: 000000`, `#ff0000`), a pattern file's suffix (`Pattern La1: _aik25h`); a label another field is shown
 * under (`Mgrtitle: Head coach`, `Leader3 Title: Parliamentary group leader`); a language code (`Native name lang: sv`);
 * `auto`, a value the template works out itself (`Population density sq mi: auto`).
 */
const TEMPLATE_VALUE = /^(?:#?[0-9a-fA-F]{6}|_[\w-]+|auto)$/;
const LABEL_KEY = /.title\d*$/;
const LANGUAGE_KEY = /lang$/;
/** A template's styling parameter (`Class: skin-invert`, `Bodystyle: plain`): layout where its value is a style's name. */
const STYLE_KEY = /(?:class|style)$/;
const CSS_NAME = /^[a-z][a-z0-9-]*$/;
/**
 * LABELS_ONLY: a value that is only labels or a parenthesis (`Member states: Associate members:`, `(2024)`) lost
 * what it stated in export: no value to add, remove or compare.
 */
export const emptyValue = (value: string) => !/[\p{L}\p{N}]/u.test(value.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[^:|;]*:/g, ' '));

/**
 * The keys a revision names on lines of their own or with no value it kept (`Membership (July 2017) |`, whose
 * value was an image): a field the other revision states under such a key was not added, only lost in export.
 */
/** The keys a template's label parameters name (`Seats1 Title: Riksdag`): those fields are there, even with their values lost. */
export function labelledKeys(fields: ReadonlyMap<number, Field>): Set<string> {
  return new Set([...fields.values()].filter((f) => LABEL_KEY.test(pairingKey(f.norm)) && isLayoutField(f)).map((f) => pairingKey(normalKey(f.value))));
}

export function namedKeys(rev: RevisionUnits, fields: ReadonlyMap<number, Field>): Set<string> {
  const keys = new Set([...fields.values()].map((f) => pairingKey(f.norm)));
  for (const k of labelledKeys(fields)) keys.add(k);
  for (const u of rev.units) {
    if (u.kind !== 'caption' && u.kind !== 'infobox' && u.kind !== 'sentence') continue;
    const line = u.text.trim();
    if (line.length > 60 || /\p{N}/u.test(line.replace(/\([^)]*\)/g, ''))) continue;
    // A table row whose value cell is empty (`Headquarters | |`) names its key as well.
    const keyOnly = /^([^|:]+?)\s*(?:[|:]|(?:\|\s*){2})?\s*$/.exec(line);
    if (keyOnly) keys.add(pairingKey(normalKey(keyOnly[1])));
  }
  return keys;
}

export function normalKey(key: string): string {
  return key.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
}

function field(key: string, value: string): Field | undefined {
  // A label that ends with `by` (`Engineering design by`, `Constructed by`) keeps it: the value is who.
  const by = /^\s*by\s+(?=\S)/i.exec(value);
  if (by) return field(`${key.trim()} by`, value.slice(by[0].length));
  // KEY_PLURAL: a label's plural mark (`Area code(s)`, `Spouse(s)`) is the label's, not the value's first words.
  const plural = /^\(s\)\s*(?=\S)/.exec(value);
  if (plural && /\p{L}$/u.test(key.trim())) return field(`${key.trim()}(s)`, value.slice(plural[0].length));
  const norm = normalKey(key);
  // (A table dump's empty cell after the value, `6,700 (2015) |`, is no part of it.)
  const cleaned = value.replace(/(?:\s*\|)+\s*$/, '').trim();
  if (!norm || !cleaned) return undefined;
  // DASHED_TYPE: a settlement's type between dashes (`—  City  —`, an old box's heading row) is no key with a dash for
  // its value: the box's own `City` row (of the area, the population) is that key.
  if (/^[—–-]/.test(key.trim()) && /^[—–-]$/.test(cleaned)) return undefined;
  return { key: key.trim(), value: cleaned, norm };
}

/**
 * TWO_COLUMNS: a row of a two-column infobox (a bilateral relation's envoys: `Ambassador A | Ambassador B |`,
 * `Ambassador AAmbassador B`), the same label opening each column. Its value keeps the columns apart (`A | B`).
 */
const TWO_COLUMNS = /^(\p{Lu}\p{L}+(?: \p{L}+){0,3}) (\S.*?)(?:\s*\|\s*|(?<=[\p{Ll}.)]))\1 (\S.*?)\s*\|?$/u;
/**
 * TWO_LABELLED_COLUMNS: a dump's two columns glued into one line, each under its own label around one key the other
 * revision names (`Chinese Ambassador to the United States Qin GangAmerican Ambassador to China David Meale`): the
 * field of that key, its columns apart at the glue before the second label.
 */
function twoLabelledColumns(text: string, keys: ReadonlySet<string>): Field | undefined {
  const line = withoutMarkers(text);
  for (const m of line.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) {
    const word = m[0];
    if (!keys.has(word.toLowerCase())) continue;
    const second = line.indexOf(word, m.index + word.length);
    if (second < 0 || line.indexOf(word, second + word.length) >= 0) continue;
    // The glue: a lower-case letter or a closing parenthesis, then a capital, last before the second label.
    const glues = [...line.slice(m.index + word.length, second).matchAll(/[\p{Ll})](?=\p{Lu})/gu)].map((g) => m.index + word.length + g.index + 1);
    const at = glues[glues.length - 1];
    if (at === undefined) continue;
    const [left, right] = [line.slice(0, at).trim(), line.slice(at).trim()];
    if (!left.includes(word) || !right.startsWith(right.slice(0, right.indexOf(word)))) continue;
    // Each column's label has its value after it: `Camera PlayStation Camera` ends with its key, a name's capital
    // inside (`PlayStation`) no glue between two columns.
    const valued = (column: string) => /\S/.test(column.slice(column.indexOf(word) + word.length));
    if (!valued(left) || !valued(right)) continue;
    return { key: word, value: `${left}${COLUMN_SEPARATOR}${right}`, norm: word.toLowerCase() };
  }
  return undefined;
}

/** Between the columns of a two-column value. */
export const COLUMN_SEPARATOR = ' | ';

/** The field a line states by its own shape (a table row, `Key: value`, a glued key), if any. */
export function parseField(text: string): Field | undefined {
  const line = text.trim();
  // A photo montage's caption (`From top, left to right: …`) or an aside in parentheses that opens in lower case
  // (`(meaning: Victorious and Great)`, not `(Capacity: 60,837)`) is no field, whatever colon it holds.
  if (MONTAGE_CAPTION.test(line) || /^\(\p{Ll}/u.test(line)) return undefined;
  // A trend arrow's word before a figure (`IncreaseUS$ 40.030 billion`) is no key glued to a value (TREND_WORD).
  if (withoutTrend(line) !== line) return undefined;
  const parameter = PARAMETER_LINE.exec(line);
  if (parameter) return field(parameter[1], parameter[2]);
  const columns = TWO_COLUMNS.exec(line);
  // Glued columns are names, each ending in a capitalised word (`Anne K. LundAmbassador …`): `European
  // affiliationEuropean People's Party` is a key glued to a value that opens with the key's first word.
  const named = (column: string) => /^\p{Lu}/u.test(column) && /(?:^|\s)\p{Lu}[\p{L}.'’-]*$/u.test(column.trim());
  if (columns && (line.includes('|') || named(columns[2]))) return field(columns[1], `${columns[2].trim()}${COLUMN_SEPARATOR}${columns[3].trim()}`);
  const row = TABLE_ROW.exec(line);
  if (row && line.includes('|')) return field(row[1], row[2]);
  const colon = COLON.exec(line);
  // A key whose first word has a capital inside (`MottoLatin: Dominus illuminatio mea`, `CrewFully crewed: 6`) is a
  // key glued to a value that holds a colon, and a colon between digits is a time's (`Orbit epoch14 May 2019
  // 13:09:29 UTC`): the glued key is split first.
  // So is a key in sentence case whose last word runs into a capitalised one (`Construction beganUnit 1: April 1,
  // 1980`: the value is `Unit 1: …`).
  const gluedColon =
    colon && (/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+(?:\s|$)/u.test(colon[1]) || /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)*\s\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(colon[1]) || (/\d$/.test(colon[1]) && /^\d/.test(colon[2])));
  // COLON_IN_ASIDE: a colon inside an aside that opens after a word and a space (`Motto(s) Éclat (English:
  // Excellence)`) is the aside's, no key's end. (A line that is one labelled aside, `(Capacity: 33,108)`, or a label
  // glued to its name, `Brabourne Stadium(Capacity: 25,000)`, is still read at its colon.)
  const inAside = colon !== null && /\p{L}\s+\([^()]*$/u.test(colon[1]);
  // URL_COLON: nor is the colon of an address's scheme (`Website http://www.example.com`).
  const urlColon = colon !== null && /^\/\//.test(colon[2]) && /\b(?:https?|ftp)$/i.test(colon[1]);
  if (colon && !gluedColon && !inAside && !urlColon && colon[1].split(/\s+/).length <= 5) return field(colon[1], colon[2]);
  const cells = CELLS.exec(line);
  // (Two dates two spaces apart are a term whose dash a dump lost, `3 December 2007  18 September 2013`: no key.)
  // A first cell that is itself a key glued to a figure (`Water158,654 km2 (61,257 sq mi)  14.7%`) is the key and
  // its value, the second cell more of the value.
  const gluedCell = cells && /^\p{L}[\p{L} ]*\p{Ll}[\p{N}\p{Sc}]/u.test(cells[1]);
  const dateCell = cells && extractDates(cells[1]).some((d) => d.text === cells[1].trim());
  // A first cell of a label, a space and a figure (`Circulation 2,880,144 daily  (as of December 2019)`) is the label
  // and its value, the second cell more of the value: no key holds a figure (SPACED_CELL).
  const spacedCell = cells && !gluedCell && !dateCell ? /^(\p{Lu}[\p{L}'’-]*(?: \p{Ll}[\p{L}'’-]*){0,3}) (?=[\p{N}\p{Sc}])/u.exec(cells[1]) : null;
  if (spacedCell) return field(spacedCell[1], line.slice(spacedCell[0].length));
  if (cells && !gluedCell && !dateCell && cells[1].split(/\s+/).length <= 5) return field(cells[1], cells[2]);
  // A row a dump drew with a text bullet (`• Capital city4,000,000`, `• GovernorMbuvi Gideon Kioko`): the key after it,
  // where the value is a figure or a name of two words or more (`• DeepMap` is one name in a list).
  const bulleted = TEXT_BULLET.test(line);
  const glued = GLUED.exec(line.replace(TEXT_BULLET, ''));
  const bulletValue = (value: string) => /^[\p{N}\p{Sc}]/u.test(value) || /^\S+\s+\p{Lu}/u.test(value.trim());
  // NAME_NOT_GLUE: a capitalised word glued to a capitalised word after other words (`Female cheetah in KwaZulu Natal`,
  // `a game for PlayStation`) is one name written in camel case; a dump's label is in sentence case, its last word
  // lower case where it has several (`Broke ground30 September`, `Construction cost£789 million`). A row's bullet says
  // it is a label (`• Chair of the City AdministrationKatrin Lind`).
  const camelName = (key: string, value: string) => !bulleted && /\s\p{Lu}\p{Ll}+$/u.test(key) && /^\p{Lu}\p{Ll}/u.test(value);
  if (glued && glued[1].split(/\s+/).length <= 5 && (!bulleted || bulletValue(glued[2])) && !camelName(glued[1], glued[2])) return field(glued[1], glued[2]);
  // An acronym key with its year, glued to a figure (`HDI (2019)0.937Very high (3rd)`, `GDP (2018)14.9 billion USD`).
  const acronym = GLUED_ACRONYM.exec(line);
  if (acronym) return field(acronym[1], acronym[2]);
  // YEAR_KEY: a key that opens with its season's year, glued to a figure (`2020 position6th (131 points)`): the key
  // reads without its year (normalKey), so the other revision's `2023 position` is the same row.
  const yearKey = GLUED_YEAR_KEY.exec(line);
  if (yearKey) return field(yearKey[1], yearKey[2]);
  return undefined;
}

/**
 * Give every infobox entry and every loose label line of a revision its field, where it states one. A line that
 * is only a key (`House of Commons |`) takes the bare value on the next line; `keys` of the other revision
 * split lines that put a key and its value side by side with a space (`Salary £143,911`).
 */
export function assignFields(rev: RevisionUnits, otherKeys?: ReadonlySet<string>, other?: RevisionUnits, labels?: ReadonlySet<string>): Map<number, Field> {
  const keys = otherKeys ?? new Set<string>();
  // A season line is a field where the other revision names a season (or on a first pass, before its keys are known).
  // Only the one such line of a revision: a medal table's many lines (`2005 Helsinki`, `2007 Osaka`) are no season.
  const seasons = (!otherKeys || [...SEASON_KEYS].some((k) => otherKeys.has(k))) && rev.units.filter((u) => (u.kind === 'caption' || u.kind === 'infobox') && isSeasonLine(u.text)).length === 1;
  const fields = new Map<number, Field>();
  const units = rev.units;
  // A caption that is a long sentence (`Clockwise from top: …, and the lighthouse.`) describes a picture: no field.
  const sentenceLong = (u: Unit) => /[.!?]$/.test(u.text.trim()) && u.text.split(/\s+/).length > FIELD_WORDS;
  // BULLET_ROW: a rendered page's short bullet line (`• Mayor Alfredo Zegarra Tejada`, which a reader takes for a list
  // item) is a box row as a caption line is.
  const bulletRow = (u: Unit) => u.kind === 'item' && rev.revision.format === 'rendered' && u.text.split(/\s+/).length <= FIELD_WORDS && !/[.!?]$/.test(u.text.trim());
  const isLoose = (u: Unit) =>
    (u.kind === 'caption' && !sentenceLong(u)) ||
    bulletRow(u) || (u.kind === 'sentence' && rev.blocks[u.block].units.length === 1 && u.text.split(/\s+/).length <= FIELD_WORDS && rev.revision.format === 'rendered');
  /**
   * FIELD_CONTINUATION: the lines right under a dump's field that hold more of its value (`Frequency1.8 million new
   * cases (2016)` then `36.7 million living with HIV (2016)`) belong to it, so the field compares as a whole.
   */
  const continued = (i: number, f: Field): number => {
    let last = Math.max(i, ...(f.valueUnits ?? []));
    const more: number[] = [];
    const values: string[] = [];
    // A figure with its words, or another holder where the value is a holder with a role (`Bjørn Kjos (CEO)` then
    // `Anna Berg (Chairman)`: a list of key people).
    // (A holder's name holds no figure: `Increase $ 46.5 billion (FY 2011)` is an amount for a year, not a holder.)
    const holderLine = (t: string) => HOLDER_LINE.test(t) && !/[\p{N}\p{Sc}]/u.test(t.slice(0, t.indexOf('(')));
    const holders = holderLine(withoutMarkers(f.value));
    const entries = DATED_ENTRY_LINE.test(withoutMarkers(f.value).trim());
    while (last + 1 < units.length) {
      const u = units[last + 1];
      const text = withoutMarkers(u.text);
      const goesOn = isFigureLine(text) || (holders && holderLine(text)) || (entries && DATED_ENTRY_LINE.test(text.trim()));
      // (Nor a line that opens with a key the other revision names and a figure: the next field, `No. of listings 214`.)
      // (Nor a line that opens with a year and a key the other revision names: the next season's row, `2019 champion
      // Alberta`.)
      if (u.line !== units[last].line + 1 || !isLoose(u) || !goesOn || parseField(u.text) || keyAndFigure(text, keys) || yearKeyLine(text, keys)) break;
      more.push(last + 1);
      values.push(text);
      last++;
    }
    if (more.length) fields.set(i, { ...f, continuation: { units: more, values } });
    return last;
  };
  /** A unit's field, taken with the lines that go on with it; the index to go on from. */
  const take = (i: number, f: Field): number => {
    // ASIDE_LINE: a parenthesis alone on the line right under a field whose value has none (`Most successfulPerth
    // Scorchers` over `(3 titles)`) is that value's aside, which a dump broke onto a line of its own.
    const last = Math.max(i, ...(f.valueUnits ?? []));
    const next = units[last + 1];
    if (next && next.line === units[last].line + 1 && isLoose(next) && ASIDE_LINE.test(next.text.trim()) && !/[()]/.test(f.value)) {
      f = { ...f, value: `${f.value} ${next.text.trim()}`, valueUnits: [...(f.valueUnits ?? []), last + 1] };
    }
    fields.set(i, f);
    return continued(i, f);
  };
  /** The field of a unit's line split at `at` into key and value, if it makes one, taken as `take` does. */
  const splitAt = (i: number, at: number): number => {
    const f = field(units[i].text.slice(0, at), units[i].text.slice(at));
    return f ? take(i, f) : i;
  };
  const seasonField = (text: string): Field => ({ key: 'Season', value: seasonText(text), norm: 'season' });
  /**
   * HEADED_ROWS: a heading alone on its line (`Banknotes`), then the lines under it that open with a label the other
   * revision names only with the heading before it (`Freq. used 20 kr, 50 kr` for its `Banknotes freq. used`): each
   * such line is that field, the heading its key's first words and no field of its own. The last index taken, or 0.
   */
  const headedRows = (i: number, line: string): number => {
    // DATED_HEADING_ROWS: a heading with the year its rows are for (`GDP (PPP) 2013 estimate`, `Population (2010)`)
    // heads them too; the heading stays a field of its own (its key, its year).
    const dated = HEADING_YEAR.exec(line);
    const heading = dated ? dated[1] : line;
    if (!keys.size || /[\p{N}|:]/u.test(heading) || heading.split(/\s+/).length > KEY_WORDS) return 0;
    const head = normalKey(heading);
    if (!head || !otherHeaded(head)) return 0;
    const unitless = unitlessKeysOf(keys);
    // HEADING_ASIDE: a parenthesis alone under the heading (`Population` over `(2010)`) dates its rows; not a row.
    const aside = units[i + 1];
    const start = aside?.kind === 'caption' && aside.line === units[i].line + 1 && ASIDE_LINE.test(aside.text.trim()) ? i + 1 : i;
    let last = start;
    while (last + 1 < units.length && units[last + 1].kind === 'caption' && units[last + 1].line === units[last].line + 1) {
      const text = units[last + 1].text;
      // (A row's key glued to its figure, `• Total131,346`, is its letters.)
      const words = lineWords(text.replace(/(\p{L})(?=\p{N})/gu, '$1 '));
      let n = Math.min(KEY_WORDS, words.length - 1);
      // (The other revision's key may end with its value's unit: `Area Total Sq Mi` for `Area`, `• Total`.)
      while (n > 0 && !(words.slice(0, n).every((w) => /^\p{L}+$/u.test(w)) && unitless.has(pairingKey(`${head} ${words.slice(0, n).join(' ')}`)))) n--;
      if (!n) break;
      const end = keyEnd(text, n);
      const f = field(`${heading} ${text.slice(0, end).replace(/^[\s•·–-]+/, '').trim()}`, text.slice(end).replace(/^[\s.:]+/, ''));
      if (!f) break;
      fields.set(last + 1, f);
      last++;
    }
    if (last > start && dated) {
      const own = field(heading, line.slice(heading.length));
      if (own) fields.set(i, own);
    }
    return last > start ? last : 0;
  };
  /**
   * CELL_ROW: a table dump's row a mirror broke over lines: the key's cell alone on its line (`Born |`; at most
   * KEY_WORDS words, no figure), then the value's cell on the lines under it, up to the first that closes the cell
   * (`Rutherford, New Jersey, U.S. |`; at most CELL_ROW_LINES lines, none another key's cell). The last index taken, or 0.
   */
  const cellRow = (i: number): number => {
    const key = CELL_KEY.exec(units[i].text);
    // (Not a heading over several rows' labels, `Population - Total - Catholics |`.)
    if (!key || key[1].split(/\s+/).length > KEY_WORDS || / - /.test(key[1])) return 0;
    for (let j = i + 1; j <= i + CELL_ROW_LINES && j < units.length; j++) {
      const x = units[j];
      if (x.kind !== 'caption' || x.line !== units[j - 1].line + 1 || CELL_KEY.test(x.text) || x.text.includes('|') !== /\S\s*\|\s*$/.test(x.text) || (x.text.match(/\|/g) ?? []).length > 1) return 0;
      if (!x.text.includes('|')) continue;
      const f = field(key[1], units.slice(i + 1, j + 1).map((y) => y.text.trim()).join(' '));
      if (!f) return 0;
      fields.set(i, { ...f, valueUnits: Array.from({ length: j - i }, (_, k) => i + 1 + k) });
      return j;
    }
    return 0;
  };
  /**
   * A dashed row's label and value (DASH_SUB_ROW), or null. (A page reader may have taken the dashed lines for a list's
   * items, the dash gone: ` - elevation …` is the item `elevation …`, in a rendered page only.)
   */
  const subRow = (x: Unit) =>
    x.kind === 'caption' ? SUB_ROW_LINE.exec(x.text) : x.kind === 'item' && rev.revision.format === 'rendered' ? SUB_ROW_ITEM.exec(x.text) : null;
  /**
   * DASH_SUB_ROW: a geographic box's row under the row it details, a dash and one lower-case label before its value
   * (`Source La Poudre Pass` over ` - elevation 10,184 ft (3,104 m)`; `Discharge for mouth …` over ` - average 22,500
   * cu ft/s`): that row's field, keyed by the first word of the row it details and its own label (`Source elevation`).
   */
  const dashSubRow = (i: number): Field | undefined => {
    const m = subRow(units[i]);
    if (!m) return undefined;
    let j = i - 1;
    while (j >= 0 && units[j].line === units[j + 1].line - 1 && subRow(units[j])) j--;
    if (j < 0 || units[j].kind !== 'caption' || units[j].line !== units[j + 1].line - 1) return undefined;
    const head = /^\s*(\p{Lu}\p{Ll}{2,})\b/u.exec(units[j].text);
    return head ? field(`${head[1]} ${m[1]}`, m[2]) : undefined;
  };
  /**
   * HEADING_TOTAL: a box's heading with no value of its own (`Population (2016) | |`, `Population`), the year its rows
   * are for or none, over its `Total` row (`• Total | 1,346,876 |`): where the other revision names the heading as a
   * key and no `Total`, the two lines are that key's field (`Population: 3,065,628`). The last index taken, or 0.
   */
  const headingTotal = (i: number): number => {
    const next = units[i + 1];
    if (!keys.size || keys.has('total') || next?.kind !== 'caption' || next.line !== units[i].line + 1) return 0;
    const line = withoutMarkers(units[i].text).replace(/(?:\s*\|)+\s*$/, '').trim();
    // (The date its rows are for may be a day: `Population (1 January 2024)`.)
    const heading = HEADING_YEAR.exec(line)?.[1] ?? line.replace(/\s*\([^()]*\b(?:1[5-9]|20)\d\d\)$/, '');
    if (!heading || /[\p{N}|:]/u.test(heading) || !keys.has(normalKey(heading))) return 0;
    const row = TOTAL_ROW.exec(withoutMarkers(next.text));
    const f = row && field(heading, row[1]);
    if (!f) return 0;
    fields.set(i, { ...f, valueUnits: [i + 1] });
    return i + 1;
  };
  /** A caption or a field's unit on the given line (CITED_ROW's box line above or below). */
  const boxLine = (x: Unit | undefined, line: number) => x !== undefined && x.line === line && (x.kind === 'caption' || fields.has(x.index));
  /** Does the other revision name keys that open with this heading and go on (`banknotes freq used`)? */
  const otherHeaded = (head: string) => [...keys].some((k) => k.startsWith(`${head} `));
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'infobox') {
      if (seasons && isSeasonLine(u.text)) {
        fields.set(i, seasonField(u.text));
        continue;
      }
      const colon = COLON.exec(u.text);
      const f = colon && field(colon[1], colon[2]);
      if (f) fields.set(i, f);
      continue;
    }
    // A dump's loose lines are captions; a field line that ends like a sentence (`…(1900-02-27)`) is prose.
    // (Two glued columns make a long line: a line alone in its block of a page dump, whatever its length.)
    const alone = u.kind === 'caption' || (u.kind === 'sentence' && rev.blocks[u.block].units.length === 1 && rev.revision.format === 'rendered');
    const labelled = alone ? twoLabelledColumns(u.text, keys) : undefined;
    if (labelled) {
      fields.set(i, labelled);
      continue;
    }
    const sub = dashSubRow(i);
    if (sub) {
      fields.set(i, sub);
      continue;
    }
    if (!isLoose(u)) continue;
    if (seasons && u.kind === 'caption' && isSeasonLine(u.text)) {
      fields.set(i, seasonField(u.text));
      continue;
    }
    const next = units[i + 1];
    const keyOnly = u.text.replace(/\s*\|\s*$/, '').trim();
    const headed = u.kind === 'caption' ? headedRows(i, keyOnly) : 0;
    if (headed) {
      i = headed;
      continue;
    }
    const cell = u.kind === 'caption' ? cellRow(i) : 0;
    if (cell) {
      i = cell;
      continue;
    }
    const total = u.kind === 'caption' ? headingTotal(i) : 0;
    if (total) {
      i = total;
      continue;
    }
    // The value on the next line: a bare figure, or any line under a key the other revision names (`Stable release`).
    // Or a figure with its words (`178 member states[1]`), not a sentence: a count under its key.
    const figure = withoutMarkers(next?.text ?? '');
    // (Not under a line that holds its own value: `HeadquartersLausanne, Switzerland` over a keyless figure line.)
    // (Nor under a line that opens with a key the other revision names and goes on with a capitalised value: `Principal
    // venue Markova House` over `39 Jay Mews` is the key, its value and the value's next line, KEY_THEN_VALUE.)
    const keyFirst = () => {
      const ownWords = lineWords(keyOnly);
      const n = leadingKey(ownWords, keys, ownWords.length - 1);
      return n > 0 && /^\s+\p{Lu}/u.test(keyOnly.slice(keyEnd(keyOnly, n)));
    };
    const countUnder = isFigureLine(figure) && !parseField(figure) && !keyOnly.includes('|') && !figure.includes('|') && !GLUED.test(keyOnly) && !keyFirst();
    // Not a line that opens with another key the other revision names and a figure (`Academic staff` over `Students
    // 23,195 (2016)`: a key whose value the dump lost, over the next field).
    // KEY_OVER_KEY: nor a key the other revision names, alone on its line over its value and the next key
    // (`Official language` over `Managing Director`, `A. Name`, `Main organ`): the first key's value was lost. (Two keys
    // over two values are two columns a dump drew one under the other: `NHL team`, `Former teams`, then their values.)
    const keyLine = (x: Unit | undefined) => x !== undefined && keys.has(normalKey(x.text));
    const keyUnder = keyLine(next) && units[i + 2]?.kind === 'caption' && units[i + 2].line === next!.line + 1 && !keyLine(units[i + 2]) && (units[i + 3] === undefined || keyLine(units[i + 3]));
    // NEXT_KEY: nor a line that opens with a key the other revision names (`Area served` over `Owner Duke Street
    // Capital`), nor a label both revisions draw alone on a line (`Key people`): the value of the line above was lost.
    const valueNext = !keyUnder && !EMPTY_ROW.test(next?.text ?? '') && (BARE_VALUE.test(next?.text.trim() ?? '') || countUnder || (keys.has(normalKey(keyOnly)) && !parseField(next?.text ?? '') && !keyAndFigure(next?.text ?? '', keys) && !opensWithKey(next?.text ?? '', keys) && !labels?.has(drawnLabel(next?.text ?? ''))));
    // TWO_STACKED: two known keys over two values, four lines in a row (`Seat`, `Chair`, `Old Customs House`, `Anna
    // Berg`), then a known key or nothing: two columns a dump drew one under the other, each key over its value.
    const run = [u, ...units.slice(i + 1, i + 4)];
    const stacked = run.length === 4 && run.every((x, k) => x.kind === 'caption' && (k === 0 || x.line === run[k - 1].line + 1)) && !/\p{N}/u.test(keyOnly + next!.text) && !parseField(u.text) && !parseField(next!.text) && keys.has(normalKey(keyOnly)) && keyLine(next) && !keyLine(run[2]) && !keyLine(run[3]) && !opensWithKey(run[2].text, keys) && !opensWithKey(run[3].text, keys) && !parseField(run[2].text) && !parseField(run[3].text) && [run[2], run[3]].every((x) => !FIGURE_LABEL.test(withoutMarkers(x.text)) && !ASIDE_LINE.test(withoutMarkers(x.text).trim()));
    const after = units[i + 4];
    if (stacked && (after === undefined || after.line > run[3].line + 1 || keyLine(after) || opensWithKey(after.text, keys) || parseField(after.text) !== undefined)) {
      const [f, g] = [field(keyOnly, run[2].text), field(next!.text.trim(), run[3].text)];
      if (f && g) {
        fields.set(i, { ...f, valueUnits: [i + 2] });
        fields.set(i + 1, { ...g, valueUnits: [i + 3] });
        i += 3;
        continue;
      }
    }
    // A line of names apart by commas (`Fayette, New York, U.S.`) is a value whose key the dump lost, not a key.
    const namesLine = /,\s+\p{Lu}/u.test(keyOnly) && !keys.has(normalKey(keyOnly));
    if (next?.kind === 'caption' && next.line === u.line + 1 && valueNext && !namesLine && !/\p{N}/u.test(keyOnly)) {
      // LOST_HEAD_KEY: a key that ends with a comma (`Headquarters,` over `China`) lost its value's head (a city, a
      // link), the rest going on below: the value keeps the comma it follows, so it compares as a lost head does.
      const f = field(keyOnly.replace(/,$/, ''), /,$/.test(keyOnly) ? `, ${next.text.trim()}` : next.text);
      if (f) {
        i = take(i, { ...f, valueUnits: [i + 1] });
        continue;
      }
    }
    // SPLIT_KEY: a key the other revision names that a dump broke over two lines (`RATS` over `Executive Committee
    // Director`, then `Ruslan Mirzaev`): the two lines are the key, the next its value.
    const second = units[i + 1];
    if (u.kind === 'caption' && second?.kind === 'caption' && second.line === u.line + 1 && !keys.has(normalKey(keyOnly)) && !/\p{N}/u.test(keyOnly + second.text)) {
      const joined = `${keyOnly} ${second.text.trim()}`;
      const split = keys.has(normalKey(joined)) && joined.split(/\s+/).length <= KEY_WORDS ? keyAboveValue(rev, i + 1, joined, keys) : undefined;
      if (split) {
        fields.set(i, { ...split, valueUnits: [i + 1, ...split.valueUnits!] });
        i = Math.max(...split.valueUnits!);
        continue;
      }
    }
    const above = u.kind === 'caption' ? keyAboveValue(rev, i, keyOnly, keys, labels) : undefined;
    if (above) {
      fields.set(i, above);
      i = Math.max(...above.valueUnits!);
      continue;
    }
    const own = parseField(u.text);
    // CITED_ROW: a box row the page reader took for a sentence because it cites (`Employees 34,830 (2008)[1]`), on the
    // line right under or over another box line, that opens with a key the other revision names and a value (a
    // capital, a figure, a currency sign): that key's field.
    const citedRow = () => {
      if (!(boxLine(units[i - 1], u.line - 1) || boxLine(next, u.line + 1))) return false;
      const lead = lineWords(u.text);
      const k = leadingKey(lead, keys, lead.length - 1);
      return k > 0 && /^\s+[\p{Lu}\p{N}\p{Sc}]/u.test(u.text.slice(keyEnd(u.text, k)));
    };
    if (u.kind === 'sentence' && !(own && (u.text.includes('|') || GLUED.test(u.text.trim()) || own.key.split(/\s+/).length <= 3)) && !citedRow()) continue;
    const words = lineWords(u.text);
    // YEAR_KEY, spaced: a key the other revision names after the season's year that opens the line (`2019 champion
    // Alberta`): the year is the key's (normalKey drops it), not a value before it.
    const found = leadingKey(words, keys, words.length - 1) || yearKeyLine(u.text, keys, words) || commonKey(u.text, words);
    // COMPOUND_VALUE: a second key word that a hyphen or a dash joins to the next (`Type Mayor–Council`) opens the
    // value, a compound, not the key.
    const n = found > 1 && /^[-–]\p{L}/u.test(u.text.slice(keyEnd(u.text, found))) ? found - 1 : found;
    // Where a glued known key ends, worked out once and only where asked.
    let gluedAt: number | undefined;
    const glued = () => (gluedAt ??= gluedKeyEnd(u.text, keys));
    // A line that separates its key itself (a table cell, a colon, a glued key) says where its key ends; the other
    // revision's keys only split a line that does not (`Salary £143,911`).
    // A key glued to a value that holds a colon (`MottoLatin: Dominus illuminatio mea`) ends where the key the other
    // revision names does, not at the colon.
    // So does a known key a space or a hyphen leaves in place (`Frequent-flyer program EuroBonus`, not `… Euro` and
    // `Bonus` at the capital inside the value).
    const exactly = own !== undefined && pairingKeysOf(keys).has(pairingKey(own.norm));
    // (Only where the glued split fell inside a capitalised word of the value: `… program Euro` + `Bonus`.)
    const knownLead = own && !exactly && GLUED.test(u.text.trim()) && /\s\p{Lu}\p{Ll}*$/u.test(own.key) ? n : 0;
    const leadEnd = knownLead && /^\s+\p{Lu}/u.test(u.text.slice(keyEnd(u.text, knownLead))) ? keyEnd(u.text, knownLead) : 0;
    const gluedFirst = (own && !knownKey(own.norm, keys) ? glued() : 0) || leadEnd;
    if (own && !(gluedFirst && gluedFirst < own.key.length)) {
      i = take(i, own);
      continue;
    }
    if (glued()) {
      i = splitAt(i, glued());
      continue;
    }
    // A key's value does not go on with a small word (`Prime Minister of Sweden` is a title, not `Prime Minister`),
    // nor with a lower-case word that the other revision writes after the key itself (`Current champions Malmö FF`
    // where it too has `Current champions …`: a longer label, not `Current` and its value).
    // QUALIFIED_VALUE: a lower-case word before a figure qualifies the value, no longer key (`Size c. 7,700 men`, `Staff
    // about 500`).
    const longer = n > 0 && /^\s*\p{Ll}/u.test(u.text.slice(keyEnd(u.text, n))) && !/^\s*\p{Ll}+\.?\s*[\p{N}\p{Sc}]/u.test(u.text.slice(keyEnd(u.text, n))) && other !== undefined && opensALine(other, words.slice(0, n + 1).join(' '));
    // A key the rendered page extends with a lower-case word, alone on its line over its value (`Production output`
    // over its bullet lines, a source's `production`): the field under the key the other revision names.
    if (n && !longer && u.kind === 'caption' && /^\s*\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u.test(u.text.slice(keyEnd(u.text, n)))) {
      const head = keyAboveValue(rev, i, u.text.slice(0, keyEnd(u.text, n)).trim(), keys);
      if (head) {
        fields.set(i, { ...head, key: u.text.trim() });
        i = Math.max(...head.valueUnits!);
        continue;
      }
    }
    // SUBJECT_IN_KEY: a known key that names the article's own subject after `of` (`Mayor of Addis Ababa Diriba Kuma`
    // where the other revision has `Mayor`): the key, the subject's name, then the value.
    const ofSubject = n ? subjectAfter(u.text.slice(keyEnd(u.text, n)), rev.revision.title) : 0;
    const afterSubject = u.text.slice(keyEnd(u.text, n) + ofSubject);
    const keyed = ofSubject && /^\s*[\p{Lu}\p{N}\p{Sc}]/u.test(afterSubject) ? field(u.text.slice(0, keyEnd(u.text, n)), afterSubject) : undefined;
    if (keyed) {
      i = take(i, keyed);
      continue;
    }
    if (n && !longer && !/^\s*(?:of|for|to|in|and|the|at|on)\b/.test(u.text.slice(keyEnd(u.text, n)))) {
      // SUB_ROW: the key of the line right above again, then a word and a figure (`Ground Türk Telekom Arena` over
      // `Ground Capacity 52,652`): a row of that field's own, keyed by both words, not a second value of the key.
      const previous = fields.get(i - 1);
      const sub = previous && pairingKey(previous.norm) === pairingKey(normalKey(u.text.slice(0, keyEnd(u.text, n)))) ? /^\s+\p{Lu}\p{Ll}+(?=\s+[\p{N}\p{Sc}])/u.exec(u.text.slice(keyEnd(u.text, n))) : null;
      i = splitAt(i, keyEnd(u.text, n) + (sub ? sub[0].length : 0));
      continue;
    }
    // NEAR_KEY: a rendered label that is a source's key with a word before it or a longer form of it, followed by a
    // figure (`Total length 7,845 metres` for `length`, `Daily traffic ca. 19,000` for `traffic`, `Opened 1 July
    // 2000` for `open`): the label and its value, paired by KEY_EXTENSION or KEY_ABBREVIATION.
    const near = u.kind === 'caption' ? nearKeyEnd(u.text, words, keys) : 0;
    if (near) {
      i = splitAt(i, near);
      continue;
    }
    // FIGURE_LABEL: inside a dump's run of fields (the line above a field), a short label and a figure (`Width 23.5
    // metres (77.1 ft)`, `Destinations 153`) is a field, though the other revision names no such key.
    const label = FIGURE_LABEL.exec(withoutMarkers(u.text));
    const prior = units[i - 1];
    if (label && u.kind === 'caption' && prior && prior.line === u.line - 1 && fieldUnitIndices(fields).has(prior.index)) {
      const f = field(label[1], label[2]);
      if (f) fields.set(i, f);
    }
  }
  incumbent(rev, fields, keys, isLoose);
  labelledParameters(fields);
  seasonPosition(fields);
  qualifierParameters(fields);
  return fields;
}

/**
 * QUALIFIER_PARAMETER: a page source's parameter that dates another (`Membership Year: 2023` beside `Membership:
 * 30,426`) is part of that field, as the rendered box shows it (`Membership 30,426 (2023)`).
 */
function qualifierParameters(fields: Map<number, Field>): void {
  const byNorm = new Map([...fields].map(([i, f]) => [f.norm, i]));
  for (const [i, f] of fields) {
    const base = /^(.+) (?:year|date|as of)$/.exec(f.norm)?.[1];
    const j = base === undefined ? undefined : byNorm.get(base);
    const target = j === undefined ? undefined : fields.get(j);
    if (!/\d/.test(f.value) || fields.get(i) !== f) continue;
    if (!target) {
      // QUALIFIER_ALONE: the date of a field the export lost (`Revenue Year: 2023`, no `Revenue`) states nothing.
      if (base !== undefined && /^\s*(?:1[5-9]|20)\d\d\s*$/.test(f.value)) fields.set(i, { ...f, noStatement: true });
      continue;
    }
    fields.set(j!, { ...target, value: `${target.value} (${f.value})`, valueUnits: [...(target.valueUnits ?? []), i] });
    fields.delete(i);
  }
}

/**
 * A page source's `season` and the `position` right after it are the one SEASON_LINE a rendered club infobox shows
 * (`Season: 2025`, `Position: Allsvenskan, 7th of 16` is `2025 Allsvenskan, 7th of 16`): one field.
 */
function seasonPosition(fields: Map<number, Field>): void {
  for (const [i, f] of fields) {
    const next = fields.get(i + 1);
    if (f.norm !== 'season' || next?.norm !== 'position' || f.valueUnits) continue;
    fields.set(i, { ...f, value: `${f.value}; ${next.value}`, valueUnits: [i + 1] });
    fields.delete(i + 1);
  }
}

/**
 * LABELLED_PARAMETER: a template's numbered field and the label it is shown under, two parameters of a page source
 * (`Leader3 Title: Parliamentary group leader`, `Leader3 Name: Mattias Karlsson`; `Seats1 Title: Riksdag`, `Seats1:
 * 70 / 349`), are the one field a rendered page shows (`Parliamentary group leader Mattias Karlsson`): the value's
 * parameter takes the label for its key.
 */
function labelledParameters(fields: Map<number, Field>): void {
  const byKey = new Map([...fields].map(([i, f]) => [f.key.toLowerCase().replace(/[\s_]+/g, ''), i]));
  for (const [t, f] of fields) {
    if (!LABEL_KEY.test(pairingKey(f.norm)) || !isLayoutField(f)) continue;
    // (Its number before `Title` or after it: `Leader3 Title`, `Leader Title1` over `Leader Name1`.)
    const [, prefix, number] = /^(.*?)title(\d*)$/.exec(f.key.toLowerCase().replace(/[\s_]+/g, '')) ?? ['', '', ''];
    // A numbered label (`Seats1 Title`) labels its number's value; an unnumbered one only a `…name` beside it
    // (`Leader Title: President` over `Leader Name: Cecilia Rouse`).
    const i = number ? byKey.get(`${prefix}name${number}`) : /\d$/.test(prefix) ? (byKey.get(`${prefix}name`) ?? byKey.get(prefix)) : byKey.get(`${prefix}name`);
    const value = i === undefined ? undefined : fields.get(i);
    const norm = normalKey(f.value);
    // The label's line is the field's too: reported with it, where it is reported.
    if (value && norm) fields.set(i!, { ...value, key: f.value.trim(), norm, label: t });
  }
  // TYPE_PARAMETER: a parameter naming the label of another (`Subdivision Type: Country` beside `Subdivision Name:
  // Sweden`, `Membership Type: Judges from` beside `Membership: 21 nations`) is that field's key as a page shows it
  // (`Country Sweden`, `Judges from 21 nations`), where that field is there; the label itself is layout.
  for (const [t, f] of [...fields]) {
    // (Or `…Label`: `Head Label: Director` beside `Head: Matthew Hurles` is `Director Matthew Hurles`.)
    const m = /^(.*?)(?:type|label)(\d*)$/.exec(f.key.toLowerCase().replace(/[\s_]+/g, ''));
    if (!m || !m[1] || /\d/.test(f.value) || f.value.trim().split(/\s+/).length > KEY_WORDS || !normalKey(f.value)) continue;
    const i = byKey.get(`${m[1]}name${m[2]}`) ?? byKey.get(`${m[1]}${m[2]}`);
    const value = i === undefined || i === t ? undefined : fields.get(i);
    if (!value || value.label !== undefined) continue;
    fields.set(i!, { ...value, key: f.value.trim(), norm: normalKey(f.value), label: t });
    fields.set(t, { ...f, noStatement: true });
  }
  // NAMED_PARAMETER: a numbered parameter that holds a name (`Title1: Indian Premier League`) names the key of the
  // parameters that extend it (`Title1Wins: 5 (2013, …)`), as a rendered page shows them: `Indian Premier League wins`.
  const compact = (f: Field) => f.key.toLowerCase().replace(/[\s_]+/g, '');
  for (const [t, f] of fields) {
    const k = compact(f);
    if (!/^[a-z]+\d+$/.test(k) || /\d/.test(f.value) || f.value.trim().split(/\s+/).length > KEY_WORDS) continue;
    for (const [i, g] of fields) {
      const suffix = compact(g).startsWith(k) ? compact(g).slice(k.length) : '';
      if (i === t || !/^[a-z]{3,}$/.test(suffix)) continue;
      const key = `${f.value.trim()} ${suffix}`;
      fields.set(i, { ...g, key, norm: normalKey(key), label: t });
      fields.set(t, { ...fields.get(t)!, noStatement: true });
    }
  }
}

/** `since 4 November 2015`: the line a rendered office-holder infobox puts under its incumbent's name. */
const SINCE = /^since\s+(\S.*)$/i;

/**
 * INCUMBENT: a rendered office-holder infobox shows the holder's name over `since <date>`, where a page's source has
 * the fields `incumbent` and `incumbentsince`. The `since` line is that date field; the short line right above it is
 * the holder, when the other revision names an `incumbent` field (else a picture's label may stand there).
 */
function incumbent(rev: RevisionUnits, fields: Map<number, Field>, keys: ReadonlySet<string>, isLoose: (u: Unit) => boolean): void {
  const taken = fieldUnitIndices(fields);
  for (const u of rev.units) {
    const since = SINCE.exec(u.text.trim());
    if (!since || taken.has(u.index) || !isLoose(u) || !extractDates(since[1]).length) continue;
    fields.set(u.index, { key: 'Incumbent since', value: since[1], norm: 'incumbent since' });
    const above = rev.units[u.index - 1];
    const name = above?.text.trim() ?? '';
    if (!above || taken.has(above.index) || !isLoose(above) || above.line < u.line - 2 || !keys.has('incumbent')) continue;
    if (/\p{N}/u.test(name) || name.split(/\s+/).length > KEY_WORDS || /[.:;,]$/.test(name)) continue;
    fields.set(above.index, { key: 'Incumbent', value: name, norm: 'incumbent' });
  }
}

/**
 * KEY_ABOVE_VALUE: a key the other revision names, alone on its line, over its value one blank line below or over a
 * list (a rendered infobox: `Key people`, then `• A (chairman)` and `• B (president)`): the field's value is that
 * line, or the whole list. A key over another key (a value the dump lost) or over a field line is no field.
 */
function keyAboveValue(rev: RevisionUnits, i: number, keyOnly: string, keys: ReadonlySet<string>, labels?: ReadonlySet<string>): Field | undefined {
  const next = rev.units[i + 1];
  if (!next || next.line > rev.units[i].line + 2 || /\p{N}/u.test(keyOnly) || /[.!?:;,]$/.test(keyOnly)) return undefined;
  if (keyOnly.split(/\s+/).length > KEY_WORDS || !knownKey(normalKey(keyOnly), keys)) return undefined;
  // A key's words after its first are lower case (`Key people`, `Total assets`): `Current champions HJK` is a key and its value.
  if (!keys.has(normalKey(keyOnly)) && /^\S+\s.*\p{Lu}/u.test(keyOnly)) return undefined;
  // Nor is a key glued to its value (`PlatformCross-platform`).
  if (GLUED.test(keyOnly) || gluedKeyEnd(keyOnly, keys)) return undefined;
  const block = rev.blocks[next.block];
  const units = block.kind === 'list' && block.units[0] === next.index ? block.units : bulletRun(rev, next.index);
  const loose = (u: Unit) => u.kind === 'item' || u.kind === 'caption' || (u.kind === 'sentence' && rev.blocks[u.block].units.length === 1 && u.text.split(/\s+/).length <= FIELD_WORDS);
  if (!units.every((n) => loose(rev.units[n]))) return undefined;
  if (units.length === 1 && (parseField(next.text) || opensWithKey(next.text, keys) || EMPTY_ROW.test(next.text) || labels?.has(drawnLabel(next.text)))) return undefined;
  const f = field(keyOnly, units.map((n) => rev.units[n].text.trim().replace(TEXT_BULLET, '')).join('; '));
  return f && { ...f, valueUnits: units };
}

/**
 * EMPTY_ROW: a table row of one cell and an empty one after it (`Unitary authority | |`) is a row whose value a dump
 * lost, never the value of the row above (a value on its own line has one bar: `Truro |`).
 */
/** A line as a label both revisions draw alone on its line is written (SHARED_LABEL): lower case, no colon. */
const drawnLabel = (text: string) => text.trim().replace(/:$/, '').toLowerCase();

const EMPTY_ROW = /^\s*[^|]*[^|\s][^|]*\|\s*\|\s*$/;

/** A bullet drawn as text (`• TYO: 7203`) where a dump kept an infobox list's lines as labels. */
const TEXT_BULLET = /^[•·▪◦]\s/;

/** The unit, or the run of bullet lines that starts there, one per line: a rendered infobox's list value. */
function bulletRun(rev: RevisionUnits, first: number): number[] {
  const run = [first];
  if (!TEXT_BULLET.test(rev.units[first].text.trim())) return run;
  for (let i = first + 1; i < rev.units.length && rev.units[i].line === rev.units[i - 1].line + 1 && TEXT_BULLET.test(rev.units[i].text.trim()); i++) run.push(i);
  return run;
}

const pairingKeys = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The pairing keys of a set of keys, made once per set (the other revision's keys are asked about line after line). */
function pairingKeysOf(keys: ReadonlySet<string>): Set<string> {
  let joined = pairingKeys.get(keys);
  if (!joined) pairingKeys.set(keys, (joined = new Set([...keys].map(pairingKey))));
  return joined;
}
const countKeys = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The pairing keys of a set of keys, each count's key with its count written one way (COUNT_PREFIX), made once per set. */
function countKeysOf(keys: ReadonlySet<string>): Set<string> {
  let made = countKeys.get(keys);
  if (!made) countKeys.set(keys, (made = new Set([...pairingKeysOf(keys)].filter((k) => COUNT_PREFIX.test(k)).map(countKey))));
  return made;
}
/** COUNT_PREFIX: how a count's key opens (`No. of`, `Number of`, `Num`, as pairingKey writes them), before its noun. */
const COUNT_PREFIX = /^(?:numberof|numof|noof|nrof|num|nr)(?=\p{L}{3})/u;
/** A count's pairing key with its count written one way: `noofepisodes`, `numepisodes` are `num episodes`. */
const countKey = (key: string): string => key.replace(COUNT_PREFIX, 'num ');
const unitlessKeys = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The pairing keys of a set of keys and of each without the unit it ends with (HEADING_ASIDE), made once per set. */
function unitlessKeysOf(keys: ReadonlySet<string>): Set<string> {
  let joined = unitlessKeys.get(keys);
  if (!joined) unitlessKeys.set(keys, (joined = new Set([...pairingKeysOf(keys), ...[...keys].map((k) => pairingKey(unitlessKey(k)))])));
  return joined;
}

/** How many of the first words (at most KEY_WORDS, and at most `most`) are a key the other revision names; 0 for none. */
function leadingKey(words: readonly string[], keys: ReadonlySet<string>, most: number): number {
  // Keys compare without spaces (`Term length 4 years` opens with a source's `termlength`), a count's key however its
  // count is written (`No. of episodes 600+` for a source's `Num Episodes`: COUNT_PREFIX).
  const joined = pairingKeysOf(keys);
  const counts = countKeysOf(keys);
  // (A key's words as pairingKey writes them, in American spelling: `Minister of Defence` is `ministerofdefense`.)
  const spelled = words.slice(0, Math.min(KEY_WORDS, most) + 1).map(americanSpelling);
  for (let n = Math.min(KEY_WORDS, most); n >= 1; n--) {
    const candidate = spelled.slice(0, n).join('');
    if (!joined.has(candidate) && !(COUNT_PREFIX.test(candidate) && counts.has(countKey(candidate)))) continue;
    // Two keys in a row are one key and its head (`Ground Capacity 50,000`: a source's `ground` and `capacity`); but a
    // head's title with words after it is the holder's title before the name (`Chancellor President Tony Tan`).
    // (Where the first key names a post too: `City mayor Sam Katz` is the city's mayor, a key of two words, `CITY_POST`.)
    const headRole = (w: string) => HEAD_ROLES.some((names) => names.includes(w));
    const post = (w: string) => headRole(w) || /(?:chancellor|president|chair\p{L}*|director\p{L}*|governor|mayor|rector|principal|dean|minister|leader|head|secretary\p{L}*|patron|visitor)$/u.test(w);
    const title = headRole(words[n] ?? '') && words[n + 1] !== undefined && post(words.slice(0, n).join(''));
    if (n < most && joined.has(spelled[n] ?? '') && n + 1 <= KEY_WORDS && !title) return n + 1;
    return n;
  }
  return 0;
}

/**
 * YEAR_KEY, spaced: a line that opens with a season's year and then a key the other revision names (`2019 champion
 * Alberta`): the year is the key's (normalKey drops it). The key's words after the year, or 0. (`words`: the line's
 * lineWords, where the caller has them.)
 */
function yearKeyLine(text: string, keys: ReadonlySet<string>, words?: readonly string[]): number {
  if (!/^\s*(?:1[89]|20)\d\d\s+\p{Ll}/u.test(text)) return 0;
  words ??= lineWords(text);
  return words.length > 2 ? leadingKey(words.slice(1), keys, words.length - 2) : 0;
}

const openings = new WeakMap<RevisionUnits, Set<string>>();
/** Does a unit of the revision open with these words (lower case, separated by single spaces)? */
function opensALine(rev: RevisionUnits, words: string): boolean {
  let set = openings.get(rev);
  if (!set) {
    set = new Set();
    for (const u of rev.units) {
      const all = u.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
      for (let k = 1; k <= Math.min(all.length, KEY_WORDS + 1); k++) set.add(all.slice(0, k).join(' '));
    }
    openings.set(rev, set);
  }
  return set.has(words);
}

/** A label of one to three words, the first capitalised, then a figure with at most a few words (FIGURE_LABEL). */
const FIGURE_LABEL = /^(\p{Lu}\p{Ll}+(?:\(s\))?(?: \p{Ll}+(?:\(s\))?){0,2}) ((?:ca\.? |c\. |about )?[\p{N}\p{Sc}][^!?;:]{0,40}?)(?<!\.)$/u;

/** After a label the NEAR_KEY rule takes, a figure: a number or an amount, perhaps after `ca.`, `c.` or `about`. */
const FIGURE_AFTER = /^\s*(?:(?:ca|c|approx|about|around)\.?\s+)?[\p{N}\p{Sc}]/u;

/** Where a NEAR_KEY label ends, or 0: one or two words, the last a known key or a longer form of one, then a figure. */
function nearKeyEnd(text: string, words: readonly string[], keys: ReadonlySet<string>): number {
  const joined = pairingKeysOf(keys);
  for (const n of [2, 1]) {
    if (words.length <= n || !/^\p{L}+$/u.test(words[n - 1]) || (n === 2 && !/^\p{L}+$/u.test(words[0]))) continue;
    const last = words[n - 1];
    // (One word: a longer form of a key, or the head a key ends with, `Capacity 114,000` for `Seating capacity`.)
    const known = n === 2 ? joined.has(last) : [...joined].some((k) => k.length >= 4 && last !== k && ((last.startsWith(k) && last.length - k.length <= 3) || (last.length >= 6 && k.endsWith(last))));
    if (!known) continue;
    const end = keyEnd(text, n);
    if (end && FIGURE_AFTER.test(text.slice(end))) return end;
    // NEAR_KEY_HOLDER: a post the other revision names with a word before it (`City Mayor A J M Nasir Uddin` for
    // `Mayor`), followed by a holder's name alone; not a deputy's post (`Vice President`, another office).
    if (end && n === 2 && !NOT_THE_POST.has(words[0]) && HOLDER_AFTER.test(text.slice(end))) return end;
    // NEAR_KEY_LIST: the key with a word before it (`Playing position` for `Position`), over a short list of
    // capitalised words (`Winger, Forward`): at most three entries of one or two words each.
    if (end && n === 2 && joined.has(last) && !NOT_THE_POST.has(words[0]) && WORD_LIST_AFTER.test(text.slice(end))) return end;
  }
  return 0;
}
/** A short list of capitalised words after a key (NEAR_KEY_LIST): `Winger, Forward`, `Midfielder`. */
const WORD_LIST_AFTER = /^\s+\p{Lu}\p{Ll}+(?: \p{Ll}+)?(?:,\s*\p{Lu}\p{Ll}+(?: \p{Ll}+)?){0,2}\s*(?:\[[^\]]*\]\s*)*$/u;
/** A holder's name alone after a key, a party or role in parentheses after it: `A J M Nasir Uddin`, `Anna Berg (Ap)`. */
const HOLDER_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}.'’-]*(?:\s*\([^()]*\))?\s*(?:\[[^\]]*\]\s*)*$/u;
/** Words before a post that make it another office: a deputy's, a former holder's. */
const NOT_THE_POST = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'former', 'first', 'inaugural', 'last']);

/** Does a line open with a key the other revision names and go on with a figure (`Students 23,195 (2016)`)? */
const KEYED_FIGURE = new RegExp(String.raw`^[\s:|]*(?:${TREND_WORDS}\s?)?(?:\p{Lu}{1,3}(?=\p{Sc}))?[\p{N}\p{Sc}]`, 'u');

function keyAndFigure(text: string, keys: ReadonlySet<string>): boolean {
  const n = openingKey(text, keys);
  // (The amount may open with its currency's letters, `US$2.53 billion`, or a trend arrow's words.)
  return n > 0 && KEYED_FIGURE.test(text.slice(keyEnd(text, n)));
}

/** How many of a line's first words are a key the other revision names (leadingKey over the line's key words). */
function openingKey(text: string, keys: ReadonlySet<string>): number {
  const words = normalKey(text).split(' ');
  return leadingKey(words, keys, words.length);
}

/** Does a line open with a key the other revision names (`Most championships HJK (31)`): the next field, not a value? */
function opensWithKey(text: string, keys: ReadonlySet<string>): boolean {
  return openingKey(text, keys) > 0;
}

/** Does the other revision name this key, as it is, abbreviated (KEY_ABBREVIATION) or with one word more or less (KEY_EXTENSION)? */
export function knownKey(norm: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(norm) || pairingKeysOf(keys).has(pairingKey(norm))) return true;
  for (const k of keys) if (abbreviates(norm, k) || extendsKey(norm, k)) return true;
  return false;
}

/**
 * GLUED_KNOWN_KEY: where a key the other revision names ends, glued by a dump to a value its own shape cannot split
 * (`OSCross-platform`, `Websitewww.example.org`): the key's letters, then a value that starts anew (a capital, a
 * figure, a currency sign or a web address). 0 when no such key opens the line.
 */
function gluedKeyEnd(text: string, keys: ReadonlySet<string>): number {
  let best = 0;
  // A row a dump drew under its heading with a text bullet (` • Deputy GovernorVacant`): the key starts after it;
  // and a count's key is the key of what it counts (`No. of listings5,439` for `Listings`: COUNT_OF_KEY).
  const lead = /^\s*(?:[•·▪◦]\s*)?(?:(?:No|Nr|Num|Number)\.?\s+of\s+(?=\p{L}))?/iu.exec(text)![0].length;
  // (Or the count's key as the other revision writes it, `No. of seasons4` for `No. of seasons`: its dot a space.)
  const bullet = /^\s*(?:[•·▪◦]\s*)?/u.exec(text)![0].length;
  for (const key of keys) {
    const letters = pairingKey(key);
    if (letters.length < 2) continue;
    for (const start of bullet === lead ? [lead] : [lead, bullet]) {
      let i = start;
      let j = 0;
      while (i < text.length && j < letters.length) {
        if (text[i].toLowerCase() === letters[j]) {
          i++;
          j++;
        } else if ((text[i] === ' ' || (text[i] === '.' && start === bullet)) && j > 0) i++;
        else break;
      }
      if (j < letters.length || i <= best) continue;
      const rest = text.slice(i);
      if (/^(?:[\p{Lu}\p{N}\p{Sc}]|www\.|https?:)/u.test(rest)) best = i;
    }
  }
  return best;
}

/** How far ` of <the article's title>` runs at the start of a text (its qualifier in parentheses aside), or 0. */
function subjectAfter(text: string, title: string): number {
  const subject = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!subject) return 0;
  const m = /^\s+of\s+(?:the\s+)?/i.exec(text);
  return m && text.slice(m[0].length).toLowerCase().startsWith(subject.toLowerCase()) ? m[0].length + subject.length : 0;
}

/** A line's words, lower case, without its parentheses and bracketed markers: what keys are looked for in. */
const lineWords = (text: string) => text.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');

/** Offset after the n-th word of a line (the end of a key that prefixes it). */
function keyEnd(text: string, n: number): number {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const last = words[n - 1];
  return last ? last.index + last[0].length : 0;
}

/** COMMON_KEY: how many of a line's first words are a common box label before a value that opens anew, or 0. */
function commonKey(text: string, words: readonly string[]): number {
  for (let n = Math.min(KEY_WORDS, words.length - 1); n >= 1; n--) {
    if (!COMMON_JOINED.has(words.slice(0, n).join(''))) continue;
    return /^\s+[\p{Lu}\p{N}\p{Sc}"“]/u.test(text.slice(keyEnd(text, n))) ? n : 0;
  }
  return 0;
}

/**
 * TAIL_JOINED: a page source's key of one word that ends with the other revision's key of six letters or more, after a
 * word of three or more (`sizepopulation` / `Population`, `unitcost` is not `Cost`'s: too short a key).
 */
const tailJoined = (x: string, y: string) => {
  const [joined, key] = [pairingKey(x), pairingKey(y)];
  return !x.includes(' ') && /^\p{L}+$/u.test(joined) && key.length >= 6 && joined.length - key.length >= 3 && joined.endsWith(key);
};
/** TOTAL_JOINED: `total` opening a page source's key of one word, before a key of four letters or more. */
const TOTAL_JOINED = /^total(?=\p{L}{4})/u;

/** EDITION_CHANGED: an ordinal in figures, then a name (`60th Filmfare Awards`). */
const EDITION = /^(\d+)(?:st|nd|rd|th)\s+(\p{Lu}.*)$/u;

/** ORDINAL_NAME: an ordinal that opens a name (`20th Century Fox`, `3rd Marine Division`) is part of the name, not a figure. */
const ORDINAL_NAME = /\b\d+(?:st|nd|rd|th)\s+(?=\p{Lu})/gu;

/** Every figure of a value, those in parentheses too. */
/** The figures of a text, an ordinal that opens a name aside (ORDINAL_NAME), in the article's language. */
const figuresIn = (text: string, language: string) =>
  [...text.replace(ORDINAL_NAME, ' ').matchAll(/\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g)].map((m) => parseAmount(m[0], language));
/** Every figure of a value, those in parentheses too (markers aside). */
export const allNumbers = (value: string, language: string) => figuresIn(value.replace(/\[[^\]]*\]/g, ' '), language);
/** A value's figures outside its parentheses (a conversion, a year) and markers. */
export const numbersOf = (value: string, language = 'en') => figuresIn(value.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '), language);

/** A number in words (SPELLED_COUNT_CHANGED looks for counts only where a value holds one). */
const SPELLED_NUMBER = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/i;

/** The counts of a noun a value states once outside its asides (SPELLED_COUNT_CHANGED). */
function nounCounts(value: string, language: string): ReturnType<typeof extractQuantities> {
  const v = value.replace(/\([^()]*\)/g, ' ');
  const counts = extractQuantities(v, extractDates(v), language).filter((q) => /^\p{L}{3,}$/u.test(q.value.unit) && isCount(measureOf(q.value.unit)));
  return counts.filter((q) => counts.filter((r) => r.value.unit === q.value.unit).length === 1);
}

/**
 * Does a field's value differ in fact (a number, a date, a named holder), not merely in form? `1985 (1985)` and
 * `28 November 1984` differ; `Increase 4.325 billion` and `4.325 billion` do not; `Jeremy Corbyn` and
 * `Keir Starmer` do.
 */
export function fieldValuesConflict(a: string, b: string, language = 'en'): boolean {
  if (yearsListGrew(a, b)) return true;
  const columns = columnPairs(a, b);
  if (columns) return columns.some(([x, y]) => fieldValuesConflict(x, y, language));
  const da = extractDates(a).map((d) => d.value);
  const db = extractDates(b).map((d) => d.value);
  // PRESENT_ENDED: a span that ran to the present (`16 October 2016 – present`) and now ends on a date, from the same
  // start (`16 October 2016 – 20 July 2017`): it ended, a changed state.
  // One span each: a list of spans (`A (1998–2015) B (2015–present)`) is not one thing that ended.
  const closed = (dates: typeof da) => dates.length === 2 || (dates.length === 1 && Boolean(dates[0].start && dates[0].end));
  const ended = (x: string, y: string, dx: typeof da, dy: typeof da) => RUNS_TO_PRESENT.test(x) && !RUNS_TO_PRESENT.test(y) && dx.length === 1 && closed(dy) && dy.some((e) => datesAgree(dx[0], e));
  if (ended(a, b, da, db) || ended(b, a, db, da)) return true;
  if (entryEnded(a, b) || entryEnded(b, a)) return true;
  if (entrySucceeded(a, b) || entrySucceeded(b, a)) return true;
  // NOT_YET_KNOWN: a value not yet decided (`TBD`, `To be announced`, `unknown`) against a date or a figure: it was
  // decided since, a changed state.
  const undecided = (v: string) => NOT_YET_KNOWN.test(withoutMarkers(v).trim());
  const stated = (v: string, dates: typeof da) => dates.length > 0 || figuresIn(v, language).length > 0;
  if ((undecided(a) && !undecided(b) && stated(b, db)) || (undecided(b) && !undecided(a) && stated(a, da))) return true;
  // (Undecided both ways, in any words, agrees: `TBD` / `To be announced`.)
  if (undecided(a) && undecided(b)) return false;
  // YEAR_OF_AMOUNT: a year in parentheses after an amount is what year it is for or in (`$99.45 billion (2017 USD)`),
  // not the value: where both values state a figure outside their parentheses, their figures compare.
  const unbracketed = (v: string) => v.replace(/\([^)]*\)/g, ' ');
  const amountFor = (v: string, dates: typeof da) => dates.length > 0 && !extractDates(unbracketed(v)).length && figuresIn(unbracketed(v), language).length > 0;
  if (da.length && db.length && !(amountFor(a, da) && amountFor(b, db))) {
    // SPANS_ONE_BY_ONE: as many dates on each side (`2007–2010; 2013–2024 (planned)` / `2007–2010; 2013–2028
    // (planned)`): each must agree with one of the other's; else one date agreeing is enough (a date added beside it).
    if (da.length === db.length && da.length > 1) return !da.every((x) => db.some((y) => datesAgree(x, y)));
    return !da.some((x) => db.some((y) => datesAgree(x, y)));
  }
  // DATED_ASIDE: a name with a date in parentheses after it (`Shigeo Yamada (since October 24, 2023)`) against a
  // name with none compares the names.
  const asideAtEnd = (v: string) => v.replace(TRAILING_ASIDE, '');
  if ((da.length === 0) !== (db.length === 0) && !figuresIn(asideAtEnd(a), language).length && !figuresIn(asideAtEnd(b), language).length) {
    const [x, y] = [asideAtEnd(a), asideAtEnd(b)];
    if (x !== a || y !== b) return fieldValuesConflict(x, y, language);
  }
  // RANK_NOT_AMOUNT: a value that gives only a rank (`Ranked 3rd`) against one that gives an amount and no rank
  // (`4,049/km2`) states another thing: the export kept one, the page the other.
  const ranks = (v: string) => extractQuantities(v, extractDates(v), language).filter((q) => q.value.unit === 'ordinal');
  const onlyRank = (v: string) => {
    const r = ranks(v);
    return r.length > 0 && !/\d/.test(r.reduceRight((text, q) => text.slice(0, q.start) + text.slice(q.end), v));
  };
  const amountNoRank = (v: string) => numbersOf(v, language).length > 0 && !ranks(v).length;
  if ((onlyRank(a) && amountNoRank(b)) || (onlyRank(b) && amountNoRank(a))) return false;
  // UTC_OFFSET: a time zone is its offset from UTC, wherever a value writes it (`WAT (UTC+1)` / `UTC+2 (SAST)`): one
  // offset on each side, another one is another zone.
  const [za, zb] = [utcOffsets(a), utcOffsets(b)];
  if (za.length === 1 && zb.length === 1) return za[0] !== zb[0];
  // ENTRIES_APPENDED: a list of codes (`204, 431`, `.kt, .kts`) that gained entries after its last (`204, 431, 584`)
  // or lost its last ones states another set: a conflict. (Not a list of names: a place's chain grows at its end,
  // `Kastrup, Tårnby` / `Kastrup, Tårnby, Copenhagen, Denmark`.)
  if (entriesAppended(a, b) || entriesAppended(b, a)) return true;
  // MEASURES_AGREE: each measure of the value that states fewer (a length, an area, a mass, a speed, a volume) is one
  // the other states, in its own unit where the other writes that unit, else in any: the same measure written
  // otherwise, not a changed one.
  const measures = (v: string) => extractQuantities(v, extractDates(v), language).map((q) => ({ amount: q.value.amount, measure: measureOf(q.value.unit) })).filter((q) => isPhysical(q.measure));
  const [qa, qb] = [measures(a), measures(b)];
  if (qa.length && qb.length) {
    const [few, many] = qa.length <= qb.length ? [qa, qb] : [qb, qa];
    // (Where the other states it in the same unit, that one decides: `572 km²` / `574 km2 (222 sq mi)` changed.)
    const stated = (x: (typeof qa)[number]) => {
      const same = many.filter((y) => y.measure.unit === x.measure.unit);
      return (same.length ? same : many).some((y) => amountsAgree(x, y));
    };
    // ROUNDED_SAME_UNIT: where one measure is stated as it is, another of the value in the same unit as the other's,
    // with decimals against the same rounded to fewer (`70 kg (154.32 lb)` / `154 lb (70 kg)`), is its conversion
    // given more or less precisely: it agrees.
    const places = (n: number) => (String(n).split('.')[1] ?? '').length;
    const rounded = (x: number, y: number) => places(x) > places(y) && Number(x.toFixed(places(y))) === y;
    const roundedConversion = (x: (typeof qa)[number]) => many.some((y) => y.measure.unit === x.measure.unit && (rounded(x.amount, y.amount) || rounded(y.amount, x.amount)));
    if (few.every(stated) || (few.some(stated) && few.every((x) => stated(x) || roundedConversion(x)))) return false;
    // MEASURES_DISAGREE: one measure each way, of one dimension, that no measure of the other states in that unit or
    // any (`27 miles (43 km)` / `27 nmi (50 km; 31 mi)`): the amount changed, whatever bare figure both open with.
    const dimensions = new Set([...qa, ...qb].map((q) => q.measure.dimension));
    if (dimensions.size === 1 && !qa.some((x) => qb.some((y) => amountsAgree(x, y)))) return true;
  }
  // SPELLED_COUNT_CHANGED: a count of one noun each value states once, one of them in words (`all two lanes` / `all
  // three lanes`), another count: a conflict (the figures alone, spelled, are no numbers to compare).
  // (Outside its asides: `all three lanes (3 lanes of locks)` states its count once.)
  if (SPELLED_NUMBER.test(a) || SPELLED_NUMBER.test(b)) {
    const [ca, cb] = [nounCounts(a, language), nounCounts(b, language)];
    if (ca.some((x) => cb.some((y) => x.value.unit === y.value.unit && x.value.amount !== y.value.amount && (!/\d/.test(x.text) || !/\d/.test(y.text))))) return true;
  }
  const na = numbersOf(a, language);
  const nb = numbersOf(b, language);
  // UNITS_REORDERED: one amount given first in another of its units (`101.3 kPa (14.7 psi; 1.0 atm)` / `1 atm (101.3
  // kPa; 14.7 psi)`): every figure of one, conversions in parentheses included, is among the other's.
  if (na.length && nb.length) {
    // AMOUNT_IN_ASIDE: the same figures outside the parentheses (a name's, `Mario Kart 8 Deluxe`) and an amount for a
    // date in them (`(19.01 million as of September 30, 2019)` / `(64.27 million, as of …)`): the amounts compare,
    // dates aside (not a conversion, `150 ha (370 acres)` / `150 ha (0.58 sq mi)`, which is dated by nothing).
    if (na.join(' ') === nb.join(' ')) {
      const parentheses = (v: string) => v.match(/\([^()]*\)/g) ?? [];
      const aside = (v: string) => {
        const inside = parentheses(v).join(' ');
        const dates = extractDates(inside);
        if (!dates.length) return [];
        return figuresIn(blankSpans(inside, dates), language);
      };
      const [xa, xb] = [aside(a), aside(b)];
      // COUNT_IN_BREAKDOWN: the same total and a count of the same things inside it changed (`90 (including 4 former EGM
      // recipients)` / `90 (including 5 former EGM recipients)`): the breakdown changed.
      const inside = (v: string) => nounCounts(parentheses(v).map((x) => x.slice(1, -1)).join('; '), language);
      const [ca, cb] = [inside(a), inside(b)];
      if (ca.some((x) => cb.some((y) => x.value.unit === y.value.unit && x.value.amount !== y.value.amount))) return true;
      return xa.length > 0 && xb.length > 0 && !xa.some((x) => xb.includes(x));
    }
    if (containsAll(na, nb) || containsAll(nb, na)) return false;
    const [wa, wb] = [allNumbers(a, language), allNumbers(b, language)];
    return !(wa.length > 1 && containsAll(wb, wa)) && !(wb.length > 1 && containsAll(wa, wb));
  }
  if (na.length || nb.length) return false;
  // EDITION_CHANGED: the same name after another ordinal (`60th Filmfare Awards` / `70th Filmfare Awards`, a box's
  // current edition or season): another edition, a changed fact. (ORDINAL_NAME keeps such an ordinal out of the figures.)
  const [ea0, eb0] = [EDITION.exec(withoutMarkers(a).trim()), EDITION.exec(withoutMarkers(b).trim())];
  if (ea0 && eb0 && normalKey(ea0[2]) !== '' && normalKey(ea0[2]) === normalKey(eb0[2])) return ea0[1] !== eb0[1];
  // COUNT_IN_ASIDE: one name with a count of the same things after it (`Perth Scorchers (3 titles)` / `Perth Scorchers
  // (6 titles)`): the count changed.
  // (Or a figure after the same label in the aside: `Rønne (pop. 13,639)` / `Rønne (pop. 13,772 (2020))`.)
  const [ca, cb] = [COUNT_ASIDE.exec(withoutMarkers(a).trim()), COUNT_ASIDE.exec(withoutMarkers(b).trim())];
  const sameName = () => normalKey(unbracketed(a)) !== '' && normalKey(unbracketed(a)) === normalKey(unbracketed(b));
  if (ca && cb && ca[2].toLowerCase() === cb[2].toLowerCase() && sameName()) return ca[1] !== cb[1];
  // CODE_ASIDE: one name with a code in capitals after it (a party, `Jacob Mafume (MDC)` / `Jacob Mafume (CCC)`): the
  // same name under another code is another affiliation, a changed fact.
  const [sa, sb] = [CODE_ASIDE.exec(withoutMarkers(a).trim()), CODE_ASIDE.exec(withoutMarkers(b).trim())];
  if (sa && sb && sameName()) return sa[1] !== sb[1];
  const [la, lb] = [LABELLED_ASIDE.exec(withoutMarkers(a)), LABELLED_ASIDE.exec(withoutMarkers(b))];
  if (la && lb && la[1].toLowerCase() === lb[1].toLowerCase() && sameName()) return parseAmount(la[2], language) !== parseAmount(lb[2], language);
  if (roleHolderChanges(a, b).length) return true;
  // TRUNCATED_VALUE: an export that cut a value to its first letter or two (`Status: U`) states nothing to compare.
  const cut = (x: string, y: string) => x.trim().length <= 2 && y.trim().toLowerCase().startsWith(x.trim().toLowerCase());
  if (cut(a, b) || cut(b, a)) return false;
  // LOST_HEAD: a value that opens with a parenthesis or a comma lost its first words in export (a link, a template).
  // (Not a name between commas, whose flag the export dropped: `, Shigeo Yamada,`.)
  const flagLost = (v: string) => /^,\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*,?\s*$/u.test(v.trim());
  if ((/^[(,;/]/.test(a.trim()) && !flagLost(a)) || (/^[(,;/]/.test(b.trim()) && !flagLost(b))) return false;
  // AND_ITEM: one value the other with one word joined by `and` (`Civil decoration` / `Civil and military decoration`):
  // what the value covers grew, a changed fact.
  if (andItem(a, b) || andItem(b, a)) return true;
  // LIST_GROWTH of names: a list each of whose entries the other value states (`National conservatism, Right-wing
  // populism` within `Swedish nationalism … National conservatism Right-wing populism …`) gained or lost entries.
  if (listWithin(a, b) || listWithin(b, a)) return false;
  // An acronym and the name it spells (`BCCI` / `Board of Control for Cricket in India`) are one name.
  const acronym = (v: string) => /^\p{Lu}{2,8}$/u.test(v.trim());
  if ((acronym(a) || acronym(b)) && isAlias(a.trim(), b.trim())) return false;
  // (And a name whose last words one writes as their initials: `Nintendo PTD`, PART_INITIALS.)
  if (/\b\p{Lu}{2,6}\b/u.test(a + b) && isAlias(withoutMarkers(a).trim(), withoutMarkers(b).trim())) return false;
  // ENTRY_ALIASES: as many entries apart by commas on each side, each the same words or an acronym and the name it
  // spells (`Captain, USN` / `Captain, U.S. Navy`), are one value.
  const [ea, eb] = [withoutMarkers(a).split(/\s*,\s*/), withoutMarkers(b).split(/\s*,\s*/)];
  if (ea.length >= 2 && ea.length === eb.length) {
    const same = ea.map((x, i) => sameValue(x, eb[i]));
    if (same.includes(false) && ea.every((x, i) => same[i] || ((acronym(x) || acronym(eb[i])) && isAlias(x.trim(), eb[i].trim())))) return false;
  }
  // PLACE_CHANGED: a place and the larger places it lies in (`Stockholm, Sweden` / `Sundbyberg, Sweden`): the same
  // larger places and another first one, neither naming the other's, is another place.
  // (A place in at most two larger ones, its letters' accents aside: `Jorgen Nissen, …` / `Jørgen Nissen, …` is a list
  // of people spelled otherwise.)
  const places = (v: string) => foldLetters(withoutMarkers(v)).replace(/ø/g, 'o').split(/\s*,\s*/).map((x) => normalKey(x));
  const [pa, pb] = [places(a), places(b)];
  if (pa.length >= 2 && pb.length >= 2 && pa.length <= 3 && pb.length <= 3 && pa.every((x) => /^\p{L}/u.test(x)) && pb.every((x) => /^\p{L}/u.test(x)) && /^\s*\p{Lu}/u.test(a) && /^\s*\p{Lu}/u.test(b)) {
    const tail = (x: string[]) => x.slice(1).join(',');
    if (tail(pa) === tail(pb) && pa[0] !== pb[0] && !pb.includes(pa[0]) && !pa.includes(pb[0])) return true;
    // (Or the one in a larger place the other names between them: `Walsall, England` / `Glossop, Derbyshire, England`.)
    const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
    if (short.length === 2 && long.length === 3 && short[1] === long[2] && !long.includes(short[0]) && !short.includes(long[0]) && !short.includes(long[1])) return true;
    // (Or one in another region of the same country, no part of one the other's: `Dunstable, Bedfordshire, England` /
    // `Loudwater, Buckinghamshire, England`: OTHER_REGION.)
    if (pa.length === 3 && pb.length === 3 && pa[2] === pb[2] && pa.slice(0, 2).every((x) => !pb.includes(x))) return true;
  }
  // NAME_BEFORE_ASIDE: the names compare outside their asides (`Chennai Super Kings (2 Titles)` / `Mumbai Indians (5
  // titles)`: the shared `titles` names neither), where both names are there.
  const outside = (v: string) => identifyingWords(unbracketed(v));
  const [oa, ob] = [outside(a), outside(b)];
  const ia = oa.size && ob.size ? oa : identifyingWords(a);
  const ib = oa.size && ob.size ? ob : identifyingWords(b);
  if (!ia.size || !ib.size || namesOverlap(ia, ib)) return false;
  // COMMON_PHRASE: two values in sentence case, only their first letter capital (`Song contest` / `Music
  // competition`), are kinds of a thing described, not names of a holder: no named holder changed.
  const phrase = (v: string) => /^\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+)+$/u.test(withoutMarkers(v).replace(TRAILING_ASIDE, '').trim());
  if (phrase(a) && phrase(b)) return false;
  return /\p{Lu}/u.test(a) && /\p{Lu}/u.test(b);
}

/**
 * The entries of a list of codes (`204, 431`, `.kt, .kts`, `M1, M2`), each one word of no parenthesis that is no
 * name (a capital, then small letters: `Kastrup, Tårnby` names places, which a later copy extends with larger ones),
 * or undefined where it is no such list.
 */
function shortEntries(value: string): string[] | undefined {
  const entries = withoutMarkers(value).trim().split(/\s*[,;]\s*/);
  if (entries.some((x) => !x || /[()\s]/.test(x) || /^\p{Lu}\p{Ll}/u.test(x))) return undefined;
  return entries.map((x) => x.toLowerCase());
}

/** ENTRIES_APPENDED: is `longer` the list `shorter` (two entries or more) with entries after its last? */
function entriesAppended(shorter: string, longer: string): boolean {
  const [x, y] = [shortEntries(shorter), shortEntries(longer)];
  return x !== undefined && y !== undefined && x.length >= 2 && y.length > x.length && x.every((e, i) => y[i] === e);
}

/** AND_ITEM: is `longer` the words of `shorter` with `and` and one more word inserted together, nothing else? */
function andItem(shorter: string, longer: string): boolean {
  const [x, y] = [comparisonWords(withoutMarkers(shorter)), comparisonWords(withoutMarkers(longer))];
  if (y.length !== x.length + 2 || !x.length) return false;
  for (let i = 0; i + 1 < y.length; i++) {
    const rest = [...y.slice(0, i), ...y.slice(i + 2)];
    if ((y[i] === 'and' || y[i + 1] === 'and') && y[i] !== y[i + 1] && rest.join(' ') === x.join(' ')) return true;
  }
  return false;
}

/** HEADING_TOTAL: a box's `Total` row, its bullet or not, its figure glued or in a cell: `• Total | 1,346,876 |`. */
const TOTAL_ROW = /^\s*(?:[•·▪◦-]\s*)?Total\s*(?:\|\s*)?(\p{N}.*?)\s*(?:\|\s*)*$/u;
/** DASH_SUB_ROW: ` - elevation 10,184 ft (3,104 m)`: a dash, one lower-case label, its value (a name or a figure). */
const SUB_ROW_LINE = /^\s*-\s+(\p{Ll}{3,})\s+((?:[\p{Lu}\p{N}~≈(]|c\.\s).*)$/u;
/** DASH_SUB_ROW read as a list's item, its dash gone: `elevation 10,184 ft (3,104 m)`. */
const SUB_ROW_ITEM = /^(\p{Ll}{3,})\s+((?:[\p{Lu}\p{N}~≈(]|c\.\s).*)$/u;
/** CELL_ROW: a key's cell alone on its line, closed by ` |` (`Born |`, `Spouse(s) |`): letters, no figure. */
const CELL_KEY = /^\s*(\p{Lu}[\p{L}'’.()/&-]*(?: [\p{L}'’.()/&-]+)*)\s+\|\s*$/u;
/** CELL_ROW: the lines a value's cell spans at most. */
const CELL_ROW_LINES = 4;

/** A box's heading and the year its rows are for: `GDP (PPP) 2013 estimate`, `Population (2010)` (DATED_HEADING_ROWS). */
const HEADING_YEAR = /^(.+?)\s+(?:\((?:1[5-9]|20)\d\d\)|(?:1[5-9]|20)\d\d\s+(?:census|estimate|est\.?))$/i;

/** A parenthesis that ends a value (`Shigeo Yamada (since October 24, 2023)`, `2,100 (2009)`): its aside. */
const TRAILING_ASIDE = /\s*\([^()]*\)\s*$/;

/** A figure and the year it is for, nothing else: `17,255,394 (2023)`, `1.2 million (2020)`. */
const DATED_FIGURE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?\s*\((?:1[5-9]|20)\d\d\)$/i;

/** A name and a code in capitals in parentheses after it, nothing else: `Jacob Mafume (MDC)`, `Anna Berg (D)` (CODE_ASIDE). */
const CODE_ASIDE = /^\p{Lu}[^()\d]*?\s*\((\p{Lu}{1,6})\)$/u;

/** A value not yet decided, and nothing else: `TBD`, `TBA`, `To be determined`, `unknown`. */
const NOT_YET_KNOWN = /^(?:TB[DAC]|to be (?:determined|announced|confirmed|decided)|unknown|not yet (?:known|announced|decided))\.?$/i;

/** An entry's span in parentheses: `(2000-present)`, `(2001–)`, `(current)`, `(1993–2023)`, `(2007–2010, 2016-)`. */
const ENTRY_SPAN = /\((?:(\d{4})\s*[–—-]\s*(present|ongoing|now|(?=\)))|(current|present)|(\d{4})\s*[–—-]\s*(\d{2,4})\b[^()]*)\)/giu;

/** The name an entry's span follows, back to the comma, semicolon or line before it, its asides left out. */
function entryName(value: string, at: number): Set<string> {
  const before = value.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\n'), before.lastIndexOf(')') > before.lastIndexOf('(') ? -1 : before.lastIndexOf('('));
  const name = before.slice(from + 1).replace(/\([^()]*\)/g, ' ');
  return new Set((name.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => !/^(?:and|the|of)$/.test(w)));
}

/**
 * ENTRY_ENDED: one entry of a list whose span ran on (`Sony Entertainment Television (2000-present)`, `1080i (16:9)
 * (2007–present)`, `ITV (current)`) is the same entry (a word of its name the same) with a closed span in the other
 * value, from the same year (`Sony Entertainment Television (2000–2017)`, `1080i (16:9) (2007–2010, 2016-)`; any
 * span after `current`): that entry ended, a changed state, whatever else the list gained (PRESENT_ENDED for one entry
 * of several).
 */
function entryEnded(a: string, b: string): boolean {
  const spans = (v: string) => {
    const text = withoutMarkers(v);
    return [...text.matchAll(ENTRY_SPAN)].map((m) => ({ open: m[3] !== undefined || m[1] !== undefined, start: m[1] ?? m[4], name: entryName(text, m.index) }));
  };
  const closedB = spans(b).filter((x) => !x.open);
  if (!closedB.length) return false;
  return spans(a).some((x) => x.open && x.name.size > 0 && closedB.some((y) => (x.start === undefined || x.start === y.start) && [...x.name].some((w) => y.name.has(w))));
}

/**
 * ENTRY_SUCCEEDED: an undated value (`Perry Martin and Steve Coburn`) that the other value lists as an entry with a
 * closed span, followed by another entry from that span's end or later (`Perry Martin and Steve Coburn (2011–2015),
 * California Chrome LLC (2015–2017)`): the holder the first states was succeeded, a changed value.
 */
function entrySucceeded(a: string, b: string): boolean {
  const plain = withoutMarkers(a).trim();
  if (!plain || /\d/.test(plain) || /[()]/.test(plain)) return false;
  const own = entryName(plain, plain.length);
  if (!own.size) return false;
  const text = withoutMarkers(b);
  const entries = [...text.matchAll(ENTRY_SPAN)].map((m) => ({ start: Number(m[1] ?? m[4]), end: m[5] ? Number(m[5].length === 2 ? m[4].slice(0, 2) + m[5] : m[5]) : undefined, name: entryName(text, m.index) }));
  const same = (x: Set<string>) => x.size === own.size && [...own].every((w) => x.has(w));
  return entries.some((y) => y.end !== undefined && same(y.name) && entries.some((z) => z !== y && !same(z.name) && z.start >= y.end!));
}

/** A span still running: `– present`, `–present`, `– ongoing`. */
const RUNS_TO_PRESENT = /[–—-]\s*(?:present|ongoing|now)\b/i;

/**
 * KEYLESS_VALUE: a figure line of a page dump whose key the dump lost (`105 active members, 45 honorary members, …`)
 * is the value of the other revision's field that states the same things counted (`Membership110 active members, 39
 * honorary members, …`): the one such line for the one such field, the words besides the figures of the shorter
 * mostly in the other.
 * Returns the fields it gives the lines of `rev`, keyed by unit, each with the other revision's field it pairs with.
 */
export function keylessValues(rev: RevisionUnits, own: ReadonlyMap<number, Field>, open: ReadonlyArray<[number, Field]>): Array<{ unit: number; field: Field; other: number }> {
  const taken = fieldUnitIndices(own);
  const words = (text: string) => new Set((withoutMarkers(text).toLowerCase().match(/\p{L}{3,}/gu) ?? []).map(americanSpelling));
  const lines = rev.units.filter((u) => u.kind === 'caption' && !taken.has(u.index) && /\d/.test(u.text) && !parseField(u.text));
  const alike = (text: string, value: string) => {
    const [x, y] = [words(text), words(value)];
    const shared = [...x].filter((w) => y.has(w)).length;
    return shared >= 2 && shared / Math.min(x.size, y.size) >= KEYLESS_VALUE_SHARE;
  };
  // KEYLESS_DATED: a line that is a bare figure for a year (`17,255,394 (2023)[4]`, a box whose labels the dump lost)
  // states the field whose value is a figure for a year of about the same size (`Members: 17,509,781 (2024)`).
  const datedFigure = (text: string) => {
    const m = DATED_FIGURE.exec(withoutMarkers(text).trim());
    return m ? parseAmount(m[1], rev.language) * (m[2] ? SCALE_FACTOR[m[2].toLowerCase()] : 1) : undefined;
  };
  const sameDated = (text: string, value: string) => {
    const [x, y] = [datedFigure(text), datedFigure(value)];
    return x !== undefined && y !== undefined && x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= VALUE_SHAPE_SHARE_RATIO;
  };
  const states = (text: string, value: string) => alike(text, value) || sameDated(text, value);
  const out: Array<{ unit: number; field: Field; other: number }> = [];
  for (const [j, f] of open) {
    if (!/\d/.test(f.value) || isLayoutField(f)) continue;
    const matches = lines.filter((u) => states(u.text, f.value));
    if (matches.length !== 1 || open.filter(([, g]) => /\d/.test(g.value) && states(matches[0].text, g.value)).length !== 1) continue;
    out.push({ unit: matches[0].index, field: { key: f.key, value: withoutMarkers(matches[0].text), norm: f.norm }, other: j });
  }
  return out;
}

/** The last unit a field occupies: its own or its value's (lines that may go on with it are not yet its own). */
const lastUnitOf = (unit: number, f: Field) => Math.max(unit, ...(f.valueUnits ?? []));

/** A label alone on its line, as a mirror draws a box's row over its figure (KEYLESS_IN_ORDER, KEYLESS_RUN): `Operating income`. */
const keyLine = (u: Unit | undefined) =>
  u !== undefined && (u.kind === 'caption' || u.kind === 'sentence') && /^\p{Lu}/u.test(u.text.trim()) && !/[\p{N}.:;,|]/u.test(withoutMarkers(u.text)) && u.text.trim().split(/\s+/).length <= KEY_WORDS;

/**
 * KEYLESS_IN_ORDER: a mirror that drew a box's figures without their labels (`Decrease US$19.933 billion (2022)` on
 * a line of its own between `Revenue…` and `Total assets…`): between two fields both revisions pair, in the same
 * order, as many keyless figure lines on one side as rows with a figure on the other (a field, or a key alone on its
 * line over a figure line), and nothing else between, are those rows, in order. Returns, for the keyless side's
 * lines, the fields they state and the other revision's unit and field each pairs with (a key over its line becomes
 * a field of its own).
 */
export function keylessInOrder(
  keyless: RevisionUnits,
  own: ReadonlyMap<number, Field>,
  keyed: RevisionUnits,
  other: ReadonlyMap<number, Field>,
  pairs: ReadonlyArray<{ own: number; other: number }>,
): Array<{ unit: number; field: Field; other: number; otherField: Field }> {
  const out: Array<{ unit: number; field: Field; other: number; otherField: Field }> = [];
  const pairedOther = new Set(pairs.map((p) => p.other));
  // A figure, or an amount after its currency's code (`US$ 14.474 billion`, `NOK 10.4 billion`), a trend's word before.
  const figureLine = (u: Unit | undefined) =>
    u !== undefined && (u.kind === 'caption' || u.kind === 'sentence') && !parseField(u.text) && (isFigureLine(u.text) || /^\p{Lu}{1,3}\s?[\p{Sc}\p{N}][^]*[^.!?:]$/u.test(withoutTrend(withoutMarkers(u.text))));
  // (A trend arrow's word may stand between the label and its figure: `Operating income Decrease $ 3.980 billion`.)
  const labelledFigure = (u: Unit | undefined) => (u && u.kind === 'caption' ? FIGURE_LABEL.exec(withoutMarkers(u.text).replace(TEXT_BULLET, '').replace(LABEL_TREND, ' ')) : null);
  const anchors = [...pairs].sort((x, y) => x.own - y.own);
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [p, q] = [anchors[k], anchors[k + 1]];
    if (q.other <= p.other) continue;
    // The keyless side: figure lines only, none a field.
    const lines: Unit[] = [];
    let ok = true;
    for (let i = lastUnitOf(p.own, own.get(p.own)!) + 1; i < q.own && ok; i++) {
      const u = keyless.units[i];
      if (own.has(i) || !figureLine(u)) ok = false;
      else lines.push(u);
    }
    if (!ok || !lines.length) continue;
    // The keyed side: rows with a figure, nothing else.
    const rows: Array<{ unit: number; field: Field }> = [];
    for (let i = lastUnitOf(p.other, other.get(p.other)!) + 1; i < q.other && ok; i++) {
      const f = other.get(i);
      const u = keyed.units[i];
      if (f && !pairedOther.has(i) && /\d/.test(f.value) && !isLayoutField(f)) {
        rows.push({ unit: i, field: f });
        i = lastUnitOf(i, f);
      } else if (!f && keyLine(u) && figureLine(keyed.units[i + 1]) && !other.has(i + 1) && keyed.units[i + 1].line - u.line <= 2) {
        rows.push({ unit: i, field: { key: u.text.trim(), value: withoutMarkers(keyed.units[i + 1].text), norm: normalKey(u.text.trim()), valueUnits: [i + 1] } });
        i += 1;
      } else if (!f && !pairedOther.has(i) && labelledFigure(u)) {
        // A row's label and figure on one line that no field took (` • Urban 671,551 (8th)`).
        const [, key, value] = labelledFigure(u)!;
        rows.push({ unit: i, field: { key, value, norm: normalKey(key) } });
      } else ok = false;
    }
    if (!ok || rows.length !== lines.length) continue;
    lines.forEach((u, n) => out.push({ unit: u.index, field: { key: rows[n].field.key, value: withoutMarkers(u.text), norm: rows[n].field.norm }, other: rows[n].unit, otherField: rows[n].field }));
  }
  return out;
}

/** KEYLESS_RUN: a figure line's amount, its scale word applied (`US$ 6.34 billion`, `22.26 billion`, `c. 33,000`), or undefined. */
function amountOf(value: string, language: string): number | undefined {
  const text = withoutTrend(withoutMarkers(value)).replace(/\([^()]*\)/g, ' ');
  const quantity = extractQuantities(text, [], language)[0];
  if (quantity) return quantity.value.amount;
  const m = /(\d[\d,. ]*\d|\d)\s*(billion|million|trillion)?/i.exec(text);
  if (!m) return undefined;
  const size = parseAmount(m[1].trim(), language) * (m[2] ? { billion: 1e9, million: 1e6, trillion: 1e12 }[m[2].toLowerCase() as 'billion' | 'million' | 'trillion'] : 1);
  return Number.isFinite(size) ? size : undefined;
}

/** KEYLESS_RUN: how many times its row's amount a line may state, or the row the line's: a year or two of change, not another figure. */
const KEYLESS_RUN_RATIO = 10;

/** KEYLESS_RUN: the kind of amount a figure line or value states, coarsely: a sum of money, a count, or a measure's dimension. */
function figureKind(value: string, language: string): string | undefined {
  const text = withoutTrend(withoutMarkers(value)).replace(/\([^()]*\)/g, ' ').trim();
  if (/\p{Sc}|\b(?:billion|million|trillion|bn)\b/iu.test(text)) return 'money';
  if (/^(?:(?:c|ca|approx|about)\.?\s*|~\s*)?\d{1,3}(?:[,. ]\d{3})*\+?$/u.test(text)) return 'count';
  return valueShape(text, language)?.kind.split(':')[0];
}

/**
 * KEYLESS_RUN: three or more figure lines in a row that a dump drew without their labels (a mirror that lost a company
 * box's labels: `US$5.44 billion (2023)`, `US$562 million (2023)`, …, `c. 33,000 (December 2023)`), where no two
 * paired fields frame them (KEYLESS_IN_ORDER), against the other box's rows with figures in a row (a field, a label
 * over its figure lines, or a figure line whose label it lost too): where the rows' kinds of amount (a sum of money, a
 * count, a measure) match the lines' one by one at one place only, each line is its row's field.
 */
export const keylessRuns: typeof keylessInOrder = (keyless, own, keyed, other, pairs) => {
  const language = keyless.language;
  const pairedOwn = new Set(pairs.map((p) => p.own));
  const pairedOther = new Set(pairs.map((p) => p.other));
  // (A field's value lines are that field's, no line without a label.)
  const [ownUnits, otherUnits] = [fieldUnitIndices(own), fieldUnitIndices(other)];
  const figureLine = (u: Unit | undefined) =>
    u !== undefined && (u.kind === 'caption' || u.kind === 'sentence' || u.kind === 'item') && (isFigureLine(u.text) || /^(?:\p{Lu}{1,3}\s?|(?:c|ca)\.\s?)[\p{Sc}\p{N}][^]*[^.!?:]$/u.test(withoutTrend(withoutMarkers(u.text).replace(TEXT_BULLET, '')))) && !parseField(u.text);
  // A label and its amount on one line that no field took (`Operating income Increase US$ 1.0 billion (FY 2011)`).
  const labelledAmount = (u: Unit) => (u.kind === 'caption' || u.kind === 'sentence' ? LABELLED_AMOUNT.exec(withoutMarkers(u.text).replace(AMOUNT_TREND, ' ').replace(/\s+/g, ' ')) : null);
  // The keyless side's runs: figure lines, none a field or paired, nothing between.
  const lineRuns: Unit[][] = [];
  let run: Unit[] = [];
  for (const u of keyless.units) {
    if (!ownUnits.has(u.index) && !pairedOwn.has(u.index) && figureLine(u) && figureKind(u.text, language)) run.push(u);
    else {
      if (run.length >= KEYLESS_RUN_LINES) lineRuns.push(run);
      run = [];
    }
  }
  if (run.length >= KEYLESS_RUN_LINES) lineRuns.push(run);
  // (Lines between two paired fields are KEYLESS_IN_ORDER's: where it could not tell which is which, neither can this.)
  const fieldOf = new Map<number, number>();
  for (const [i, f] of own) for (const u of [i, ...(f.valueUnits ?? [])]) fieldOf.set(u, i);
  const pairedAt = (unit: number) => fieldOf.has(unit) && pairedOwn.has(fieldOf.get(unit)!);
  const freeRuns = lineRuns.filter((r) => !(pairedAt(r[0].index - 1) && pairedAt(r[r.length - 1].index + 1)));
  if (!freeRuns.length) return [];
  // The keyed side's runs of rows with figures; a row whose label was lost too keeps its place, unpaired.
  interface Row {
    unit: number;
    field?: Field;
    kind: string;
  }
  const rowRuns: Row[][] = [];
  let rows: Row[] = [];
  const close = () => {
    if (rows.filter((r) => r.field).length >= 2) rowRuns.push(rows);
    rows = [];
  };
  for (let i = 0; i < keyed.units.length; i++) {
    const f = other.get(i);
    const u = keyed.units[i];
    const kind = f ? figureKind(f.value, language) : undefined;
    if (f && kind && !pairedOther.has(i) && !isLayoutField(f)) {
      rows.push({ unit: i, field: f, kind });
      i = lastUnitOf(i, f);
    } else if (!f && !otherUnits.has(i) && keyLine(u) && figureLine(keyed.units[i + 1]) && !otherUnits.has(i + 1) && figureKind(keyed.units[i + 1].text, language)) {
      // A label over its figure lines (`Total assets` over `• US$ 6.44 billion (2013)`, `• US$ 6.53 billion (2012)`).
      const values: number[] = [];
      for (let j = i + 1; figureLine(keyed.units[j]) && !otherUnits.has(j) && figureKind(keyed.units[j].text, language) === figureKind(keyed.units[i + 1].text, language); j++) values.push(j);
      const value = withoutMarkers(keyed.units[i + 1].text).replace(TEXT_BULLET, '');
      rows.push({ unit: i, field: { key: u.text.trim(), value, norm: normalKey(u.text.trim()), valueUnits: values }, kind: figureKind(value, language)! });
      i = values[values.length - 1];
    } else if (!f && !otherUnits.has(i) && !pairedOther.has(i) && figureLine(u) && figureKind(u.text, language)) rows.push({ unit: i, kind: figureKind(u.text, language)! });
    else if (!f && !otherUnits.has(i) && !pairedOther.has(i) && labelledAmount(u) && figureKind(labelledAmount(u)![2], language)) {
      const [, key, value] = labelledAmount(u)!;
      rows.push({ unit: i, field: { key, value, norm: normalKey(key) }, kind: figureKind(value, language)! });
    } else close();
  }
  close();
  // Where the rows fit the lines, kind by kind: the shorter run within the longer, at one place only.
  // (And no line more than KEYLESS_RUN_RATIO times its row's amount or less: a shifted run pairs a population with a density.)
  const near = (x: string, y: string) => {
    const [p, q] = [amountOf(x, language), amountOf(y, language)];
    return p === undefined || q === undefined || (p > 0 && q > 0 && Math.max(p / q, q / p) <= KEYLESS_RUN_RATIO);
  };
  const fits: Array<{ lines: Unit[]; rows: Row[] }> = [];
  for (const lines of freeRuns) {
    for (const rowRun of rowRuns) {
      const [short, long] = lines.length <= rowRun.length ? [lines.length, rowRun.length] : [rowRun.length, lines.length];
      if (short < KEYLESS_RUN_LINES) continue;
      for (let at = 0; at + short <= long; at++) {
        const l = lines.length <= rowRun.length ? lines : lines.slice(at, at + short);
        const r = lines.length <= rowRun.length ? rowRun.slice(at, at + short) : rowRun;
        if (l.every((u, n) => figureKind(u.text, language) === r[n].kind && near(u.text, r[n].field?.value ?? keyed.units[r[n].unit].text))) fits.push({ lines: l, rows: r });
      }
    }
  }
  if (fits.length !== 1) return [];
  const out: Array<{ unit: number; field: Field; other: number; otherField: Field }> = [];
  fits[0].lines.forEach((u, n) => {
    const row = fits[0].rows[n];
    if (row.field) out.push({ unit: u.index, field: { key: row.field.key, value: withoutMarkers(u.text).replace(TEXT_BULLET, ''), norm: row.field.norm }, other: row.unit, otherField: row.field });
  });
  return out;
};

/** KEYLESS_RUN: a trend arrow's word between a label and its amount, a currency's code too (`Net income Increase US$ 768 million`). */
const AMOUNT_TREND = new RegExp(String.raw`(?<=^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}) ${TREND_WORDS}\s?(?=[\p{Sc}\p{N}\p{Lu}])`, 'u');
/** KEYLESS_RUN: a label in sentence case (at most three words), then an amount (`Net income US$ 768 million (FY 2011)`). */
const LABELLED_AMOUNT = /^(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}) ((?:\p{Lu}{1,3} ?)?(?:c\. |ca\. )?[\p{Sc}\p{N}][^!?;:]{0,40}?)$/u;
/** KEYLESS_RUN: the fewest figure lines in a row a dump drew without labels, and rows matched with them. */
const KEYLESS_RUN_LINES = 3;

/**
 * A value's text as LIST_GROWTH compares it: lower case, spaces collapsed, a hyphen inside a word dropped
 * (`co-operation` is `cooperation`: HYPHEN_INSIDE).
 */
const hyphensJoined = (text: string) => text.toLowerCase().replace(/(\p{L})-(?=\p{L})/gu, '$1').replace(/\s+/g, ' ');

/** Does every entry of a list value (two or more, apart by commas or semicolons; a template's `class=…` aside) stand in the other value? */
function listWithin(list: string, other: string): boolean {
  const entries = list.split(/\s*[,;]\s*/).map((x) => x.trim()).filter((x) => x && !/^[\w-]+=/.test(x));
  const text = hyphensJoined(other);
  return entries.length >= 2 && entries.every((x) => text.includes(hyphensJoined(x)));
}

/** The columns of two two-column values, side by side (TWO_COLUMNS), when both have as many. */
export function columnPairs(a: string, b: string): Array<[string, string]> | undefined {
  const x = a.split(COLUMN_SEPARATOR);
  const y = b.split(COLUMN_SEPARATOR);
  if (x.length < 2 || x.length !== y.length) return undefined;
  return x.map((v, i) => [v, y[i]]);
}

/**
 * NUMBERED_COLUMNS: a page source's two numbered fields of one key (`envoy1: A`, `envoy2: B`, each side of a
 * bilateral relation) are the one two-column field a rendered box shows under that key (`Envoy`, both envoys on one
 * line), where the other revision names that key and neither a third. They become that field (`A | B`).
 */
export function numberedColumns(fields: Map<number, Field>, otherKeys: ReadonlySet<string>): void {
  const byBase = new Map<string, number[]>();
  for (const [i, f] of fields) {
    const m = /^(.*?)\s*(\d+)$/.exec(f.key);
    if (!m || isLayoutField(f)) continue;
    const base = pairingKey(normalKey(m[1]));
    byBase.set(base, [...(byBase.get(base) ?? []), i]);
  }
  const keys = pairingKeysOf(otherKeys);
  for (const [base, [first, second, ...more]] of byBase) {
    const [x, y] = [fields.get(first)!, fields.get(second ?? -1)];
    // The other revision names that key, or another name of the same post (HEAD_ROLES: `Ambassador` for `envoy`).
    const named = keys.has(base) || HEAD_ROLES.some((names) => names.includes(base) && names.some((n) => keys.has(n)));
    if (!y || more.length || !named || !/1$/.test(x.key) || !/2$/.test(y.key)) continue;
    const key = x.key.replace(/\s*1$/, '');
    fields.set(first, { key, value: `${x.value}${COLUMN_SEPARATOR}${y.value}`, norm: normalKey(key), valueUnits: [...(x.valueUnits ?? []), second, ...(y.valueUnits ?? [])] });
    fields.delete(second);
  }
}

/** LIST_GROWTH: does one list of figures hold every figure of the other (a list that filled up or lost an entry)? */
function containsAll(big: readonly number[], small: readonly number[]): boolean {
  const left = [...big];
  for (const x of small) {
    const at = left.indexOf(x);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/** `Akio Toyoda (chairman)`: a holder and the role in parentheses after the name, one of a field's list. */
const ROLE_HOLDER = /([^();,]+?)\s*\(([\p{L}][\p{L}\s&.'’-]*)\)/gu;
/** A role's words, `chairman`, `chairwoman` and `chairperson` being one `chair`. */
const roleWords = (role: string) =>
  role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => (/^chair(?:man|woman|person)?$/.test(w) ? 'chair' : w));

/**
 * ROLE_HOLDERS: a field listing holders with their roles (`Key people: A (chairman) B (president)`) changed where
 * the same role, named once on each side, has another holder. A role one side alone lists is an added or dropped
 * entry; `president` and `president & CEO` are one role (one's words open the other's), `chairman` and `vice
 * chairman` two. Returns the changed holders, old and new.
 */
export function roleHolderChanges(a: string, b: string): Array<{ old: string; new: string }> {
  const holders = (value: string) => {
    const all = [...value.matchAll(ROLE_HOLDER)].map((m) => ({ name: m[1].trim(), role: roleWords(m[2]), text: m[0].trim() }));
    return all.filter((h) => h.name && h.role.length && all.filter((k) => k.role.join(' ') === h.role.join(' ')).length === 1);
  };
  const opens = (x: string[], y: string[]) => x.length <= y.length && x.every((w, i) => y[i] === w);
  const old = holders(a);
  const now = holders(b);
  const out: Array<{ old: string; new: string }> = [];
  const key = (h: { role: string[] }) => h.role.join(' ');
  for (const o of old) {
    // The same role first; a role whose words open the other's only where neither side has another such.
    const exact = now.filter((n) => key(n) === key(o));
    const same = exact.length ? exact : now.filter((n) => (opens(o.role, n.role) || opens(n.role, o.role)) && !old.some((p) => p !== o && (key(p) === key(n) || opens(p.role, n.role) || opens(n.role, p.role))));
    if (same.length !== 1) continue;
    const n = same[0];
    if (comparisonWords(o.name).join(' ') !== comparisonWords(n.name).join(' ')) out.push({ old: o.text, new: n.text });
  }
  return out;
}

/** Do two values say the same, up to formatting? */
/** Two values written alike, a word joined or split by a hyphen aside (`co-operation` / `cooperation`). */
export const sameValue = (a: string, b: string) => comparisonWords(a).join('') === comparisonWords(b).join('');

/** The keys of an office's term in a rendered office-holder box, as pairingKey writes them. */
const TERM_KEYS = new Set(['inoffice', 'assumedoffice']);

/** Keys of a birth place (BORN_PLACE), as pairingKey writes them. */
const BIRTH_PLACE_KEYS = new Set(['birthplace', 'placeofbirth']);

/** Pairs of units (old index, new index) stating the same field, by key, first occurrence first. */
export function pairFields(a: Map<number, Field>, b: Map<number, Field>, language = 'en'): Array<{ old: number; new: number }> {
  /** What a value measures, a bare count too (SAME_KIND_FIRST, REPEATED_KEY_SHAPE, KEY_WORD_AND_SHAPE). */
  const amountShape = (value: string) => valueShape(value, language) ?? bareCount(value, language);
  /** Two values stating the same figures, in order (SAME_VALUE_FIRST, ALIKE_SAME_VALUE). */
  const sameFigures = (f: Field, g: Field) => {
    const figures = numbersOf(f.value, language).join(' ');
    return figures !== '' && numbersOf(g.value, language).join(' ') === figures;
  };
  // REPEATED_KEY: a key both revisions repeat, a different number of times (an office-holder box lists `Prime
  // minister` once per office, a page's source numbers them `primeminister1`…), pairs in no order: which office's
  // field is which cannot be told from the key. A key one side states once pairs with the other's first.
  const counts = (m: Map<number, Field>) => {
    const c = new Map<string, number>();
    for (const f of m.values()) c.set(pairingKey(f.norm), (c.get(pairingKey(f.norm)) ?? 0) + 1);
    return c;
  };
  const countA = counts(a);
  const countB = counts(b);
  // Nor does a key the other side numbers per office (`primeminister1`, `primeminister5`): which office's is the one
  // a side states once is for TERMS_OF_OFFICE and OFFICE_FIELDS to tell, not the first number.
  const numbered = (m: Map<number, Field>) => {
    const c = new Map<string, number>();
    for (const f of m.values()) if (/\d$/.test(f.key.trim())) c.set(pairingKey(f.norm), (c.get(pairingKey(f.norm)) ?? 0) + 1);
    return c;
  };
  const [numberedA, numberedB] = [numbered(a), numbered(b)];
  const ambiguous = (k: string) =>
    (Math.min(countA.get(k) ?? 0, countB.get(k) ?? 0) > 1 && countA.get(k) !== countB.get(k)) ||
    (countA.get(k) !== countB.get(k) && Math.max(numberedA.get(k) ?? 0, numberedB.get(k) ?? 0) > 1 && Math.min(countA.get(k) ?? 0, countB.get(k) ?? 0) > 0);
  // TERMS_BY_DATES: where either box states several terms (`In office …` of one office, `Assumed office …` of another),
  // which term is which is told by their dates (TERMS_OF_OFFICE), not by `Assumed office` on each side: a new office
  // takes that key and the old one's term ends.
  const termKeys = (m: Map<number, Field>) => [...m.values()].filter((f) => TERM_KEYS.has(pairingKey(f.norm))).length;
  const severalTerms = termKeys(a) > 1 || termKeys(b) > 1;
  const byKey = new Map<string, number[]>();
  for (const [i, f] of b) {
    if (ambiguous(pairingKey(f.norm)) || (severalTerms && TERM_KEYS.has(pairingKey(f.norm)))) continue;
    const list = byKey.get(pairingKey(f.norm));
    if (list) list.push(i);
    else byKey.set(pairingKey(f.norm), [i]);
  }
  const out: Array<{ old: number; new: number }> = [];
  const pairedNew = new Set<number>();
  const left: Array<[number, Field]> = [];
  // SAME_VALUE_FIRST across the key: a field whose value the other revision states under the same key pairs with that
  // field before any of the key's fields pairs in order (`Succeeded by Kim Lund` of an office both boxes keep, where
  // the other box's first `Succeeded by` is of another office).
  const done = new Set<number>();
  for (const [i, f] of a) {
    const k = pairingKey(f.norm);
    const list = byKey.get(k);
    if (!list || ambiguous(k) || (severalTerms && TERM_KEYS.has(k)) || ((countA.get(k) ?? 0) < 2 && (countB.get(k) ?? 0) < 2)) continue;
    const same = list.findIndex((m) => sameValue(b.get(m)!.value, f.value));
    if (same < 0) continue;
    const n = list.splice(same, 1)[0];
    out.push({ old: i, new: n });
    pairedNew.add(n);
    done.add(i);
  }
  for (const [i, f] of a) {
    if (done.has(i) || ambiguous(pairingKey(f.norm)) || (severalTerms && TERM_KEYS.has(pairingKey(f.norm)))) continue;
    const list = byKey.get(pairingKey(f.norm));
    // SAME_VALUE_FIRST: of the other revision's fields under one key (`Rank` of the area and of the population), the
    // one stating the same value pairs first.
    let same = list?.findIndex((m) => sameValue(b.get(m)!.value, f.value) || sameFigures(f, b.get(m)!)) ?? -1;
    // SAME_KIND_FIRST: else the one stating the same kind of amount, where one does (`Metro 4,009,423` under
    // Population against the other's `Metro` of the area, `655.74 km2`, and of the population, `5,513,609`).
    if (same < 0 && list && list.length > 1) {
      const kind = (v: string) => amountShape(v)?.kind;
      const own = kind(f.value);
      const alike = own === undefined ? [] : list.filter((m) => kind(b.get(m)!.value) === own);
      if (alike.length === 1) same = list.indexOf(alike[0]);
    }
    const n = same > 0 ? list!.splice(same, 1)[0] : list?.shift();
    if (n === undefined) left.push([i, f]);
    else {
      out.push({ old: i, new: n });
      pairedNew.add(n);
    }
  }
  // Then keys one of which abbreviates the other, where only one field answers (`Num employees`, `Subsid`).
  const open = [...b].filter(([n, g]) => !pairedNew.has(n) && !ambiguous(pairingKey(g.norm)));
  // A season line and a page source's `current` (season) are one field.
  const seasonal = (x: string, y: string) => x !== y && SEASON_KEYS.has(pairingKey(x)) && SEASON_KEYS.has(pairingKey(y));
  // (A key that ends with its value's unit is that key: `Area Total Sq Mi`, `Area Total`.)
  const unitKey = (x: string, y: string) => x !== y && pairingKey(unitlessKey(x)) === pairingKey(unitlessKey(y));
  // (A count's key however its count is written: `No. of episodes` / `Num Episodes`, COUNT_PREFIX.)
  const countKeyed = (x: string, y: string) => x !== y && COUNT_PREFIX.test(pairingKey(x)) && countKey(pairingKey(x)) === countKey(pairingKey(y));
  // (A page source's key of one word opening with `total`: `totalpodiums` / `Podiums`, TOTAL_JOINED.)
  const totalJoined = (x: string, y: string) => TOTAL_JOINED.test(pairingKey(x)) && pairingKey(x).replace(TOTAL_JOINED, '') === pairingKey(y);
  const alike = (x: string, y: string) => abbreviates(x, y) || extendsKey(x, y) || seasonal(x, y) || agentKeys(pairingKey(x), pairingKey(y)) || unitKey(x, y) || countKeyed(x, y) || totalJoined(x, y) || totalJoined(y, x);
  // KIND_GUARD: a measured amount against a bare count of another size (`Total 2,520.81 km2` of the area, `Population
  // Total: 78745`) is not one field, whatever their keys share (`Elevation 2,460 m` / `Elevation M: 2,460` is).
  const kindsClash = (f: Field, g: Field) => {
    const measuredOnly = (x: Field, y: Field) => valueShape(x.value, language) !== undefined && valueShape(y.value, language) === undefined && bareCount(y.value, language) !== undefined;
    const clash = measuredOnly(f, g) || measuredOnly(g, f);
    return clash && numbersOf(f.value, language)[0] !== numbersOf(g.value, language)[0];
  };
  // ALIKE_SAME_VALUE: where several fields' keys are alike (`Catchment area` and `Surface area` both extend `Area`),
  // the one stating the same figures pairs (`Surface area 1,942 km2` / `Area: 1942 km2`).
  for (const [i, f] of left) {
    const candidates = open.filter(([, g]) => alike(f.norm, g.norm) && !kindsClash(f, g));
    const rivals = (g: Field) => left.filter(([, h]) => alike(h.norm, g.norm) && !kindsClash(h, g));
    let match = candidates.length === 1 && rivals(candidates[0][1]).length === 1 ? candidates[0] : undefined;
    if (!match) {
      const same = candidates.filter(([, g]) => sameFigures(f, g) && rivals(g).filter(([, h]) => sameFigures(h, g)).length === 1);
      if (same.length === 1) match = same[0];
    }
    if (!match) continue;
    out.push({ old: i, new: match[0] });
    open.splice(open.indexOf(match), 1);
  }
  // KEY_SYNONYMS: then a field under another of its names (`Headquarters` / `Location`), the one such field left on
  // each side.
  const synonyms = (x: string, y: string) => {
    const group = SYNONYM_GROUP.get(pairingKey(x));
    return group !== undefined && group === SYNONYM_GROUP.get(pairingKey(y));
  };
  // TAIL_JOINED: then a page source's key of one word that ends with the other's key (`Sizepopulation` / `Population`).
  const joined = (x: string, y: string) => synonyms(x, y) || tailJoined(x, y) || tailJoined(y, x);
  const unmatched = left.filter(([i]) => !out.some((p) => p.old === i));
  for (const [i, f] of unmatched) {
    const matches = open.filter(([, g]) => joined(f.norm, g.norm));
    if (matches.length !== 1 || unmatched.filter(([, h]) => joined(h.norm, matches[0][1].norm)).length !== 1) continue;
    out.push({ old: i, new: matches[0][0] });
    open.splice(open.indexOf(matches[0]), 1);
  }
  // VALUE_SHAPE: last, a field whose key was renamed (`Box office` / `Gross`, `Nameplate capacity` / `Electrical
  // capacity`, `Local government` / `Councillors`) pairs by what its value measures: the one field left on each side
  // stating that kind of amount at about that size.
  const paired = new Set(out.map((p) => p.old));
  const olds = left.filter(([i, f]) => !paired.has(i) && !isLayoutField(f));
  const news = open.filter(([, g]) => !isLayoutField(g));
  const shapeOf = new Map<Field, ValueShape | undefined>([...olds, ...news].map(([, f]) => [f, valueShape(f.value, language)]));
  const near = (x: ValueShape | undefined, y: ValueShape | undefined) => {
    if (!x || !y || x.kind !== y.kind) return false;
    const ratio = x.size / y.size;
    const most = x.kind === 'share' || x.kind === BARE_COUNT ? VALUE_SHAPE_SHARE_RATIO : VALUE_SHAPE_RATIO;
    return ratio >= 1 / most && ratio <= most;
  };
  // REPEATED_KEY_SHAPE: a key both repeat a different number of times (`• Total` of the area, the population and the
  // GDP) pairs, within that key, by what its values measure: the one field on each side stating that kind of amount
  // at about that size (`(2013) C$695.705 billion` / `CA$763.276 billion`, under `Total (2015)`).
  for (const k of new Set([...a.values()].map((f) => pairingKey(f.norm)).filter(ambiguous))) {
    const ofKey = (m: Map<number, Field>) => [...m].filter(([, f]) => pairingKey(f.norm) === k && !isLayoutField(f));
    const [xs, ys] = [ofKey(a), ofKey(b)];
    // Within one key, a bare count is a shape too (`Special Capital Region` over `10,075,310` and over `664 km2`): the
    // one such count on each side, within VALUE_SHAPE_SHARE_RATIO, as a body's size is.
    const shape = new Map<Field, ValueShape | undefined>([...xs, ...ys].map(([, f]) => [f, amountShape(f.value.replace(LEADING_YEAR, ''))]));
    const sized = onlyMatches(xs, ys, (f, g) => near(shape.get(f), shape.get(g)));
    out.push(...sized);
    // REPEATED_KEY_KIND: then, of that key's fields left, the one on each side of the same kind within VALUE_SHAPE_RATIO
    // (`• Capital city2,671,191` under Population (2011) / `Capital city1,763,275` under Population, the areas paired;
    // a count a hundred times another is another count).
    const left = (list: Array<[number, Field]>, side: 'old' | 'new') => list.filter(([i]) => !sized.some((p) => p[side] === i));
    const sameKind = (x: ValueShape | undefined, y: ValueShape | undefined) => Boolean(x && y && x.kind === y.kind && x.size / y.size >= 1 / VALUE_SHAPE_RATIO && x.size / y.size <= VALUE_SHAPE_RATIO);
    out.push(...onlyMatches(left(xs, 'old'), left(ys, 'new'), (f, g) => sameKind(shape.get(f), shape.get(g))));
  }
  // HEAD_ROLE: a key renamed from one name of the subject's head to another (`Mayor` / `Leader`, `Manager` / `Head
  // coach`), where it is the one such field left on each side and both name a holder (a date in parentheses aside:
  // `Shigeo Yamada (since October 24, 2023)`).
  const role = (f: Field) => (/\d/.test(f.value.replace(/\([^()]*\)/g, '')) ? -1 : HEAD_ROLES.findIndex((names) => names.includes(pairingKey(f.norm))));
  for (const [i, f] of olds) {
    const r = role(f);
    if (r < 0) continue;
    const same = (list: Array<[number, Field]>) => list.filter(([, g]) => role(g) === r);
    if (same(olds).length === 1 && same(news).length === 1) out.push({ old: i, new: same(news)[0][0] });
  }
  // BORN_PLACE: a `Born` row that gives only a place (`Born | Walsall, England |`) is the other box's birth place
  // (`Birth Place: Glossop, Derbyshire, England`), the one such field on each side.
  const birthPlace = (f: Field) => BIRTH_PLACE_KEYS.has(pairingKey(f.norm)) || (pairingKey(f.norm) === 'born' && /\p{L}/u.test(f.value) && !/\d/.test(f.value));
  const places = (list: Array<[number, Field]>, side: 'old' | 'new') => list.filter(([i, f]) => birthPlace(f) && !out.some((p) => p[side] === i));
  const [bornOld, bornNew] = [places(olds, 'old'), places(news, 'new')];
  if (bornOld.length === 1 && bornNew.length === 1 && pairingKey(bornOld[0][1].norm) !== pairingKey(bornNew[0][1].norm)) out.push({ old: bornOld[0][0], new: bornNew[0][0] });
  // (A holder's name states no amount: the two never pair the same fields.)
  out.push(...onlyMatches(olds, news, (f, g) => near(shapeOf.get(f), shapeOf.get(g))));
  // KEY_WORD_AND_NAMES: then a key renamed around one of its words (`Engineering design` / `Engineering`), where the
  // two values name the same one (`by Ove Arup & Partners` / `Ove Arup & Partners, Setec`): the one such field left
  // on each side.
  const unpaired = (list: Array<[number, Field]>, side: 'old' | 'new') => {
    const taken = new Set(out.map((p) => p[side]));
    return list.filter(([i]) => !taken.has(i));
  };
  const words = (f: Field) => new Set(keyWords(f.norm).filter((w) => w.length >= 4).map(americanSpelling));
  const akin = (f: Field, g: Field) => {
    const [x, y] = [words(f), words(g)];
    const [a, b] = [identifyingWords(f.value), identifyingWords(g.value)];
    const shared = [...a].filter((w) => b.has(w)).length;
    return [...x].some((w) => y.has(w)) && !/\d/.test(f.value + g.value) && a.size > 0 && (shared >= 2 || namesOverlap(a, b));
  };
  out.push(...onlyMatches(unpaired(olds, 'old'), unpaired(news, 'new'), akin));
  // KEY_WORD_AND_SHAPE: last, a key renamed around one of its words (`Doctoral students` / `Doctoral`, `Mission
  // length` / `Mission duration`) whose two values measure the same kind of amount (the same unit's dimension, or
  // both a bare count, its year aside): the one such field left on each side. (Not a numbered office's field.)
  const unnumbered = ([, f]: [number, Field]) => !/\d$/.test(f.key.trim());
  const kindOf = (f: Field) => {
    const value = withoutMarkers(f.value).replace(TRAILING_ASIDE, '');
    // (A small whole number alone is a count too here, where the keys share a word: `Stations called at: 13` /
    // `Stations: 28`.)
    // (A day's date alone is a kind too: `Construction started: February 1, 2011` / `Start date: January 22, 2010`.)
    const day = extractDates(value).find((d) => d.value.precision === 'day' && d.text.length >= value.trim().length - 2);
    return amountShape(value)?.kind ?? (/^\d{1,3}$/.test(value.trim()) ? BARE_COUNT : day ? DAY_DATE : undefined);
  };
  // The key's words by their first five letters, so a word's forms meet (`started` / `start`).
  const stems = (f: Field) => new Set([...words(f)].map((w) => w.slice(0, 5)));
  const sameKind = (f: Field, g: Field) => {
    const k = kindOf(f);
    return k !== undefined && k === kindOf(g) && [...stems(f)].some((w) => stems(g).has(w));
  };
  out.push(...onlyMatches(unpaired(olds, 'old').filter(unnumbered), unpaired(news, 'new').filter(unnumbered), sameKind));
  out.push(...fieldSlots(out, unpaired(olds, 'old').filter(unnumbered), unpaired(news, 'new').filter(unnumbered), kindOf));
  return out.sort((x, y) => x.old - y.old);
}

/** What FIELD_SLOT compares two values' kinds by: an amount's kind, a date, a name (no figure), or nothing it can tell. */
function slotKind(f: Field, kindOf: (f: Field) => string | undefined): string | undefined {
  const value = withoutMarkers(f.value).replace(TRAILING_ASIDE, '').trim();
  if (!value) return undefined;
  const kind = kindOf(f);
  if (kind) return kind === 'share' ? undefined : kind;
  const dates = extractDates(value);
  if (dates.length && !/\d/.test(blankSpans(value, dates))) return 'date';
  return undefined;
}

/**
 * FIELD_SLOT: a field whose key was renamed past every other rule (`Last Race` / `Last Event`, `Spouse(s)` /
 * `Partner`) stands where it stood: between two fields both revisions pair, next to each other in both boxes, the one
 * field left unpaired on each side, whose values are of one kind (the same kind of amount, a date each, or a name
 * each with no figure), is one field.
 */
function fieldSlots(
  pairs: ReadonlyArray<{ old: number; new: number }>,
  olds: ReadonlyArray<[number, Field]>,
  news: ReadonlyArray<[number, Field]>,
  kindOf: (f: Field) => string | undefined,
): Array<{ old: number; new: number }> {
  const out: Array<{ old: number; new: number }> = [];
  const anchors = [...pairs].sort((x, y) => x.old - y.old);
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [p, q] = [anchors[k], anchors[k + 1]];
    if (q.new <= p.new) continue;
    const x = olds.filter(([i]) => i > p.old && i < q.old);
    const y = news.filter(([i]) => i > p.new && i < q.new);
    if (x.length !== 1 || y.length !== 1) continue;
    const [kx, ky] = [slotKind(x[0][1], kindOf), slotKind(y[0][1], kindOf)];
    if (kx !== undefined && kx === ky) out.push({ old: x[0][0], new: y[0][0] });
  }
  return out;
}

/** The pairs of fields that match each other and nothing else on either side: `the one such field left on each side`. */
function onlyMatches(olds: ReadonlyArray<[number, Field]>, news: ReadonlyArray<[number, Field]>, match: (f: Field, g: Field) => boolean): Array<{ old: number; new: number }> {
  const out: Array<{ old: number; new: number }> = [];
  for (const [i, f] of olds) {
    const matches = news.filter(([, g]) => match(f, g));
    if (matches.length !== 1 || olds.filter(([, h]) => match(h, matches[0][1])).length !== 1) continue;
    out.push({ old: i, new: matches[0][0] });
  }
  return out;
}

/**
 * KEY_TAIL_NAMED: a key of three words or more the other revision names (`Race lap record`) is named without its first
 * word too (`Lap record 1:40.279 (…)`), as KEY_EXTENSION pairs them: what a dump line may open with.
 */
export function withKeyTails(keys: ReadonlySet<string>): Set<string> {
  const out = new Set(keys);
  for (const k of keys) {
    const words = k.split(' ').filter(Boolean);
    const tail = words.slice(1);
    if (words.length >= 3 && !KEY_SMALL_WORDS.has(tail[0]) && tail.join('').length >= 6) out.add(tail.join(' '));
    // KEY_HEAD_NAMED: a key of two words may be drawn by its last, the thing it names (`Type` for `Company type`).
    if (words.length === 2 && tail[0].length >= 4) out.add(tail[0]);
    // UNIT_TAIL: a page source's key that ends with its value's unit (`Weight Lb`) is drawn without it (`Weight 181 lb`).
    if (words.length >= 2 && KEY_UNITS.has(words[words.length - 1])) out.add(unitlessKey(k));
    // TOTAL_JOINED: a page source's key of one word that opens with `total` (`totalpodiums`) is drawn without it (`Podiums 50`).
    if (words.length === 1 && TOTAL_JOINED.test(words[0])) out.add(words[0].replace(TOTAL_JOINED, ''));
    // OF_OR_FOR: a post's key with `of` may be drawn with `for` and the other way round (`Minister for Defence` /
    // `Minister of Defence`), as KEY_ABBREVIATION pairs them, small words aside.
    if (words.length >= 3) {
      const swapped = words.map((w, i) => (i === 0 || i === words.length - 1 ? w : w === 'of' ? 'for' : w === 'for' ? 'of' : w));
      if (swapped.some((w, i) => w !== words[i])) out.add(swapped.join(' '));
    }
  }
  return out;
}

/** The keys a revision names, with the other names of a head's role among them (HEAD_ROLE): what a dump line may open with. */
export function withHeadRoles(keys: ReadonlySet<string>): Set<string> {
  const out = new Set(keys);
  const joined = pairingKeysOf(keys);
  for (const names of HEAD_ROLES) if (names.some((n) => joined.has(n))) names.forEach((n) => out.add(n));
  // A page source's `predecessor4` / `successor4` are the `Preceded by` / `Succeeded by` lines of a rendered office
  // box (OFFICE_FIELDS pairs them, office by office).
  for (const [source, rendered] of OFFICE_LABELS) if ([...joined].some((k) => k.replace(/\d+$/, '') === source)) out.add(rendered);
  // KEY_SYNONYMS: and the other names of a field a box may give it (`Headquarters` for `Location`).
  for (const [names, keyed] of SYNONYM_KEYS) if (keyed.some((n) => joined.has(n))) names.forEach((n) => out.add(n));
  return out;
}
/**
 * COMMON_KEY: labels a rendered box draws before a value on the same line in most box templates (a person's,
 * a company's, an organisation's, a place's), read as a row's key where the other revision names no such key
 * (`Residence West Harptree, Somerset`, `Revenue £6.482 billion (2013)`): a row one revision alone keeps is a
 * removed or added field, not a loose caption. Never a label alone on its line, over a list (`Key people`).
 */
const COMMON_KEYS = [
  'residence', 'religion', 'height', 'weight', 'motto', 'slogan', 'nickname', 'nicknames',
  'revenue', 'employees', 'formation', 'founded', 'spouse', 'spouses', 'children', 'parents',
  'relatives', 'occupation', 'profession', 'nationality', 'citizenship', 'education', 'alma mater', 'awards',
  'website', 'headquarters', 'subsidiaries', 'products', 'services', 'owner', 'owners', 'predecessor',
  'successor', 'founder', 'founders', 'industry', 'area served', 'net income', 'operating income', 'total assets',
  'total equity', 'membership', 'opened', 'architect', 'demonym', 'time zone', 'postal code', 'area code',
  'currency', 'party', 'political party', 'hubs', 'alliance', 'genre', 'genres', 'instruments',
  'years active',
];
const COMMON_JOINED = new Set(COMMON_KEYS.map((k) => pairingKey(k)));
/** Labels a box draws over a list or a picture (`Key people`, `Signature`), read as no row's key but as labels all the same. */
const LABELS_OVER_LISTS = ['key people', 'signature'];
/** Is a value (as pairingKey writes it) a common box label, drawn where a lost value was (VALUE_LOST)? */
export const commonLabel = (joined: string): boolean => COMMON_JOINED.has(joined) || LABELS_OVER_LISTS.some((k) => pairingKey(k) === joined);

/**
 * KEY_SYNONYMS: the names one box field goes by in different revisions of a box (an infobox template's label
 * renamed, or another template used): `Headquarters` / `Location` of a company, `Latest release` / `Stable release`
 * of software, `Spouse` / `Partner`. A field pairs under another of its names only where no key matches as it is and
 * it is the one such field on each side (pairFields). Keys as normalKey writes them, words apart (joined, `headoffice`
 * would be a longer form of `head`: KEY_ABBREVIATION).
 */
const KEY_SYNONYMS: readonly string[][] = [
  ['headquarters', 'head office', 'location', 'office location', 'location city'],
  ['latest release', 'stable release', 'latest version', 'current version', 'stable version'],
  ['spouse', 'spouses', 'partner', 'partners', 'domestic partner'],
  ['founded', 'established', 'formed', 'formation', 'foundation', 'inception'],
  ['employees', 'number of employees', 'staff', 'workforce'],
  ['revenue', 'turnover', 'sales'],
  ['net income', 'profit', 'net profit'],
  ['area served', 'service area', 'region served'],
  ['mission duration', 'mission length'],
  ['most caps', 'most appearances', 'appearances'],
  ['top scorer', 'top goalscorer', 'most goals', 'leading scorer'],
  ['current champion', 'current champions', 'defending champion', 'defending champions', 'title holder', 'title holders', 'current holder', 'current holders'],
  ['faculty', 'academic staff'],
  ['opened', 'opening', 'opening date', 'date opened'],
  ['ground', 'stadium', 'home ground', 'home stadium', 'arena'],
  ['occupation', 'occupations', 'profession'],
  ['postal code', 'postal codes', 'postcode', 'postcodes', 'zip code', 'zip codes'],
  ['deaths', 'fatalities'],
  ['released', 'release date', 'initial release', 'first released'],
  ['party', 'political party'],
  ['website', 'official website', 'homepage'],
];
/** KEY_SYNONYMS with each name as pairingKey writes it, and the group each such key is in. */
const SYNONYM_KEYS: ReadonlyArray<readonly [readonly string[], string[]]> = KEY_SYNONYMS.map((names) => [names, names.map((n) => pairingKey(n))] as const);
const SYNONYM_GROUP = new Map(SYNONYM_KEYS.flatMap(([, keyed], group) => keyed.map((k) => [k, group] as const)));

/** A page source's office-box keys and the labels a rendered box prints for them. */
const OFFICE_LABELS: ReadonlyArray<[string, string]> = [
  ['predecessor', 'preceded by'],
  ['successor', 'succeeded by'],
];

/**
 * The names a box gives the one who heads its subject, each list one role under its several keys (HEAD_ROLE): a
 * city's, a team's, an international body's. Keys as pairingKey writes them.
 */
const HEAD_ROLES: readonly string[][] = [
  ['mayor', 'leader', 'lordmayor'],
  ['manager', 'headcoach'],
  ['directorgeneral', 'secretarygeneral'],
  // A deputy is a vice (`Vice Governor` / `Deputy Governor`).
  ['vicegovernor', 'deputygovernor'],
  ['vicemayor', 'deputymayor'],
  ['vicepresident', 'deputypresident'],
  // A university's head: its president, vice-chancellor, rector or principal, as its country calls the post.
  ['president', 'vicechancellor', 'rector', 'principal'],
  // A country's envoy to another is its ambassador there (a bilateral relation's box: `Ambassador` / `envoy1`).
  ['ambassador', 'envoy'],
  // A publication's editor is its editor-in-chief, as the other copy names the post.
  ['editor', 'editorinchief', 'chiefeditor'],
];

interface ValueShape {
  /** What the value measures: a share (`6,470 / 20,690`), or a unit's dimension with its unit (`money:USD`, `power:MW`). */
  kind: string;
  /** How large: the share's whole, or the amount. */
  size: number;
}

/** Words after a number that are no unit of it. */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per', 'the', 'to', 'with']);
/** `6,470 / 20,690`: a share of seats or places, a number of a whole. */
const SHARE = /^[^\p{N}]{0,12}(\d[\d,. ]*)\s*\/\s*(\d[\d,. ]*\d|\d)/u;

/**
 * The kind of amount a field's value states, when it states one kind only and that kind says what the field is
 * (a share, an amount of money or of a unit); a bare count or a date says too little to pair renamed keys by.
 */
/** A year a rendered box put before its value (`• Total (2013) C$695.705 billion`): the key's, not the value's. */
const LEADING_YEAR = /^\s*\((?:1[5-9]|20)\d\d\)\s*/;

function valueShape(value: string, language: string): ValueShape | undefined {
  const text = value.replace(/\[[^\]]*\]/g, ' ');
  const share = SHARE.exec(text);
  if (share) return { kind: 'share', size: parseAmount(share[2].trim(), language) };
  if (extractDates(text).length) return undefined;
  const amounts = extractQuantities(text, [], language).map((q) => ({ q, m: measureOf(q.value.unit) }));
  // A word after the number is a unit too (`3,200 MW`), unless it is a small word that goes on with the value (`6,300 on-site`).
  if (!amounts.length || amounts.some(({ m }) => m.dimension === 'count' || m.dimension === 'people' || FUNCTION_WORDS.has(m.unit))) return undefined;
  const [{ q, m }] = amounts;
  if (amounts.some((a) => a.m.dimension !== m.dimension)) return undefined;
  return { kind: `${m.dimension}:${m.unit}`, size: q.value.amount };
}

/** The kind REPEATED_KEY_SHAPE gives a value that is a number and nothing else (its markers and a parenthesis aside). */
const BARE_COUNT = 'bare count';
/** The kind KEY_WORD_AND_SHAPE gives a value that is a day's date and nothing else. */
const DAY_DATE = 'day';
function bareCount(value: string, language: string): ValueShape | undefined {
  const text = withoutMarkers(value).replace(/\([^)]*\)/g, ' ').trim();
  if (!/^\d{1,3}(?:[,. ]\d{3})+$|^\d{4,}$/.test(text) || extractDates(text).length) return undefined;
  const size = parseAmount(text, language);
  return Number.isFinite(size) ? { kind: BARE_COUNT, size } : undefined;
}

/**
 * KEY_TAIL: words after a key that only say its value is a measure, a count or who holds it: `Fleet size` is
 * `Fleet`'s field, `Inaugural holder` is `Inaugural`'s (KEY_EXTENSION); and a page source's unit after its key
 * (`elevation_m`, `length_km`, `area_sq_mi`: the unit the value is given in, `UNIT_TAIL`).
 */
const KEY_TAIL = new Set(['size', 'count', 'number', 'total', 'figure', 'amount', 'holder', 'm', 'ft', 'km', 'mi', 'km2', 'mi2', 'sqmi', 'sq', 'ha', 'acre', 'acres', 'kg', 'lb', 'mw']);

/** Small words a key may have or lack (`Number of employees`, `Num employees`). */
const KEY_SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'for', 'a', 'an']);
const keyWords = (norm: string) => norm.split(' ').filter((w) => w && !KEY_SMALL_WORDS.has(w));

/**
 * KEY_ABBREVIATION: two keys name one field when, small words aside, they have as many words and each word of one
 * is the other's or a start of it of three letters or more (`num employees` / `number of employees`, `subsid` /
 * `subsidiaries`, `owner` / `owners`); `founded` / `founder` differ.
 */
export function abbreviates(x: string, y: string): boolean {
  const [a, b] = [keyWords(x), keyWords(y)];
  // KEY_INITIALS: a one-word key of two to four letters that spells the other's words' initials (`Gm` / `General
  // manager`, `Ceo` / `Chief executive officer`).
  const initials = (one: string[], many: string[]) => one.length === 1 && many.length >= 2 && many.length <= 4 && one[0] === many.map((w) => w[0]).join('');
  if (initials(a, b) || initials(b, a)) return true;
  if (!a.length || a.length !== b.length) return false;
  return a.every((w, i) => abbreviatedWord(w, b[i]));
}

/**
 * One key word the other's, or a start of it of three letters or more, or a page source's contraction of it: its
 * letters in order from the first two, the last the same (`nums` / `numbers`, `champs` / `championships`; `name` is
 * no `nickname`), or its consonants alone from the first to the last (`ntl` / `national`): WORD_CONTRACTION.
 */
function abbreviatedWord(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short === long || (short.length >= 3 && long.startsWith(short))) return true;
  // (Or its consonants alone, three or more, the first and last the word's: `Ntl` / `National`, `Mgr` / `Manager`.)
  const skeleton = short.length >= 3 && !/[aeiou]/.test(short) && short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
  if (!skeleton && (short.length < 4 || short.slice(0, 2) !== long.slice(0, 2) || short[short.length - 1] !== long[long.length - 1])) return false;
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length;
}

/**
 * KEY_AGENT: a label that says who did it (`Produced by`, `Edited by`, `Written by`, `Owned by`) and the noun of the
 * one who does or the doing (`Producer`, `Editing`, `Writer`, `Owner`) name one field: the verb and the noun open
 * alike (four letters). Keys as pairingKey writes them. `Founded` (a date) is no `Founder`: the label needs its `by`.
 */
export function agentKeys(x: string, y: string): boolean {
  const [by, agent] = /by$/.test(x) ? [x, y] : [y, x];
  if (!/^\p{L}{3,}(?:ed|en)by$/u.test(by) || !/^\p{L}{3,}(?:er|or|ing|ion)s?$/u.test(agent)) return false;
  // (An office box's `Succeeded by` and `Preceded by` pair within their offices: OFFICE_FIELDS.)
  if (/^(?:succe|prece)/.test(by)) return false;
  return by.slice(0, 4) === agent.slice(0, 4);
}

/**
 * KEY_EXTENSION: two keys name one field when one is the other with one word more (`native name` / `native
 * name lang`, `assets` / `total assets`), small words aside. Used only where no key matches as it is, and only one
 * field on each side answers.
 */
export function extendsKey(x: string, y: string): boolean {
  const [a, b] = [keyWords(x), keyWords(y)];
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!short.length || long.length !== short.length + 1 || short.join('').length < 3) return false;
  // A one-word key is the longer one's head, its last word (`assets` / `total assets`, `TEU` / `Annual TEU`;
  // `current` is no `current champion`), or its first before a word that only says what its value is (`fleet` /
  // `fleet size`, `inaugural` / `inaugural holder`: KEY_TAIL).
  if (short.length === 1) return abbreviatedWord(long[long.length - 1], short[0]) || (long[0] === short[0] && KEY_TAIL.has(long[1]));
  if (short.join('').length < 4) return false;
  return long.some((_, skip) => long.filter((__, j) => j !== skip).join(' ') === short.join(' '));
}

export type { Unit };

/** One labelled part of a value or line (SUB_ENTRIES): `Concert: 9,679` in `Capacity: Basketball: 14,429, Concert: 9,679`. */
export interface SubEntry {
  /** The label as compared: lower case, a number's grouping spaces gone (`10 000 m` is `10000 m`). */
  label: string;
  /** The label as written. */
  shown: string;
  value: string;
}

/** A word a part's label may hold: letters or digits, with inner dots, slashes, hyphens, apostrophes (`BAA/NBA`, `1-minute`). */
const LABEL_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’/&-]*$/u;
/** A year, or a figure with a decimal point: the end of the value before a label, never part of it. */
const VALUE_END_WORD = /^(?:1[5-9]\d\d|20\d\d|\d+\.\d+)$/;
/** A short unit a distance's label ends with (`2000 m`, `10 km`): the year-like figure before it is the label's. */
const LABEL_UNIT = /^(?:m|km|mi|ft|yd)$/;

/**
 * SUB_ENTRIES: the labelled parts of a box's line or value, each a label of at most SUB_LABEL_WORDS words before a
 * colon (from the last comma, semicolon, bar, bracket or figure before it: `Basketball: 25,000 Concert: 11,000
 * (Stage Proscenium) Boxing: 18,000`, `500 m: 36.17 (2009), 1500 m: 1:43.54 (2009)`) and the value up to the next
 * label. A colon between digits is a time's (`3:39.65`), one before `/` an address's; a label opens with a capital or
 * a digit and holds a letter. A label with no value after it (`Capacity:` before `Basketball: …`) heads the parts and
 * is no part.
 */
export function subEntries(text: string): SubEntry[] {
  const t = withoutMarkers(text).replace(/^\s*[-*•·▪◦]\s+/u, '');
  const labels: { start: number; colon: number; shown: string }[] = [];
  for (const m of t.matchAll(/:/g)) {
    const c = m.index;
    const before = t[c - 1] ?? '';
    const after = t[c + 1] ?? '';
    if (!/[\p{L}\p{N})]/u.test(before) || (/\d/.test(before) && /\d/.test(after)) || after === '/') continue;
    const base = labels.length ? labels[labels.length - 1].colon + 1 : 0;
    const words = [...t.slice(base, c).matchAll(/\S+/g)];
    const taken: RegExpMatchArray[] = [];
    for (let i = words.length - 1; i >= 0 && taken.length <= SUB_LABEL_WORDS; i--) {
      const w = words[i][0];
      if (!LABEL_WORD.test(w)) break;
      if (VALUE_END_WORD.test(w) && !(taken.length && LABEL_UNIT.test(taken[0][0]))) break;
      taken.unshift(words[i]);
    }
    // Too many words is a sentence, not a label; lower-case words open no label (`including engine development:`).
    while (taken.length && !/^[\p{Lu}\p{N}]/u.test(taken[0][0])) taken.shift();
    // A distance is the whole label (`Best times 800 m:` labels `800 m`), its figure's groups with it (`10 000 m`).
    if (taken.length > 1 && LABEL_UNIT.test(taken[taken.length - 1][0])) {
      let first = taken.length - 1;
      while (first > 0 && /^\d+$/.test(taken[first - 1][0])) first--;
      if (first < taken.length - 1) taken.splice(0, first);
    }
    if (!taken.length || taken.length > SUB_LABEL_WORDS || !/\p{L}/u.test(taken.map((w) => w[0]).join(''))) continue;
    labels.push({ start: base + taken[0].index!, colon: c, shown: taken.map((w) => w[0]).join(' ') });
  }
  const out: SubEntry[] = [];
  labels.forEach((l, i) => {
    const value = t
      .slice(l.colon + 1, labels[i + 1]?.start ?? t.length)
      .trim()
      .replace(/[\s,;|]+$/u, '');
    if (!/[\p{L}\p{N}]/u.test(value)) return;
    out.push({ label: l.shown.toLowerCase().replace(/(\d)[\s,](?=\d{3}\b)/g, '$1'), shown: l.shown, value });
  });
  return out;
}

/** Two parts' labels name the same thing: the same, or one the other's last words after a heading (`Capacity Basketball` / `Basketball`). */
export function subLabelsMatch(x: SubEntry, y: SubEntry): boolean {
  if (x.label === y.label) return true;
  const [long, short] = x.label.length > y.label.length ? [x, y] : [y, x];
  return long.label.endsWith(` ${short.label}`) && /^\p{Lu}\p{L}{2,}/u.test(short.shown);
}

/**
 * What a part's value states (SUB_ENTRIES' kind guard): a day's or month's date, the dimension of its first amount, a
 * bare figure, or words. Parts of one label under two headings (`PSLV-G: 20 September 1993` of the first flights,
 * `PSLV-G: 295,000 kg` of the masses) state different kinds of thing.
 */
export function partKind(value: string, language = 'en'): string {
  const main = withoutMarkers(value).replace(/\([^)]*\)/g, ' ');
  const dates = extractDates(main);
  if (dates.some((d) => d.value.precision !== 'year')) return 'date';
  const amount = extractQuantities(main, dates, language)[0];
  if (amount) return measureOf(amount.value.unit).dimension;
  return /\d/.test(main) ? (dates.length ? 'year' : 'figure') : 'words';
}

/**
 * FEET_INCHES_FIELDS: a page source's height in two parameters, feet and inches (`Height Ft: 5` over `Height In: 10`),
 * is one field of one length (`Height: 5 ft 10 in`), as a page shows it: the inches' line part of its value.
 */
export function joinFeetInches(rev: RevisionUnits, fields: Map<number, Field>): Map<number, Field> {
  for (const [i, f] of fields) {
    const words = f.norm.split(' ');
    if (words.length < 2 || words[words.length - 1] !== 'ft' || !/^\d{1,2}$/.test(withoutMarkers(f.value))) continue;
    const next = fields.get(i + 1);
    const head = words.slice(0, -1).join(' ');
    if (!next || next.norm !== `${head} in` || rev.units[i + 1]?.line !== rev.units[i].line + 1 || !/^\d{1,2}(?:\.\d+)?$/.test(withoutMarkers(next.value))) continue;
    const key = f.key.replace(/\s*\S+\s*$/, '');
    fields.set(i, { ...f, key, norm: head, value: `${withoutMarkers(f.value)} ft ${withoutMarkers(next.value)} in`, valueUnits: [...(f.valueUnits ?? []), i + 1] });
    fields.delete(i + 1);
  }
  return fields;
}

/** A year or a season (`2014`, `2014–16`, `2014-2016`) in a list of them (YEARS_LIST_GREW). */
const LISTED_YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)(?:\s?[–-]\s?\d{2,4})?`;
/** A list of years joined by commas or `and`, with the word before it: `Champions, 1995, 2007`, `the 2018 and 2022`. */
const YEAR_LIST = new RegExp(String.raw`([\p{L}\p{N}]+)[\s,(:)–-]*(${LISTED_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${LISTED_YEAR})*)(?![\p{N}])`, 'gu');
/** Two years in one text, the least any list YEARS_LIST_GREW compares holds in the longer text. */
const TWO_YEARS = /(?:1[5-9]|20)\d\d[^]*?(?:1[5-9]|20)\d\d/;
/** A listed year as compared: a season's end written in full (`2014–16` is `2014–2016`). */
function listedYear(text: string): string {
  const m = /^(\d{4})(?:\s?[–-]\s?(\d{2,4}))?$/.exec(text.trim());
  if (!m) return text.trim();
  return m[2] ? `${m[1]}–${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}` : m[1];
}

/**
 * YEARS_LIST_GREW: a list of years after the same word (a title's wins, the seasons a partner rowed: `Champions, 1995,
 * 2007` / `Champions (1995, 2007, 2019)`, `the 2018 and 2022 European Championships` / `the 2018, 2022, and 2024 …`)
 * that holds every year of the other and more states another count of them: a fact-conflict. In a statement the shorter
 * must be a list too (`fewest` 2: `dominated the 2007 championship` / `winning the 2006 and 2007 championships` is one
 * season's statement against a list); in a field one year will do (`Champion 2012` / `Champion 2012, 2016`). The lists
 * as written, or undefined.
 */
export function yearsListGrew(a: string, b: string, fewest = 1): { old: string; new: string } | undefined {
  // (A list of two years or more needs two years in its text: a pair of texts with none such is not scanned for lists.)
  if (!TWO_YEARS.test(a) && !TWO_YEARS.test(b)) return undefined;
  const lists = (text: string) =>
    [...withoutMarkers(text).matchAll(YEAR_LIST)].map((m) => ({ before: m[1].toLowerCase().replace(/[–-]/g, ''), text: m[2], years: m[2].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map(listedYear) }));
  const [la, lb] = [lists(a), lists(b)];
  for (const x of la) {
    for (const y of lb) {
      if (x.before !== y.before) continue;
      const [small, large] = x.years.length < y.years.length ? [x, y] : [y, x];
      if (small.years.length === large.years.length || small.years.length < fewest || large.years.length < 2 || !small.years.every((v) => large.years.includes(v))) continue;
      // (The years it gained are nowhere in the other text: `in 1908 and in 1948` lists the same two.)
      const smallText = small === x ? a : b;
      if (large.years.some((v) => !small.years.includes(v) && smallText.includes(v.slice(0, 4)))) continue;
      return { old: x.text, new: y.text };
    }
  }
  return undefined;
}
