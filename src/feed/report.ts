/**
 * What `cop-widgets validate` prints for a validated feed: one `pointer: message` line per
 * issue, then a summary line; exit code 0 for a feed without issues, 1 otherwise.
 */
import { LIST_NAMES } from './model.js';
import type { FeedValidation } from './validate.js';

export interface ValidationReport {
  lines: string[];
  exitCode: 0 | 1;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function reportValidation(name: string, result: FeedValidation): ValidationReport {
  const lines = result.issues.map((issue) => `${issue.pointer || '/'}: ${issue.message}`);
  if (!result.ok) {
    lines.push(`${name}: not usable: ${result.message}`);
    return { lines, exitCode: 1 };
  }
  // "1 meeting", "2 meetings"; the list names are English plurals ending in "s".
  const kept = LIST_NAMES.map((list) => plural(result.feed[list].length, list.slice(0, -1), list)).join(', ');
  const issues = plural(result.issues.length, 'issue', 'issues');
  lines.push(`${name}: ${issues}; kept ${kept}.`);
  return { lines, exitCode: result.issues.length === 0 ? 0 : 1 };
}
