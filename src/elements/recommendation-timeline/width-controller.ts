import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the host is at least `minWidthRem` wide, measured with a ResizeObserver on the
 * host itself (not the viewport: the element may sit in a narrow column of a wide page).
 * `wide` stays `false` until the first measurement.
 */
export class WidthController implements ReactiveController {
  /** The host's content box is at least the minimum width. */
  wide = false;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly minWidthRem: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width ?? 0;
      // Re-rendering inside the observer's callback can change the host's size in the same
      // frame ("ResizeObserver loop completed with undelivered notifications"): wait a frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measured(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  private measured(width: number): void {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = width >= this.minWidthRem * rem;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
  }
}
