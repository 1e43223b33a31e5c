import { describe, expect, it } from 'vitest';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { keepsFeatureAtZoom, tileLayers, type LayerInput, type Tile } from '../../build/basemap/tiler.ts';
import { writePmtiles } from '../../build/basemap/pmtiles-writer.ts';

/** The pmtiles reader over bytes in memory, as it would read them over HTTP ranges. */
class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const point = (name: string, lng: number, lat: number, minzoom?: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: minzoom === undefined ? { name } : { name, minzoom },
});
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Slippy-map tile of a position, the textbook formula, to check the tiler against. */
function tileOf(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [
    Math.floor(((lng + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  ];
}

function namesIn(tile: Tile | undefined, layer: string): string[] {
  if (!tile) return [];
  const decoded = new VectorTile(new PbfReader(tile.data)).layers[layer];
  if (!decoded) return [];
  return Array.from({ length: decoded.length }, (_, i) => String(decoded.feature(i).properties['name']));
}

const fixture: LayerInput[] = [
  {
    name: 'places',
    bands: [
      {
        minZoom: 0,
        maxZoom: 6,
        features: collection(point('Baghdad', 44.39, 33.31), point('Abu Kamal', 40.92, 34.45, 5.7)),
      },
    ],
  },
  {
    name: 'rivers',
    bands: [
      {
        minZoom: 0,
        maxZoom: 6,
        features: collection({
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [38.0, 36.0],
              [40.9, 34.5],
              [44.0, 32.5],
              [47.5, 30.5],
            ],
          },
          properties: { name: 'a river' },
        }),
      },
    ],
  },
];

describe('tileLayers', () => {
  const tiles = tileLayers(fixture, 0, 6);
  const find = (z: number, [x, y]: [number, number]) => tiles.find((t) => t.z === z && t.x === x && t.y === y);

  it('puts a point in the tile that covers it, at every zoom', () => {
    for (let z = 0; z <= 6; z++)
      expect(namesIn(find(z, tileOf(44.39, 33.31, z)), 'places'), `z${z}`).toContain('Baghdad');
  });

  it('leaves a point out of the tiles that do not cover it', () => {
    const [x, y] = tileOf(44.39, 33.31, 6);
    expect(namesIn(find(6, [x - 1, y]), 'places')).not.toContain('Baghdad');
  });

  it('writes no tile where no layer has anything', () => {
    // Zoom 6 tile over the middle of the Pacific.
    expect(find(6, tileOf(-150, 0, 6))).toBeUndefined();
  });

  it('honours a minzoom: a feature first drawn at 5.7 is in tiles of zoom 5 and deeper, not 4', () => {
    expect(namesIn(find(4, tileOf(40.92, 34.45, 4)), 'places')).not.toContain('Abu Kamal');
    expect(namesIn(find(5, tileOf(40.92, 34.45, 5)), 'places')).toContain('Abu Kamal');
  });

  it('keeps a feature too small to survive simplification at low zooms in the deeper tiles', () => {
    const islet: LayerInput = {
      name: 'land',
      bands: [
        {
          minZoom: 0,
          maxZoom: 12,
          features: collection({
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [44.4, 33.3],
                  [44.401, 33.3],
                  [44.401, 33.301],
                  [44.4, 33.3],
                ],
              ],
            },
            properties: { name: 'islet' },
          }),
        },
      ],
    };
    const deep = tileLayers([islet], 0, 12).find((t) => t.z === 12);
    expect(namesIn(deep, 'land')).toEqual(['islet']);
  });

  it('tiles lines as well as points, in their own source layer', () => {
    expect(namesIn(find(6, tileOf(44.0, 32.5, 6)), 'rivers')).toEqual(['a river']);
  });
});

describe('keepsFeatureAtZoom', () => {
  it('keeps a feature without a minzoom at every zoom', () => {
    expect(keepsFeatureAtZoom({}, 0)).toBe(true);
  });
  it('keeps a feature in the tile whose zoom range reaches its minzoom', () => {
    expect(keepsFeatureAtZoom({ minzoom: 6.9 }, 6)).toBe(true);
    expect(keepsFeatureAtZoom({ minzoom: 7 }, 6)).toBe(false);
  });
});

describe('writePmtiles', () => {
  const options = {
    metadata: { name: 'fixture', vector_layers: [{ id: 'places', fields: {} }] },
    bounds: [-180, -85, 180, 85] as [number, number, number, number],
    center: [44, 33, 4] as [number, number, number],
  };

  it('round-trips through the pmtiles reader: every tile comes back with the same features', async () => {
    const tiles = tileLayers(fixture, 0, 6);
    const archive = new PMTiles(new BytesSource(writePmtiles(tiles, options)));
    for (const tile of tiles) {
      const read = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(read, `${tile.z}/${tile.x}/${tile.y}`).toBeDefined();
      const back: Tile = { ...tile, data: new Uint8Array(read!.data) };
      expect(namesIn(back, 'places')).toEqual(namesIn(tile, 'places'));
      expect(namesIn(back, 'rivers')).toEqual(namesIn(tile, 'rivers'));
    }
  });

  it('writes a header the reader understands: zooms, bounds, centre, tile type, metadata', async () => {
    const archive = new PMTiles(new BytesSource(writePmtiles(tileLayers(fixture, 0, 6), options)));
    const header = await archive.getHeader();
    expect([header.specVersion, header.minZoom, header.maxZoom, header.tileType]).toEqual([3, 0, 6, 1]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([-180, -85, 180, 85]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([44, 33, 4]);
    expect(await archive.getMetadata()).toEqual(options.metadata);
  });

  it('answers nothing for a tile the archive does not hold', async () => {
    const archive = new PMTiles(new BytesSource(writePmtiles(tileLayers(fixture, 0, 6), options)));
    expect(await archive.getZxy(6, ...tileOf(-150, 0, 6))).toBeUndefined();
  });

  it('stores identical tiles once, as one run for consecutive ids', async () => {
    const same = new Uint8Array([1, 2, 3]);
    const tiles = [0, 1, 2, 3].map((x) => ({ z: 2, x, y: 0, data: same }));
    const archive = new PMTiles(new BytesSource(writePmtiles(tiles, options)));
    const header = await archive.getHeader();
    expect([header.numAddressedTiles, header.numTileContents]).toEqual([4, 1]);
    for (const tile of tiles) expect(new Uint8Array((await archive.getZxy(2, tile.x, 0))!.data)).toEqual(same);
  });

  it('moves entries into leaf directories when the root would not fit in the first 16 KiB', async () => {
    // About 20,000 tiles of irregular ids and sizes (a seeded generator): a directory far over 16 KiB.
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const tiles: Tile[] = [];
    for (let x = 0; x < 256; x++)
      for (let y = 0; y < 256; y++)
        if (random() < 0.3)
          tiles.push({
            z: 8,
            x,
            y,
            data: Uint8Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256)),
          });
    const archive = new PMTiles(new BytesSource(writePmtiles(tiles, options)));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const tile of [tiles[0]!, tiles.at(-1)!, tiles[5000]!, tiles[12345]!])
      expect(new Uint8Array((await archive.getZxy(8, tile.x, tile.y))!.data)).toEqual(tile.data);
  }, 30_000);

  it('refuses the same tile twice', () => {
    const tile = { z: 0, x: 0, y: 0, data: new Uint8Array([1]) };
    expect(() => writePmtiles([tile, tile], options)).toThrow(/given twice/);
  });
});
