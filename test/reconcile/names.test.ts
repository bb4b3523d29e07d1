// When two names name the same thing (NAME_INSIDE): a name inside a longer one, the same last word; not one shared word.
import { describe, expect, it } from 'vitest';
import { identifyingWords, isAlias, sameReferent } from '../../pipeline/reconcile/names.ts';
import { abbreviates, agentKeys, extendsKey, fieldValuesConflict, isLayoutField, normalKey, numberedColumns, numbersOf, pairFields, parseField, roleHolderChanges, sameValue, type Field } from '../../pipeline/reconcile/fields.ts';

/** Fields named by their keys, in order (their values do not matter to pairing). */
const fields = (keys: string[]) => new Map<number, Field>(keys.map((key, i) => [i, { key, value: 'x', norm: key }]));

describe('a list of codes that gained or lost its last entries (ENTRIES_APPENDED)', () => {
  it('is a conflict for codes, not for a chain of places a later copy extends', () => {
    expect(fieldValuesConflict('204, 431', '204, 431, 584')).toBe(true);
    expect(fieldValuesConflict('.kt, .kts, .kexe', '.kt, .kts')).toBe(true);
    expect(fieldValuesConflict('204, 431', '204, 431')).toBe(false);
    expect(fieldValuesConflict('Kastrup, Tårnby', 'Kastrup, Tårnby, Copenhagen, Denmark')).toBe(false);
    // One entry is no list: `Infectious disease` / `Infectious disease, immunology` is no set of codes either.
    expect(fieldValuesConflict('204', '204, 431')).toBe(false);
  });
});

