// TERMS_OF_OFFICE: an office-holder box's terms paired by their dates, a rendered `In office A – B` line against a
// source's numbered `term_start`/`term_end` fields (small boxes of my own).
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import { revision } from './helpers.ts';

const rendered = (box: string) => `Anna Berg\n\n${box}\n\nAnna Berg is a Norland politician who chaired the harbour board and led the coast party.\n`;
const exported = (box: string) => `= Anna Berg =\n\nInfobox\n${box}\n\nAnna Berg is a Norland politician who chaired the harbour board and led the coast party.\n`;
const report = (older: string, newer: string) =>
  reconcile([revision('r1', rendered(older), 'rendered'), revision('r2', exported(newer), 'sectioned')], { name: 't', title: 'T', language: 'en' })
    .reconciled.discrepancies.map((d) => [d.kind, d.old?.text ?? null, d.new?.text ?? null, d.facts.map((f) => `${f.old} → ${f.new}`)]);

const older = [
  'Chair of the Harbour Board | |',
  'In office 3 March 2000 – 19 October 2004 |',
  'Preceded by | Olof Lind |',
  'Leader of the Coast Party | |',
  'In office 6 April 2002 – 14 June 2014 |',
  'Preceded by | Eva Holm |',
  'Minister of Fisheries | |',
  'In office 7 October 1993 – 24 October 1996 |',
].join('\n');

/** A page source's numbered office fields, one group of `officeN`, `term startN`, … per term. */
const numbered = (terms: Array<Record<'office' | 'start' | 'end' | 'predecessor' | 'successor', string>>) =>
  terms
    .flatMap((t, i) => [`- Office${i + 1}: ${t.office}`, `- Term Start${i + 1}: ${t.start}`, `- Term End${i + 1}: ${t.end}`, `- Predecessor${i + 1}: ${t.predecessor}`, `- Successor${i + 1}: ${t.successor}`])
    .join('\n');

