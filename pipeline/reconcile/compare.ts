// Classify every difference between two aligned revisions: fact-conflict, added, removed, moved, reworded (formatting never counts).
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import type { Discrepancy, DiscrepancyKind, DiscrepancySide, FactType, Significance } from '../model.ts';
import type { Alignment, UnitPair } from './align.ts';
import { definedAcronyms, eventOfStem, type Contradiction } from './contradictions.ts';
import { HONORIFIC_BEFORE, HONORIFIC_WORDS, blankSpans, datesAgree, entityKind, extractCounts, extractDates, extractEntities, extractQuantities, properNounRuns, quantitiesAgree, quantitiesComparable, type DateMention, type EntityMention, type FactMention, type QuantityMention } from './facts.ts';
import { identifyingWords, isAlias, normalName, sameReferent } from './names.ts';
import { officeTerms, pairTerms, type Term, type TermPair } from './terms.ts';
import { HOLDER_LINE, WEBSITE_ROW, allNumbers, commonLabel, abbreviates, agentKeys, columnPairs, emptyValue, extendsKey, fieldUnitIndices, isFigureLine, labelledKeys, normalKey, withoutMarkers, fieldValuesConflict, roleHolderChanges, subEntries, subLabelsMatch, partKind, yearsListGrew, isLayoutField, namedKeys, numbersOf, pairingKey, parseField, withoutTrend, sameValue, type Field } from './fields.ts';
import { contextWords, countedNoun, factContext, pairFactsByRole, roleSimilarity, type FactPairing } from './roles.ts';
import { NUMBER_WORDS, ORDINAL_WORDS, comparisonWords, digest, numeralForms, parenthesisDepth, sameSpelling, wordSimilarity, wordTokens, type WordToken } from './tokens.ts';
import type { RevisionUnits, Unit } from './units.ts';
import { isCount, isPhysical, measureOf } from './measures.ts';
import { listChanges } from './labelled-lists.ts';
import { KEY_UNITS } from './fields.ts';
import { LABEL_WORDS } from '../read/rules.ts';
import { IMAGE_FILE, MONTAGE_CAPTION } from '../read/rendered.ts';
import { SPELLING_LETTERS, BOX_ENTRY_RUN, BOX_ENTRY_WORDS, KEY_WORDS, LONE_FACT_SIMILARITY, MIN_FIELDS, FLATTENED_KEYS, MOVED_FACT_ROLE, MOVED_FACT_SHARED, ONE_SIDE_MEASURE_RATIO, PERSON_CONTEXT, PERSON_ROLE_MIN, REPLACEMENT_NAMED, REPLACEMENT_SIMILARITY, TOPIC_WORDS } from './rules.ts';

/** A discrepancy before resolution, with the units it covers (for annotating the tree). */
export interface Finding {
  discrepancy: Omit<Discrepancy, 'resolution' | 'significance'>;
  oldUnits: Unit[];
  newUnits: Unit[];
  /** The pair it came from, for sentence-level findings. */
  pair?: UnitPair;
  /** Which consecutive pair of revisions it came from (0 for the first and second). */
  step?: number;
}

type FactChange = { type: FactType; old: string | null; new: string | null };

function side(rev: RevisionUnits, text: string, unit: { line: number; column: number }): DiscrepancySide {
  return { revision: rev.revision.id, text, line: unit.line, file: rev.revision.file, column: unit.column };
}

function pairUp(type: FactType, olds: FactMention[], news: FactMention[]): FactChange[] {
  const out: FactChange[] = [];
  for (let i = 0; i < Math.max(olds.length, news.length); i++) out.push({ type, old: olds[i]?.text ?? null, new: news[i]?.text ?? null });
  return out;
}

const dateAgree = (x: DateMention, y: DateMention) => datesAgree(x.value, y.value);
const quantityAgree = (x: QuantityMention, y: QuantityMention) => quantitiesAgree(x.value, y.value);
/** Two dates or two amounts that agree (a fact of another type agrees with none). */
const factsAgree = (x: FactMention, y: FactMention) => (x.type === 'date' && y.type === 'date' ? dateAgree(x, y) : x.type === 'quantity' && y.type === 'quantity' && quantityAgree(x, y));
const quantityComparable = (x: QuantityMention, y: QuantityMention) => quantitiesComparable(x.value, y.value);
/** AS_OF: a date after `as of` (`As of 2023, …`, `(as of 2021)`): when the statement holds, no event of its own. */
const asOf = (text: string, fact: FactMention) => /\bas of\s*$/i.test(text.slice(Math.max(0, fact.start - 8), fact.start));

/**
 * OPEN_BOUND_NOT_SAME: a date inside the half-line an open bound makes (`since 17 December 2013` holds `2018–2021`)
 * agrees, but is no sign of the same fact: such a pair is made by the words around them, not by the value.
 */
const sameBound = (x: DateMention, y: DateMention) => (x.value.qualifier ?? '') === (y.value.qualifier ?? '');

/**
 * The one person an aligned statement names that the other does not, on each side (`… is John Tory, in office
 * since …` → `Olivia Chow has served as …`), in the same role by the words around them: someone else holds it.
 */
function replacedPerson(o: Unit, n: Unit, acronyms: [Map<string, string>, Map<string, string>]): FactChange[] {
  const persons = (text: string) => extractEntities(text).filter((e) => e.value.kind === 'person' && parenthesisDepth(text, e.start) === 0);
  const olds = persons(o.text);
  const news = persons(n.text);
  const [oldWords, newWords] = [nameWords(o.text), nameWords(n.text)];
  const gone = olds.filter((x) => !news.some((y) => sameReferent(x.text, y.text, acronyms[0], acronyms[1])) && !saidIn(x.text, newWords, acronyms[0]));
  const come = news.filter((y) => !olds.some((x) => sameReferent(x.text, y.text, acronyms[0], acronyms[1])) && !saidIn(y.text, oldWords, acronyms[1]));
  if (gone.length !== 1 || come.length !== 1) return [];
  // SPELLED_OTHERWISE: the same name with a word spelled otherwise (`Gabriel Coullet` / `Gabriel Coulet`) is one person.
  const [x, y] = [gone[0].text.split(/\s+/), come[0].text.split(/\s+/)];
  if (x.length === y.length && x.every((w, i) => spelledOtherwise(w, y[i]))) return [];
  // The same role: the words around the two names say they do the same thing (`opened by A` is not `praised by B`).
  if (roleSimilarity(factContext(o.text, gone[0], olds, PERSON_CONTEXT), factContext(n.text, come[0], news, PERSON_CONTEXT)) < PERSON_ROLE_MIN) return [];
  return [{ type: 'entity', old: gone[0].text, new: come[0].text }];
}

/** Do two names end with the same words, a distinctive name and its head, not after `of`, their first words apart? */
function sameRest(a: string, b: string): boolean {
  const [x, y] = [normalName(a).split(' '), normalName(b).split(' ')];
  let k = 0;
  while (k < Math.min(x.length, y.length) - 1 && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  if (k === 0 || k >= Math.min(x.length, y.length)) return false;
  const rest = x.slice(x.length - k);
  // A distinctive name before the head (`Landvetter` in `Landvetter Airport`): a kind alone (`Marathon` in `Berlin
  // Marathon` / `Chicago Marathon`) is shared by different things, and a rest that opens with `of` or `the` is what
  // the changed names belong to, not a name of theirs.
  return rest.length >= 2 && rest[0] !== 'of' && rest[0] !== 'the' && identifyingWords(rest.slice(0, -1).join(' ')).size > 0;
}

/** Names joined in one list, by commas, `and` or `or` only. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;

/**
 * Two names that name the same thing: one's identifying words all in the other's, or an alias (a bare title, `the
 * Mayor`, names nothing; `Anna Berg of the Green Party` is not `Tomas Lind of the Green Party`).
 */
function sameNamed(a: string, b: string, acronyms: [Map<string, string>, Map<string, string>]): boolean {
  if (isAlias(a, b)) return true;
  const [x, y] = [identifyingWords(a, acronyms[0]), identifyingWords(b, acronyms[1])];
  if (!x.size || !y.size) return false;
  const within = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  // OF_PART: a name that is only what a longer one is `of` (`NHL`, `National Hockey League` / `Chicago Blackhawks of the
  // National Hockey League`) names what that belongs to, not the same thing.
  const ofPart = (short: Set<string>, long: string, acronymsOfLong: Map<string, string>) => {
    const m = /^(.+?)\s+of\s+(?:the\s+)?\S/u.exec(long);
    const head = m ? identifyingWords(m[1], acronymsOfLong) : new Set<string>();
    return head.size > 0 && [...short].every((w) => !head.has(w));
  };
  return (within(x, y) && !ofPart(x, b, acronyms[1])) || (within(y, x) && !ofPart(y, a, acronyms[0]));
}

/**
 * Does a statement still say every identifying word of a name, in another order or split by other words (`Tony Award
 * for Best Featured Actress` in `the Tony Award for Best Performance by a Featured Actress in a Play`)? Then the
 * name is kept, named more precisely, not replaced.
 */
function saidIn(name: string, words: ReadonlySet<string>, acronyms: ReadonlyMap<string, string>): boolean {
  return [...identifyingWords(name, acronyms)].every((w) => words.has(w));
}

/** A statement's words as names are written (normalName), for saidIn. */
const nameWords = (text: string): Set<string> => new Set(normalName(text).split(' '));

/** A pronoun that can open a statement about the article's subject. */
const SUBJECT_PRONOUN = /^(?:it|he|she|they)$/;

/**
 * PRONOUN_SUBJECT: two statements the same but for their subject, a pronoun on one side and the article's own name
 * on the other (`It is listed on the London Stock Exchange` / `Tesco is listed on the London Stock Exchange`), say
 * the same thing: a pronoun subject is the article's subject.
 */
function subjectNamed(a: string, b: string, titles: ReadonlyArray<readonly string[]>): boolean {
  const [x, y] = [normalName(a).split(' '), normalName(b).split(' ')];
  const named = (pronoun: string[], name: string[]) =>
    SUBJECT_PRONOUN.test(pronoun[0] ?? '') && titles.some((t) => t.every((w, i) => name[i] === w) && name.slice(t.length).join(' ') === pronoun.slice(1).join(' '));
  return named(x, y) || named(y, x);
}

/** A title that can be a person's name (SUBJECT_NAME_PART): two to four capitalised words. */
const PERSON_TITLE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** An article title's words as subjectNamed reads them, without a qualifier in parentheses (`Titanic (1997 film)`). */
const titleWords = (title: string): string[] => normalName(title.replace(/\s*\([^)]*\)\s*$/, '')).split(' ');

/** A photograph's caption of the subject (PHOTO_DATE): a short caption line opening with a word of the subject's name, no `:`. */
function photoCaption(u: Unit, subject: string[]): boolean {
  const text = withoutMarkers(u.text).trim();
  const words = text.split(/\s+/);
  return u.kind === 'caption' && words.length <= PHOTO_CAPTION_WORDS && !text.includes(':') && /^\p{Lu}/u.test(text) && subject.includes(normalName(words[0]));
}
/** Words a photograph's caption has at most (PHOTO_DATE). */
const PHOTO_CAPTION_WORDS = 8;

/** The names joined to the one at `i` in a list (by commas, `and`, `or`), in order, as one run of entities. */
function listAround(entities: readonly EntityMention[], i: number, text: string): EntityMention[] {
  let first = i;
  let last = i;
  while (first > 0 && LIST_JOIN.test(text.slice(entities[first - 1].end, entities[first].start))) first--;
  while (last < entities.length - 1 && LIST_JOIN.test(text.slice(entities[last].end, entities[last + 1].start))) last++;
  return entities.slice(first, last + 1);
}

/**
 * LIST_GREW: a name added to (or dropped from) a list of names the other statement keeps (`in Hackney, Lewisham,
 * Newham or Tower Hamlets` / `in Croydon, Hackney, Lewisham, Newham and Tower Hamlets`): the list states another set,
 * a changed fact. The list must keep two of its names on both sides; a name added beside one kept name is a detail.
 */
function listGrew(unit: Unit, entities: EntityMention[], tokens: WordToken[], other: Unit, otherEntities: EntityMention[], acronyms: [Map<string, string>, Map<string, string>]): { mine: string; theirs: string } | undefined {
  const sorted = [...entities].sort((x, y) => x.start - y.start);
  const otherSorted = [...otherEntities].sort((x, y) => x.start - y.start);
  const keptAt = (e: EntityMention) => otherSorted.findIndex((x) => sameNamed(e.text, x.text, acronyms));
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (parenthesisDepth(unit.text, e.start) > 0 || !tokens.some((t) => t.start >= e.start && t.end <= e.end && /^\p{Lu}/u.test(t.text))) continue;
    if (keptAt(e) >= 0) continue;
    const list = listAround(sorted, i, unit.text);
    const kept = list.filter((x) => x !== e && keptAt(x) >= 0);
    if (kept.length < 2) continue;
    // An entry has the shape of the entries beside it: a single word after a longer name is that name's place
    // (`Stavanger Airport, Sola`), not an entry of the list.
    const words = (x: EntityMention) => x.text.split(/\s+/).length;
    const at = list.indexOf(e);
    if (![list[at - 1], list[at + 1]].some((x) => x && keptAt(x) >= 0 && words(x) === words(e))) continue;
    const theirs = listAround(otherSorted, keptAt(kept[0]), other.text);
    if (!kept.every((x) => theirs.includes(otherSorted[keptAt(x)]))) continue;
    // LIST_CONJUNCTION: a list joins its last entry with `and`, `or` or `&` on one side at least; names joined by
    // commas alone are a place and its region, or a clause's subject after a place (`Born in Yate, Rowling
    // graduated` / `Born in Yate, Gloucestershire, Rowling graduated`): a place named more precisely, no new entry.
    const joinedBy = (run: EntityMention[], text: string) => /\b(?:and|or)\b|&/.test(text.slice(run[0].start, run[run.length - 1].end));
    if (!joinedBy(list, unit.text) && !joinedBy(theirs, other.text)) continue;
    return { mine: unit.text.slice(list[0].start, list[list.length - 1].end), theirs: other.text.slice(theirs[0].start, theirs[theirs.length - 1].end) };
  }
  return undefined;
}

/** Does the token lie inside one of the names? */
const inName = (t: WordToken, entities: readonly EntityMention[]) => entities.some((e) => t.start >= e.start && t.end <= e.end);

/**
 * The opening tokens of a changed run that lie inside names, when the run's rest (if any) starts a clause of its own
 * (after `,`, `;`, `(` or a dash): LEADING_NAME_SWAP.
 */
function leadingName(tokens: WordToken[], entities: readonly EntityMention[], text: string): WordToken[] | undefined {
  let k = 0;
  while (k < tokens.length && inName(tokens[k], entities)) k++;
  if (k === 0) return undefined;
  if (k < tokens.length && !/[,;(]|\s[–—-]\s/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  return tokens.slice(0, k);
}

/** Entities replaced by different ones inside a changed run of words (`the X Army helped` → `the Y Division helped`). */
function replacedEntities(o: Unit, n: Unit, parts: TokenDiff, acronyms: [Map<string, string>, Map<string, string>]): FactChange[] {
  const oldEntities = extractEntities(o.text);
  const newEntities = extractEntities(n.text);
  const out: FactChange[] = [];
  // NAME_KEPT: a statement that still gives every name it gave (`cases in the United States and Spain led to
  // infections` / `outbreaks occurred in Nigeria and Mali, and infections occurred in the United States and Spain`)
  // gained names and replaced none, wherever its words moved; so did one that lost names and gained none.
  // (A sentence's capitalised first word alone, `Imported cases …`, may be no name at all.)
  const aName = (e: EntityMention, text: string) =>
    parenthesisDepth(text, e.start) === 0 && identifyingWords(e.text).size > 0 && !(/^\W*$/.test(text.slice(0, e.start)) && !/\s/.test(e.text));
  // (Worked out once, where a hunk first asks: most statement pairs have no hunk that swaps names.)
  let replacingAt: boolean | undefined;
  const replacing = () => {
    if (replacingAt !== undefined) return replacingAt;
    const [oldWords, newWords] = [nameWords(o.text), nameWords(n.text)];
    // PRECISE_SIBLING: a name kept only by a shorter one the other side names (`RAF Scampton` against `the Royal Air
    // Force (RAF)`) is not kept when the other side also names the same thing more precisely another way (`RAF
    // Waddington`): two bases of one air force, not one named less precisely. (Acronyms either side defines count on
    // both, for this test.)
    const both = new Map([...acronyms[0], ...acronyms[1]]);
    const siblingOnly = (e: EntityMention, others: EntityMention[]) => {
      const mine = identifyingWords(e.text, both);
      const theirs = others.map((x) => identifyingWords(x.text, both)).filter((t) => t.size > 0);
      const beyond = (p: Set<string>, q: Set<string>) => [...p].some((w) => !q.has(w));
      // Kept by a name as precise or more: kept. Else the shorter names that keep it (`Royal Air Force`), each also
      // inside another name the other side gives, one with words of its own (`RAF Waddington`).
      if (!mine.size || theirs.some((t) => !beyond(mine, t))) return false;
      const shorter = theirs.filter((t) => !beyond(t, mine));
      return shorter.some((p) => theirs.some((t) => t !== p && !beyond(p, t) && beyond(t, mine)));
    };
    const lost = oldEntities.some((e) => aName(e, o.text) && (!newEntities.some((x) => sameNamed(e.text, x.text, acronyms)) || siblingOnly(e, newEntities)) && !saidIn(e.text, newWords, acronyms[0]));
    const gained = newEntities.some((e) => aName(e, n.text) && (!oldEntities.some((x) => sameNamed(x.text, e.text, acronyms)) || siblingOnly(e, oldEntities)) && !saidIn(e.text, oldWords, acronyms[1]));
    return (replacingAt = lost && gained);
  };
  let oi = 0;
  let ni = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part.added && !part.removed) {
      oi += part.count ?? part.value.length;
      ni += part.count ?? part.value.length;
      continue;
    }
    // A hunk: removed tokens and/or added tokens next to each other.
    let removed: WordToken[] = [];
    let added: WordToken[] = [];
    while (p < parts.length && (parts[p].added || parts[p].removed)) {
      if (parts[p].removed) {
        removed = removed.concat(parts[p].value);
        oi += parts[p].value.length;
      } else {
        added = added.concat(parts[p].value);
        ni += parts[p].value.length;
      }
      p++;
    }
    p--;
    if (!removed.length || !added.length) {
      const grown = listGrew(removed.length ? o : n, removed.length ? oldEntities : newEntities, removed.length ? removed : added, removed.length ? n : o, removed.length ? newEntities : oldEntities, acronyms);
      if (grown) out.push(removed.length ? { type: 'entity', old: grown.mine, new: grown.theirs } : { type: 'entity', old: grown.theirs, new: grown.mine });
      continue;
    }
    // Names inside parentheses (codes, names in other languages) are asides an export may drop, not actors.
    const touching = (entities: EntityMention[], tokens: WordToken[], text: string) =>
      entities.filter((e) => parenthesisDepth(text, e.start) === 0 && tokens.some((t) => t.start < e.end && t.end > e.start) && tokens.some((t) => /^\p{Lu}/u.test(t.text) && t.start >= e.start && t.end <= e.end));
    let gone = touching(oldEntities, removed, o.text);
    let come = touching(newEntities, added, n.text);
    if (!gone.length || !come.length || !replacing()) continue;
    // A replacement swaps one name for another; a rewritten clause that happens to hold names is a rewording.
    const named = (tokens: WordToken[], entities: EntityMention[]) => tokens.filter((t) => inName(t, entities)).length / tokens.length;
    if (named(removed, gone) < REPLACEMENT_NAMED || named(added, come) < REPLACEMENT_NAMED) {
      // LEADING_NAME_SWAP: both changed runs open with a name, and what follows either is another clause (after a
      // comma, semicolon, parenthesis or dash) or nothing (`for Team Sky, who competed for Kenya until 2008` /
      // `for Israel-Premier Tech`): the names were swapped, the clause is another change. (Both runs wholly names would
      // have passed the test above: one of them goes on.)
      const lead = leadingName(removed, gone, o.text);
      const leadNew = leadingName(added, come, n.text);
      if (!lead || !leadNew) continue;
      removed = lead;
      added = leadNew;
      gone = touching(oldEntities, removed, o.text);
      come = touching(newEntities, added, n.text);
      if (!gone.length || !come.length) continue;
    }
    // Names compare as whole words with aliases: an acronym the text defines, a country and its adjective, a name
    // inside a longer one (the same thing named more precisely) are the same referent.
    // Only the changed words of the names count: `Anna Berg of the Green Party` and `Tomas Lind of the Green Party`
    // name two people, whatever their shared party.
    const changedPart = (tokens: WordToken[], entities: EntityMention[]) =>
      tokens.filter((t) => inName(t, entities)).map((t) => t.text).join(' ');
    if (sameReferent(changedPart(removed, gone), changedPart(added, come), acronyms[0], acronyms[1])) continue;
    // QUALIFIER_SWAP: a name whose first words changed and whose distinctive rest stayed, right after them
    // (`Gothenburg-Landvetter Airport` / `Göteborg Landvetter Airport`), names the same thing; a rest after `of`
    // (`Anna Berg of the Green Party` / `Tomas Lind of the Green Party`) does not make two holders one.
    if (gone.length === 1 && come.length === 1 && sameRest(gone[0].text, come[0].text)) continue;
    const weighty = (e: EntityMention) => {
      const kind = e.value.kind;
      return kind === 'person' || kind === 'organization' || e.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
    };
    // ONE_NAME_SWAP: one capitalised word mid-statement for another and nothing else in the hunk (`for club Arsenal`
    // / `for club Fulham`, `based in Haarlemmermeer` / `based in Amstelveen`) is a name replaced, whatever a tagger
    // calls it.
    // SPELLED_OTHERWISE: the changed words each the same name spelled otherwise, a letter apart in six (`Rungnado` /
    // `Rungrado`): one name.
    if (removed.length === added.length && removed.every((t, i) => spelledOtherwise(t.text, added[i].text))) continue;
    // (Mid-statement: a capital after a clause's start, `Internationally, …`, is no name.)
    const oneWord = (tokens: WordToken[], text: string) => tokens.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[0].text) && /\p{L}[\s,]*\s$/u.test(text.slice(0, tokens[0].start)) && !/[.!?;:]\s*$/.test(text.slice(0, tokens[0].start));
    // PLACE_SWAP: so is a place and the region it lies in, a capitalised word each (`in Dunstable, Bedfordshire` / `in
    // Loudwater, Buckinghamshire`), both swapped.
    const placeWords = (tokens: WordToken[], text: string) =>
      tokens.length === 2 && oneWord(tokens.slice(0, 1), text) && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[1].text) && /^,\s*$/.test(text.slice(tokens[0].end, tokens[1].start));
    const swapped = (oneWord(removed, o.text) && oneWord(added, n.text)) || (placeWords(removed, o.text) && placeWords(added, n.text));
    if (!gone.some(weighty) && !come.some(weighty) && !swapped) continue;
    out.push(...pairUp('entity', gone, come));
  }
  return out;
}

/**
 * A conservation status a statement gives its subject (IUCN's categories, after `is`, `listed as`, `classified as`,
 * `considered`): `is critically endangered`, `is listed as Vulnerable on the IUCN Red List` (STATUS_CHANGED).
 */
const CONSERVATION_STATUS = /\b(?:is|are|was|were|remains|listed as|classified as|considered|assessed as|rated as)\s+(?:(?:now|currently|still|globally|an?|the)\s+)*(critically endangered|endangered|vulnerable|near[- ]threatened|least[- ]concern|extinct in the wild|extinct|data[- ]deficient)\b/i;
/**
 * STATUS_CHANGED: the same subject's conservation status, one on each side and not the same (`The species is now
 * critically endangered` / `The species is endangered`): a changed state of the same thing, a fact-conflict.
 */
function statusChanged(oldText: string, newText: string): { old: string; new: string } | undefined {
  const [x, y] = [CONSERVATION_STATUS.exec(oldText), CONSERVATION_STATUS.exec(newText)];
  if (!x || !y) return undefined;
  const status = (m: RegExpExecArray) => m[1].toLowerCase().replace(/-/g, ' ');
  return status(x) === status(y) ? undefined : { old: x[1], new: y[1] };
}

/** A place as a statement names it: capitalised words, perhaps a number first (`1211 Avenue of the Americas`), then
 * the regions it lies in after commas (`Barberton, Ohio`). */
const PLACE_NAMED = String.raw`(?:the )?(?:\d[\d\p{L}/-]* )?\p{Lu}[\p{L}'’.&-]*(?: (?:\p{Lu}[\p{L}'’.&-]*|of|the|on|upon|de|la|am|an|der|del|do|da)(?=[ ,.;)]|$))*(?:, (?:\d[\d\p{L}/-]* )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)*`;
/**
 * The subject's head office as a statement gives it (`headquartered in Barberton, Ohio`, `with its headquarters in
 * Akron, Ohio`, `Its headquarters are located at Bole International Airport`); not a head office of one part, kind or
 * region (`operational headquarters`, `regional headquarters`): HQ_MOVED.
 */
