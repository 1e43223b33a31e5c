import { readFileSync, readdirSync } from 'node:fs';
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
import { formatEventFilter, readLinkFilter } from '../../src/navigation/matching/filter-link.ts';
import type { Camera } from '../../src/navigation/camera.ts';

const GEODATA = new URL('../../geodata/', import.meta.url);
const eventIds = (
  JSON.parse(readFileSync(new URL('events.json', GEODATA), 'utf8')) as { events: { id: string }[] }
).events.map((event) => event.id);
const placeIds = readdirSync(GEODATA)
  .filter((file) => file.endsWith('.geojson'))
  .flatMap((file) =>
    (
      JSON.parse(readFileSync(new URL(file, GEODATA), 'utf8')) as { features: { properties: { id: string } }[] }
    ).features.map((feature) => feature.properties.id),
  );
const limits = (): LinkLimits => ({
  eventIds: new Set(eventIds),
  placeIds: new Set(placeIds),
  minZoom: 1,
  maxZoom: 17,
});
const parse = (search: string, hash = '') => parseLinkState(search, hash, limits());
const camera = (zoom: number, lat: number, lng: number, bearing = 0, pitch = 0): Camera => ({
  zoom,
  lat,
  lng,
  bearing,
  pitch,
});

describe('round trips', () => {
  it.each(eventIds)('event %s', (id) => {
    const { search } = formatLinkState({ event: id, embed: false, extra: [] });
    expect(parse(search)).toEqual({ state: { event: id, embed: false, extra: [] }, problems: [] });
  });

  it.each(placeIds)('place %s', (id) => {
    const { search } = formatLinkState({ place: id, embed: false, extra: [] });
    expect(parse(search).state.place).toBe(id);
  });

  it.each([
    camera(12.5, 33.299, 44.396),
    camera(4, 30, 40, 15, 30),
    camera(6.25, 35.171, -79.014),
    camera(1.5, -10.5, 179.9, -90, 0),
  ])('camera %o', (original) => {
    const { camera: parsed } = parseCameraHash(formatCameraHash(original), limits());
    expect(cameraAlmostEqual(parsed!, original)).toBe(true);
    expect(formatCameraHash(parsed!)).toBe(formatCameraHash(original));
  });

  it('keeps unknown parameters, in order, after ours', () => {
    const { state } = parse('?utm_source=x&event=embassy-attack&lang=fr&embed=1');
    expect(state.extra).toEqual([
      ['utm_source', 'x'],
      ['lang', 'fr'],
    ]);
    expect(formatLinkState(state).search).toBe('?event=embassy-attack&embed=1&utm_source=x&lang=fr');
  });

  it('is stable: formatting what it parsed gives the same link', () => {
    const link = formatLinkState({
      event: 'marines-to-embassy',
      place: 'pentagon',
      embed: true,
      camera: camera(5.5, 31.2, 45.1),
      extra: [['a', 'b c']],
    });
    const again = parse(link.search, link.hash).state;
    expect(formatLinkState(again)).toEqual(link);
  });
});

describe('camera hash format', () => {
  it('writes zoom/lat/lng, trimming zeros, with more decimals when zoomed in', () => {
    expect(formatCameraHash(camera(3, 30, 40))).toBe('#3/30/40');
    expect(formatCameraHash(camera(14, 33.29912345, 44.39612345))).toBe('#14/33.29912/44.39612');
  });

  it('adds bearing and pitch only when set', () => {
    expect(formatCameraHash(camera(4, 30, 40, 15))).toBe('#4/30/40/15');
    expect(formatCameraHash(camera(4, 30, 40, 0, 30))).toBe('#4/30/40/0/30');
  });
});

