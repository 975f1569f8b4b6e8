/**
 * Work that can wait, done in short slices when the page has nothing else to do, so that it
 * never holds the main thread for long (the elements prepare their search text and sorts this way
 * after the first paint). Nothing a first screen or `cop-load` waits for goes in these slices:
 * background tasks seldom run while a page loads (in Chromium 156, work queued here when the
 * directory was defined ran only after the bench page had loaded its feed and painted the first
 * screen); that work goes in the feed's own slices (FeedController's `prepare`), or in tasks of
 * its own.
 */

/** Longest a slice runs before giving the page back, in milliseconds. */
export const SLICE_MS = 8;

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * How a slice is scheduled: a background-priority task where the browser has
 * `scheduler.postTask` (it runs whenever nothing more urgent waits, so slices follow each other
 * while the page is idle and still yield to input and rendering); else an idle callback (which
 * browsers give at most one slice per idle period, up to 50 ms apart); else a timer.
 */
function scheduler(): (slice: () => void) => void {
  const { scheduler: tasks } = globalThis as { scheduler?: { postTask?: PostTask } };
  if (tasks && typeof tasks.postTask === 'function') {
    return (slice) => void tasks.postTask!(slice, { priority: 'background' });
  }
  if (typeof requestIdleCallback === 'function') {
    return (slice) => void requestIdleCallback(slice, { timeout: 1000 });
  }
  return (slice) => void setTimeout(slice, 16);
}

/**
 * Calls `fn` once, when the page is idle after the coming paint (within 100 ms at most): for work
 * a first screen should not wait for (FeedController reads the rest of a feed from there).
 */
export function afterPaint(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 100 });
  else setTimeout(fn, 16);
}

/**
 * Calls `fn` once the coming frame is painted, when the page is idle (in 200 ms at most, as in a
 * hidden page, which paints no frame): work that a change on screen should not wait for.
 */
export function whenPainted(fn: () => void): void {
  let called = false;
  const once = () => called || ((called = true), fn());
  requestAnimationFrame(() => afterPaint(once));
  setTimeout(once, 200);
}

/**
 * Calls `step()` repeatedly in slices of at most {@link SLICE_MS} until it returns `false`.
 * Returns a function that stops the work.
 */
export function inIdleSlices(step: () => boolean): () => void {
  let stopped = false;
  const schedule = scheduler();
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    while (!stopped && performance.now() < end) {
      if (!step()) {
        stopped = true;
        return;
      }
    }
    if (!stopped) schedule(slice);
  };
  schedule(slice);
  return () => {
    stopped = true;
  };
}