const HEAD_OFFICE = new RegExp(String.raw`\b(?:headquartered|(?<!\b(?:regional|operational|operations|military|legal|executive|divisional|European|American|Asian|US|U\.S\.|UK|local|area|district|state|provincial|national|international|global|world|former|first|original|new|main|second|additional)\s+)headquarters(?:\s+(?:is|are|was|were|has been|have been|remain|remains|moved to))?(?:\s+(?:now|currently|still))?(?:\s+(?:located|situated|based))?)\s+(?:in|at)\s+(${PLACE_NAMED})`, 'u');

/** HEAD_OFFICE for matchAll, made once (matchAll copies it). */
const HEAD_OFFICES = new RegExp(HEAD_OFFICE.source, 'gu');
/** What every HEAD_OFFICE says: a statement without it is not scanned (most are compared with no head office). */
const HEADQUARTER = /headquarter/i;
/** Whether a statement gives a head office (HEAD_OFFICE), most statements not scanned. */
const givesHeadOffice = (text: string) => HEADQUARTER.test(text) && HEAD_OFFICE.test(text);
/** The place of a statement's one head office (HEAD_OFFICE), or none where it gives none or several. */
function headOfficeOf(text: string): string | undefined {
  if (!HEADQUARTER.test(text)) return undefined;
  const all = [...text.matchAll(HEAD_OFFICES)];
  return all.length === 1 ? all[0][1].replace(/[.,;]+$/, '') : undefined;
}

/**
 * HQ_MOVED: two statements that each give the subject's head office once (HEAD_OFFICE), in places that are not one
 * place named more or less precisely (`headquartered in Barberton, Ohio` / `with its headquarters in Akron, Ohio`:
 * another town of one state; `in London` / `in Westminster, London` agree): a fact-conflict.
 */
function headOfficeMoved(oldText: string, newText: string, acronyms: [Map<string, string>, Map<string, string>]): { old: string; new: string } | undefined {
  const [x, y] = [headOfficeOf(oldText), headOfficeOf(newText)];
  if (!x || !y) return undefined;
  const parts = (place: string) => place.split(/,\s*/).map((p) => p.replace(/^the /, '')).filter((p) => identifyingWords(p).size > 0);
  const [px, py] = [parts(x), parts(y)];
  if (!px.length || !py.length) return undefined;
  // The most precise part of each (the first) named anywhere in the other, or said in the other statement (`in
  // Vienna, Austria` / `at the UN Office at Vienna`): one place, told more or less precisely.
  if (py.some((p) => sameReferent(px[0], p, acronyms[0], acronyms[1])) || px.some((p) => sameReferent(p, py[0], acronyms[0], acronyms[1]))) return undefined;
  if (saidIn(px[0], nameWords(newText), acronyms[0]) || saidIn(py[0], nameWords(oldText), acronyms[1])) return undefined;
  return { old: x, new: y };
}

/** A compass point, or two joined (`north-east`, `northwest`, `south east`). */
const POINT = String.raw`(?:north|south|east|west)(?:[- ]?(?:east|west))?`;
/** A place and where it lies (`Balochistan province to the west`, `Punjab to the north and north-east`). */
const LIES_TO = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*)(?: \p{Ll}+){0,2} (?:to|in|on) the (${POINT}(?:(?:,\s*| and | or )(?:the )?${POINT})*)\b`, 'gu');
/** The compass letters a direction covers: `north-east` covers north and east. */
const pointsOf = (text: string) => new Set(text.toLowerCase().match(/north|south|east|west/g) ?? []);

/**
 * DIRECTION_CHANGED: a place both statements name with where it lies, in directions that share no compass point
 * (`Balochistan province to the west` / `Balochistan to the east and north-east`): where it lies changed. A
 * direction told more precisely (`to the west` / `to the north-west`) shares one and agrees.
 */
function directionChanged(oldText: string, newText: string): { old: string; new: string } | undefined {
  if (!/\b(?:north|south|east|west)/i.test(oldText) || !/\b(?:north|south|east|west)/i.test(newText)) return undefined;
  const lies = (text: string) => new Map([...text.matchAll(LIES_TO)].map((m) => [m[1], { text: m[0], points: pointsOf(m[2]) }]));
  const [olds, news] = [lies(oldText), lies(newText)];
  for (const [place, o] of olds) {
    const n = news.get(place);
    if (n && ![...o.points].some((x) => n.points.has(x))) return { old: o.text, new: n.text };
  }
  // (Or a compass adjective before the same words, `the northeastern Mexican state of Sonora` / `the northwestern
  // Mexican state of Sonora`, each side naming them once: those words lie elsewhere. A direction told more precisely,
  // `western` / `southwestern`, holds the other's points and agrees.)
  const sides = (text: string) => {
    const found = new Map<string, { text: string; points: Set<string> }>();
    for (const m of text.matchAll(COMPASS_BEFORE)) {
      const key = m[2].toLowerCase();
      found.set(key, found.has(key) ? { text: '', points: new Set() } : { text: m[0], points: pointsOf(m[1]) });
    }
    return found;
  };
  const [before, after] = [sides(oldText), sides(newText)];
  const within = (x: Set<string>, y: Set<string>) => [...x].every((p) => y.has(p));
  for (const [words, o] of before) {
    const n = after.get(words);
    if (n && o.text && n.text && !within(o.points, n.points) && !within(n.points, o.points)) return { old: o.text, new: n.text };
  }
  return undefined;
}

/** `the only known cave`: what a subject is the only one of (ONLY_ONE_OF). */
const THE_ONLY = /\bthe only\s+/iu;
/** `one of the two known caves`, `one of 3 sites`: one of how many. */
const ONE_OF_N = /\bone of (?:the |only )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+/iu;
/** Small words that end the thing counted (`the only known cave in …`, `… that`). */
const THING_ENDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'than', 'that', 'which', 'who', 'whose', 'where', 'since', 'ever']);
/** The thing counted after THE_ONLY or ONE_OF_N: its words to the first small word, at most three; its noun the last. */
const countedThing = (rest: string) => {
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    const word = w.replace(/[^\p{L}-]+$/u, '');
    if (!/^\p{L}[\p{L}-]*$/u.test(word) || THING_ENDS.has(word.toLowerCase()) || words.length === 3) break;
    words.push(word);
    if (word !== w) break;
  }
  return words;
};

/**
 * ONLY_ONE_OF: a subject that was `the only known cave deeper than 2,000 metres` and is now `one of the two known caves
 * deeper than …` (either way round) states another count of such things, one against two: a conflict, where both
 * name the same thing (its noun, plural or not).
 */
function onlyNoLonger(oldText: string, newText: string): { old: string; new: string } | undefined {
  const only = THE_ONLY.exec(oldText);
  const of = ONE_OF_N.exec(newText);
  if (!only || !of || THE_ONLY.test(newText) || ONE_OF_N.test(oldText)) return undefined;
  const [x, y] = [countedThing(oldText.slice(only.index + only[0].length)), countedThing(newText.slice(of.index + of[0].length))];
  const noun = (w: string[]) => w.at(-1)?.toLowerCase().replace(/(?<=s|x|z|ch|sh)es$|(?<!s)s$/, '');
  if (!x.length || !y.length || noun(x) !== noun(y)) return undefined;
  return { old: `${only[0]}${x.join(' ')}`, new: `${of[0]}${y.join(' ')}` };
}

/** A compass adjective and the two words after it (`northeastern Mexican state`, `south-west coast of`): DIRECTION_CHANGED. */
const COMPASS_BEFORE = /\b((?:north|south)?-?(?:east|west)ern|northern|southern|(?:north|south)-?(?:east|west))\s+(\p{L}+\s+\p{L}+)/giu;

/** Verbs a negation follows (`is not`, `has never`, `can no longer`). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'may', 'might', 'should', 'must']);
/** Words that negate what the verb before them says. */
const NEGATIONS = [['not'], ['never'], ['no', 'longer']];

/**
 * NEGATED: the same statement with a negation added or dropped right after its verb (`is compatible with the
 * PlayStation 3` / `is not compatible with …`, `has never won` / `has won`): what it states turned round, a
 * fact-conflict. The verb, the negation and the word after it are the fact. (A negation reworded, `does not` /
 * `doesn't`, or one not after a verb is no such change.)
 */
function negationChanged(parts: TokenDiff): { old: string; new: string } | undefined {
  for (let p = 1; p + 1 < parts.length; p++) {
    const part = parts[p];
    if (!part.added && !part.removed) continue;
    const [before, after] = [parts[p - 1], parts[p + 1]];
    // A hunk of the negation alone, on one side only, between words both sides share.
    if (before.added || before.removed || after.added || after.removed) continue;
    const words = part.value.map((t) => t.norm);
    if (!NEGATIONS.some((n) => n.length === words.length && n.every((w, i) => w === words[i]))) continue;
    const verb = before.value[before.value.length - 1];
    if (!AUXILIARIES.has(verb.norm)) continue;
    const plain = `${verb.text} ${after.value[0].text}`;
    const negative = `${verb.text} ${part.value.map((t) => t.text).join(' ')} ${after.value[0].text}`;
    return part.added ? { old: plain, new: negative } : { old: negative, new: plain };
  }
  return undefined;
}

/** SPELLED_OTHERWISE: two spellings of one name, at most a letter in six apart (a transliteration: `Rungnado` / `Rungrado`). */
function spelledOtherwise(a: string, b: string): boolean {
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.floor(Math.max(a.length, b.length) / SPELLING_LETTERS);
}

/**
 * Words whose presence is style, not content: articles, a possessive determiner (`by its rapid expansion`), and
 * `on` before a date (`opened on 29 May`).
 */
const STYLE_WORDS = new Set(['a', 'an', 'the', 'on', 'upon', 'its', 'their']);
/**
 * SHORT_FORMS: a company's or a place's word written short (`BSE Ltd` / `BSE Limited`, `Acme Inc.` / `Acme
 * Incorporated`, `Mt. Kenya` / `Mount Kenya`) is the same word.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  ltd: 'limited', inc: 'incorporated', corp: 'corporation', co: 'company', mt: 'mount', intl: 'international', dept: 'department', univ: 'university', assn: 'association',
  // (And a month's name written short: `In Jan, 2019` / `In January 2019`.)
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};
const fullForm = (w: string) => SHORT_FORMS[w] ?? w;
/** HONORIFIC: a courtesy title before a name (`Dr. Kamau Thugge`, `Mr Lind`) is how the name is written, not a change. */
const HONORIFICS = new Set(HONORIFIC_WORDS.map((w) => w.toLowerCase()));

/** `storm` and `storms`, `box` and `boxes`: one word in the singular and the plural. */
const pluralOf = (a: string, b: string) => b === `${a}s` || b === `${a}es` || a === `${b}s` || a === `${b}es`;

/**
 * LIST_CONNECTIVES: how a list is joined is punctuation (`A, B and C` / `A, B, as well as C`): `and` and `as well as`
 * between its items say nothing more.
 */
function withoutConnectives(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'and') continue;
    if (words[i] === 'as' && words[i + 1] === 'well' && words[i + 2] === 'as') {
      i += 2;
      continue;
    }
    out.push(words[i]);
  }
  return out;
}

/**
 * UNIT_NOTATION: a unit after a figure written in words or in symbols (`11.8 square kilometres` / `11.8 km2`,
 * `510,000 m²` / `510,000 m^{2}`) is one unit: each is read as its symbol.
 */
function unitForms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]);
    if (!/^\d/.test(words[i]) || i + 1 >= words.length) continue;
    // (A superscript the tokens split off, `m` `2` from `m^{2}`, is the unit's power.)
    const [w, next] = [words[i + 1].replace(/²$/, '2').replace(/³$/, '3'), words[i + 2] ?? ''];
    const power = /^[a-z]{1,2}$/.test(w) && /^[23]$/.test(next) ? `${w}${next}` : undefined;
    const two = measureOf(w, next);
    const m = power ? measureOf(power) : two.words === 2 ? two : measureOf(w);
    if (!isPhysical(m)) continue;
    out.push(m.unit);
    i += power || two.words === 2 ? 2 : 1;
  }
  return out;
}

/**
 * ONE_PLURAL: two statements the same but for style words and one word's grammatical number (`survived
 * dust-storms` / `survived dust-storm`) say the same; a second changed word makes it a rewording again
 * (`consulate generals` / `consulates general`).
 */
export function sameButStyle(a: readonly string[], b: readonly string[]): boolean {
  const kept = (w: string) => !STYLE_WORDS.has(w) && !HONORIFICS.has(w);
  const x = unitForms(numeralForms(withoutConnectives(a).filter(kept))).map(fullForm);
  const y = unitForms(numeralForms(withoutConnectives(b).filter(kept))).map(fullForm);
  if (x.length !== y.length) return false;
  let changed = 0;
  for (let i = 0; i < x.length; i++) {
    if (sameSpelling(x[i], y[i])) continue;
    if (++changed > 1 || !pluralOf(x[i], y[i])) return false;
  }
  return true;
}

/**
 * ONLY_ALIASES: two statements whose every change swaps a name for another way of writing it (`the Republic of China
 * government` / `the ROC government`, `Blue Book` / `Bluebook`) say the same.
 */
export function onlyAliases(x: WordToken[], y: WordToken[], parts: TokenDiff = tokenDiff(x, y)): boolean {
  let swaps = 0;
  let seenOld = 0;
  let seenNew = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const count = part.value.length;
    if (!part.added && !part.removed) {
      seenOld += count;
      seenNew += count;
      continue;
    }
    const next = parts[i + 1];
    // An acronym put after the name it stands for (`the People's Republic of China (PRC)`), or taken away.
    const lone = part.value.length === 1 && /^\p{Lu}{2,6}$/u.test(part.value[0].text) ? part.value[0].text : '';
    const before = part.added ? y.slice(Math.max(0, seenNew - 6), seenNew) : x.slice(Math.max(0, seenOld - 6), seenOld);
    if (lone && !(part.removed && next?.added) && [2, 3, 4, 5, 6].some((k) => k <= before.length && isAlias(lone, before.slice(-k).map((t) => t.text).join(' ')))) {
      if (part.added) seenNew += count;
      else seenOld += count;
      swaps++;
      continue;
    }
    if (!part.removed || !next?.added) return false;
    seenOld += count;
    seenNew += next.value.length;
    if (!isAlias(part.value.map((t) => t.text).join(' '), next.value.map((t) => t.text).join(' '))) return false;
    swaps++;
    i++;
  }
  return swaps > 0;
}

const PARENTHESIS = /\([^()]*\)/g;

/**
 * UNIT_SPELLING: a unit of length, area, mass, speed or volume after a figure, written out or short (`223 kilometers`
 * / `223 km`, `29 metres` / `29 m`), is one unit: its short form.
 */
function unitsShort(words: string[]): string[] {
  return words.map((w, i) => {
    if (i === 0 || !/^\d[\d.,]*$/.test(words[i - 1])) return w;
    const m = measureOf(w);
    return m.dimension !== w && !isCount(m) && m.unit ? m.unit : w;
  });
}

/**
 * Do two statements differ only in what one lost from its parentheses (a pronunciation, a name in other
 * languages: `(NATO /ˈneɪtoʊ/; French: Organisation …, OTAN)` exported as `(NATO ; , OTAN)`)? Exports drop such
 * text; that is form, not content.
 */
function parentheticalsLost(a: string, b: string): boolean {
  const outside = (t: string) => unitsShort(comparisonWords(t.replace(PARENTHESIS, ' '))).join(' ');
  if (outside(a) !== outside(b)) return false;
  // A pronunciation in slashes or brackets (`/ˈneɪtoʊ/`, `[ˈkɑʂtɛn]`, an export's broken `/no/`) says nothing.
  const inside = (t: string) => comparisonWords((t.match(PARENTHESIS) ?? []).join(' ').replace(/\/[^/()]{1,60}\/|\[[^\]()]{1,60}\]/g, ' '));
  const contains = (big: string[], small: string[]) => {
    const bag = new Map<string, number>();
    for (const w of big) bag.set(w, (bag.get(w) ?? 0) + 1);
    return small.every((w) => {
      const n = bag.get(w) ?? 0;
      bag.set(w, n - 1);
      return n > 0;
    });
  };
  const x = inside(a);
  const y = inside(b);
  return contains(x, y) || contains(y, x);
}

/** A sentence's amounts and its bare counts, in reading order. */
function withCounts(text: string, dates: DateMention[], quantities: QuantityMention[], language: string): QuantityMention[] {
  const counts = extractCounts(text, [...dates, ...quantities], language);
  return [...withoutConversions(text, quantities), ...counts, ...listedCounts(text, [...dates, ...quantities, ...counts])].sort((x, y) => x.start - y.start);
}

/** A capitalised name of one word or more. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*`;
/** Names listed with commas and `and` before the plural noun they name (`Tuolumne, Mariposa and Madera counties`). */
const LISTED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+and\s+${LISTED_NAME})\s+(\p{Ll}{3,}s)\b`, 'gu');
/**
 * What every match of LISTED holds: `and` after a space, then the last name and the plural noun. Sought from each ` and`
 * alone, where LISTED tries every capital of the text (most texts with `and` before a name have no plural after it).
 */
const LISTED_TAIL = new RegExp(String.raw`\sand\s+${LISTED_NAME}\s+\p{Ll}{3,}s\b`, 'u');

/**
 * LISTED_COUNT: names listed before the plural noun they name (`spanning Tuolumne, Mariposa and Madera counties`)
 * count those things as a number would (`sits in four counties`): a count of the noun, compared as counts are.
 */
function listedCounts(text: string, taken: Array<{ start: number; end: number }>): QuantityMention[] {
  const out: QuantityMention[] = [];
  // A list is joined by `and`, a name and a plural noun after it: a text without those (most of those with `and`) holds none, and is
  // not scanned (LISTED tries every capital; LISTED_TAIL is a part of every text it matches).
  if (!text.includes('and') || !LISTED_TAIL.test(text)) return out;
  for (const m of text.matchAll(LISTED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const amount = m[1].split(/,\s+|,?\s+and\s+/).length;
    out.push({ type: 'quantity', text: m[0], start, end, value: { amount, unit: m[2] } });
  }
  return out;
}

/**
 * An amount followed by the same amount in another unit, in parentheses (`114 miles (183 km)`), states one fact:
 * the conversion is dropped, so the statement's amount pairs with the other revision's as one value.
 */
export function withoutConversions(text: string, quantities: QuantityMention[]): QuantityMention[] {
  const sorted = [...quantities].sort((x, y) => x.start - y.start);
  return sorted.filter((q, i) => {
    const before = sorted[i - 1];
    if (!before || !/^\s*\(\s*$/.test(text.slice(before.end, q.start))) return true;
    const a = before.value;
    const b = q.value;
    return a.unit === b.unit || !quantitiesAgree(a, b);
  });
}

/** The two words after a rank (`36th largest country`, `fifth-most populous`): its superlative and what is ranked. */
const rankedOf = (text: string, fact: QuantityMention) => comparisonWords(text.slice(fact.end).replace(/^-/, ' ')).slice(0, 2).join(' ');
/** ORDINAL: two ranks are one fact changed only when they rank the same thing (`36th largest country` is not `second-largest Muslim population`). */
const sameRanked = (oldText: string, x: QuantityMention, newText: string, y: QuantityMention) => {
  if (x.value.unit !== 'ordinal' || y.value.unit !== 'ordinal') return true;
  const [a, b] = [rankedOf(oldText, x), rankedOf(newText, y)];
  if (a === b) return true;
  // RANK_IN_SCOPE: the same superlative where one side names no thing after it (`the fifth tallest in the world` /
  // `the sixth-tallest building in the world`): the same rank of the same subject.
  const [[sa, na], [sb, nb]] = [a.split(' '), b.split(' ')];
  // RANKED_NOUN: a rank of a thing, no superlative between (`10th magnitude comet` / `18th-magnitude object`, `60th
  // Filmfare Awards` / `70th …`): the thing is the word after the rank, and the same word ranks the same thing.
  if (sa !== undefined && sa === sb && !SUPERLATIVE_WORD.test(sa)) return true;
  // SIZE_SUPERLATIVE: `largest`, `biggest`, `busiest` rank one thing by its size (`31st largest airport in Europe` /
  // `29th busiest airport in Europe`), where both name the same thing after them.
  if (sa !== sb && SIZE_SUPERLATIVES.has(sa) && SIZE_SUPERLATIVES.has(sb)) return na !== undefined && na === nb && !RANK_SCOPE.test(na);
  return sa === sb && (na === undefined || nb === undefined || RANK_SCOPE.test(na) || RANK_SCOPE.test(nb));
};
const SIZE_SUPERLATIVES = new Set(['largest', 'biggest', 'busiest']);
/** A word after a superlative that names no ranked thing, only where: `in`, `of`, `among`, `worldwide`. */
const RANK_SCOPE = /^(?:in|of|among|on|across|worldwide|globally|ever)$/;

/**
 * ONLY_OF_ITS_MEASURE: the one amount of a measure (a share, a sum of money, a length…) no role paired on each side,
 * where neither statement has another of that measure left, is the same fact restated (`with 33.7% salinity` /
 * `a salinity of …, or 34.2%`). Bare counts are left alone: any two numbers of things would pair so.
 */
function onlyOfItsMeasure(p: FactPairing<QuantityMention>): FactPairing<QuantityMention> {
  const dimension = (q: QuantityMention) => measureOf(q.value.unit).dimension;
  const measured = (q: QuantityMention) => !/^(?:count|people|word:.*|rank)$/.test(dimension(q));
  const pairs = [...p.pairs];
  let onlyOld = p.onlyOld;
  let onlyNew = p.onlyNew;
  for (const o of p.onlyOld.filter(measured)) {
    const olds = onlyOld.filter((x) => dimension(x) === dimension(o));
    const news = onlyNew.filter((y) => dimension(y) === dimension(o));
    if (olds.length !== 1 || news.length !== 1) continue;
    pairs.push({ old: o, new: news[0], agree: quantityAgree(o, news[0]) });
    onlyOld = onlyOld.filter((x) => x !== o);
    onlyNew = onlyNew.filter((y) => y !== news[0]);
  }
  if (pairs.length === p.pairs.length) return p;
  pairs.sort((x, y) => x.new.start - y.new.start);
  return { pairs, onlyOld, onlyNew };
}

/**
 * The dates and amounts of a text, and the pairing by role of two texts' facts, each worked out once per
 * comparison of two revisions: the aligned statements' comparison and the search for facts that moved between
 * statements both read them.
 */
export class FactMemo {
  private readonly facts = new Map<string, { dates: DateMention[]; quantities: QuantityMention[] }>();
  private readonly pairings = new Map<string, { dates: FactPairing<DateMention>; quantities: FactPairing<QuantityMention> }>();

  /** `language`: the article's, which decides how its numbers read (`1.500`). */
  constructor(private readonly language = 'en') {}

  of(text: string): { dates: DateMention[]; quantities: QuantityMention[] } {
    let found = this.facts.get(text);
    if (!found) {
      const dates = extractDates(text);
      this.facts.set(text, (found = { dates, quantities: withCounts(text, dates, extractQuantities(text, dates, this.language), this.language) }));
    }
    return found;
  }

  pairing(oldText: string, newText: string): { dates: FactPairing<DateMention>; quantities: FactPairing<QuantityMention> } {
    const key = `${oldText}\u0000${newText}`;
    let found = this.pairings.get(key);
    if (!found) {
      const o = this.of(oldText);
      const n = this.of(newText);
      // LONE_FACTS: statements paired by their place with few words in common (`… won the Grammy in 1978 …` / `…
      // expand on the success of the 1975 album …`) may be two statements; their one date left each is no change.
      const lone = wordSimilarity(comparisonWords(oldText), comparisonWords(newText)) >= LONE_FACT_SIMILARITY;
      found = {
        dates: pairFactsByRole(oldText, newText, o.dates, n.dates, dateAgree, undefined, lone, sameBound),
        quantities: onlyOfItsMeasure(pairFactsByRole(oldText, newText, o.quantities, n.quantities, quantityAgree, (x, y) => quantityComparable(x, y) && sameRanked(oldText, x, newText, y), lone)),
      };
      this.pairings.set(key, found);
    }
    return found;
  }
}

/**
 * AGE_AT_COPY: what a wiki computes from the day the page was rendered, not from the text: a living person's
 * `(age 38)`, a founding's `; 85 years ago`, a cost in today's money (`(£1.17 billion today)`), a time in orbit's `21 years, 11 months, 18 days` (ELAPSED). Two copies made years apart differ there and state the same.
 */
const COMPUTED = /\s*\(age \d{1,3}\)|;?\s*\b\d{1,4} years? ago\b|\s*\([^()]*\d[^()]*\btoday\)/g;
/**
 * The time elapsed to the day a page was shown, as a template computes it (`21 years, 11 months, 18 days`, then
 * `(8 November 2020)` or `as of 19 June 2025`): two copies shown on other days differ there and state the same.
 */
const ELAPSED = /^\d{1,4} years?,(?: \d{1,2} months?,?)? (?:and )?\d{1,2} days?\b(?:\s*(?:\([^)]*\)|as of\b.*))*$/i;
const bothElapsed = (a: string, b: string) => ELAPSED.test(a.trim()) && ELAPSED.test(b.trim());
/** A text's words without what the wiki computed (AGE_AT_COPY), as VALUE_SHOWN and sameButComputed compare them. */
const shownValue = (value: string) => comparisonWords(value.replace(COMPUTED, ' ')).join(' ');
export function sameButComputed(a: string, b: string): boolean {
  const [x, y] = [a.replace(COMPUTED, ' '), b.replace(COMPUTED, ' ')];
  if (x === a && y === b) return false;
  if (shownValue(a) === shownValue(b)) return true;
  // (The one date left on each side, the same day written in another order: `October 11, 1926 (age 91)` / `11 October
  // 1926 (age 94)`.)
  const only = (t: string) => {
    const found = extractDates(t);
    return found.length === 1 && found[0].text.length >= withoutMarkers(t).trim().length - 1 ? found[0] : undefined;
  };
  const [dx, dy] = [only(x), only(y)];
  return dx !== undefined && dy !== undefined && datesAgree(dx.value, dy.value) && dx.value.precision === dy.value.precision;
}

