// The feed's JSON Schema, derived from the feed model (src/feed/model.ts). Used by the build
// (dist/feed.schema.json) and by the tests, which check it against an independent validator.
import { toJsonSchema } from '@valibot/to-json-schema';

/** `model`: the feed model module (src/feed/model.ts, or its build in dist/esm/feed/model.js). */
export function feedJsonSchema(model) {
  // Checks across fields (a youth consultation's privacy notice, a scale's min < max) have no
  // JSON Schema form; the validator enforces them ("errorMode: ignore" leaves them out here).
  return toJsonSchema(model.FeedSchema, {
    errorMode: 'ignore',
    definitions: {
      LocalizedText: model.LocalizedTextSchema,
      Id: model.IdSchema,
      LanguageTag: model.LanguageTagSchema,
      Date: model.DateSchema,
      DateTime: model.DateTimeSchema,
      Url: model.UrlSchema,
      Topic: model.TopicSchema,
      Meeting: model.MeetingSchema,
      Recommendation: model.RecommendationSchema,
      Document: model.DocumentSchema,
      Resource: model.ResourceSchema,
      Question: model.QuestionSchema,
      Consultation: model.ConsultationSchema,
      Results: model.ResultsSchema,
    },
  });
}
