/**
 * Which rows of a long list of equal-height rows are near the view: the arithmetic of a windowed list, apart from
 * the DOM so it can be tested.
 */

/**
 * The rows to render for a scroll position.
 * @param scrollTop - how far the list's top has scrolled above the view's top, in pixels (negative: below it)
 * @param viewHeight - the view's height, in pixels
 * @param rowHeight - every row's height, in pixels (> 0)
 * @param count - rows in the list
 * @param overscan - rows rendered beyond each edge, so a small scroll shows no gap before the next render
 * @returns the first row and one past the last, clamped to the list (start = end when nothing is near the view)
 */
export function windowRange(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  count: number,
  overscan = 10,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / rowHeight) - overscan;
  const last = Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan;
  const start = Math.min(count, Math.max(0, first));
  return { start, end: Math.max(start, Math.min(count, last)) };
}

/**
 * Where to scroll so a row is fully in view, moving as little as possible.
 * @param scrollTop - the view's current scroll position over the list, in pixels
 * @param viewHeight - the view's height
 * @param rowTop - the row's top within the list
 * @param rowHeight - the row's height
 * @returns the new scroll position (the same when the row is already in view)
 */
export function scrollToShow(scrollTop: number, viewHeight: number, rowTop: number, rowHeight: number): number {
  if (rowTop < scrollTop) return rowTop;
  if (rowTop + rowHeight > scrollTop + viewHeight) return rowTop + rowHeight - viewHeight;
  return scrollTop;
}

/**
 * The row a list key moves to, as in a listbox: arrows by one, PageUp/PageDown by a view's worth, Home and End to
 * the ends.
 * @param key - KeyboardEvent.key
 * @param from - the row that has focus
 * @param count - rows in the list
 * @param page - rows in one view (at least 1)
 * @returns the row to focus, or undefined for a key the list does not handle
 */
export function rowForKey(key: string, from: number, count: number, page: number): number | undefined {
  if (count === 0) return undefined;
  const clamp = (row: number) => Math.min(count - 1, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowUp':
      return clamp(from - 1);
    case 'PageDown':
      return clamp(from + Math.max(1, page));
    case 'PageUp':
      return clamp(from - Math.max(1, page));
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
