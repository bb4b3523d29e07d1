// When two names name the same thing (NAME_INSIDE): a name inside a longer one, the same last word; not one shared word.
import { describe, expect, it } from 'vitest';
import { sameReferent } from '../../pipeline/reconcile/names.ts';
import { fieldValuesConflict } from '../../pipeline/reconcile/fields.ts';

describe('sameReferent', () => {
  it('takes a name inside a longer one, or the same surname or head, as one referent', () => {
    expect(sameReferent('Paris', 'Paris, Texas')).toBe(true);
    expect(sameReferent('Starmer', 'Sir Keir Starmer')).toBe(true);
    expect(sameReferent('Tsakhiagiin Elbegdorj', 'Tsakhia Elbegdorj')).toBe(true);
    expect(sameReferent('Shinzō Abe', 'Shinzo Abe')).toBe(true);
    expect(sameReferent('France', 'French Republic')).toBe(true);
    // INITIALS: an acronym and the name it spells, defined in the text or not.
    expect(sameReferent('ROC', 'Republic of China')).toBe(true);
    expect(sameReferent('Harbour Trust Board', 'HTB')).toBe(true);
    expect(sameReferent('ROC', 'Republic of Korea')).toBe(false);
  });
  it('does not take one shared word for one referent', () => {
    expect(sameReferent('Anna Berg', 'Anna Lind')).toBe(false);
    expect(sameReferent('Harbour Trust', 'Harbour Board')).toBe(false);
  });
  it('makes an infobox holder that kept only a first word a conflict', () => {
    expect(fieldValuesConflict('Harbour Trust', 'The Harbour Board')).toBe(true);
    expect(fieldValuesConflict('Olivia Chow', 'Chow')).toBe(false);
  });
});
