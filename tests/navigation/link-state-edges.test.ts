/**
 * Edges of link reading and writing: the limits themselves are accepted, one step beyond is refused, and what is
 * written back is exactly what was read.
 */
import { describe, expect, it } from 'vitest';
import {
  cameraAlmostEqual,
  formatCameraHash,
  formatLinkState,
  isCameraFragment,
  parseCameraHash,
  parseLinkState,
  type LinkLimits,
} from '../../src/navigation/link-state.ts';

const limits: LinkLimits = {
  eventIds: new Set(['embassy-attack']),
  placeIds: new Set(['k1-air-base']),
  minZoom: 1,
  maxZoom: 17,
};
const cameraOf = (hash: string) => parseCameraHash(hash, limits);
const kindOf = (hash: string) => cameraOf(hash).problem?.kind;

describe('isCameraFragment', () => {
  it('reads a number or a slash-separated position as a camera, with or without the #', () => {
    expect(isCameraFragment('#12')).toBe(true);
    expect(isCameraFragment('1.5')).toBe(true);
    expect(isCameraFragment('5/30/40')).toBe(true);
  });

  it('does not read a page section name as a camera', () => {
    expect(isCameraFragment('#notes')).toBe(false);
    expect(isCameraFragment('section-2')).toBe(false);
  });
});

describe('camera limits', () => {
  it('accepts the zoom limits themselves and refuses beyond them', () => {
    expect(kindOf('#1/30/40')).toBeUndefined();
    expect(kindOf('#17/30/40')).toBeUndefined();
    expect(kindOf('#0.99/30/40')).toBe('out-of-range');
    expect(kindOf('#17.01/30/40')).toBe('out-of-range');
  });

  it('accepts the Web Mercator latitude limit itself, north and south', () => {
    expect(kindOf('#5/85.051129/40')).toBeUndefined();
    expect(kindOf('#5/-85.051129/40')).toBeUndefined();
    expect(kindOf('#5/85.05113/40')).toBe('out-of-range');
  });

  it('accepts longitude ±180 and refuses beyond', () => {
    expect(kindOf('#5/30/180')).toBeUndefined();
    expect(kindOf('#5/30/-180')).toBeUndefined();
    expect(kindOf('#5/30/180.5')).toBe('out-of-range');
    expect(kindOf('#5/30/-181')).toBe('out-of-range');
  });

  it('accepts bearings up to a full turn either way and refuses beyond', () => {
    expect(kindOf('#5/30/40/360')).toBeUndefined();
    expect(kindOf('#5/30/40/-360')).toBeUndefined();
    expect(kindOf('#5/30/40/361')).toBe('out-of-range');
  });

  it('accepts pitch from 0 to 85 and refuses a negative pitch', () => {
    expect(kindOf('#5/30/40/0/0')).toBeUndefined();
    expect(kindOf('#5/30/40/0/85')).toBeUndefined();
    expect(kindOf('#5/30/40/0/-1')).toBe('out-of-range');
    expect(kindOf('#5/30/40/0/85.5')).toBe('out-of-range');
  });

  it('reads bearing 180 and -180 both as 180, and a full turn as 0', () => {
    expect(cameraOf('#5/30/40/180').camera?.bearing).toBe(180);
    expect(cameraOf('#5/30/40/-180').camera?.bearing).toBe(180);
    expect(cameraOf('#5/30/40/360').camera?.bearing).toBe(0);
    expect(cameraOf('#5/30/40/190').camera?.bearing).toBe(-170);
  });

  it('accepts a camera of exactly 200 characters and refuses 201 as too long, calling it the camera', () => {
    const exactly = `5.${'0'.repeat(200 - '5./30/40'.length)}/30/40`;
    expect(exactly).toHaveLength(200);
    expect(cameraOf(exactly).camera).toEqual({ zoom: 5, lat: 30, lng: 40, bearing: 0, pitch: 0 });
    const tooLong = `#5.${'0'.repeat(201 - '5./30/40'.length)}/30/40`;
    expect(cameraOf(tooLong).problem).toMatchObject({
      part: 'camera',
      kind: 'too-long',
      message: 'The camera in this link is too long — showing the default view.',
    });
  });
});

describe('parameters', () => {
  it('reports both values of a duplicated parameter, comma-separated', () => {
    const { problems } = parseLinkState('?event=a&event=b', '', limits);
    expect(problems).toEqual([
      expect.objectContaining({
        part: 'event',
        kind: 'duplicate',
        value: 'a, b',
        message: 'This link names more than one event — showing the first event.',
      }),
    ]);
  });

  it('accepts a value of exactly 200 characters as an id to look up, refuses 201', () => {
    const at200 = parseLinkState(`?event=${'a'.repeat(200)}`, '', limits).problems[0];
    expect(at200?.kind).toBe('unknown-id');
    const at201 = parseLinkState(`?event=${'a'.repeat(201)}`, '', limits).problems[0];
    expect(at201?.kind).toBe('too-long');
  });

  it('reads embed=true as embedded and embed=false or 0 as not, without complaint', () => {
    expect(parseLinkState('?embed=true', '', limits)).toEqual({ state: { embed: true, extra: [] }, problems: [] });
    expect(parseLinkState('?embed=false', '', limits)).toEqual({ state: { embed: false, extra: [] }, problems: [] });
    expect(parseLinkState('?embed=0', '', limits)).toEqual({ state: { embed: false, extra: [] }, problems: [] });
  });

  it('complains about no part when there are no parameters at all', () => {
    expect(parseLinkState('', '', limits).problems).toEqual([]);
  });

  it('keeps a fragment given without its #', () => {
    expect(parseLinkState('', 'notes', limits).state.fragment).toBe('notes');
  });

  it('sets no camera at all (not even an empty one) when the hash holds none', () => {
    expect(Object.keys(parseLinkState('', '', limits).state)).not.toContain('camera');
    expect(Object.keys(parseLinkState('', '#5/30/999', limits).state)).not.toContain('camera');
  });
});

describe('writing links', () => {
  it('writes an empty search and hash for a state with nothing in it', () => {
    expect(formatLinkState({ embed: false, extra: [] })).toEqual({ search: '', hash: '' });
  });

  it('writes only the parts that are set', () => {
    expect(formatLinkState({ place: 'k1-air-base', embed: false, extra: [] })).toEqual({
      search: '?place=k1-air-base',
      hash: '',
    });
  });

  it('writes one decimal at zoom 0 and four at zoom 10 (about a pixel)', () => {
    expect(formatCameraHash({ zoom: 0, lat: 12.3456789, lng: 45.6789123, bearing: 0, pitch: 0 })).toBe('#0/12.3/45.7');
    expect(formatCameraHash({ zoom: 10, lat: 12.3456789, lng: 45.6789123, bearing: 0, pitch: 0 })).toBe(
      '#10/12.3457/45.6789',
    );
  });

  it('tells apart cameras that differ visibly', () => {
    const a = { zoom: 5, lat: 30, lng: 40, bearing: 0, pitch: 0 };
    expect(cameraAlmostEqual(a, { ...a, lat: 31 })).toBe(false);
    expect(cameraAlmostEqual(a, { ...a, lat: 30.0000001 })).toBe(true);
  });
});
