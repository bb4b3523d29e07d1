// When two names name the same thing: whole words, acronyms the text defines, a country and its adjective, a name inside a longer one.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { TextMemo } from '../memo.ts';
import { loadCompromise } from './compromise.ts';

// The country table is 1.4 MB of JSON: read on first use, so a command that compares no names does not pay for it.
const requireModule = createRequire(import.meta.url);

/**
 * Capitalised words that are titles or generic parts of names (`President`, `University`, `River`): sharing one
 * of them does not make two names the same (`President A` and `President B` are two people).
 */
const GENERIC_NAME_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'mayor', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope',
  'general', 'governor', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'secretary', 'senator', 'chief', 'executive',
  'head', 'coach', 'manager', 'captain', 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'dr', 'saint', 'st', 'the',
  'republic', 'kingdom', 'state', 'states', 'united', 'city', 'county', 'province', 'region', 'district', 'national',
  'federal', 'federation', 'union', 'party', 'university', 'college', 'school', 'institute', 'company', 'corporation',
  'group', 'bank', 'council', 'committee', 'ministry', 'department', 'office', 'army', 'navy', 'air', 'force', 'forces',
  'river', 'lake', 'mount', 'mountain', 'island', 'islands', 'sea', 'ocean', 'north', 'south', 'east', 'west', 'northern',
  'southern', 'eastern', 'western', 'central', 'new', 'old', 'great', 'first', 'second', 'third', 'of', 'and', 'de', 'la',
  'le', 'von', 'van', 'der', 'da', 'du', 'al', 'inc', 'ltd', 'co', 'plc', 'fc', 'ac', 'club', 'stadium', 'station',
  'airport', 'bridge', 'tower', 'street', 'road', 'park', 'hall', 'church', 'cathedral', 'museum', 'award', 'cup',
  'league', 'championship', 'world', 'international', 'democratic', 'people', 'peoples', 'socialist', 'communist',
]);

let countryIndexes: { names: Map<string, string>; codes: Map<string, string>; short: Map<string, string>; dotted: Map<string, string> } | undefined;
/** world-countries read once: its names (below) and its three-letter codes (COUNTRY_CODE), each to the ISO code. */
function countries(): { names: Map<string, string>; codes: Map<string, string>; short: Map<string, string>; dotted: Map<string, string> } {
  if (countryIndexes) return countryIndexes;
  const names = new Map<string, string>();
  const codes = new Map<string, string>();
  const short = new Map<string, string>();
  // DOTTED_COUNTRY: a country's short spelling written with full stops (`U.K.`, `U.A.E.`), or its two-letter code so
  // written as the last part of a place, after a comma (`Washington County, Maryland, U.S.`): the country is meant (a
  // code alone may be another abbreviation: `S.J.`, `A.D.`).
  const dotted = new Map<string, string>();
  for (const c of requireModule('world-countries/countries.json') as Country[]) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings, c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!name) continue;
      // SHORT_COUNTRY: an other spelling of two or three capitals that is not the ISO two-letter code (`UK`, `UAE`,
      // `USA`, `DRC`), read only where the text writes it in capitals (`uk` alone is no word to trust); kept in small
      // letters, as a name's words are read.
      if (name.length < 4) {
        if (/^\p{Lu}{2,3}$/u.test(name) && name !== c.cca2 && !short.has(name.toLowerCase())) short.set(name.toLowerCase(), c.cca3);
        continue;
      }
      const key = normalName(name);
      if (!names.has(key)) names.set(key, c.cca3);
    }
    for (const code of [c.cca3, c.cioc]) if (code && !codes.has(code)) codes.set(code, c.cca3);
    if (!dotted.has(c.cca2.toLowerCase())) dotted.set(c.cca2.toLowerCase(), c.cca3);
  }
  return (countryIndexes = { names, codes, short, dotted });
}

/** Country names, official names, other spellings and demonyms (`France`, `French Republic`, `French`) → ISO code. */
const countryOf = (word: string): string | undefined => countries().names.get(word);

/**
 * COUNTRY_CODE: a value that is a country's three-letter code in capitals (ISO 3166 `ARG`, or the Olympic code, `GER`)
 * names that country, as an export's `Country: ARG` does for a page's `Country | Argentina |`.
 */
const countryOfCode = (name: string): string | undefined => (/^\p{Lu}{3}$/u.test(name) ? countries().codes.get(name) : undefined);

/** A name's comparable form: lowercased, possessive `'s` dropped, punctuation as spaces. */
export function normalName(name: string): string {
  return normalNames.get(name, () => normalOf(name));
}
/** Each name's comparable form, made once per article (memo.ts); a string, so callers share it. */
const normalNames = new TextMemo<string>((normal) => normal);

/**
 * Modifier letters written as an apostrophe, an ʻokina or a stress mark (`Hawaiʻi`, `Oʻahu`): a copy that writes
 * `Hawaii` names the same place (APOSTROPHE_LETTERS).
 */