describe('sameReferent', () => {
  it('reads a name with an ʻokina or a modifier apostrophe as the name without it (APOSTROPHE_LETTERS)', () => {
    expect(sameReferent('Hawaiʻi', 'Hawaii')).toBe(true);
    expect(fieldValuesConflict('Hawaiʻi, United States', 'Hawaii, United States')).toBe(false);
    expect(fieldValuesConflict('Oʻahu, United States', 'Maui, United States')).toBe(true);
  });
  it("reads a country's three-letter code in capitals as that country (COUNTRY_CODE)", () => {
    expect(fieldValuesConflict('Argentina', 'ARG')).toBe(false);
    expect(fieldValuesConflict('Germany', 'GER')).toBe(false);
    expect(fieldValuesConflict('Argentina', 'CHL')).toBe(true);
    // Not a word that only spells a code.
    expect(sameReferent('Peru', 'Per')).toBe(false);
  });
  it("reads a country's other short spelling in capitals as that country, never a word in small letters (SHORT_COUNTRY)", () => {
    expect([...identifyingWords('UK Ministry of Defence')]).toEqual([...identifyingWords('British Ministry of Defence')]);
    expect(fieldValuesConflict('UK', 'United Kingdom')).toBe(false);
    expect(fieldValuesConflict('UAE', 'United Arab Emirates')).toBe(false);
    expect([...identifyingWords('help us')]).toEqual(['help', 'us']);
  });
  it('reads a short spelling with full stops, or a two-letter code so written after a comma, as the country (DOTTED_COUNTRY)', () => {
    expect(fieldValuesConflict('Lind County, Norland, USA', 'Lind County, Norland, U.S.')).toBe(false);
    expect(fieldValuesConflict('U.K.', 'United Kingdom')).toBe(false);
    expect(fieldValuesConflict('Lind County, Norland, U.S.', 'Lind County, Norland, Canada')).toBe(true);
    // A code with full stops elsewhere is another abbreviation (`S.J.` after a Jesuit's name is no Svalbard).
    expect([...identifyingWords('Anna Berg S.J., Lind')]).not.toContain('country:SJM');
  });
  it('takes a name inside a longer one, or the same surname or head, as one referent', () => {
    expect(sameReferent('Paris', 'Paris, Texas')).toBe(true);
    expect(sameReferent('Starmer', 'Sir Keir Starmer')).toBe(true);
    expect(sameReferent('Tsakhiagiin Elbegdorj', 'Tsakhia Elbegdorj')).toBe(true);
    expect(sameReferent('Shinzō Abe', 'Shinzo Abe')).toBe(true);
    expect(sameReferent('France', 'French Republic')).toBe(true);
    // ORGANIZATION_HEAD: a shared word that only says what kind of body it is makes no one body; a surname does.
    expect(fieldValuesConflict('Harbour Pilots Commission', 'Maritime Commission')).toBe(true);
    expect(fieldValuesConflict('Harbour Pilots Commission', 'Pilots Commission')).toBe(false);
    expect(fieldValuesConflict('Kate Lindqvist', 'Katherine Lindqvist')).toBe(false);
    // INITIALS: an acronym and the name it spells, defined in the text or not.
    expect(sameReferent('ROC', 'Republic of China')).toBe(true);
    expect(sameReferent('Harbour Trust Board', 'HTB')).toBe(true);
    expect(sameReferent('ROC', 'Republic of Korea')).toBe(false);
    // SHORT_PLURAL: a two-word name's first word with an `s` (`Olympics`); not another word's plural.
    expect(sameReferent('Harbour Games', 'Harbours')).toBe(true);
    expect(sameReferent('Harbour Games', 'Harbors')).toBe(false);
    // Its small words kept, a leading article not (`TOI`, `The Times of India`).
    expect(sameReferent('The Times of Norland', 'TON')).toBe(true);
    expect(sameReferent('The Times of Norland', 'TNO')).toBe(false);
    // With full stops, or as the tokens a diff leaves of them.
    expect(sameReferent('U.S.', 'United States')).toBe(true);
    expect(sameReferent('H T B', 'Harbour Trust Board')).toBe(true);
    expect(sameReferent('H.T.', 'Harbour Trust Board')).toBe(false);
    // PART_INITIALS: some words kept, the rest as their initials; the kept words must be the same.
    expect(isAlias('Norland PTD', 'Norland Platform Technology Development')).toBe(true);
    expect(isAlias('Southland PTD', 'Norland Platform Technology Development')).toBe(false);
    expect(fieldValuesConflict('Norland Platform Technology Development', 'Norland PTD')).toBe(false);
    // JOINED_INSIDE: the same words split otherwise.
    expect(sameReferent('Harbour Blue Book', 'Harbour Bluebook of Norland')).toBe(true);
    expect(sameReferent('Anna', 'Annabel Lind')).toBe(false);
    // OTHER_ENDING: one word, the same but for a last `s` or `n` (a range and its adjective); not a two-word name.
    expect(sameReferent('Norlandas', 'Norlandan')).toBe(true);
    expect(sameReferent('Serena Williams', 'Prince William')).toBe(false);
    expect(sameReferent('Oslos', 'Oslon')).toBe(false);
  });
  it('does not take one shared word for one referent', () => {
    expect(sameReferent('Anna Berg', 'Anna Lind')).toBe(false);
    expect(sameReferent('Harbour Trust', 'Harbour Board')).toBe(false);
  });
  it('makes an infobox holder that kept only a first word a conflict', () => {
    expect(fieldValuesConflict('Harbour Trust', 'The Harbour Board')).toBe(true);
    expect(fieldValuesConflict('Olivia Chow', 'Chow')).toBe(false);
  });
  it('compares a value of several dates date by date where both give as many (SPANS_ONE_BY_ONE)', () => {
    expect(fieldValuesConflict('2007–2010; 2013–2024 (planned)', '2007–2010; 2013–2028 (planned)')).toBe(true);
    expect(fieldValuesConflict('2007–2010; 2013–2024 (planned)', '2007–2010; 2013–2024')).toBe(false);
    // One date added beside one kept is no change of it.
    expect(fieldValuesConflict('2007–2010', '2007–2010; 2013–2024 (planned)')).toBe(false);
  });
  it('takes a word joined or split by a hyphen for the same word in a value', () => {
    expect(sameValue('Promote monetary co-operation, facilitate trade', 'Promote monetary cooperation, facilitate trade')).toBe(true);
    expect(sameValue('Promote monetary cooperation', 'Promote monetary competition')).toBe(false);
  });
  it('takes two values in sentence case for kinds described, not holders named (COMMON_PHRASE)', () => {
    expect(fieldValuesConflict('Song contest', 'Music competition')).toBe(false);
    expect(fieldValuesConflict('Harbour Trust', 'Pilot Guild')).toBe(true);
    expect(fieldValuesConflict('Areva', 'Framatome')).toBe(true);
  });
  it('compares a value that gives only a rank with an amount as nothing (RANK_NOT_AMOUNT), a rank with a rank', () => {
    expect(fieldValuesConflict('Ranked 3rd', '4,049/km2 (10,490/sq mi)')).toBe(false);
    expect(fieldValuesConflict('Ranked 3rd', 'Ranked 4th')).toBe(true);
    // An amount with its rank beside it is an amount: compared with the other amount.
    expect(fieldValuesConflict('7.3 million (2016)', '8.7 million (2024) Ranked 1st nationally')).toBe(true);
  });
});

