/**
 * The timeline scrubber's axis: where each step sits between the first and the last dated event.
 */
import type { StoryEvent } from '../story/schema.ts';
import { eventInstant } from '../story/dates.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface AxisTick {
  index: number;
  /** 0 at the first step, 1 at the last. */
  position: number;
}

export interface Axis {
  ticks: AxisTick[];
  /** Each calendar day the axis covers, at its noon (UTC+3) or the axis end, for labels. */
  days: { date: string; position: number }[];
}

/**
 * A linear time axis for the steps. Day-precise events on the same day are spread across that day's daylight
 * hours (06:00–18:00: their hour is unknown, so any hour of that day is honest) instead of sharing one tick.
 */
export function buildAxis(steps: readonly Pick<StoryEvent, 'date'>[]): Axis {
  // Day-precise steps per day, and each one's place in its day: counted, not searched, so 10,000 steps stay linear.
  const groupSize = new Map<string, number>();
  const placeInGroup = steps.map((step) => {
    if (step.date.precision !== 'day') return 0;
    const before = groupSize.get(step.date.start) ?? 0;
    groupSize.set(step.date.start, before + 1);
    return before;
  });
  const instants = steps.map((step, index) => {
    const instant = eventInstant(step.date);
    const size = step.date.precision === 'day' ? groupSize.get(step.date.start)! : 1;
    if (size === 1) return instant;
    return instant - 6 * HOUR + (12 * HOUR * placeInGroup[index]!) / (size - 1);
  });
  // A loop, not Math.min(...instants): spreading tens of thousands of arguments can overflow the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const instant of instants) {
    min = Math.min(min, instant);
    max = Math.max(max, instant);
  }
  const span = max - min || 1;
  const toPosition = (instant: number) => (instant - min) / span;
  // Every calendar day the axis touches gets a label at its noon, pulled inside the axis at the two ends.
  const days: Axis['days'] = [];
  const firstDay = new Date(min + 3 * HOUR).toISOString().slice(0, 10);
  for (let noon = eventInstant({ precision: 'day', start: firstDay }); noon - 12 * HOUR <= max; noon += DAY) {
    days.push({
      date: new Date(noon).toISOString().slice(0, 10),
      position: Math.min(1, Math.max(0, toPosition(noon))),
    });
  }
  return { ticks: instants.map((instant, index) => ({ index, position: toPosition(instant) })), days };
}

/**
 * The ticks worth drawing: at most one per `maxMarks`-th of the axis (the first step there), so 10,000 steps draw
 * a few hundred marks, about one per pixel pair, instead of 10,000 elements. Picking still uses every tick.
 * @param ticks - every step's tick
 * @param maxMarks - how many marks the axis can show apart; fewer ticks are all kept, in order
 */
export function tickMarks(ticks: readonly AxisTick[], maxMarks: number): readonly AxisTick[] {
  if (ticks.length <= maxMarks) return ticks;
  const taken = new Set<number>();
  return ticks.filter((tick) => {
    const bucket = Math.min(maxMarks - 1, Math.floor(tick.position * maxMarks));
    if (taken.has(bucket)) return false;
    taken.add(bucket);
    return true;
  });
}

/**
 * The step nearest to a position on the axis (ties go to the earlier step). A binary search over the ticks sorted
 * once per axis: dragging the scrubber asks on every pointer move, and a scan of 10,000 ticks each time was
 * noticeable.
 */
export function nearestTick(ticks: readonly AxisTick[], position: number): number {
  const sorted = sortedTicks(ticks);
  if (sorted.length === 0) return 0;
  // The first tick at or past the position; the nearest is it or the first tick of the group just before it.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.position < position) low = middle + 1;
    else high = middle;
  }
  const after = sorted[low];
  let before: AxisTick | undefined;
  if (low > 0) {
    // Ticks at the same position are sorted by index: walk back to the group's first (its earliest step).
    let first = low - 1;
    while (first > 0 && sorted[first - 1]!.position === sorted[low - 1]!.position) first--;
    before = sorted[first];
  }
  if (!before) return after!.index;
  if (!after) return before.index;
  const beforeDistance = Math.abs(before.position - position);
  const afterDistance = Math.abs(after.position - position);
  if (beforeDistance !== afterDistance) return beforeDistance < afterDistance ? before.index : after.index;
  return Math.min(before.index, after.index);
}

/** Ticks by position, then by index; built once per ticks array (an axis is built once per story). */
const sortedTicksCache = new WeakMap<readonly AxisTick[], readonly AxisTick[]>();
function sortedTicks(ticks: readonly AxisTick[]): readonly AxisTick[] {
  let sorted = sortedTicksCache.get(ticks);
  if (!sorted) {
    sorted = [...ticks].sort((a, b) => a.position - b.position || a.index - b.index);
    sortedTicksCache.set(ticks, sorted);
  }
  return sorted;
}

/**
 * Which labels to show so that none overlaps the one before: left to right, a label is kept when its box starts at
 * or after the end of the last kept one's; the last label is kept too, in place of its neighbours if need be. A
 * label is centred on its position, except at the axis's two ends, where it lies inside the axis (flush left at 0,
 * flush right at 1): the first day's label covers a whole label's width to the right of 0, not half of it. (The
 * axis's first day is pulled to its start, so the gaps are not even: a fixed "every nth day" would still collide
 * there.)
 * @param positions - each label's position on the axis, 0 to 1, in order
 * @param widthPx - the axis's width on screen; 0 or less while unknown
 * @param labelWidthPx - the room one label needs, gap included
 * @returns the indices of the labels to show, in order
 */
export function thinLabels(positions: readonly number[], widthPx: number, labelWidthPx: number): number[] {
  if (!(widthPx > 0)) return positions.map((_, index) => index);
  /** Where a label's box starts and ends on screen. */
  const box = (index: number): { left: number; right: number } => {
    const position = positions[index]!;
    const x = position * widthPx;
    if (position <= 0) return { left: x, right: x + labelWidthPx };
    if (position >= 1) return { left: x - labelWidthPx, right: x };
    return { left: x - labelWidthPx / 2, right: x + labelWidthPx / 2 };
  };
  const kept: number[] = [];
  let lastRight = -Infinity;
  positions.forEach((_, index) => {
    const { left, right } = box(index);
    if (left < lastRight) return;
    kept.push(index);
    lastRight = right;
  });
  // The axis's last day is always labelled, so the reader sees where the story ends: it displaces the labels
  // before it that would collide with it (never the first).
  const last = positions.length - 1;
  if (last > 0 && kept.at(-1) !== last) {
    const endLeft = box(last).left;
    while (kept.length > 1 && box(kept.at(-1)!).right > endLeft) kept.pop();
    if (box(kept.at(-1)!).right <= endLeft) kept.push(last);
  }
  return kept;
}
