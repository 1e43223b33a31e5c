import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../../src/story/schema.ts';
import { placesInWindow, setStepWindow, showPlacesByWindow } from '../../src/map/layers/place-window.ts';

const place = (id: string) => ({ type: 'Feature', properties: { id } }) as unknown as PlaceFeature;
const places = [place('a'), place('b'), place('c')];
// a in windows 0 and 2, b in 1; c in none (only background events name it).
const windows = new Map([
  ['a', new Set([0, 2])],
  ['b', new Set([1])],
]);
const ids = (shown: readonly PlaceFeature[]) => shown.map((one) => one.properties.id);

describe('the places of a window', () => {
  it("are those the window's steps name", () => {
    expect(ids(placesInWindow(places, windows, 0))).toEqual(['a']);
    expect(ids(placesInWindow(places, windows, 1))).toEqual(['b']);
  });

  it('are every place in a story without windows', () => {
    expect(ids(placesInWindow(places, new Map(), undefined))).toEqual(['a', 'b', 'c']);
  });

  it('leave out a place named only in another window (12, not 1)', () => {
    expect(placesInWindow([place('x')], new Map([['x', new Set([12])]]), 1)).toEqual([]);
  });
});

describe('a map shown by windows', () => {
  function mapShowing(window: number | undefined) {
    const map = {} as MapLibreMap;
    const shown: string[][] = [];
    showPlacesByWindow(map, places, windows, (some) => shown.push(ids(some)), window);
    return { map, shown };
  }

  it('starts with the first window it is given', () => {
    expect(mapShowing(2).shown).toEqual([['a']]);
  });

  it('puts the places in again only when the window changes', () => {
    const { map, shown } = mapShowing(0);
    setStepWindow(map, 0);
    setStepWindow(map, 1);
    setStepWindow(map, 1);
    expect(shown).toEqual([['a'], ['b']]);
  });
});
