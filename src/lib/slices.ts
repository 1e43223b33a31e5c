/**
 * Long lists built in slices: between slices the browser can draw frames and handle the reader's input. Pure but
 * for the idle callback (or timer) it yields through.
 */

export interface SliceOptions {
  /** How long one slice may take at most: by default half a display frame, so a frame due is at most that late. */
  sliceMs?: number;
  /** The clock (milliseconds). */
  now?: () => number;
  /** Waits for the next slice's turn and says how long it may take (by default {@link idleTurn}). */
  nextTurn?: () => Promise<number>;
}

/** How long the browser may keep background work waiting for an idle period, in ms. */
export const IDLE_TIMEOUT_MS = 1000;

/**
 * The browser's next idle period (requestIdleCallback), and how long it lasts, so that background work takes the
 * time between the reader's frames and input rather than delaying them; at most IDLE_TIMEOUT_MS away. Where there
 * is no such callback (Node, Safari), the next task, with `fallbackMs`.
 */
export function idleTurn(fallbackMs = 8): Promise<number> {
  const requestIdle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (typeof requestIdle !== 'function') return new Promise((resolve) => setTimeout(() => resolve(fallbackMs), 0));
  return new Promise((resolve) =>
    requestIdle((deadline) => resolve(deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS }),
  );
}

/**
 * `visit(0) … visit(count - 1)` in that order, in slices of at most about `sliceMs`, each after the first in an idle
 * period of its own (see idleTurn), and no longer than that period: at least one index per slice.
 * @param isCancelled - asked between slices: once true, the work stops and resolves false
 * @returns whether every index was visited
 */
export async function eachInSlices(
  count: number,
  visit: (index: number) => void,
  isCancelled: () => boolean,
  { sliceMs = 8, now = () => performance.now(), nextTurn = () => idleTurn(sliceMs) }: SliceOptions = {},
): Promise<boolean> {
  let sliceStart = now();
  let budget = sliceMs;
  for (let index = 0; index < count; index++) {
    visit(index);
    if (index < count - 1 && now() - sliceStart > budget) {
      budget = Math.min(sliceMs, await nextTurn());
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