describe('bad input', () => {
  it('unknown event id: no event, a polite notice', () => {
    expect(parse('?event=nope')).toEqual({
      state: { embed: false, extra: [] },
      problems: [
        {
          part: 'event',
          kind: 'unknown-id',
          value: 'nope',
          message: 'No event called “nope” — showing the first event.',
        },
      ],
    });
  });

  it('unknown place id', () => {
    expect(parse('?place=atlantis').problems[0]).toMatchObject({ part: 'place', kind: 'unknown-id' });
  });

  it('out-of-range hash #999/999/999', () => {
    expect(parse('', '#999/999/999')).toMatchObject({ state: { embed: false }, problems: [{ kind: 'out-of-range' }] });
    expect(parse('', '#999/999/999').state.camera).toBeUndefined();
  });

  it('malformed camera hash #NaN/abc/1', () => {
    expect(parse('', '#NaN/abc/1').problems[0]).toMatchObject({ part: 'camera', kind: 'malformed' });
  });

  it('a bare number in the hash is a malformed camera', () => {
    expect(parse('', '#12').problems[0]).toMatchObject({ part: 'camera', kind: 'malformed' });
  });

  it("a page's own fragment (#notes) is kept, not read as a camera, not reported", () => {
    expect(parse('', '#notes')).toEqual({ state: { embed: false, extra: [], fragment: 'notes' }, problems: [] });
  });

  it('a fragment with a hyphen and digits (#section-2) is kept too', () => {
    expect(parse('', '#section-2').state).toMatchObject({ fragment: 'section-2' });
    expect(parse('', '#section-2').state.camera).toBeUndefined();
  });

  it('a kept fragment is written back as the hash; a camera wins over it', () => {
    expect(formatLinkState({ embed: false, extra: [], fragment: 'notes' }).hash).toBe('#notes');
    expect(formatLinkState({ embed: false, extra: [], fragment: 'notes', camera: camera(3, 30, 40) }).hash).toBe(
      '#3/30/40',
    );
  });

  it('latitude beyond 90', () => {
    expect(parse('', '#5/91/40').problems[0]?.kind).toBe('out-of-range');
  });

  it('latitude beyond what Web Mercator can show', () => {
    expect(parse('', '#5/86/40').problems[0]?.kind).toBe('out-of-range');
  });

  it('zoom outside the map’s range', () => {
    expect(parse('', '#0.5/30/40').problems[0]?.kind).toBe('out-of-range');
    expect(parse('', '#18/30/40').problems[0]?.kind).toBe('out-of-range');
  });

  it('too few and too many hash parts', () => {
    expect(parse('', '#12/33').problems[0]?.kind).toBe('malformed');
    expect(parse('', '#12/33/44/1/2/3').problems[0]?.kind).toBe('malformed');
  });

  it('numbers that are not plain decimals: NaN, Infinity, hex, exponents, signs, spaces', () => {
    for (const hash of ['#NaN/1/1', '#Infinity/1/1', '#0x5/1/1', '#1e400/1/1', '#+5/1/1', '# 5/1/1']) {
      expect(parse('', hash).problems[0]?.kind, hash).toBe('malformed');
    }
  });

  it('pitch beyond 85', () => {
    expect(parse('', '#5/30/40/0/90').problems[0]?.kind).toBe('out-of-range');
  });

  it('normalises bearing into (-180, 180]', () => {
    expect(parse('', '#5/30/40/270').state.camera?.bearing).toBe(-90);
  });

  it('an empty hash is no camera and no problem', () => {
    expect(parse('', '')).toEqual({ state: { embed: false, extra: [] }, problems: [] });
    expect(parse('', '#')).toEqual({ state: { embed: false, extra: [] }, problems: [] });
  });

  it('empty parameter', () => {
    expect(parse('?event=').problems[0]).toMatchObject({ part: 'event', kind: 'empty' });
  });

  it('duplicated parameter: neither value is used', () => {
    const result = parse('?event=embassy-attack&event=k1-rocket-attack');
    expect(result.state.event).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ part: 'event', kind: 'duplicate' });
  });

  it('a very long value is refused and never echoed whole', () => {
    const result = parse(`?event=${'a'.repeat(5000)}`);
    expect(result.problems[0]?.kind).toBe('too-long');
    expect(result.problems[0]!.value.length).toBeLessThanOrEqual(60);
    expect(result.problems[0]!.message.length).toBeLessThan(140);
  });

  it('a script payload is just an unknown id, kept as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const result = parse(`?event=${encodeURIComponent(payload)}`);
    expect(result.problems[0]).toMatchObject({ kind: 'unknown-id', value: payload });
    expect(result.problems[0]!.message).toContain(payload);
  });

  it('a broken percent-encoding does not throw', () => {
    expect(() => parse('?event=%E0%A4%A')).not.toThrow();
    expect(parse('?event=%E0%A4%A').problems[0]?.kind).toBe('unknown-id');
  });

  it('embed must be 1/true or 0/false', () => {
    expect(parse('?embed=1').state.embed).toBe(true);
    expect(parse('?embed=0').state.embed).toBe(false);
    expect(parse('?embed=yes').problems[0]).toMatchObject({ part: 'embed', kind: 'malformed' });
  });

  it('keeps both an event and a place', () => {
    expect(parse('?event=embassy-attack&place=pentagon').state).toMatchObject({
      event: 'embassy-attack',
      place: 'pentagon',
    });
  });
});

