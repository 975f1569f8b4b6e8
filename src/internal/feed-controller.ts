import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  FeedError,
  type LoadedFeed,
  type FetchOptions,
  type FeedRequest,
  checkFeed,
  parseFeed,
  requestFeed,
} from '../feed/load.js';
import type { Feed, FeedIssue } from '../feed/validate.js';

/** What an element using {@link FeedController} offers: the feed sources of CONTRACT §2. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** URL of the feed. */
  src?: string | null;
  /** The feed as an object; wins over the inline child and `src`. */
  feed?: unknown;
}

/** Where a feed element stands; render every state. */
export type FeedState =
  | { status: 'pending' }
  | { status: 'complete'; feed: Feed; issues: FeedIssue[] }
  | { status: 'error'; error: FeedError };

/** `detail` of `cop-load`. */
export interface CopLoadDetail {
  /** Items the element holds after its presets, over all pages. */
  count: number;
  /** Items dropped from a partly bad feed, with why. */
  issues?: FeedIssue[];
}

/** `detail` of `cop-error`. */
export interface CopErrorDetail {
  code: FeedError['code'] | 'submit-failed';
  message: string;
  issues?: FeedIssue[];
  /** `submit-failed`: the address the response was posted to. */
  endpoint?: string;
  /** `submit-failed`: the HTTP status the endpoint answered, when it answered. */
  status?: number;
}

export interface FeedControllerOptions extends FetchOptions {
  /** How many items the element holds from this feed (the `count` of `cop-load`). */
  count(feed: Feed): number;
}

type Source =
  | { kind: 'object'; value: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'url'; url: string }
  | { kind: 'invalid-url'; src: string }
  | { kind: 'none' };

function sameSource(a: Source | undefined, b: Source): boolean {
  if (!a || a.kind !== b.kind) return false;
  switch (b.kind) {
    case 'object':
      return (a as typeof b).value === b.value;
    case 'inline':
      return (a as typeof b).text === b.text;
    case 'url':
      return (a as typeof b).url === b.url;
    case 'invalid-url':
      return (a as typeof b).src === b.src;
    default:
      return true;
  }
}

/** Resolves in a new task (a message, which background tabs do not throttle like timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Gives an element its feed: picks the source (the `feed` property, else an inline
 * `<script type="application/json">` child, else `src`), loads it through the page-wide cache,
 * exposes `pending / complete / error` to render, and fires `cop-load` or `cop-error` once the
 * element has rendered the outcome. A superseded load never replaces a newer one; a load still
 * in flight is released (and aborted, if no other element waits for it) when the element is
 * removed or its source changes.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'pending' };
  private source?: Source;
  private request?: FeedRequest;
  private generation = 0;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts loading when the source changed. Runs before each render; a host that derives view
   * data in `willUpdate()` calls it first, so an inline or `feed`-property feed is there already.
   */
  sync(): void {
    const source = this.readSource();
    if (!sameSource(this.source, source)) this.load(source, false);
  }

  hostDisconnected(): void {
    this.release();
    // Reconnecting starts again (from the page-wide cache when the feed was fetched already).
    this.source = undefined;
  }

  /** Loads the feed again, fetching `src` anew rather than from the page-wide cache. */
  reload(): void {
    this.load(this.readSource(), true);
  }

  private readSource(): Source {
    const { feed, src } = this.host;
    if (feed !== undefined && feed !== null) return { kind: 'object', value: feed };
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'inline', text: inline.textContent ?? '' };
    if (src) {
      try {
        return { kind: 'url', url: new URL(src, document.baseURI).href };
      } catch {
        return { kind: 'invalid-url', src };
      }
    }
    return { kind: 'none' };
  }

  private release(): void {
    this.request?.release();
    this.request = undefined;
  }

  private load(source: Source, reload: boolean): void {
    this.release();
    this.source = source;
    const generation = ++this.generation;
    const settle = (outcome: LoadedFeed | FeedError) => {
      if (generation !== this.generation) return; // a newer load took over
      this.request = undefined;
      this.state =
        outcome instanceof FeedError
          ? { status: 'error', error: outcome }
          : { status: 'complete', feed: outcome.feed, issues: outcome.issues };
      this.host.requestUpdate();
      void this.announce(generation);
    };
    const fail = (error: unknown) =>
      settle(error instanceof FeedError ? error : new FeedError('invalid-feed', String(error)));

    this.state = { status: 'pending' };
    this.host.requestUpdate();
    try {
      switch (source.kind) {
        case 'object':
          return settle(checkFeed(source.value, document.baseURI));
        case 'inline':
          return settle(parseFeed(source.text, document.baseURI));
        case 'invalid-url':
          return fail(new FeedError('network', `src="${source.src}" is not a valid URL.`));
        case 'none':
          return fail(
            new FeedError(
              'invalid-feed',
              'No feed: set the src attribute, the feed property, or add a <script type="application/json"> child.',
            ),
          );
        case 'url':
          this.request = requestFeed(source.url, this.options, reload);
          // Each element takes the shared feed in a task of its own: four elements on one feed
          // render one after the other, not in one long task.
          this.request.promise.then(
            (loaded) => nextTask().then(() => settle(loaded)),
            (error: unknown) => nextTask().then(() => fail(error)),
          );
      }
    } catch (error) {
      fail(error);
    }
  }

  /** Fires the outcome's event once the element has rendered it. */
  private async announce(generation: number): Promise<void> {
    await this.host.updateComplete;
    if (generation !== this.generation) return;
    const { state } = this;
    const init = { bubbles: true, composed: true };
    if (state.status === 'complete') {
      const detail: CopLoadDetail = { count: this.options.count(state.feed) };
      if (state.issues.length > 0) detail.issues = state.issues;
      this.host.dispatchEvent(new CustomEvent('cop-load', { ...init, detail }));
    } else if (state.status === 'error') {
      const { code, message, issues } = state.error;
      const detail: CopErrorDetail = { code, message };
      if (issues && issues.length > 0) detail.issues = issues;
      this.host.dispatchEvent(new CustomEvent('cop-error', { ...init, detail }));
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'cop-load': CustomEvent<CopLoadDetail>;
    'cop-error': CustomEvent<CopErrorDetail>;
  }
}
