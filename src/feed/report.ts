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
import { LIST_NAMES, type ConsultationResults } from './model.js';
import { resultsOf } from './results.js';
import { type Feed, type FeedIssue, type FeedValidation, pointerOf } from './validate.js';

export interface ValidationReport {
  lines: string[];
  exitCode: 0 | 1;
}

export interface ReportOptions {
  /** The feed as given (the parsed JSON): what its warnings are found in. */
  input?: unknown;
  /** The feed is meant to be copied to, or placed in, other sites' pages: warnings fail. */
  embed?: boolean;
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
  const warnings = [...feedWarnings(options.input, result.feed), ...resultsWarnings(resultsOf(result.feed))];
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