describe('infobox keys (KEY_ABBREVIATION)', () => {
  it('pairs a key with its abbreviation, small words aside, and not with a key that only starts alike', () => {
    expect(abbreviates('num employees', 'number of employees')).toBe(true);
    expect(abbreviates('subsid', 'subsidiaries')).toBe(true);
    expect(abbreviates('owner', 'owners')).toBe(true);
    // KEY_INITIALS: a short key that spells the other's initials.
    expect(abbreviates('gm', 'general manager')).toBe(true);
    expect(abbreviates('harbour master', 'hm')).toBe(true);
    expect(abbreviates('gm', 'grand master of the order')).toBe(false);
    expect(abbreviates('founded', 'founder')).toBe(false);
    expect(abbreviates('key people', 'key')).toBe(false);
    expect(abbreviates('po', 'population')).toBe(false);
  });
  it('reads a page source\'s contracted word, its letters in order from the first two, the last the same (WORD_CONTRACTION)', () => {
    expect(abbreviates('ret nums', 'retired numbers')).toBe(true);
    expect(abbreviates('div champs', 'division championships')).toBe(true);
    expect(abbreviates('name', 'nickname')).toBe(false);
    expect(abbreviates('nums', 'names')).toBe(false);
    // Its consonants alone, from the first letter to the last.
    expect(abbreviates('ntl team', 'national team')).toBe(true);
    expect(abbreviates('mgr', 'manager')).toBe(true);
    expect(abbreviates('ntl team', 'natal team')).toBe(true);
    expect(abbreviates('nl team', 'national team')).toBe(false);
    expect(abbreviates('mtr', 'manager')).toBe(false);
  });
  it('pairs by abbreviation only the fields no exact key took, and only where one field answers', () => {
    expect(pairFields(fields(['number of employees', 'owners', 'area']), fields(['area', 'num employees', 'owner']))).toEqual([
      { old: 0, new: 1 },
      { old: 1, new: 2 },
      { old: 2, new: 0 },
    ]);
    // Two keys the abbreviation could stand for: neither is taken.
    expect(pairFields(fields(['pop']), fields(['population', 'popularity']))).toEqual([]);
  });
});

describe('infobox keys in British and American spelling', () => {
  it('pairs `Epicentre` with `Epicenter` (SPELLING_VARIANTS), not with another key', () => {
    expect(pairFields(fields(['epicentre', 'depth']), fields(['depth', 'epicenter']))).toEqual([
      { old: 0, new: 1 },
      { old: 1, new: 0 },
    ]);
    expect(pairFields(fields(['centre']), fields(['central']))).toEqual([]);
  });
});

describe('infobox keys with a word more (KEY_EXTENSION)', () => {
  it('pairs a key with the same key and one word more, a one-word key only as the longer key\'s last word', () => {
    expect(extendsKey('assets', 'total assets')).toBe(true);
    expect(extendsKey('native name lang', 'native name')).toBe(true);
    expect(extendsKey('current', 'current champion')).toBe(false);
    expect(extendsKey('population', 'population density rank')).toBe(false);
    expect(extendsKey('area', 'area')).toBe(false);
    // A three-letter head (an acronym's) too: `TEU` / `Annual TEU`, `GDP` / `Nominal GDP`; not as the first word.
    expect(extendsKey('teu', 'annual teu')).toBe(true);
    expect(extendsKey('gdp', 'gdp rank')).toBe(false);
    expect(extendsKey('of a', 'of a b')).toBe(false);
    // A page source's unit after its key (`elevation_m`, `length_km`: UNIT_TAIL).
    expect(extendsKey('elevation m', 'elevation')).toBe(true);
    expect(extendsKey('length km', 'length')).toBe(true);
    expect(extendsKey('length x', 'length')).toBe(false);
    // A measured amount and a bare count of another size are two fields (KIND_GUARD); the same figure is one.
    expect(paired([['Total', '2,520.81 km2 (973.29 sq mi)']], [['Population Total', '78745']])).toEqual([]);
    expect(paired([['Elevation', '2,460 m (8,070 ft)']], [['Elevation M', '2,460']])).toEqual([{ old: 0, new: 0 }]);
    // Or as its first word before a word that only says what its value is (`Fleet size` / `Fleet`: KEY_TAIL), no other word.
    expect(extendsKey('fleet', 'fleet size')).toBe(true);
    expect(extendsKey('staff count', 'staff')).toBe(true);
    expect(extendsKey('inaugural', 'inaugural holder')).toBe(true);
    expect(extendsKey('population', 'population density')).toBe(false);
  });
  it('pairs by extension only where one field answers on each side', () => {
    expect(pairFields(fields(['total assets', 'seat']), fields(['seat', 'assets']))).toEqual([
      { old: 0, new: 1 },
      { old: 1, new: 0 },
    ]);
    expect(pairFields(fields(['total assets', 'net assets']), fields(['assets']))).toEqual([]);
  });
  it('pairs a page source\'s key of one word that ends with the other\'s key, after KEY_SYNONYMS (TAIL_JOINED)', () => {
    expect(paired([['Population', '4,242,997 (est 2016)'], ['Sheriff', 'Anna Lind']], [['Sizepopulation', '4,496,588 (est 2021)']])).toEqual([{ old: 0, new: 0 }]);
    // Too short a key to tell (`Cost` in `Unitcost`), or two keys ending alike: no pair.
    expect(paired([['Cost', 'US$5 million']], [['Unitcost', 'US$2 million']])).toEqual([]);
    expect(paired([['Podiums', '50']], [['Teampodiums', '31'], ['Solopodiums', '62']])).toEqual([]);
  });
  it('pairs, of several fields whose keys are alike, the one stating the same figures (ALIKE_SAME_VALUE)', () => {
    const olds: Array<[string, string]> = [['Catchment area', '29,241 km2 (11,290 sq mi)'], ['Surface area', '1,942 km2 (750 sq mi)']];
    expect(paired(olds, [['Area', '1942 km2']])).toEqual([{ old: 1, new: 0 }]);
    // With no figures the same and both of that size, still no pair: which area changed cannot be told.
    expect(paired([['Catchment area', '1,900 km2'], ['Surface area', '1,942 km2']], [['Area', '2,000 km2']])).toEqual([]);
    expect(paired([['Total assets', 'US$5 billion'], ['Net assets', 'US$2 billion']], [['Assets', 'US$2 billion']])).toEqual([{ old: 1, new: 0 }]);
  });
});

