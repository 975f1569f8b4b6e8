/**
 * Reading a feed's lists item by item (validate.ts): each item through its schema, duplicate ids
 * skipped (the first wins), and where each kept item stood in the feed given.
 */
import type { ListName } from './model.js';
import type { Feed } from './validate.js';
import { type FeedIssue, describe, pointer } from './issues.js';
import {
  type Check,
  FAILED,
  checkConsultationItem,
  checkDocument,
  checkMeeting,
  checkRecommendation,
  checkResource,
  checkTopic,
} from './checks.generated.js';
import { type SchemaName, refuseItem } from './refusals.js';

/** The kept items; a consultation's questions are still unread until `checkQuestions()` (questions.ts). */
export type Lists = Pick<Feed, ListName>;

/** Each list's check (checks.generated.ts, from the model's LIST_SCHEMAS). */
const LIST_CHECKS: Record<ListName, Check> = {
  topics: checkTopic,
  meetings: checkMeeting,
  recommendations: checkRecommendation,
  documents: checkDocument,
  resources: checkResource,
  consultations: checkConsultationItem,
};

/**
 * One document through the model: its output (the feed's own object when nothing needs changing),
 * or {@link FAILED} with its issues added (worded by valibot later: refusals.ts).
 */
export function parseDocument(index: number, item: unknown, issues: FeedIssue[]): unknown {
  const output = checkDocument(item);
  if (output === FAILED) refuseItem(issues, `/documents/${index}`, 'documents', item);
  return output;
}

/** Whether `id` is new in `firstAt`, which then holds it (else an issue: the first wins). */
export function firstSeen(
  firstAt: Map<string, number>,
  name: string,
  index: number,
  id: string,
  issues: FeedIssue[],
  key = 'id',
): boolean {
  const first = firstAt.get(id);
  if (first === undefined) {
    firstAt.set(id, index);
    return true;
  }
  issues.push({
    pointer: pointer(name, index, key),
    message: `Duplicate ${key} "${id}": the item at ${pointer(name, first)} has it already; this one is skipped.`,
  });
  return false;
}

/**
 * Reads item `index` of list `name` (see {@link readList}): its output, or `undefined` when it is
 * refused or its `key` repeats an earlier one's (`firstAt` holds the keys seen).
 */
export function readItem(
  name: SchemaName,
  item: unknown,
  index: number,
  firstAt: Map<string, number>,
  issues: FeedIssue[],
  check: Check = LIST_CHECKS[name as ListName],
  key = 'id',
): unknown {
  let output = check(item);
  if (output === FAILED) {
    // What is wrong with it, valibot words later (refusals.ts).
    refuseItem(issues, pointer(name, index), name, item);
    return undefined;
  }
  // The feed's own object (nothing needed changing): copied, since its references and addresses
  // are set on the kept item afterwards (references.ts, ingest.ts) and the feed given stays as it is.
  if (output === item) output = { ...(item as object) };
  if (!firstSeen(firstAt, name, index, (output as Record<string, string>)[key]!, issues, key))
    return undefined;
  origin.set(output as object, pointer(name, index));
  return output;
}

/** Reads a list item by item; an item whose `key` repeats an earlier one's is skipped. */
export function readList(
  name: SchemaName,
  raw: unknown,
  issues: FeedIssue[],
  check: Check = LIST_CHECKS[name as ListName],
  key = 'id',
): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ pointer: pointer(name), message: `"${name}" must be a list; it is ${describe(raw)}.` });
    return [];
  }
  const kept: unknown[] = [];
  const firstAt = new Map<string, number>();
  raw.forEach((item, index) => {
    const output = readItem(name, item, index, firstAt, issues, check, key);
    if (output !== undefined) kept.push(output);
  });
  return kept;
}

/** Where each kept item stood in the original feed, for issues found after validation. */
export const origin = new WeakMap<object, string>();
export const at = (item: object): string => origin.get(item) ?? '';

/**
 * Where a kept item of a validated feed stood in the feed given (`/consultations/3`), for checks
 * made on the feed's own text afterwards (the validate command's warnings); `undefined` for
 * anything else, documents included (none is looked up, and a feed may hold 100k).
 */
export const pointerOf = (item: object): string | undefined => origin.get(item);