/** `(born 21 September 1954)`, `; born 1954)`: a living person's birth date in the parentheses after the name. */
const BORN = /[(;,]\s*born\s+([^();]{4,40}?)\s*\)/i;
/** `(21 September 1954 – 8 July 2022)`: a life's two dates. */
const LIFE = /\(([^();]{4,40}?)\s+[–—-]\s+([^();]{4,40}?)\)/;

/**
 * LIFE_ENDED: a statement that gave a person's birth date alone and now gives birth and death dates (`born 1954` →
 * `1954 – 2022`) states a changed state of its subject (the person died), a fact-conflict even where every other
 * word agrees. Only with the same birth date: another person's dates are no such change.
 */
export function lifeEnded(oldText: string, newText: string): { old: string; new: string } | undefined {
  const born = BORN.exec(oldText);
  const life = LIFE.exec(newText);
  if (!born || !life || LIFE.test(oldText)) return undefined;
  const birth = extractDates(born[1]);
  const [from, to] = [extractDates(life[1]), extractDates(life[2])];
  if (birth.length !== 1 || from.length !== 1 || to.length !== 1 || !datesAgree(birth[0].value, from[0].value)) return undefined;
  return { old: born[0].replace(/^[(;,]\s*|\s*\)$/g, ''), new: life[0].slice(1, -1) };
}

/** A statement of something still going on (`is currently ongoing`, `remains under way`, `currently racing for …`). */
const ONGOING = /\b(?:(?:is|are|remains?|still|currently)\s+(?:(?:still|currently)\s+)?(?:ongoing|under\s?way|in progress)|currently\s+\p{Ll}{3,}ing|to\s+(?:the\s+)?present)\b/iu;
/** Something its subject does now, `currently captains the national team`: the verb's stem (`captain`). */
const DOES_NOW = /\bcurrently\s+(\p{Ll}{3,}?)(?:e?s)\b/u;
/** The one a subject is now, `is the current manager`: the noun (FORMER_ROLE). */
const CURRENT_NOUN = /\b(?:is|as)\s+(?:the\s+|its\s+|their\s+)?current\s+(\p{L}{3,})\b/u;
/** A span of years that is over (`The 2013–2016 outbreak`, `from 2013 to 2016`, `between 2001 and 2021`). */
const CLOSED_YEARS = /\b(?:(1[5-9]\d\d|20\d\d)\s*(?:[–—-]|to)|between\s+(1[5-9]\d\d|20\d\d)\s+and)\s*(1[5-9]\d\d|20\d\d)\b/;

/**
 * STATE_ENDED: a statement that called its subject ongoing and now gives it a span of years that ended (`The epidemic
 * … is currently ongoing` → `The 2013–2016 outbreak … was`) states a changed state, at least a conflict on its end,
 * even where every other word agrees. Either way round.
 */
export function stateEnded(oldText: string, newText: string): { old: string; new: string } | undefined {
  // FORMER_ROLE: what the subject did now (`currently captains the India national team`) it is now the former one of
  // (`former captain of the Indian national team`).
  const does = DOES_NOW.exec(oldText);
  const former = does ? new RegExp(String.raw`\bformer\s+${does[1]}(?:s|er|or)?\b`, 'iu').exec(newText) : null;
  if (does && former && !/\bformer\b/i.test(oldText)) return { old: does[0], new: former[0] };
  // (Or the one it is now, `is the current manager of …`, now a `former manager`, where the other names no former one.)
  const now = CURRENT_NOUN.exec(oldText);
  const was = now ? new RegExp(String.raw`\bformer\s+(?:\p{L}+\s+){0,2}?${now[1]}s?\b`, 'iu').exec(newText) : null;
  if (now && was && !new RegExp(String.raw`\bformer\s+(?:\p{L}+\s+){0,2}?${now[1]}`, 'iu').test(oldText)) return { old: now[0], new: was[0] };
  const ongoing = ONGOING.exec(oldText);
  const closed = CLOSED_YEARS.exec(newText);
  if (ongoing && closed && !ONGOING.test(newText) && Number(closed[3]) > Number(closed[1] ?? closed[2]) && !CLOSED_YEARS.test(oldText)) return { old: ongoing[0], new: closed[0] };
  // HELD_UNTIL: what the subject is or holds now (`the reigning World Chess Champion`, `currently serving as the 23rd
  // Governor`, `holds the world record`) it was for a span that ended (`was the 17th World Chess Champion from
  // 2023–24`, `between September 2013 and September 2016`, `from 2004 until 2020`), where the older gives no span.
  const holds = HOLDS_NOW.exec(oldText);
  const span = holds && !HOLDS_NOW.test(newText) && /\b(?:was|were|had been|held)\b/i.test(newText) ? closedSpan(newText) : undefined;
  if (!holds || !span || closedSpan(oldText)) return undefined;
  return { old: holds[0], new: span };
}

/** A text as a regular expression that matches it literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `is the world's largest`, `are the current world record holders`: what a subject is now, the two words after the article. */
const IS_NOW = /\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(the|an?)\s+(?:current\s+)?(\p{L}[\p{L}'’-]*)\s+(\p{L}[\p{L}'’-]*)/giu;
/** A state held in the passive, now: `is owned`, `are operated`, `is wholly owned`, `is based`, `is headquartered`. */
const HELD_NOW = /\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?(owned|operated|run|managed|controlled|based|headquartered)\b/iu;
/** Words that end a state a statement gives in the past: `until`, `surpassed`, `for 53 years`, `no longer`. */
const STATE_OVER = /\b(?:until|till|surpassed|overtaken|superseded|replaced|no\s+longer|for\s+(?:\d+|\p{L}+)\s+years)\b/iu;
/** A present tense of a verb after `currently` (`currently serves as`): its stem and the word after it. */
const DOES_NOW_NEXT = /\bcurrently\s+(\p{Ll}{3,}?)(?:e?s)\s+(\p{L}+)/u;
/** `currently ranked world No. 1`, `currently the world`: the word after `currently` and a participle. */
const NOW_WORD = /\bcurrently\s+(?:\p{Ll}{3,}ed\s+|the\s+)?(\p{L}{3,})/u;
/** `founding director emeritus`, `professor emerita`: a title held after the post ended. */
const EMERITUS = /\b(\p{L}{3,})\s+(\p{L}{3,})\s+emerit(?:us|a|i)\b|\bemerit(?:us|a|i)\s+(\p{L}{3,})\b/iu;
/** The word both of EMERITUS's ways hold, under its flags: a text without it is not scanned word by word. */
const EMERIT = /emerit/iu;
/** The verbs of nowPast's past way (`was`, `were`, `used to be`, `had been`) and the space after one, under its flags. */
const PAST_VERB = /\b(?:was|were|used\s+to\s+be|had\s+been)\s/iu;

/**
 * NOW_PAST: a statement that says what its subject is now and the same words in the past, the rest unchanged in
 * role: `is the world's largest single-aperture telescope` → `was the world's largest …` (the same two words after the
 * article, `current` aside, or `used to be`, `had been`); `currently serves as the Governor` → `served as the
 * Governor` (the verb's past, the same word after it, no `currently` left); `currently ranked world No. 1` → `former
 * world No. 1`; `founding director` → `founding director emeritus`. A changed state of the subject: a conflict, either
 * way round, only where the other statement does not say it the first way too.
 */
export function nowPast(oldText: string, newText: string): { old: string; new: string } | undefined {
  // (Both texts with one apostrophe, read once: `world’s` / `world's`.)
  const [oldNorm, newNorm] = [oldText, newText].map((t) => t.replace(/’/g, "'"));
  // (The past way needs one of its verbs in the newer: without one, IS_NOW's scan of the older and the expressions it
  // compiles per match find nothing.)
  if (PAST_VERB.test(newNorm)) for (const m of oldText.matchAll(IS_NOW)) {
    const [w1, w2] = [m[2], m[3]].map((w) => w.replace(/’/g, "'"));
    const words = String.raw`${escapeRegExp(w1)}\s+${escapeRegExp(w2)}\b`;
    const past = new RegExp(String.raw`\b(?:was|were|used\s+to\s+be|had\s+been)\s+(?:${m[1]}\s+)?(?:current\s+)?${words}`, 'iu');
    const was = past.exec(newNorm);
    if (!was) continue;
    // Still said the present way in the newer, or already the past way in the older: no change of state.
    if (new RegExp(String.raw`\b(?:is|are)\s+(?:\p{L}+\s+){0,2}?${words}`, 'iu').test(newNorm) || past.test(oldNorm)) continue;
    // A bare `was` may be the tense of a history (`Brock was the most successful driver`, `was alma mater to …`): only
    // `used to be`, `had been`, or a `was` the statement ends (`for 53 years`, `until 2016`, `surpassed in …`, a span
    // that closed) says the state is over.
    if (/^(?:was|were)\b/i.test(was[0]) && !STATE_OVER.test(newText) && !closedSpan(newText)) continue;
    return { old: m[0], new: was[0] };
  }
  // HELD_NOW_PAST: a state held in the passive (`is owned and operated by`, `is based in`) that the newer says in the past
  // and ends (`was privately owned and operated by … until its 2020 bankruptcy`), not said the present way there too.
  const held = HELD_NOW.exec(oldNorm);
  if (held && PAST_VERB.test(newNorm)) {
    const heldPast = new RegExp(String.raw`\b(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?${held[1]}\b`, 'iu').exec(newNorm);
    const stillHeld = new RegExp(String.raw`\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?${held[1]}\b`, 'iu').test(newNorm);
    if (heldPast && !stillHeld && (STATE_OVER.test(newText) || closedSpan(newText))) return { old: held[0], new: heldPast[0] };
  }
  const does = DOES_NOW_NEXT.exec(oldText);
  if (does && !/\bcurrently\b/i.test(newText)) {
    const did = new RegExp(String.raw`\b${escapeRegExp(does[1])}e?d\s+${escapeRegExp(does[2])}\b`, 'iu').exec(newText);
    if (did) return { old: does[0], new: did[0] };
  }
  const now = NOW_WORD.exec(oldText);
  if (now && !/\bformer\b/i.test(oldText)) {
    const former = new RegExp(String.raw`\bformer\s+${escapeRegExp(now[1])}\b`, 'iu').exec(newText);
    if (former) return { old: now[0], new: former[0] };
  }
  const emeritus = EMERIT.test(newText) ? EMERITUS.exec(newText) : null;
  if (emeritus && !/\bemerit(?:us|a|i)\b/i.test(oldText)) {
    const title = emeritus[1] ? String.raw`\b${escapeRegExp(emeritus[1])}\s+${escapeRegExp(emeritus[2])}\b` : String.raw`\b${escapeRegExp(emeritus[3])}\b`;
    const held = new RegExp(title, 'iu').exec(oldText);
    if (held) return { old: held[0], new: emeritus[0] };
  }
  return undefined;
}

/** What a subject is or holds now: `reigning`, `incumbent`, `currently serving`, `holds the world record`. */
const HOLDS_NOW = /\b(?:reigning|incumbent|currently\s+(?:\p{Ll}{3,}ing|the)|(?:holds|retains)\s+the)(?:\s+(?!and\b|or\b)\p{L}[\p{L}-]*){0,3}/iu;

/** A span of time that ended, as a text gives it (`from 2004 until 2020`, `2023–24`, `between September 2013 and September 2016`). */
function closedSpan(text: string): string | undefined {
  const dates = extractDates(text);
  const ranged = dates.find((d) => d.value.start && d.value.end && d.value.end > d.value.start);
  if (ranged) return ranged.text;
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i], dates[i + 1]];
    if (/^\s+and\s+$/.test(text.slice(x.end, y.start)) && /\bbetween\s+$/i.test(text.slice(0, x.start)) && y.value.iso > x.value.iso) return text.slice(x.start, y.end);
  }
  return undefined;
}

/** `is a retired space telescope`, `was a defunct airline`: a subject described as no longer active. */
const ENDED_STATUS = /\b(?:is|are|was|were)\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:\p{L}+\s+)?(?:now\s+)?(retired|defunct|former|decommissioned|disbanded|dissolved|inactive|extinct|abandoned|demolished|closed)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)/iu;
/** `is a space observatory`: what a subject is, its first words. */
const IS_A = /\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)/iu;

/**
 * STATUS_ENDED: a subject that was described as something (`Kepler is a space observatory`) and is now described as
 * a retired, defunct, former, closed one (`is a retired space telescope`) changed its state: a conflict, either way
 * round, where the other statement says no such word.
 */
export function statusEnded(oldText: string, newText: string): { old: string; new: string } | undefined {
  const ended = ENDED_STATUS.exec(newText);
  const was = IS_A.exec(oldText);
  if (!ended || !was) return undefined;
  // (`ex-` says `former`: `the nephew of ex-professional footballer …` / `… is former professional footballer …`.)
  const said = ended[1].toLowerCase() === 'former' ? /\b(?:former|ex-)/i : new RegExp(`\\b${ended[1]}\\b`, 'i');
  if (said.test(oldText)) return undefined;
  return { old: was[0], new: ended[0] };
}

/** A superlative: `strongest`, `most populous`, `least visited`. */
const SUPERLATIVE = String.raw`(?:(?:most|least)\s+\p{L}+|\p{L}{2,}est)`;
/** A word after a rank that is a superlative or opens one (`largest`, `most`): RANKED_NOUN takes no such word for the thing. */
const SUPERLATIVE_WORD = new RegExp(`^(?:most|least|${SUPERLATIVE})$`, 'iu');
/** An ordinal rank before a superlative: `second strongest`, `2nd-largest`. */
const RANKED = new RegExp(String.raw`\b(?:${ORDINAL_WORDS.join('|')}|\d+(?:st|nd|rd|th))[\s-]+(${SUPERLATIVE})\b`, 'iu');

/**
 * RANK_GAINED: a statement that called its subject `the strongest` and now `the second strongest` (the same
 * superlative with an ordinal before it, the bare one gone) states another rank, the first against the second: a
 * conflict, either way round, of the same thing (the word after the superlative the same). Not `one of the strongest`
 * or `among the busiest`, nor where both keep the bare superlative.
 */
export function rankGained(oldText: string, newText: string): { old: string; new: string } | undefined {
  const ranked = RANKED.exec(newText);
  if (!ranked || RANKED.test(oldText)) return undefined;
  const word = ranked[1].toLowerCase().replace(/\s+/g, ' ');
  // The bare superlative after `the`, a possessive (`Uganda's oldest`) or another superlative's `and` (`the largest and
  // oldest`), not in `one of …` or `among …`.
  const bare = new RegExp(String.raw`(?<!\b(?:of|among)\s)(?:\bthe\s+|(?<=\p{L}['’]s\s+)|(?<=\p{L}{2,}est\s+and\s+))${word.replace(' ', '\\s+')}\b`, 'iu');
  const group = (text: string, m: RegExpExecArray) => !/\b(?:one of|among)\b/i.test(text.slice(Math.max(0, m.index - 40), m.index));
  const was = bare.exec(oldText);
  if (!was || !group(oldText, was) || bare.test(newText.replace(ranked[0], ''))) return undefined;
  // Of the same thing: the word after the superlative is the same (`strongest landfalling …` both times).
  // (Written with hyphens too: `the second-deepest-known cave` / `the deepest known cave`.)
  const after = (text: string, at: number) => /^[\s-]+(\p{L}+)/u.exec(text.slice(at))?.[1]?.toLowerCase();
  if (after(oldText, was.index + was[0].length) !== after(newText, ranked.index + ranked[0].length)) return undefined;
  return { old: was[0], new: ranked[0] };
}

/** A superlative in a group (`one of the largest lagoons`, `one of the world's busiest`, `among the oldest`): SUPERLATIVE_WEAKENED. */
const IN_GROUP = new RegExp(String.raw`\b(?:one(?:\s+of)?|among)\s+the\s+(?:\p{L}+['’]s\s+)?(${SUPERLATIVE})[\s-]+(\p{L}+)`, 'giu');
/** Words that open IN_GROUP, looked for before it. */
const GROUP_WORDS = /\b(?:one|among)\s/i;
/** A bare superlative after `the` or a possessive (`the largest lagoon`, `the world's largest coral atoll`). */
const BARE_SUPERLATIVE = new RegExp(String.raw`\b(?:the\s+(?:\p{L}+['’]s\s+)?|\p{L}+['’]s\s+)(${SUPERLATIVE})[\s-]+(\p{L}+)`, 'giu');
/** A superlative and the word after it, as compared: lower case, a plural's `s` aside. */
const superlativeKey = (m: RegExpExecArray) => `${m[1].toLowerCase().replace(/\s+/g, ' ')} ${m[2].toLowerCase().replace(/(?<=s|x|z|ch|sh)es$|(?<!s)s$/, '')}`;

/** A text's bare superlatives (BARE_SUPERLATIVE), those in `one of …` or `among …` aside. */
const bareSuperlatives = (text: string) => [...text.matchAll(BARE_SUPERLATIVE)].filter((m) => !/\b(?:one(?:\s+of)?|among)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)));
/** The content words of the scope after a superlative's word (`in recorded history`), or undefined where none is given. */
function superlativeScope(text: string, m: RegExpExecArray): Set<string> | undefined {
  const found = /^[^,.;:()]{0,30}?\b(?:in|of|on|among)\s+((?:the\s+)?[^,.;:()]{2,40})/iu.exec(text.slice(m.index + m[0].length));
  return found ? new Set(found[1].toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && w !== 'the')) : undefined;
}
/** Two scopes that are one, or where either statement gives none. */
const sameScope = (x: Set<string> | undefined, y: Set<string> | undefined) => !x || !y || [...x].some((w) => y.has(w));

/**
 * SUPERLATIVE_WEAKENED: a subject that was `the world's largest coral atoll` and is now `one of the world's largest
 * coral atolls` (either way round) is no longer said to be the first of such things: a conflict, where the same
 * superlative stands before the same word, and neither statement says both.
 */
export function superlativeWeakened(oldText: string, newText: string): { old: string; new: string } | undefined {
  // (Most statement pairs name no group: the cheap test first.)
  if (!GROUP_WORDS.test(newText)) return undefined;
  const grouped = [...newText.matchAll(IN_GROUP)];
  if (!grouped.length) return undefined;
  // (Within the same scope, where both give one: `the deadliest disaster of the 21st century` is not `one of the
  // deadliest in recorded history`.)
  for (const was of bareSuperlatives(oldText)) {
    const key = superlativeKey(was);
    const now = grouped.find((m) => superlativeKey(m) === key && sameScope(superlativeScope(oldText, was), superlativeScope(newText, m)));
    if (now && !bareSuperlatives(newText).some((m) => superlativeKey(m) === key) && ![...oldText.matchAll(IN_GROUP)].some((m) => superlativeKey(m) === key)) return { old: was[0], new: now[0] };
  }
  return undefined;
}

/** An ordinal as a word or in figures: `second`, `3rd`. */
const isOrdinal = (norm: string) => ORDINAL_WORDS.includes(norm) || /^\d+(?:st|nd|rd|th)$/.test(norm);
/**
 * ORDINAL_SWAPPED: the one word that changed in its place is an ordinal for another (`the second orbital flight test`
 * → `the third orbital flight test`, `its 4th album` → `its 5th album`, `is third in line` → `is second in line`),
 * between the same words: the same thing counted otherwise, a conflict on its place in the count. Only a swap of that
 * one word (not an ordinal dropped or added, nor one inside a rewritten run).
 */
export function ordinalSwapped(parts: TokenDiff, oldText: string, newText: string): { old: string; new: string } | undefined {
  return wordSwapped(parts, oldText, newText, 1, (was, now) => isOrdinal(was.norm) && isOrdinal(now.norm));
}

/**
 * The one word that changed in its place, between the same words (the word after it a word, not a figure), where
 * `swap` accepts the pair (ORDINAL_SWAPPED, QUANTIFIER_SWAPPED): the word and the next one on each side. `from` is the
 * first hunk it may be (0: at the statement's start too).
 */
function wordSwapped(parts: TokenDiff, oldText: string, newText: string, from: 0 | 1, swap: (was: WordToken, now: WordToken) => boolean): { old: string; new: string } | undefined {
  for (let i = from; i + 2 < parts.length; i++) {
    const [before, x, y, after] = [parts[i - 1], parts[i], parts[i + 1], parts[i + 2]];
    if (before?.added || before?.removed || after.added || after.removed) continue;
    if (!((x.removed && y.added) || (x.added && y.removed)) || x.value.length !== 1 || y.value.length !== 1) continue;
    const [was, now] = x.removed ? [x.value[0], y.value[0]] : [y.value[0], x.value[0]];
    if (!swap(was, now) || !/^\p{L}/u.test(after.value[0].norm)) continue;
    const next = after.value[0];
    const span = (text: string, t: WordToken) => text.slice(t.start, t.end) + ' ' + next.text;
    return { old: span(oldText, was), new: span(newText, now) };
  }
  return undefined;
}

/** A rank before a superlative, in words or figures (`second largest`, `third-largest`, `18th most populous`). */
const RANK_BEFORE_SUPERLATIVE = new RegExp(String.raw`\b(${ORDINAL_WORDS.join('|')}|\d+(?:st|nd|rd|th))[\s-]+((?:most|least) \p{L}+|\p{L}{2,}est)\b`, 'giu');

/** An ordinal and the two words after it (RANK_CHANGED's ordinals of a thing named the same). */
const ORDINAL_BEFORE_WORDS = new RegExp(String.raw`\b(${ORDINAL_WORDS.join('|')}|\d+(?:st|nd|rd|th))[\s-]+(\p{L}+) (\p{L}+)\b`, 'giu');
/** The most words after a superlative RANK_CHANGED reads for the thing it ranks (`type of land mammal`). */
const RANKED_WORDS = 4;

/**
 * RANK_CHANGED: the one rank each statement gives before the same superlative (`the second largest land animal` /
 * `the third-largest type of land mammal`) of the same thing (a content word of the next RANKED_WORDS shared: `land`),
 * another rank: the subject's place changed, however the statement around it was reworded. (Two ranks of one
 * superlative on a side are of two scopes: no pair; `largest country` / `largest fleet` rank two things.)
 */
export function rankChanged(oldText: string, newText: string): { old: string; new: string } | undefined {
  const rankOf = (word: string) => (ORDINAL_WORDS.includes(word) ? ORDINAL_WORDS.indexOf(word) + 1 : parseInt(word, 10));
  const ranks = (text: string) => {
    const out = new Map<string, Array<{ text: string; rank: number; after: string[] }>>();
    for (const m of text.matchAll(RANK_BEFORE_SUPERLATIVE)) {
      const rank = rankOf(m[1].toLowerCase());
      const superlative = m[2].toLowerCase();
      // (What it ranks: the content words of the next few, `land animal` of `second largest land animal in Africa`.)
      const after = [...contextWords(text.slice(m.index + m[0].length).split(/[.,;:()]/)[0].split(/\s+/).slice(0, RANKED_WORDS + 1).join(' '))];
      out.set(superlative, [...(out.get(superlative) ?? []), { text: m[0], rank, after }]);
    }
    // (An ordinal before the same two words, no superlative, counts the same thing: `eighth intense tropical cyclone`
    // / `seventh intense tropical cyclone`.)
    for (const m of text.matchAll(ORDINAL_BEFORE_WORDS)) {
      const key = `${m[2]} ${m[3]}`.toLowerCase();
      if (/(?:est|^most|^least)$/.test(m[2].toLowerCase()) || !contextWords(m[2]).size) continue;
      out.set(key, [...(out.get(key) ?? []), { text: m[0], rank: rankOf(m[1].toLowerCase()), after: [key] }]);
    }
    return out;
  };
  // (The new text is read only when the old one ranks something: most statements rank nothing.)
  const olds = ranks(oldText);
  if (olds.size === 0) return undefined;
  const news = ranks(newText);
  for (const [superlative, [x, ...more]] of olds) {
    const [y, ...others] = news.get(superlative) ?? [];
    if (y && !more.length && !others.length && x.rank !== y.rank && x.after.some((w) => y.after.includes(w))) return { old: x.text, new: y.text };
  }
  return undefined;
}

/** Quantifiers of a whole (`all`, `every`, `each`, `both`) and of a part or none of it (`most`, `some`, `few`, `no`, `none`). */
const WHOLE_QUANTIFIERS = new Set(['all', 'every', 'each', 'both']);
const PART_QUANTIFIERS = new Set(['most', 'some', 'few', 'several', 'many', 'no', 'none']);

/**
 * QUANTIFIER_SWAPPED: the one word that changed in its place, between the same words, is a quantifier of the whole for
 * one of a part (`made of steel in all models` → `in most models`, `no species` → `all species`), or the other way
 * round: what the statement holds of changed, a conflict on its scope. (Two quantifiers of a part, `many` /
 * `several`, say it in other words.)
 */
