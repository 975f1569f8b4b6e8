/**
 * valibot's wording of a refused value (refusals.ts): the model's schema reads it again and its
 * issues become the feed's. Loaded on demand by the browser entries (a chunk of its own), at once
 * by validate.ts' validateFeed.
 */
import * as v from 'valibot';
import { FEED_HEADER, LIST_SCHEMAS, QuestionSchema, ResultsSchema } from './model.js';
import { type FeedIssue, issuesOf } from './issues.js';
import type { Refusal, SchemaName } from './refusals.js';

const schemaOf = (name: SchemaName): v.GenericSchema =>
  name === 'question'
    ? QuestionSchema
    : name === 'results'
      ? ResultsSchema
      : name in LIST_SCHEMAS
        ? LIST_SCHEMAS[name as keyof typeof LIST_SCHEMAS]
        : FEED_HEADER[name as keyof typeof FEED_HEADER];

/**
 * The issues of `refusal` under `pointer`, as valibot gives them (at most five), each message
 * followed by the refusal's suffix. None if valibot accepts the value (the checks and valibot
 * agree: tests/feed-compiled.test.ts).
 */
export function wordRefusal(pointer: string, { schema, value, suffix }: Refusal): FeedIssue[] {
  const result = v.safeParse(schemaOf(schema), value);
  if (result.success) return [];
  return issuesOf(pointer, result.issues).map((issue) =>
    suffix ? { ...issue, message: `${issue.message}${suffix}` } : issue,
  );
}
