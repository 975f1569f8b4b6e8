/**
 * Validation of a v1 feed, item by item (CONTRACT §3, §5): a bad item is dropped with an issue
 * (a JSON Pointer to the item and field, and why), and the rest is kept. Only a feed that is not
 * an object, has another `version`, or has nothing usable fails as a whole. The same code runs in
 * the browser and in the `cop-widgets validate` command.
 */
import * as v from 'valibot';
import {
  FEED_HEADER,
  LIST_NAMES,
  LIST_SCHEMAS,
  type Consultation,
  type ConsultationResults,
  type FeedDocument,
  type ListName,
  type LocalizedText,
  type Meeting,
  type Recommendation,
  type Resource,
  type Topic,
} from './model.js';
import { type FeedIssue, describe, isRecord, issuesOf, pointer } from './issues.js';
import { checkQuestions } from './questions.js';

export { type FeedIssue, pointer };

/** A validated feed: every list present (possibly empty), every kept item valid. */
export interface Feed {
  version: 1;
  defaultLanguage: string;
  title?: LocalizedText;
  updated?: string;
  /** Where people can suggest a resource (resolved, http(s) only). */
  suggestUrl?: string;
  topics: Topic[];
  meetings: Meeting[];
  recommendations: Recommendation[];
  documents: FeedDocument[];
  resources: Resource[];
  consultations: Consultation[];
  /**
   * Published results (CONTRACT §6), each of a kept consultation; no count below its `minimumCount`.
   * Read by src/feed/results.ts, which only the results element and the validate command load:
   * empty until that module is loaded, then read on first use (see {@link registerResultsReader}).
   */
  readonly results: ConsultationResults[];
}

export type FeedValidation =
  { ok: true; feed: Feed; issues: FeedIssue[] } | { ok: false; message: string; issues: FeedIssue[] };

export interface ValidateOptions {
  /**
   * The address relative URLs in the feed resolve against: the feed's own URL, or the page's
   * base URL for an inline feed. Without it, relative URLs are kept as they are.
   */
  baseUrl?: string | URL;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An absolute http(s) URL already in the form the URL parser gives back (its `href` is the same
 * text), so a feed's tens of thousands of file addresses need no parsing: lower-case scheme and
 * ASCII host whose last label starts with a letter (no IPv4 rewriting), no port, user, backslash,
 * fragment or space, a path from "/", and only characters the parser leaves as they are in a path
 * or query. `NOT_CANONICAL` excludes what it would still rewrite: dot segments (also as `%2e`),
 * and punycode labels it would check. Anything else goes through `new URL()`.
 */
const CANONICAL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~/%?=&+:@,;!$*()]*$/;
const NOT_CANONICAL = /\/\.\.?(?:[/?]|$)|%2e|xn--/i;

/**
 * The address a feed URL stands for, resolved against `base`, or `undefined` when it is not
 * `http:`/`https:` (a `javascript:` or `data:` URL is never rendered or called).
 */