export function quantifierSwapped(parts: TokenDiff, oldText: string, newText: string): { old: string; new: string } | undefined {
  const [whole, part] = [(t: WordToken) => WHOLE_QUANTIFIERS.has(t.norm), (t: WordToken) => PART_QUANTIFIERS.has(t.norm)];
  // (At the statement's start too: `No species …` / `All species …`.)
  return wordSwapped(parts, oldText, newText, 0, (was, now) => (whole(was) && part(now)) || (part(was) && whole(now)));
}

/** The name a statement opens with, before its first parenthesis, comma or verb (`Ørsted A/S (formerly …) is …`). */
const OPENING_NAME = /^(?:The\s+)?(\p{Lu}[\p{L}\p{N}&./'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&./'’-]*|of|and|de|du|la|für))*)\s*(?:\(|,|\s(?:is|was|are|were|has|had)\b)/u;
/** `formerly DONG Energy`, `previously known as …`: the name the subject had. */
const FORMER_NAME = /\b(?:formerly|previously)(?:\s+(?:known|called|named))?(?:\s+as)?\s+(\p{Lu}[\p{L}\p{N}&./'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&./'’-]*)*)/u;

/**
 * RENAMED_SUBJECT: a statement that opens with one name (`DONG Energy (…) is an integrated energy company`) against
 * one that opens with another and gives the first as its former name (`Ørsted A/S (formerly DONG Energy) is …`): the
 * subject was renamed, a conflict on its name. Either way round.
 */
export function renamedSubject(oldText: string, newText: string): { old: string; new: string } | undefined {
  const [was, now] = [OPENING_NAME.exec(oldText)?.[1], OPENING_NAME.exec(newText)?.[1]];
  const former = FORMER_NAME.exec(newText)?.[1];
  if (!was || !now || !former || was === now || !former.startsWith(was)) return undefined;
  return { old: was, new: now };
}

/**
 * The posts a person holds in an organisation (ROLE_GAINED reads them): each a pattern of its words, lower case, a
 * title's abbreviation among them (`chief executive officer` is the `CEO`).
 */
const POST_NAMES: readonly string[] = [
  'chairman|chairwoman|chairperson|chair',
  'chief executive officer|chief executive|ceo',
  'chief operating officer|coo',
  'chief financial officer|cfo',
  'chief technology officer|cto',
  'vice[- ]president|vice[- ]chairman',
  '(?<!vice[- ])president',
  'co-?founder|founder',
  'managing director',
  'owner',
];
const POSTS = POST_NAMES.map((names) => new RegExp(`\\b(?:${names})\\b`));
/** Two posts joined (`chairman and chief executive officer`, `president & CEO`), as ROLE_GAINED finds them. */
const POST = `(?:${POST_NAMES.join('|')})(?:\\s*\\([a-z]+\\))?`;
const JOINED_POSTS = new RegExp(`\\b(${POST}(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?${POST})(?=\\s+(?:of|at)\\b)`, 'i');

/**
 * ROLE_GAINED: a statement naming a person's post in an organisation (`He currently serves as the Chief Executive
 * Officer (CEO) of Microsoft`) against one naming that post joined to another it never says (`He is the chairman
 * and chief executive officer (CEO) of Microsoft`): the person gained (or lost) a post, a changed fact. Either way
 * round; the two posts joined before `of` or `at`, so `chair of the board and CEO` is read only where it says so.
 */
export function roleGained(oldText: string, newText: string): { old: string; new: string } | undefined {
  const joined = JOINED_POSTS.exec(newText);
  if (!joined) return undefined;
  const phrase = joined[1].toLowerCase();
  const older = oldText.toLowerCase();
  const said = POSTS.filter((p) => p.test(phrase));
  if (said.length !== 2) return undefined;
  const kept = said.filter((p) => p.test(older));
  if (kept.length !== 1) return undefined;
  const keptAt = kept[0].exec(older)!;
  return { old: oldText.slice(keptAt.index, keptAt.index + keptAt[0].length), new: joined[1] };
}

/**
 * SINCE_UNTIL_EVENT: a term `since` a year that the other statement gives as running `from` that year `until` an event
 * of a later year (`has been their chairperson since 2013` / `served as their chairperson from 2013 until her
 * presidential bid in 2024`): the term ended, as SINCE_ENDED says of a span the date reader reads whole.
 */
export function sinceUntilEvent(oldText: string, newText: string): { old: string; new: string } | undefined {
  // (Also where the term opens with an event of that year, `from his debut in 2003 until 2011`, and at a sentence's
  // start, `Since 2003, …`.)
  for (const since of oldText.matchAll(/\bsince ((?:1[5-9]|20)\d\d)\b/gi)) {
    const until = new RegExp(String.raw`\bfrom (?:(?:his|her|its|their|the) \p{Ll}+ in )?${since[1]} until\b(?:[^.;,\d]|,(?! and)){0,80}?\b((?:1[5-9]|20)\d\d)\b`, 'iu').exec(newText);
    if (until && Number(until[1]) > Number(since[1])) return { old: since[0], new: until[0] };
  }
  return undefined;
}

/**
 * SPAN_ENDED: a span from a year to the present (`The Cube (2009–present)`) that the other statement closes from the same
 * year (`The Cube (2009–2015, 2020–2021)`): it ended, a changed state the date reader, which reads the open span as its
 * first year, does not tell.
 */
export function spanEnded(oldText: string, newText: string): { old: string; new: string } | undefined {
  for (const open of oldText.matchAll(/\b((?:1[5-9]|20)\d\d)\s*[–—-]\s*(?:present|now|ongoing|today)\b/gi)) {
    const closed = new RegExp(String.raw`\b${open[1]}\s*[–—-]\s*((?:1[5-9]|20)?\d\d)\b`).exec(newText);
    if (closed) return { old: open[0], new: closed[0] };
  }
  return undefined;
}

/** `mid-September`, `late September`, `early 2019`: a part of a month or a year. */
const PART_OF = /\b(early|mid|late)[\s-]+((?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:1[5-9]|20)\d\d)\b/gi;

/**
 * PART_OF_PERIOD: the same month or year, another part of it (`a season from mid-September` / `from late September`):
 * a changed date, which date reading alone (a month, no year) does not give.
 */
export function partChanged(oldText: string, newText: string): { old: string; new: string } | undefined {
  const parts = (text: string) => [...text.matchAll(PART_OF)].map((m) => ({ text: m[0], part: m[1].toLowerCase(), period: m[2].toLowerCase() }));
  const [olds, news] = [parts(oldText), parts(newText)];
  for (const o of olds) {
    const n = news.find((x) => x.period === o.period);
    // The same period given more than once on a side says which is which no more.
    if (n && n.part !== o.part && olds.filter((x) => x.period === o.period).length === 1 && news.filter((x) => x.period === o.period).length === 1) return { old: o.text, new: n.text };
  }
  return undefined;
}

/**
 * NUMBERED_NAME: a name whose number changed (`Ariane 5` → `Ariane 6`, `Windows 10` → `Windows 11`) names another
 * thing, not another amount: a capitalised word mid-sentence, kept, and the number right after it swapped.
 */
function renumberedNames(oldTokens: WordToken[], newTokens: WordToken[], parts: TokenDiff): FactChange[] {
  const out: FactChange[] = [];
  let o = 0;
  let n = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const next = parts[p + 1];
    if (part.removed && next?.added && o > 1) {
      const name = oldTokens[o - 1];
      const [was, now] = [part.value[0], next.value[0]];
      // Up to three digits: `March 2018` is a date, compared as one.
      if (/^\p{Lu}/u.test(name.text) && /^\d{1,3}$/.test(was.text) && /^\d{1,3}$/.test(now.text) && newTokens[n - 1]?.norm === name.norm) {
        out.push({ type: 'entity', old: `${name.text} ${was.text}`, new: `${name.text} ${now.text}` });
      }
    }
    if (!part.added) o += part.value.length;
    if (!part.removed) n += part.value.length;
  }
  return out;
}

/**
 * DATED_HEADING: a box's heading line that is a label and the year its rows are for (`Population (2008)`, `GDP
 * (PPP)2018 estimate`, `Area (2011 census)`) states no fact of its own: the same label with another year says only
 * that the rows under it are of another year, and they are compared themselves.
 */
const DATED_HEADING = /^(\p{Lu}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3}(?: \([\p{L} ]{1,12}\))?)\s*(?:\((?:1[89]|20)\d\d(?: (?:census|estimate|est\.))?\)|(?:1[89]|20)\d\d (?:census|estimate|est\.))$/u;
function datedHeadings(o: Unit, n: Unit): boolean {
  if (o.kind !== 'caption' || n.kind !== 'caption') return false;
  const [x, y] = [DATED_HEADING.exec(withoutMarkers(o.text).trim()), DATED_HEADING.exec(withoutMarkers(n.text).trim())];
  return Boolean(x && y && normalKey(x[1]) === normalKey(y[1]));
}

/** Words a statement cannot end a phrase with: an article or a preposition left before what an export lost (EXPORT_GAP). */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'to', 'from', 'within', 'about', 'over', 'under', 'than', 'around', 'approximately', 'nearly', 'into', 'since', 'until', 'during']);
/** The most words an export loses at one gap (EXPORT_GAP): a date with its day and month, a link's name. */
const EXPORT_GAP_WORDS = 4;
/** Words that cannot open what such a word is followed by (`the and`, `within of`): EXPORT_GAP. */
const CANNOT_FOLLOW = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'is', 'was', 'are', 'were', 'which', 'while', 'with', 'for', 'from', 'by']);

/**
 * EXPORT_GAP: one statement is the other with words left out where an export lost a figure, a date or a link's text
 * (`founded in 1988.` / `founded in .`, `listed on the London Stock Exchange and` / `listed on the and`): each run the
 * shorter one lacks holds a figure or a capitalised word, and where it stood the shorter one reads as cut (two spaces, a
 * space before a stop, or an article or preposition before another such word or the end): form, not a rewording.
 */
function exportGaps(oldText: string, newText: string, oldTokens: WordToken[], newTokens: WordToken[], parts: TokenDiff): boolean {
  const changed = parts.filter((p) => p.added || p.removed);
  if (!changed.length || !(changed.every((p) => p.removed) || changed.every((p) => p.added))) return false;
  const [short, shortTokens] = changed[0].removed ? [newText, newTokens] : [oldText, oldTokens];
  let at = 0;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      at += part.value.length;
      continue;
    }
    // (A figure with its unit or date, or a link's few capitalised words: `1988`, `100 km`, `London Stock Exchange`.)
    if (part.value.length > EXPORT_GAP_WORDS || !part.value.some((t) => /^\p{N}/u.test(t.text) || (/^\p{Lu}/u.test(t.text) && part.value.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text))))) return false;
    const before = shortTokens[at - 1];
    const after = shortTokens[at];
    const gap = short.slice(before?.end ?? 0, after?.start ?? short.length);
    const cut = /\s{2,}|\s[.,;:)\]]|\(\s*[),;]/.test(gap) || (before !== undefined && DANGLING.has(before.norm) && (after === undefined || CANNOT_FOLLOW.has(after.norm) || /^\s*[.,;:]/.test(gap)));
    if (!cut) return false;
  }
  return true;
}

/** Compare two aligned units: the kind of difference (or none) and the facts that changed. */
export function compareUnits(
  o: Unit,
  n: Unit,
  moved: boolean,
  acronyms: [Map<string, string>, Map<string, string>] = [new Map(), new Map()],
  memo = new FactMemo(),
): { kind: DiscrepancyKind; facts: FactChange[]; changes: Discrepancy['changes'] } | null {
  if (o.key === n.key && !moved) return null;
  if (!moved && (parentheticalsLost(o.text, n.text) || sameButStyle(o.words, n.words) || sameButComputed(o.text, n.text))) return null;
  if (!moved && datedHeadings(o, n)) return null;
  // The two statements' words are diffed once: aliases, replaced names and the word changes shown all read it.
  const oldTokens = wordTokens(o.text);
  const newTokens = wordTokens(n.text);
  const parts = tokenDiff(oldTokens, newTokens);
  if (!moved && (onlyAliases(oldTokens, newTokens, parts) || exportGaps(o.text, n.text, oldTokens, newTokens, parts))) return null;
  const facts: FactChange[] = [];
  let conflict = false;
  // Facts pair by role (the date of the same event, the amount of the same thing), then compare by value.
  const changed = (pairing: FactPairing, type: FactType) => {
    for (const p of pairing.pairs) {
      if (p.agree) continue;
      // AS_OF: the date a statement is true as of (`As of 2023, the church reported …`) says when it was written,
      // no event's date: a later copy's later one changes nothing it states.
      if (type === 'date' && (asOf(o.text, p.old) || asOf(n.text, p.new))) continue;
      conflict = true;
      facts.push({ type, old: p.old.text, new: p.new.text });
    }
    // A bare count dropped or added is part of the rewording, not a fact of its own.
    const stated = (f: FactMention) => f.type !== 'quantity' || f.value.unit !== '';
    // SAME_VALUE_LEFT: a value both statements state, whose words around it the roles did not pair (`the continent's
    // second longest river` / `the second-longest river in Europe`), changed nothing: no `second` → `second`.
    const olds = pairing.onlyOld.filter((f) => stated(f) && !pairing.onlyNew.some((g) => factsAgree(f, g)));
    const news = pairing.onlyNew.filter((g) => stated(g) && !pairing.onlyOld.some((f) => factsAgree(f, g)));
    facts.push(...pairUp(type, olds, news));
  };
  const pairing = memo.pairing(o.text, n.text);
  changed(pairing.dates, 'date');
  changed(pairing.quantities, 'quantity');
  // Either way round: revisions need not come in the order they were written, and a death one states and the other
  // does not is the same disagreement.
  const eitherWay = (change: (x: string, y: string) => { old: string; new: string } | undefined) => {
    const later = change(n.text, o.text);
    return change(o.text, n.text) ?? (later && { old: later.new, new: later.old });
  };
  const ended = eitherWay(lifeEnded) ?? eitherWay(stateEnded) ?? eitherWay(statusEnded) ?? eitherWay(nowPast) ?? eitherWay(sinceUntilEvent) ?? eitherWay(spanEnded) ?? partChanged(o.text, n.text);
  if (ended) {
    conflict = true;
    facts.push({ type: 'date', ...ended });
  }
  const grew = yearsListGrew(o.text, n.text, 2);
  if (grew) {
    conflict = true;
    facts.push({ type: 'date', ...grew });
  }
  const ranked = eitherWay(rankGained);
  if (ranked) {
    // (The ordinal alone, a detail added or dropped, is that rank.)
    const lone = (f: FactChange) => f.type === 'quantity' && ((f.old === null && f.new !== null && ranked.new.includes(f.new)) || (f.new === null && f.old !== null && ranked.old.includes(f.old)));
    facts.splice(0, facts.length, ...facts.filter((f) => !lone(f)), { type: 'quantity', ...ranked });
    conflict = true;
  }
  const swapped = ranked ? undefined : ordinalSwapped(parts, o.text, n.text);
  if (swapped && !facts.some((f) => f.type === 'quantity' && f.old !== null && f.new !== null)) {
    conflict = true;
    facts.push({ type: 'quantity', ...swapped });
  }
  const reranked = conflict ? undefined : rankChanged(o.text, n.text);
  if (reranked) {
    // (The ranks a rewording left unpaired are that rank.)
    const lone = (f: FactChange) => f.type === 'quantity' && (f.old === null || f.new === null || (reranked.old.includes(f.old) && reranked.new.includes(f.new)));
    facts.splice(0, facts.length, ...facts.filter((f) => !lone(f)), { type: 'quantity', ...reranked });
    conflict = true;
  }
  const scope = quantifierSwapped(parts, o.text, n.text);
  if (scope) {
    conflict = true;
    facts.push({ type: 'quantity', ...scope });
  }
  const renamed = eitherWay(renamedSubject) ?? eitherWay(roleGained);
  if (renamed) {
    conflict = true;
    facts.push({ type: 'entity', ...renamed });
  }
  const holder = o.kind === 'sentence' && n.kind === 'sentence' ? holderReplaced(o.text, n.text, acronyms) : undefined;
  if (holder) {
    conflict = true;
    facts.push({ type: 'entity', ...holder });
  }
  const agent = holder ? undefined : agentReplaced(o.text, n.text, acronyms);
  if (agent) {
    conflict = true;
    facts.push({ type: 'entity', ...agent });
  }
  if (!holder && o.key !== n.key && (o.kind === 'sentence' || o.kind === 'caption')) {
    // A name swapped in a statement that is otherwise the same; in a statement rewritten wholesale, the changed runs
    // hold whatever names the new wording brings.
    const close = wordSimilarity(o.words, n.words) >= REPLACEMENT_SIMILARITY;
    // ORDER_FREE: the word diff may keep either of two runs the statements share where they moved apart (`The
    // business, still based in Chicago` / `Based in Kansas City, the business`: kept `based in`, the swapped names meet
    // in one hunk; kept `the business`, they never do, and which is kept hangs on which revision comes first). A name
    // swapped as the diff reads the other way round is swapped too.
    let entities = close ? replacedEntities(o, n, parts, acronyms) : [];
    if (close && !entities.length) {
      const back = replacedEntities(n, o, tokenDiff(newTokens, oldTokens), [acronyms[1], acronyms[0]]);
      entities = back.map((f) => ({ ...f, old: f.new, new: f.old }));
    }
    const persons = entities.length ? [] : replacedPerson(o, n, acronyms);
    if (entities.length || persons.length) conflict = true;
    facts.push(...entities, ...persons);
  }
  const forward = onlyNoLonger(o.text, n.text);
  const backward = forward ? undefined : onlyNoLonger(n.text, o.text);
  if (forward || backward) {
    conflict = true;
    facts.push({ type: 'quantity', ...(forward ?? { old: backward!.new, new: backward!.old }) });
  }
  const weakened = superlativeWeakened(o.text, n.text);
  const strengthened = weakened ? undefined : superlativeWeakened(n.text, o.text);
  if (weakened || strengthened) {
    conflict = true;
    facts.push({ type: 'entity', ...(weakened ?? { old: strengthened!.new, new: strengthened!.old }) });
  }
  const turned = directionChanged(o.text, n.text);
  if (turned) {
    conflict = true;
    facts.push({ type: 'entity', ...turned });
  }
  const assessed = statusChanged(o.text, n.text);
  if (assessed) {
    conflict = true;
    facts.push({ type: 'entity', ...assessed });
  }
  const headOffice = o.kind === 'sentence' && n.kind === 'sentence' && !facts.some((f) => f.type === 'entity') ? headOfficeMoved(o.text, n.text, acronyms) : undefined;
  if (headOffice) {
    conflict = true;
    facts.push({ type: 'entity', ...headOffice });
  }
  const negated = negationChanged(parts);
  if (negated) {
    conflict = true;
    facts.push({ type: 'entity', ...negated });
  }
  const numbered = renumberedNames(oldTokens, newTokens, parts);
  if (numbered.length) conflict = true;
  facts.push(...numbered);
  const changes = wordChanges(o.text, n.text, oldTokens, newTokens, parts);
  const kind: DiscrepancyKind = conflict ? 'fact-conflict' : moved ? 'moved' : 'reworded';
  // (Two rules may find one change, `designed by A` / `designed by B` as an agent and as a name swapped: listed once.)
  const listed = facts.filter((f, i) => facts.findIndex((g) => g.type === f.type && g.old === f.old && g.new === f.new) === i);
  return { kind, facts: listed, changes };
}

const SITE = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i;
/** An address a mirror wrote backwards from its dots (`.com.examplewww` for `www.example.com`): BACKWARDS_ADDRESS. */
const BACKWARDS_ADDRESS = /^\.[a-z]{2,}\.\S*www$/i;
/**
 * Two addresses of different sites (`example.org` / `example.com`), the `www.` and path apart. An address a mirror
 * wrote backwards from its dots (`.com.examplewww`) states no site to compare (BACKWARDS_ADDRESS).
 */
function differentSites(a: string, b: string): boolean {
  if (BACKWARDS_ADDRESS.test(a.trim()) || BACKWARDS_ADDRESS.test(b.trim())) return false;
  const [x, y] = [SITE.exec(a)?.[1]?.toLowerCase(), SITE.exec(b)?.[1]?.toLowerCase()];
  return Boolean(x && y && x !== y);
}

/** A statement's text with the units aligned with it (a merged or split statement's, MERGED_LEFTOVER). */
function joined(rev: RevisionUnits, first: number, extra: readonly number[] | undefined): string {
  return [first, ...(extra ?? [])].map((i) => rev.units[i].text).join(' ');
}

/** CAPTION_ROWS: a caption line that is a label in sentence case, at most three words, then a figure. */
const CAPTION_ROW = /^(\p{Lu}\p{Ll}{3,}(?: \p{Ll}+){0,2}) ((?:c\. |ca\. |about )?[\p{N}\p{Sc}].*)$/u;

/** Two amounts in one unit, the larger at most ONE_SIDE_MEASURE_RATIO times the other (ONE_SIDE_MEASURE). */
function sized(p: QuantityMention, q: QuantityMention): boolean {
  return p.value.unit === q.value.unit && p.value.amount > 0 && q.value.amount > 0 && Math.max(p.value.amount / q.value.amount, q.value.amount / p.value.amount) <= ONE_SIDE_MEASURE_RATIO;
}

/** Words that count a place's people by where they live (RESIDENTS_ARE_POPULATION). */
const RESIDENTS = new Set(['residents', 'resident', 'inhabitants', 'inhabitant']);
/** An infobox's part heading (BOX_SECTION_VALUE): at most two words, then `career`, `information`, `details`, `statistics`. */
const BOX_SECTION = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?(?: (?:career|information|details|statistics))$/u;

/** Keys that name a picture (as pairingKey writes them): IMAGE_VALUE. */
const PICTURE_KEY = /^(?:flag|seal|logo|emblem|coatofarms|arms|crest|badge|insignia|signature|map|image|photo|picture|banner)$/;

/**
 * Compare the values of one infobox field: a changed number, date or named holder is a fact-conflict; anything
 * else (a value an export lost, the same value in another layout) is nothing.
 */

function compareFields(o: Field, n: Field, language: string): ReturnType<typeof compareUnits> {
  // WEBSITE_LINK: a website row is a link, shown as its address or a caption (`www.louvre.fr` / `Official website`,
  // `Club home page` / `Club website`): no statement to compare, unless both show addresses of different sites.
  if (WEBSITE_ROW.test(pairingKey(o.norm))) {
    return differentSites(o.value, n.value) ? { kind: 'fact-conflict', facts: [{ type: 'entity', old: o.value, new: n.value }], changes: wordChanges(o.value, n.value) } : null;
  }
  // KEY_AS_VALUE: a value that is its own key's first words (`Influenced by` / `Influenced`) is the label a dump
  // repeated where it lost the value: nothing to compare.
  // (Not a value with a figure, `3,111 total` under `Total fatalities`: the key's word beside a figure is the figure's.)
  const keyAsValue = (f: Field) => !/\p{N}/u.test(f.value) && normalKey(f.value).length >= 3 && `${normalKey(f.key)} `.startsWith(`${normalKey(f.value)} `);
  if (keyAsValue(o) || keyAsValue(n)) return null;
  // (DATED_HEADING: a field whose value is only the year its rows are for, `GDP (PPP)` / `2018 estimate`.)
  const heading = (f: Field) => DATED_HEADING.test(withoutMarkers(`${f.key} ${f.value}`).trim());
  if (heading(o) && heading(n)) return null;
  // IMAGE_VALUE: under a key that names a picture (`Flag`, `Seal`, `Logo`), a value that is the picture's file name
  // (`Flag of Ada County.gif`) against one that is not is the picture and what a page shows of it (its caption, its
  // alt text): nothing to compare. (Two file names compare.)
  if (PICTURE_KEY.test(pairingKey(o.norm)) && IMAGE_FILE.test(o.value.trim()) !== IMAGE_FILE.test(n.value.trim())) return null;
  // UNIT_IN_KEY: a bare figure under a key that names its unit (a page source's `Elevation M: 1247`, `Area Total Sq Mi:
  // 6219`) is stated by the other value where that gives the same figure among its conversions (`4,091 ft (1,247 m)`).
  const unitKeyed = (f: Field) => KEY_UNITS.has(f.norm.split(' ').at(-1) ?? '') && /^\d[\d,.]*$/.test(withoutMarkers(f.value));
  const statedIn = (f: Field, g: Field) => unitKeyed(f) && allNumbers(g.value, language).includes(numbersOf(f.value, language)[0]);
  if (statedIn(o, n) || statedIn(n, o)) return null;
  if (sameValue(o.value, n.value) || sameButComputed(o.value, n.value) || bothElapsed(o.value, n.value) || samePlace(o.value, n.value) || !comparisonWords(o.value).length || !comparisonWords(n.value).length) return null;
  if (fieldValuesConflict(o.value, n.value, language)) {
    // (A year in parentheses after an amount, `31,490 (2023)`, dates the amount: the fact is the amount.)
    const outside = (v: string) => v.replace(/\([^()]*\)/g, ' ');
    const type: FactType = extractDates(outside(o.value)).length && extractDates(outside(n.value)).length ? 'date' : /\d/.test(o.value) && /\d/.test(n.value) ? 'quantity' : 'entity';
    // The parts that changed, where the value has parts: its columns (TWO_COLUMNS) or its holders by role (ROLE_HOLDERS).
    const columns = columnPairs(o.value, n.value)?.filter(([x, y]) => fieldValuesConflict(x, y, language));
    const parts = columns ? columns.map(([x, y]) => ({ old: x, new: y })) : type === 'entity' ? roleHolderChanges(o.value, n.value) : [];
    const facts = parts.length ? parts.map((part) => ({ type, ...part })) : [{ type, old: withoutTrend(o.value), new: withoutTrend(n.value) }];
    return { kind: 'fact-conflict', facts, changes: wordChanges(o.value, n.value) };
  }
  // Other changes of a field's value are how an export lays it out (a date repeated in ISO form, a trend arrow,
  // a link's caption), not a statement reworded.
  return null;
}

