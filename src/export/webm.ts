/**
 * A minimal WebM (Matroska) writer for one video track of VP8 or VP9 frames from WebCodecs' VideoEncoder: EBML
 * header, segment info with the duration, the track, and clusters of SimpleBlocks. The whole file is written at
 * once, in memory, so every element has its exact size (no "unknown size", no seeking back).
 * Element ids and layout: the Matroska specification (RFC 9559) and the WebM container guidelines.
 */

export interface EncodedFrame {
  data: Uint8Array;
  /** Presentation time in microseconds. */
  timestampUs: number;
  key: boolean;
}

export interface WebMTrack {
  codec: 'V_VP9' | 'V_VP8';
  width: number;
  height: number;
  /** One frame's duration in microseconds (1e6 / fps). */
  frameDurationUs: number;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** An element id as its bytes (ids carry their own length marker). */
function idBytes(id: number): Uint8Array {
  const bytes: number[] = [];
  for (let value = id; value > 0; value = Math.floor(value / 256)) bytes.unshift(value % 256);
  return Uint8Array.from(bytes);
}

/** An element size as an EBML variable-length integer, in as few bytes as it needs. */
export function sizeVint(size: number): Uint8Array {
  for (let length = 1; length <= 8; length++) {
    // All ones is reserved for "unknown size".
    if (size < 2 ** (7 * length) - 1) {
      const bytes = new Uint8Array(length);
      let value = size;
      for (let i = length - 1; i >= 0; i--) {
        bytes[i] = value % 256;
        value = Math.floor(value / 256);
      }
      bytes[0]! |= 1 << (8 - length);
      return bytes;
    }
  }
  throw new Error(`element too large: ${size} bytes`);
}

const element = (id: number, ...payload: Uint8Array[]): Uint8Array => {
  const body = concat(payload);
  return concat([idBytes(id), sizeVint(body.length), body]);
};

const uint = (id: number, value: number): Uint8Array => {
  const bytes: number[] = [];
  for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return element(id, Uint8Array.from(bytes));
};

const float = (id: number, value: number): Uint8Array => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value);
  return element(id, bytes);
};

const text = (id: number, value: string): Uint8Array => element(id, new TextEncoder().encode(value));

/** Matroska element ids used here. */
const ID = {
  EBML: 0x1a45dfa3,
  EBMLVersion: 0x4286,
  EBMLReadVersion: 0x42f7,
  EBMLMaxIDLength: 0x42f2,
  EBMLMaxSizeLength: 0x42f3,
  DocType: 0x4282,
  DocTypeVersion: 0x4287,
  DocTypeReadVersion: 0x4285,
  Segment: 0x18538067,
  Info: 0x1549a966,
  TimestampScale: 0x2ad7b1,
  Duration: 0x4489,
  MuxingApp: 0x4d80,
  WritingApp: 0x5741,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackUID: 0x73c5,
  TrackType: 0x83,
  FlagLacing: 0x9c,
  CodecID: 0x86,
  DefaultDuration: 0x23e383,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  Cluster: 0x1f43b675,
  Timestamp: 0xe7,
  SimpleBlock: 0xa3,
} as const;

/** Timestamps in milliseconds (TimestampScale 1 ms), as browsers' own recordings use. */
const TIMESTAMP_SCALE_NS = 1_000_000;
/** A SimpleBlock's time is a signed 16-bit offset from its cluster's: start a new cluster well before that. */
const MAX_CLUSTER_MS = 30_000;

/**
 * The WebM file for a track's encoded frames, in presentation order.
 * @throws for no frames, or a first frame that is not a key frame (no player could start it)
 */
export function muxWebM(track: WebMTrack, frames: readonly EncodedFrame[]): Uint8Array {
  if (frames.length === 0) throw new Error('no frames to write');
  if (!frames[0]!.key) throw new Error('the first frame must be a key frame');
  const last = frames[frames.length - 1]!;
  const durationMs = (last.timestampUs + track.frameDurationUs) / 1000;
  const header = element(
    ID.EBML,
    uint(ID.EBMLVersion, 1),
    uint(ID.EBMLReadVersion, 1),
    uint(ID.EBMLMaxIDLength, 4),
    uint(ID.EBMLMaxSizeLength, 8),
    text(ID.DocType, 'webm'),
    uint(ID.DocTypeVersion, 2),
    uint(ID.DocTypeReadVersion, 2),
  );
  const info = element(
    ID.Info,
    uint(ID.TimestampScale, TIMESTAMP_SCALE_NS),
    float(ID.Duration, durationMs),
    text(ID.MuxingApp, 'situation-map'),
    text(ID.WritingApp, 'situation-map'),
  );
  const tracks = element(
    ID.Tracks,
    element(
      ID.TrackEntry,
      uint(ID.TrackNumber, 1),
      uint(ID.TrackUID, 1),
      uint(ID.TrackType, 1),
      uint(ID.FlagLacing, 0),
      text(ID.CodecID, track.codec),
      uint(ID.DefaultDuration, Math.round(track.frameDurationUs * 1000)),
      element(ID.Video, uint(ID.PixelWidth, track.width), uint(ID.PixelHeight, track.height)),
    ),
  );
  const clusters: Uint8Array[] = [];
  let clusterStart = -1;
  let blocks: Uint8Array[] = [];
  const closeCluster = () => {
    if (blocks.length > 0) clusters.push(element(ID.Cluster, uint(ID.Timestamp, clusterStart), ...blocks));
    blocks = [];
  };
  for (const frame of frames) {
    const ms = Math.round(frame.timestampUs / 1000);
    // Each cluster starts on a key frame, so a player can seek to any cluster.
    if (clusterStart < 0 || (frame.key && ms - clusterStart > 0) || ms - clusterStart > MAX_CLUSTER_MS) {
      closeCluster();
      clusterStart = ms;
    }
    const blockHeader = new Uint8Array(4);
    blockHeader[0] = 0x81; // track number 1 as a one-byte vint
    new DataView(blockHeader.buffer).setInt16(1, ms - clusterStart);
    blockHeader[3] = frame.key ? 0x80 : 0x00;
    blocks.push(element(ID.SimpleBlock, blockHeader, frame.data));
  }
  closeCluster();
  return concat([header, element(ID.Segment, info, tracks, ...clusters)]);
}
