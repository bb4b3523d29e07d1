// Key figures: one value and the short phrase it reads in, by rules that know no article.
import { describe, expect, it } from 'vitest';
import { FIGURE_LABEL_WORDS, sentenceFigures } from '../../pipeline/reconcile/datasets.ts';

describe('sentenceFigures', () => {
  it('labels a figure with its clause, cut at punctuation', () => {
    expect(sentenceFigures('In a poll last spring, 64% of farmers backed the new tariff (12% strongly), says the report.')).toEqual([
      { value: '64%', label: '64% of farmers backed the new tariff' },
    ]);
  });

  it('keeps the words before the figure when it is measured by them', () => {
    expect(sentenceFigures('After the storm, rail traffic on the coast fell by 40% and the ports stayed shut.')).toEqual([
      { value: '40%', label: 'Rail traffic on the coast fell by 40%' },
    ]);
  });

  it('keeps the noun a figure qualifies, through a name joined by and', () => {
    expect(sentenceFigures('Spain and Portugal share a 1,214-kilometer frontier.')).toEqual([{ value: '1,214-kilometer', label: 'Spain and Portugal share a 1,214-kilometer frontier' }]);
  });

  it('takes the noun after an adjective as the unit', () => {
    const [f] = sentenceFigures('The bank put the loss at 3.2 billion convertible pesos (later revised).');
    expect(f.value).toBe('3.2 billion convertible pesos');
    expect(f.label).toBe('The bank put the loss at 3.2 billion convertible pesos');
  });

  it('starts a label after a relative word, and drops a leading connector', () => {
    expect(sentenceFigures('The mill closed, a loss which the owners put at 900 tonnes.')[0].label).toBe('The owners put at 900 tonnes');
    expect(sentenceFigures('Most voters agreed, with 7% opposing the plan.')[0].label).toBe('7% opposing the plan');
  });

  it('gives one figure per clause, but one for each clause that measures something else', () => {
    const one = sentenceFigures('The proposed 410 km canal linking Lake Ames and Lake Bury will carry 12 million tonnes of grain a year and could open by 2031.');
    expect(one).toEqual([{ value: '410 km', label: 'The proposed 410 km canal linking Lake Ames and Lake Bury' }]);
    const two = sentenceFigures('Exports rose by 12%, while imports fell by 3%.');
    expect(two.map((f) => f.label)).toEqual(['Exports rose by 12%', 'Imports fell by 3%']);
  });

  it('leaves out breakdowns in parentheses when the sentence has a figure outside them', () => {
    expect(sentenceFigures('Turnout was 71% (48% in towns and 23% in villages).').map((f) => f.value)).toEqual(['71%']);
    expect(sentenceFigures('The vote (a 52% majority) passed.').map((f) => f.value)).toEqual(['52%']);
  });

  it('caps a label, cutting around the figure', () => {
    const [f] = sentenceFigures('The very long and winding old northern mountain road over the high pass that nobody uses climbs 2,400 metres above the sea.');
    expect(f.label.split(' ').filter((w) => w !== '…').length).toBeLessThanOrEqual(FIGURE_LABEL_WORDS);
    expect(f.label).toContain('2,400 metres');
  });

  it('does not take years for figures, nor a number in a name', () => {
    expect(sentenceFigures('The Treaty of 1860 was signed in Tientsin.')).toEqual([]);
    expect(sentenceFigures('Apollo 11 landed in July 1969.')).toEqual([]);
  });
});
