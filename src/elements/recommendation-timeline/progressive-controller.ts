import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list a frame's worth at a time: the first update shows the items that fit in
 * one frame's budget (by `weight`, e.g. the outcomes of a meeting group), and each following
 * animation frame adds as much again until the list is complete. A new list (another feed,
 * other filters) starts over. Short lists render whole at once.
 */
export class ProgressiveController<T> implements ReactiveController {
  private items?: readonly T[];
  private count = 0;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly weight: (item: T) => number,
    private readonly perFrame: number,
  ) {
    host.addController(this);
  }

  /** How many of `items`, from the start, to render in this update. */
  limit(items: readonly T[]): number {
    if (items !== this.items) {
      this.items = items;
      this.count = this.fit(items, 0);
    }
    return this.count;
  }

  /** Whether the list is still being built up. */
  get pending(): boolean {
    return this.items !== undefined && this.count < this.items.length;
  }

  hostUpdated(): void {
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

  /** The end of the next slice from `start`: at least one item, up to a frame's weight. */
  private fit(items: readonly T[], start: number): number {
    let end = start;
    let total = 0;
    while (end < items.length && (end === start || total + this.weight(items[end]!) <= this.perFrame)) {
      total += this.weight(items[end]!);
      end += 1;
    }
    return end;
  }
}
