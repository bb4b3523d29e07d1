// TERMS_OF_OFFICE: an office-holder box's terms, wherever a revision states them, paired term by term.
//
// A rendered page prints each term as `In office 3 March 2000 – 19 October 2001` (or `Assumed office …` for the
// current one) under the office's title; a page's source gives the same terms as numbered parameters
// (`term_start4: 17 March 2000`, `term_end4: 19 October 2001`). Keys cannot pair them (a box repeats `In office`
// once per office: REPEATED_KEY), their dates can: two terms that share one end are the same term, and a
// different other end is a changed date of it.
import type { DateValue } from '../model.ts';
import { dateInterval, datesAgree, extractDates } from './facts.ts';
import type { Field } from './fields.ts';
import type { RevisionUnits } from './units.ts';

export interface Term {
  /** The units that state the term (its line, or its start and end fields). */
  units: number[];
  start?: { value: DateValue; text: string; unit: number };
  end?: { value: DateValue; text: string; unit: number };
  /** The office's title on the line right above the term (`Teachta Dála` over `Assumed office`), lower case. */
  office?: string;
}

/** `In office 3 March 2000 – 19 October 2001 |`, `Assumed office 1 October 2014`; the dates may be on the next line. */
const TERM_LINE = /^(In office|Assumed office)\b\s*(.*?)\s*\|?\s*$/i;
/** Between a term's two dates; a dump that lost the dash keeps the spaces around it (`3 December 2007  18 September 2013`). */
const TERM_DASH = /\s+[–—-]\s+|\s*[–—]\s*|\s{2,}/;

function dateOf(text: string, unit: number): Term['start'] {
  const dates = extractDates(text);
  return dates.length === 1 ? { value: dates[0].value, text: dates[0].text, unit } : undefined;
}

/**
 * A term whose label a dump lost: a line that is only two full dates (`14 September 2014 - 2 October 2014`). It is
 * paired only with a term that shares one of its ends, like any other.
 */
function bareTerm(text: string, unit: number): Term | undefined {
  const parts = text.trim().replace(/\s*\|$/, '').split(TERM_DASH);
  if (parts.length !== 2) return undefined;
  const [start, end] = parts.map((p) => dateOf(p, unit));
  if (!start || !end || start.value.precision !== 'day' || end.value.precision !== 'day' || start.text !== parts[0].trim() || end.text !== parts[1].trim()) return undefined;
  return { units: [unit], start, end };
}

/** The terms a revision states: rendered term lines, and numbered `term start` / `term end` fields. */
export function officeTerms(rev: RevisionUnits, fields: ReadonlyMap<number, Field>, taken: (unit: number) => boolean): Term[] {
  const terms: Term[] = [];
  for (const u of rev.units) {
    // (Not the dates line of an `In office` line above it: that term takes them.)
    const underTermLine = () => TERM_LINE.exec(rev.units[u.index - 1]?.text.trim() ?? '')?.[2] === '';
    const bare = u.kind === 'caption' && !taken(u.index) && !underTermLine() ? bareTerm(u.text, u.index) : undefined;
    if (bare) {
      terms.push(bare);
      continue;
    }
    const m = TERM_LINE.exec(u.text.trim());
    if (!m || taken(u.index)) continue;
    let dates = m[2];
    // INCUMBENT_LABEL: a current term's `Incumbent` line right above `Assumed office` is part of it: the term is open.
    const above = rev.units[u.index - 1];
    const incumbent = /^assumed/i.test(m[1]) && above && above.line >= u.line - 1 && !taken(above.index) && /^Incumbent\s*(?:\|\s*)*$/i.test(above.text.trim());
    const units = incumbent ? [above.index, u.index] : [u.index];
    const next = rev.units[u.index + 1];
    if (!dates && next && next.line <= u.line + 2 && !taken(next.index)) {
      dates = next.text.trim().replace(/\s*\|$/, '');
      units.push(next.index);
    }
    const unit = units[units.length - 1];
    const [from, to] = dates.split(TERM_DASH);
    const start = dateOf(from ?? '', unit);
    if (!start) continue;
    const end = /^assumed/i.test(m[1]) || !to ? undefined : dateOf(to, unit);
    // (The title: a short line without a figure right above the term, or above its `Incumbent` line.)
    const title = rev.units[units[0] - 1];
    const office = title && title.line >= rev.units[units[0]].line - 2 && !/[\p{N}|:]/u.test(title.text) && title.text.trim().split(/\s+/).length <= 8 ? title.text.trim().toLowerCase() : undefined;
    terms.push({ units, start, ...(end ? { end } : {}), ...(office ? { office } : {}) });
  }
  const byGroup = new Map<string, Term>();
  for (const [i, f] of fields) {
    if (taken(i)) continue;
    const which = f.norm === 'term start' ? 'start' : f.norm === 'term end' ? 'end' : undefined;
    if (!which) continue;
    const group = /(\d+)\s*$/.exec(f.key)?.[1] ?? '';
    const date = dateOf(f.value, i);
    if (!date) continue;
    const term = byGroup.get(group) ?? { units: [] };
    term.units.push(i);
    term[which] = date;
    byGroup.set(group, term);
  }
  terms.push(...[...byGroup.values()].filter((t) => t.start));
  return terms;
}

