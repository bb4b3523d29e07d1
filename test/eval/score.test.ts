// The scorer of the evaluation set cannot be fooled: wrong kinds, coarse blocks and not_differences count against.
import { describe, expect, it } from 'vitest';
import { scorePair, totals, type Entry, type Gold } from './score.ts';

const S1 = 'The bridge was opened in 1932 by the governor.';
const S1b = 'The bridge was opened in 1934 by the governor.';
const S2 = 'It carries four lanes of traffic across the river.';
const S2b = 'It carries six lanes of road traffic and two railway tracks across the river.';
const S3 = 'A museum about its construction opened nearby in the old toll house.';
const para = `${S1} ${S2} ${S3}`;

const gold = (differences: Gold['differences'], not_differences: Gold['not_differences'] = []): Gold => ({ article: 'A', genre: 'building', split: 'dev', differences, not_differences });
const e = (kind: string, old: string | null, newer: string | null): Entry => ({ kind, old: old === null ? null : { text: old }, new: newer === null ? null : { text: newer } });

describe('scorePair', () => {
  const conflict = gold([{ id: 'FC1', kind: 'fact-conflict', old: S1, new: S1b }]);

  it('credits a conflict found with its kind', () => {
    const s = scorePair(conflict, [e('fact-conflict', S1, S1b)]);
    expect([s.found, s.conflictsFound, s.truePositives, s.conflictsTrue]).toEqual([1, 1, 1, 1]);
  });

  it('counts a conflict reported as a rewording as a miss and a false positive', () => {
    const s = scorePair(conflict, [e('reworded', S1, S1b)]);
    expect(s.found).toBe(0);
    expect(s.conflictsFound).toBe(0);
    expect(s.truePositives).toBe(0);
    expect(s.falsePositives[0]).toContain('[wrong kind]');
  });

  it('counts a rewording reported as a conflict as a false conflict', () => {
    const s = scorePair(gold([{ id: 'RW1', kind: 'reworded', old: S2, new: S2b }]), [e('fact-conflict', S2, S2b)]);
    expect(s.found).toBe(0);
    expect(s.conflictsReported).toBe(1);
    expect(s.conflictsTrue).toBe(0);
    expect(totals([s]).conflictPrecision).toBe(0);
  });

  it('does not let a removed paragraph and an added paragraph find the statements inside them', () => {
    const g = gold([
      { id: 'FC1', kind: 'fact-conflict', old: S1, new: S1b },
      { id: 'RW1', kind: 'reworded', old: S2, new: S2b },
    ]);
    const s = scorePair(g, [e('removed', para, null), e('added', null, `${S1b} ${S2b} ${S3}`)]);
    expect(s.found).toBe(0);
    expect(s.truePositives).toBe(0);
  });

  it('does not let a whole paragraph reported as added find the one sentence added to it', () => {
    const g = gold([{ id: 'AD1', kind: 'added', old: null, new: S3 }]);
    expect(scorePair(g, [e('added', null, para)]).found).toBe(0);
    expect(scorePair(g, [e('added', null, S3)]).found).toBe(1);
  });

  it('finds an added paragraph reported sentence by sentence', () => {
    const g = gold([{ id: 'AD1', kind: 'added', old: null, new: para }]);
    const s = scorePair(g, [e('added', null, S1), e('added', null, S2), e('added', null, S3)]);
    expect(s.found).toBe(1);
    expect(s.truePositives).toBe(3);
    // Where one sentence alone holds half the block or more, the others are its parts too, not false positives.
    const two = gold([{ id: 'AD1', kind: 'added', old: null, new: `${S2b} ${S1}` }]);
    const t = scorePair(two, [e('added', null, S2b), e('added', null, S1)]);
    expect([t.found, t.truePositives, t.falsePositives.length]).toEqual([1, 2, 0]);
    // A sentence outside the block is still a false positive.
    expect(scorePair(two, [e('added', null, S2b), e('added', null, S1), e('added', null, S3)]).falsePositives).toHaveLength(1);
  });

  it('counts an entry on a not_differences item as a false positive, named as such', () => {
    const g = gold([], [{ id: 'ND1', old: 'Map of the river crossing', new: null, why: 'map label' }]);
    const s = scorePair(g, [e('removed', 'Map of the river crossing', null)]);
    expect(s.truePositives).toBe(0);
    expect(s.falsePositives[0]).toContain('[not a difference: ND1]');
    expect(totals([s]).precision).toBe(0);
    // A not-difference of citation markers alone has no words and names no entry.
    const markers = gold([], [{ id: 'ND2', old: null, new: '[2]', why: 'markers' }]);
    expect(scorePair(markers, [e('fact-conflict', 'Parking 12,287 spaces', 'Parking 12,300 spaces')]).falsePositives[0]).not.toContain('not a difference');
  });

  it('gives no credit for merely overlapping a gold span', () => {
    const g = gold([{ id: 'RW1', kind: 'reworded', old: S2, new: S2b }]);
    // The old side is right, the new side is another statement: not the rewording.
    const s = scorePair(g, [e('reworded', S2, S3)]);
    expect(s.found).toBe(0);
    expect(s.truePositives).toBe(0);
  });

  it('neither requires nor penalises soft items', () => {
    const g = gold([{ id: 'RW1', kind: 'reworded', old: S2, new: S2b, soft: true }]);
    expect(scorePair(g, []).gold).toBe(0);
    expect(scorePair(g, [e('reworded', S2, S2b)]).truePositives).toBe(1);
    // One side of a soft rewording reported as added is how another annotator could see it: neutral.
    expect(scorePair(g, [e('added', null, S2b)])).toMatchObject({ reported: 0, truePositives: 0, falsePositives: [] });
    // A conflict reported on it is still a false conflict.
    expect(scorePair(g, [e('fact-conflict', S2, S2b)])).toMatchObject({ reported: 1, truePositives: 0, conflictsReported: 1, conflictsTrue: 0 });
    // A soft conflict reported as a rewording is neutral too; a rewording reported as a conflict is not.
    const conflict = gold([{ id: 'FC1', kind: 'fact-conflict', old: S2, new: S2b, soft: true }]);
    expect(scorePair(conflict, [e('reworded', S2, S2b)])).toMatchObject({ reported: 0, falsePositives: [] });
    // So is a whole sentence reported as reworded around a soft conflict the gold gives as one clause of it.
    const clause = gold([{ id: 'FC2', kind: 'fact-conflict', old: 'a writer, critic and translator.', new: 'a critic and publisher.', soft: true }]);
    const whole = e('reworded', 'Ann Lee (born 1950 in a small town near Leeds) is a writer, critic and translator.', 'Ann Lee (born 1950 in a small town near Leeds) is a critic and publisher.');
    expect(scorePair(clause, [whole])).toMatchObject({ reported: 0, falsePositives: [] });
    // An entry mostly outside the soft item is not excused.
    expect(scorePair(g, [e('added', null, S3)]).reported).toBe(1);
  });

  it('keeps reference-list entries out of the body score', () => {
    const s = scorePair(gold([]), [{ ...e('removed', '^ A source, 2001.', null), part: 'references' }]);
    expect(s.reported).toBe(0);
  });

  it('accepts a kind the gold lists as also right, and counts a kind that is merely off against kind accuracy', () => {
    const g = gold([{ id: 'MV1', kind: 'moved', old: S2, new: S2b, also: ['reworded'] }, { id: 'RW1', kind: 'reworded', old: S1, new: S1 + ' It was the longest.' }]);
    const s = scorePair(g, [e('reworded', S2, S2b), e('moved', S1, S1 + ' It was the longest.')]);
    expect(s.found).toBe(2);
    expect(s.kindRight).toBe(1);
  });
});

