/**
 * Which arrangement of map and story suits a viewport. Pure, so the breakpoints are tested without a browser.
 */

/**
 * - `sidebar`: the event list and the detail in a column beside the map, the timeline under it (desktop).
 * - `card-below`: the map on top and one event card docked below it (phones, tablets in portrait).
 * - `card-beside`: the map with a narrow card beside it (phones turned sideways, short windows).
 */
export type Layout = 'sidebar' | 'card-below' | 'card-beside';

/** Below this width a list and a detail beside the map leave the map a strip. */
export const NARROW_WIDTH_PX = 760;
/** Below this height a header, a map and a timeline stacked leave the map a strip (a phone turned sideways). */
export const SHORT_HEIGHT_PX = 500;
/** Portrait screens narrower than this (tablets) get the map above the card rather than beside a list. */
const PORTRAIT_TABLET_MAX_WIDTH_PX = 1000;

/**
 * @param width - the viewport's width in CSS pixels
 * @param height - the viewport's height in CSS pixels
 * @returns the layout for that viewport
 */
export function layoutFor(width: number, height: number): Layout {
  if (height < SHORT_HEIGHT_PX && width > height) return 'card-beside';
  if (width < NARROW_WIDTH_PX) return 'card-below';
  if (width < PORTRAIT_TABLET_MAX_WIDTH_PX && height > width) return 'card-below';
  return 'sidebar';
}

/**
 * From this width the article opens beside the map by default, in a third column, and the map still has half the
 * window. Narrower desktops give the article the story column instead (the Article button switches between it and
 * the event list), so the map keeps at least half of a 1280 px window: the map is the product.
 */
export const ARTICLE_BESIDE_MIN_WIDTH_PX = 1600;

/** Whether the article goes in a column of its own beside the map (else it takes the event list's place). */
export function articleBeside(width: number): boolean {
  return width >= ARTICLE_BESIDE_MIN_WIDTH_PX;
}