const agree = (x?: Term['start'], y?: Term['start']) => Boolean(x && y && datesAgree(x.value, y.value));
const distance = (x: Term['start'], y: Term['start']) => Math.abs(dateInterval(x!.value)[0] - dateInterval(y!.value)[0]);

export interface TermPair {
  old: Term;
  new: Term;
  /** The end that changed, when the other agrees. */
  changed?: 'start' | 'end';
}

/**
 * Pair two revisions' terms: first those whose both ends agree (or whose start agrees where one has no end yet: a
 * current term), then those sharing one end whose other end differs, the closest other end first.
 */
export function pairTerms(older: Term[], newer: Term[]): TermPair[] {
  const out: TermPair[] = [];
  const used = new Set<Term>();
  for (const o of older) {
    const same = newer.find((n) => !used.has(n) && agree(o.start, n.start) && (!o.end || !n.end || agree(o.end, n.end)));
    if (!same) continue;
    used.add(o);
    used.add(same);
    out.push({ old: o, new: same });
  }
  // The closest other ends pair first over all terms, so the pairing is the same whichever revision is the older.
  const options = older
    .filter((o) => !used.has(o))
    .flatMap((o) =>
      newer
        .filter((n) => !used.has(n) && o.start && n.start && o.end && n.end)
        .flatMap((n): Array<TermPair & { d: number }> => {
          if (agree(o.end, n.end) && !agree(o.start, n.start)) return [{ old: o, new: n, changed: 'start', d: distance(o.start, n.start) }];
          if (agree(o.start, n.start) && !agree(o.end, n.end)) return [{ old: o, new: n, changed: 'end', d: distance(o.end, n.end) }];
          return [];
        }),
    )
    .sort((x, y) => x.d - y.d);
  for (const best of options) {
    if (used.has(best.old) || used.has(best.new)) continue;
    used.add(best.old);
    used.add(best.new);
    out.push({ old: best.old, new: best.new, changed: best.changed });
  }
  // OPEN_TERM_OF_OFFICE: the one current term (no end) of the same office title on each side (`Teachta Dála` over
  // `Assumed office June 2007` / `… May 2007`), not paired by its dates, is that term with its start changed.
  const open = (terms: Term[], office: string) => terms.filter((t) => !used.has(t) && !t.end && t.office === office);
  for (const o of older) {
    if (used.has(o) || o.end || !o.office || !o.start) continue;
    const [mine, theirs] = [open(older, o.office), open(newer, o.office)];
    if (mine.length !== 1 || theirs.length !== 1 || !theirs[0].start) continue;
    used.add(o);
    used.add(theirs[0]);
    out.push({ old: o, new: theirs[0], changed: 'start' });
  }
  return out;
}
