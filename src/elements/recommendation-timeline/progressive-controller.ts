import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Main-thread time, in milliseconds, that an update adding items should take: a frame
 * (16.7 ms at 60 Hz) less the style, layout and paint the new items then need.
 */
export const FRAME_BUDGET_MS = 10;

/** The most a slice may grow to, as a multiple of the first one. */
const MAX_GROWTH = 10;

/**
 * Renders a long list a frame's worth at a time: the first update shows the items that fit in
 * one frame's budget (by `weight`, e.g. the outcomes of a meeting group), and each following
 * animation frame adds more until the list is complete. How much more is learnt from the
 * updates so far: as much weight as fits {@link FRAME_BUDGET_MS} at the rate the last update
 * rendered, never less than the first slice, at most twice the previous one (and at most
 * {@link MAX_GROWTH} times the first), so that a fast machine finishes in a few frames and a slow
 * one still gets every frame. A new list (another feed, other filters) starts over. Short lists
 * render whole at once.
 */
export class ProgressiveController<T> implements ReactiveController {
  private items?: readonly T[];
  private count = 0;
  /** How many items of `items` the last completed update rendered. */
  private shown = 0;
  private frame = 0;
  /** The weight the next slice may hold. */
  private capacity: number;
  private updateStart = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly weight: (item: T) => number,
    private readonly perFrame: number,
  ) {
    this.capacity = perFrame;
    host.addController(this);
  }

  /** How many of `items`, from the start, to render in this update. */
  limit(items: readonly T[]): number {
    if (items !== this.items) {
      this.items = items;
      this.shown = 0;
      this.capacity = this.perFrame;
      this.count = this.fit(items, 0);
    }
    return this.count;
  }

  /** Whether the list is still being built up. */
  get pending(): boolean {
    return this.items !== undefined && this.count < this.items.length;
  }

  hostUpdate(): void {
    this.updateStart = performance.now();
  }

  hostUpdated(): void {
    this.learn(performance.now() - this.updateStart);
    if (!this.pending || this.frame !== 0) return;
    const items = this.items!;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (items !== this.items) return;
      this.count = this.fit(items, this.count);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Sets the next slice's capacity from the weight the update that took `spent` ms added. */
  private learn(spent: number): void {
    const items = this.items;
    if (!items) return;
    let added = 0;
    for (let i = this.shown; i < this.count; i++) added += this.weight(items[i]!);
    this.shown = this.count;
    if (added === 0) return;
    const fits = (added * FRAME_BUDGET_MS) / Math.max(spent, 0.1);
    // At most twice what the last slice added (its capacity may be a fraction more than it held).
    const most = Math.min(2 * added, MAX_GROWTH * this.perFrame);
    this.capacity = Math.max(this.perFrame, Math.min(fits, most));
  }

  /** The end of the next slice from `start`: at least one item, up to the slice's weight. */
  private fit(items: readonly T[], start: number): number {
    let end = start;
    let total = 0;
    while (end < items.length && (end === start || total + this.weight(items[end]!) <= this.capacity)) {
      total += this.weight(items[end]!);
      end += 1;
    }
    return end;
  }
}