describe('problem messages, one per kind', () => {
  const limits: LinkLimits = { eventIds: new Set(['a']), placeIds: new Set(['p']), minZoom: 1, maxZoom: 17 };
  const messageOf = (search: string, hash = '') => parseLinkState(search, hash, limits).problems[0]?.message;

  it('a malformed camera is called the map position', () => {
    expect(messageOf('', '#1/2')).toBe('The map position in this link could not be read — showing the default view.');
  });

  it('an out-of-range camera is called the map position', () => {
    expect(messageOf('', '#30/2/3')).toBe('The map position in this link is out of range — showing the default view.');
  });

  it('a malformed embed names the part', () => {
    expect(messageOf('?embed=maybe')).toBe('The embed in this link could not be read — showing the full page.');
  });

  it('a duplicate, an empty and a too-long value name their part and what is shown instead', () => {
    expect(messageOf('?place=p&place=q')).toBe('This link names more than one place — no place panel opened.');
    expect(messageOf('?event=%20')).toBe('This link names an empty event — showing the first event.');
    expect(messageOf(`?place=${'x'.repeat(201)}`)).toBe('The place in this link is too long — no place panel opened.');
  });

  it('a value of exactly 60 characters is shown whole; 61 is cut to 59 and an ellipsis', () => {
    const sixty = 'y'.repeat(60);
    expect(parseLinkState(`?event=${sixty}`, '', limits).problems[0]!.value).toBe(sixty);
    expect(parseLinkState(`?event=${sixty}z`, '', limits).problems[0]!.value).toBe(`${'y'.repeat(59)}…`);
  });
});

/**
 * Edges of link reading and writing: the limits themselves are accepted, one step beyond is refused, and what is
 * written back is exactly what was read.
 */
describe('link-state-edges', () => {
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
      expect(formatCameraHash({ zoom: 0, lat: 12.3456789, lng: 45.6789123, bearing: 0, pitch: 0 })).toBe(
        '#0/12.3/45.7',
      );
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
});

describe('the event filter in a link', () => {
  const withActors = (): LinkLimits => ({ ...limits(), actors: new Set(['Militia']) });
  const filters = { readLinkFilter, formatEventFilter };
  it('is read, kept apart from the parameters we do not know, and written back', () => {
    const parsed = parseLinkState('?event=x&q=gate&kind=strike&utm=1&actor=Militia', '', withActors(), filters);
    expect(parsed.state.filter).toEqual({ text: 'gate', kinds: ['strike'], actor: 'Militia' });
    expect(parsed.state.extra).toEqual([['utm', '1']]);
    expect(formatLinkState(parsed.state, filters).search).toBe('?q=gate&kind=strike&actor=Militia&utm=1');
  });
  it('without the filter’s code (not loaded): its keys pass through unread and unchanged, with no notice', () => {
    const parsed = parseLinkState('?kind=riot&q=gate&utm=1', '', withActors());
    expect(parsed.state.filter).toBeUndefined();
    expect(parsed.problems).toEqual([]);
    expect(formatLinkState(parsed.state).search).toBe('?kind=riot&q=gate&utm=1');
  });
  it('a bad value: no filter at all, and a notice that every event is shown', () => {
    const parsed = parseLinkState('?kind=riot&q=gate', '', withActors(), filters);
    expect(parsed.state.filter).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ part: 'filter', kind: 'unknown-id', value: 'riot' });
    expect(parsed.problems[0]!.message).toBe(
      'The filter “kind=riot” names nothing in this story — showing every event.',
    );
  });
  it('an actor filter without the story’s actors as a limit is refused', () => {
    const parsed = parseLinkState('?actor=Militia', '', limits(), filters);
    expect(parsed.problems[0]).toMatchObject({ part: 'filter', kind: 'unknown-id' });
  });
});
