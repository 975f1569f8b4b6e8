/**
 * The outbox: responses the person submitted that the endpoint has not accepted yet, kept in the
 * page origin's `localStorage` under `cop-widgets:outbox` (a JSON list), so that a reload, a
 * closed tab or a lost connection loses nothing (CONTRACT §4, §5). Any consultation form that
 * connects on the site sends what is waiting, for any consultation. Each entry holds the exact
 * request body, so every attempt sends the same bytes. Like drafts, an entry is kept for at most
 * 7 days.
 */
import { DRAFT_LIFETIME } from './draft-controller.js';
import { parseStored, readItem, removeItem, writeItem } from './storage.js';

export const OUTBOX_KEY = 'cop-widgets:outbox';

/** One response waiting to be accepted. */
export interface OutboxEntry {
  /** The response's UUID, also its `Idempotency-Key`. */
  submissionId: string;
  /** The consultation's id. */
  consultation: string;
  /** The resolved endpoint URL it is posted to. */
  endpoint: string;
  /** The request body, as JSON text: identical for every attempt. */
  body: string;
  /** When it was submitted, in ms since 1970. */
  queuedAt: number;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['submissionId'] === 'string' &&
    typeof entry['consultation'] === 'string' &&
    typeof entry['endpoint'] === 'string' &&
    typeof entry['body'] === 'string' &&
    typeof entry['queuedAt'] === 'number'
  );
}

function write(entries: OutboxEntry[]): void {
  if (entries.length === 0) removeItem(OUTBOX_KEY);
  else writeItem(OUTBOX_KEY, JSON.stringify(entries));
}

/** The entries waiting, oldest first; unreadable and expired ones are deleted. */
export function readOutbox(now = Date.now()): OutboxEntry[] {
  const stored = parseStored(readItem(OUTBOX_KEY));
  const list = Array.isArray(stored) ? stored : [];
  const entries = list.filter(isEntry).filter((entry) => now - entry.queuedAt <= DRAFT_LIFETIME);
  if (entries.length !== list.length) write(entries);
  return entries;
}

/** Adds `entry` (replacing one with the same id). */
export function addToOutbox(entry: OutboxEntry): void {
  write([...readOutbox().filter((e) => e.submissionId !== entry.submissionId), entry]);
}

/** Removes the entry `submissionId`, if it is there. */
export function removeFromOutbox(submissionId: string): void {
  const entries = readOutbox();
  const kept = entries.filter((e) => e.submissionId !== submissionId);
  if (kept.length !== entries.length) write(kept);
}

/** The waiting entry of `consultation`, if any (the latest when, oddly, there are several). */
export function outboxEntryOf(consultation: string): OutboxEntry | undefined {
  return readOutbox()
    .filter((e) => e.consultation === consultation)
    .at(-1);
}

/** Whether the entry `submissionId` is still waiting. */
export function inOutbox(submissionId: string): boolean {
  return readOutbox().some((e) => e.submissionId === submissionId);
}