/**
 * PICTURE_TEXT: a page dump's paragraph that runs straight into its infobox's lines (the next two lines, no blank
 * between, are captions or fields: `The film poster shows a man and a woman …` over `Theatrical release poster`,
 * `Directed byJames Cameron`) describes the infobox's picture, as its alt text: layout, not a statement.
 */
function pictureText(rev: RevisionUnits, u: Unit): boolean {
  if (rev.revision.format !== 'rendered' || u.kind !== 'sentence') return false;
  const block = rev.blocks[u.block];
  if (block.kind !== 'paragraph') return false;
  const last = rev.units[block.units[block.units.length - 1]];
  const [x, y] = [rev.units[last.index + 1], rev.units[last.index + 2]];
  const boxLine = (v: Unit | undefined, line: number) => v !== undefined && v.line === line && (v.kind === 'caption' || v.kind === 'infobox');
  return boxLine(x, last.line + 1) && boxLine(y, last.line + 2);
}

const sentenceNames = new WeakMap<RevisionUnits, Array<Set<string>>>();
/** The identifying words of each sentence of a revision, made once per revision (names.ts `identifyingWords`). */
function namesOfSentences(rev: RevisionUnits): Array<Set<string>> {
  let names = sentenceNames.get(rev);
  if (!names) sentenceNames.set(rev, (names = rev.units.filter((u) => u.kind === 'sentence').map((u) => identifyingWords(u.text))));
  return names;
}

/** Is a value one country alone, and does a sentence of the revision name it (or its adjective)? */
function countryInText(value: string, rev: RevisionUnits): boolean {
  const words = [...identifyingWords(value)];
  if (words.length !== 1 || !words[0].startsWith('country:')) return false;
  return namesOfSentences(rev).some((names) => names.has(words[0]));
}

/**
 * STATED_TOGETHER: two names a field gives (`Headquarters: Solna, Sweden` / `SAS Frösundavik Office Building`) that
 * one sentence of either revision states together (`headquartered at the SAS Frösundavik Office Building in Solna,
 * Sweden`) are one place named at two levels, or one holder with a title: no disagreement. Names only, no figures.
 */
function statedTogether(oldValue: string, newValue: string, revisions: readonly RevisionUnits[]): boolean {
  if (/\d/.test(oldValue + newValue)) return false;
  const [x, y] = [identifyingWords(oldValue), identifyingWords(newValue)];
  // Two words each at least: a one-word value (`Monarch`) names too little to be told in a sentence.
  if (x.size < 2 || y.size < 2) return false;
  return revisions.some((rev) => namesOfSentences(rev).some((names) => [...x, ...y].every((w) => names.has(w))));
}

/**
 * TERMS_OF_OFFICE: the terms of an office-holder box that no field pairing took, paired by their dates
 * (`terms.ts`): a term whose one end changed is a fact-conflict on that date; every paired term's units are
 * accounted for (neither removed nor added).
 */
function termsOfOffice(a: RevisionUnits, b: RevisionUnits, alignment: Alignment): { findings: Finding[]; old: Set<number>; new: Set<number>; named: { old: Set<number>; new: Set<number> } } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>(), named: { old: new Set<number>(), new: new Set<number>() } };
  const older = officeTerms(a, alignment.fieldsOld, (u) => alignment.byOld.has(u));
  const newer = officeTerms(b, alignment.fieldsNew, (u) => alignment.byNew.has(u));
  if (!older.length || !newer.length) return out;
  for (const p of pairTerms(older, newer)) {
    p.old.units.forEach((u) => out.old.add(u));
    p.new.units.forEach((u) => out.new.add(u));
    const oldFields = termFields(a, alignment.fieldsOld, p.old, older, (u) => alignment.byOld.has(u));
    const newFields = termFields(b, alignment.fieldsNew, p.new, newer, (u) => alignment.byNew.has(u));
    out.findings.push(...officeFields(a, b, alignment, p, oldFields, newFields, out));
    // SUCCESSOR_NAMED: a term that ended (`In office … – 20 March 2024`) names who succeeded (`Succeeded by Simon
    // Harris`) where the paired term, still current, named none: that line is an entry added (or removed), though the
    // other revision's box names the key for another office.
    const [was, now] = [oldFields.get('successor'), newFields.get('successor')];
    if (now !== undefined && was === undefined && p.new.end && !p.old.end) out.named.new.add(now);
    if (was !== undefined && now === undefined && p.old.end && !p.new.end) out.named.old.add(was);
    // TERM_ENDED: a term one revision gives as current (`Assumed office 1 October 2014`) and the other as ended
    // (`term_end2: 1 October 2024`) is a changed state of the same term: a fact-conflict on its end.
    const ended = !p.changed && Boolean(p.old.end) !== Boolean(p.new.end) ? 'end' : undefined;
    const changed = p.changed ?? ended;
    if (!changed) continue;
    const o = p.old[changed];
    const n = p.new[changed];
    const oldUnit = a.units[p.old.units[0]];
    const newUnit = b.units[n?.unit ?? p.new.units[p.new.units.length - 1]];
    // A term of fields is told by the field of the changed date; a term line by the line.
    const newUnits = b.units[p.new.units[0]].kind === 'infobox' ? [newUnit] : p.new.units.map((u) => b.units[u]);
    const oldUnits = p.old.units.map((u) => a.units[u]);
    out.findings.push({
      discrepancy: {
        id: '',
        kind: 'fact-conflict',
        section: b.sections[newUnit.section].title,
        old: side(a, oldUnits.map((u) => u.text).join(' '), oldUnit),
        new: side(b, newUnits.map((u) => u.text).join(' '), newUnits[0]),
        facts: [{ type: 'date', old: o?.text ?? null, new: n?.text ?? null }],
      },
      oldUnits,
      newUnits,
    });
  }
  return out;
}

/** The names a rendered box and a page's source give one field of an office (`Succeeded by` / `successor8`). */
const OFFICE_ROLE_NAMES: Readonly<Record<string, string>> = { precededby: 'predecessor', succeededby: 'successor' };
const officeRole = (f: Field) => {
  const key = pairingKey(f.norm);
  return OFFICE_ROLE_NAMES[key] ?? key;
};

/**
 * OFFICE_FIELDS: the fields of one office in an office-holder box (`Preceded by`, `Succeeded by`, `Prime Minister`
 * under a rendered term line; a page source's `predecessor8`, `successor8`, `primeminister8` of the term numbered 8)
 * pair by role within the terms TERMS_OF_OFFICE paired: the box repeats each key once per office, so no key pairs
 * them. A changed value is a fact-conflict; paired fields are accounted for either way.
 */
function officeFields(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, p: TermPair, oldFields: Map<string, number>, newFields: Map<string, number>, out: { old: Set<number>; new: Set<number> }): Finding[] {
  const found: Finding[] = [];
  // A rendered term's title line (`13th Secretary General of NATO | |`) states what a source's `office` and `order`
  // of that term do: both are accounted for (an office's name changes with its wording, not with its holder).
  const titleAbove = (rev: RevisionUnits, fields: ReadonlyMap<number, Field>, term: Term) => {
    const above = rev.units[Math.min(...term.units) - 1];
    return above?.kind === 'caption' && !fields.has(above.index) ? above.index : undefined;
  };
  const account = (title: number | undefined, parts: Map<string, number>, titles: Set<number>, held: Set<number>) => {
    const named = ['office', 'order'].flatMap((role) => parts.get(role) ?? []);
    if (title === undefined || !named.length) return;
    titles.add(title);
    named.forEach((i) => held.add(i));
  };
  account(titleAbove(a, alignment.fieldsOld, p.old), newFields, out.old, out.new);
  account(titleAbove(b, alignment.fieldsNew, p.new), oldFields, out.new, out.old);
  for (const [role, i] of oldFields) {
    const j = newFields.get(role);
    if (j === undefined) continue;
    out.old.add(i);
    out.new.add(j);
    const o = alignment.fieldsOld.get(i)!;
    const n = alignment.fieldsNew.get(j)!;
    const compared = compareFields(o, n, a.language);
    if (compared?.kind !== 'fact-conflict') continue;
    const [oldUnit, newUnit] = [a.units[i], b.units[j]];
    found.push({
      discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[newUnit.section].title, old: side(a, oldUnit.text, oldUnit), new: side(b, newUnit.text, newUnit), facts: compared.facts, changes: compared.changes },
      oldUnits: [oldUnit],
      newUnits: [newUnit],
    });
  }
  return found;
}

/**
 * The fields of a term's office, by role: a source's fields numbered as the term's dates are (an unnumbered key
 * only where the box numbers it for other offices: `predecessor` beside `predecessor1`); a rendered term's, the
 * fields under its line before the next term. Fields another pairing took, and the dates, are left out.
 */
function termFields(rev: RevisionUnits, fields: ReadonlyMap<number, Field>, term: Term, terms: readonly Term[], taken: (u: number) => boolean): Map<string, number> {
  const roles = new Map<string, number>();
  const add = (i: number, f: Field) => {
    const role = officeRole(f);
    if (role === 'termstart' || role === 'termend' || taken(i)) return;
    // A role the office states twice cannot be told apart.
    roles.set(role, roles.has(role) ? -1 : i);
  };
  const first = fields.get(term.units[0]);
  if (first && rev.units[term.units[0]].kind === 'infobox') {
    const number = (f: Field) => /(\d+)\s*$/.exec(f.key)?.[1] ?? '';
    const group = number(first);
    const numbered = new Set([...fields.values()].filter((f) => number(f)).map((f) => pairingKey(f.norm)));
    for (const [i, f] of fields) if (number(f) === group && (group || numbered.has(pairingKey(f.norm)))) add(i, f);
  } else {
    const last = Math.max(...term.units);
    const next = Math.min(...terms.map((t) => Math.min(...t.units)).filter((u) => u > last), rev.units.length);
    for (let i = last + 1; i < next; i++) {
      const f = fields.get(i);
      if (f) add(i, f);
    }
  }
  for (const [role, i] of roles) if (i < 0) roles.delete(role);
  return roles;
}

/**
 * An infobox value one revision states and the other gives only in its text (`Estimated deaths: up to 200,000`
 * against a sentence on the death toll): compared with the one sentence of the other revision that names every word
 * of the field's key and states a number; no number of it agreeing is a fact-conflict.
 */
function fieldsAgainstText(a: RevisionUnits, b: RevisionUnits, alignment: Alignment): Finding[] {
  const out: Finding[] = [];
  /** The words a key or a sentence is matched by: of four letters or more, their first five letters. */
  const longWord = (w: string) => w.length > 3 && /^\p{L}/u.test(w);
  const stems = (words: readonly string[]) => new Set(words.filter(longWord).map((w) => w.slice(0, 5)));
  const check = (from: RevisionUnits, to: RevisionUnits, fields: Map<number, Field>, otherFields: Map<number, Field>, paired: Map<number, number>, older: boolean) => {
    const otherKeys = new Set([...otherFields.values()].map((f) => f.norm));
    // The keys the other revision's template labels (`Seats1 Title: Riksdag`): that field is there, its value lost.
    const labelled = labelledKeys(otherFields);
    // A key the box repeats (`• Urban` under Area and under Population) names a part of several fields: which
    // one a sentence states cannot be told.
    const repeated = new Set([...fields.values()].map((f) => pairingKey(f.norm)).filter((k, i, all) => all.indexOf(k) !== i));
    for (const [i, f] of fields) {
      if (paired.has(i) || otherKeys.has(f.norm) || repeated.has(pairingKey(f.norm)) || labelled.has(pairingKey(f.norm))) continue;
      // A place's coordinates are no amount a sentence states.
      if (COORDINATES.test(f.value) || DECIMAL_COORDINATES.test(f.value)) continue;
      const values = numbersOf(f.value, from.language);
      const keyWords = comparisonWords(f.key).filter(longWord);
      const key = new Set(keyWords.map((w) => w.slice(0, 5)));
      if (!values.length || !key.size) continue;
      const stating = (rev: RevisionUnits) =>
        rev.units.filter((u) => {
          if (u.kind !== 'sentence' || rev.blocks[u.block].kind !== 'paragraph') return false;
          const has = stems(u.words);
          return [...key].every((s) => has.has(s)) && numbersOf(u.text, rev.language).length > 0;
        });
      const candidates = stating(to);
      if (candidates.length !== 1) continue;
      // OWN_TEXT: where the field's own revision states the key with a figure in its text too, the two texts are
      // compared with each other; the field may be for another year than either (`Revenue SEK 46,736 million` beside
      // `In 2017 … revenues of 40 billion kronor`, against `In 2012 … revenues of SEK 36 billion`).
      if (stating(from).length) continue;
      const sentence = candidates[0];
      // TWO_SCOPES: a sentence that names the key twice gives two scopes of it (`a population of 3.1 million in the
      // city proper, while the metropolitan area has a population of 6.5 million`): which one the field states is
      // not for brief to guess.
      if ([...key].some((s) => sentence.words.filter((w) => w.slice(0, 5) === s).length > 1)) continue;
      // A date value is one whose date stands outside parentheses: `103 (2016)` is a count for a year, not a date.
      const dates = extractDates(f.value.replace(/\([^)]*\)/g, ' '));
      // A date belongs to an event the key names as it is (`Founded` / `was founded in`): `Released` is not a planned
      // `release`, nor `Current` a club that is `currently` third.
      if (dates.length && !keyWords.every((w) => sentence.words.includes(w))) continue;
      if (dates.length) {
        // A date value (`Released: 2009-12-10`) compares as a date: with the dates the other revision shows on lines
        // of their own (`December 10, 2009 (London)`), then with the sentence's.
        const agrees = (d: DateMention) => dates.some((x) => datesAgree(x.value, d.value));
        if (dateOnALine(to, agrees) || extractDates(sentence.text).some(agrees) || !extractDates(sentence.text).length) continue;
      } else {
        // (SPELLED_COUNT: a count the sentence spells, `features eight franchises`, states `8` as a figure would.)
        const spelled = sentence.words.map((w) => NUMBER_WORDS[w]).filter((n) => n !== undefined);
        const stated = [...numbersOf(sentence.text, to.language), ...spelled];
        if (values.some((v) => stated.includes(v))) continue;
        // AMOUNT_NOT_DATE: an amount (`Students: 35,908 (2018)`) is stated by a sentence's amount, not by its years
        // (`Founded in 1905, … the largest university … in student enrolment`): a sentence with no figure but its
        // dates states no such amount.
        if (!numbersOf(blankSpans(sentence.text, extractDates(sentence.text)), to.language).length) continue;
      }
      const unit = from.units[i];
      const valueUnits = (f.valueUnits ?? []).map((v) => from.units[v]);
      const fieldSide = side(from, [unit, ...valueUnits].map((u) => u.text).join('\n'), unit);
      const textSide = side(to, sentence.text, sentence);
      const facts = [{ type: 'quantity' as const, old: older ? f.value : null, new: older ? null : f.value }];
      out.push({
        discrepancy: { id: '', kind: 'fact-conflict', section: to.sections[sentence.section].title, old: older ? fieldSide : textSide, new: older ? textSide : fieldSide, facts },
        oldUnits: older ? [unit, ...valueUnits] : [sentence],
        newUnits: older ? [sentence] : [unit, ...valueUnits],
      });
    }
  };
  check(a, b, alignment.fieldsOld, alignment.fieldsNew, alignment.byOld, true);
  check(b, a, alignment.fieldsNew, alignment.fieldsOld, alignment.byNew, false);
  return out;
}

/**
 * A fact that left its statement and reappears, changed, in another (`one of the 28 member states`, removed, and
 * `an alliance of 32 member states`, in a reworded opening): the dates and amounts no aligned statement accounts
 * for (in a removed or added sentence, or left unpaired in an aligned one) pair across statements when their roles
 * agree strongly: the same counted noun and another context word, or most of their context. Each such pair is a
 * fact-conflict between the two statements; a removed or added statement it covers is not reported again.
 */
function factsAcrossStatements(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, memo: FactMemo): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  interface Orphan {
    unit: Unit;
    fact: FactMention;
    context: Set<string>;
    paired: boolean;
    /** Of a statement aligned merged with another or split in two (MERGED_LEFTOVER). */
    merged?: boolean;
  }
  const prose = (rev: RevisionUnits, u: Unit) => u.kind === 'sentence' && rev.blocks[u.block].kind === 'paragraph';
  // SUBJECT_WORDS: the words of the article's title (`Ebola virus`) stand around facts of every statement; they tell
  // no role (`Ebola virus disease was first described in 1976` / `The 2013–2016 outbreak of Ebola virus disease`).
  const subject = new Set([a, b].flatMap((rev) => [...contextWords(rev.revision.title)]));
  const orphans = (rev: RevisionUnits, which: 'old' | 'new'): Orphan[] => {
    const list: Orphan[] = [];
    const byUnit = which === 'old' ? alignment.byOld : alignment.byNew;
    for (const u of rev.units) {
      if (!prose(rev, u)) continue;
      const { dates, quantities } = memo.of(u.text);
      const p = byUnit.get(u.index);
      let left: FactMention[] = [...dates, ...quantities];
      if (p !== undefined) {
        const pair = alignment.pairs[p];
        if (pair.field) continue;
        // MERGED_LEFTOVER: a statement merged with another (or split in two) keeps as loose the facts the other side's
        // statements, read together, do not state (`The 3,120 km river rises …`, where `It flows through Pakistan …`
        // and `Originating in …` were joined into it), followed only as the one amount of a measure (ONE_SIDE_MEASURE): a
        // count there (`for 33 rounds` / `After the two rounds`) may be of another thing the joined text names.
        const { dates: byDate, quantities: byAmount } = which === 'old' ? memo.pairing(u.text, joined(b, pair.new, pair.newExtra)) : memo.pairing(joined(a, pair.old, pair.oldExtra), u.text);
        left = which === 'old' ? [...byDate.onlyOld, ...byAmount.onlyOld] : [...byDate.onlyNew, ...byAmount.onlyNew];
      }
      for (let fact of left) {
        // (A span of time an article gives, `for less than a year`, is too vague to follow into another statement.)
        if (fact.type === 'quantity' && ARTICLE_SPAN_TEXT.test(fact.text)) continue;
        if (fact.type === 'quantity' && fact.value.unit === '') {
          // NOUN_COUNT_ALONE: a bare count of the noun before `of` (`a population of 233,529`) is that noun's count,
          // where no noun of its own follows it (`a series of five further matches` counts matches).
          const noun = countedNoun(fact, u.text);
          if (noun === undefined || !/^\s*(?:$|[.,;:)(\[]|(?:in|as|at|by|on|for|and|according|to|from)\b)/.test(u.text.slice(fact.end))) continue;
          fact = { ...fact, value: { ...fact.value, unit: noun } };
        }
        // RESIDENTS_ARE_POPULATION: a place's residents or inhabitants counted (`569,825 residents`) are its population
        // (`a population of around 526,700`), as one counted noun.
        if (fact.type === 'quantity' && RESIDENTS.has(fact.value.unit)) fact = { ...fact, value: { ...fact.value, unit: 'population' } };
        const sameType: readonly FactMention[] = fact.type === 'date' ? dates : quantities;
        const context = factContext(u.text, fact, sameType);
        for (const w of subject) context.delete(w);
        list.push({ unit: u, fact, context, paired: p !== undefined, ...(p !== undefined && (alignment.pairs[p].oldExtra || alignment.pairs[p].newExtra) ? { merged: true } : {}) });
      }
    }
    return list;
  };
  const olds = orphans(a, 'old');
  const news = orphans(b, 'new');
  // SAME_TOPIC: two statements the alignment paired with nothing, in sections it paired, that share TOPIC_WORDS
  // content words (the article's name aside) are one topic rewritten (`had a population recorded in the 2011 census of
  // …` / `At the 2021 census the population of the parish was …`): their facts pair on one word of context.
  const contents = new Map<Unit, Set<string>>();
  const contentOf = (u: Unit) => contents.get(u) ?? contents.set(u, new Set([...contextWords(u.text)].filter((w) => !subject.has(w)))).get(u)!;
  const sameTopic = (o: Orphan, n: Orphan) => {
    if (o.paired || n.paired || alignment.sections.get(o.unit.section) !== n.unit.section) return false;
    const theirs = contentOf(n.unit);
    return [...contentOf(o.unit)].filter((w) => theirs.has(w)).length >= TOPIC_WORDS;
  };
  // ONLY_MEASURE_ALONE: between a removed and an added statement, the one amount of a measure (an area, a length, a sum
  // of money…) among the statements the other side lacks, its conversions aside (`3,800 km² (1,467 sq miles)` /
  // `4,528-square-kilometre (1,748 sq mi)`): one fact, whatever words stand around it. Counts are left to their nouns.
  const onlyMeasured = (x: Orphan, list: Orphan[]) => {
    if (x.fact.type !== 'quantity') return false;
    const measure = measureOf(x.fact.value.unit);
    if (isCount(measure) || measure.dimension === 'rank') return false;
    const fact = x.fact;
    return list.every((z) => z.fact.type !== 'quantity' || !quantityComparable(z.fact, fact) || quantityAgree(z.fact, fact));
  };
  // Each statement's loose facts, so STATED_AS_IS looks at one statement's, not at every loose fact of the article.
  const byUnit = new Map<Unit, Orphan[]>();
  for (const z of [...olds, ...news]) byUnit.set(z.unit, [...(byUnit.get(z.unit) ?? []), z]);
  const statedAsIs = (x: Orphan, unit: Unit) => (byUnit.get(unit) ?? []).some((z) => factsAgree(z.fact, x.fact));
  // How many loose counts of each noun a list holds, counted once per list (asked for every pair of facts).
  const nounCounts = new Map<Orphan[], Map<string, number>>();
  const nounCount = (list: Orphan[], unit: string) => {
    let counts = nounCounts.get(list);
    if (!counts) {
      nounCounts.set(list, (counts = new Map()));
      for (const x of list) if (x.fact.type === 'quantity') counts.set(x.fact.value.unit, (counts.get(x.fact.value.unit) ?? 0) + 1);
    }
    return counts.get(unit) ?? 0;
  };
  const pairedOnlyCount = (o: Orphan, n: Orphan) => {
    const noun = countedNoun(o.fact);
    return noun !== undefined && noun === countedNoun(n.fact) && nounCount(olds, noun) === 1 && nounCount(news, noun) === 1 && [...o.context].some((w) => w !== noun.slice(0, 5) && n.context.has(w));
  };
  // ONE_EVENT_DATE: the one loose date on each side whose words name the same one-time event (`was founded in 2001`
  // removed / `… that was founded in 2000` in a reworded lead): one fact, whatever else the statements say.
  const events = new Map<Orphan, string[]>();
  const eventsOf = (z: Orphan) => {
    let found = events.get(z);
    if (!found) events.set(z, (found = z.fact.type === 'date' ? [...new Set([...z.context].map(eventOfStem).filter((e): e is string => e !== undefined))] : []));
    return found;
  };
  const eventCounts = (list: Orphan[]) => {
    const c = new Map<string, number>();
    for (const z of list) for (const e of eventsOf(z)) c.set(e, (c.get(e) ?? 0) + 1);
    return c;
  };
  const [eventsOld, eventsNew] = [eventCounts(olds), eventCounts(news)];
  const oneEvent = (o: Orphan, n: Orphan) => eventsOf(o).some((e) => eventsOf(n).includes(e) && eventsOld.get(e) === 1 && eventsNew.get(e) === 1);
  // NAMED_MEASURE: a physical amount the noun before `of` names (`With a volume of 139.8 cubic kilometres` / `The lake
  // has a volume of 137.9 km3`) is that noun's measure: the one amount so named among the loose facts of each side is
  // one fact, whatever else either statement measures.
  const namedBy = new Map<Orphan, string | undefined>();
  const measureNoun = (z: Orphan) => {
    if (!namedBy.has(z)) {
      const named = z.fact.type === 'quantity' && isPhysical(measureOf(z.fact.value.unit));
      // (As a bare count is named, from where its figure opens, a space before it aside; by `of` only, not `at`: `the
      // New York metropolitan area at 4,495 sqmi` is another place's area.)
      const start = z.unit.text.indexOf(z.fact.text, z.fact.start);
      const byOf = named && start >= 0 && OF_BEFORE.test(z.unit.text.slice(Math.max(0, start - 32), start));
      namedBy.set(z, byOf ? countedNoun({ ...z.fact, start, value: { ...z.fact.value, unit: '' } } as QuantityMention, z.unit.text) : undefined);
    }
    return namedBy.get(z);
  };
  const namedOnce = (list: Orphan[], noun: string) => list.filter((z) => measureNoun(z) === noun).length === 1;
  const options: Array<{ o: Orphan; n: Orphan; score: number }> = [];
  // The facts of the statements the other side lacks (removed or added ones), for the counts among them.
  const [aloneOld, aloneNew] = [olds.filter((z) => !z.paired), news.filter((z) => !z.paired)];
  for (const o of olds) {
    for (const n of news) {
      const [x, y] = [o.fact, n.fact];
      // Two statements still aligned with others are reworded apart; their loose facts are details, unless each is
      // the one loose count of its noun on its side and their words share one more (`it has sold over 500 million
      // copies` / `with over 600 million copies sold`: PAIRED_ONLY_COUNT).
      if (o.paired && n.paired && !pairedOnlyCount(o, n)) continue;
      // A fact the other statement states as it is (`Following (1998)` on both sides) is that statement's, no
      // changed value of another fact there (`Memento (2000)`): STATED_AS_IS.
      if (statedAsIs(n, o.unit) || statedAsIs(o, n.unit)) continue;
      if (x.type === 'date' && y.type === 'date') {
        // A date restated elsewhere keeps its bound: `in office since 2012` is not `in 1948` of another statement; but
        // a term `since 2021` that now runs `from 2021 until 2024` ended (SINCE_ENDED).
        if (dateAgree(x, y) || ((x.value.qualifier ?? '') !== (y.value.qualifier ?? '') && !sinceEnded(x, y) && !sinceEnded(y, x))) continue;
      } else if (x.type === 'quantity' && y.type === 'quantity') {
        if (quantityAgree(x, y) || !quantityComparable(x, y)) continue;
      } else continue;
      const shared = [...o.context].filter((w) => n.context.has(w)).length;
      const role = roleSimilarity(o.context, n.context);
      const unitO = x.type === 'quantity' ? x.value.unit : '';
      const unitN = y.type === 'quantity' ? y.value.unit : '';
      // The same counted noun, or a multiple of the same thing (`8.6 times as salty`).
      const sameNoun = unitO !== '' && unitO === unitN && (/^\p{L}{3,}$/u.test(unitO) || unitO === '×');
      // ONLY_COUNT_OF_ITS_NOUN: the one loose count of a noun on each side (`8,386 deaths` / `11,310 deaths`) is one
      // fact, whatever words stand around it.
      // (A noun, not a rank or a month a date's day was read with: `18th`, `15 January`: countedNoun.)
      const noun = countedNoun(x);
      // Or the one such count among the statements the other side lacks, where both are such (`21 seasons of the
      // series have been produced` removed, `30 seasons have aired` added, whatever other statements count).
      const onlyOfNoun =
        noun !== undefined &&
        noun === countedNoun(y) &&
        ((nounCount(olds, noun) === 1 && nounCount(news, noun) === 1) || (!o.paired && !n.paired && nounCount(aloneOld, noun) === 1 && nounCount(aloneNew, noun) === 1));
      // A term `since` a date and a span from it (SINCE_ENDED) are one term where their words name it alike.
      const ended = x.type === 'date' && y.type === 'date' && (sinceEnded(x, y) || sinceEnded(y, x));
      // SAME_END_SPAN: two spans to the day that share one end exactly and not the other (`from 25 July to 12 August
      // 2012` / `from 27 July to 12 August 2012`) are one event's dates, one end changed.
      const spanEnds = (d: DateMention) => (d.value.precision === 'day' && d.value.start && d.value.end ? [d.value.start, d.value.end] : undefined);
      const [ex, ey] = x.type === 'date' && y.type === 'date' ? [spanEnds(x), spanEnds(y)] : [undefined, undefined];
      const oneEnd = ex !== undefined && ey !== undefined && (ex[0] === ey[0]) !== (ex[1] === ey[1]);
      const sameThing = sameNoun || ended || oneEnd;
      const topic = shared >= 1 && sameTopic(o, n);
      // ONE_SIDE_MEASURE: so is a removed (or added) statement's one such amount against the one of that measure among
      // all loose facts of the other side, where that statement is aligned (`The total length of the river is 3,180 km`
      // removed, `The 3,120 km river rises …` aligned with another), in the same unit, a physical measure (a share,
      // a sum of money, a count of things may be of anything) and of about the same size.
      const oneSided =
        o.paired !== n.paired && x.type === 'quantity' && y.type === 'quantity' && isPhysical(measureOf(x.value.unit)) && sized(x, y) && onlyMeasured(o, o.paired ? olds : aloneOld) && onlyMeasured(n, n.paired ? news : aloneNew);
      const onlyOfMeasure = (!o.paired && !n.paired && onlyMeasured(o, aloneOld) && onlyMeasured(n, aloneNew)) || oneSided;
      if ((o.merged || n.merged) && !oneSided) continue;
      const named = measureNoun(o) !== undefined && measureNoun(o) === measureNoun(n) && namedOnce(olds, measureNoun(o)!) && namedOnce(news, measureNoun(o)!);
      if ((sameThing && shared >= MOVED_FACT_SHARED) || oneEnd || onlyOfNoun || onlyOfMeasure || named || oneEvent(o, n) || (role >= MOVED_FACT_ROLE && shared >= MOVED_FACT_SHARED + 1) || topic) options.push({ o, n, score: role + (sameThing ? 0.5 : 0) });
    }
  }
  options.sort((x, y) => y.score - x.score);
  const usedOld = new Set<FactMention>();
  const usedNew = new Set<FactMention>();
  const byStatements = new Map<string, { o: Orphan; n: Orphan; facts: FactChange[] }>();
  for (const { o, n } of options) {
    if (usedOld.has(o.fact) || usedNew.has(n.fact)) continue;
    usedOld.add(o.fact);
    usedNew.add(n.fact);
    const key = `${o.unit.index}:${n.unit.index}`;
    const entry = byStatements.get(key) ?? { o, n, facts: [] };
    entry.facts.push({ type: o.fact.type, old: o.fact.text, new: n.fact.text });
    byStatements.set(key, entry);
  }
  for (const { o, n, facts } of byStatements.values()) {
    if (!o.paired) out.old.add(o.unit.index);
    if (!n.paired) out.new.add(n.unit.index);
    out.findings.push({
      discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[n.unit.section].title, old: side(a, o.unit.text, o.unit), new: side(b, n.unit.text, n.unit), facts },
      oldUnits: [o.unit],
      newUnits: [n.unit],
    });
  }
  return out;
}

