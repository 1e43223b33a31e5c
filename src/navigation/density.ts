/**
 * How many events fall in each slot of the timeline: with thousands of events their marks merge into one band,
 * and a small histogram under them shows where the events cluster in time. Pure and linear in the steps: built
 * once per story (and once per filter for its matches), drawn as one SVG path.
 */
import type { AxisTick } from './axis.ts';

/**
 * Count the steps per slot: the axis from 0 to 1 cut into `slots` equal slots, a step in the slot its tick sits in
 * (the last step, at 1, in the last slot).
 * @param ticks - every step's tick, by step index
 * @param slots - how many slots (a whole number ≥ 1; anything else gives no slots)
 * @param indexes - the steps to count (a filter's matches); every step when absent
 * @returns the count per slot, from the axis's start
 */
export function densitySlots(ticks: readonly AxisTick[], slots: number, indexes?: readonly number[]): number[] {
  if (!Number.isInteger(slots) || slots < 1) return [];
  const counts = new Array<number>(slots).fill(0);
  const add = (tick: AxisTick | undefined) => {
    if (!tick || !(tick.position >= 0 && tick.position <= 1)) return;
    counts[Math.min(slots - 1, Math.floor(tick.position * slots))]! += 1;
  };
  if (indexes) for (const index of indexes) add(ticks[index]);
  else for (const tick of ticks) add(tick);
  return counts;
}

/**
 * A histogram's outline as one SVG path, in a box `counts.length` wide and 1 high (draw it with
 * `preserveAspectRatio="none"`): each slot a bar from the bottom, its height the square root of its count over
 * `scale`. The root, not the count itself: beside a slot of hundreds, a slot of a dozen would be a pixel high; the
 * order of the bars stays as it is. A slot with any event is at least `minHeight` high, so a lone event still shows; an empty one has no bar.
 * @param counts - events per slot
 * @param scale - the count drawn full height (the busiest slot's)
 * @param minHeight - the lowest bar of a slot with events, from 0 to 1
 * @returns the path's `d`, or '' when there is nothing to draw
 */
export function densityPath(counts: readonly number[], scale: number, minHeight = 0): string {
  if (!(scale > 0) || !counts.some((count) => count > 0)) return '';
  const parts = ['M0 1'];
  let level = 1;
  counts.forEach((count, slot) => {
    const height = count > 0 ? Math.min(1, Math.max(minHeight, Math.sqrt(count / scale))) : 0;
    const top = round(1 - height);
    // Only the changes of height are written: runs of equal slots are one horizontal line.
    if (top !== level) parts.push(`H${slot}V${top}`);
    level = top;
  });
  parts.push(`H${counts.length}V1Z`);
  return parts.join('');
}

/** Three decimals: a thousandth of a bar's height is below a pixel, and the path stays short. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
