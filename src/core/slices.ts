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
 * `visit(0) … visit(count - 1)` in that order, in slices of about `sliceMs`, each after the first in a task of its
 * own.
 * @param isCancelled - asked between slices: once true, the work stops and resolves false
 * @returns whether every index was visited
 */
export async function eachInSlices(
  count: number,
  visit: (index: number) => void,
  isCancelled: () => boolean,
  { sliceMs = 8, now = () => performance.now() }: SliceOptions = {},
): Promise<boolean> {
  let sliceStart = now();
  for (let index = 0; index < count; index++) {
    visit(index);
    if (index < count - 1 && now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return false;
      sliceStart = now();
    }
  }
  return true;
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
  options: SliceOptions = {},
): Promise<T[] | undefined> {
  const result: T[] = [];
  const done = await eachInSlices(
    count,
    (index) => {
      for (const item of build(index)) result.push(item);
    },
    isCancelled,
    options,
  );
  return done ? result : undefined;
}