describe('infobox values', () => {
  it('compares holders by their role (ROLE_HOLDERS), a role named once on each side', () => {
    expect(roleHolderChanges('Anna Berg (chair); Olof Lind (vice chair)', 'Olof Lind (chair) Olof Lind (vice chair)')).toEqual([{ old: 'Anna Berg (chair)', new: 'Olof Lind (chair)' }]);
    expect(roleHolderChanges('Jon Ek (director)', 'Jon Ek (director & CEO) Per Ny (harbour master)')).toEqual([]);
    // Chairman, chairwoman and chairperson are one role; the same role pairs before one that opens with its words.
    expect(roleHolderChanges('Jon Ek (CEO); Per Ny (Chairman); Eva Dahl (CEO Harbour Freight)', 'Anna Berg (CEO); Olof Lind (Chairperson)')).toEqual([
      { old: 'Jon Ek (CEO)', new: 'Anna Berg (CEO)' },
      { old: 'Per Ny (Chairman)', new: 'Olof Lind (Chairperson)' },
    ]);
    // The same words in parentheses twice are no role (`Alpha (brand)`, `Beta (brand)`).
    expect(roleHolderChanges('Alpha (brand); Beta (brand)', 'Gamma (brand) Beta (brand)')).toEqual([]);
    expect(fieldValuesConflict('Anna Berg (chair); Olof Lind (vice chair)', 'Olof Lind (chair) Anna Berg (vice chair)')).toBe(true);
  });
  it("names a peer by the surname in the style, not the title's place (PEERAGE)", () => {
    expect(fieldValuesConflict('Anna Berg', 'The Baroness Berg of Harbourside')).toBe(false);
    expect(fieldValuesConflict('Olof Lind', 'Lord Lind of North Norland')).toBe(false);
    expect(fieldValuesConflict('Anna Berg', 'The Baroness Lind of Harbourside')).toBe(true);
  });
  it('takes a list of names each of whose entries the other value states for no conflict (LIST_GROWTH)', () => {
    expect(fieldValuesConflict('class=nowrap, Harbour liberalism, Green politics', 'Coastal federalism Harbour liberalism Green politics Localism')).toBe(false);
    expect(fieldValuesConflict('Harbour liberalism, Green politics', 'Coastal federalism Localism')).toBe(true);
  });
  it('reads a hyphen inside a word as no change of a listed entry (HYPHEN_INSIDE)', () => {
    expect(fieldValuesConflict('Promote harbour cooperation, support coastal trade', 'Promote harbour co-operation, support coastal trade, fund Lighthouse repairs')).toBe(false);
    expect(fieldValuesConflict('Promote harbour cooperation, support coastal trade', 'Promote harbour co-ordination, support coastal trade, fund Lighthouse repairs')).toBe(true);
  });
  it('calls the same name after another ordinal another edition (EDITION_CHANGED)', () => {
    expect(fieldValuesConflict('60th Norland Film Awards', '70th Norland Film Awards')).toBe(true);
    expect(fieldValuesConflict('60th Norland Film Awards', '60th Norland Film Awards[2]')).toBe(false);
    expect(fieldValuesConflict('60th Norland Film Awards', '60th Norland Film Awards ceremony')).toBe(false);
  });
  it('calls the same name under another code in capitals another affiliation (CODE_ASIDE)', () => {
    expect(fieldValuesConflict('Anna Berg (NLP)', 'Anna Berg (CCP)')).toBe(true);
    expect(fieldValuesConflict('Anna Berg (NLP)', 'Anna Berg (NLP)[3]')).toBe(false);
    expect(fieldValuesConflict('Anna Berg (NLP)', 'Anna Berg')).toBe(false);
  });
  it('takes entries that are each the same or an acronym and the name it spells for one value (ENTRY_ALIASES)', () => {
    expect(fieldValuesConflict('Commodore, RNN', 'Commodore, Royal Norland Navy')).toBe(false);
    expect(fieldValuesConflict('Commodore, RNN', 'Admiral, Royal Norland Navy')).toBe(true);
    expect(fieldValuesConflict('Commodore, RNN', 'Commodore, Royal Danish Navy')).toBe(true);
  });
  it('takes one amount given first in another of its units for no conflict (UNITS_REORDERED)', () => {
    expect(fieldValuesConflict('101.3 kPa (14.7 psi; 1.0 atm)', '1 atm (101.3 kPa; 14.7 psi) 79% nitrogen, 21% oxygen')).toBe(false);
    expect(fieldValuesConflict('101.3 kPa (14.7 psi)', '99.0 kPa (14.4 psi)')).toBe(true);
    expect(fieldValuesConflict('5,000 (2019)', '5,200 (2020)')).toBe(true);
  });
  it('takes a list of figures that gained or lost an entry for no conflict (LIST_GROWTH)', () => {
    expect(fieldValuesConflict('Line 1: 12 stops; Line 2: 9 stops', 'Line 1: 12 stops; Line 2: 9 stops; Line 3: 14 stops')).toBe(false);
    expect(fieldValuesConflict('Line 1: 12 stops; Line 2: 9 stops', 'Line 1: 12 stops; Line 2: 11 stops')).toBe(true);
  });
  it('compares nothing with a value an export cut to its first letters (TRUNCATED_VALUE)', () => {
    expect(fieldValuesConflict('Under construction', 'U')).toBe(false);
    expect(fieldValuesConflict('Anna Berg', 'O')).toBe(true);
  });
  it('compares no names with a value an export cut at its head (LOST_HEAD)', () => {
    expect(fieldValuesConflict('Anna Berg', '(historic), Olof Lind (since 1998)')).toBe(false);
    expect(fieldValuesConflict('Anna Berg', 'Olof Lind (since 1998)')).toBe(true);
    // A name between commas lost only its flag; a date in parentheses after a name is an aside (DATED_ASIDE).
    expect(fieldValuesConflict('Anna Berg', ', Olof Lind, (since October 24, 2023)')).toBe(true);
    expect(fieldValuesConflict('Anna Berg', ', Anna Berg, (since October 24, 2023)')).toBe(false);
  });
});

