/**
 * `results --into feed.json`: writes (or replaces) one consultation's entry in a feed file's
 * `results` list, keeping the rest of the file, then validates the feed with the library's own
 * validator, as `cop-widgets validate` does.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ConsultationResults } from '../../../src/feed/model.js';
import { type ValidationReport, reportValidation } from '../../../src/feed/report.js';
import { validateFeed } from '../../../src/feed/validate.js';

/** `feed` with `entry` in its `results`: in place of the consultation's old entry, else last. */
export function withResults(
  feed: Record<string, unknown>,
  entry: ConsultationResults,
): Record<string, unknown> {
  const list = Array.isArray(feed['results']) ? [...(feed['results'] as unknown[])] : [];
  const at = list.findIndex(
    (item) => (item as { consultation?: unknown } | null)?.consultation === entry.consultation,
  );
  if (at >= 0) list[at] = entry;
  else list.push(entry);
  return { ...feed, results: list };
}

/**
 * Writes `entry` into the feed file at `path` atomically (a temporary file in the same folder,
 * then renamed over it), as JSON with two-space indents; resolves to the validation report of
 * the feed written. Throws when the file cannot be read or is not a JSON object.
 */
export async function writeInto(path: string, entry: ConsultationResults): Promise<ValidationReport> {
  const text = await readFile(path, 'utf8');
  const feed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed))
    throw new Error(`${path} is not a feed (a JSON object).`);
  const next = withResults(feed as Record<string, unknown>, entry);
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return reportValidation(path, validateFeed(next), { input: next });
}
