/**
 * A small synthetic gazetteer for the drafting tests: invented sources, real-looking names, so each rule
 * (variants, ambiguity, countries, capitals) has a case of its own without the 8,000-row file.
 */
import type { GazetteerEntry } from '../../src/draft/types.ts';

const SOURCE = { outlet: 'Test atlas', title: 'Test places', url: 'https://example.org/places' };

/**
 * One entry; unspecified fields get plain defaults (a town of 10,000, 3 km).
 * @param name - the entry's name
 * @param more - fields to set
 */
export function entry(name: string, more: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return {
    name,
    alt: [],
    kind: 'town',
    lon: 0,
    lat: 0,
    country: 'AAA',
    population: 10_000,
    radius_km: 3,
    capital: false,
    sourceKey: 'ne-places',
    source: SOURCE,
    sources: [SOURCE],
    ...more,
  };
}

/** Entries enough for an article about Iraq, Syria and Kuwait, with a same-named town elsewhere. */
export function fixtureEntries(): GazetteerEntry[] {
  return [
    entry('Iraq', { kind: 'country', country: 'IRQ', lon: 43.7, lat: 33.0, radius_km: 500, sourceKey: 'ne-countries' }),
    entry('Syria', {
      kind: 'country',
      country: 'SYR',
      lon: 38.5,
      lat: 35.0,
      radius_km: 450,
      sourceKey: 'ne-countries',
    }),
    entry('Kuwait', {
      kind: 'country',
      country: 'KWT',
      lon: 47.6,
      lat: 29.3,
      radius_km: 117,
      sourceKey: 'ne-countries',
    }),
    entry('Kuwait', {
      alt: ['Kuwait City', 'Al Kuwayt'],
      kind: 'city',
      country: 'KWT',
      lon: 47.98,
      lat: 29.37,
      capital: true,
    }),
    entry('Baghdad', { kind: 'city', country: 'IRQ', lon: 44.39, lat: 33.34, capital: true, population: 5_000_000 }),
    entry("Al Qa'im", { country: 'IRQ', lon: 41.09, lat: 34.37 }),
    entry('Albu Kamal', { country: 'SYR', lon: 40.92, lat: 34.45 }),
    entry('An Najaf', { kind: 'city', country: 'IRQ', lon: 44.34, lat: 32.0 }),
    entry('Springfield', { country: 'USA', lon: -89.65, lat: 39.8 }),
    entry('Springfield', { country: 'USA', lon: -72.59, lat: 42.1 }),
    entry('Hilla', { country: 'IRQ', lon: 44.42, lat: 32.48 }),
    entry('Hilla', { country: 'EGY', lon: 31.0, lat: 30.0 }),
    entry('Baghdad', { kind: 'army-base', country: 'IRQ', lon: 44.4, lat: 33.31, sourceKey: 'story:baghdad' }),
  ];
}

/** The few country adjectives the synthetic cases use ("the Iraqi city of Hilla"). */
export function fixtureDemonyms(): Map<string, string> {
  return new Map([
    ['iraqi', 'IRQ'],
    ['syrian', 'SYR'],
    ['american', 'USA'],
  ]);
}
