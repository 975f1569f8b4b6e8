import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long (ms) a status must stay the same before it is announced. */
export const ANNOUNCE_DELAY = 700;

/**
 * The element's one polite live region (WCAG 4.1.3 status messages). Result counts, "Draft
 * saved", "Sending…", "Sent" are spoken through it, never through several `role="status"`
 * nodes. A status is announced only once it has stayed the same for {@link ANNOUNCE_DELAY}, so
 * typing a query announces the final count once rather than one count per keystroke, and a
 * status that comes back to what was last said is not said again.
 *
 * `read()` gives the status after each update (the text of the rendered nodes marked
 * `data-announce`), or `undefined` when the element has nothing to say; the first status after
 * such a pause is where announcing starts from, not an announcement: a list that has just loaded
 * is not read out on page load.
 */
export class Announcer implements ReactiveController {
  /** What the live region holds. */
  private spoken = '';
  /** The status the element shows now, to be spoken once it has settled. */
  private wanted: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const text = this.read();
    if (text === undefined || this.wanted === undefined) {
      this.cancel();
      this.wanted = text;
      return;
    }
    if (text === this.wanted) return;
    this.wanted = text;
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.wanted === undefined || this.wanted === this.spoken) return;
      this.spoken = this.wanted;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }

  hostDisconnected(): void {
    this.cancel();
    this.wanted = undefined;
  }

  /** The live region; render it in every state, so that it exists before it speaks. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.spoken}</div>`;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The status an element shows: the text of its rendered nodes marked `data-announce`. */
export function shownStatus(root: ParentNode): string {
  return [...root.querySelectorAll('[data-announce]')]
    .map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ');
}
