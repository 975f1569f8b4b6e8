/**
 * cop-widgets: the element classes and their helpers, without registering any tag.
 * Import `cop-widgets/cop-widgets.js` to register every element, or one element's entry.
 */
export { VERSION } from './version.js';
export { CopElement } from './internal/cop-element.js';
export { FeedElement } from './internal/feed-element.js';
export { CopConsultationForm, type CopSubmitDetail } from './elements/consultation-form/consultation-form.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './elements/consultation-form/delivery.js';
export { CopConsultationResults } from './elements/consultation-results/consultation-results.js';
export { CopDocumentList } from './elements/document-list/document-list.js';
export {
  CopRecommendationTimeline,
  HORIZONTAL_MIN_WIDTH_REM,
  type TimelineLayout,
} from './elements/recommendation-timeline/recommendation-timeline.js';
export {
  buildCalendar,
  type CalendarEvent,
  type CalendarText,
} from './elements/recommendation-timeline/ics.js';
export { CopResourceDirectory } from './elements/resource-directory/resource-directory.js';
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  directionOf,
  isLanguage,
  toLanguage,
  type Direction,
  type Language,
} from './i18n/language.js';
export { validateFeed, safeUrl, type Feed, type FeedIssue, type FeedValidation } from './feed/validate.js';
export { resultsOf } from './feed/results.js';
export type {
  Consultation,
  ConsultationResults,
  DocumentFile,
  FeedDocument,
  LocalizedText,
  Meeting,
  Option,
  Question,
  QuestionResults,
  QuestionType,
  Recommendation,
  Resource,
  ShowIf,
  Topic,
} from './feed/model.js';
