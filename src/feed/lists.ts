/**
 * Reading a feed's lists item by item (validate.ts): each item through its schema, duplicate ids
 * skipped (the first wins), and where each kept item stood in the feed given.
 */
import * as v from 'valibot';
import { LIST_SCHEMAS, type Consultation, type ListName } from './model.js';
import { type FeedIssue, describe, issuesOf, pointer } from './issues.js';
import { type Check, FAILED, compile } from './compiled.js';

/** The kept items; a consultation's questions are still unread until `checkQuestions()` (questions.ts). */
export type Lists = {
  [K in ListName]: K extends 'consultations' ? Consultation[] : v.InferOutput<(typeof LIST_SCHEMAS)[K]>[];
};

/** The document schema as a plain function (compiled.ts), made on first use. */
let documentCheck: Check | undefined | null = null;

/**
 * One document through the model: its output (the feed's own object when nothing needs changing),
 * or {@link FAILED} with its issues added. The compiled check answers for a document that passes;
 * valibot, for one it refuses (its issues, and the last word: what valibot accepts is kept).
 */
export function parseDocument(index: number, item: unknown, issues: FeedIssue[]): unknown {
  if (documentCheck === null) documentCheck = compile(LIST_SCHEMAS.documents);
  const output = documentCheck ? documentCheck(item) : FAILED;
  if (output !== FAILED) return output;
  const result = v.safeParse(LIST_SCHEMAS.documents, item);
  if (result.success) return result.output;
  issues.push(...issuesOf(`/documents/${index}`, result.issues));
  return FAILED;
}

/** Each list schema as a plain function (compiled.ts), made on first use; `undefined`: not compiled. */
const checks = new Map<v.GenericSchema, Check | undefined>();
function compiledCheck(schema: v.GenericSchema): Check | undefined {
  if (!checks.has(schema)) checks.set(schema, compile(schema));
  return checks.get(schema);
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

/** Reads a list item by item; an item whose `key` repeats an earlier one's is skipped. */
export function readList(
  name: string,
  raw: unknown,
  issues: FeedIssue[],
  schema: v.GenericSchema = LIST_SCHEMAS[name as ListName],
  key = 'id',
): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ pointer: pointer(name), message: `"${name}" must be a list; it is ${describe(raw)}.` });
    return [];
  }
  const kept: unknown[] = [];
  const firstAt = new Map<string, number>();
  const check = compiledCheck(schema);
  raw.forEach((item, index) => {
    // The compiled check answers for an item that passes; valibot words the issues of one it refuses.
    let output = check ? check(item) : FAILED;
    // The feed's own object (nothing needed changing): copied, since its references and addresses
    // are set on the kept item afterwards (references.ts, ingest.ts) and the feed given stays as it is.
    if (output === item) output = { ...(item as object) };
    if (output === FAILED) {
      const result = v.safeParse(schema, item);
      if (!result.success) {
        issues.push(...issuesOf(pointer(name, index), result.issues));
        return;
      }
      output = result.output;
    }
    if (!firstSeen(firstAt, name, index, (output as Record<string, string>)[key]!, issues, key)) return;
    origin.set(output as object, pointer(name, index));
    kept.push(output);
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