/** `of` and at most one hedge before a figure (NAMED_MEASURE): `a volume of 139.8`, `an area of approximately 13,500`. */
const OF_BEFORE = /\bof\s+(?:\p{Ll}+\s+)?$/u;

/** A month's name after a day (`15 January`, read as a count where no year follows). */

/** SINCE_ENDED: `since 2021` and a closed span that starts then (`from 2021 until 2024`): the same term, ended. */
function sinceEnded(since: DateMention, span: DateMention): boolean {
  const { start, end } = span.value;
  return since.value.qualifier === 'since' && !span.value.qualifier && Boolean(start && end) && start!.slice(0, since.value.iso.length) === since.value.iso;
}

/** A name: capitalised words (`Yannick Nézet-Séguin`, `Dame Sarah Mullally`), a courtesy title before it aside (HONORIFIC). */
const HOLDER_NAME = String.raw`(?:${HONORIFIC_BEFORE})?((?:\p{Lu}[\p{L}.'’-]*\s)+?\p{Lu}[\p{L}.'’-]*)`;
/** `The 42nd and current Mayor is Eric Garcetti.`: the office (its last word) and the one who holds it now. */
const CURRENT_HOLDER = new RegExp(String.raw`\bcurrent ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+) (?:of [^,;]*? )?is ${HOLDER_NAME}\b`, 'u');
/** Words that make a post another one under the head's: `deputy governor`, `vice president`. */
const DEPUTY_WORDS = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting']);
/** The nouns of a post a person holds now (`music director`, `chief executive`, `head coach`): POST_HOLDER reads them. */
const POST_WORDS = ['director', 'controller', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'conductor', 'captain', 'coach', 'manager', 'mayor', 'governor', 'leader', 'editor', 'executive', 'principal', 'rector', 'dean', 'chancellor', 'archbishop', 'bishop', 'commissioner'];
/** (A post's noun capitalised as a title, `has been President of the Storting`, is that post.) */
const POST_NOUN = String.raw`((?:[\p{Ll}-]+ ){0,2}?(?:${POST_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')}))`;
/**
 * POST_HOLDER: a statement that is only who holds a post now, the name first (`James Levine is music director.`,
 * `since 2009 Dag Berg has been president.`) or the post first (`The company's music director has been Yannick
 * Nézet-Séguin since 2018.`).
 */
const POST_HOLDER = [
  new RegExp(String.raw`(?:^|, |; | and )(?:[Ss]ince [^,;]{1,30}?,? )?${HOLDER_NAME} (?:is|has been) (?:the )?(?:[\p{L}'’-]+['’]s )?(?:current )?${POST_NOUN}(?: of [^,;.]*)?(?: since [^,;.]*)?(?=[.;,]? *$|, | and )`, 'gu'),
  new RegExp(String.raw`(?:^|, |; | and )(?:[Tt]he |Its )?(?:[\p{L}'’-]+['’]s )?(?:current )?${POST_NOUN} (?:is|has been) ${HOLDER_NAME}(?:,? since [^,;.]*)?(?=[.;,]? *$|, | and )`, 'gu'),
];
/** Each post a statement says who holds now (POST_HOLDER, the name first or the post first), with its holder. */
function postHolders(text: string): Array<[string, string]> {
  return [...[...text.matchAll(POST_HOLDER[0])].map((x): [string, string] => [x[2], x[1]]), ...[...text.matchAll(POST_HOLDER[1])].map((x): [string, string] => [x[1], x[2]])];
}

/** A deputy's or a vice's post is another office than the head's (`the current deputy governor`): the office a post names. */
function officeOf(post: string): string {
  const words = post.toLowerCase().split(' ');
  return [...words.filter((w) => DEPUTY_WORDS.has(w)), words[words.length - 1]].join(' ');
}

/**
 * HOLDER_REPLACED: two statements paired with each other that each say who holds the same post now (POST_HOLDER:
 * `The station controller is A.` / `Since 2019, the station controller has been B.`) name another holder: the
 * holder changed, whether or not a tagger knows the name for a person's.
 */
function holderReplaced(oldText: string, newText: string, acronyms: [Map<string, string>, Map<string, string>]): { old: string; new: string } | undefined {
  const named = (text: string) => {
    if (!(text.includes(' is ') || text.includes(' has been '))) return new Map<string, string[]>();
    const out = new Map<string, string[]>();
    // (The sentence's full stop is no part of the name; an initial's is: `Anna B.`.)
    const add = (post: string, holder: string) => out.set(officeOf(post), [...(out.get(officeOf(post)) ?? []), holder.replace(/(\p{L}{2,})\.$/u, '$1')]);
    for (const [post, holder] of postHolders(text)) add(post, holder);
    return out;
  };
  const [olds, news] = [named(oldText), named(newText)];
  for (const [office, [o, ...moreOld]] of olds) {
    const [n, ...moreNew] = news.get(office) ?? [];
    if (!n || moreOld.length || moreNew.length) continue;
    if (!sameReferent(o, n, acronyms[0], acronyms[1])) return { old: o, new: n };
  }
  return undefined;
}

/** A participle, `by`, and the name after it (an article aside): `operated by Transport for London`. */
const AGENT_BY = /\b(\p{Ll}{3,}(?:ed|en|wn))\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\.(?=\s+\p{Lu}))?(?:\s+(?:(?:of|for|and|de|du|la|von|van)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*)*)/gu;

/**
 * After AGENT_BY's name, the rest of an acronym written with full stops, a lower-case noun of four letters or more (no
 * preposition or conjunction: `… Microbiology in Russia`) and the name it heads (AGENT_AFTER_MODIFIER).
 */
const AFTER_MODIFIER = /^(?:\.\p{Lu})*\.?\s+(?!(?:with|from|into|near|over|under|after|before|since|until|during|than|that|which|while|when|where|through)\b)\p{Ll}[\p{Ll}-]{3,}\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** The `by` every AGENT_BY holds, a space either side. */
const SPACED_BY = /\sby\s/;

/** Participles whose `by` names what a thing stands beside, follows or was struck by, not who runs or makes it. */
const RELATION_PARTICIPLE = /^(?:followed|preceded|succeeded|replaced|surrounded|bordered|flanked|influenced|inspired|accompanied|joined|served|connected|linked|crossed|drained|fed|caused|triggered|hit|struck|affected|defeated|beaten|killed|injured|overtaken|won|lost|dominated|characteri[sz]ed|known|called)$/i;

/**
 * AGENT_BY: who does the same thing changed (`is operated by Transport for London` / `is owned by Transport for London
 * and operated by FirstGroup`, `regulated by the National Lottery Commission` / `regulated by the Gambling Commission`):
 * the one name after the same participle and `by` on each side, another one, and the new one nowhere in the older
 * statement (`operated by A and B` / `operated by B and A` changed no one).
 */
function agentReplaced(oldText: string, newText: string, acronyms: [Map<string, string>, Map<string, string>]): { old: string; new: string } | undefined {
  const agents = (text: string) => {
    const out = new Map<string, string[]>();
    // (Every AGENT_BY has `by` between spaces: a text without one is not scanned word by word.)
    if (!SPACED_BY.test(text)) return out;
    for (const m of text.matchAll(AGENT_BY)) {
      if (RELATION_PARTICIPLE.test(m[1])) continue;
      // AGENT_AFTER_MODIFIER: a name that qualifies a noun before the agent's own name (`designed by American architect
      // Maya Lin`, `by U.S. architect Maya Lin`) is no agent: the name after the noun is.
      const named = AFTER_MODIFIER.exec(text.slice(m.index + m[0].length));
      out.set(m[1].toLowerCase(), [...(out.get(m[1].toLowerCase()) ?? []), named ? named[1] : m[2]]);
    }
    return out;
  };
  const olds = agents(oldText);
  if (!olds.size) return undefined;
  const news = agents(newText);
  for (const [verb, [o, ...moreOld]] of olds) {
    const [n, ...moreNew] = news.get(verb) ?? [];
    if (!n || moreOld.length || moreNew.length || sameNamed(o, n, acronyms)) continue;
    if (saidIn(n, nameWords(oldText), acronyms[0])) continue;
    return { old: o, new: n };
  }
  return undefined;
}

/** `The 106th archbishop is Dame Sarah Mullally`: a numbered holder named in the present tense holds the office now. */
const NUMBERED_HOLDER = new RegExp(String.raw`^(?:The )?(?:\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)) ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+) (?:of [^,;]*? )?is ${HOLDER_NAME}\b`, 'u');

/**
 * CURRENT_HOLDER: two statements no alignment paired that each name the current holder of the same office (`The
 * 42nd and current Mayor is Eric Garcetti.` / `The current mayor is Karen Bass, who was elected …`, or a numbered holder in
 * the present tense, `The 106th archbishop is Dame Sarah Mullally`: NUMBERED_HOLDER) state one fact,
 * rewritten around it: another holder is a fact-conflict between them. Only the one such statement of an office on
 * each side.
 */
function currentHolders(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, acronyms: [Map<string, string>, Map<string, string>]): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  const holders = (rev: RevisionUnits, by: Map<number, number>) => {
    const found = new Map<string, Array<{ unit: Unit; holder: string }>>();
    for (const u of rev.units) {
      // Each pattern below has ` is ` or ` has been ` between the post and the name: most sentences have neither.
      if (u.kind !== 'sentence' || !(u.text.includes(' is ') || u.text.includes(' has been '))) continue;
      // (A statement the alignment paired names its holder as a clause of its own: `… and James Levine is music
      // director.`; the whole statement is compared with its pair.)
      const m = by.has(u.index) ? null : (CURRENT_HOLDER.exec(u.text) ?? NUMBERED_HOLDER.exec(u.text));
      const named: Array<[string, string]> = m
        ? [[m[1], m[2]]]
        : postHolders(u.text);
      for (const [post, holder] of named) {
        const office = officeOf(post);
        found.set(office, [...(found.get(office) ?? []), { unit: u, holder }]);
      }
    }
    return found;
  };
  const [olds, news] = [holders(a, alignment.byOld), holders(b, alignment.byNew)];
  const conflict = (o: Unit, n: Unit, oldHolder: string, newHolder: string) => {
    // Two statements paired with each other are compared as a pair.
    const p = alignment.byOld.get(o.index);
    if (p !== undefined && alignment.pairs[p].new === n.index) return;
    out.old.add(o.index);
    out.new.add(n.index);
    out.findings.push({
      discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[n.section].title, old: side(a, o.text, o), new: side(b, n.text, n), facts: [{ type: 'entity', old: oldHolder, new: newHolder }] },
      oldUnits: [o],
      newUnits: [n],
    });
  };
  // Or the one field of the other revision that names the holder of that office (`Incumbent`, `Director General`
  // for `the current head`), where that revision states it in no such sentence.
  const holderField = (fields: ReadonlyMap<number, Field>, rev: RevisionUnits, office: string) => {
    const fits = (key: string) => key.endsWith(pairingKey(office)) || ((office === 'head' || office === 'leader') && HOLDER_KEYS.has(key)) || key === 'incumbent';
    const keyed = [...fields].filter(([, f]) => fits(pairingKey(f.norm).replace(/\d+$/, '')) && PERSON_VALUE.test(f.value.trim()));
    if (keyed.length) return keyed.length === 1 ? { unit: rev.units[keyed[0][0]], holder: keyed[0][1].value.trim() } : undefined;
    // A dump's box the other revision gave no keys to read by: the key alone on its line over the holder's name.
    const lines = rev.units.filter((u, i) => {
      const next = rev.units[i + 1];
      return u.kind === 'caption' && fits(pairingKey(normalKey(u.text))) && next?.kind === 'caption' && next.line === u.line + 1 && PERSON_VALUE.test(next.text.trim()) && !fits(pairingKey(normalKey(next.text)));
    });
    return lines.length === 1 ? { unit: rev.units[lines[0].index + 1], holder: rev.units[lines[0].index + 1].text.trim() } : undefined;
  };
  for (const [office, [o, ...moreOld]] of olds) {
    if (moreOld.length) continue;
    const [n, ...moreNew] = news.get(office) ?? [];
    if (moreNew.length) continue;
    const other = n ?? holderField(alignment.fieldsNew, b, office);
    if (other && !sameReferent(o.holder, other.holder, acronyms[0], acronyms[1])) conflict(o.unit, other.unit, o.holder, other.holder);
  }
  for (const [office, [n, ...moreNew]] of news) {
    if (moreNew.length || olds.has(office)) continue;
    const other = holderField(alignment.fieldsOld, a, office);
    if (other && !sameReferent(other.holder, n.holder, acronyms[0], acronyms[1])) conflict(other.unit, n.unit, other.holder, n.holder);
  }
  return out;
}

/**
 * HQ_MOVED across statements: the one statement of each revision that gives the subject's head office (HEAD_OFFICE),
 * not paired with each other (`The company is headquartered in Hatfield.` / `EE has its headquarters in London, as
 * well as hubs in …`), state one fact, rewritten around it: another place is a fact-conflict between them.
 */
function headOffices(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, acronyms: [Map<string, string>, Map<string, string>]): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  const offices = (rev: RevisionUnits) => rev.units.filter((u) => u.kind === 'sentence' && givesHeadOffice(u.text));
  const [olds, news] = [offices(a), offices(b)];
  if (olds.length !== 1 || news.length !== 1) return out;
  const [o, n] = [olds[0], news[0]];
  const p = alignment.byOld.get(o.index);
  if (p !== undefined && alignment.pairs[p].new === n.index) return out;
  const moved = headOfficeMoved(o.text, n.text, acronyms);
  if (!moved) return out;
  out.old.add(o.index);
  out.new.add(n.index);
  out.findings.push({
    discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[n.section].title, old: side(a, o.text, o), new: side(b, n.text, n), facts: [{ type: 'entity', ...moved }] },
    oldUnits: [o],
    newUnits: [n],
  });
  return out;
}

/**
 * LABELLED_LIST and HOLDER_LIST: the lists a page dump draws under a label both revisions give (labelled-lists.ts);
 * where the label names a post and entries were replaced on both sides, the holders changed: one conflict.
 */
function holderLists(a: RevisionUnits, b: RevisionUnits, alignment: Alignment) {
  // An entry the alignment paired with a line other than such an entry is compared there.
  const all = listChanges(a, b, fieldUnitIndices(alignment.fieldsOld), fieldUnitIndices(alignment.fieldsNew));
  const entries = { old: new Set(all.flatMap((c) => c.old.map((u) => u.index))), new: new Set(all.flatMap((c) => c.new.map((u) => u.index))) };
  const withEntry = (p: number | undefined) => p !== undefined && entries.old.has(alignment.pairs[p].old) && entries.new.has(alignment.pairs[p].new);
  const changes = all.map((c) => ({ ...c, old: c.old.filter((u) => !alignment.byOld.has(u.index) || withEntry(alignment.byOld.get(u.index))), new: c.new.filter((u) => !alignment.byNew.has(u.index) || withEntry(alignment.byNew.get(u.index))) }));
  const out = { changes, entries, findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  for (const c of changes) {
    if (!c.post || !c.old.length || !c.new.length) continue;
    const [o, n] = [c.old, c.new].map((units) => ({ ...units[0], text: units.map((u) => u.text).join('\n'), end: units[units.length - 1].end }));
    // One entry of a line that holds several is that entry's text, from where it starts (ENTRIES_ON_A_LINE).
    for (const [x, part] of [[o, c.oldText], [n, c.newText]] as const) {
      if (part === undefined || !x.text.includes(part)) continue;
      x.column += x.text.indexOf(part);
      x.text = part;
    }
    c.old.forEach((u) => out.old.add(u.index));
    c.new.forEach((u) => out.new.add(u.index));
    out.findings.push({
      discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[n.section].title, old: side(a, o.text, o), new: side(b, n.text, n), facts: [{ type: 'entity', old: o.text, new: n.text }] },
      oldUnits: c.old,
      newUnits: c.new,
    });
  }
  return out;
}

/** A box's list line without its markers and its bullet (`• Perry Cantarutti (CEO)[2]` is `Perry Cantarutti (CEO)`). */
const unbulleted = (text: string) => withoutMarkers(text).trim().replace(/^[•·▪◦]\s*/u, '');

/**
 * HOLDER_BLOCK: holder lines a dump drew under a label of its own (`Management`, then `• Perry Cantarutti (CEO)`,
 * `• Su Liang (Deputy managing director)`), no line of them paired, against the other revision's one unpaired field
 * whose value lists holders with their roles (`Key People: Andrés Conesa (chairman), Patrick Roux (CEO)`): the same
 * list under another label, compared by role (ROLE_HOLDERS). A role's new holder is a fact-conflict.
 */
function holderBlocks(a: RevisionUnits, b: RevisionUnits, alignment: Alignment): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  const runs = (rev: RevisionUnits, by: Map<number, number>, fields: ReadonlyMap<number, Field>) => {
    const found: Unit[][] = [];
    const taken = fieldUnitIndices(fields);
    // A holder and the role in parentheses, a line of a box's list no pairing or field took (HOLDER_LINE).
    const line = (x: Unit) => x.kind === 'caption' && !by.has(x.index) && !taken.has(x.index) && HOLDER_LINE.test(unbulleted(x.text));
    for (let i = 0; i < rev.units.length; i++) {
      const run: Unit[] = [];
      for (let j = i; j < rev.units.length; j++) {
        const u = rev.units[j];
        if (!line(u) || (run.length && u.line !== run[run.length - 1].line + 1)) break;
        run.push(u);
      }
      if (run.length) found.push(run);
      i += Math.max(run.length - 1, 0);
    }
    return found;
  };
  const listing = (fields: ReadonlyMap<number, Field>, by: Map<number, number>) => [...fields].filter(([i, f]) => !by.has(i) && (f.value.match(/\([\p{L}][^()]*\)/gu)?.length ?? 0) >= 2);
  for (const [own, other, ownBy, otherFields, otherBy, which] of [
    [a, b, alignment.byOld, alignment.fieldsNew, alignment.byNew, 'old'],
    [b, a, alignment.byNew, alignment.fieldsOld, alignment.byOld, 'new'],
  ] as const) {
    const blocks = runs(own, ownBy, which === 'old' ? alignment.fieldsOld : alignment.fieldsNew);
    const lists = listing(otherFields, otherBy);
    if (blocks.length !== 1 || lists.length !== 1) continue;
    const block = blocks[0];
    const [index, field] = lists[0];
    const joined = block.map((u) => unbulleted(u.text)).join(', ');
    const changes = which === 'old' ? roleHolderChanges(joined, field.value) : roleHolderChanges(field.value, joined);
    if (!changes.length) continue;
    const unit = other.units[index];
    const [oldUnits, newUnits] = which === 'old' ? [block, [unit]] : [[unit], block];
    const text = (units: Unit[]) => units.map((u) => u.text).join('\n');
    oldUnits.forEach((u) => out.old.add(u.index));
    newUnits.forEach((u) => out.new.add(u.index));
    out.findings.push({
      discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[newUnits[0].section].title, old: side(a, text(oldUnits), oldUnits[0]), new: side(b, text(newUnits), newUnits[0]), facts: changes.map((c) => ({ type: 'entity' as const, ...c })) },
      oldUnits,
      newUnits,
    });
  }
  return out;
}