describe('a block reported whole', () => {
  it('finds the gold items inside it only when the gold explains the whole block', () => {
    const S4 = 'Its old ferry pier was demolished in the spring of 1960.';
    const removed = gold([
      { id: 'RM1', kind: 'removed', old: S2, new: null },
      { id: 'RM2', kind: 'removed', old: S3, new: null },
      { id: 'RW1', kind: 'reworded', old: S4, new: 'The pier went in 1960.', soft: true },
    ]);
    const block = e('removed', null, null);
    block.old = { text: `${S2} ${S3} ${S4}` };
    expect(scorePair(removed, [block])).toMatchObject({ found: 2, truePositives: 1 });
    const unexplained = gold([{ id: 'RM1', kind: 'removed', old: S2, new: null }]);
    expect(scorePair(unexplained, [block])).toMatchObject({ found: 0, truePositives: 0 });
  });
});

describe('the gold read the other way round (REVERSED)', () => {
  it('swaps the sides, and additions with removals', async () => {
    const { reversedGold } = await import('./pairs.ts');
    const gold: Gold = {
      article: 'A', genre: 'city', split: 'dev',
      differences: [
        { id: 'AD1', kind: 'added', old: null, new: 'The port opened in 1990.' },
        { id: 'FC1', kind: 'fact-conflict', old: 'It has 12 piers.', new: 'It has 14 piers.', also: ['removed'] },
      ],
      not_differences: [{ id: 'ND1', old: '[1]', new: null }],
    };
    const r = reversedGold(gold);
    expect(r.differences).toEqual([
      { id: 'AD1', kind: 'removed', old: 'The port opened in 1990.', new: null },
      { id: 'FC1', kind: 'fact-conflict', old: 'It has 14 piers.', new: 'It has 12 piers.', also: ['added'] },
    ]);
    expect(r.not_differences).toEqual([{ id: 'ND1', old: null, new: '[1]' }]);
  });
});
