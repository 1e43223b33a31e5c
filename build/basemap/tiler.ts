/**
 * Cut layers of GeoJSON into Mapbox Vector Tiles, zoom by zoom, at build time. Each layer names the zooms it
 * appears at and may give each zoom band its own (more or less generalised) source data, e.g. world-atlas land
 * at 1:110m for the world view and 1:10m for regional zooms. A feature whose `minzoom` property lies beyond a
 * tile's zoom is dropped from it, so low-zoom tiles stay light; the style filters the rest at fractional zooms.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';

/** One source of features for a layer, used for the zooms from `minZoom` to `maxZoom` (inclusive). */
export interface ZoomBand {
  minZoom: number;
  maxZoom: number;
  features: FeatureCollection;
  /** Simplification tolerance in tile units (of 4096); geojson-vt's default is 3. */
  tolerance?: number;
}

export interface LayerInput {
  /** The source-layer name in the tiles. */
  name: string;
  bands: ZoomBand[];
}

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** Uncompressed MVT bytes. */
  data: Uint8Array;
}

const EXTENT = 4096;

/**
 * A feature with `minzoom` m is first drawn at map zoom m. MapLibre draws map zoom z from tiles of zoom floor(z)
 * (512-pixel vector tiles), so tile z must carry every feature with m < z + 1.
 */
export function keepsFeatureAtZoom(properties: Record<string, unknown> | null, tileZoom: number): boolean {
  const minzoom = properties?.['minzoom'];
  return typeof minzoom !== 'number' || minzoom < tileZoom + 1;
}

interface BandIndex {
  band: ZoomBand;
  index: GeoJSONVT;
}

/**
 * Tile every layer from `minZoom` to `maxZoom`.
 * @returns the non-empty tiles; a tile none of whose layers has a feature is left out
 */
export function tileLayers(layers: readonly LayerInput[], minZoom: number, maxZoom: number): Tile[] {
  const indexed = layers.map((layer) => ({
    name: layer.name,
    bands: layer.bands.map((band): BandIndex => ({
      band,
      index: new GeoJSONVT(band.features, {
        // The archive's deepest zoom, whatever the band's: geojson-vt leaves tiles of its maxZoom unsimplified,
        // which is right only for the deepest tiles (over-zoomed by the map), not for a band's last zoom.
        maxZoom,
        indexMaxZoom: Math.min(maxZoom, 5),
        tolerance: band.tolerance ?? 3,
        extent: EXTENT,
        buffer: 64,
        wrap: false,
      }),
    })),
  }));
  const tiles: Tile[] = [];
  // Per band index, the tiles at the current zoom that hold anything: their children are the candidates next.
  const occupied = new Map<BandIndex, Set<string>>();
  for (const layer of indexed) for (const band of layer.bands) occupied.set(band, new Set(['0/0']));
  for (let z = 0; z <= maxZoom; z++) {
    const byTile = new Map<string, Record<string, GeoJSONVTTile>>();
    for (const layer of indexed) {
      for (const bandIndex of layer.bands) {
        const { band, index } = bandIndex;
        if (z > band.maxZoom) continue;
        const next = new Set<string>();
        for (const key of occupied.get(bandIndex)!) {
          const [px, py] = key.split('/').map(Number) as [number, number];
          // At zoom 0 the candidate is the root tile itself; below, the four children of an occupied parent.
          const candidates: [number, number][] =
            z === 0
              ? [[0, 0]]
              : [
                  [px * 2, py * 2],
                  [px * 2 + 1, py * 2],
                  [px * 2, py * 2 + 1],
                  [px * 2 + 1, py * 2 + 1],
                ];
          for (const [x, y] of candidates) {
            const tile = index.getTile(z, x, y);
            if (!tile) continue;
            // Drill on even when simplification left this tile empty: a feature too small to draw here (an
            // islet, a lake) is still there, and drawn, deeper down.
            next.add(`${x}/${y}`);
            if (tile.features.length === 0) continue;
            if (z < band.minZoom || z < minZoom) continue;
            const features = tile.features.filter((feature) => keepsFeatureAtZoom(feature.tags, z));
            if (features.length === 0) continue;
            const tileKey = `${x}/${y}`;
            const layersOfTile = byTile.get(tileKey) ?? {};
            const existing = layersOfTile[layer.name];
            layersOfTile[layer.name] = existing
              ? ({ ...existing, features: [...existing.features, ...features] } as GeoJSONVTTile)
              : ({ ...tile, features } as GeoJSONVTTile);
            byTile.set(tileKey, layersOfTile);
          }
        }
        occupied.set(bandIndex, next);
      }
    }
    for (const [key, layersOfTile] of byTile) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      tiles.push({ z, x, y, data: fromGeojsonVt(layersOfTile, { version: 2, extent: EXTENT }) });
    }
  }
  return tiles;
}