/**
 * SUB_ENTRIES: a box's value of labelled parts on one line (`Capacity: Basketball: 14,429, Concert: 9,679`, `Pb: 500 m:
 * 36.17 (2009), 1500 m: 1:43.54 (2009)`) against the same parts on lines of their own or under another key (`Personal
 * best(s) 500 m: 36.17 (2009)` over `1500 m: 1:43.54 (2009)`): the parts pair by label, and a line no pairing took is
 * compared part by part. A part whose figures changed is a fact-conflict between the lines that state it (parts of one
 * source line together); a line whose every part the other revision states alike is no change. Only where a line on
 * one side or the other holds several parts (one part against one is a field, FIELD pairing's), and only a label that
 * each revision gives once.
 */
function subEntryChanges(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, taken: { old: Set<number>; new: Set<number> }): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  const boxLike = (u: Unit) => u.kind !== 'reference' && (u.kind !== 'sentence' || (u.text.length <= 200 && !/\p{Ll}{2}\.\s*$/u.test(u.text)));
  const partsOf = (rev: RevisionUnits) =>
    rev.units.filter(boxLike).flatMap((u) => {
      const parts = subEntries(u.text);
      return parts.map((p) => ({ ...p, unit: u, many: parts.length > 1 }));
    });
  const [olds, news] = [partsOf(a), partsOf(b)];
  if (!olds.some((p) => p.many) && !news.some((p) => p.many)) return out;
  type Part = (typeof olds)[number];
  const free = { old: (u: number) => !alignment.byOld.has(u) && !taken.old.has(u), new: (u: number) => !alignment.byNew.has(u) && !taken.new.has(u) };
  const lines = (parts: Part[]) => {
    const byUnit = new Map<Unit, Part[]>();
    for (const p of parts) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
    return byUnit;
  };
  const [oldLines, newLines] = [lines(olds), lines(news)];
  /** Each part of a free line paired with its label's one part in the one line of the other revision that names every label of that line. */
  const pairs = new Map<Part, Part>();
  const settled = { old: new Set<number>(), new: new Set<number>() };
  for (const [own, other, which] of [[oldLines, newLines, 'old'], [newLines, oldLines, 'new']] as const) {
    for (const [unit, parts] of own) {
      if (!free[which](unit.index)) continue;
      const matching = (line: Part[]) => parts.map((p) => line.filter((q) => subLabelsMatch(p, q)));
      const candidates = [...other.values()].filter((line) => matching(line).every((m) => m.length === 1));
      if (candidates.length !== 1) continue;
      const matched = matching(candidates[0]).map((m) => m[0]);
      if (new Set(matched).size !== matched.length || !(parts.length > 1 || candidates[0].length > 1)) continue;
      // (Parts of the same labels that state other kinds of thing are another field's: a kind guard.)
      if (parts.some((p, i) => partKind(p.value, a.language) !== partKind(matched[i].value, a.language))) continue;
      parts.forEach((p, i) => (which === 'old' ? pairs.set(p, matched[i]) : pairs.set(matched[i], p)));
      settled[which].add(unit.index);
    }
  }
  const changed = [...pairs].filter(([o, n]) => /\d/.test(o.value) && /\d/.test(n.value) && fieldValuesConflict(o.value, n.value, a.language));
  // One finding per line of several parts, and per run of consecutive lines stating its parts on the other side
  // (`Capacity Basketball: 25,000` over `Concert: 11,000` against one line of both).
  const groups = new Map<string, [Part, Part][]>();
  for (const [o, n] of changed) {
    const many = n.many || !o.many ? n : o;
    const key = `${many === n ? 'n' : 'o'}${many.unit.index}`;
    groups.set(key, [...(groups.get(key) ?? []), [o, n]]);
  }
  const runs = (units: Unit[]) => {
    const sorted = [...new Set(units)].sort((x, y) => x.index - y.index);
    const out: Unit[][] = [];
    for (const u of sorted) {
      const last = out[out.length - 1];
      if (last && u.line - last[last.length - 1].line <= 1) last.push(u);
      else out.push([u]);
    }
    return out;
  };
  const text = (us: Unit[]) => us.map((u) => u.text).join(' ');
  for (const [key, group] of groups) {
    const manyOld = key.startsWith('o');
    for (const run of runs(group.map((g) => (manyOld ? g[1] : g[0]).unit))) {
      const inRun = group.filter((g) => run.includes((manyOld ? g[1] : g[0]).unit));
      const [oldUnits, newUnits] = manyOld ? [[inRun[0][0].unit], run] : [run, [inRun[0][1].unit]];
      oldUnits.forEach((u) => out.old.add(u.index));
      newUnits.forEach((u) => out.new.add(u.index));
      out.findings.push({
        discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[newUnits[0].section].title, old: side(a, text(oldUnits), oldUnits[0]), new: side(b, text(newUnits), newUnits[0]), facts: inRun.map(([o, n]) => ({ type: 'quantity' as const, old: `${o.shown}: ${o.value}`, new: `${n.shown}: ${n.value}` })) },
        oldUnits,
        newUnits,
      });
    }
  }
  // A free line whose every part the other revision states (alike, or in a conflict above) is no addition or removal.
  settled.old.forEach((u) => out.old.add(u));
  settled.new.forEach((u) => out.new.add(u));
  return out;
}

/**
 * FLATTENED_BOX: a dump that drew a whole infobox on one line (`Professional 2005– Highest ranking 7 Current ranking 7
 * Career winnings GB£95,475 (2009) … Century breaks 123`), against the other revision's box of fields: the line read
 * at the keys of the other box's unpaired fields it names (FLATTENED_KEYS or more, each once, longest first, at a word's
 * start), each value running to the next key, and compared with those fields. One finding per line, of the values
 * that changed (figures on both sides); the fields it states, changed or not, are no additions or removals.
 */
function flattenedBoxes(a: RevisionUnits, b: RevisionUnits, alignment: Alignment, taken: { old: Set<number>; new: Set<number> }): { findings: Finding[]; old: Set<number>; new: Set<number> } {
  const out = { findings: [] as Finding[], old: new Set<number>(), new: new Set<number>() };
  const sides = [
    { line: a, box: b, fields: alignment.fieldsNew, pairedBox: alignment.byNew, pairedLine: alignment.byOld, takenLine: taken.old, takenBox: taken.new, older: true },
    { line: b, box: a, fields: alignment.fieldsOld, pairedBox: alignment.byOld, pairedLine: alignment.byNew, takenLine: taken.new, takenBox: taken.old, older: false },
  ];
  for (const s of sides) {
    const open = [...s.fields].filter(([i, f]) => !s.pairedBox.has(i) && !s.takenBox.has(i) && f.key.length >= 4);
    // CAPTION_ROWS: and the box's caption lines no field took, read as a label in sentence case (one to three words) and
    // a figure (`Visitors 4,298,178 (in 2011)`): the flattened line says which labels are keys, naming each once.
    for (const u of s.box.units) {
      if (u.kind !== 'caption' || s.fields.has(u.index) || s.pairedBox.has(u.index) || s.takenBox.has(u.index)) continue;
      const row = CAPTION_ROW.exec(withoutMarkers(u.text).trim());
      if (row) open.push([u.index, { key: row[1], value: row[2], norm: normalKey(row[1]) }]);
    }
    if (open.length < FLATTENED_KEYS) continue;
    const byLength = open.sort(([, x], [, y]) => y.key.length - x.key.length);
    for (const u of s.line.units) {
      if (u.kind === 'reference' || s.pairedLine.has(u.index) || s.takenLine.has(u.index) || u.text.length > 1200) continue;
      const text = u.text;
      const lower = text.toLowerCase();
      const spans: Array<{ start: number; end: number; field: [number, Field] }> = [];
      for (const entry of byLength) {
        const key = entry[1].key.toLowerCase();
        const at: number[] = [];
        for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
          const before = lower[i - 1];
          // (Or glued to the value before it, the key's capital after a small letter, a figure or a bracket: `NorlandArea4,926`.)
          const glued = before !== undefined && /\p{Lu}/u.test(text[i]) && /[\p{Ll}\p{N})\]]/u.test(text[i - 1]);
          if ((before === undefined || !/[\p{L}\p{N}-]/u.test(before) || glued) && !spans.some((x) => i < x.end && i + key.length > x.start)) at.push(i);
        }
        if (at.length === 1) spans.push({ start: at[0], end: at[0] + key.length, field: entry });
      }
      if (spans.length < FLATTENED_KEYS) continue;
      spans.sort((x, y) => x.start - y.start);
      const facts: FactChange[] = [];
      const fieldUnits: Unit[] = [];
      const changedUnits: Unit[] = [];
      for (let k = 0; k < spans.length; k++) {
        const value = flattenedValue(withoutMarkers(text.slice(spans[k].end, k + 1 < spans.length ? spans[k + 1].start : text.length)).trim());
        const [i, f] = spans[k].field;
        const units = [s.box.units[i], ...(f.valueUnits ?? []).filter((v) => v !== i).map((v) => s.box.units[v])];
        fieldUnits.push(...units);
        if (!/\d/.test(value) || !/\d/.test(f.value) || !fieldValuesConflict(value, f.value, a.language)) continue;
        changedUnits.push(...units);
        const mine = `${text.slice(spans[k].start, spans[k].end)} ${value}`;
        const theirs = `${f.key}: ${f.value}`;
        facts.push({ type: 'quantity', old: s.older ? mine : theirs, new: s.older ? theirs : mine });
      }
      out[s.older ? 'old' : 'new'].add(u.index);
      for (const f of fieldUnits) out[s.older ? 'new' : 'old'].add(f.index);
      if (!facts.length) continue;
      const boxSide = side(s.box, changedUnits.map((x) => x.text).join('\n'), changedUnits[0]);
      const lineSide = side(s.line, text, u);
      out.findings.push({
        discrepancy: { id: '', kind: 'fact-conflict', section: b.sections[(s.older ? changedUnits[0] : u).section].title, old: s.older ? lineSide : boxSide, new: s.older ? boxSide : lineSide, facts },
        oldUnits: s.older ? [u] : changedUnits,
        newUnits: s.older ? changedUnits : [u],
      });
    }
  }
  return out;
}

/**
 * A flattened box's value up to the next label the other box does not name (FLATTENED_BOX): after its first figure, at
 * a capitalised word outside parentheses (`7 Career winnings GB£95,475` is `7`; `2,197 m (7,208 ft)` stays whole).
 */
function flattenedValue(value: string): string {
  const digit = value.search(/\d/);
  if (digit < 0) return value;
  let depth = 0;
  for (let i = digit; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && value[i] === ' ' && /^\p{Lu}\p{Ll}/u.test(value.slice(i + 1, i + 3))) return value.slice(0, i).trim();
  }
  return value;
}

/** A span of time given with an article (ONE_SPAN_OF_TIME): `a year`, `an hour`. */
const ARTICLE_SPAN_TEXT = /^(?:a|an|one) \p{Ll}+$/iu;

/** Keys of a box's field for whoever heads its subject now (HEAD_ROLE's and an office's), as pairingKey writes them. */
const HOLDER_KEYS = new Set(['incumbent', 'leader', 'leadername', 'head', 'president', 'chairman', 'chairperson', 'directorgeneral', 'secretarygeneral', 'mayor', 'chiefexecutive']);
/** A person's name, and nothing else: two to four capitalised words. */
const PERSON_VALUE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** One statement made of the units of a sentence split in two (or two merged): their text and words, in order. */
function joinUnits(units: Unit[]): Unit {
  if (units.length === 1) return units[0];
  const words = units.flatMap((u) => u.words);
  return { ...units[0], text: units.map((u) => u.text).join(' '), words, key: words.join(' '), end: units[units.length - 1].end };
}

/** Two texts' words diffed by their comparable form (case, quotes and number grouping aside). */
type TokenDiff = ReturnType<typeof tokenDiff>;
const tokenDiff = (oldTokens: WordToken[], newTokens: WordToken[]) => diffArrays(oldTokens, newTokens, { comparator: (x, y) => x.norm === y.norm });

/** The word-level changes from one text to another, each word shown with the punctuation and space after it. */
function wordChanges(oldText: string, newText: string, oldTokens = wordTokens(oldText), newTokens = wordTokens(newText), parts = tokenDiff(oldTokens, newTokens)): NonNullable<Discrepancy['changes']> {
  const shown = (text: string, tokens: WordToken[]) => tokens.map((t, i) => text.slice(i === 0 ? 0 : t.start, tokens[i + 1]?.start ?? text.length));
  const oldTexts = shown(oldText, oldTokens);
  const newTexts = shown(newText, newTokens);
  const oldShown = new Map(oldTokens.map((t, i) => [t, oldTexts[i]]));
  const newShown = new Map(newTokens.map((t, i) => [t, newTexts[i]]));
  return parts.map((part) => ({
    value: part.value.map((t) => (part.added ? newShown.get(t) : oldShown.get(t)) ?? newShown.get(t) ?? t.text).join(''),
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));
}

function factsOf(text: string, language: string): FactChange[] {
  const dates = extractDates(text);
  return [...dates, ...extractQuantities(text, dates, language)].map((f) => ({ type: f.type, old: null, new: f.text }));
}

const joinText = (units: Unit[]) => {
  const lines: string[] = [];
  let block = -1;
  for (const u of units) {
    if (u.kind === 'sentence' || u.kind === 'caption') {
      if (u.block === block && lines.length) lines[lines.length - 1] += ` ${u.text}`;
      else lines.push(u.text);
    } else lines.push(u.text);
    block = u.block;
  }
  return lines.join('\n');
};

/**
 * Unpaired units of one side, grouped as the reader would name them: a whole section, a whole paragraph or
 * list, or single sentences and items.
 */
function groupUnpaired(rev: RevisionUnits, paired: (unit: number) => boolean, sectionPaired: (section: number) => boolean) {
  const groups: Array<{ units: Unit[]; heading?: { title: string; line: number; column: number }; section: number }> = [];
  const done = new Set<number>();
  for (const s of rev.sections) {
    // A heading with no text of its own (`History` over its subsections) is reported by what its subsections hold.
    const allUnpaired = s.units.length > 0 && s.units.every((u) => !paired(u));
    if (!sectionPaired(s.index) && !s.pseudo && allUnpaired) {
      const p = s.heading?.position?.start;
      groups.push({ units: s.units.map((u) => rev.units[u]), heading: { title: s.title, line: p?.line ?? s.line, column: p?.column ?? 1 }, section: s.index });
      s.units.forEach((u) => done.add(u));
    }
  }
  for (const b of rev.blocks) {
    const units = b.units.filter((u) => !paired(u) && !done.has(u));
    if (!units.length) continue;
    // SENTENCE_BY_SENTENCE: a wholly new (or wholly gone) paragraph of prose is reported a statement at a time, each
    // with the facts it carries and its own significance; a list, a table or a box block stays one entry.
    const prose = b.kind === 'paragraph' && units.every((u) => rev.units[u].kind === 'sentence');
    if (!prose && units.length === b.units.length && units.length > 1) {
      groups.push({ units: units.map((u) => rev.units[u]), section: b.section });
    } else {
      for (const u of units) groups.push({ units: [rev.units[u]], section: b.section });
    }
    units.forEach((u) => done.add(u));
  }
  return groups.sort((x, y) => (x.units[0]?.index ?? -1) - (y.units[0]?.index ?? -1) || x.section - y.section);
}

/** Every difference between two consecutive revisions, in the newer revision's reading order. */
/**
 * A sentence whose end an export emptied (`The organization's motto is .`: a template's value dropped, a space
 * left before the full stop): what it stated is lost, so one revision alone having it is no change of content.
 */
export const LOST_VALUE = /\s\.$/;
/** A latitude in degrees and minutes (`30°01′03″N`, `01°17′11″S`). */
const COORDINATES = /\d{1,3}°\s?\d{1,2}′(?:\s?\d{1,2}(?:\.\d+)?″)?\s?[NS]\b/;
/** Degrees, minutes and perhaps seconds, with the hemisphere (`38°53′56.42″N`). */
const DMS = /(\d{1,3})°\s?(\d{1,2})′(?:\s?(\d{1,2}(?:\.\d+)?)″)?\s?([NSEW])\b/g;
/**
 * SAME_PLACE: two values that give the same coordinates to within a minute of arc (`38°53′56.42″N 77°2′39.21″W` /
 * `38°53′56″N 77°2′39″W`): one place, written to another precision.
 */
function samePlace(a: string, b: string): boolean {
  const read = (v: string) => [...v.matchAll(DMS)].slice(0, 2).map((m) => ({ at: Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600, side: m[4] }));
  const [x, y] = [read(a), read(b)];
  return x.length === 2 && y.length === 2 && x.every((c, i) => c.side === y[i].side && Math.abs(c.at - y[i].at) < 1 / 60);
}
/** `3.316°N 95.854°E`: coordinates in decimal degrees. */
const DECIMAL_COORDINATES = /\d{1,3}(?:\.\d+)?°\s?[NS]\b/;

/**
 * VALUE_SHOWN: the values a revision states in its fields and on loose lines (a caption, a list item), as compared:
 * a field the other revision alone states with one of these values was renamed (`Directed by` / `Director`) or
 * lost its key in a dump (`Location country: Japan` / `Japan`), not added or removed.
 */
function valuesShown(rev: RevisionUnits, fields: ReadonlyMap<number, Field>): Set<string> {
  const shown = new Set<string>();
  for (const f of fields.values()) shown.add(shownValue(f.value));
  for (const u of rev.units) if (u.kind === 'caption' || u.kind === 'item' || u.kind === 'infobox') shown.add(shownValue(u.text));
  shown.delete('');
  return shown;
}

/** A day's date a template repeats in ISO form after it (`30 September 2002 (2002-09-30)`): the same date again. */
const ISO_REPEAT = /\s*\(\d{4}-\d\d-\d\d\)/g;
/** A line's words as LABEL_LOST compares them: a key glued to its value split off (`Broke ground30 September 2002`). */
const lineWords = (text: string) => comparisonWords(withoutMarkers(text).replace(ISO_REPEAT, ' ').replace(COMPUTED, ' ').replace(/(\p{Ll})(?=[\p{Lu}\p{N}£$€¥])/gu, '$1 '));

/**
 * LABEL_LOST: a mirror that draws an infobox's values without their labels (`30 September 2002 (2002-09-30)` where
 * the other copy has `Broke ground30 September 2002`): a loose line of one revision that is a loose line of the other
 * with a label of up to KEY_WORDS words before it, or without it, states the same value. The value must say
 * enough to be no coincidence: a figure, or two words.
 */
function labelLost(u: Unit, own: RevisionUnits, other: RevisionUnits): boolean {
  const mine = looseLines(own).words.get(u);
  if (!mine?.length) return false;
  const theirs = looseLines(other);
  // The other's line with a label before this one's words, or this one with a label before a whole line of the other.
  if (telling(mine) && theirs.labelled.has(mine.join(WORD_JOIN))) return true;
  for (let k = 1; k <= KEY_WORDS && k < mine.length; k++) {
    const rest = mine.slice(k);
    if (telling(rest) && theirs.whole.has(rest.join(WORD_JOIN))) return true;
  }
  return false;
}

interface LooseLines {
  /** Each loose line's words as LABEL_LOST compares them. */
  words: Map<Unit, string[]>;
  /** Every loose line's words, joined. */
  whole: Set<string>;
  /** What is left of each loose line without a label of up to KEY_WORDS words before it, joined. */
  labelled: Set<string>;
}
const WORD_JOIN = '\u0000';
const loose = new WeakMap<RevisionUnits, LooseLines>();
/**
 * A revision's lines of a box as LABEL_LOST compares them, with their words, made once: a caption or an infobox line,
 * or, where a mirror dropped the labels that made it one, a short line that does not end like a sentence. Indexed by
 * their words, whole and without a label, so each line of the other revision is looked up, not compared with each.
 */
function looseLines(rev: RevisionUnits): LooseLines {
  let lines = loose.get(rev);
  if (!lines) {
    lines = { words: new Map(), whole: new Set(), labelled: new Set() };
    for (const x of rev.units) {
      if (!boxLine(x) || (x.kind === 'sentence' && x.words.length > LABEL_WORDS)) continue;
      const words = lineWords(x.text);
      lines.words.set(x, words);
      if (!words.length) continue;
      lines.whole.add(words.join(WORD_JOIN));
      for (let k = 1; k <= KEY_WORDS && k < words.length; k++) lines.labelled.add(words.slice(k).join(WORD_JOIN));
    }
    loose.set(rev, lines);
  }
  return lines;
}

/** A box's row drawn as a line: a label of at most four words, a space, and a figure (`• Total 120,089`). */
const LABEL_AND_FIGURE = /^(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}?)\s+(?=[\p{N}\p{Sc}~≈])(.+)$/u;
/**
 * SAME_LABEL_LINE: two paired lines of a box that no field took (both revisions rendered pages, so neither names keys
 * the other reads: `• Total 120,089` / `• Total 122,134` under `Population`), the same label before a figure of the
 * same kind (partKind), are that row's field: compared as fields are (a changed figure is a fact-conflict), where
 * the words alone would see a caption reworded.
 */
function sameLabelLines(o: Unit, n: Unit, language: string): [Field, Field] | undefined {
  const row = (u: Unit) => (u.kind === 'caption' || u.kind === 'infobox' ? LABEL_AND_FIGURE.exec(withoutMarkers(u.text).replace(/^[\s•·▪◦-]+/u, '')) : null);
  const [x, y] = [row(o), row(n)];
  if (!x || !y || normalKey(x[1]) !== normalKey(y[1]) || partKind(x[2], language) !== partKind(y[2], language)) return undefined;
  const f = (m: RegExpExecArray): Field => ({ key: m[1], value: m[2], norm: normalKey(m[1]) });
  return [f(x), f(y)];
}

/** A caption or an infobox line, or a line that does not end like a sentence (a box's value a mirror drew alone). */
const boxLine = (x: Unit) => x.kind === 'caption' || x.kind === 'infobox' || (x.kind === 'sentence' && !/[.!?]["”’)]?$/.test(withoutMarkers(x.text)));

/** LABEL_LOST: two lines the same but for a label of up to KEY_WORDS words one has before the value (a figure, or two words). */
const labelOnly = (x: Unit, y: Unit) => labelOnlyWords(lineWords(x.text), lineWords(y.text));
/** A value that says enough to be no coincidence (LABEL_LOST): a figure, or two words. */
const telling = (words: readonly string[]) => words.some((w) => /\d/.test(w)) || words.length >= 2;
function labelOnlyWords(a: readonly string[], b: readonly string[]): boolean {
  const endsWith = (long: readonly string[], short: readonly string[]) =>
    long.length > short.length && long.length - short.length <= KEY_WORDS && telling(short) && short.every((w, k) => long[long.length - short.length + k] === w);
  return a.length > 0 && b.length > 0 && (endsWith(a, b) || endsWith(b, a));
}

/** Does a revision show such a date on a line of its own (a caption, a list item, an infobox line), not in a sentence? */
const dateOnALine = (rev: RevisionUnits, test: (d: DateMention) => boolean) => rev.units.some((u) => u.kind !== 'sentence' && extractDates(u.text).some(test));

/** What a dump leaves before a value it glued to its key: a short capitalised key ending in a letter (`Legislature`). */
const GLUED_KEY_BEFORE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’()-]+){0,4}\p{Ll}$/u;
/** One text the other with a key glued before it (`ArchitectHOK Sport` / `HOK Sport`). */
function gluedLabel(x: string, y: string): boolean {
  const [a, b] = [withoutMarkers(x), withoutMarkers(y)];
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return short.length > 2 && long.endsWith(short) && GLUED_KEY_BEFORE.test(long.slice(0, long.length - short.length));
}

/**
 * VALUE_SHOWN, on a line the other revision did not split: `Province Scania` states the field `Historical
 * Province: Scania` (a line ending with the value, after words that are the key, or the key with a word more or
 * less, or abbreviated).
 */
