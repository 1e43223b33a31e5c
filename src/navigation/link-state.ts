/**
 * The URL model for shareable links, as pure functions: parse, validate, format.
 *
 * - `?event=<id>`   a step, in its end state
 * - `?place=<id>`   a place, its panel open
 * - `#zoom/lat/lng[/bearing/pitch]`  the camera, in MapLibre's own hash format; wins over default framing
 * - `?embed=1`      minimal chrome for an iframe
 * - `?q=…&from=…&to=…&kind=…&actor=…&at=…`  a filter of the event list (see navigation/event-filter.ts)
 * Unknown parameters are kept, in order, and so is a fragment that is not a camera (`#notes`, `#section-2`):
 * a page's own anchor is neither read as a camera nor reported. As in maplibre-gl-js `src/ui/hash.ts`, parsing, validating and
 * applying are separate steps and an invalid part changes nothing; unlike it, the limits (known ids, zoom
 * range) are passed in, so validation needs no map.
 */
import type { Camera } from './camera.ts';
import { FILTER_KEYS, type EventFilter, type FilterLimits } from '../navigation/event-filter.ts';

/**
 * The filter's part of the codec (matching/filter-link.ts): it loads on demand with the filter's matching, so it is
 * passed in. Without it a link's filter keys pass through unread and unchanged, as parameters we do not know do.
 */
export interface FilterCodec {
  /** The filter a link names, or the notice for why it cannot be used. */
  readLinkFilter(params: URLSearchParams, limits: FilterLimits): { filter?: EventFilter; problem?: LinkProblem };
  /** The filter as key–value pairs, in the order they are written. */
  formatEventFilter(filter: EventFilter | undefined): [string, string][];
}

export interface LinkLimits {
  eventIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  minZoom: number;
  maxZoom: number;
  /** The story's actors, for a filter by actor; without them a link's filter by actor is refused. */
  actors?: ReadonlySet<string>;
}

export interface LinkState {
  event?: string;
  place?: string;
  camera?: Camera;
  embed: boolean;
  /** A filter of the event list, only when the link's whole filter was valid. */
  filter?: EventFilter;
  /** Parameters we do not know, kept in order so a link passes through unchanged. */
  extra: [string, string][];
  /** A fragment that is not a camera (without `#`), kept as it is. */
  fragment?: string;
}

export type LinkPart = 'event' | 'place' | 'camera' | 'embed' | 'filter';
export type LinkProblemKind = 'unknown-id' | 'malformed' | 'out-of-range' | 'duplicate' | 'empty' | 'too-long';

/** Something in a link that could not be used; `message` is plain text for a polite notice. */
export interface LinkProblem {
  part: LinkPart;
  kind: LinkProblemKind;
  /** The offending value, shortened: never more than SHOWN_LENGTH characters. */
  value: string;
  message: string;
}

/** Longer values are rejected outright: no id is that long, and a notice must stay short. */
export const MAX_VALUE_LENGTH = 200;
const SHOWN_LENGTH = 60;
/** Web Mercator's latitude limit: MapLibre cannot show beyond it. */
const MAX_LATITUDE = 85.051129;
const MAX_PITCH = 85;
const KNOWN = new Set<string>(['event', 'place', 'embed']);
const FILTER_KEY_SET = new Set<string>(FILTER_KEYS);
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A value as a notice shows it: at most SHOWN_LENGTH characters. */
export function shorten(value: string): string {
  return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value;
}

const FALLBACK: Record<LinkPart, string> = {
  event: 'showing the first event',
  place: 'no place panel opened',
  camera: 'showing the default view',
  embed: 'showing the full page',
  filter: 'showing every event',
};

function problem(part: LinkPart, kind: LinkProblemKind, raw: string): LinkProblem {
  const value = shorten(raw);
  const what: Record<LinkProblemKind, string> = {
    'unknown-id': `No ${part} called “${value}”`,
    malformed: `The ${part === 'camera' ? 'map position' : part} in this link could not be read`,
    'out-of-range': `The ${part === 'camera' ? 'map position' : part} in this link is out of range`,
    duplicate: `This link names more than one ${part}`,
    empty: `This link names an empty ${part}`,
    'too-long': `The ${part} in this link is too long`,
  };
  return { part, kind, value, message: `${what[kind]} — ${FALLBACK[part]}.` };
}

/**
 * Whether a fragment is meant as a camera: it has a `/` (`#12/33`, `#NaN/1/1`) or is a bare number (`#12`).
 * Anything else (`#notes`, `#section-2`) is someone else's fragment.
 */
export function isCameraFragment(hash: string): boolean {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw.includes('/') || DECIMAL.test(raw);
}

/**
 * Read the camera from a hash in MapLibre's format.
 * @param hash - with or without the leading `#`; empty means no camera and no problem
 */
