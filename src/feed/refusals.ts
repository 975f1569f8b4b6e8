/**
 * The issues of a refused item, worded later (issue 20, S2). The feed's checks
 * (checks.generated.ts) tell only that an item is refused; what is wrong with it, as valibot words
 * it from the model (wording.ts), is read on demand: a browser entry loads valibot and the model's
 * schemas only when a feed has something refused. Until then the item's place in the issues holds
 * a stand-in ({@link refusedIssue}), replaced by valibot's issues (at most five) in the same place,
 * so the messages and their order are those of valibot read at once. `validateFeed` (the command,
 * the tests) has the wording loaded from the start and words them at once; so does
 * dist/cop-widgets.js, which carries valibot anyway (refusals.now.ts in place of this module).
 */
import type { FeedIssue } from './issues.js';

/** The schemas a refused value is worded by (wording.ts): a list's item, a question, a header field. */
export type SchemaName =
  | 'topics'
  | 'meetings'
  | 'recommendations'
  | 'documents'
  | 'resources'
  | 'consultations'
  | 'question'
  | 'results'
  | 'defaultLanguage'
  | 'title'
  | 'updated'
  | 'suggestUrl';

/** What a stand-in stands for: the value refused, by which schema, and text to add to each message. */
export interface Refusal {
  schema: SchemaName;
  value: unknown;
  suffix: string;
}

/** valibot's issues for a refusal, under `pointer` (wording.ts). */
export type Wording = (pointer: string, refusal: Refusal) => FeedIssue[];

const refusals = new WeakMap<FeedIssue, Refusal>();
let wording: Wording | undefined;

/** Adds to `issues` a stand-in for the issues of `value`, refused by `schema`, at `pointer`. */
export function refuseItem(
  issues: FeedIssue[],
  pointer: string,
  schema: SchemaName,
  value: unknown,
  suffix = '',
): void {
  const issue = { pointer, message: '' };
  refusals.set(issue, { schema, value, suffix });
  issues.push(issue);
}

/** Makes {@link wordRefusals} word at once (validate.ts' validateFeed, and once loaded). */
export function setWording(words: Wording): void {
  wording = words;
}

/** Whether `issues` hold a stand-in that {@link wordRefusals} would need the wording for. */
export const needsWording = (issues: readonly FeedIssue[]): boolean =>
  wording === undefined && issues.some((issue) => refusals.has(issue));

/**
 * Replaces each stand-in of `issues` (in place: the array is the feed's) by its issues; needs the
 * wording ({@link loadWording} first, unless {@link needsWording} says no).
 */
export function wordRefusals(issues: FeedIssue[]): void {
  if (!issues.some((issue) => refusals.has(issue))) return;
  const worded: FeedIssue[] = [];
  for (const issue of issues) {
    const refusal = refusals.get(issue);
    if (!refusal) worded.push(issue);
    else if (wording) worded.push(...wording(issue.pointer, refusal));
    else {
      // Not loaded (the chunk could not be fetched): still an issue, without valibot's words.
      worded.push({
        pointer: issue.pointer,
        message: `Refused by the feed model (${refusal.schema})${refusal.suffix}`,
      });
    }
  }
  issues.length = 0;
  for (const issue of worded) issues.push(issue);
}

let loading: Promise<void> | undefined;

/** Loads the wording (valibot and the model: a chunk of its own in the per-element builds). */
export function loadWording(): Promise<void> {
  loading ??= import('./wording.js').then(
    (module) => setWording(module.wordRefusal),
    () => {
      loading = undefined;
    },
  );
  return loading;
}
