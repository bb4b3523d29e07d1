// The role of a fact in its sentence (the words around it), and the pairing of two statements' facts by role, not by position.
import type { FactMention } from './facts.ts';
import { wordTokens } from './tokens.ts';
import { CONTEXT_AFTER, CONTEXT_BEFORE, DISTINCT_SAME_VALUE, ROLE_MIN, SAME_NOUN, SAME_VALUE } from './rules.ts';

/** Words that say nothing about what a fact is the value of (general English function words). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'into', 'onto', 'as', 'and', 'or', 'but',
  'nor', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'had', 'have', 'it', 'its', 'this', 'that', 'these',
  'those', 'which', 'who', 'whom', 'whose', 'there', 'their', 'they', 'he', 'she', 'his', 'her', 'him', 'them', 'some',
  'about', 'around', 'approximately', 'nearly', 'almost', 'over', 'under', 'than', 'more', 'less', 'also', 'then', 'so',
  'such', 'its', 'after', 'before', 'since', 'until', 'till', 'during', 'circa', 'c', 'ca', 'early', 'late', 'mid',
  'end', 'beginning', 'year', 'years', 'total', 'only', 'still', 'already', 'about', 'some', 'both', 'all', 'would',
  'will', 'could', 'can', 'may', 'might', 'did', 'do', 'does', 'not', 'no', 'up', 'out', 'while', 'when', 'where',
]);

/** A crude stem: inflections of one word share their first five letters (`founded`, `founding`, `founder`). */
const stem = (w: string) => w.slice(0, 5);

/** Clause breaks a fact's context does not cross. */
const CLAUSE_BREAK = /[;:()[\]]/;

/**
 * The content words around a fact, stemmed: what the fact is the date, amount or actor of. The context stops at
 * clause breaks and at the other facts of the same type (`in 1996 and listed it in 1998`: `listed` is 1998's).
 */
export function factContext(sentence: string, fact: FactMention, sameType: readonly FactMention[], before = CONTEXT_BEFORE): Set<string> {
  const tokens = wordTokens(sentence);
  const others = sameType.filter((f) => f !== fact);
  const context = new Set<string>();
  // A fact alone in its parentheses (`Minister of Justice (2013–2018)`) is the date or amount of what stands before
  // them: its context reaches back over the opening one (IN_PARENTHESES).
  // (Not the year of an amount: `a population of 804,237 (2023)`.)
  const enclosed = /(?<![\d%]\s*)\(\s*$/u.test(sentence.slice(0, fact.start)) && /^\s*\)/.test(sentence.slice(fact.end));
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!inFact(tokens[i], fact)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return context;
  const around: ContextScan = { sentence, tokens, fact, others, enclosed, context };
  takeContext(around, first - 1, -1, before);
  takeContext(around, last + 1, 1, CONTEXT_AFTER);
  return context;
}

/**
 * What factContext reads its words from. (factContext's helpers are functions of their own, not closures made at each
 * call: V8 holds a closure's optimised code only as long as a closure of it is alive, so each full collection let it go
 * and TurboFan compiled it again: `take` 70 and `inFact` 64 times over 300 corpus articles built in one thread,
 * `node --trace-opt`; after, 4 and 1. links.ts visitPart the same.)
 */
interface ContextScan {
  sentence: string;
  tokens: ReturnType<typeof wordTokens>;
  fact: FactMention;
  others: readonly FactMention[];
  enclosed: boolean;
  context: Set<string>;
}

const inFact = (t: { start: number; end: number }, f: { start: number; end: number }) => t.start < f.end && t.end > f.start;

