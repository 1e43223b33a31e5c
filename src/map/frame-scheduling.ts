/**
 * Keeping work off the path from the reader's input to the map's next frame: wait until a frame has been drawn
 * (long lists are built in slices by core/slices.ts).
 */

/**
 * Resolves in a task after the next frame has been drawn: a requestAnimationFrame callback runs just before the
 * browser renders, and a task it queues runs after that rendering. MapLibre draws in its own animation frame
 * callback, so whatever it was asked to draw in the same task as this call is on screen first.
 * @returns the promise, and `cancel` to drop it (it then never resolves)
 */
export function afterNextFrame(): { promise: Promise<void>; cancel(): void } {
  let frame = 0;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<void>((resolve) => {
    frame = requestAnimationFrame(() => {
      timeout = setTimeout(resolve, 0);
    });
  });
  return {
    promise,
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    },
  };
}
