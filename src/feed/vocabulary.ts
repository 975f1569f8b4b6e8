/**
 * The feed model's words and limits (CONTRACT §3) that code uses as values: the lists' names, each
 * picklist's values, the id length, what counts as a text. model.ts builds its schemas from them
 * and re-exports them; they are apart, without valibot, so that an element that needs a list of
 * values (the directory's scopes, the timeline's kinds) does not load the schemas.
 */

export const MAX_ID = 200;

/** Whether a text has something to read (not empty, not only spaces). */
export const hasText = (text: string) => /\S/.test(text);

/** The lists of a feed, in the order they are read. */
export const LIST_NAMES = [
  'topics',
  'meetings',
  'recommendations',
  'documents',
  'resources',
  'consultations',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const RECOMMENDATION_KINDS = ['recommendation', 'decision', 'action'] as const;

export const DOCUMENT_TYPES = [
  'report',
  'contribution',
  'liaison',
  'resolution',
  'guideline',
  'information',
  'other',
] as const;

export const SCOPES = ['national', 'regional', 'international'] as const;
export const REGIONS = ['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe'] as const;
export const RESOURCE_KINDS = [
  'case-study',
  'good-practice',
  'guideline',
  'research',
  'campaign',
  'helpline',
  'tool',
  'other',
] as const;
export const STAKEHOLDERS = [
  'government',
  'industry',
  'civil-society',
  'academia',
  'international-organization',
  'youth',
] as const;

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'text',
  'long-text',
  'scale',
  'age-band',
  'consent',
  'section',
] as const;

export const AUDIENCES = ['youth', 'members', 'public'] as const;

/** The smallest count a results entry may publish; smaller ones are `null` (CONTRACT §6). */
export const MINIMUM_COUNT = 5;

/** Every language's version of a text (model.ts' LocalizedText), for searching and checking across languages. */
export function textsOf(value: string | Record<string, string> | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value);
}
