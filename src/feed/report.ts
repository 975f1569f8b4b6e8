/**
 * What `cop-widgets validate` prints for a validated feed: one `pointer: message` line per
 * issue, one `pointer: warning: message` line per warning, then a summary line. Exit code 0 for a
 * feed without issues, 1 otherwise. Warnings (a relative consultation `endpoint`, a youth
 * consultation without a `contact`, a results group with one hidden count) do not change the exit code, unless the feed is meant for
 * embedding elsewhere (`--embed`): there, a relative endpoint would send the answers to each
 * partner's own site, and partners' pages would not say whom to ask, so warnings fail the check too.
 *
 * Only the command uses this module; the elements, which run the same validation, never load its
 * messages.
 */
import { LANGUAGES, baseOf } from '../i18n/language.js';
import { jsonErrorMessage, jsonErrorPlace } from './json-error.js';
import { withoutBom } from './json-slices.js';
import { LIST_NAMES, type ConsultationResults } from './model.js';
import { hasText } from './primitives.js';
import { resultsOf } from './results.js';
import { feedTexts, sourceLanguageOf } from './status.js';
import { isRecord, pointer as segment } from './issues.js';
import { type Feed, type FeedIssue, type FeedValidation, pointerOf } from './validate.js';
import { hasPersonalDataPatterns } from './youth-privacy.js';

export interface ValidationReport {
  lines: string[];
  exitCode: 0 | 1;
}

export interface ReportOptions {
  /** The feed as given (the parsed JSON): what its warnings are found in. */
  input?: unknown;
  /** The feed is meant to be copied to, or placed in, other sites' pages: warnings fail. */
  embed?: boolean;
  /** Languages every text should be in (`--languages ar,es,…`): a warning for each text missing one. */
  languages?: readonly string[];
}

/** What `validate` prints for feed text that is not JSON: where, the line, a caret under the column. */
export function reportJsonError(name: string, text: string, error: unknown): ValidationReport {
  const place = jsonErrorPlace(text, error);
  const lines = [`/: not valid JSON: ${jsonErrorMessage(text, error, place)}`];
  if (place) lines.push(...place.marked.split('\n').map((line) => `  ${line}`));
  lines.push(`${name}: not usable: the feed is not valid JSON.`);
  return { lines, exitCode: 1 };
}

