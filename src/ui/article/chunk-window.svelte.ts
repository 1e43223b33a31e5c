/**
 * Which chunks of a long article are rendered: the first from the start, others once near the pane's view; a
 * chunk the reader has scrolled far from goes back to a block of its measured height, so reading on does not
 * pile up nodes (and the text around it does not move).
 */

/**
 * A rendered chunk goes back to a block once the pane's view is more than this many pane heights away from it
 * (twice the distance at which a block renders, so that one never flips back and forth). A rendered chunk costs
 * about a megabyte of the page's heap (its marks, links and buttons, each with its effects): kept for good, a
 * reader walking a 1,000-event story added 16 KB a step, all of it in the article.
 */
const KEEP_WITHIN_PANES = 2;
/** After the pane's scrolling stops for this long, chunks far from where it stopped are let go. */
const SCROLL_SETTLE_MS = 300;

export class ChunkWindow {
  /** Which chunks are rendered, by index. */
  readonly shown: boolean[] = $state([true]);
  /** The height of each chunk rendered once and let go: its block takes it. */
  readonly heights: number[] = $state([]);
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #pane: () => HTMLElement | undefined;

  /** @param pane - the scrolling pane holding the `.chunk` elements (each with `data-chunk`) */
  constructor(pane: () => HTMLElement | undefined) {
    this.#pane = pane;
  }

  /** Let go of the rendered chunks far from the pane's view (see KEEP_WITHIN_PANES). */
  letGoOfFarChunks(): void {
    const pane = this.#pane();
    if (!pane || pane.clientHeight === 0) return;
    const view = pane.getBoundingClientRect();
    const margin = pane.clientHeight * KEEP_WITHIN_PANES;
    for (const chunk of pane.querySelectorAll<HTMLElement>('.chunk')) {
      const box = chunk.getBoundingClientRect();
      if (box.bottom >= view.top - margin && box.top <= view.bottom + margin) continue;
      const index = Number(chunk.dataset.chunk);
      this.heights[index] = box.height;
      this.shown[index] = false;
    }
  }

  /** The pane scrolled: once it settles, let go of what is far. */
  scrolled(): void {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.letGoOfFarChunks(), SCROLL_SETTLE_MS);
  }

  dispose(): void {
    clearTimeout(this.#settleTimer);
  }
}
