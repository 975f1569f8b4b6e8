import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  FeedError,
  type LoadedFeed,
  type FetchOptions,
  type FeedRequest,
  SLICE_MS,
  finishInSlices,
  loaded,
  parseJson,
  placeJsonError,
  requestFeed,
  yieldToPage,
} from '../feed/load.js';
import { type Feed, type FeedIssue, FeedIngest } from '../feed/validate.js';
import { afterPaint } from './idle-work.js';

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
  /**
   * A first screen while the rest of the feed is read (see `firstScreen`): `feed` as far as it was
   * read then (the element reads more through read-ahead.ts); no `issues` yet (the authors' notice, like
   * `cop-load`, waits for `complete`).
   */
  | { status: 'partial'; feed: Feed; ingest: FeedIngest; issues: [] }
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
  /**
   * Called when a feed takes more than a short first slice to read: read ahead what the first
   * screen needs (src/feed/read-ahead.ts) and return the feed to show now (state `partial`), or
   * `undefined` to wait for the whole feed (as without it).
   */
  firstScreen?(ingest: FeedIngest): Feed | undefined;
  /**
   * Whether a feed object is large enough to show its first screen before more than a few items
   * are read (the less read then, the less that screen sorts). Otherwise the feed is read first,
   * and shows complete at once if that takes one slice (a first screen only if it does not).
   */
  large?(ingest: FeedIngest): boolean;
  /**
   * Work on the whole feed before it is shown complete (and `cop-load` fires), done in slices
   * until the promise resolves; `undefined` when there is none left. Meanwhile the state stays
   * `pending` or `partial`. `signal` aborts when the load is superseded or the element removed.
   */
  prepare?(feed: Feed, signal: AbortSignal): Promise<void> | undefined;
  /**
   * `loading="lazy"`: the feed waits (no request, no reading; the state stays `pending`) until the
   * element comes within a screen of the viewport; started once, it stays started.
   */
  lazy?(): boolean;
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
  /** Stops reading a feed object in slices once it is no longer wanted. */
  private reading?: AbortController;
  private generation = 0;
  /** `lazy`: whether the element came near the screen once; the observer waiting for it. */
  private near = false;
  private nearby?: IntersectionObserver;

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
    if (this.waiting()) return;
    const source = this.readSource();
    if (!sameSource(this.source, source)) this.load(source, false);
  }

  hostDisconnected(): void {
    this.nearby?.disconnect();
    this.nearby = undefined;
    this.release();
    // Reconnecting starts again (from the page-wide cache when the feed was fetched already).
    this.source = undefined;
  }

  /** Loads the feed again, fetching `src` anew rather than from the page-wide cache. */
  reload(): void {
    this.load(this.readSource(), true);
  }

  /** Whether a `lazy` feed still waits for its element to come near the screen; watches it meanwhile. */
  private waiting(): boolean {
    if (this.near || !this.options.lazy?.()) return false;
    // A screen's height (and width) of margin: read and rendered before the reader scrolls to it.
    this.nearby ??= new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.nearby?.disconnect();
        this.host.requestUpdate();
      },
      { rootMargin: '100%' },
    );
    this.nearby.observe(this.host);
    return true;
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
    this.reading?.abort();
    this.reading = undefined;
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
    /** The feed is read: the element's preparation (see `prepare`), then `complete`. */
    const ready = (outcome: LoadedFeed) => {
      if (generation !== this.generation) return;
      const { signal } = (this.reading ??= new AbortController());
      const preparing = this.options.prepare?.(outcome.feed, signal);
      if (!preparing) return settle(outcome);
      preparing.then(
        () => signal.aborted || settle(outcome),
        (error: unknown) => signal.aborted || fail(error),
      );
    };
    const fail = (error: unknown) => {
      const failure = error instanceof FeedError ? error : new FeedError('invalid-feed', String(error));
      // Text that is not JSON: shown with its line and column, found by code loaded for it.
      if (failure.code !== 'invalid-json') return settle(failure);
      placeJsonError(failure).then(settle, () => settle(failure));
    };
    /** Shows the first screen of a feed still being read, if the element wants it. */
    const showFirst = (ingest: FeedIngest) => {
      if (generation !== this.generation || this.state.status !== 'pending' || ingest.done) return;
      const feed = this.options.firstScreen?.(ingest);
      if (feed) {
        this.state = { status: 'partial', feed, ingest, issues: [] };
        this.host.requestUpdate();
      }
    };
    /**
     * Reads a feed object: at once if it is small and takes one slice, else a first screen, then
     * the rest in slices (the first screen's task renders it, nothing more).
     */
    const read = (json: unknown) => {
      const ingest = new FeedIngest(json, { baseUrl: document.baseURI });
      const large = this.options.large?.(ingest);
      if (ingest.advance(large ? 0 : performance.now() + SLICE_MS)) return ready(loaded(ingest.result!));
      showFirst(ingest);
      const { signal } = (this.reading = new AbortController());
      // Stopped: the element was removed or its source changed (a newer load, if any, says so).
      const rest = () => (signal.aborted ? Promise.reject(signal.reason) : finishInSlices(ingest, signal));
      // A first screen shown: the rest is read once it is painted (the first idle moment after
      // the frame, within 100 ms), so the frame and the page's own pending tasks come first.
      const shown = this.state.status === 'partial';
      (shown ? new Promise<void>((painted) => afterPaint(painted)).then(rest) : rest()).then(
        ready,
        (error: unknown) => signal.aborted || fail(error),
      );
    };

    this.state = { status: 'pending' };
    this.host.requestUpdate();
    try {
      switch (source.kind) {
        case 'object':
          return read(source.value);
        case 'inline':
          return read(parseJson(source.text));
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
          void this.request.ingest.then(showFirst);
          // Each element takes the shared feed in a task of its own: four elements on one feed
          // render one after the other, not in one long task.
          this.request.promise.then(
            (feed) => yieldToPage().then(() => ready(feed)),
            (error: unknown) => yieldToPage().then(() => fail(error)),
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
