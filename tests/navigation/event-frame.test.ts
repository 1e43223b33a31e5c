import { describe, expect, it } from 'vitest';
import type { PlaceFeature, StoryEvent } from '../../src/story/schema.ts';
import {
  AREA_MAX_ZOOM,
  BACKGROUND_MAX_ZOOM,
  frameEvent,
  framingRule,
  maxFramingZoom,
  POINT_MAX_ZOOM,
} from '../../src/navigation/event-frame.ts';

const source = [{ outlet: 'Test', title: 'Test', url: 'https://example.org/' }];

function point(id: string, lon: number, lat: number, radiusKm?: number): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id,
      name: id,
      kind: 'town',
      country: 'AAA',
      description: 'A place.',
      precision: radiusKm === undefined ? 'exact' : 'approximate',
      ...(radiusKm === undefined ? {} : { radius_km: radiusKm }),
      sources: source,
    },
  };
}

/** A square outline about 1 km across. */
function area(id: string, lon: number, lat: number): PlaceFeature {
  const d = 0.005;
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - d, lat - d],
          [lon + d, lat - d],
          [lon + d, lat + d],
          [lon - d, lat + d],
          [lon - d, lat - d],
        ],
      ],
    },
    properties: { ...point(id, lon, lat).properties, kind: 'compound' },
  };
}

const places = new Map(
  [
    point('target', 10, 10),
    point('launch', 10.5, 10.4),
    point('site-a', 20, 0),
    point('site-b', 22, 4),
    point('home', -80, 35),
    point('away', 48, 29),
    point('capital', -77, 39),
    point('wide', 5, 5, 100),
    area('compound', 44.4, 33.3),
  ].map((place) => [place.properties.id, place]),
);
const placeOf = (id: string) => places.get(id);

function event(fields: Partial<StoryEvent>): StoryEvent {
  return {
    id: 'e',
    date: { precision: 'day', start: '2020-01-01' },
    kind: 'attack',
    title: 't',
    summary: 's',
    actors: ['a'],
    places: [],
    quote: 'q',
    sources: source,
    ...fields,
  };
}

describe('framing rules per kind of event', () => {
  it('frames an attack by its target and its launch area', () => {
    const frame = frameEvent(event({ kind: 'attack', places: ['target', 'launch'] }), placeOf)!;
    expect(frame.rule).toBe('attack');
    expect(frame.framed.map((p) => p.properties.id)).toEqual(['target', 'launch']);
    expect(frame.bounds).toEqual([10, 10, 10.5, 10.4]);
  });

  it('frames a strike by all of its sites', () => {
    const frame = frameEvent(event({ kind: 'strike', places: ['site-a', 'site-b'] }), placeOf)!;
    expect(frame.rule).toBe('strike');
    expect(frame.bounds).toEqual([20, 0, 22, 4]);
  });

  it('frames a movement by its origin, its destination and the great-circle path between them', () => {
    const frame = frameEvent(
      event({
        kind: 'deployment',
        places: [],
        movement: {
          origin: 'home',
          destination: 'away',
          unit: 'u',
          unit_short: 'u',
          force: 'f',
          size: 's',
          mode: 'm',
        },
      }),
      placeOf,
    )!;
    expect(frame.rule).toBe('movement');
    expect(frame.framed.map((p) => p.properties.id)).toEqual(['home', 'away']);
    const [west, south, east, north] = frame.bounds;
    expect([west, south, east]).toEqual([-80, 29, 48]);
    // The great circle from North Carolina to Kuwait bows far north of both ends.
    expect(north).toBeGreaterThan(45);
  });

  it('frames a deployment without a movement by the places the unit is at', () => {
    const frame = frameEvent(event({ kind: 'deployment', places: ['home'] }), placeOf)!;
    expect(frame.rule).toBe('deployment');
    expect(frame.bounds).toEqual([-80, 35, -80, 35]);
  });

  it("frames a statement by its subject and leaves the speaker's place out", () => {
    const frame = frameEvent(event({ kind: 'statement', places: ['capital', 'site-a', 'site-b'] }), placeOf)!;
    expect(frame.rule).toBe('statement');
    expect(frame.framed.map((p) => p.properties.id)).toEqual(['site-a', 'site-b']);
    expect(frame.unframed.map((p) => p.properties.id)).toEqual(['capital']);
    expect(frame.bounds).toEqual([20, 0, 22, 4]);
  });

  it("frames a speaker's place near the subject with it (a commander at the base he speaks about)", () => {
    // home (-80, 35) and capital (-77, 39) are about 500 km apart.
    const frame = frameEvent(event({ kind: 'statement', places: ['capital', 'home'] }), placeOf)!;
    expect(frame.framed.map((p) => p.properties.id)).toEqual(['capital', 'home']);
    expect(frame.unframed).toEqual([]);
  });

  it('frames a statement that names only where it was said by that place', () => {
    const frame = frameEvent(event({ kind: 'statement', places: ['capital'] }), placeOf)!;
    expect(frame.framed.map((p) => p.properties.id)).toEqual(['capital']);
    expect(frame.unframed).toEqual([]);
  });

  it('frames a background range by its places, never closer than a region', () => {
    const range = event({
      kind: 'attack',
      places: ['target'],
      date: { precision: 'range', start: '2019-10', end: '2019-12', label: 'autumn' },
    });
    expect(framingRule(range)).toBe('background');
    expect(frameEvent(range, placeOf)!.maxZoom).toBe(BACKGROUND_MAX_ZOOM);
  });

  it('frames a protest or context by every place it names', () => {
    expect(framingRule(event({ kind: 'protest' }))).toBe('places');
    expect(frameEvent(event({ kind: 'context', places: ['target', 'site-a'] }), placeOf)!.framed).toHaveLength(2);
  });

  it("holds an approximate place's whole uncertainty circle", () => {
    const [west, south, east, north] = frameEvent(event({ places: ['wide'] }), placeOf)!.bounds;
    expect(west).toBeLessThan(4.2);
    expect(east).toBeGreaterThan(5.8);
    expect(south).toBeLessThan(4.2);
    expect(north).toBeGreaterThan(5.8);
  });

  it('gives undefined for an event none of whose places is known', () => {
    expect(frameEvent(event({ places: ['nowhere'] }), placeOf)).toBeUndefined();
  });
});

describe('zoom honesty', () => {
  it('keeps a frame of points only at the zoom Natural Earth carries', () => {
    const frame = frameEvent(event({ places: ['target'] }), placeOf)!;
    expect(frame.hasArea).toBe(false);
    expect(frame.maxZoom).toBe(POINT_MAX_ZOOM);
    expect(POINT_MAX_ZOOM).toBe(10);
  });

  it('lets a frame with an area of its own go closer', () => {
    const frame = frameEvent(event({ places: ['compound', 'target'] }), placeOf)!;
    expect(frame.hasArea).toBe(true);
    expect(frame.maxZoom).toBe(AREA_MAX_ZOOM);
  });

  it('lets any frame go closer once a detail basemap is configured', () => {
    expect(maxFramingZoom({ hasArea: false, detailBasemap: true })).toBe(AREA_MAX_ZOOM);
    expect(maxFramingZoom({ hasArea: false })).toBe(POINT_MAX_ZOOM);
  });

  it("judges a statement's zoom by its subject, not by the speaker's outline", () => {
    const frame = frameEvent(event({ kind: 'statement', places: ['compound', 'target'] }), placeOf)!;
    expect(frame.hasArea).toBe(false);
    expect(frame.maxZoom).toBe(POINT_MAX_ZOOM);
  });
});