describe('figures of a value', () => {
  it('reads an ordinal that opens a name as part of the name (ORDINAL_NAME), a rank as a figure', () => {
    expect(numbersOf('20th Century Studios')).toEqual([]);
    expect(numbersOf('the 36th largest port, 1,200 berths')).toEqual([36, 1200]);
  });
});

describe('keys of who did it (KEY_AGENT)', () => {
  it('pairs `Produced by` with `Producer`, `Edited by` with `Editing`, `Written by` with `Writer`, not `Founded` with `Founder`', () => {
    expect(agentKeys('producedby', 'producer')).toBe(true);
    expect(agentKeys('editing', 'editedby')).toBe(true);
    expect(agentKeys('writtenby', 'writer')).toBe(true);
    expect(agentKeys('founded', 'founder')).toBe(false);
    expect(agentKeys('producedby', 'location')).toBe(false);
    // An office box's succession keys pair within their offices.
    expect(agentKeys('succeededby', 'successor')).toBe(false);
  });
});

describe('a dump row drawn with a text bullet', () => {
  it('reads the key glued after the bullet where the value is a figure or a name of two words, not a list entry', () => {
    expect(parseField('• Capital city4,000,000')).toMatchObject({ key: 'Capital city', value: '4,000,000' });
    expect(parseField('• GovernorAnna Berg Lind')).toMatchObject({ key: 'Governor', value: 'Anna Berg Lind' });
    expect(parseField('• DeepMap')).toBeUndefined();
  });
});

describe('two-column infobox rows (TWO_COLUMNS)', () => {
  it('reads a row whose columns open with the same label as one field of two columns, compared column by column', () => {
    expect(parseField('Consul Anna Berg | Consul Olof Lind |')).toMatchObject({ key: 'Consul', value: 'Anna Berg | Olof Lind' });
    expect(parseField('Consul Eva HolmConsul Olof Lind')).toMatchObject({ key: 'Consul', value: 'Eva Holm | Olof Lind' });
    expect(fieldValuesConflict('Anna Berg | Olof Lind', 'Eva Holm | Olof Lind')).toBe(true);
    expect(fieldValuesConflict('Anna Berg | Olof Lind', 'Anna Berg | Olof Lind [sv]')).toBe(false);
    // Two different labels are two facts of a row, not columns of one field.
    expect(parseField('Consul Anna Berg | Envoy Olof Lind |')?.value).not.toContain(' | ');
    // A key glued to a value that opens with the key's first word is no two columns.
    expect(parseField("Harbour affiliationHarbour Pilots' Guild")).toMatchObject({ key: 'Harbour affiliation', value: "Harbour Pilots' Guild" });
    expect(parseField("Harbour Board groupHarbour Pilots' Group")?.value).not.toContain(' | ');
  });
});

