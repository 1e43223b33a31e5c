/**
 * Long lists built in slices: between slices the browser can draw frames and handle the reader's input. Pure but
 * for the timer it yields through.
 */

export interface SliceOptions {
  /** How long one slice may take: by default half a display frame, so a frame due meanwhile is at most that late. */
  sliceMs?: number;
  /** The clock (milliseconds). */
  now?: () => number;
}

/**
 * `build(0) … build(count - 1)`, concatenated in that order, in slices of about `sliceMs`, each after the first in
 * a task of its own.
 * @param isCancelled - asked between slices: once true, the work stops and resolves undefined
 */
export async function buildInSlices<T>(
  count: number,
  build: (index: number) => readonly T[],
  isCancelled: () => boolean,
  { sliceMs = 8, now = () => performance.now() }: SliceOptions = {},
): Promise<T[] | undefined> {
  const result: T[] = [];
  let sliceStart = now();
  for (let index = 0; index < count; index++) {
    for (const item of build(index)) result.push(item);
    if (index < count - 1 && now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return undefined;
      sliceStart = now();
    }
  }
  return result;
}
