/**
 * The story's layers go on the map unvalidated (src/map/layers/add-layers.ts), so they are validated here, against the
 * style spec of the MapLibre version the app ships with.
 */
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { placeLayerSpecs, PLACES_SOURCE, UNCERTAINTY_SOURCE } from '../../src/map/layers/place-layers.ts';
import { SCENE_ANIMATED_SOURCE, SCENE_STATIC_SOURCE, sceneLayerSpecs } from '../../src/map/layers/scene-layers.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** A style around the layers: their sources as empty GeoJSON, and a glyphs URL, which text layers need. */
function styleWith(layers: LayerSpecification[]): StyleSpecification {
  return {
    version: 8,
    glyphs: 'https://example.invalid/{fontstack}/{range}.pbf',
    sources: {
      [PLACES_SOURCE]: { type: 'geojson', data: EMPTY },
      [UNCERTAINTY_SOURCE]: { type: 'geojson', data: EMPTY },
      [SCENE_STATIC_SOURCE]: { type: 'geojson', data: EMPTY },
      [SCENE_ANIMATED_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers,
  };
}

const messages = (layers: LayerSpecification[]) => validateStyleMin(styleWith(layers)).map((error) => error.message);

describe('place layers', () => {
  it('are valid MapLibre layers', () => {
    expect(messages(placeLayerSpecs())).toEqual([]);
  });

  it('have ids of their own', () => {
    const ids = placeLayerSpecs().map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('would be caught if one were invalid (the validation is not a no-op)', () => {
    const [first, ...rest] = placeLayerSpecs();
    const broken = { ...first, paint: { 'fill-colour': '#000' } } as unknown as LayerSpecification;
    expect(messages([broken, ...rest]).join('\n')).toMatch(/fill-colour/);
  });
});

describe('scene layers', () => {
  it('are valid MapLibre layers', () => {
    expect(messages(sceneLayerSpecs())).toEqual([]);
  });

  it('have ids of their own, apart from the place layers too', () => {
    const ids = [...placeLayerSpecs(), ...sceneLayerSpecs()].map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('place labels of a long story', () => {
  /** The text the main point label layer gives a place at a zoom, with the given current places. */
  function labelAt(windowed: boolean, zoom: number, place: { id: string; kind: string }, current: string[] = []) {
    const layer = placeLayerSpecs({ windowed }).find((spec) => spec.id === 'place-labels');
    const textField = (layer as { layout: { 'text-field': unknown } }).layout['text-field'];
    const spec = latest.layout_symbol['text-field'] as unknown as StylePropertySpecification;
    const expression = createPropertyExpression(textField, 'text-field', spec, { currentPlaceIds: current });
    if (expression.result !== 'success') throw new Error(JSON.stringify(expression.value));
    const feature = { type: 'Point', properties: { ...place, label: `${place.id} label` } } as never;
    return String(expression.value.evaluate({ zoom } as never, feature));
  }
  const base = { id: 'base-1', kind: 'army-base' };

  it('names other places of a short story at a region scale', () => {
    expect(labelAt(false, 7, base)).toBe('base-1 label');
  });

  it('names only the current step’s places of a windowed story at a region scale', () => {
    expect(labelAt(true, 7, base)).toBe('');
    expect(labelAt(true, 7, base, ['base-1'])).toBe('base-1 label');
  });

  it('names every place of a windowed story at a city scale', () => {
    expect(labelAt(true, 9, base)).toBe('base-1 label');
  });
});
