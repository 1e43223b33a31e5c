import { describe, expect, it } from 'vitest';
import type { PMTiles } from 'pmtiles';
import type { RequestParameters } from 'maplibre-gl';
import { pmtilesProtocol } from '../../../src/map/basemap/pmtiles-protocol.ts';

const URL_A = 'http://127.0.0.1/maps/a.pmtiles';

/** An archive holding one tile, 3/4/2, with the header fields the protocol reads. */
function fakeArchive(): PMTiles {
  return {
    getHeader: async () => ({ minZoom: 0, maxZoom: 7, minLon: -180, minLat: -85, maxLon: 180, maxLat: 85 }),
    getZxy: async (z: number, x: number, y: number) =>
      z === 3 && x === 4 && y === 2
        ? { data: new Uint8Array([1, 2, 3]).buffer, cacheControl: 'max-age=60', expires: undefined }
        : undefined,
  } as unknown as PMTiles;
}

const ask = (url: string, type?: RequestParameters['type']) =>
  pmtilesProtocol(new Map([[URL_A, fakeArchive()]]))({ url, type } as RequestParameters, new AbortController());

describe('pmtiles protocol', () => {
  it('a tile of an opened archive, with its caching header', async () => {
    const { data, cacheControl } = await ask(`pmtiles://${URL_A}/3/4/2`);
    expect([...(data as Uint8Array)]).toEqual([1, 2, 3]);
    expect(cacheControl).toBe('max-age=60');
  });

  it('a tile the archive leaves out is empty, not an error', async () => {
    const { data } = await ask(`pmtiles://${URL_A}/3/5/2`);
    expect((data as Uint8Array).byteLength).toBe(0);
  });

  it('a source by url gets TileJSON from the header', async () => {
    const { data } = await ask(`pmtiles://${URL_A}`, 'json');
    expect(data).toEqual({
      tiles: [`pmtiles://${URL_A}/{z}/{x}/{y}`],
      minzoom: 0,
      maxzoom: 7,
      bounds: [-180, -85, 180, 85],
    });
  });

  it('an archive the page did not open is an error naming it', async () => {
    await expect(ask('pmtiles://http://127.0.0.1/other.pmtiles/1/0/0')).rejects.toThrow(
      'no opened PMTiles archive at http://127.0.0.1/other.pmtiles',
    );
  });

  it('a URL that is not a tile address is an error', async () => {
    await expect(ask(`pmtiles://${URL_A}/3/4`)).rejects.toThrow('not a PMTiles tile URL');
  });

  it('an aborted request rejects', async () => {
    const controller = new AbortController();
    controller.abort();
    const protocol = pmtilesProtocol(new Map([[URL_A, fakeArchive()]]));
    await expect(protocol({ url: `pmtiles://${URL_A}/3/4/2` } as RequestParameters, controller)).rejects.toThrow();
  });
});
