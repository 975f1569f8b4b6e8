/**
 * checks.generated.ts' checks, made from the model's valibot schemas when first used instead of
 * from their generated description: for dist/cop-widgets.js alone (rollup.config.mjs
 * checksFromModel), which carries valibot and the schemas anyway (the wording of refused items is
 * inlined there, CONTRACT §1: no dynamic import), so the model is not in it twice. compiled.ts
 * reads a valibot schema as it reads the generated description; tests/feed-compiled.test.ts
 * checks that both give valibot's answers.
 */
import { FEED_HEADER, LIST_SCHEMAS, QuestionSchema, ResultsSchema } from './model.js';
import { type Node, checker } from './compiled.js';

export { type Check, FAILED } from './compiled.js';

const of = (schema: unknown) => checker(schema as Node);

export const checkTopic = of(LIST_SCHEMAS.topics);
export const checkMeeting = of(LIST_SCHEMAS.meetings);
export const checkRecommendation = of(LIST_SCHEMAS.recommendations);
export const checkDocument = of(LIST_SCHEMAS.documents);
export const checkResource = of(LIST_SCHEMAS.resources);
export const checkConsultationItem = of(LIST_SCHEMAS.consultations);
export const checkQuestion = of(QuestionSchema);
export const checkResults = of(ResultsSchema);
export const checkDefaultLanguage = of(FEED_HEADER.defaultLanguage);
export const checkTitle = of(FEED_HEADER.title);
export const checkUpdated = of(FEED_HEADER.updated);
export const checkSuggestUrl = of(FEED_HEADER.suggestUrl);
