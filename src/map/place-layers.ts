/**
 * The story's places on the map: uncertainty circles, the embassy outline, points and labels, styled by kind.
 * Highlighting uses feature-state, so selecting an event never re-uploads the data.
 */
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature, PlaceKind } from '../core/schema.ts';
import { uncertaintyCircles } from '../core/geometry.ts';
import { placeLabel } from '../core/describe.ts';

export const PLACES_SOURCE = 'places';
export const UNCERTAINTY_SOURCE = 'place-uncertainty';
/** Layers a click can open a place from, most specific first. */
export const CLICKABLE_PLACE_LAYERS = [
  'place-points-detail',
  'place-labels-detail',
  'place-points',
  'place-labels',
  'place-polygons-fill',
  'uncertainty-fill',
];

/** US facilities blue, militia-related and strike sites red, towns and regions grey. */
export const KIND_COLORS: Readonly<Record<PlaceKind, string>> = {
  embassy: '#1d4e89',
  building: '#1d4e89',
  gate: '#1d4e89',
  government: '#1d4e89',
  'air-base': '#1d4e89',
  'army-base': '#1d4e89',
  airfield: '#1d4e89',
  'strike-site': '#b3261e',
  'launch-area': '#b3261e',
  district: '#5b5b5b',
  city: '#5b5b5b',
  town: '#5b5b5b',
  region: '#5b5b5b',
};

const kindColor = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KIND_COLORS).flat(),
  '#5b5b5b',
] as unknown as ExpressionSpecification;

const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlighted'], false];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const MINOR_KINDS = ['gate', 'building'];

/** GeoJSON for the places source, with a label that says "approx." where the spot is not public. */
function placesData(places: readonly PlaceFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      ...place,
      properties: {
        ...place.properties,
        sources: undefined,
        disputed: undefined,
        label: placeLabel(place.properties),
      },
    })),
  };
}

/** Add the place sources and layers. Call once the style has loaded. */
export function addPlaceLayers(map: MapLibreMap, places: readonly PlaceFeature[]): void {
  map.addSource(PLACES_SOURCE, { type: 'geojson', data: placesData(places), promoteId: 'id' });
  map.addSource(UNCERTAINTY_SOURCE, { type: 'geojson', data: uncertaintyCircles(places), promoteId: 'id' });
  map.addLayer({
    id: 'uncertainty-fill',
    type: 'fill',
    source: UNCERTAINTY_SOURCE,
    filter: ['!', ['in', ['get', 'kind'], ['literal', MINOR_KINDS]]],
    paint: { 'fill-color': kindColor, 'fill-opacity': ['case', highlighted, 0.18, 0.06] },
  });
  map.addLayer({
    id: 'uncertainty-outline',
    type: 'line',
    source: UNCERTAINTY_SOURCE,
    paint: {
      'line-color': kindColor,
      'line-width': ['case', highlighted, 2, 1],
      'line-opacity': ['case', highlighted, 0.9, 0.45],
      // Dashed: the edge of where the thing may be, not a boundary on the ground.
      'line-dasharray': [2, 2],
    },
  });
  map.addLayer({
    id: 'place-polygons-fill',
    type: 'fill',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    paint: { 'fill-color': kindColor, 'fill-opacity': ['case', highlighted, 0.35, 0.2] },
  });
  map.addLayer({
    id: 'place-polygons-outline',
    type: 'line',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    paint: {
      'line-color': kindColor,
      'line-width': ['case', highlighted, 2.5, 1.5],
      'line-dasharray': [3, 1.5],
    },
  });
  // Minor places (a gate, a building) get their own layers that appear once the compound is visible.
  const isMinor: FilterSpecification = ['in', ['get', 'kind'], ['literal', MINOR_KINDS]];
  addPointLayers(map, '', ['all', isPoint, ['!', isMinor]] as FilterSpecification, 0);
  addPointLayers(map, '-detail', ['all', isPoint, isMinor] as FilterSpecification, 13);
  map.addLayer({
    id: 'place-polygon-labels',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: isPolygon,
    minzoom: 11,
    layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-max-width': 12 },
    paint: labelPaint,
  });
}

const labelPaint = {
  'text-color': kindColor,
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.5,
  'text-opacity': ['case', highlighted, 1, 0.8] as ExpressionSpecification,
};

function addPointLayers(map: MapLibreMap, suffix: string, filter: FilterSpecification, minzoom: number): void {
  map.addLayer({
    id: `place-points${suffix}`,
    type: 'circle',
    source: PLACES_SOURCE,
    filter,
    minzoom,
    paint: {
      'circle-radius': ['case', highlighted, 7, 4.5],
      // Approximate places are hollow rings: a filled dot would claim we know the spot.
      'circle-color': ['case', ['==', ['get', 'precision'], 'approximate'], '#ffffff', kindColor],
      'circle-stroke-color': kindColor,
      'circle-stroke-width': ['case', highlighted, 3, 2],
    },
  });
  map.addLayer({
    id: `place-labels${suffix}`,
    type: 'symbol',
    source: PLACES_SOURCE,
    filter,
    minzoom,
    layout: {
      'text-field': ['get', 'label'],
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, 0.8],
      'text-max-width': 12,
      'text-optional': true,
    },
    paint: labelPaint,
  });
}

/** Mark exactly these places as highlighted (and clear the rest). */
export function setHighlightedPlaces(
  map: MapLibreMap,
  allIds: readonly string[],
  highlightedIds: ReadonlySet<string>,
): void {
  for (const source of [PLACES_SOURCE, UNCERTAINTY_SOURCE]) {
    if (!map.getSource<GeoJSONSource>(source)) continue;
    for (const id of allIds) map.setFeatureState({ source, id }, { highlighted: highlightedIds.has(id) });
  }
}