describe('terms of office (TERMS_OF_OFFICE)', () => {
  it('pairs terms that share one end and reports the other end changed; terms that agree are no difference', () => {
    const newer = [
      '- Office: Chair of the Harbour Board',
      '- Term Start: 17 March 2000',
      '- Term End: 19 October 2004',
      '- Office1: Leader of the Coast Party',
      '- Term Start1: 6 April 2002',
      '- Term End1: 14 June 2014',
      '- Office2: Minister of Fisheries',
      '- Term Start2: 7 October 1993',
      '- Term End2: 25 October 1996',
    ].join('\n');
    const conflicts = report(older, newer).filter((d) => d[0] === 'fact-conflict');
    expect(conflicts).toEqual([
      ['fact-conflict', 'In office 3 March 2000 – 19 October 2004 |', 'Term Start: 17 March 2000', ['3 March 2000 → 17 March 2000']],
      ['fact-conflict', 'In office 7 October 1993 – 24 October 1996 |', 'Term End2: 25 October 1996', ['24 October 1996 → 25 October 1996']],
    ]);
    // No term is reported added or removed: each was paired.
    expect(report(older, newer).some((d) => /Term (?:Start|End)|In office/.test(`${d[1]} ${d[2]}`) && d[0] !== 'fact-conflict')).toBe(false);
  });
  it('pairs a term whose label the dump lost, a line of two full dates, like any other', () => {
    const box = 'Chair of the Harbour Board | |\n3 March 2000 – 19 October 2004\nPreceded by | Olof Lind |';
    expect(report(box, '- Term Start: 17 March 2000\n- Term End: 19 October 2004').filter((d) => d[0] === 'fact-conflict')).toEqual([
      ['fact-conflict', '3 March 2000 – 19 October 2004', 'Term Start: 17 March 2000', ['3 March 2000 → 17 March 2000']],
    ]);
  });
  it('pairs no terms that share no end, and takes the closest other end where two share one', () => {
    const newer = ['- Term Start: 1 May 2016', '- Term End: 2 June 2019', '- Term Start1: 16 October 2013', '- Term End1: 14 June 2014', '- Term Start2: 10 November 2002', '- Term End2: 14 June 2014'].join('\n');
    const conflicts = report(older, newer).filter((d) => d[0] === 'fact-conflict');
    expect(conflicts).toEqual([['fact-conflict', 'In office 6 April 2002 – 14 June 2014 |', 'Term Start2: 10 November 2002', ['6 April 2002 → 10 November 2002']]]);
  });
  it("pairs an office's predecessor and successor within its paired term, rendered against numbered, and its title line as the office's name (OFFICE_FIELDS)", () => {
    const box = [
      'Chair of the Harbour Board | |',
      'In office 3 March 2000 – 19 October 2004 |',
      'Preceded by | Olof Lind |',
      'Succeeded by | Jon Ek |',
      'Minister of Fisheries | |',
      'In office 7 October 1993 – 24 October 1996 |',
      'Preceded by | Eva Holm |',
      'Succeeded by | Per Ny |',
    ].join('\n');
    const newer = (successor: string) =>
      [
        '- Order1: 3rd',
        '- Office1: Chair of the Harbour Board',
        '- Term Start1: 3 March 2000',
        '- Term End1: 19 October 2004',
        '- Predecessor1: Olof Lind',
        '- Successor1: Jon Ek',
        '- Term Start2: 7 October 1993',
        '- Term End2: 24 October 1996',
        '- Predecessor2: Eva Holm',
        `- Successor2: ${successor}`,
      ].join('\n');
    // The same holders, each under its own office, and the office's name and order its title line: nothing to report.
    expect(report(box, newer('Per Ny (as Minister of Fisheries)'))).toEqual([]);
    expect(report(box, newer('Anna Holm'))).toEqual([['fact-conflict', 'Succeeded by | Per Ny |', 'Successor2: Anna Holm', ['Per Ny → Anna Holm']]]);
  });
  it("reads a dump's box that lost its dashes and table bars: two dates two spaces apart under `In office`, `Preceded by X` on one line", () => {
    const box = [
      'Chair of the Harbour Board',
      'In office',
      '3 March 2000  19 October 2004',
      'Preceded by Olof Lind',
      'Succeeded by Jon Ek',
      'Minister of Fisheries',
      'In office',
      '3 March 2000  19 October 2004',
      'Preceded by Eva Holm',
      'Succeeded by Per Ny',
    ].join('\n');
    const newer = (successor: string) =>
      numbered([
        { office: 'Chair of the Harbour Board', start: '3 March 2000', end: '19 October 2004', predecessor: 'Olof Lind', successor: 'Jon Ek' },
        { office: 'Minister of Fisheries', start: '3 March 2000', end: '19 October 2004', predecessor: 'Eva Holm', successor },
      ]);
    // Two offices held over the same dates pair in their order; each one's holders compare with its own.
    expect(report(box, newer('Per Ny'))).toEqual([]);
    expect(report(box, newer('Anna Holm'))).toEqual([['fact-conflict', 'Succeeded by Per Ny', 'Successor2: Anna Holm', ['Per Ny → Anna Holm']]]);
  });
  it('pairs the closest other end first over all terms, whichever revision comes first', () => {
    const box = 'Leader of the Coast Party | |\nIn office 6 April 2002 – 14 June 2014 |';
    const numbered = ['- Term Start5: 16 October 2013', '- Term End5: 14 June 2014', '- Term Start7: 10 November 2002', '- Term End7: 14 June 2014'].join('\n');
    const conflict = (rows: ReturnType<typeof report>) => rows.filter((d) => d[0] === 'fact-conflict').map((d) => d[3]);
    expect(conflict(report(box, numbered))).toEqual([['6 April 2002 → 10 November 2002']]);
    const reversed = reconcile([revision('r1', exported(numbered), 'sectioned'), revision('r2', rendered(box), 'rendered')], { name: 't', title: 'T', language: 'en' })
      .reconciled.discrepancies.map((d) => [d.kind, d.old?.text ?? null, d.new?.text ?? null, d.facts.map((f) => `${f.old} → ${f.new}`)]);
    expect(conflict(reversed)).toEqual([['10 November 2002 → 6 April 2002']]);
  });
  it('calls a term one revision gives as current and the other as ended a changed state (TERM_ENDED)', () => {
    const box = 'Chair of the Harbour Board | |\nAssumed office 1 October 2014 |';
    expect(report(box, '- Term Start: 1 October 2014\n- Term End: 1 October 2024').filter((d) => d[0] === 'fact-conflict')).toEqual([
      ['fact-conflict', 'Assumed office 1 October 2014 |', 'Term End: 1 October 2024', ['null → 1 October 2024']],
    ]);
    expect(report(box, '- Term Start: 1 October 2014')).toEqual([]);
  });
});

