/**
 * Where validation finds its reader of `results` (validate.ts): registered by src/feed/results.ts
 * when it is loaded, so that only the entries that load it pay for it.
 */
import type { Consultation, ConsultationResults } from './model.js';
import type { FeedIssue } from './issues.js';

/**
 * Reads a feed's `results` list (its raw value) against the kept consultations, adding its issues
 * and where each kept item stood (for {@link pointerOf}).
 */
export type ResultsReader = (
  raw: unknown,
  consultations: Consultation[],
  issues: FeedIssue[],
  origin: WeakMap<object, string>,
) => ConsultationResults[];

export let resultsReader: ResultsReader | undefined;

/**
 * Makes validation read `results` (src/feed/results.ts calls it when loaded). Until then a feed's
 * `results` are kept as given, unread: the results schema and checks cost every other element's
 * entry about 1.2 kB gzip, and only the results element and the validate command need them.
 */
export function registerResultsReader(reader: ResultsReader): void {
  resultsReader = reader;
}
