/**
 * The v1 feed model (CONTRACT §3), defined once. The TypeScript types, the validation run in
 * the browser and by the CLI, and the published `feed.schema.json` are all derived from these
 * schemas; nothing else describes the feed.
 *
 * Objects are `v.object`: unknown fields are dropped (forward compatible) and, by valibot's
 * design, `__proto__`, `constructor` and `prototype` keys are never copied.
 */
import * as v from 'valibot';

import {
  ContactSchema,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  UrlSchema,
} from './primitives.js';
import {
  AUDIENCES,
  DOCUMENT_TYPES,
  type ListName,
  MAX_ID,
  MINIMUM_COUNT,
  QUESTION_TYPES,
  RECOMMENDATION_KINDS,
  REGIONS,
  RESOURCE_KINDS,
  SCOPES,
  STAKEHOLDERS,
} from './vocabulary.js';

// The building blocks and the vocabulary are part of the model's public names (one import for
// the whole model).
export * from './primitives.js';
export * from './vocabulary.js';

const ids = (what: string) => v.pipe(v.array(IdSchema), v.description(`Ids of ${what}.`));

export const TopicSchema = v.object({
  id: IdSchema,
  label: LocalizedTextSchema,
});

export const MeetingSchema = v.object({
  id: IdSchema,
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  date: DateSchema,
  endDate: v.optional(DateSchema),
  title: v.optional(LocalizedTextSchema),
  location: v.optional(LocalizedTextSchema),
});

export const RecommendationSchema = v.object({
  id: IdSchema,
  meetings: v.pipe(ids('the meetings that adopted it'), v.minLength(1, 'name at least one meeting')),
  text: LocalizedTextSchema,
  details: v.optional(v.array(LocalizedTextSchema)),
  kind: v.optional(v.picklist(RECOMMENDATION_KINDS)),
  topics: v.optional(ids('topics')),
  documents: v.optional(ids('documents')),
});

export const DocumentFileSchema = v.object({
  lang: LanguageTagSchema,
  url: UrlSchema,
  format: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z0-9][a-z0-9.+-]{0,19}$/, 'a format is a short lower-case name such as "pdf"'),
      v.description('File format: "pdf", "docx", "html", …'),
    ),
  ),
  bytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const DocumentSchema = v.object({
  id: IdSchema,
  symbol: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  title: LocalizedTextSchema,
  date: DateSchema,
  meeting: v.optional(IdSchema),
  type: v.picklist(DOCUMENT_TYPES),
  summary: v.optional(LocalizedTextSchema),
  topics: v.optional(ids('topics')),
  files: v.pipe(v.array(DocumentFileSchema), v.minLength(1, 'a document needs at least one file')),
});

export const ResourceSchema = v.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  url: UrlSchema,
  description: v.optional(LocalizedTextSchema),
  scope: v.picklist(SCOPES),
  countries: v.optional(
    v.array(
      v.pipe(
        v.string(),
        v.regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as "EG"'),
        v.description('ISO 3166-1 alpha-2 country code.'),
      ),
    ),
  ),
  region: v.optional(v.picklist(REGIONS)),
  kind: v.picklist(RESOURCE_KINDS),
  stakeholder: v.optional(v.picklist(STAKEHOLDERS)),
  topics: v.optional(ids('topics')),
  languages: v.optional(v.array(LanguageTagSchema)),
});

const AnswerValueSchema = v.union([v.string(), v.number(), v.boolean()]);

export const ShowIfSchema = v.union(
  [
    v.object({ question: IdSchema, equals: AnswerValueSchema }),
    v.object({ question: IdSchema, in: v.pipe(v.array(AnswerValueSchema), v.minLength(1)) }),
  ],
  'showIf is { "question", "equals" } or { "question", "in": [...] }',
);

export const OptionSchema = v.object({
  value: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
  label: LocalizedTextSchema,
});

const options = v.pipe(v.array(OptionSchema), v.minLength(1, 'give at least one option'));
const maxLength = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)));

const questionBase = {
  id: IdSchema,
  label: LocalizedTextSchema,
  help: v.optional(LocalizedTextSchema),
  required: v.optional(v.boolean()),
  showIf: v.optional(ShowIfSchema),
};

