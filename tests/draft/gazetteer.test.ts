import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  parseDemonyms,
  distanceKm,
  lookup,
  parseGazetteer,
  resolveName,
  similarNames,
} from '../../src/draft/gazetteer.ts';
import { entry, fixtureDemonyms, fixtureEntries } from './fixtures.ts';

const gazetteer = buildGazetteer(fixtureEntries(), fixtureDemonyms());
const none = new Set<string>();

describe('lookup: variants', () => {
  it.each([
    ['al-Qaim', "Al Qa'im"],
    ["Al Qa'im", "Al Qa'im"],
    ['Abu Kamal', 'Albu Kamal'],
    ['al-Bukamal', 'Albu Kamal'],
    ['Najaf', 'An Najaf'],
    ['Kuwait City', 'Kuwait'],
  ])('"%s" finds %s', (written, name) => {
    expect(lookup(gazetteer, written).map((e) => e.name)).toContain(name);
  });

  it('finds nothing for a name it does not know', () => {
    expect(lookup(gazetteer, 'Atlantis')).toEqual([]);
  });
});

describe('resolveName', () => {
  it('resolves a single match', () => {
    const r = resolveName(gazetteer, 'al-Qaim', none);
    expect(r.status === 'resolved' && r.entry.country).toBe('IRQ');
  });

  it("a country's own name is the country, not its same-named capital", () => {
    const r = resolveName(gazetteer, 'Kuwait', none);
    expect(r.status === 'resolved' && r.entry.kind).toBe('country');
  });

  it('"Kuwait City" is the city', () => {
    const r = resolveName(gazetteer, 'Kuwait City', none);
    expect(r.status === 'resolved' && r.entry.kind).toBe('city');
  });

  it("one place under two sources is one place, the story's own source first", () => {
    const r = resolveName(gazetteer, 'Baghdad', none);
    expect(r.status === 'resolved' && r.entry.sourceKey).toBe('story:baghdad');
  });

  it('same-named places far apart are ambiguous, with every candidate, when no country decides', () => {
    const r = resolveName(gazetteer, 'Hilla', none);
    expect(r.status).toBe('ambiguous');
    expect(r.candidates.map((c) => c.country).sort()).toEqual(['EGY', 'IRQ']);
  });

  it('the countries the article names decide between them', () => {
    const r = resolveName(gazetteer, 'Hilla', new Set(['IRQ']));
    expect(r.status === 'resolved' && r.entry.country).toBe('IRQ');
  });

  it('two candidates in a named country stay ambiguous: never guessed', () => {
    expect(resolveName(gazetteer, 'Springfield', new Set(['USA'])).status).toBe('ambiguous');
  });

  it('the only capital among candidates in the named countries wins', () => {
    const g = buildGazetteer([
      entry('Washington', { country: 'USA', lon: -77, lat: 38.9, capital: true }),
      entry('Washington', { country: 'USA', lon: -122, lat: 47 }),
    ]);
    const r = resolveName(g, 'Washington', new Set(['USA']));
    expect(r.status === 'resolved' && r.entry.capital).toBe(true);
  });

  it('an unknown name is unknown', () => {
    expect(resolveName(gazetteer, 'Atlantis', none).status).toBe('unknown');
  });
});

describe('parseGazetteer', () => {
  it('reads sources, layers and rows', () => {
    const text = [
      '# comment',
      '@source\tt\tTest atlas\tTest places\thttps://example.org/',
      '@layer\tt',
      'Kirkuk\tKarkuk\tcity\t44.39\t35.47\tIRQ\t601433\t5\t0',
      '',
    ].join('\n');
    const [kirkuk] = parseGazetteer(text);
    expect(kirkuk).toMatchObject({ name: 'Kirkuk', alt: ['Karkuk'], lon: 44.39, population: 601433, sourceKey: 't' });
    expect(kirkuk?.source.outlet).toBe('Test atlas');
  });

  it('gives every source of a layer to its entries', () => {
    const text = [
      '@source\ts\tWikipedia\tThe Pentagon\thttps://en.wikipedia.org/wiki/The_Pentagon',
      '@source\ts\tU.S. Department of Defense\tPress gaggle\thttps://www.defense.gov/',
      '@layer\ts',
      'The Pentagon\tPentagon\tgovernment\t-77.056\t38.871\tUSA\t0\t0.3\t0',
    ].join('\n');
    expect(parseGazetteer(text)[0]?.sources.map((s) => s.outlet)).toEqual(['Wikipedia', 'U.S. Department of Defense']);
  });

  it('refuses a layer without a source', () => {
    expect(() => parseGazetteer('@layer\tx\n')).toThrow(/no @source/);
  });
});

describe('similarNames', () => {
  it('finds spellings that differ in vowels, never for short or initialled names', () => {
    const g = buildGazetteer([entry('Al Hudaydah'), entry('Qom')]);
    expect(similarNames(g, 'Hodeidah').map((e) => e.name)).toEqual(['Al Hudaydah']);
    expect(similarNames(g, 'Qaim')).toEqual([]);
    expect(similarNames(g, 'H. Dyda')).toEqual([]);
  });
});

describe('distanceKm', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
  });
});

describe('the committed gazetteer', () => {
  const path = new URL('../../gazetteer/places.tsv', import.meta.url);
  const text = readFileSync(path, 'utf8');
  const real = buildGazetteer(parseGazetteer(text));

  it('stays compact', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(500_000);
  });

  it.each([
    ['Najaf', 'An Najaf', 'IRQ'],
    ['Kuwait City', 'Kuwait', 'KWT'],
    ['Albu Kamal', 'Abu Kamal', 'SYR'],
    ["Al Qa'im", 'al-Qaim', 'IRQ'],
    ['Washington', 'Washington, D.C.', 'USA'],
  ])(
    'resolves "%s" to %s (%s) in an article naming Iraq, Syria, Kuwait and the United States',
    (written, name, country) => {
      const r = resolveName(real, written, new Set(['IRQ', 'SYR', 'KWT', 'USA']));
      expect(r.status === 'resolved' && [r.entry.name, r.entry.country]).toEqual([name, country]);
    },
  );

  it('resolves a country to its extent', () => {
    const r = resolveName(real, 'Kuwait', none);
    expect(r.status === 'resolved' && r.entry.kind).toBe('country');
    expect(r.status === 'resolved' && r.entry.radius_km).toBeGreaterThan(50);
  });
});

describe('parseDemonyms', () => {
  it('reads one adjective and its country per line, skipping comments', () => {
    expect([...parseDemonyms('# adjectives\nkenyan\tKEN\nperuvian\tPER\n')]).toEqual([
      ['kenyan', 'KEN'],
      ['peruvian', 'PER'],
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseDemonyms('kenyan KEN\n')).toThrow('demonyms: not "adjective<TAB>ISO3": "kenyan KEN"');
  });
});