describe("a source's two numbered fields of one key as a rendered box's two columns (NUMBERED_COLUMNS)", () => {
  it('joins `envoy1` and `envoy2` into one field of two columns where the other revision names `envoy`', () => {
    const source = () => valued([['Envoy1', 'Anna Berg'], ['Envoytitle2', 'Consul'], ['Envoy2', 'Olof Lind'], ['Mission1', 'Harbour House']]);
    const joined = source();
    numberedColumns(joined, new Set(['envoy']));
    expect([...joined.values()].map((f) => [f.key, f.value])).toEqual([['Envoy', 'Anna Berg | Olof Lind'], ['Envoytitle2', 'Consul'], ['Mission1', 'Harbour House']]);
    expect(joined.get(0)?.valueUnits).toEqual([2]);
    // Not where the other revision does not name the key, nor for three numbered fields.
    const apart = source();
    numberedColumns(apart, new Set(['mission']));
    expect(apart.size).toBe(4);
    // The other revision's name for the same post will do (HEAD_ROLES: `Ambassador`).
    const renamed = source();
    numberedColumns(renamed, new Set(['ambassador']));
    expect(renamed.get(0)?.value).toBe('Anna Berg | Olof Lind');
    const three = valued([['Envoy1', 'A'], ['Envoy2', 'B'], ['Envoy3', 'C']]);
    numberedColumns(three, new Set(['envoy']));
    expect(three.size).toBe(3);
  });
});

describe('repeated infobox keys (REPEATED_KEY)', () => {
  it('pairs a key both revisions repeat equally often in order, not one they repeat a different number of times', () => {
    expect(pairFields(fields(['chair', 'total', 'total']), fields(['chair', 'total', 'total']))).toEqual([
      { old: 0, new: 0 },
      { old: 1, new: 1 },
      { old: 2, new: 2 },
    ]);
    // One office-holder box lists a deputy per office, twice; the other, three times: no deputy is paired.
    expect(pairFields(fields(['deputy', 'chair', 'deputy']), fields(['deputy', 'deputy', 'chair', 'deputy']))).toEqual([{ old: 1, new: 2 }]);
    // A key one revision states once pairs with the other's first, unless the other numbers it per office.
    expect(pairFields(fields(['envoy']), fields(['envoy', 'envoy']))).toEqual([{ old: 0, new: 0 }]);
    const numbered = new Map<number, Field>(['Primeminister1', 'Primeminister5'].map((key, i) => [i, { key, value: 'x', norm: 'primeminister' }]));
    expect(pairFields(fields(['primeminister']), numbered)).toEqual([]);
  });
});

/** Fields from keys and values, numbered in order. */
const valued = (list: Array<[string, string]>) => new Map(list.map(([key, value], i) => [i, { key, value, norm: key.toLowerCase() } as Field]));
/** The pairs pairFields makes of fields given as [key, value], old and new. */
const paired = (older: Array<[string, string]>, newer: Array<[string, string]>) => pairFields(valued(older), valued(newer));

describe('renamed keys paired by what their values measure (VALUE_SHAPE)', () => {
  it('pairs the one field left on each side stating that kind of amount at about that size', () => {
    expect(paired([['Box office', '$2.847 billion[6]'], ['Budget', '$237 million']], [['Budget', '$237 million'], ['Gross', '$2.924 billion']])).toEqual([
      { old: 0, new: 1 },
      { old: 1, new: 0 },
    ]);
    expect(paired([['Nameplate capacity', '3,200 MW']], [['Electrical capacity', '3,260 MW (planned)']])).toEqual([{ old: 0, new: 0 }]);
    // Shares of seats pair by the size of the body: 40 seats is not 60.
    expect(paired([['Local government', '6,470 / 20,690'], ['Welsh Assembly', '29 / 60'], ['Commissioners', '15 / 40']], [['Councillors', '6,473 / 18,646'], ['PCCs', '8 / 39']])).toEqual([
      { old: 0, new: 0 },
      { old: 2, new: 1 },
    ]);
  });
  it('leaves them apart where the amounts differ much, the currency differs, two fields answer, or the value is a bare count or a date', () => {
    expect(paired([['Box office', '$2.8 billion']], [['Budget', '$237 million']])).toEqual([]);
    expect(paired([['Box office', '€2.8 billion']], [['Gross', '$2.9 billion']])).toEqual([]);
    expect(paired([['Box office', '$2.8 billion']], [['Gross', '$2.9 billion'], ['Assets', '$3.1 billion']])).toEqual([]);
    // (Two names of one field pair whatever their values: KEY_SYNONYMS.)
    expect(paired([['Revenue', '€2.8 billion']], [['Turnover', '$2.9 billion']])).toEqual([{ old: 0, new: 0 }]);
    expect(paired([['Founded', '1921'], ['Type', 'Club']], [['Formation', '1920'], ['Type', 'Club']])).toEqual([{ old: 0, new: 0 }, { old: 1, new: 1 }]);
    expect(paired([['Employees', '10,200']], [['Members', '10,900']])).toEqual([]);
    expect(paired([['Opened', '12 May 1990']], [['Founded', '3 June 1991']])).toEqual([]);
    expect(paired([['Staff', '6,300 on-site workers']], [['Crew', '6,000 on board']])).toEqual([]);
  });
});

