/**
 * What the map should show: an area to frame, or an exact camera (from a shared link).
 */

/** A MapLibre camera, as the URL hash stores it (`#zoom/lat/lng/bearing/pitch`). */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export type ViewRequest =
  | {
      bounds: Bounds;
      /** Cut, don't fly: e.g. Back/Forward or a link. */
      instant?: boolean;
      /** An outline of its own is framed: it may go closer than points (see navigation/framing.ts). */
      hasArea?: boolean;
    }
  | { camera: Camera };

/**
 * Whether a request frames exactly the area the last one framed. Only how to get there changed (a link's arrival
 * left behind on the reader's first move, a sweep's pause): the camera is already there or on its way, and flying
 * to where it is renders a second of frames for nothing, on the reader's first drag of the timeline among others.
 */
export function framesSameArea(request: ViewRequest, last: ViewRequest | undefined): boolean {
  if (!last || !('bounds' in request) || !('bounds' in last)) return false;
  return request.bounds.every((value, index) => value === last.bounds[index]);
}

/**
 * The map's zoom range, shared by the map and the link validator. Down to 0 so that a phone's narrow map can frame
 * a move across an ocean (North Carolina → the Gulf needs about zoom 0.8 at 390 px wide); 17 is street level.
 */
export const ZOOM_LIMITS = { minZoom: 0, maxZoom: 17 } as const;
