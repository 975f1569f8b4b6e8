/**
 * Work that can wait, done in short slices while the page is idle, so that it never holds the
 * main thread for long (the elements prepare their search text this way after the first paint).
 */

/** Longest a slice runs before giving the page back, in milliseconds. */
export const SLICE_MS = 8;

/**
 * Calls `step()` repeatedly in idle slices of at most {@link SLICE_MS} until it returns `false`.
 * Uses `requestIdleCallback` where the browser has it, else timers. Returns a function that
 * stops the work.
 */
export function inIdleSlices(step: () => boolean): () => void {
  let stopped = false;
  let handle: number | undefined;
  const idle = typeof requestIdleCallback === 'function';
  const schedule = () => {
    handle = idle ? requestIdleCallback(slice, { timeout: 1000 }) : window.setTimeout(slice, 16);
  };
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    while (!stopped && performance.now() < end) {
      if (!step()) {
        stopped = true;
        return;
      }
    }
    if (!stopped) schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (handle !== undefined) (idle ? cancelIdleCallback : clearTimeout)(handle);
  };
}
