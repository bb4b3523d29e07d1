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
    // A saint's French title and military ranks before a name (`Sault Ste. Marie`, `Maj. Berg`).
    expect(texts('The ferry runs to Sault Ste. Marie daily. Maj. Berg led the unit. It left.')).toEqual(['The ferry runs to Sault Ste. Marie daily.', 'Maj. Berg led the unit.', 'It left.']);
    // Glued to a key before it by a dump.
    expect(texts('Parent companySte. Anne Holdings')).toEqual(['Parent companySte. Anne Holdings']);
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

describe('splitSentences on real-dump shapes', () => {
  it('splits sentences glued without a space', () => {
    expect(texts('The mill closed in Leeds.The town then grew.')).toEqual(['The mill closed in Leeds.', 'The town then grew.']);
    expect(texts('Work began in 1961.1962 brought floods.')).toEqual(['Work began in 1961.', '1962 brought floods.']);
    expect(texts('It was rebuilt (1877).Later it burned.')).toEqual(['It was rebuilt (1877).', 'Later it burned.']);
  });
  it('splits after a Roman numeral or an acronym when a sentence plainly starts', () => {
    expect(texts('It was used in World War I. The hall was sold.')).toEqual(['It was used in World War I.', 'The hall was sold.']);
    expect(texts('The firm moved to the U.S. It grew fast.')).toEqual(['The firm moved to the U.S.', 'It grew fast.']);
  });
  it('keeps a dotted acronym closing a parenthesis inside its sentence, unless a sentence plainly starts', () => {
    expect(texts('Its owner is Northrail (U.K.) Ltd. and the city.')).toEqual(['Its owner is Northrail (U.K.) Ltd. and the city.']);
    expect(texts('Parent company: Northrail (U.K.) Ltd., the city')).toEqual(['Parent company: Northrail (U.K.) Ltd., the city']);
    expect(texts('It moved (to the U.K.) The next year it closed.')).toEqual(['It moved (to the U.K.)', 'The next year it closed.']);
  });
  it('keeps the stops inside a square bracket the text closes later in one sentence (OPEN_BRACKET)', () => {
    expect(texts('staff = 2,907 [ Results for the year, retrieved 12. 19. 2007] and more. The next one.')).toEqual(['staff = 2,907 [ Results for the year, retrieved 12. 19. 2007] and more.', 'The next one.']);
    // SHORT_ASIDE: a parenthesis closed a few characters on holds its stop; a long one does not.
    expect(texts('Largest town | Vik (pop. 13,639) | |')).toEqual(['Largest town | Vik (pop. 13,639) | |']);
    expect(texts('It grew (as the census of 1990 showed. The town then doubled in size over ten years.) It is large.')).toHaveLength(3);
    // A bracket never closed holds the text no longer than any sentence.
    expect(texts('It opened [ in 1961. It closed in 1970. The hall was sold.')).toHaveLength(3);
  });
  it('splits before a sentence that opens with a year', () => {
    expect(texts('The dam was finished in 1963. 1964 brought the first floods.')).toEqual(['The dam was finished in 1963.', '1964 brought the first floods.']);
  });
  it('keeps initials, dotted acronyms, abbreviations and domain names inside a sentence', () => {
    expect(texts('A book by J. R. R. Tolkien was sold in the U.S. market. It sold well.')).toEqual(['A book by J. R. R. Tolkien was sold in the U.S. market.', 'It sold well.']);
    expect(texts('He moved to St.Albans and met Dr. The Hon. Jane Smith at example.com in May.')).toHaveLength(1);
    expect(texts('The station, opened c. 1900, is listed, e.g. The Times said so.')).toHaveLength(1);
    expect(texts('Decimals like 3.5 and 12.75 stay whole.')).toHaveLength(1);
  });
});
