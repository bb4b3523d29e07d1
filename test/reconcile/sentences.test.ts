import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/reconcile/sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits ordinary prose at full stops', () => {
    expect(texts('The bridge opened in 1932. It carries six lanes.')).toEqual(['The bridge opened in 1932.', 'It carries six lanes.']);
  });
  it('keeps initials inside a sentence', () => {
    expect(texts('The poem is by W. H. Auden and was set by B. Britten. Both lived in London.')).toEqual([
      'The poem is by W. H. Auden and was set by B. Britten.',
      'Both lived in London.',
    ]);
  });
  it('keeps common abbreviations and dotted acronyms inside a sentence', () => {
    expect(texts('Dr. Smith met the U.S. delegation in Geneva. Talks failed.')).toEqual(['Dr. Smith met the U.S. delegation in Geneva.', 'Talks failed.']);
  });
  it('keeps a quotation that ends in a full stop with its sentence', () => {
    expect(texts('The mayor called it "a disgrace." Then he resigned.')).toEqual(['The mayor called it "a disgrace."', 'Then he resigned.']);
  });
  it('does not start a sentence with a lowercase word', () => {
    expect(texts('Output rose by approx. ten percent. Prices fell.')).toEqual(['Output rose by approx. ten percent.', 'Prices fell.']);
  });
  it('reports offsets into the input', () => {
    const input = '  First one.  Second one.';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
