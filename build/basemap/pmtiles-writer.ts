/**
 * A PMTiles v3 writer, per the public specification (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, a root directory, JSON metadata, leaf directories, then the tile data. The `pmtiles`
 * package reads archives but does not write them; its reader is the test that this writer is right.
 *
 * Tiles with identical bytes are stored once (ocean-only or land-only tiles repeat a lot), and consecutive
 * tile ids with the same content become one run-length entry.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as the client should get them after decompression (e.g. an uncompressed MVT). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** JSON written into the archive's metadata (vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
}

/** Tile type and compression codes from the spec. */
const TILE_TYPE_MVT = 1;
const COMPRESSION_GZIP = 2;
const HEADER_BYTES = 127;
/** Header plus root directory must fit in the first 16 KiB, which readers fetch in one request. */
const FIRST_FETCH_BYTES = 16_384;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function writeVarint(out: number[], value: number): void {
  // Tile ids exceed 2^32 beyond zoom 15, so no bitwise operators on the full value.
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** Serialise directory entries as the spec lays them out: counts, then each column, delta or run coded. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    // 0 means "right after the previous entry's data"; anything else is offset + 1.
    if (previous && entry.offset === previous.offset + previous.length) writeVarint(out, 0);
    else writeVarint(out, entry.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/**
 * Split entries into a root directory and leaf directories until the root fits beside the header in the
 * first 16 KiB.
 */
function buildDirectories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = serializeDirectory(entries);
  if (whole.length <= FIRST_FETCH_BYTES - HEADER_BYTES) return { root: whole, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leaf = serializeDirectory(entries.slice(start, start + leafSize));
      // A root entry with run length 0 points at a leaf directory.
      rootEntries.push({ tileId: entries[start]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (root.length <= FIRST_FETCH_BYTES - HEADER_BYTES) return { root, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setBigUint64(at, BigInt(value), true);
}

/**
 * Write a PMTiles v3 archive of gzip-compressed MVT tiles.
 * @param tiles - the tiles, in any order; empty tiles should simply be left out
 * @param options - metadata, bounds and centre for the header
 * @returns the archive's bytes
 */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), z: tile.z, data: tile.data }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const dataParts: Uint8Array[] = [];
  let dataLength = 0;
  for (const [index, tile] of sorted.entries()) {
    if (index > 0 && sorted[index - 1]!.tileId === tile.tileId) throw new Error(`tile ${tile.tileId} given twice`);
    const compressed = gzipSync(tile.data, { level: 9 });
    const key = createHash('sha1').update(compressed).digest('hex');
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataLength, length: compressed.length };
      stored.set(key, place);
      dataParts.push(compressed);
      dataLength += compressed.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { root, leaves } = buildDirectories(entries);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)), { level: 9 });
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  setUint64(view, 8, rootOffset);
  setUint64(view, 16, root.length);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, metadata.length);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, leaves.length);
  setUint64(view, 56, dataOffset);
  setUint64(view, 64, dataLength);
  setUint64(view, 72, sorted.length);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, stored.size);
  header[96] = 1; // clustered: tile data is written in tile-id order
  header[97] = COMPRESSION_GZIP;
  header[98] = COMPRESSION_GZIP;
  header[99] = TILE_TYPE_MVT;
  header[100] = sorted.length ? Math.min(...sorted.map((tile) => tile.z)) : 0;
  header[101] = sorted.length ? Math.max(...sorted.map((tile) => tile.z)) : 0;
  const [west, south, east, north] = options.bounds;
  view.setInt32(102, Math.round(west * 1e7), true);
  view.setInt32(106, Math.round(south * 1e7), true);
  view.setInt32(110, Math.round(east * 1e7), true);
  view.setInt32(114, Math.round(north * 1e7), true);
  const [centerLon, centerLat, centerZoom] = options.center;
  header[118] = centerZoom;
  view.setInt32(119, Math.round(centerLon * 1e7), true);
  view.setInt32(123, Math.round(centerLat * 1e7), true);
  return concat([header, root, metadata, leaves, ...dataParts]);
}