/** The context words from token `from` on, a step at a time, `limit` at most, into `scan.context`. */
function takeContext(scan: ContextScan, from: number, step: 1 | -1, limit: number): void {
  const { sentence, tokens, fact, others, enclosed, context } = scan;
  let taken = 0;
  for (let i = from; i >= 0 && i < tokens.length && taken < limit; i += step) {
    const t = tokens[i];
    const gap = step === -1 ? sentence.slice(t.end, tokens[i + 1]?.start ?? fact.start) : sentence.slice(tokens[i - 1]?.end ?? fact.end, t.start);
    const own = enclosed && step === -1 && i === from && /^\s*\(\s*$/.test(gap);
    // LABEL_COLON: a label right before its figure (`(population: 23,167 in 2016)`) is the figure's, colon or not.
    const label = step === -1 && i === from && /^\s*:\s*$/.test(gap);
    if (CLAUSE_BREAK.test(gap) && !own && !label) break;
    let inOther = false;
    for (const f of others) if (inFact(t, f)) inOther = true;
    if (inOther) break;
    if (inFact(t, fact)) continue;
    if (FUNCTION_WORDS.has(t.norm) || /^\p{N}/u.test(t.norm)) continue;
    // ABBREVIATED_ROLE: a short lower-case word with a full stop inside the sentence (`pop. 23,122`) is an
    // abbreviation, kept with its stop so roleSimilarity matches it with the word it opens (`population`).
    const abbreviation = /^\p{Ll}{2,4}$/u.test(t.norm) && sentence[t.end] === '.' && /^\.\s*[\p{Ll}\p{N}(]/u.test(sentence.slice(t.end));
    context.add(abbreviation ? `${t.norm}.` : stem(t.norm));
    taken++;
  }
}

/** A text's words as a fact's context holds them (stemmed, no function words or numbers): a title's, say. */
export function contextWords(text: string): Set<string> {
  return new Set(wordTokens(text).filter((t) => !FUNCTION_WORDS.has(t.norm) && !/^\p{N}/u.test(t.norm)).map((t) => stem(t.norm)));
}

export function roleSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let common = 0;
  // An abbreviation (ABBREVIATED_ROLE, `pop.`) is the same role as the word it opens (`popul`).
  const opens = (w: string, other: ReadonlySet<string>) => w.endsWith('.') && [...other].some((x) => !x.endsWith('.') && x.startsWith(w.slice(0, -1)));
  for (const w of a) if (b.has(w) || opens(w, b)) common++;
  for (const w of b) if (!a.has(w) && opens(w, a)) common++;
  return Math.min(1, (2 * common) / (a.size + b.size));
}

/**
 * DISTINCT_SAME_VALUE: an amount that is no small whole number (`6.8 million`, `430.5 metres`, `1,217`) stated on both
 * sides is rarely a coincidence, so it pairs before a different amount whose words merely look alike (`reported over
 * 6.8 million U.S. members` / `has 17.5 million members, of which 6.8 million live in the United States`); a year or
 * a small count recurs in many roles and keeps the smaller weight. So does a day's date against a year (SAME_DAY).
 */
function distinctive(fact: FactMention): boolean {
  // A day's date (`July 8, 2012`) is as rarely a coincidence (SAME_DAY).
  if (fact.type === 'date') return fact.value.precision === 'day';
  if (fact.type !== 'quantity') return false;
  const amount = Math.abs(fact.value.amount);
  return amount >= 100 || !Number.isInteger(amount);
}

/** A month's name: a date's day read as a count of it (`15 January`) counts no noun. */
export const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The noun a quantity counts (`copies`, `deaths`), if it counts one: not a rank, a multiple or a measure's symbol. A
 * bare count with the sentence given counts the noun before `of` it follows (`a population of 544,270`, `an
 * estimated population of about 4.2 million`: `NOUN_OF_COUNT`).
 */
export function countedNoun(fact: FactMention, sentence?: string): string | undefined {
  if (fact.type !== 'quantity') return undefined;
  const unit = fact.value.unit;
  if (!unit && sentence !== undefined) {
    const before = NOUN_OF.exec(sentence.slice(Math.max(0, fact.start - 60), fact.start));
    return before && !FUNCTION_WORDS.has(before[1].toLowerCase()) ? before[1].toLowerCase() : undefined;
  }
  return /^\p{L}{3,}$/u.test(unit) && unit !== 'ordinal' && !MONTH_NAME.test(unit) ? unit : undefined;
}

/** NOUN_OF_COUNT: a lower-case noun, `of`, and at most one hedge before a bare count. */
// NOUN_IS_COUNT: or the noun a bare count is stated of (`Windhoek's population was 233,529`, `The population of Windhoek,
// which was 486,169`, `puts the population at 37,883,000`).
const NOUN_OF = /(?<![\p{L}-])(\p{Ll}{4,}) (?:of |(?:of \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*,? (?:which )?)?(?:was|is|stood at|reached|totalled|totaled) |at )(?:(?:about|around|approximately|nearly|almost|over|some|roughly|just|more than|less than|fewer than|up to|at least) )?$/u;

export interface FactPairing<M extends FactMention = FactMention> {
  /** Facts of the same role on both sides; `agree` tells whether they state the same value. */
  pairs: Array<{ old: M; new: M; agree: boolean }>;
  /** Facts only the older statement has (a detail dropped), and only the newer one (a detail added). */
  onlyOld: M[];
  onlyNew: M[];
}

/**
 * Pair the facts of two aligned statements by role: the same value anywhere pairs (unless a fact with the same
 * role claims it more strongly; `alike` says which agreements count as the same value there), a different value
 * pairs only where the words around it say it is the value of the same thing. When one fact of a kind is left on
 * each side of otherwise matched statements (`lone`: the caller says whether they are), they are the same fact
 * changed.
 */
export function pairFactsByRole<M extends FactMention>(
  oldSentence: string,
  newSentence: string,
  olds: readonly M[],
  news: readonly M[],
  agree: (a: M, b: M) => boolean,
  comparable: (a: M, b: M) => boolean = () => true,
  lone = true,
  alike: (a: M, b: M) => boolean = () => true,
): FactPairing<M> {
  const oldContexts = olds.map((f) => factContext(oldSentence, f, olds));
  const newContexts = news.map((f) => factContext(newSentence, f, news));
  const options: Array<{ o: number; n: number; score: number; agree: boolean }> = [];
  const nounCount = (facts: readonly M[], sentence: string) => {
    const count = new Map<string, number>();
    for (const f of facts) {
      const noun = countedNoun(f, sentence);
      if (noun) count.set(noun, (count.get(noun) ?? 0) + 1);
    }
    return count;
  };
  const [oldNouns, newNouns] = [nounCount(olds, oldSentence), nounCount(news, newSentence)];
  olds.forEach((of, o) =>
    news.forEach((nf, n) => {
      if (!comparable(of, nf)) return;
      const same = agree(of, nf);
      const role = roleSimilarity(oldContexts[o], newContexts[n]);
      // ONLY_COUNT_OF_ITS_NOUN: the one count of a noun on each side (`sold over 500 million copies` / `with over
      // 600 million copies sold`) is one fact, whatever words stand around it.
      const noun = countedNoun(of, oldSentence);
      const onlyOfNoun = noun !== undefined && noun === countedNoun(nf, newSentence) && oldNouns.get(noun) === 1 && newNouns.get(noun) === 1;
      // (An agreement `alike` does not vouch for, `since 2013` holding `2018–2021`, pairs by role alone.)
      const bonus = same && alike(of, nf) ? (distinctive(of) ? DISTINCT_SAME_VALUE : SAME_VALUE) : 0;
      if (same || role >= ROLE_MIN || onlyOfNoun) options.push({ o, n, score: role + bonus + (onlyOfNoun ? SAME_NOUN : 0), agree: same });
    }),
  );
  options.sort((x, y) => y.score - x.score || x.o - y.o || x.n - y.n);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: FactPairing<M>['pairs'] = [];
  for (const option of options) {
    if (usedOld.has(option.o) || usedNew.has(option.n)) continue;
    usedOld.add(option.o);
    usedNew.add(option.n);
    pairs.push({ old: olds[option.o], new: news[option.n], agree: option.agree });
  }
  let onlyOld = olds.filter((_, i) => !usedOld.has(i));
  let onlyNew = news.filter((_, i) => !usedNew.has(i));
  // LONE_FACTS: where the statements still share their words (`lone`), not where only their place paired them.
  if (lone && onlyOld.length === 1 && onlyNew.length === 1 && comparable(onlyOld[0], onlyNew[0])) {
    pairs.push({ old: onlyOld[0], new: onlyNew[0], agree: agree(onlyOld[0], onlyNew[0]) });
    onlyOld = [];
    onlyNew = [];
  }
  // LONE_DAY: so are the one day's date left on each side (`on January 27, 1981` / `on January 28, 1981`, a year
  // `1978` beside it), a day being rarely a coincidence (SAME_DAY).
  const days = (list: M[]) => list.filter((f) => f.type === 'date' && f.value.precision === 'day');
  const [dayOld, dayNew] = [days(onlyOld), days(onlyNew)];
  if (lone && dayOld.length === 1 && dayNew.length === 1 && comparable(dayOld[0], dayNew[0])) {
    pairs.push({ old: dayOld[0], new: dayNew[0], agree: agree(dayOld[0], dayNew[0]) });
    onlyOld = onlyOld.filter((f) => f !== dayOld[0]);
    onlyNew = onlyNew.filter((f) => f !== dayNew[0]);
  }
  pairs.sort((x, y) => x.new.start - y.new.start);
  return { pairs, onlyOld, onlyNew };
}
