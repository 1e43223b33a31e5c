/**
 * Run `task` once the browser has drawn the next frame. Work that reads layout (keeping a row or a passage in
 * view) then runs after the frame that shows the map's reaction to the reader's input, not before it: reading
 * layout right after a step forces the browser to lay out the whole page first, on the way to that frame.
 * @returns a cancel function: an effect returns it, so a newer step cancels the older one's task (the last wins)
 */
export function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // rAF callbacks run before the frame is laid out and drawn; a task queued from one runs after it.
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * afterNextFrame as a promise, for work that chains on it (the map's updates for a step).
 * @returns the promise, and `cancel` to drop it (it then never resolves)
 */
export function nextFrameDrawn(): { promise: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => (cancel = afterNextFrame(resolve)));
  return { promise, cancel };
}