export function safeUrl(raw: string, base: string | URL | undefined): string | undefined {
  if (CANONICAL.test(raw) && !NOT_CANONICAL.test(raw)) return raw;
  try {
    if (base === undefined && !ABSOLUTE.test(raw)) {
      // No base to resolve against: check the reference on a neutral one, keep it relative.
      return /^https?:$/.test(new URL(raw, 'https://feed.invalid/').protocol) ? raw : undefined;
    }
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A consultation's `contact` that is a `mailto:` address with one e-mail address (`?subject=…` and
 * other fields allowed). Any other `contact` must be an `https:` page (CONTRACT §3; `http:` is
 * refused: people send their receipt code there).
 */
export const MAILTO = /^mailto:[^\s\p{Cc}@<>()[\]\\,;:"?#]+@[^\s\p{Cc}@<>()[\]\\,;:"?#]+(?:\?[^#]*)?$/iu;

/** The kept items; a consultation's questions are still unread until `checkQuestions()` (questions.ts). */
type Lists = {
  [K in ListName]: K extends 'consultations' ? Consultation[] : v.InferOutput<(typeof LIST_SCHEMAS)[K]>[];
};

/** Validates `input` as a v1 feed; see the module comment. */
export function validateFeed(input: unknown, options: ValidateOptions = {}): FeedValidation {
  const issues: FeedIssue[] = [];
  if (!isRecord(input)) {
    const message = `A feed is a JSON object; this is ${describe(input)}.`;
    return { ok: false, message, issues: [{ pointer: '', message }] };
  }
  if (input['version'] !== 1) {
    const message =
      input['version'] === undefined
        ? 'The feed has no "version"; this library reads feeds of version 1.'
        : `The feed is of version ${describe(input['version'])}; this library reads feeds of version 1.`;
    return { ok: false, message, issues: [{ pointer: '/version', message }] };
  }

  const header: Partial<Feed> = {};
  for (const key of ['defaultLanguage', 'title', 'updated', 'suggestUrl'] as const) {
    if (input[key] === undefined) continue;
    const result = v.safeParse(FEED_HEADER[key], input[key]);
    if (result.success) Object.assign(header, { [key]: result.output });
    else issues.push(...issuesOf(pointer(key), result.issues));
  }
  if (header.suggestUrl !== undefined) {
    const url = safeUrl(header.suggestUrl, options.baseUrl);
    if (url === undefined) {
      issues.push({
        pointer: '/suggestUrl',
        message: `Not an http: or https: address: ${JSON.stringify(header.suggestUrl.slice(0, 80))}.`,
      });
      delete header.suggestUrl;
    } else header.suggestUrl = url;
  }

  const lists = {} as Lists;
  for (const name of LIST_NAMES) {
    lists[name] = readList(name, input[name], issues) as never;
  }
  checkUrls(lists, options.baseUrl, issues);
  checkReferences(lists, issues);
  // Keyed by consultation, read after the consultations they are of, once: now when the reader is
  // loaded, else on first use after it is (a feed in the page-wide cache, validated for another
  // element). Their issues join the feed's, so an element that reads them reports them. Results
  // alone never make a feed usable: they are kept only beside their consultation, which does.
  const raw = input['results'];
  let results: ConsultationResults[] | undefined;
  const readResults = () => (results ??= resultsReader?.(raw, lists.consultations, issues, origin));
  readResults();

  const feed: Feed = {
    version: 1,
    defaultLanguage: header.defaultLanguage ?? 'en',
    ...header,
    ...lists,
    get results() {
      return readResults() ?? [];
    },
  };
  const usable = LIST_NAMES.some((name) => name !== 'topics' && feed[name].length > 0);
  if (!usable) {
    const message =
      issues.length > 0
        ? `The feed has nothing usable: every item has problems (${issues.length} issues).`
        : 'The feed has nothing to show: no meetings, recommendations, documents, resources or consultations.';
    return { ok: false, message, issues };
  }
  return { ok: true, feed, issues };
}

/**
 * Reads a feed's `results` list (its raw value) against the kept consultations, adding its issues
 * and where each kept item stood (for {@link pointerOf}).
 */
export type ResultsReader = (
  raw: unknown,
  consultations: Consultation[],
  issues: FeedIssue[],
  origin: WeakMap<object, string>,
) => ConsultationResults[];

let resultsReader: ResultsReader | undefined;

/**
 * Makes validation read `results` (src/feed/results.ts calls it when loaded). Until then a feed's
 * `results` are kept as given, unread: the results schema and checks cost every other element's
 * entry about 1.2 kB gzip, and only the results element and the validate command need them.
 */
export function registerResultsReader(reader: ResultsReader): void {
  resultsReader = reader;
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
  raw.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (!result.success) {
      issues.push(...issuesOf(pointer(name, index), result.issues));
      return;
    }
    const id = (result.output as Record<string, string>)[key]!;
    const first = firstAt.get(id);
    if (first !== undefined) {
      issues.push({
        pointer: pointer(name, index, key),
        message: `Duplicate ${key} "${id}": the item at ${pointer(name, first)} has it already; this one is skipped.`,
      });
      return;
    }
    firstAt.set(id, index);
    origin.set(result.output as object, pointer(name, index));
    kept.push(result.output);
  });
  return kept;
}

