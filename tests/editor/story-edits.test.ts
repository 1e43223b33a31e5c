import { describe, expect, it } from 'vitest';
import {
  acceptEvent,
  acceptPlace,
  candidatesOf,
  changedFiles,
  movePlace,
  pickCandidate,
  placePosition,
  placesOf,
  rejectEvent,
  rejectPlace,
  setRadius,
  updateEvent,
  type JsonObject,
  type RawStory,
} from '../../src/editor/story-edits.ts';

function point(id: string, coordinates: [number, number] | null, extra: JsonObject = {}): JsonObject {
  return {
    type: 'Feature',
    geometry: coordinates ? { type: 'Point', coordinates } : null,
    properties: { id, name: id, ...extra },
  };
}

const square: JsonObject = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [10, 10],
        [12, 10],
        [12, 12],
        [10, 12],
        [10, 10],
      ],
    ],
  },
  properties: { id: 'square', name: 'Square' },
};

function raw(): RawStory {
  return {
    story: {
      article: { title: 'A' },
      events: [
        { id: 'one', title: 'One', places: ['a', 'b'], review: 'draft', unknown_field: 1 },
        { id: 'two', title: 'Two', places: ['b'] },
      ],
    },
    areas: {
      'x.geojson': { type: 'FeatureCollection', features: [point('a', [1, 2]), square] },
      'y.geojson': {
        type: 'FeatureCollection',
        features: [
          point('b', null, {
            review: 'draft',
            candidates: [
              { name: 'B town', lon: 44.5, lat: 33.25, source: 'gazetteer' },
              { name: 'B city', lon: 40, lat: 30, source: 'gazetteer' },
            ],
          }),
        ],
      },
    },
  };
}

describe('events', () => {
  it('accepting a draft marks it reviewed and keeps every other field, known or not', () => {
    const story = acceptEvent(raw().story, 'one');
    expect((story['events'] as JsonObject[])[0]).toEqual({
      id: 'one',
      title: 'One',
      places: ['a', 'b'],
      review: 'reviewed',
      unknown_field: 1,
    });
  });

  it('rejecting removes the event and only it', () => {
    const story = rejectEvent(raw().story, 'one');
    expect((story['events'] as JsonObject[]).map((e) => e['id'])).toEqual(['two']);
    expect(story['article']).toEqual({ title: 'A' });
  });

  it('an update sets fields, and a field set to undefined is removed', () => {
    const story = updateEvent(raw().story, 'two', { title: 'Deux', places: undefined });
    expect((story['events'] as JsonObject[])[1]).toEqual({ id: 'two', title: 'Deux' });
  });

  it('never mutates its input', () => {
    const before = raw();
    const copy = structuredClone(before);
    acceptEvent(before.story, 'one');
    rejectEvent(before.story, 'one');
    updateEvent(before.story, 'one', { title: 'x' });
    rejectPlace(before, 'b');
    movePlace(before.areas, 'square', 0, 0);
    expect(before).toEqual(copy);
  });
});

describe('places', () => {
  it('lists places file by file with their ids', () => {
    expect(placesOf(raw().areas).map((p) => [p.file, p.id])).toEqual([
      ['x.geojson', 'a'],
      ['x.geojson', 'square'],
      ['y.geojson', 'b'],
    ]);
  });

  it('rejecting a place removes it from its file and from every event’s places', () => {
    const next = rejectPlace(raw(), 'b');
    expect(placesOf(next.areas).map((p) => p.id)).toEqual(['a', 'square']);
    expect((next.story['events'] as JsonObject[]).map((e) => e['places'])).toEqual([['a'], []]);
  });

  it('accepting a place marks it reviewed', () => {
    const areas = acceptPlace(raw().areas, 'b');
    expect(placesOf(areas)[2]!.feature['properties']).toMatchObject({ id: 'b', review: 'reviewed' });
  });

  it('a point moves to the position given, rounded to 6 decimals', () => {
    const areas = movePlace(raw().areas, 'a', 44.12345678, 33.1);
    expect(placesOf(areas)[0]!.feature['geometry']).toEqual({ type: 'Point', coordinates: [44.123457, 33.1] });
  });

  it('a polygon moves whole, so that its centre lands on the position', () => {
    const areas = movePlace(raw().areas, 'square', 21, 31);
    const moved = placesOf(areas)[1]!.feature;
    expect(placePosition(moved)).toEqual([21, 31]);
    expect((moved['geometry'] as { coordinates: number[][][] }).coordinates[0]![2]).toEqual([22, 32]);
  });

  it('a place with no position has none, and picking a candidate gives it that candidate’s point', () => {
    const before = placesOf(raw().areas)[2]!.feature;
    expect(placePosition(before)).toBeUndefined();
    expect(candidatesOf(before)).toHaveLength(2);
    const areas = pickCandidate(raw().areas, 'b', 0);
    expect(placesOf(areas)[2]!.feature['geometry']).toEqual({ type: 'Point', coordinates: [44.5, 33.25] });
  });

  it('picking a candidate that does not exist changes nothing', () => {
    const areas = raw().areas;
    expect(pickCandidate(areas, 'b', 5)).toBe(areas);
  });

  it('a radius makes a place approximate; none makes it exact', () => {
    const approximate = setRadius(raw().areas, 'a', 2.5);
    expect(placesOf(approximate)[0]!.feature['properties']).toMatchObject({ radius_km: 2.5, precision: 'approximate' });
    const exact = setRadius(approximate, 'a', undefined);
    expect(placesOf(exact)[0]!.feature['properties']).not.toHaveProperty('radius_km');
    expect(placesOf(exact)[0]!.feature['properties']).toMatchObject({ precision: 'exact' });
  });
});

describe('changedFiles', () => {
  it('names only the files whose content changed', () => {
    const before = raw();
    expect(changedFiles(before, before)).toEqual({});
    const after = { ...before, areas: movePlace(before.areas, 'a', 5, 5) };
    expect(Object.keys(changedFiles(before, after))).toEqual(['x.geojson']);
    const both = { ...after, story: acceptEvent(after.story, 'one') };
    expect(Object.keys(changedFiles(before, both)).sort()).toEqual(['events.json', 'x.geojson']);
  });
});
