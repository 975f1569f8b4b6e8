import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue } from './answers.js';
import { keysWith, parseStored, readItem, removeItem, writeItem } from './storage.js';

/**
 * Drafts are stored under `cop-widgets:draft:<consultation id>` as
 * `{ "savedAt": <ms since 1970>, "answers": { "<question id>": value } }`.
 */
export const DRAFT_PREFIX = 'cop-widgets:draft:';

/** A draft older than this is deleted unread: 7 days. */
export const DRAFT_LIFETIME = 7 * 24 * 60 * 60 * 1000;

/** Typing pauses this long before the draft is written (the contract asks for within 1 s). */
export const DRAFT_DELAY = 500;

/** A saved draft. */
export interface Draft {
  savedAt: number;
  answers: Record<string, unknown>;
}

/** What the host learns from its drafts. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  /** A draft was written (after the pause in typing). */
  draftSaved(consultation: string): void;
}

const keyOf = (consultation: string) => `${DRAFT_PREFIX}${consultation}`;

function readDraft(key: string, now: number): Draft | undefined {
  const stored = parseStored(readItem(key));
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { savedAt, answers } = stored as Partial<Draft>;
  if (typeof savedAt !== 'number' || typeof answers !== 'object' || answers === null) return undefined;
  if (now - savedAt > DRAFT_LIFETIME) return undefined;
  return { savedAt, answers };
}

/** Deletes every draft (of any consultation) that expired or cannot be read. */
export function sweepDrafts(now = Date.now()): void {
  for (const key of keysWith(DRAFT_PREFIX)) {
    if (!readDraft(key, now)) removeItem(key);
  }
}

/**
 * Keeps a consultation's answers in this browser while the person works (CONTRACT §4, §5):
 * written after a short pause in typing (and at once when the page is hidden or the element
 * removed), read back on the next visit, deleted after 7 days, on "clear my answers", and when
 * the response is accepted. Nothing is sent anywhere.
 */
export class DraftController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: { consultation: string; answers: Record<string, AnswerValue> };
  private readonly flushNow = () => this.flush();
  private readonly flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  hostConnected(): void {
    sweepDrafts();
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.flushWhenHidden);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
  }

  /** The unexpired draft of `consultation`; an expired one is deleted. */
  restore(consultation: string): Draft | undefined {
    const key = keyOf(consultation);
    const draft = readDraft(key, Date.now());
    if (!draft) removeItem(key);
    return draft;
  }

  /** Saves `answers` once typing pauses. */
  save(consultation: string, answers: Record<string, AnswerValue>): void {
    if (this.pending && this.pending.consultation !== consultation) this.flush();
    this.pending = { consultation, answers };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, DRAFT_DELAY);
  }

  /** Writes a draft still waiting for the pause, now. */
  flush(): void {
    clearTimeout(this.timer);
    const { pending } = this;
    if (!pending) return;
    this.pending = undefined;
    const draft: Draft = { savedAt: Date.now(), answers: pending.answers };
    writeItem(keyOf(pending.consultation), JSON.stringify(draft));
    this.host.draftSaved(pending.consultation);
  }

  /** Deletes the draft of `consultation` at once, including one not written yet. */
  clear(consultation: string): void {
    if (this.pending?.consultation === consultation) {
      clearTimeout(this.timer);
      this.pending = undefined;
    }
    removeItem(keyOf(consultation));
  }
}
