/**
 * What `cop-widgets validate` prints for a validated feed: one `pointer: message` line per
 * issue, one `pointer: warning: message` line per warning, then a summary line. Exit code 0 for a
 * feed without issues, 1 otherwise. Warnings (a relative consultation `endpoint`) do not change
 * the exit code, unless the feed is meant for embedding elsewhere (`--embed`): there, a relative
 * endpoint would send the answers to each partner's own site, so warnings fail the check too.
 */
import { LIST_NAMES } from './model.js';
import type { FeedValidation } from './validate.js';

export interface ValidationReport {
  lines: string[];
  exitCode: 0 | 1;
}

export interface ReportOptions {
  /** The feed is meant to be copied to, or placed in, other sites' pages: warnings fail. */
  embed?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const { warnings } = result;
  lines.push(...warnings.map((warning) => `${warning.pointer}: warning: ${warning.message}`));
  // "1 meeting", "2 meetings"; the list names are English plurals ending in "s".
  const kept = LIST_NAMES.map((list) => plural(result.feed[list].length, list.slice(0, -1), list)).join(', ');
  let counts = plural(result.issues.length, 'issue', 'issues');
  if (warnings.length > 0) {
    counts += `, ${plural(warnings.length, 'warning', 'warnings')}`;
    if (options.embed) counts += ' (with --embed, warnings fail the check)';
  }
  lines.push(`${name}: ${counts}; kept ${kept}.`);
  const failed = result.issues.length > 0 || (options.embed === true && warnings.length > 0);
  return { lines, exitCode: failed ? 1 : 0 };
}
