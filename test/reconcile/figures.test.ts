// Key figures: whole statements a reader takes in at a glance, by rules that know no article.
import { describe, expect, it } from 'vitest';
import { sentenceFigure } from '../../pipeline/reconcile/datasets.ts';
import { FIGURE_MAX_WORDS } from '../../pipeline/reconcile/rules.ts';
import { diff } from './helpers.ts';

describe('sentenceFigure', () => {
  it('takes the whole sentence as the label and its first amount outside parentheses as the value', () => {
    expect(sentenceFigure('In a poll last spring, 64% of farmers backed the new tariff (12% strongly).')).toEqual({
      value: '64%',
      label: 'In a poll last spring, 64% of farmers backed the new tariff (12% strongly).',
    });
    expect(sentenceFigure('Spain and Portugal share a 1,214-kilometer frontier.')?.value).toBe('1,214-kilometer');
  });
  it('takes the noun after an adjective as the unit', () => {
    expect(sentenceFigure('The bank put the loss at 3.2 billion convertible pesos (later revised).')?.value).toBe('3.2 billion convertible pesos');
  });
  it('leaves out a breakdown in parentheses, and a sentence whose only amount is one', () => {
    expect(sentenceFigure('Turnout was 71% (48% in towns and 23% in villages).')?.value).toBe('71%');
    expect(sentenceFigure('The vote passed with ease (a 52% majority).')).toBeNull();
  });
  it('does not take years, a number in a name, a label or a paragraph’s worth for a figure', () => {
    expect(sentenceFigure('The Treaty of 1860 was signed in Tientsin.')).toBeNull();
    expect(sentenceFigure('Apollo 11 landed in July 1969.')).toBeNull();
    expect(sentenceFigure('Capacity 40,000 seats')).toBeNull();
    const long = `The very long and winding old road ${'over the high pass '.repeat(8)}climbs 2,400 metres above the sea.`;
    expect(long.split(' ').length).toBeGreaterThan(FIGURE_MAX_WORDS);
    expect(sentenceFigure(long)).toBeNull();
  });
});

describe('keyFigures', () => {
  it('takes figures from the prose only: never a caption, a list item or an infobox line', () => {
    const r = diff('# T\n\nThe dam holds 40% of the supply.\n', '# T\n\nThe dam holds 40% of the water supply.\n\n- A list item of 12 km\n\n:::caption\nCapacity 900 tonnes in all\n:::\n');
    expect(r.reconciled.datasets.figures.map((f) => f.label)).toEqual(['The dam holds 40% of the water supply.']);
  });
});

describe('proseEvents', () => {
  it('dates statements anywhere in the prose: one date of a year, month or day, not a range or a bound', () => {
    const r = diff('# T\n\nThe mill opened.\n', '# T\n\nThe mill opened in 1850. It was rebuilt from 1901 to 1905. Trade fell after 1920.\n\n## Later\n\nA museum opened in May 1999 in the mill.\n');
    const events = r.reconciled.datasets.events.filter((e) => e.lane === 'events');
    expect(events.map((e) => [e.date.iso, e.label])).toEqual([
      ['1850', 'The mill opened in 1850.'],
      ['1999-05', 'A museum opened in May 1999 in the mill.'],
    ]);
  });
});
