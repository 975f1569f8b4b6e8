/**
 * The generated checks (src/feed/checks.generated.ts) beside the model's schemas they are made
 * from, and the same checks made from those schemas (src/feed/checks.model.ts, dist/cop-widgets.js').
 */
import type * as v from 'valibot';
import { FEED_HEADER, LIST_SCHEMAS, QuestionSchema, ResultsSchema } from '../../src/feed/model.js';
import * as checks from '../../src/feed/checks.generated.js';
import * as fromModel from '../../src/feed/checks.model.js';

type CheckName = Exclude<keyof typeof checks & keyof typeof fromModel, 'FAILED'>;

const SCHEMAS: [string, v.GenericSchema, CheckName][] = [
  ['topics', LIST_SCHEMAS.topics, 'checkTopic'],
  ['meetings', LIST_SCHEMAS.meetings, 'checkMeeting'],
  ['recommendations', LIST_SCHEMAS.recommendations, 'checkRecommendation'],
  ['documents', LIST_SCHEMAS.documents, 'checkDocument'],
  ['resources', LIST_SCHEMAS.resources, 'checkResource'],
  ['consultations', LIST_SCHEMAS.consultations, 'checkConsultationItem'],
  ['question', QuestionSchema, 'checkQuestion'],
  ['results', ResultsSchema, 'checkResults'],
  ['defaultLanguage', FEED_HEADER.defaultLanguage, 'checkDefaultLanguage'],
  ['title', FEED_HEADER.title, 'checkTitle'],
  ['updated', FEED_HEADER.updated, 'checkUpdated'],
  ['suggestUrl', FEED_HEADER.suggestUrl, 'checkSuggestUrl'],
];

/** Per schema name: the valibot schema, its generated check. */
export const CHECKED: Record<string, [v.GenericSchema, checks.Check]> = Object.fromEntries(
  SCHEMAS.map(([name, schema, check]) => [name, [schema, checks[check]]]),
);

/** Per schema name: its check made from the valibot schema (dist/cop-widgets.js'). */
export const FROM_MODEL: Record<string, checks.Check> = Object.fromEntries(
  SCHEMAS.map(([name, , check]) => [name, fromModel[check]]),
);

export const { FAILED } = checks;