const APOSTROPHE_LETTERS = /[\u02B9-\u02BF\u02C8-\u02CC]/gu;
/** A text without its letters' accents and APOSTROPHE_LETTERS (`Hawaiʻi` → `Hawaii`, `Shinzō` → `Shinzo`). */
export const foldLetters = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(APOSTROPHE_LETTERS, '');

function normalOf(name: string): string {
  // An acronym written with full stops is one word (`U.S.` is `US`).
  return foldLetters(name.replace(/(?<![\p{L}.])((?:\p{Lu}\.){1,5}\p{Lu})\.?(?![\p{L}])/gu, (_, letters: string) => letters.replace(/\./g, '')))
    .toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The words that identify a name, each reduced to a canonical form: an acronym the text defines stands for its
 * expansion's words, a country word for the country, and titles and generic words drop out.
 */
/**
 * PEERAGE: a peer's style names the person by the surname after the rank; the place after `of` is the title's, not
 * a name of the person (`The Lord Patten of Barnes` is `Chris Patten`; `Baroness Smith of Basildon`).
 */
const PEERAGE = /^(?:the )?(?:lord|lady|baron|baroness|viscount|viscountess|earl|countess|marquess|marchioness) (\p{L}+) of \p{L}+(?: \p{L}+){0,2}$/u;

export function identifyingWords(name: string, acronyms: ReadonlyMap<string, string> = new Map()): Set<string> {
  const plain = normalName(name).replace(PEERAGE, '$1');
  const { short, dotted } = countries();
  const whole = countryOf(plain) ?? countryOfCode(name.trim()) ?? (/^\p{Lu}{2,3}$/u.test(name.trim()) ? short.get(plain) : undefined);
  if (whole) return new Set([`country:${whole}`]);
  const out = new Set<string>();
  // (The name's words in capitals, read only where a word is such a spelling.)
  let capitals: string[] | undefined;
  // (Its acronyms written with full stops, `U.S.`, read as letters: DOTTED_COUNTRY.)
  const stops = name.includes('.') ? name.match(/(?<![\p{L}.])(?:\p{Lu}\.){1,2}\p{Lu}(?=\.|[^\p{L}]|$)/gu)?.map((a) => a.replace(/\./g, '').toLowerCase()) : undefined;
  const lastCode = stops ? /,\s*((?:\p{Lu}\.){1,2}\p{Lu})\.?\s*$/u.exec(name)?.[1].replace(/\./g, '').toLowerCase() : undefined;
  for (const word of plain.split(' ')) {
    if (!word) continue;
    const dottedCountry = stops?.includes(word) ? (short.get(word) ?? (word === lastCode ? dotted.get(word) : undefined)) : undefined;
    if (dottedCountry) {
      out.add(`country:${dottedCountry}`);
      continue;
    }
    const shortCountry = short.has(word) && (capitals ??= name.match(/(?<![\p{L}.])\p{Lu}{2,3}(?![\p{L}])/gu) ?? []).includes(word.toUpperCase()) ? short.get(word) : undefined;
    if (shortCountry) {
      out.add(`country:${shortCountry}`);
      continue;
    }
    const expanded = acronyms.get(word);
    if (expanded) {
      for (const w of expanded.split(' ')) if (!GENERIC_NAME_WORDS.has(w)) out.add(w);
      continue;
    }
    const country = countryOf(word);
    if (country) out.add(`country:${country}`);
    else if (!GENERIC_NAME_WORDS.has(word)) out.add(word);
  }
  return out;
}

/**
 * Do two names name the same thing? They do when they share an identifying word (`Paris` and `Paris, Texas`;
 * `Mongolia` and `Mongolian`; `OSCE` and the `Organization for Security and Co-operation in Europe` it stands for).
 * Names with no identifying word at all (`the President`) never contradict anything.
 */
export function sameReferent(a: string, b: string, acronymsA: ReadonlyMap<string, string> = new Map(), acronymsB: ReadonlyMap<string, string> = new Map()): boolean {
  if (isAlias(a, b)) return true;
  const x = identifyingWords(a, acronymsA);
  const y = identifyingWords(b, acronymsB);
  if (!x.size || !y.size) return true;
  return namesOverlap(x, y);
}

/**
 * One name written another way: an acronym of it (INITIALS), its words split otherwise (JOINED_INSIDE), or one word
 * with another last letter (OTHER_ENDING).
 */
export const isAlias = (a: string, b: string): boolean =>
  initialsOf(a, b) || initialsOf(b, a) || partInitials(a, b) || partInitials(b, a) || joinedInside(a, b) || otherEnding(a, b);

/**
 * PART_INITIALS: a name that keeps some words and writes the rest as their initials (`Nintendo PTD` / `Nintendo
 * Platform Technology Development`): the same name, the kept words the same on both sides.
 */
function partInitials(short: string, long: string): boolean {
  const words = (name: string) => name.normalize('NFD').replace(/\p{M}+/gu, '').split(/[^\p{L}]+/u).filter(Boolean);
  const [a, b] = [words(short), words(long)];
  return a.some((t, i) => {
    if (!/^\p{Lu}{2,6}$/u.test(t) || a.length < 2) return false;
    const [before, after] = [a.slice(0, i), a.slice(i + 1)];
    const middle = b.slice(before.length, b.length - after.length);
    const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, k) => w.toLowerCase() === y[k].toLowerCase());
    return middle.length >= 2 && same(before, b.slice(0, before.length)) && same(after, b.slice(b.length - after.length)) && initialsOf(t, middle.join(' '));
  });
}

