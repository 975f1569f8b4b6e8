/**
 * Validation of a v1 feed, item by item (CONTRACT §3, §5): a bad item is dropped with an issue
 * (a JSON Pointer to the item and field, and why), and the rest is kept. Only a feed that is not
 * an object, has another `version`, or has nothing usable fails as a whole. The same code runs in
 * the browser and in the `cop-widgets validate` command.
 */
import type {
  Consultation,
  ConsultationResults,
  FeedDocument,
  LocalizedText,
  Meeting,
  Recommendation,
  Resource,
  Topic,
} from './model.js';
import { type FeedIssue, pointer } from './issues.js';
import { MAILTO, safeUrl } from './urls.js';
import { FeedIngest } from './ingest.js';
import { setWording } from './refusals.js';
import { wordRefusal } from './wording.js';

export { type FeedIssue, pointer, MAILTO, safeUrl };
export { type EarlyDocument, FeedIngest } from './ingest.js';
export { parseDocument, pointerOf, readList } from './lists.js';
export { type ResultsReader, registerResultsReader } from './results-reader.js';

/** A validated feed: every list present (possibly empty), every kept item valid. */
export interface Feed {
  version: 1;
  defaultLanguage: string;
  title?: LocalizedText;
  updated?: string;
  /** Where people can suggest a resource (resolved, http(s) only). */
  suggestUrl?: string;
  topics: Topic[];
  meetings: Meeting[];
  recommendations: Recommendation[];
  documents: FeedDocument[];
  resources: Resource[];
  consultations: Consultation[];
  /**
   * Published results (CONTRACT §6), each of a kept consultation; no count below its `minimumCount`.
   * Read by src/feed/results.ts, which only the results element and the validate command load:
   * empty until that module is loaded, then read on first use (see {@link registerResultsReader}).
   */
  readonly results: ConsultationResults[];
}

export type FeedValidation =
  { ok: true; feed: Feed; issues: FeedIssue[] } | { ok: false; message: string; issues: FeedIssue[] };

export interface ValidateOptions {
  /**
   * The address relative URLs in the feed resolve against: the feed's own URL, or the page's
   * base URL for an inline feed. Without it, relative URLs are kept as they are.
   */
  baseUrl?: string | URL;
}

/**
 * Validates `input` as a v1 feed, all at once; see the module comment and {@link FeedIngest}. The
 * issues of refused items are worded at once (valibot, loaded with this function: the browser
 * entries, which validate through FeedIngest, load it only when something is refused).
 */
export function validateFeed(input: unknown, options: ValidateOptions = {}): FeedValidation {
  setWording(wordRefusal);
  const ingest = new FeedIngest(input, options);
  ingest.advance(Infinity);
  return ingest.result!;
}
