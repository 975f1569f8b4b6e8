/**
 * Issues found in a feed, for its author: where (a JSON Pointer into the feed as given) and what;
 * and the small helpers the feed's readers (validate.ts, questions.ts) word them with.
 */
import type * as v from 'valibot';

/** Something a feed author should fix: where (a JSON Pointer into the feed) and what. */
export interface FeedIssue {
  pointer: string;
  message: string;
}

/** At most this many issues are reported for one item. */
const ISSUES_PER_ITEM = 5;

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `value` is, in a few words, for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value).slice(0, 40);
}

/** valibot's issues as feed issues under `base` (at most {@link ISSUES_PER_ITEM}). */
export function issuesOf(base: string, valibotIssues: readonly v.BaseIssue<unknown>[]): FeedIssue[] {
  return valibotIssues.slice(0, ISSUES_PER_ITEM).map((issue) => ({
    pointer: base + pointer(...(issue.path ?? []).map((item) => String(item.key))),
    message: issue.message,
  }));
}