/**
 * OTHER_ENDING: two one-word names the same but for a last `s` or `n` (`Himalayas` / `Himalayan`, the range and its
 * adjective), of six letters or more: one name. Not names of two words or more (`Serena Williams` / `Prince William`).
 */
function otherEnding(a: string, b: string): boolean {
  const [x, y] = [normalName(a), normalName(b)];
  // SHORT_PLURAL: a two-word name's first word with an `s` is its short form (`Olympics` / `Olympic Games`).
  const short = (one: string, two: string) => /^\S{6,} \S+$/.test(two) && !/\s/.test(one) && one === `${two.split(' ')[0]}s`;
  if (short(x, y) || short(y, x)) return true;
  if (x === y || /\s/.test(x) || /\s/.test(y) || Math.min(x.length, y.length) < 6) return false;
  const stem = (w: string) => w.replace(/[sn]$/, '');
  return stem(x) === stem(y) && Math.abs(x.length - y.length) <= 1;
}

/**
 * JOINED_INSIDE: a name whose words, run together, are a run of the other's words run together names the same thing
 * however it splits them (`Diplomatic Blue Book` / `Diplomatic Bluebook of Japan`); `Anna` is not in `Annabel Lind`.
 */
function joinedInside(a: string, b: string): boolean {
  const words = (name: string) => normalName(name).split(' ').filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.join('').length <= y.join('').length ? [x, y] : [y, x];
  const target = short.join('');
  if (target.length < 4 || short.length === long.length) return false;
  for (let i = 0; i < long.length; i++) {
    let joined = '';
    for (let j = i; j < long.length && joined.length < target.length; j++) {
      joined += long[j];
      if (joined === target) return true;
    }
  }
  return false;
}

/**
 * INITIALS: an acronym is the name whose initials it spells (`ROC` and `Republic of China`, `UN` and `United
 * Nations`, `U.S.` and `United States`), with or without the small words (`of`, `the`), or its small words kept but a
 * leading article (`TOI` and `The Times of India`), whether or not this text defines it.
 */
function initialsOf(acronym: string, name: string): boolean {
  // Written with full stops or not (`U.S.`, `U.S`, `U S` as tokens, and `US` are one acronym).
  const short = /^(?:\p{Lu}[.\s]*){2,6}$/u.test(acronym.trim()) ? acronym.replace(/[.\s]/g, '') : acronym.trim();
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const words = name.normalize('NFD').replace(/\p{M}+/gu, '').split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length < 2) return false;
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  // (A name's leading article is no initial, its small words inside may be: `TOI`, `The Times of India`.)
  const article = /^(?:the|a|an)$/i.test(words[0]) ? all.slice(1) : undefined;
  return all === short || capitalised === short || article === short;
}

/**
 * NAME_INSIDE: two names' identifying words name one thing when one name lies inside the other (`Paris` and
 * `Paris, Texas`; `Starmer` and `Keir Starmer`) or they end in the same word, a surname or a head
 * (`Tsakhiagiin Elbegdorj` and `Tsakhia Elbegdorj`). Sharing another word is not enough: `Anna Berg` and `Anna
 * Lind` are two people, `Rust Foundation` and `Rust Team` two bodies.
 */
export function namesOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const inside = (small: ReadonlySet<string>, big: ReadonlySet<string>) => [...small].every((w) => big.has(w));
  if (inside(x, y) || inside(y, x)) return true;
  const [lx, ly] = [[...x], [...y]];
  const last = lx[lx.length - 1];
  if (last !== ly[ly.length - 1]) return false;
  // ORGANIZATION_HEAD: a shared last word that only says what kind of body a name is (`National Lottery Commission` /
  // `Gambling Commission`; compromise's organisation words) names one body only where the words before it meet too.
  if (lx.length > 1 && ly.length > 1 && organizationWords().has(last)) return lx.slice(0, -1).some((w) => ly.includes(w));
  return true;
}

let organizationWordSet: ReadonlySet<string> | undefined;
/** The nouns that end an organisation's name (`Commission`, `Council`, `Holdings`), from compromise's tagger model. */
function organizationWords(): ReadonlySet<string> {
  if (!organizationWordSet) {
    const world = (loadCompromise() as unknown as { world(): { model: { two: { orgWords: Record<string, unknown> } } } }).world();
    organizationWordSet = new Set(Object.keys(world.model.two.orgWords));
  }
  return organizationWordSet;
}