describe('a new office over an ended term (TERMS_BY_DATES)', () => {
  const both = (older: string, newer: string) =>
    reconcile([revision('r1', rendered(older), 'rendered'), revision('r2', rendered(newer), 'rendered')], { name: 't', title: 'T', language: 'en' })
      .reconciled.discrepancies.map((d) => [d.kind, d.old?.text ?? null, d.new?.text ?? null]);
  it('pairs the old current term with its ended term by the start they share, not with the new office\'s `Assumed office`', () => {
    const before = ['Minister of Fisheries', 'Assumed office', '25 May 2014', 'PresidentJon Ek', 'Preceded byOlof Lind', 'Minister of Trade', 'In office', '10 May 2009 – 10 May 2012', 'PresidentJon Ek'].join('\n');
    const after = ['Minister of Harbours', 'Assumed office', '28 February 2018', 'PresidentPer Ny', 'Preceded byEva Holm', 'Minister of Fisheries', 'In office', '25 May 2014 – 28 February 2018', 'PresidentJon Ek', 'Preceded byOlof Lind', 'Minister of Trade', 'In office', '10 May 2009 – 10 May 2012', 'PresidentJon Ek'].join('\n');
    const found = both(before, after);
    expect(found).toContainEqual(['fact-conflict', 'Assumed office 25 May 2014', 'In office 25 May 2014 – 28 February 2018']);
    expect(found.some((d) => String(d[1]).startsWith('Assumed office 25 May 2014') && String(d[2]).startsWith('Assumed office 28 February 2018'))).toBe(false);
  });
});

describe('the successor an ended term names (SUCCESSOR_NAMED)', () => {
  const both = (older: string, newer: string) =>
    reconcile([revision('r1', rendered(older), 'rendered'), revision('r2', rendered(newer), 'rendered')], { name: 't', title: 'T', language: 'en' })
      .reconciled.discrepancies.map((d) => [d.kind, d.old?.text ?? null, d.new?.text ?? null]);
  const trade = ['Minister of Trade', 'In office', '10 May 2009 – 10 May 2012', 'Preceded byAda Berg', 'Succeeded byKim Lund'];
  it('reports the successor of a term that ended as added, though the other box names that key for another office', () => {
    const before = ['Minister of Fisheries', 'Assumed office', '25 May 2014', 'Preceded byOlof Lind', ...trade].join('\n');
    const after = ['Minister of Fisheries', 'In office', '25 May 2014 – 28 February 2018', 'Preceded byOlof Lind', 'Succeeded byEva Holm', ...trade].join('\n');
    expect(both(before, after)).toContainEqual(['added', null, 'Succeeded byEva Holm']);
    // Either way round.
    expect(both(after, before)).toContainEqual(['removed', 'Succeeded byEva Holm', null]);
    // Both terms ended, both naming their successor: compared, not added.
    const ended = ['Minister of Fisheries', 'In office', '25 May 2014 – 28 February 2018', 'Preceded byOlof Lind', 'Succeeded byEva Holm', ...trade].join('\n');
    expect(both(ended, after)).toEqual([]);
  });
});

describe('a current term and its `Incumbent` label (INCUMBENT_LABEL)', () => {
  it('reports a current term that ended with the `Incumbent` line above it', () => {
    const box = 'Mayor of Harbourtown | |\nIncumbent | |\nAssumed office November 7, 1994 | |\nPreceded by | Olof Lind |';
    const found = report(box, '- Office: Mayor of Harbourtown\n- Term Start: 7 November 1994\n- Term End: 24 May 2018\n- Predecessor: Olof Lind').filter((d) => d[0] === 'fact-conflict');
    expect(found.map((d) => [d[1], d[2]])).toEqual([['Incumbent | | Assumed office November 7, 1994 | |', 'Term End: 24 May 2018']]);
  });
});

describe('the current term of one office on each side (OPEN_TERM_OF_OFFICE)', () => {
  const dumps = (older: string, newer: string) =>
    reconcile([revision('r1', rendered(older), 'rendered'), revision('r2', rendered(newer), 'rendered')], { name: 't', title: 'T', language: 'en' })
      .reconciled.discrepancies.map((d) => [d.kind, d.old?.text ?? null, d.new?.text ?? null]);
  const box = (harbour: string, coast: string) => ['Chair of the Harbour Board', 'Assumed office', harbour, 'Preceded by Olof Lind', 'Leader of the Coast Party', 'Assumed office', coast].join('\n');
  it('pairs the open terms under the same title and reports the start that changed', () => {
    expect(dumps(box('June 2007', '6 April 2002'), box('May 2007', '6 April 2002'))).toEqual([['fact-conflict', 'Assumed office June 2007', 'Assumed office May 2007']]);
    expect(dumps(box('June 2007', '6 April 2002'), box('June 2007', '6 April 2002'))).toEqual([]);
  });
});