/** Resolves every address; an item whose address is not http(s) is dropped with an issue. */
function checkUrls(lists: Lists, base: string | URL | undefined, issues: FeedIssue[]): void {
  const refuse = (at: string, raw: string, what = 'an http: or https: address') =>
    issues.push({ pointer: at, message: `Not ${what}: ${JSON.stringify(raw.slice(0, 80))}.` });

  lists.resources = lists.resources.filter((resource) => {
    const url = safeUrl(resource.url, base);
    if (url === undefined) refuse(`${at(resource)}/url`, resource.url);
    else resource.url = url;
    return url !== undefined;
  });
  lists.consultations = lists.consultations.filter((consultation) => {
    const url = safeUrl(consultation.endpoint, base);
    if (url === undefined) refuse(`${at(consultation)}/endpoint`, consultation.endpoint);
    else consultation.endpoint = url;
    const { contact } = consultation;
    if (contact !== undefined) {
      const safe = MAILTO.test(contact) ? contact : safeUrl(contact, base);
      if (safe === undefined || safe.startsWith('http:')) {
        refuse(`${at(consultation)}/contact`, contact, 'an https: page or a mailto: address');
        delete consultation.contact;
      } else consultation.contact = safe;
    }
    return url !== undefined;
  });
  lists.documents = lists.documents.filter((document) => {
    const where = at(document);
    document.files = document.files.filter((file, index) => {
      const url = safeUrl(file.url, base);
      if (url === undefined) refuse(`${where}/files/${index}/url`, file.url);
      else file.url = url;
      return url !== undefined;
    });
    if (document.files.length === 0) {
      issues.push({
        pointer: where,
        message: 'The document has no file with a usable address; it is skipped.',
      });
    }
    return document.files.length > 0;
  });
}

/** Where each kept item stood in the original feed, for issues found after validation. */
const origin = new WeakMap<object, string>();
const at = (item: object): string => origin.get(item) ?? '';

/**
 * Where a kept item of a validated feed stood in the feed given (`/consultations/3`), for checks
 * made on the feed's own text afterwards (the validate command's warnings); `undefined` for
 * anything else.
 */
export const pointerOf = (item: object): string | undefined => origin.get(item);

/** Checks cross-references; a dangling one is removed with an issue, never a crash. */
function checkReferences(lists: Lists, issues: FeedIssue[]): void {
  const known = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const topics = known(lists.topics);
  const meetings = known(lists.meetings);
  const documents = known(lists.documents);

  const keepKnown = (where: string, what: string, refs: string[] | undefined, set: Set<string>) => {
    if (!refs) return refs;
    return refs.filter((ref) => {
      if (set.has(ref)) return true;
      issues.push({ pointer: where, message: `Unknown ${what} "${ref}": the reference is ignored.` });
      return false;
    });
  };

  lists.recommendations = lists.recommendations.filter((rec) => {
    const where = at(rec);
    rec.meetings = keepKnown(`${where}/meetings`, 'meeting', rec.meetings, meetings) ?? [];
    rec.topics = keepKnown(`${where}/topics`, 'topic', rec.topics, topics);
    rec.documents = keepKnown(`${where}/documents`, 'document', rec.documents, documents);
    if (rec.meetings.length === 0) {
      issues.push({ pointer: where, message: 'The recommendation names no known meeting; it is skipped.' });
    }
    return rec.meetings.length > 0;
  });
  for (const document of lists.documents) {
    const where = at(document);
    document.topics = keepKnown(`${where}/topics`, 'topic', document.topics, topics);
    if (document.meeting !== undefined && !meetings.has(document.meeting)) {
      issues.push({
        pointer: `${where}/meeting`,
        message: `Unknown meeting "${document.meeting}": the reference is ignored.`,
      });
      delete document.meeting;
    }
  }
  for (const resource of lists.resources) {
    resource.topics = keepKnown(`${at(resource)}/topics`, 'topic', resource.topics, topics);
  }
  lists.consultations = lists.consultations.filter((consultation) => {
    const where = at(consultation);
    if (consultation.document !== undefined && !documents.has(consultation.document)) {
      issues.push({
        pointer: `${where}/document`,
        message: `Unknown document "${consultation.document}": the reference is ignored.`,
      });
      delete consultation.document;
    }
    return checkQuestions(consultation, where, issues);
  });
}