describe('a key repeated a different number of times, paired by what its values measure (REPEATED_KEY_SHAPE)', () => {
  it('pairs an area with an area and a bare count with the one bare count about its size', () => {
    expect(paired([['Capital Region', 'Capital Region of Norland'], ['Capital Region', '661.5 km2'], ['Capital Region', '10,075,310']], [['Capital Region', '664.01 km2'], ['Capital Region', '10,609,681']])).toEqual([
      { old: 1, new: 0 },
      { old: 2, new: 1 },
    ]);
    // A count far from the other's size is another count.
    expect(paired([['Capital Region', 'Capital Region of Norland'], ['Capital Region', '661.5 km2'], ['Capital Region', '10,075,310']], [['Capital Region', '664.01 km2'], ['Capital Region', '31,250']])).toEqual([{ old: 1, new: 0 }]);
  });
});

describe('a key renamed around one of its words, its value naming the same (KEY_WORD_AND_NAMES)', () => {
  it('pairs the one such field left on each side, and keeps a label ending in `by` whole', () => {
    expect(paired([['Engineering design', 'Harbour Works & Partners']], [['Engineering', 'Harbour Works & Partners, Lind AB']])).toEqual([{ old: 0, new: 0 }]);
    // Not where the values name no one in common, nor where the keys share no word.
    expect(paired([['Engineering design', 'Harbour Works']], [['Engineering', 'Lind AB, Berg & Co']])).toEqual([]);
    expect(paired([['Architect', 'Harbour Works']], [['Engineering', 'Harbour Works & Partners']])).toEqual([]);
    expect(parseField('Engineering design  by Harbour Works')).toMatchObject({ key: 'Engineering design by', value: 'Harbour Works' });
  });
});

describe('a key renamed around a form of one of its words, its value the same kind (KEY_WORD_AND_SHAPE)', () => {
  it('pairs two days\' dates whose keys share a word\'s first five letters, the one such field on each side', () => {
    expect(paired([['Construction started', 'February 1, 2011'], ['Architect', 'Harbour Works']], [['Start Date', 'January 22, 2010'], ['Architect', 'Harbour Works']])).toEqual([
      { old: 0, new: 0 },
      { old: 1, new: 1 },
    ]);
    // A year alone is no day, and keys that share no word do not pair.
    expect(paired([['Construction started', '2011']], [['Start Date', '2010']])).toEqual([]);
    expect(paired([['Construction started', 'February 1, 2011']], [['Opened', 'January 22, 2010']])).toEqual([]);
  });
});

describe("renamed keys of the subject's head (HEAD_ROLE)", () => {
  type Fields = Array<[string, string]>;
  const cases: Array<[string, Fields, Fields, Array<{ old: number; new: number }>]> = [
    ['Mayor / Leader, beside a key that pairs as it is', [['Mayor', 'Anna Berg'], ['Region', 'North']], [['Region', 'North'], ['Leader', 'Olof Lind']], [{ old: 0, new: 1 }, { old: 1, new: 0 }]],
    ['Manager / Head coach', [['Manager', 'Anna Berg']], [['Head coach', 'Olof Lind']], [{ old: 0, new: 0 }]],
    ['not across roles', [['Mayor', 'Anna Berg']], [['Head coach', 'Olof Lind']], []],
    ['not where two fields answer', [['Manager', 'Anna Berg']], [['Head coach', 'Olof Lind'], ['Head coach', 'Eva Dahl']], []],
    ['not where a value is a figure', [['Mayor', '4 years']], [['Leader', 'Olof Lind']], []],
    ['Deputy Governor / Vice Governor', [['Governor', 'Anna Berg'], ['Deputy Governor', 'Vacant']], [['Governor', 'Anna Berg'], ['Vice Governor', 'Olof Lind']], [{ old: 0, new: 0 }, { old: 1, new: 1 }]],
    ['President / Vice Chancellor of a university', [['President', 'Anna Berg'], ['Students', '5,500']], [['Students', '6,400'], ['Vice Chancellor', 'Olof Lind']], [{ old: 0, new: 1 }, { old: 1, new: 0 }]],
    ['Ambassador / Envoy, a date in parentheses aside', [['Ambassador', 'Anna Berg | Per Ny']], [['Envoy', 'Olof Lind (since May 2, 2023) | Eva Dahl']], [{ old: 0, new: 0 }]],
    ["a publication's Editor / Editor in chief, managing editors on one side", [['Editor', 'Anna Berg'], ['Managing editors', 'Per Ny']], [['Editor in chief', 'Olof Lind']], [{ old: 0, new: 0 }]],
  ];
  it.each(cases)('pairs the one such field left on each side: %s', (_, older, newer, want) => expect(paired(older, newer)).toEqual(want));
});

