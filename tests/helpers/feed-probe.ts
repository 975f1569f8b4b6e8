import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CopElement } from '../../src/internal/cop-element.js';
import { FeedController } from '../../src/internal/feed-controller.js';

/** A minimal feed element for the controller's tests: shows its state, counts documents. */
export class FeedProbe extends CopElement {
  @property() src?: string;
  @property({ attribute: false }) feed?: unknown;

  static timeout = 15_000;
  static maxBytes = 16 * 1024 * 1024;

  readonly feedController = new FeedController(this, {
    count: (feed) => feed.documents.length,
    timeout: (this.constructor as typeof FeedProbe).timeout,
    maxBytes: (this.constructor as typeof FeedProbe).maxBytes,
  });

  override render() {
    const { state } = this.feedController;
    if (state.status === 'pending') return html`<p>pending</p>`;
    if (state.status === 'error') return html`<p>error ${state.error.code}</p>`;
    return html`<p>complete ${state.feed.documents.map((d) => d.id).join(',')}</p>`;
  }
}
FeedProbe.define('test-feed-probe');

/** The same, with a short timeout and a small size cap. */
export class StrictFeedProbe extends FeedProbe {
  static override timeout = 300;
  static override maxBytes = 256 * 1024;
}
StrictFeedProbe.define('test-strict-feed-probe');

declare global {
  interface HTMLElementTagNameMap {
    'test-feed-probe': FeedProbe;
    'test-strict-feed-probe': StrictFeedProbe;
  }
}

export function shown(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