/** The feed text's JSON (a leading byte order mark ignored), or what `validate` prints for it. */
export function readFeedText(
  name: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; report: ValidationReport } {
  const json = withoutBom(text);
  try {
    return { ok: true, json: JSON.parse(json) };
  } catch (error) {
    return { ok: false, report: reportJsonError(name, json, error) };
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether where `address` leads depends on the address it is read from. */
function isRelative(address: string): boolean {
  try {
    return new URL(address, 'https://a.invalid/').href !== new URL(address, 'https://b.invalid/').href;
  } catch {
    return false;
  }
}

/**
 * What is valid in `feed` (validated from `input`) but may not do what its author means, for each
 * kept consultation:
 * - an `endpoint` written as a relative address. Its answers go to whichever site the feed is read
 *   from, so a partner who copies the feed to their own site, or places it inside their page,
 *   sends children's answers to their own server;
 * - a youth consultation without a (usable) `contact`: the form cannot tell a young person whom to
 *   ask to have their answers deleted.
 */
export function feedWarnings(input: unknown, feed: Feed): FeedIssue[] {
  const given = (input as { consultations?: { endpoint?: unknown }[] } | null)?.consultations;
  return feed.consultations.flatMap((consultation) => {
    const at = pointerOf(consultation);
    const raw = at === undefined ? undefined : given?.[Number(at.split('/')[2])]?.endpoint;
    const warnings: FeedIssue[] = [];
    if (typeof raw === 'string' && isRelative(raw)) {
      const goes =
        consultation.endpoint === raw
          ? 'answers go to the site the feed is loaded from'
          : `loaded from this address, answers go to ${consultation.endpoint}`;
      warnings.push({
        pointer: `${at}/endpoint`,
        message:
          `The endpoint ${JSON.stringify(raw.slice(0, 80))} is relative: ${goes}, but a copy of the feed ` +
          'on another site (or inside its page) sends them to that site. For a feed others copy, give an ' +
          'absolute https: address.',
      });
    }
    if (consultation.audience === 'youth' && consultation.contact === undefined) {
      warnings.push({
        pointer: `${at ?? ''}/contact`,
        message:
          'The youth consultation has no contact: the form cannot tell young people whom to ask to have ' +
          'their answers deleted. Give "contact": an https: page or a mailto: address.',
      });
    }
    return warnings;
  });
}

const isBlank = (text: unknown) => typeof text === 'string' && !hasText(text);

/** The value at a JSON Pointer of `input`. */
function valueAt(input: unknown, pointer: string): unknown {
  let value = input;
  for (const key of pointer.split('/').slice(1)) {
    value =
      isRecord(value) || Array.isArray(value)
        ? (value as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')]
        : undefined;
  }
  return value;
}

/**
 * About the languages of the feed's texts (`input`, the feed as given):
 * - an empty (or blank) text: not translated; readers in that language get another one;
 * - with `languages`, each text missing in one of them (one warning per text and language);
 * - texts in a language no element speaks (not in {@link LANGUAGES}), counted per tag: readers
 *   see them only when a text has nothing else.
 */
export function languageWarnings(input: unknown, languages: readonly string[] = []): FeedIssue[] {
  const source = sourceLanguageOf(input);
  const warnings: FeedIssue[] = [];
  const unknown = new Map<string, { first: string; count: number }>();
  for (const { pointer, texts, value: raw } of feedTexts(input)) {
    const present = Object.keys(texts);
    if (present.length === 0) continue; // an issue already: no text at all
    const fallback = texts[source] === undefined ? present[0]! : source;
    const has = (language: string) => present.some((tag) => baseOf(tag) === baseOf(language));
    const empty = isRecord(raw) ? Object.keys(raw).filter((tag) => isBlank(raw[tag])) : [];
    for (const tag of empty) {
      warnings.push({
        pointer: `${pointer}${segment(tag)}`,
        message: `Empty text: not translated; readers in ${tag} get the ${fallback} text.`,
      });
    }
    for (const language of languages) {
      if (has(language) || empty.some((tag) => baseOf(tag) === baseOf(language))) continue;
      warnings.push({
        pointer,
        message: `No ${language} text; readers in ${language} get the ${fallback} text.`,
      });
    }
    if (!isRecord(raw)) continue;
    for (const tag of present) {
      if ((LANGUAGES as readonly string[]).includes(baseOf(tag))) continue;
      const seen = unknown.get(tag) ?? { first: `${pointer}${segment(tag)}`, count: 0 };
      seen.count += 1;
      unknown.set(tag, seen);
    }
  }
  for (const [tag, { first, count }] of unknown) {
    warnings.push({
      pointer: first,
      message:
        `${plural(count, 'text is', 'texts are')} in ${tag}, a language no element speaks ` +
        `(${LANGUAGES.join(', ')}): readers see ${count === 1 ? 'it' : 'them'} only where a text has no other language.`,
    });
  }
  return warnings;
}

/**
 * Youth questions whose label has text in a language {@link PERSONAL_DATA_PATTERNS} has no
 * patterns for: the personal-data check cannot read that text (youth-privacy.ts).
 */
export function privacyCheckWarnings(input: unknown, feed: Feed): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  for (const consultation of feed.consultations) {
    const at = pointerOf(consultation);
    if (consultation.audience !== 'youth' || at === undefined) continue;
    const kept = new Set(consultation.questions.map((question) => question.id));
    const questions = valueAt(input, `${at}/questions`);
    if (!Array.isArray(questions)) continue;
    questions.forEach((question: unknown, index) => {
      if (!isRecord(question) || !kept.has(question.id as string)) return;
      if (question.type === 'section' || question.type === 'consent') return;
      const { label } = question;
      const tags = isRecord(label)
        ? Object.keys(label).filter((tag) => !isBlank(label[tag]))
        : [feed.defaultLanguage];
      for (const tag of tags.filter((tag) => !hasPersonalDataPatterns(tag))) {
        warnings.push({
          pointer: `${at}/questions/${index}/label${isRecord(label) ? segment(tag) : ''}`,
          message: `youth question in ${tag}: personal-data check not available for this language`,
        });
      }
    });
  }
  return warnings;
}

/**
 * Groups of published counts with exactly one `null` next to a published total: a question's
 * counts (total: `answered`), `byLanguage`, `byAgeBand` and `byWeek` (total: `responses`). The
 * reader can work the hidden count out from the total, or for a `multiple` question narrow it
 * down; the receiver's `results` hides the next smallest count too (the complementary rule of
 * CONTRACT §6), so such an entry was made or edited by hand. The count cannot be hidden again here:
 * the feed already publishes enough to find it.
 */
export function resultsWarnings(results: ConsultationResults[]): FeedIssue[] {
  return results.flatMap((entry) => {
    const at = pointerOf(entry) ?? '';
    const groups: [string, (number | null)[], number | null][] = [
      [`${at}/byLanguage`, Object.values(entry.byLanguage ?? {}), entry.responses],
      [`${at}/byAgeBand`, Object.values(entry.byAgeBand ?? {}), entry.responses],
      [`${at}/byWeek`, (entry.byWeek ?? []).map((week) => week.responses), entry.responses],
      ...entry.questions.map((question): [string, (number | null)[], number | null] => [
        `${pointerOf(question) ?? ''}/counts`,
        Object.values(question.counts ?? {}),
        question.answered,
      ]),
    ];
    return groups
      .filter(([, cells, total]) => total !== null && cells.filter((cell) => cell === null).length === 1)
      .map(([where, , total]) => ({
        pointer: where,
        message:
          `Only one count of this group is null, next to a published total (${total}): a reader can work ` +
          'the hidden count out from the others. Hide the next smallest count too (CONTRACT §6), as ' +
          '`cop-widgets-receiver results` does.',
      }));
  });
}

export function reportValidation(
  name: string,
  result: FeedValidation,
  options: ReportOptions = {},
): ValidationReport {
  const lines = result.issues.map((issue) => `${issue.pointer || '/'}: ${issue.message}`);
  if (!result.ok) {
    lines.push(`${name}: not usable: ${result.message}`);
    return { lines, exitCode: 1 };
  }
  const warnings = [
    ...feedWarnings(options.input, result.feed),
    ...privacyCheckWarnings(options.input, result.feed),
    ...resultsWarnings(resultsOf(result.feed)),
    ...languageWarnings(options.input, options.languages),
  ];
  lines.push(...warnings.map((warning) => `${warning.pointer}: warning: ${warning.message}`));
  // "1 meeting", "2 meetings"; the list names are English plurals ending in "s".
  const kept = [...LIST_NAMES, 'results' as const]
    .map((list) => plural(result.feed[list].length, list.slice(0, -1), list))
    .join(', ');
  let counts = plural(result.issues.length, 'issue', 'issues');
  if (warnings.length > 0) {
    counts += `, ${plural(warnings.length, 'warning', 'warnings')}`;
    if (options.embed) counts += ' (with --embed, warnings fail the check)';
  }
  lines.push(`${name}: ${counts}; kept ${kept}.`);
  const failed = result.issues.length > 0 || (options.embed === true && warnings.length > 0);
  return { lines, exitCode: failed ? 1 : 0 };
}
