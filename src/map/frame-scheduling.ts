/**
 * Keeping work off the path from the reader's input to the map's next frame: wait until a frame has been drawn,
 * and build long lists in slices between which the browser can draw and handle input.
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

/** Time one slice may take: half a display frame, so a frame due meanwhile is at most that late. */
const SLICE_MS = 8;

/**
 * `build(0) … build(count - 1)`, concatenated, in slices of about 8 ms, each in its own task.
 * @param isCancelled - asked between slices: once true, the work stops and resolves undefined
 */
export async function buildInSlices<T>(
  count: number,
  build: (index: number) => T[],
  isCancelled: () => boolean,
): Promise<T[] | undefined> {
  const result: T[] = [];
  let sliceStart = performance.now();
  for (let index = 0; index < count; index++) {
    for (const item of build(index)) result.push(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return undefined;
      sliceStart = performance.now();
    }
  }
  return result;
}