describe('layout fields', () => {
  it('takes a field whose value is an image file for layout, a value that names a file in words for content', () => {
    expect(isLayoutField({ key: 'Signature', value: 'Anna Berg autograph.png', norm: 'signature' })).toBe(true);
    expect(isLayoutField({ key: 'Format', value: 'PNG images', norm: 'format' })).toBe(false);
    // A location map's label position.
    expect(isLayoutField({ key: 'Label Position', value: 'right', norm: 'label position' })).toBe(true);
    // Whether the box folds away on a page.
    expect(isLayoutField({ key: 'Collapsible', value: 'yes', norm: 'collapsible' })).toBe(true);
  });
  it("takes what a template takes to draw itself for layout (TEMPLATE_PARAMETER): colours, pattern files, labels, language codes", () => {
    const layout = (key: string, value: string) => isLayoutField({ key, value, norm: normalKey(key) });
    expect([layout('Body1', '000000'), layout('Shorts2', 'ffffff'), layout('Pattern La1', '_harbour25h'), layout('Mgrtitle', 'Head coach'), layout('Leader3 Title', 'Parliamentary group leader'), layout('Native name lang', 'sv')]).toEqual([true, true, true, true, true, true]);
    expect([layout('Title', 'Duke of Norland 1901'), layout('Body', 'Harbour Board'), layout('Founded', '1901'), layout('Native name', 'Hamnstyrelsen')]).toEqual([false, false, false, false]);
  });
});

describe('a key one side states once and the other twice (SAME_KIND_FIRST)', () => {
  it('pairs the one field with the other side\'s field of the same kind of amount, not merely the first', () => {
    expect(paired([['City', '168.07 km2'], ['Metro', '4,009,423']], [['Metro', '655.74 km2 (253.18 sq mi)'], ['Metro', '5,513,609']]).filter((p) => p.old === 1)).toEqual([{ old: 1, new: 1 }]);
    // Where none or both are of its kind, the first.
    expect(paired([['Metro', 'Norland Bay']], [['Metro', '655.74 km2'], ['Metro', '5,513,609']])).toEqual([{ old: 0, new: 0 }]);
  });
});

describe('a box value stating the same measure in another unit (MEASURES_AGREE)', () => {
  it('agrees; a measure the other states otherwise in the same unit, or another amount, conflicts', () => {
    expect(fieldValuesConflict('8,848 m', '29,029 ft')).toBe(false);
    expect(fieldValuesConflict('12 km2', '4.6 sq mi (12 km2)')).toBe(false);
    expect(fieldValuesConflict('572 km2', '574 km2 (222 sq mi)')).toBe(true);
    expect(fieldValuesConflict('8,848 m', '29,500 ft')).toBe(true);
  });
  it('calls a value that gained or lost one word joined by `and` a changed value (AND_ITEM)', () => {
    expect(fieldValuesConflict('Civil decoration', 'Civil and military decoration')).toBe(true);
    expect(fieldValuesConflict('Norland and Westmark', 'Norland')).toBe(true);
    // Not the same value, nor one whose added words are not such an item.
    expect(fieldValuesConflict('Civil decoration', 'Civil decoration')).toBe(false);
    expect(fieldValuesConflict('Civil decoration', 'Civil decoration (Norland)')).toBe(false);
  });
  it('calls the same total with another count of the same things inside it a changed value (COUNT_IN_BREAKDOWN)', () => {
    expect(fieldValuesConflict('90 (including 4 former EGM recipients)', '90 (including 5 former EGM recipients)')).toBe(true);
    expect(fieldValuesConflict('90 (including 4 former recipients)', '90 (including 4 former recipients)')).toBe(false);
    // A year in the parentheses dates the total: no count of things.
    expect(fieldValuesConflict('6,200 (2019)', '6,200 (2020)')).toBe(false);
  });
  it('takes a conversion given more or less precisely beside a measure stated as it is for the same (ROUNDED_SAME_UNIT)', () => {
    expect(fieldValuesConflict('70 kg (154.32 lb)', '154 lb (70 kg)')).toBe(false);
    // Not where nothing else agrees, nor another amount.
    expect(fieldValuesConflict('1.78 m', '1.8 m')).toBe(true);
    expect(fieldValuesConflict('70 kg (154.32 lb)', '153 lb (70 kg)')).toBe(true);
  });
});
