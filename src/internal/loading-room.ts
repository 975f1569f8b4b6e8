import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The room a page reserves with `--cop-loading-block-size`, kept past the loading state: once the
 * content (or an error) is shown, the element stays at least that tall for as long as it is on
 * screen, so content shorter than the room never pulls the rest of the page up under the
 * reader's eyes (a layout shift). The room is given back once the element is out of view: what
 * follows it then moves out of sight below the screen, or, when the element is above, the
 * browser's scroll anchoring keeps what the reader sees in place.
 */
export class LoadingRoom implements ReactiveController {
  /** Whether the element keeps the reserved room (`.reserved` on its root). */
  held = true;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly loading: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdated(): void {
    if (this.loading()) {
      this.held = true;
      this.stop();
    } else this.watch();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** After loading, give the room back the first time the element is not on screen. */
  private watch(): void {
    if (!this.held || this.observer || this.loading()) return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.at(-1)?.isIntersecting !== false) return;
      this.stop();
      this.held = false;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
