/**
 * The feed model's building blocks (CONTRACT §3): ids, language tags, texts, dates and addresses,
 * which every item of the model (model.ts) is made of.
 */
import * as v from 'valibot';
import { MAX_ID, hasText } from './vocabulary.js';

export { MAX_ID, hasText };

const MAX_TEXT = 20_000;

/** An id: what other items use to refer to this one. */
export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1, 'an id cannot be empty'),
  v.maxLength(MAX_ID, `an id is at most ${MAX_ID} characters`),
  v.description('Identifier, unique within its list; other items refer to it.'),
);

/** A BCP 47 language tag such as `fr`, `zh-Hans` or `es-419`. */
export const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'not a language tag such as "fr" or "zh-Hans"'),
  v.description('A BCP 47 language tag, e.g. "fr", "zh-Hans", "es-419".'),
);

const TextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'a text cannot be empty'),
  v.maxLength(MAX_TEXT, `a text is at most ${MAX_TEXT} characters`),
);

/**
 * Plain text (never HTML) in one language, or an object from language tag to text. Shown in the
 * reader's language, else its base language, the feed's `defaultLanguage`, or any present. In an
 * object, an empty (or blank) text means "not translated yet": the reader gets another language,
 * as for a missing one (and `cop-widgets validate` warns); at least one text must be there.
 */
export const LocalizedTextSchema = v.pipe(
  v.union(
    // The object first: a multilingual feed is mostly objects, and a union pays for each option
    // that fails (valibot builds its issues) before the one that fits.
    [
      v.pipe(
        v.record(
          LanguageTagSchema,
          v.pipe(v.string(), v.maxLength(MAX_TEXT, `a text is at most ${MAX_TEXT} characters`)),
        ),
        v.minEntries(1, 'give the text in at least one language'),
        v.check(
          // {} is minEntries' issue alone. (A loop: no list of keys or texts made for every text.)
          (texts) => {
            let empty = true;
            for (const tag in texts) {
              if (!Object.hasOwn(texts, tag)) continue;
              if (hasText(texts[tag]!)) return true;
              empty = false;
            }
            return empty;
          },
          'give the text in at least one language (every text here is empty)',
        ),
        // The same rule for the JSON Schema: not every text blank.
        v.metadata({ not: { additionalProperties: { type: 'string', pattern: '^\\s*$' } } }),
      ),
      TextSchema,
    ],
    'expected a text, or an object from language tag to text',
  ),
  v.description('Plain text, or an object from language tag to plain text: {"en": "…", "fr": "…"}.'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = v.pipe(
  v.string(),
  v.isoDate('expected a date as YYYY-MM-DD'),
  v.description('A date, YYYY-MM-DD.'),
);

/** A point in time, ISO 8601 with a time zone (`2026-11-01T00:00:00Z`). */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('expected a date and time such as 2026-11-01T00:00:00Z'),
  v.description('A date and time, ISO 8601 with a time zone, e.g. 2026-11-01T00:00:00Z.'),
);

/**
 * An `http:`/`https:` address, absolute or relative to the feed's own URL. The scheme is checked
 * after resolving (see validate.ts), since a relative reference has none of its own.
 */
export const UrlSchema = v.pipe(
  v.string(),
  v.minLength(1, 'an address cannot be empty'),
  v.maxLength(8192, 'an address is at most 8192 characters'),
  v.description('An https: or http: address, absolute or relative to the feed URL.'),
);

/**
 * Where a person asks about their answers, or for their deletion: an `https:` page (absolute, or
 * relative to the feed's URL) or a `mailto:` address with one e-mail address. Checked after
 * resolving (see validate.ts).
 */
export const ContactSchema = v.pipe(
  UrlSchema,
  v.description('An https: page or a mailto: address: where people ask for their answers to be deleted.'),
);
