/**
 * A tiny, clearly synthetic archive in the Protomaps basemap schema, for testing the detail-basemap wiring: an
 * `earth` square, a `water` strip (a made-up river) and a few `roads` near the embassy in Baghdad. Not a map of
 * anything real.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { tileLayers } from '../../build/basemap/tiler.ts';
import { writePmtiles } from '../../build/basemap/pmtiles-writer.ts';

const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const road = (kind: string, coordinates: [number, number][]): Feature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: {
    kind,
    kind_detail: kind === 'minor_road' ? 'residential' : 'primary',
    name: `Synthetic ${kind}`,
    // The schema's first zoom of a feature, which the flavour's layers sort labels by.
    min_zoom: kind === 'minor_road' ? 13 : 9,
  },
});

/** The archive's bytes: zooms 0–14, around 33.30 N, 44.40 E. */
export function syntheticDetailArchive(): Uint8Array {
  const band = (features: FeatureCollection) => [{ minZoom: 0, maxZoom: 14, features }];
  const tiles = tileLayers(
    [
      {
        name: 'earth',
        bands: band(
          collection({
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [44.3, 33.2],
                  [44.5, 33.2],
                  [44.5, 33.4],
                  [44.3, 33.4],
                  [44.3, 33.2],
                ],
              ],
            },
            properties: { kind: 'earth' },
          }),
        ),
      },
      {
        name: 'water',
        bands: band(
          collection({
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [44.399, 33.28],
                  [44.403, 33.28],
                  [44.403, 33.32],
                  [44.399, 33.32],
                  [44.399, 33.28],
                ],
              ],
            },
            properties: { kind: 'water' },
          }),
        ),
      },
      {
        name: 'roads',
        bands: band(
          collection(
            road('major_road', [
              [44.38, 33.29],
              [44.41, 33.305],
            ]),
            road('minor_road', [
              [44.39, 33.295],
              [44.395, 33.305],
            ]),
            road('minor_road', [
              [44.392, 33.29],
              [44.4, 33.31],
            ]),
          ),
        ),
      },
    ],
    0,
    14,
  );
  return writePmtiles(tiles, {
    metadata: { name: 'synthetic Protomaps-schema fixture', vector_layers: [] },
    bounds: [44.3, 33.2, 44.5, 33.4],
    center: [44.4, 33.3, 14],
  });
}
