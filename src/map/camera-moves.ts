/**
 * The story's camera moves, and the end of a move that one of them interrupts. MapLibre ends an animated move that a
 * new one interrupts by firing 'moveend' synchronously inside the new fitBounds/easeTo/jumpTo: when a reader presses
 * Next while the last step's camera still moves, that is inside the press's own task, before the frame the new move
 * starts in. Work on that 'moveend' (reading the container's size forces a layout; new label edges re-lay out the
 * labels) delays that frame and is about a camera that is already leaving: listeners added with `onMoveEnd` skip it,
 * and have the new move's own 'moveend' instead.
 */
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';

/** The part of a map these helpers use (a test can give a stand-in). */
type Camera = Pick<MapLibreMap, 'on' | 'isMoving'>;

/** Maps inside `startMove` now. */
const starting = new WeakSet<Camera>();

/**
 * Start one of the story's camera moves: a 'moveend' of the move it interrupts reaches `onMoveEnd` listeners only if
 * no move follows (a move of duration 0 ends at once: its end is reported, after `move` returns).
 * @param move - calls fitBounds, easeTo, flyTo or jumpTo on `map`
 */
export function startMove(map: Camera, move: () => void): void {
  starting.add(map);
  try {
    move();
  } finally {
    starting.delete(map);
  }
}

/**
 * Call `listener` on each 'moveend' of `map` but those of moves a `startMove` interrupts. A 'moveend' during
 * `startMove` is looked at once the current task's script has run: the listener has the last such event if the map
 * is not moving then (the new move ended too), and nothing if it is (its own end will come).
 */
export function onMoveEnd<M extends Camera>(map: M, listener: (event?: MapLibreEvent) => void): void {
  let pending: MapLibreEvent | undefined;
  let queued = false;
  map.on('moveend', (event: MapLibreEvent) => {
    if (!starting.has(map)) {
      listener(event);
      return;
    }
    pending = event;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const last = pending;
      pending = undefined;
      if (!map.isMoving()) listener(last);
    });
  });
}