function keyedLine(f: Field, other: RevisionUnits): boolean {
  const value = shownValue(f.value);
  if (!value) return false;
  const raw = withoutMarkers(f.value);
  // KEY_VALUE_IN_TEXT: the key, a colon and its value together inside a line or a sentence of the other revision (`Iata: CPH`
  // in `Copenhagen Airport (IATA: CPH, ICAO: EKCH) is …`), the value a word of its own.
  const literal = (x: string) => escapeRegExp(x.trim()).replace(/\s+/g, '\\s+');
  const together = raw.trim().length >= 2 && f.key.trim().length >= 2 ? new RegExp(`(?<![\\p{L}\\p{N}])${literal(f.key)}\\s*:\\s*${literal(raw)}(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  return other.units.some((u) => {
    if (u.kind !== 'caption' && u.kind !== 'infobox' && u.kind !== 'sentence') return false;
    if (together?.test(withoutMarkers(u.text))) return true;
    // Or glued to another key by a dump (`• LegislatureCounty Assembly` states `Leader: County Assembly`), as a value
    // under another key is (VALUE_SHOWN).
    const text = withoutMarkers(u.text).replace(/^[\s•·▪◦]+/, '');
    if (raw.length > 2 && text.endsWith(raw) && GLUED_KEY_BEFORE.test(text.slice(0, text.length - raw.length))) return true;
    const line = shownValue(u.text);
    if (line.length > 80 || !line.endsWith(` ${value}`)) return false;
    const key = normalKey(line.slice(0, line.length - value.length));
    if (key === '') return false;
    // Or under another label of a few words, where the value says enough to be no coincidence (a figure, or two
    // words: `NSSDC ID 2009-011A` for `COSPAR ID: 2009-011A`, `Launch vehicle Delta II` for `Rocket: Delta II`).
    // (Not a numbered office's field: the same monarch or predecessor recurs across offices.)
    const telling = (/\d/.test(value) || value.split(' ').length >= 2) && !/\d$/.test(f.key.trim());
    return pairingKey(key) === pairingKey(f.norm) || abbreviates(key, f.norm) || extendsKey(key, f.norm) || (telling && key.split(' ').length <= KEY_WORDS);
  });
}

/** The entries of a value that lists several, apart (`A, B; C`); none for a value of one entry. */
const entriesOf = (value: string) => {
  const parts = value.split(/\s*[,;]\s+/).map(shownValue).filter(Boolean);
  return parts.length > 1 ? parts : [];
};
/** LIST_AS_LINES: is every entry of a listing value shown as a line of its own (or a value) in the other revision? */
const listShown = (value: string, shown: ReadonlySet<string>) => {
  const parts = entriesOf(value);
  return parts.length > 1 && parts.every((p) => shown.has(p));
};
/** Every entry of a revision's listing field values. */
function listParts(fields: ReadonlyMap<number, Field>): Set<string> {
  return new Set([...fields.values()].flatMap((f) => entriesOf(f.value)));
}

export function compareRevisions(a: RevisionUnits, b: RevisionUnits, alignment: Alignment): Finding[] {
  const memo = new FactMemo(a.language);
  const findings: Finding[] = [];
  const acronyms: [Map<string, string>, Map<string, string>] = [definedAcronyms(a.units), definedAcronyms(b.units)];
  // SUBJECT_NAME_PART: a person's own article names them by any part of their name (`Max` in one revision, `Schubert`
  // in the other, for `Max Schubert`): each part stands for the whole name, as an acronym the text defines does.
  [a, b].forEach((rev, k) => {
    const title = rev.revision.title.replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (!PERSON_TITLE.test(title) || entityKind(title) !== 'person') return;
    const whole = titleWords(title).join(' ');
    for (const word of titleWords(title)) if (word.length > 2 && !acronyms[k].has(word)) acronyms[k].set(word, whole);
  });
  const sectionTitle = (rev: RevisionUnits, s: number) => rev.sections[s].title;
  const newSectionOf = (o: number) => {
    const mapped = alignment.sections.get(o);
    return mapped === undefined ? sectionTitle(a, o) : sectionTitle(b, mapped);
  };
  // Headings of sections that stayed but were renamed.
  for (const [o, n] of alignment.sections) {
    const os = a.sections[o];
    const ns = b.sections[n];
    if (os.pseudo || ns.pseudo || sameButStyle(os.words, ns.words)) continue;
    const op = os.heading?.position?.start;
    const np = ns.heading?.position?.start;
    findings.push({
      discrepancy: {
        id: '',
        kind: 'reworded',
        section: ns.title,
        old: side(a, os.title, { line: op?.line ?? os.line, column: op?.column ?? 1 }),
        new: side(b, ns.title, { line: np?.line ?? ns.line, column: np?.column ?? 1 }),
        facts: [],
      },
      oldUnits: [],
      newUnits: [],
    });
  }
  const subjects = [a, b].map((rev) => titleWords(rev.revision.title));
  // VALUE_LOST: a value that is only labels (`Contract manufacturers:`, LABELS_ONLY), or that is a key of either
  // revision's box (`Civil parish | Unitary authority |`, `Official language Managing Director`), or the website row
  // after it (`Public transit access Website www…`), lost what it stated in export: nothing to compare.
  const boxKeys = new Set([...alignment.fieldsOld.values(), ...alignment.fieldsNew.values()].map((f) => pairingKey(f.norm)));
  const valueLost = (value: string) => {
    if (emptyValue(value)) return true;
    // (A key's own plural mark, `Occupation(s)`, `Genre(s)`: the label of the next row, drawn where the value was.)
    if (/^\p{Lu}\p{Ll}+(?: \p{Ll}+)?\(s\)$/u.test(value.trim())) return true;
    // BOX_SECTION_VALUE: a heading of the box's next part (`Scientific career`, `Club information`, `Personal details`)
    // drawn where the value was, or a picture's file name alone (`University of Michigan logo.svg`; not a figure with an
    // icon's file name after it, `11,743,000,000 Euro (2023) OOjs UI icon edit-ltr-progressive.svg`, a value).
    const plain = withoutMarkers(value).trim();
    if (BOX_SECTION.test(plain) || (IMAGE_FILE.test(plain) && !/\p{N}/u.test(plain))) return true;
    const words = normalKey(value).split(' ').filter(Boolean);
    if (!/^\p{Lu}/u.test(value.trim()) || !words.length || /\p{N}/u.test(value)) return false;
    return (words.length <= KEY_WORDS && (boxKeys.has(pairingKey(words.join(' '))) || commonLabel(pairingKey(words.join(' '))))) || (WEBSITE_ROW.test(pairingKey(words[0])) && /^\S+\s+(?:www\.|https?:)/.test(value.trim()));
  };
  // Entries of labelled lists that the other list lacks are compared as entries (LABELLED_LIST), not as the lines
  // the alignment paired them with.
  const labelled = holderLists(a, b, alignment);
  const entryPair = (pair: Alignment['pairs'][number]) => labelled.entries.old.has(pair.old) && labelled.entries.new.has(pair.new);
  for (const pair of alignment.pairs) {
    if (entryPair(pair)) continue;
    const oldUnits = [pair.old, ...(pair.oldExtra ?? [])].map((i) => a.units[i]);
    const newUnits = [pair.new, ...(pair.newExtra ?? [])].map((i) => b.units[i]);
    const o = joinUnits(oldUnits);
    const n = joinUnits(newUnits);
    if (!pair.field && !pair.moved && subjectNamed(o.text, n.text, subjects)) continue;
    // LABEL_LOST, paired: a box's line and the same value drawn without its label.
    // (Two lines read as sentences only where the label is glued to the value: `ArchitectHOK Sport …` / `HOK Sport …`.)
    if (!pair.field && (o.kind !== 'sentence' || n.kind !== 'sentence' || gluedLabel(o.text, n.text)) && boxLine(o) && boxLine(n) && labelOnly(o, n)) continue;
    const labelled = pair.field || pair.moved ? undefined : sameLabelLines(o, n, a.language);
    const result = pair.field ? compareFields(pair.field.old, pair.field.new, a.language) : (labelled && compareFields(labelled[0], labelled[1], a.language)) || compareUnits(o, n, pair.moved, acronyms, memo);
    if (!result) continue;
    if (pair.field && result.kind === 'fact-conflict' && statedTogether(pair.field.old.value, pair.field.new.value, [a, b])) continue;
    if (pair.field && result.kind === 'fact-conflict' && (valueLost(pair.field.old.value) || valueLost(pair.field.new.value))) continue;
    // A caption or label moved or reworded is layout; only a fact it states can conflict. A photo montage's caption
    // states none: it names what its pictures show (`Clockwise from top: Calle La Ronda, …` / `… La Ronda street, …`).
    if ((o.kind === 'caption' || n.kind === 'caption') && result.kind !== 'fact-conflict') continue;
    if (MONTAGE_CAPTION.test(o.text.trim()) && MONTAGE_CAPTION.test(n.text.trim())) continue;
    // PHOTO_DATE: two short captions that open with the subject's name and differ only in a date (`Izzard performing in
    // December 2008` / `Izzard in 2015`) date two photographs, not anything the subject did.
    if (result.kind === 'fact-conflict' && result.facts.every((f) => f.type === 'date') && photoCaption(o, subjects[0]) && photoCaption(n, subjects[1])) continue;
    findings.push({
      discrepancy: {
        id: '',
        kind: result.kind,
        section: sectionTitle(b, n.section),
        old: side(a, o.text, o),
        new: side(b, n.text, n),
        facts: result.facts,
        changes: result.changes,
      },
      oldUnits,
      newUnits,
      pair,
    });
  }
  const againstText = fieldsAgainstText(a, b, alignment);
  findings.push(...againstText);
  const moved = factsAcrossStatements(a, b, alignment, memo);
  findings.push(...moved.findings);
  // FIELD_AGAINST_TEXT_ONCE: a field compared with a sentence is reported by that conflict, not as removed or added
  // too (the sentence, which may state more, is reported as it is).
  const comparedFields = {
    old: new Set(againstText.flatMap((f) => f.oldUnits).filter((u) => alignment.fieldsOld.has(u.index)).map((u) => u.index)),
    new: new Set(againstText.flatMap((f) => f.newUnits).filter((u) => alignment.fieldsNew.has(u.index)).map((u) => u.index)),
  };
  const terms = termsOfOffice(a, b, alignment);
  findings.push(...terms.findings);
  terms.old.forEach((u) => moved.old.add(u));
  terms.new.forEach((u) => moved.new.add(u));
  const holders = currentHolders(a, b, alignment, acronyms);
  findings.push(...holders.findings);
  holders.old.forEach((u) => moved.old.add(u));
  holders.new.forEach((u) => moved.new.add(u));
  const offices = headOffices(a, b, alignment, acronyms);
  findings.push(...offices.findings);
  offices.old.forEach((u) => moved.old.add(u));
  offices.new.forEach((u) => moved.new.add(u));
  findings.push(...labelled.findings);
  labelled.old.forEach((u) => moved.old.add(u));
  labelled.new.forEach((u) => moved.new.add(u));
  const blocks = holderBlocks(a, b, alignment);
  findings.push(...blocks.findings);
  blocks.old.forEach((u) => moved.old.add(u));
  blocks.new.forEach((u) => moved.new.add(u));
  const parts = subEntryChanges(a, b, alignment, moved);
  findings.push(...parts.findings);
  parts.old.forEach((u) => moved.old.add(u));
  parts.new.forEach((u) => moved.new.add(u));
  const flattened = flattenedBoxes(a, b, alignment, moved);
  // (A field the line states was compared there, not with the line as a sentence: FIELD_AGAINST_TEXT's finding goes.)
  const within = (f: Finding) => f.oldUnits.length > 0 && f.newUnits.length > 0 && f.oldUnits.every((u) => flattened.old.has(u.index)) && f.newUnits.every((u) => flattened.new.has(u.index));
  if (flattened.findings.length) for (let k = findings.length - 1; k >= 0; k--) if (within(findings[k])) findings.splice(k, 1);
  findings.push(...flattened.findings);
  flattened.old.forEach((u) => moved.old.add(u));
  flattened.new.forEach((u) => moved.new.add(u));
  const report = (rev: RevisionUnits, kind: 'added' | 'removed', paired: (u: number) => boolean, sectionPaired: (s: number) => boolean) => {
    const fields = kind === 'removed' ? alignment.fieldsOld : alignment.fieldsNew;
    for (const found of groupUnpaired(rev, paired, sectionPaired)) {
      // A field's key line is reported with the value lines under it (`• Urban` over `199.4 km2 (77.0 sq mi)`).
      const valueUnits = found.units.length === 1 ? (fields.get(found.units[0].index)?.valueUnits ?? []).filter((i) => i !== found.units[0].index) : [];
      const g = valueUnits.length ? { ...found, units: [...found.units, ...valueUnits.map((i) => rev.units[i])] } : found;
      const body = joinText(g.units);
      const text = g.heading ? [g.heading.title, body].filter(Boolean).join('\n') : body;
      const place = g.heading ?? g.units[0];
      const s = side(rev, text, place);
      const facts = factsOf(body, rev.language).map((f) => (kind === 'removed' ? { type: f.type, old: f.new, new: null } : f));
      findings.push({
        discrepancy: {
          id: '',
          kind,
          section: kind === 'removed' ? newSectionOf(g.section) : sectionTitle(rev, g.section),
          old: kind === 'removed' ? s : null,
          new: kind === 'added' ? s : null,
          facts,
        },
        oldUnits: kind === 'removed' ? g.units : [],
        newUnits: kind === 'added' ? g.units : [],
      });
    }
  };
  // Captions, map labels and a page dump's loose infobox lines are form: a revision in another format cannot have
  // them, so one that is alone is no change of content. An infobox entry alone is a change only where both
  // revisions have an infobox.
  const bothInfoboxes = a.blocks.some((x) => x.kind === 'infobox') && b.blocks.some((x) => x.kind === 'infobox');
  // A field (`Employees17,500 (2019)`) only one revision states is an entry added or removed where both revisions
  // have an infobox, dump lines or not.
  const bothFieldSets = alignment.fieldsOld.size >= MIN_FIELDS && alignment.fieldsNew.size >= MIN_FIELDS;
  /** What telling form from content needs of one side: its fields, and the other revision, its keys and values. */
  interface Side {
    fields: Map<number, Field>;
    fieldUnits: Set<number>;
    other: RevisionUnits;
    otherKeys: Set<string>;
    otherShown: Set<string>;
    own: RevisionUnits;
    /** The entries of the other revision's field values that list several (LIST_AS_LINES). */
    otherParts: Set<string>;
    /** The value of the field the other revision pairs with this side's field at a unit, if any. */
    pairedValue: (unit: number) => string | undefined;
    /** The field each label parameter's unit labels (LABELLED_PARAMETER). */
    labelOf: Map<number, number>;
    /** Entries of a labelled list that the other revision's list under the same label lacks (LABELLED_LIST). */
    entriesAlone: Set<number>;
  }
  const alone = { old: new Set<number>(terms.named.old), new: new Set<number>(terms.named.new) };
  for (const change of labelled.changes) {
    if (change.post && change.old.length && change.new.length) continue;
    change.old.forEach((u) => alone.old.add(u.index));
    change.new.forEach((u) => alone.new.add(u.index));
  }
  const labels = (fields: Map<number, Field>) => new Map([...fields].flatMap(([i, f]) => (f.label === undefined ? [] : [[f.label, i] as [number, number]])));
  const pairedField = (by: Map<number, number>, which: 'old' | 'new') => (unit: number) => {
    const p = by.get(unit);
    return p === undefined ? undefined : alignment.pairs[p].field?.[which].value;
  };
  const oldSide: Side = { own: a, fields: alignment.fieldsOld, fieldUnits: fieldUnitIndices(alignment.fieldsOld), other: b, otherKeys: namedKeys(b, alignment.fieldsNew), otherShown: valuesShown(b, alignment.fieldsNew), otherParts: listParts(alignment.fieldsNew), pairedValue: pairedField(alignment.byOld, 'new'), labelOf: labels(alignment.fieldsOld), entriesAlone: alone.old };
  const newSide: Side = { own: b, fields: alignment.fieldsNew, fieldUnits: fieldUnitIndices(alignment.fieldsNew), other: a, otherKeys: namedKeys(a, alignment.fieldsOld), otherShown: valuesShown(a, alignment.fieldsOld), otherParts: listParts(alignment.fieldsOld), pairedValue: pairedField(alignment.byNew, 'old'), labelOf: labels(alignment.fieldsNew), entriesAlone: alone.new };
  const fieldAlone = (u: Unit, side: Side) => {
    const f = side.fields.get(u.index);
    if (!f || emptyValue(f.value) || isLayoutField(f) || side.otherKeys.has(pairingKey(f.norm))) return false;
    // The other revision names the key as who did it (`Produced by`, its value lost) for this `Producer` (KEY_AGENT;
    // not a numbered office's `Successor1`, one of several).
    if (!/\d$/.test(f.key.trim()) && [...side.otherKeys].some((k) => agentKeys(k, pairingKey(f.norm)))) return false;
    // VALUE_SHOWN: the other revision states the same value, under another key or as a line of its own; a day's
    // date in any notation (`Released: 2009-12-10` / `December 10, 2009 (London)`).
    if (side.otherShown.has(shownValue(f.value)) || listShown(f.value, side.otherShown) || keyedLine(f, side.other)) return false;
    // PLACE_WITHOUT_COUNTRY: a place and the places it lies in (`Euclid, Ohio, U.S.`), shown by the other revision
    // without the last one (`Euclid, Ohio`, a line under `Born`).
    const parts = withoutMarkers(f.value).split(/\s*,\s*/);
    if (parts.length >= 3 && parts.every((x) => /^\p{Lu}/u.test(x) && !/\d/.test(x)) && side.otherShown.has(shownValue(parts.slice(0, -1).join(', ')))) return false;
    // A country the other revision's text names (`Country: Sweden` against `a liberal-conservative political party in
    // Sweden`, or `a Swedish party`): the box adds nothing the article did not state.
    if (countryInText(f.value, side.other)) return false;
    const days = extractDates(f.value).filter((d) => d.value.precision === 'day');
    return !days.length || !dateOnALine(side.other, (d) => d.value.precision === 'day' && days.some((x) => x.value.iso === d.value.iso));
  };
  // COORDINATES_LOST: a page source's export drops the coordinates template, and a rendered page shows it by the title
  // or not at all, as its skin or mirror does; a line that gives only where the place is (`Coordinates30°01′03″N
  // 32°34′48″E / …`) is no change against either.
  const coordinatesLost = (u: Unit) =>
    COORDINATES.test(u.text) && u.text.replace(/[\d°′″.,;:/[\]()+\-\s]+|\b[NSEW]\b/gu, ' ').trim().split(/\s+/).length <= 2;
  // DATED_BOX_ENTRY: where both revisions are rendered pages (either could show the line), a loose box line that dates
  // an entry (`Paris–Nice (2023)`, a honour or a win) between lines both revisions show is an entry the list gained
  // or lost, not a caption: not under an image's file name, and not a line of the other revision's values.
  const datedBoxEntry = (u: Unit, side: Side) => {
    if (u.kind !== 'caption' || side.own.revision.format !== 'rendered' || side.other.revision.format !== 'rendered') return false;
    // The shape of a dated entry: a name, no figure in it, then only years in parentheses (`Strade Bianche (2022, 2024)`).
    const text = withoutMarkers(u.text).trim();
    const entry = /^(\p{L}[^\d()]*?)\s*\(\s*(\d{4}(?:\s*[–,;-]\s*\d{4})*)\s*\)$/u.exec(text);
    if (!entry || entry[1].split(/\s+/).length > BOX_ENTRY_WORDS || side.fieldUnits.has(u.index) || parseField(text)) return false;
    // A key over its value (`Population (2011)` over `2,512,000`, or over its parts `• Total 12,851,821`) is the key
    // of a field.
    const under = side.own.units[u.index + 1];
    if (under && under.line - u.line <= 1 && (isFigureLine(under.text) || side.fieldUnits.has(under.index) || /^\s*•/.test(under.text))) return false;
    const above = side.own.units[u.index - 1];
    if (above && u.line - above.line <= 2 && IMAGE_FILE.test(above.text.trim())) return false;
    const by = side === oldSide ? alignment.byOld : alignment.byNew;
    // Along the run of loose lines it stands in (a blank line apart at most), the nearest line each way that both
    // revisions show; an image's file name ends the run.
    const sharedNear = (step: 1 | -1) => {
      for (let x = u, i = 0; i < BOX_ENTRY_RUN; i++) {
        const next = side.own.units[x.index + step];
        if (!next || next.kind !== 'caption' || Math.abs(next.line - x.line) > 2 || IMAGE_FILE.test(next.text.trim())) return false;
        if (by.has(next.index)) return true;
        x = next;
      }
      return false;
    };
    return sharedNear(-1) || sharedNear(1);
  };
  const formOnly = (u: Unit, side: Side) => {
    if (coordinatesLost(u) || pictureText(side.own, u)) return true;
    if (labelLost(u, side.own, side.other)) return true;
    if (side.entriesAlone.has(u.index)) return false;
    if (bothFieldSets && fieldAlone(u, side)) return false;
    // A label parameter goes with the field it labels, where that field is reported (LABELLED_PARAMETER).
    const labelled = side.labelOf.get(u.index);
    if (labelled !== undefined && bothFieldSets && fieldAlone(side.own.units[labelled], side)) return false;
    // LIST_AS_LINES: a line that is one entry of a field's list in the other revision (`Owner: A, B, C` against
    // the lines `A`, `B`, `C` a page drew under its key) is that list laid out otherwise.
    const entry = (x: Unit | undefined) => x !== undefined && (x.kind === 'item' || x.kind === 'sentence') && side.otherParts.has(shownValue(x.text));
    // The label that opens those lines (`Parent Toyota Group through cross ownership:`) goes with them.
    if (entry(u) || (/:$/.test(u.text.trim()) && entry(side.own.units[u.index + 1]))) return true;
    // A figure line under a field that the paired field lacks (`52 players capped (2019)`) is a statement added to it.
    const above = side.own.units[u.index - 1];
    const figureUnder =
      u.kind === 'caption' &&
      !side.fieldUnits.has(u.index) &&
      above !== undefined &&
      above.line === u.line - 1 &&
      side.fieldUnits.has(above.index) &&
      isFigureLine(u.text) &&
      !extractDates(withoutMarkers(u.text)).some((d) => d.start === 0);
    // Unless the paired field's value states it (`Construction cost 19.6 billion DKK` over `2.6 billion Euro`, paired
    // with `Cost: 19.6 billion DKK , 25.8 billion SEK , 2.6 billion EUR`): the same value laid out over two lines.
    const paired = figureUnder ? side.pairedValue(above.index) : undefined;
    const figures = numbersOf(withoutMarkers(u.text), side.own.language);
    if (paired !== undefined && figures.length && figures.every((x) => numbersOf(paired, side.own.language).includes(x))) return true;
    if (figureUnder) return false;
    if (datedBoxEntry(u, side)) return false;
    return LOST_VALUE.test(u.text) || u.kind === 'caption' || (u.kind === 'infobox' && !bothInfoboxes) || (u.kind !== 'infobox' && side.fieldUnits.has(u.index));
  };
  // A statement whose fact another statement now states (changed) is reported by that conflict, not as removed or added.
  const pairedOld = (u: number) => alignment.byOld.has(u) && !entryPair(alignment.pairs[alignment.byOld.get(u)!]);
  const pairedNew = (u: number) => alignment.byNew.has(u) && !entryPair(alignment.pairs[alignment.byNew.get(u)!]);
  report(a, 'removed', (u) => pairedOld(u) || moved.old.has(u) || comparedFields.old.has(u) || formOnly(a.units[u], oldSide), (s) => alignment.sections.has(s));
  report(b, 'added', (u) => pairedNew(u) || moved.new.has(u) || comparedFields.new.has(u) || formOnly(b.units[u], newSide), (s) => alignment.sectionsByNew.has(s));
  // Reading order of the newer revision; a removal sits after the newer line of the text that preceded it.
  const pairsByOld = [...alignment.pairs].sort((x, y) => x.old - y.old);
  const newLineAfterOld = (line: number): number => {
    let best = 0;
    for (const p of pairsByOld) {
      if (a.units[p.old].line > line) break;
      best = Math.max(best, b.units[p.new].line);
    }
    return best + 0.5;
  };
  const order = (f: Finding) => (f.discrepancy.new && f.discrepancy.new.revision === b.revision.id ? f.discrepancy.new.line : newLineAfterOld(f.discrepancy.old?.line ?? 0));
  return findings
    .map((f, i) => ({ f, i, k: order(f) }))
    .sort((x, y) => x.k - y.k || x.i - y.i)
    .map(({ f }) => f);
}

/** Findings for a revision's internal contradictions: both statements from that revision, in reading order. */
export function contradictionFindings(rev: RevisionUnits, contradictions: Contradiction[]): Finding[] {
  return contradictions.map(({ first, second }) => ({
    discrepancy: {
      id: '',
      kind: 'internal-contradiction' as const,
      section: rev.sections[first.unit.section].title,
      old: side(rev, first.unit.text, first.unit),
      new: side(rev, second.unit.text, second.unit),
      facts: [{ type: 'date' as const, old: first.text, new: second.text }],
    },
    oldUnits: [first.unit],
    newUnits: [second.unit],
  }));
}

/**
 * How much a finding matters: a conflict always; an added or removed statement when it states a fact (a date, an
 * amount, a name); a rewording or move when a fact changed, appeared or went (its facts, or the names it gives).
 */
export function significanceOf(finding: Finding): Significance {
  const d = finding.discrepancy;
  if (d.kind === 'fact-conflict' || d.kind === 'internal-contradiction') return 'major';
  const names = (text: string) => new Set(properNounRuns(text).flatMap((r) => [...identifyingWords(r.text)]));
  if (d.kind === 'added' || d.kind === 'removed') {
    const text = (d.new ?? d.old)?.text ?? '';
    return d.facts.length > 0 || names(text).size > 0 ? 'major' : 'minor';
  }
  if (d.facts.length > 0) return 'major';
  const before = names(d.old?.text ?? '');
  const after = names(d.new?.text ?? '');
  return before.size !== after.size || [...before].some((w) => !after.has(w)) ? 'major' : 'minor';
}

/** `references` when every unit a finding covers is an entry of a reference list. */
export function partOf(finding: Finding): 'references' | undefined {
  const units = [...finding.oldUnits, ...finding.newUnits];
  return units.length > 0 && units.every((u) => u.kind === 'reference') ? 'references' : undefined;
}

/** Give every finding its id: a digest of its kind and both sides' formatting-free words, numbered if repeated. */
export function assignIds(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const d = f.discrepancy;
    const key = [d.kind, d.old ? wordTokens(d.old.text).map((t) => t.norm).join(' ') : '', d.new ? wordTokens(d.new.text).map((t) => t.norm).join(' ') : ''];
    const base = digest(...key);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    d.id = n === 0 ? base : digest(base, String(n));
  }
}
