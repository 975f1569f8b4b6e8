import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, FeedIngest } from '../feed/validate.js';
import { Announcer, shownStatus } from './announcer.js';
import { CopElement } from './cop-element.js';
import { FeedController } from './feed-controller.js';
import { renderError, renderIssues, renderPending } from './feed-status.js';
import { LoadingRoom } from './loading-room.js';

/**
 * What every feed element shares (CONTRACT §2): the feed sources, loading through the page-wide
 * cache, and the loading, error and feed-author notice states. Subclasses say how many items
 * they hold and render the loaded feed.
 *
 * @fires cop-load - The feed was loaded and rendered. `detail: { count, issues? }`: the number
 *   of items the element holds after its presets (over all pages), and the items a partly bad
 *   feed lost, as `{ pointer, message }`.
 * @fires cop-error - The feed cannot be used. `detail: { code, message, issues? }`, `code` one
 *   of `network`, `http`, `timeout`, `too-large`, `invalid-json`, `invalid-feed`.
 *
 * @slot - Fallback content for the page before the element runs, while the feed loads and if it
 *   cannot be used: for example a plain link to the documents page. Hidden once the feed renders.
 *
 * @csspart status - The loading message.
 * @csspart error - The feed error message and its retry button.
 * @csspart retry-button - The button that loads the feed again.
 * @csspart issues - The folded notice for feed authors listing what could not be shown.
 *
 * @attr theme - `light` or `dark` forces that palette and paints the element's background;
 *   without it the colours follow the page's `color-scheme` (light unless the page opts in).
 *
 * @cssprop [--cop-color-text=#1b1b1b] - Text colour (dark palette: #e8eaed).
 * @cssprop [--cop-color-muted=#575757] - Secondary text: dates, counts, help.
 * @cssprop [--cop-color-accent=#00508f] - Links, buttons, the current choice.
 * @cssprop [--cop-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--cop-color-border=#c4c9d0] - Borders of controls and items.
 * @cssprop [--cop-color-surface=#ffffff] - Background of controls (and of the element with `theme`).
 * @cssprop [--cop-color-subtle=#f3f5f8] - Background of tags, notices and hovered buttons.
 * @cssprop [--cop-color-error=#a4161a] - Error messages.
 * @cssprop [--cop-color-focus=#1a5fb4] - The focus ring.
 * @cssprop [--cop-color-background=transparent] - The element's background.
 * @cssprop [--cop-radius=0.375rem] - Corner radius.
 * @cssprop [--cop-space=1rem] - Base spacing; smaller values make the element denser.
 * @cssprop [--cop-font-family=inherit] - Typeface (the page's by default).
 * @cssprop [--cop-loading-block-size=auto] - Height kept while the feed loads and, after it, while
 *   the element is on screen (e.g. `100vh`); give the same to `:not(:defined)` so the page does not
 *   move when the content arrives.
 * @cssprop [--cop-font-size-small=0.875em] - Size of secondary text.
 * @cssprop [--cop-font-size=1em] - Base text size (the page's by default; never below 12px).
 * @cssprop [--cop-line-height=1.5] - Line height.
 */
export abstract class FeedElement extends CopElement {
  /**
   * URL of the feed (absolute, or relative to the page). Elements with the same `src` share one
   * request. Used when neither the `feed` property nor an inline
   * `<script type="application/json">` child gives the feed.
   */
  @property() src?: string;

  /**
   * The feed as an object, instead of `src`; it wins over both other sources. Assign a new
   * object to change it. May be set before the element is defined.
   */
  @property({ attribute: false }) feed?: unknown;

  /**
   * `lazy`: like `<img loading="lazy">`, the element fetches, reads and renders its feed only once
   * it comes within a screen of the viewport (it shows its loading state until then, and
   * `cop-load` fires after), so a page with several widgets below the fold loads faster. A hidden
   * element (`display: none`) waits until it is shown; the browser's find-in-page does not see
   * content that has not loaded. `eager` (the default): at once.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** @internal */
  protected readonly feedController = new FeedController(this, {
    count: (feed) => this.countItems(feed),
    firstScreen: (ingest) => this.firstScreen?.(ingest),
    large: (ingest) => this.largeFeed?.(ingest) ?? false,
    prepare: (feed, signal) => this.prepareFeed?.(feed, signal),
    lazy: () => this.loading === 'lazy',
  });

  /** The one polite live region: it speaks the rendered status once a feed is shown. */
  private readonly announcer = new Announcer(this, () =>
    this.feedController.state.status === 'complete' ? shownStatus(this.renderRoot) : undefined,
  );

  /** The room reserved with `--cop-loading-block-size`, kept after loading while on screen. */
  private readonly room = new LoadingRoom(this, () => this.busy);

  /** Whether the feed is still loading (pending, or its first screen shown while the rest is read). */
  private get busy(): boolean {
    const { status } = this.feedController.state;
    return status !== 'complete' && status !== 'error';
  }

  /** Subclasses deriving view data here call `super.willUpdate()` first: the feed state is then current. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feedController.sync();
  }

  /** Loads the feed again, fetching `src` anew (not from the page-wide cache). */
  reload(): void {
    this.feedController.reload();
  }

  /**
   * For a feed {@link largeFeed} says is large, or one that takes more than a slice (8 ms) to read:
   * read ahead what the first screen needs (src/feed/read-ahead.ts) and return the feed to render
   * now (`renderFeed`) while the rest is read in slices. Without it, the element waits for the
   * whole feed.
   */
  protected firstScreen?(ingest: FeedIngest): Feed | undefined;

  /**
   * Whether `ingest`'s feed is large enough for its {@link firstScreen} to be made before anything
   * else is read (a smaller one is read first, and shows complete at once if that takes one slice).
   */
  protected largeFeed?(ingest: FeedIngest): boolean;

  /**
   * Work on the whole feed before it is shown (indexing, sorting) done in slices: the first screen
   * or the loading state stays until the promise resolves; `undefined` when nothing is left to do.
   */
  protected prepareFeed?(feed: Feed, signal: AbortSignal): Promise<void> | undefined;

  /** How many items the element holds from `feed` after its presets (the `count` of `cop-load`). */
  protected abstract countItems(feed: Feed): number;

  /** The loaded feed's content. */
  protected abstract renderFeed(feed: Feed): unknown;

  /** Renders the state: loading, error (with retry), or the content and the authors' notice. */
  override render(): TemplateResult {
    const { state } = this.feedController;
    // The default slot shows the page's fallback content until the feed renders.
    // One root in every state, so the live region stays the same node from loading onwards.
    const content =
      state.status === 'pending'
        ? html`${renderPending()}<slot></slot>`
        : state.status === 'error'
          ? html`${renderError(state, () => this.reload())}<slot></slot>`
          : html`${this.renderFeed(state.feed)}${renderIssues(state.issues)}`;
    return html`<div
      class=${this.room.held ? 'root reserved' : 'root'}
      aria-busy=${this.busy ? 'true' : 'false'}
    >
      ${content}${this.announcer.render()}
    </div>`;
  }
}
