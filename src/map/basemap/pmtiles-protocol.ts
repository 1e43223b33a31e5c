/**
 * MapLibre's `pmtiles://` protocol for the archives the page opened (the built-in basemap and an optional detail
 * extract): a tile by `pmtiles://<archive URL>/{z}/{x}/{y}`, and for a source given by `url: pmtiles://<archive URL>`
 * the TileJSON its header gives. It does what pmtiles' own `Protocol` does for these two requests, without its
 * MapLibre 3 adapter, metadata and error options (about 0.5 KB gzip of first-view code).
 */
import type { PMTiles } from 'pmtiles';
import type { AddProtocolAction } from 'maplibre-gl';

const TILE = /^pmtiles:\/\/(.+)\/(\d+)\/(\d+)\/(\d+)$/;

/**
 * @param archives - the opened archives by URL; the protocol answers only for these (the page opens every
 * archive before a style can name it)
 */
export function pmtilesProtocol(archives: ReadonlyMap<string, PMTiles>): AddProtocolAction {
  const archiveAt = (url: string) => {
    const archive = archives.get(url);
    if (!archive) throw new Error(`no opened PMTiles archive at ${url}`);
    return archive;
  };
  return async ({ url, type }, abortController) => {
    if (type === 'json') {
      const header = await archiveAt(url.slice('pmtiles://'.length)).getHeader();
      return {
        data: {
          tiles: [`${url}/{z}/{x}/{y}`],
          minzoom: header.minZoom,
          maxzoom: header.maxZoom,
          bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
        },
      };
    }
    const [, archiveUrl, z, x, y] = TILE.exec(url) ?? [];
    if (!archiveUrl) throw new Error(`not a PMTiles tile URL: ${url}`);
    const archive = archiveAt(archiveUrl);
    const tile = await archive.getZxy(+z!, +x!, +y!, abortController.signal);
    abortController.signal.throwIfAborted();
    if (tile) return { data: new Uint8Array(tile.data), cacheControl: tile.cacheControl, expires: tile.expires };
    // A tile the archive leaves out is empty (an ocean, say), not an error: every archive the page opens holds
    // vector tiles (basemap.ts checks), for which pmtiles' Protocol answers the same.
    return { data: new Uint8Array() };
  };
}