export const QuestionSchema = v.variant(
  'type',
  [
    v.object({ ...questionBase, type: v.literal('single'), options }),
    v.object({
      ...questionBase,
      type: v.literal('multiple'),
      options,
      maxChoices: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
    v.object({ ...questionBase, type: v.literal('text'), maxLength }),
    v.object({ ...questionBase, type: v.literal('long-text'), maxLength }),
    v.pipe(
      v.object({
        ...questionBase,
        type: v.literal('scale'),
        min: v.pipe(v.number(), v.integer()),
        max: v.pipe(v.number(), v.integer()),
        minLabel: v.optional(LocalizedTextSchema),
        maxLabel: v.optional(LocalizedTextSchema),
      }),
      v.check((q) => q.max > q.min && q.max - q.min <= 20, 'a scale needs min < max, at most 20 steps apart'),
    ),
    v.object({ ...questionBase, type: v.literal('age-band'), options }),
    v.object({ ...questionBase, type: v.literal('consent') }),
    v.object({ ...questionBase, type: v.literal('section') }),
  ],
  `a question's type is one of ${QUESTION_TYPES.join(', ')}`,
);

/** A consultation whose questions are read by `question` (the published form, or the validator's). */
/* @__NO_SIDE_EFFECTS__ */
function consultationOf<TQuestion extends v.GenericSchema>(question: TQuestion) {
  return v.pipe(
    v.object({
      id: IdSchema,
      title: LocalizedTextSchema,
      description: v.optional(LocalizedTextSchema),
      audience: v.picklist(AUDIENCES),
      opens: v.optional(DateTimeSchema),
      closes: v.optional(DateTimeSchema),
      endpoint: UrlSchema,
      privacy: v.optional(LocalizedTextSchema),
      document: v.optional(IdSchema),
      contact: v.optional(ContactSchema),
      questions: v.pipe(v.array(question), v.minLength(1, 'a consultation needs at least one question')),
    }),
    v.forward(
      v.check(
        (c) => c.audience !== 'youth' || c.privacy !== undefined,
        'a youth consultation must carry a privacy notice',
      ),
      ['privacy'],
    ),
  );
}

/** A consultation, as published in `feed.schema.json` and as the elements receive it. */
export const ConsultationSchema = consultationOf(QuestionSchema);

/**
 * A consultation as the validator first reads it: its questions are left unread, then read one by
 * one with {@link QuestionSchema} (validate.ts), so that a bad question — of a type a later feed
 * version adds, say — is skipped with its issue and does not cost its whole consultation
 * (CONTRACT §3).
 */
export const ConsultationItemSchema = consultationOf(v.unknown());

/** A published count: a whole number, or `null` for "fewer than `minimumCount`". */
const CountSchema = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const countsOf = (key: v.GenericSchema<string>, what: string) =>
  v.pipe(v.record(key, CountSchema), v.description(what));

/** What a consultation found, as counts (CONTRACT §6): one entry per consultation. */
export const ResultsSchema = v.object({
  consultation: v.pipe(IdSchema, v.description('The consultation these results are of.')),
  updated: v.pipe(DateTimeSchema, v.description('When the counts were taken.')),
  responses: v.pipe(
    CountSchema,
    v.description('Responses accepted in all; null when fewer than minimumCount.'),
  ),
  minimumCount: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MINIMUM_COUNT, `minimumCount is at least ${MINIMUM_COUNT}`),
    v.description('Counts below it are published as null; at least 5.'),
  ),
  byLanguage: v.optional(countsOf(LanguageTagSchema, "Responses per language (the response's locale).")),
  byAgeBand: v.optional(
    countsOf(v.pipe(v.string(), v.minLength(1)), 'Answers to the age-band question, per band value.'),
  ),
  byWeek: v.optional(
    v.pipe(
      v.array(
        v.object({
          week: v.pipe(
            v.string(),
            v.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'expected an ISO week such as 2027-W14'),
          ),
          responses: CountSchema,
        }),
      ),
      v.description('Responses per ISO week, oldest first.'),
    ),
  ),
  questions: v.pipe(
    v.array(
      v.object({
        question: IdSchema,
        answered: v.pipe(
          CountSchema,
          v.description('People who answered it; null when fewer than minimumCount.'),
        ),
        counts: v.optional(
          countsOf(
            v.pipe(v.string(), v.minLength(1)),
            'Per option value (or scale value as a string); single, multiple, scale and age-band questions only.',
          ),
        ),
      }),
    ),
    v.description("Per question, in the consultation's order; free text is never published."),
  ),
  summary: v.optional(LocalizedTextSchema),
});

/** The lists of a feed, each item validated on its own. */
export const LIST_SCHEMAS = {
  topics: TopicSchema,
  meetings: MeetingSchema,
  recommendations: RecommendationSchema,
  documents: DocumentSchema,
  resources: ResourceSchema,
  consultations: ConsultationItemSchema,
} as const satisfies Record<ListName, v.GenericSchema>;

/** The feed's own fields, apart from its lists. */
export const FEED_HEADER = {
  version: v.pipe(
    v.literal(1, 'this library reads feeds of version 1'),
    v.description('Feed format version: 1.'),
  ),
  defaultLanguage: v.optional(LanguageTagSchema),
  title: v.optional(LocalizedTextSchema),
  updated: v.optional(DateSchema),
  suggestUrl: v.optional(
    v.pipe(
      UrlSchema,
      v.description('Where people can suggest a resource for the directory (a form or a mail page).'),
    ),
  ),
};

/** The whole feed, as published in `feed.schema.json`. */
export const FeedSchema = v.pipe(
  v.object({
    ...FEED_HEADER,
    topics: v.optional(v.array(TopicSchema)),
    meetings: v.optional(v.array(MeetingSchema)),
    recommendations: v.optional(v.array(RecommendationSchema)),
    documents: v.optional(v.array(DocumentSchema)),
    resources: v.optional(v.array(ResourceSchema)),
    consultations: v.optional(v.array(ConsultationSchema)),
    results: v.optional(v.array(ResultsSchema)),
  }),
  v.title('CWG-COP feed, version 1'),
  v.description(
    'Content for the cop-widgets elements: the documents, meetings, recommendations, resources and consultations of the ITU Council Working Group on Child Online Protection.',
  ),
);

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type Recommendation = v.InferOutput<typeof RecommendationSchema>;
export type DocumentFile = v.InferOutput<typeof DocumentFileSchema>;
export type FeedDocument = v.InferOutput<typeof DocumentSchema>;
export type Resource = v.InferOutput<typeof ResourceSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type ShowIf = v.InferOutput<typeof ShowIfSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Consultation = v.InferOutput<typeof ConsultationSchema>;
export type ConsultationResults = v.InferOutput<typeof ResultsSchema>;
export type QuestionResults = ConsultationResults['questions'][number];
