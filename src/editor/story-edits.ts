/**
 * The editor's operations on a story's raw files: the events file and the area files as parsed JSON, before the
 * schema. Raw, because what the editor opens is often not valid yet (a draft under review, a field being typed),
 * and whatever it does not know about must survive a save untouched. Every operation returns new objects and never
 * mutates its input, so the editor can compare what it has with what it loaded.
 */

/** A parsed JSON object (an event, a feature, a file). */
export type JsonObject = Record<string, unknown>;

/** What the editor edits: events.json, and every area file by its name. */
export interface RawStory {
  story: JsonObject;
  areas: Record<string, JsonObject>;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a raw list (events, features); anything that is not an object is skipped. */
function objects(list: unknown): JsonObject[] {
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Copy `base` with `patch` applied: a key set to undefined is removed. */
function patched(base: JsonObject, patch: JsonObject): JsonObject {
  const next: JsonObject = { ...base, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next;
}

/** The events of events.json, as they are. */
export function eventsOf(story: JsonObject): JsonObject[] {
  return objects(story['events']);
}

/** One place as the editor lists it: its file, and the feature. */
export interface PlaceEntry {
  file: string;
  feature: JsonObject;
  id: string;
}

/** Every place, file by file (in name order), feature by feature. */
export function placesOf(areas: Record<string, JsonObject>): PlaceEntry[] {
  return Object.keys(areas)
    .sort()
    .flatMap((file) =>
      objects(areas[file]!['features']).map((feature) => ({ file, feature, id: String(propertiesOf(feature)['id']) })),
    );
}

/** A feature's properties ({} when it has none). */
export function propertiesOf(feature: JsonObject): JsonObject {
  return isObject(feature['properties']) ? feature['properties'] : {};
}

function mapEvents(story: JsonObject, change: (event: JsonObject) => JsonObject | undefined): JsonObject {
  const events = Array.isArray(story['events']) ? (story['events'] as unknown[]) : [];
  const next = events.flatMap((event) => {
    if (!isObject(event)) return [event];
    const changed = change(event);
    return changed === undefined ? [] : [changed];
  });
  return { ...story, events: next };
}

/**
 * Change one event's fields.
 * @param patch - the fields to set; a field set to undefined is removed
 */
export function updateEvent(story: JsonObject, id: string, patch: JsonObject): JsonObject {
  return mapEvents(story, (event) => (event['id'] === id ? patched(event, patch) : event));
}

/** Accept a drafted event: a person has checked it. */
export function acceptEvent(story: JsonObject, id: string): JsonObject {
  return updateEvent(story, id, { review: 'reviewed' });
}

/** Reject an event: it leaves the story. */
export function rejectEvent(story: JsonObject, id: string): JsonObject {
  return mapEvents(story, (event) => (event['id'] === id ? undefined : event));
}

function mapFeature(
  areas: Record<string, JsonObject>,
  id: string,
  change: (feature: JsonObject) => JsonObject | undefined,
): Record<string, JsonObject> {
  const next: Record<string, JsonObject> = {};
  for (const [file, area] of Object.entries(areas)) {
    const features = Array.isArray(area['features']) ? (area['features'] as unknown[]) : [];
    const holds = features.some((f) => isObject(f) && propertiesOf(f)['id'] === id);
    next[file] = holds
      ? {
          ...area,
          features: features.flatMap((f) => {
            if (!isObject(f) || propertiesOf(f)['id'] !== id) return [f];
            const changed = change(f);
            return changed === undefined ? [] : [changed];
          }),
        }
      : area;
  }
  return next;
}

/**
 * Change one place's properties.
 * @param patch - the properties to set; a property set to undefined is removed
 */
export function updatePlace(
  areas: Record<string, JsonObject>,
  id: string,
  patch: JsonObject,
): Record<string, JsonObject> {
  return mapFeature(areas, id, (feature) => ({ ...feature, properties: patched(propertiesOf(feature), patch) }));
}

/** Accept a drafted place: a person has checked it. */
export function acceptPlace(areas: Record<string, JsonObject>, id: string): Record<string, JsonObject> {
  return updatePlace(areas, id, { review: 'reviewed' });
}

/** Reject a place: it leaves its file, and every event's `places` forgets it. */
export function rejectPlace(raw: RawStory, id: string): RawStory {
  return {
    areas: mapFeature(raw.areas, id, () => undefined),
    story: mapEvents(raw.story, (event) =>
      Array.isArray(event['places']) && event['places'].includes(id)
        ? { ...event, places: (event['places'] as unknown[]).filter((placeId) => placeId !== id) }
        : event,
    ),
  };
}

type Position = [number, number];

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number';
}

/** A polygon's outer ring without its closing position. */
function openRing(geometry: JsonObject): Position[] {
  const rings = geometry['coordinates'];
  const ring = Array.isArray(rings) && Array.isArray(rings[0]) ? (rings[0] as unknown[]).filter(isPosition) : [];
  return ring.length > 1 ? ring.slice(0, -1) : ring;
}

/**
 * Where a place is, as [longitude, latitude]: a point's position, a polygon's centre (the mean of its outer
 * ring's corners); undefined for a place with no position yet (`geometry: null`).
 */
export function placePosition(feature: JsonObject): Position | undefined {
  const geometry = feature['geometry'];
  if (!isObject(geometry)) return undefined;
  if (geometry['type'] === 'Point') return isPosition(geometry['coordinates']) ? geometry['coordinates'] : undefined;
  if (geometry['type'] !== 'Polygon') return undefined;
  const ring = openRing(geometry);
  if (ring.length === 0) return undefined;
  const sum = ring.reduce<Position>((total, [lon, lat]) => [total[0] + lon, total[1] + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

/** Round to 6 decimals (about 10 cm): a dragged marker's position has float noise in its last digits. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Move a place: a point goes to the position; a polygon moves as a whole, so that its centre lands there; a
 * place with no position becomes a point.
 */
export function movePlace(
  areas: Record<string, JsonObject>,
  id: string,
  lon: number,
  lat: number,
): Record<string, JsonObject> {
  return mapFeature(areas, id, (feature) => {
    const geometry = feature['geometry'];
    const centre = placePosition(feature);
    if (isObject(geometry) && geometry['type'] === 'Polygon' && centre) {
      const [dLon, dLat] = [lon - centre[0], lat - centre[1]];
      const rings = (geometry['coordinates'] as unknown[]).map((ring) =>
        (ring as unknown[]).map((p) => (isPosition(p) ? [round6(p[0] + dLon), round6(p[1] + dLat)] : p)),
      );
      return { ...feature, geometry: { ...geometry, coordinates: rings } };
    }
    return { ...feature, geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] } };
  });
}

/** A candidate position offered for a place the draft could not resolve. */
export interface CandidateChoice {
  name: string;
  country?: string;
  lon: number;
  lat: number;
  source: string;
}

/** The candidates a place offers ([] when none), as they are in the file. */
export function candidatesOf(feature: JsonObject): CandidateChoice[] {
  return objects(propertiesOf(feature)['candidates']).filter(
    (c): c is JsonObject & CandidateChoice => typeof c['lon'] === 'number' && typeof c['lat'] === 'number',
  );
}

/** Pick one of a place's candidates: the place gets its position, as a point. */
export function pickCandidate(
  areas: Record<string, JsonObject>,
  id: string,
  index: number,
): Record<string, JsonObject> {
  const entry = placesOf(areas).find((place) => place.id === id);
  const candidate = entry ? candidatesOf(entry.feature)[index] : undefined;
  return candidate ? movePlace(areas, id, candidate.lon, candidate.lat) : areas;
}

/**
 * Set how far the real spot may be from the drawn one: a radius makes the place approximate; no radius (undefined)
 * makes it exact.
 */
export function setRadius(
  areas: Record<string, JsonObject>,
  id: string,
  km: number | undefined,
): Record<string, JsonObject> {
  return updatePlace(
    areas,
    id,
    km === undefined ? { radius_km: undefined, precision: 'exact' } : { radius_km: km, precision: 'approximate' },
  );
}

/** The files whose content differs between two versions of the story, by name, with their new content. */
export function changedFiles(before: RawStory, after: RawStory): Record<string, JsonObject> {
  const changed: Record<string, JsonObject> = {};
  if (JSON.stringify(before.story) !== JSON.stringify(after.story)) changed['events.json'] = after.story;
  for (const [file, area] of Object.entries(after.areas)) {
    if (JSON.stringify(before.areas[file]) !== JSON.stringify(area)) changed[file] = area;
  }
  return changed;
}