export function parseCameraHash(
  hash: string,
  limits: Pick<LinkLimits, 'minZoom' | 'maxZoom'>,
): { camera?: Camera; problem?: LinkProblem } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return {};
  if (raw.length > MAX_VALUE_LENGTH) return { problem: problem('camera', 'too-long', raw) };
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => DECIMAL.test(part))) {
    return { problem: problem('camera', 'malformed', raw) };
  }
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  const inRange =
    zoom >= limits.minZoom &&
    zoom <= limits.maxZoom &&
    Math.abs(lat) <= MAX_LATITUDE &&
    Math.abs(lng) <= 180 &&
    Math.abs(bearing) <= 360 &&
    pitch >= 0 &&
    pitch <= MAX_PITCH;
  if (!inRange) return { problem: problem('camera', 'out-of-range', raw) };
  // Bearing into (-180, 180], as MapLibre reports it.
  const normalized = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return { camera: { zoom, lat, lng, bearing: normalized === -180 ? 180 : normalized, pitch } };
}

/**
 * Read a link. Never throws; whatever cannot be used is left out of the state and reported as a problem.
 * @param search - `location.search`, with or without `?`
 * @param hash - `location.hash`
 * @param filters - the filter's part of the codec; without it the filter keys are kept unread (see FilterCodec)
 */
export function parseLinkState(
  search: string,
  hash: string,
  limits: LinkLimits,
  filters?: FilterCodec,
): { state: LinkState; problems: LinkProblem[] } {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const state: LinkState = { embed: false, extra: [] };

  const single = (part: 'event' | 'place' | 'embed'): string | undefined => {
    const values = params.getAll(part);
    if (values.length === 0) return undefined;
    // Two different values: we cannot know which was meant, so neither is used.
    if (values.length > 1) return void problems.push(problem(part, 'duplicate', values.join(', ')));
    const value = values[0]!;
    if (value.trim() === '') return void problems.push(problem(part, 'empty', value));
    if (value.length > MAX_VALUE_LENGTH) return void problems.push(problem(part, 'too-long', value));
    return value;
  };

  const event = single('event');
  if (event !== undefined) {
    if (limits.eventIds.has(event)) state.event = event;
    else problems.push(problem('event', 'unknown-id', event));
  }
  const place = single('place');
  if (place !== undefined) {
    if (limits.placeIds.has(place)) state.place = place;
    else problems.push(problem('place', 'unknown-id', place));
  }
  const embed = single('embed');
  if (embed === '1' || embed === 'true') state.embed = true;
  else if (embed !== undefined && embed !== '0' && embed !== 'false')
    problems.push(problem('embed', 'malformed', embed));

  // Getters: a link without a filter never asks for the story's actors and places (see linkLimitsOf).
  const filter = filters?.readLinkFilter(params, {
    get actors() {
      return limits.actors ?? new Set<string>();
    },
    get placeIds() {
      return limits.placeIds;
    },
  });
  if (filter?.filter) state.filter = filter.filter;
  if (filter?.problem) problems.push(filter.problem);

  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment !== '' && !isCameraFragment(fragment)) {
    state.fragment = fragment;
  } else {
    const camera = parseCameraHash(fragment, limits);
    if (camera.camera) state.camera = camera.camera;
    if (camera.problem) problems.push(camera.problem);
  }

  for (const [key, value] of params) {
    if (!KNOWN.has(key) && !(filters && FILTER_KEY_SET.has(key))) state.extra.push([key, value]);
  }
  return { state, problems };
}

/** Decimal places for a coordinate at a zoom: as maplibre's hash, about one pixel's worth. */
function coordinatePrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const trim = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** `#zoom/lat/lng`, with `/bearing` and `/pitch` only when they are not 0. */
export function formatCameraHash(camera: Camera): string {
  const digits = coordinatePrecision(camera.zoom);
  const parts = [trim(camera.zoom, 2), trim(camera.lat, digits), trim(camera.lng, digits)];
  if (camera.bearing !== 0 || camera.pitch !== 0) parts.push(trim(camera.bearing, 1));
  if (camera.pitch !== 0) parts.push(trim(camera.pitch, 0));
  return `#${parts.join('/')}`;
}

/**
 * The query and hash for a state: event, place and embed first, then the filter, then the kept parameters in order;
 * the hash is the camera, else the kept fragment.
 * @param filters - the filter's part of the codec: a state has a filter only when it was read or set with it loaded
 */
export function formatLinkState(state: LinkState, filters?: FilterCodec): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (state.event !== undefined) params.append('event', state.event);
  if (state.place !== undefined) params.append('place', state.place);
  if (state.embed) params.append('embed', '1');
  for (const [key, value] of filters?.formatEventFilter(state.filter) ?? []) params.append(key, value);
  for (const [key, value] of state.extra) params.append(key, value);
  const query = params.toString();
  const hash = state.camera ? formatCameraHash(state.camera) : state.fragment ? `#${state.fragment}` : '';
  return { search: query ? `?${query}` : '', hash };
}

/** Whether two cameras would write the same hash: guards a two-way camera binding against loops. */
export function cameraAlmostEqual(a: Camera, b: Camera): boolean {
  return formatCameraHash(a) === formatCameraHash(b);
}
