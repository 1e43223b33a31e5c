import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/draft/gazetteer.ts';
import { demonymCountries, findPlaces, placesIn } from '../../src/draft/places.ts';
import { splitArticle } from '../../src/draft/sentences.ts';
import { entry, fixtureDemonyms, fixtureEntries } from './fixtures.ts';

const gazetteer = buildGazetteer(fixtureEntries(), fixtureDemonyms());

function places(text: string, hints: { start: number; end: number }[] = []) {
  return findPlaces(text, splitArticle(text).sentences, gazetteer, hints);
}

describe('findPlaces', () => {
  it("finds gazetteer names under their variants and keeps the article's spelling", () => {
    const found = places('Jets struck near al-Qaim and Albu Kamal in Iraq and Syria on Sunday, officials said.');
    const names = found.map((f) => f.place.properties.article_names[0]);
    expect(names).toEqual(['al-Qaim', 'Albu Kamal', 'Iraq', 'Syria']);
    expect(found[0]?.place.properties.name).toBe("Al Qa'im");
  });

  it('marks each place for review, with the sentence it came from and its gazetteer source', () => {
    const text = 'Marines flew in from Kuwait on Tuesday. They landed in Baghdad.';
    const [kuwait, baghdad] = places(text);
    expect(kuwait?.place.properties).toMatchObject({
      review: 'draft',
      from_sentence: 'Marines flew in from Kuwait on Tuesday.',
      kind: 'region',
      country: 'KWT',
      precision: 'approximate',
      radius_km: 117,
    });
    expect(baghdad?.place.properties.sources[0]?.outlet).toBe('Test atlas');
    expect(baghdad?.place.geometry?.coordinates).toEqual([44.4, 33.31]);
  });

  it('groups repeated mentions into one place', () => {
    const found = places('Baghdad was calm. Later, Baghdad was not.');
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it('leaves an ambiguous name with geometry null and its candidates, never guessed', () => {
    const [hilla] = places('Protesters marched in Hilla on Monday.');
    expect(hilla?.place.geometry).toBeNull();
    expect(hilla?.place.properties.candidates?.map((c) => c.country).sort()).toEqual(['EGY', 'IRQ']);
    expect(hilla?.place.properties.description).toMatch(/matches 2 places/);
  });

  it('uses the countries the article names to decide', () => {
    const found = places('In Iraq, protesters marched in Hilla on Monday.');
    const hilla = found.find((f) => f.place.properties.name === 'Hilla');
    expect(hilla?.place.properties.country).toBe('IRQ');
    expect(hilla?.place.geometry).not.toBeNull();
  });

  it('uses the countries the article names by adjective', () => {
    const [hilla] = places('Protesters marched in the Iraqi city of Hilla on Monday.');
    expect(hilla?.place.properties.country).toBe('IRQ');
  });

  it('keeps a name another tool reads as a place, and the gazetteer does not know, for review', () => {
    const text = 'Troops left Fort Liberty on Monday.';
    const start = text.indexOf('Fort Liberty');
    const [fort] = places(text, [{ start, end: start + 'Fort Liberty'.length }]);
    expect(fort?.place.geometry).toBeNull();
    expect(fort?.place.properties).toMatchObject({ name: 'Fort Liberty', kind: 'army-base', candidates: [] });
  });

  it('keeps a name after "in", "near" or "the town of" for review, even when no other tool hints it', () => {
    const found = places('Fighters clashed in the Red Sea town of Mokha on Monday.');
    expect(found.map((f) => [f.place.properties.name, f.place.geometry])).toEqual([
      ['Red Sea', null],
      ['Mokha', null],
    ]);
  });

  it('never takes a country adjective, a title or an organisation after "in" or "to" for a place', () => {
    const text = 'He spoke to President Jones in the Iraqi capital and wrote to the United Nations.';
    const un = text.indexOf('United Nations');
    const found = findPlaces(text, splitArticle(text).sentences, gazetteer, [], [], [{ start: un, end: un + 14 }]);
    expect(found).toEqual([]);
  });

  it('reads a possessive as the place itself ("Europe\u2019s security" names Europe)', () => {
    const found = places('Leaders met in Europe\u2019s capital and spoke of Europe\u2019s security.');
    expect(found.map((f) => f.place.properties.name)).not.toContain('Europe\u2019s');
  });

  it('reads "the Gulf of Aden" as one name, not as Aden', () => {
    const g = buildGazetteer([entry('Aden', { country: 'YEM' })]);
    const text = 'Warships sailed to the Gulf of Aden on Monday.';
    const found = findPlaces(text, splitArticle(text).sentences, g);
    expect(found.map((f) => [f.place.properties.name, f.place.geometry])).toEqual([['Gulf of Aden', null]]);
  });

  it('offers spellings that differ in vowels, in the countries the article names, as candidates only', () => {
    const g = buildGazetteer([
      entry('Yemen', { kind: 'country', country: 'YEM' }),
      entry('Al Hudaydah', { kind: 'city', country: 'YEM', lon: 42.95, lat: 14.8 }),
      entry('Hadadah', { country: 'XXX' }),
    ]);
    const text = 'In Yemen, drones struck the port of Hodeidah on Monday.';
    const hodeidah = findPlaces(text, splitArticle(text).sentences, g).find(
      (f) => f.place.properties.name === 'Hodeidah',
    );
    expect(hodeidah?.place.geometry).toBeNull();
    expect(hodeidah?.place.properties.candidates?.map((c) => c.name)).toEqual(['Al Hudaydah']);
    expect(hodeidah?.place.properties.description).toMatch(/similar: Al Hudaydah \(YEM\)/);
  });

  it('ignores a hinted name that does not look like a place', () => {
    const text = 'The Islamic State lost.';
    expect(places(text, [{ start: 4, end: 17 }])).toEqual([]);
  });

  it('does not read a person\'s initial as a place ("Mark A." is not Marka)', () => {
    const g = buildGazetteer([entry('Marka', { country: 'SOM' })]);
    const text = 'General Mark A. Milley spoke.';
    expect(findPlaces(text, splitArticle(text).sentences, g)).toEqual([]);
  });

  it('does not read calendar words as places', () => {
    const g = buildGazetteer([entry('May', { country: 'XXX' }), entry('Tuesday', { country: 'XXX' })]);
    const text = 'On Tuesday they said nothing had changed since May.';
    expect(findPlaces(text, splitArticle(text).sentences, g)).toEqual([]);
  });

  it("finds a story's own place under the names the article uses for it, lower-case words and all", () => {
    const g = buildGazetteer([
      entry('U.S. Embassy, Baghdad', {
        alt: ['American Embassy in Baghdad', 'embassy compound'],
        kind: 'compound',
        country: 'IRQ',
        sourceKey: 'story:us-embassy-baghdad',
      }),
      entry('Baghdad', { kind: 'city', country: 'IRQ', lon: 44.39, lat: 33.34 }),
    ]);
    const text = 'A crowd attacked the American Embassy in Baghdad. Fire reached the embassy compound.';
    const found = findPlaces(text, splitArticle(text).sentences, g);
    expect(found.map((f) => f.place.properties.article_names)).toEqual([
      ['American Embassy in Baghdad', 'embassy compound'],
    ]);
  });

  it('lists the places of one sentence', () => {
    const text = 'Jets struck Iraq. Marines left Kuwait.';
    const sentences = splitArticle(text).sentences;
    const found = findPlaces(text, sentences, gazetteer);
    expect(placesIn(found, sentences[1]!)).toEqual(['kuwait']);
  });
});

describe('demonymCountries', () => {
  it('reads country adjectives, plural or not, and nothing else', () => {
    const demonyms = new Map([
      ['iraqi', 'IRQ'],
      ['syrian', 'SYR'],
      ['american', 'USA'],
    ]);
    expect([...demonymCountries('Iraqis and Syrian forces met American officials in Ghent.', demonyms)].sort()).toEqual(
      ['IRQ', 'SYR', 'USA'],
    );
  });
});
