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
import { type Check, FAILED, compile } from './compiled.js';
import { MAILTO, safeUrl } from './urls.js';

export { type FeedIssue, pointer, MAILTO, safeUrl };

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

/** The kept items; a consultation's questions are still unread until `checkQuestions()` (questions.ts). */
type Lists = {
  [K in ListName]: K extends 'consultations' ? Consultation[] : v.InferOutput<(typeof LIST_SCHEMAS)[K]>[];
};

/** Validates `input` as a v1 feed, all at once; see the module comment and {@link FeedIngest}. */
export function validateFeed(input: unknown, options: ValidateOptions = {}): FeedValidation {
  const ingest = new FeedIngest(input, options);
  ingest.advance(Infinity);
  return ingest.result!;
}

/** What an early look at a document found, kept until the ingest reaches it (read-ahead.ts). */
export interface EarlyDocument {
  /** Its schema's output (the feed's own object when nothing needs changing). */
  parsed: FeedDocument | typeof FAILED;
  /** Once addresses and references are checked: what is kept (`null`: no usable file). */
  checked?: FeedDocument | null;
  schemaIssues: FeedIssue[];
  urlIssues: FeedIssue[];
  refIssues: FeedIssue[];
}

/**
 * A feed validated a slice at a time, for a first screen that does not wait for the whole feed
 * (issue 20). The constructor reads everything but the documents (small lists: topics, meetings,
 * recommendations, resources, consultations); {@link advance} reads the documents in feed order
 * until a deadline; read-ahead.ts reads a few chosen ones ahead (a first page's). The
 * outcome, once every document is read, is exactly {@link validateFeed}'s: the same items, the
 * same issues in the same order (each kind of issue collects apart and they are joined at the end
 * in validateFeed's order), and duplicate ids decided in feed order (the first valid one wins).
 */
export class FeedIngest {
  /** The outcome, once {@link advance} has returned `true`. */
  result?: FeedValidation;
  /** The feed's `documents` as given (empty when it has none or they are not a list). */
  rawDocuments: readonly unknown[] = [];
  private readonly base: string | URL | undefined;
  private readonly header: Partial<Feed> = {};
  /** @internal The lists read so far. */
  readonly lists = {} as Lists;
  /** Issues by kind, joined in validateFeed's order at the end. */
  private readonly found = {
    /** Header, and the schema of topics, meetings and recommendations. */
    before: [] as FeedIssue[],
    documents: [] as FeedIssue[],
    /** The schema of resources and consultations, then their addresses. */
    after: [] as FeedIssue[],
    documentUrls: [] as FeedIssue[],
    documentRefs: [] as FeedIssue[],
    resourceRefs: [] as FeedIssue[],
  };
  /** @internal First position of each document id read in feed order. */
  readonly firstAt = new Map<string, number>();
  /** @internal Documents read ahead (read-ahead.ts), taken over when reached in feed order. */
  readonly early = new Map<number, EarlyDocument>();
  /** @internal Positions of the documents read ahead that were found kept. */
  readonly keptAhead = new Set<number>();
  /** @internal The next document to read in feed order. */
  next = 0;
  private readonly input: Record<string, unknown> = {};

  constructor(input: unknown, options: ValidateOptions = {}) {
    this.base = options.baseUrl;
    if (!isRecord(input)) {
      const message = `A feed is a JSON object; this is ${describe(input)}.`;
      this.result = { ok: false, message, issues: [{ pointer: '', message }] };
      return;
    }
    if (input['version'] !== 1) {
      const message =
        input['version'] === undefined
          ? 'The feed has no "version"; this library reads feeds of version 1.'
          : `The feed is of version ${describe(input['version'])}; this library reads feeds of version 1.`;
      this.result = { ok: false, message, issues: [{ pointer: '/version', message }] };
      return;
    }
    this.input = input;
    const { found, header, lists } = this;
    for (const key of ['defaultLanguage', 'title', 'updated', 'suggestUrl'] as const) {
      if (input[key] === undefined) continue;
      const result = v.safeParse(FEED_HEADER[key], input[key]);
      if (result.success) Object.assign(header, { [key]: result.output });
      else found.before.push(...issuesOf(pointer(key), result.issues));
    }
    if (header.suggestUrl !== undefined) {
      const url = safeUrl(header.suggestUrl, this.base);
      if (url === undefined) {
        found.before.push({
          pointer: '/suggestUrl',
          message: `Not an http: or https: address: ${JSON.stringify(header.suggestUrl.slice(0, 80))}.`,
        });
        delete header.suggestUrl;
      } else header.suggestUrl = url;
    }
    let issues = found.before;
    for (const name of LIST_NAMES) {
      if (name === 'documents') {
        issues = found.after;
        const raw = input[name];
        if (Array.isArray(raw)) this.rawDocuments = raw;
        else lists.documents = readList(name, raw, found.documents) as FeedDocument[];
      } else lists[name] = readList(name, input[name], issues) as never;
    }
    lists.documents ??= [];
    checkUrls(lists, this.base, found.after);
    const topics = known(lists.topics);
    for (const resource of lists.resources) {
      resource.topics = keepKnown(
        `${at(resource)}/topics`,
        'topic',
        resource.topics,
        topics,
        found.resourceRefs,
      );
    }
    this.topics = topics;
    this.meetings = known(lists.meetings);
  }

  private readonly topics = new Set<string>();
  private readonly meetings = new Set<string>();

  /** Whether every document has been read (then {@link result} is set). */
  get done(): boolean {
    return this.result !== undefined;
  }

  /**
   * Reads documents in feed order until `deadline` (a `performance.now()` time) has passed;
   * `true` when every document is read and {@link result} is set.
   */
  advance(deadline: number): boolean {
    if (this.result) return true;
    const { rawDocuments } = this;
    while (this.next < rawDocuments.length) {
      this.readDocument(this.next++);
      if ((this.next & 31) === 0 && performance.now() >= deadline) return false;
    }
    this.finish();
    return true;
  }

  /** @internal The feed with these documents. */
  feed(documents: FeedDocument[], results: () => ConsultationResults[]): Feed {
    const { header } = this;
    return {
      version: 1,
      defaultLanguage: header.defaultLanguage ?? 'en',
      ...header,
      ...this.lists,
      documents,
      get results() {
        return results();
      },
    };
  }

  /** Reads the document at `index`, in feed order. */
  private readDocument(index: number): void {
    const { found } = this;
    const seen = this.early.get(index);
    let parsed: unknown;
    if (seen) {
      this.early.delete(index);
      found.documents.push(...seen.schemaIssues);
      parsed = seen.parsed;
    } else parsed = parseDocument(index, this.rawDocuments[index], found.documents);
    if (parsed === FAILED) return;
    const where = `/documents/${index}`;
    if (!firstSeen(this.firstAt, 'documents', index, (parsed as FeedDocument).id, found.documents)) return;
    let kept: FeedDocument | null | undefined;
    if (seen?.checked !== undefined) {
      found.documentUrls.push(...seen.urlIssues);
      found.documentRefs.push(...seen.refIssues);
      kept = seen.checked;
    } else kept = this.checkDocument(parsed as FeedDocument, where, found.documentUrls, found.documentRefs);
    if (kept) this.lists.documents.push(kept);
  }

  /**
   * A document's addresses, then its references: the document to keep, or `undefined` when none of
   * its files has a usable address. It may be the feed's own object (read in place): anything to
   * change goes into a copy.
   */
  /** @internal */
  checkDocument(
    document: FeedDocument,
    where: string,
    urlIssues: FeedIssue[],
    refIssues: FeedIssue[],
  ): FeedDocument | undefined {
    let files: FeedDocument['files'] | undefined;
    document.files.forEach((file, index) => {
      const url = safeUrl(file.url, this.base);
      if (url === undefined) refuse(urlIssues, `${where}/files/${index}/url`, file.url);
      if (url !== file.url) files ??= document.files.slice(0, index);
      if (url !== undefined) files?.push(url === file.url ? file : { ...file, url });
    });
    if (files?.length === 0) {
      urlIssues.push({
        pointer: where,
        message: 'The document has no file with a usable address; it is skipped.',
      });
      return undefined;
    }
    const topics = keepKnown(`${where}/topics`, 'topic', document.topics, this.topics, refIssues);
    const { meeting } = document;
    const unknownMeeting = meeting !== undefined && !this.meetings.has(meeting);
    if (unknownMeeting) {
      refIssues.push({
        pointer: `${where}/meeting`,
        message: `Unknown meeting "${meeting}": the reference is ignored.`,
      });
    }
    if (files || topics !== document.topics || unknownMeeting) {
      document = { ...document, files: files ?? document.files, topics };
      if (topics === undefined) delete document.topics;
      if (unknownMeeting) delete document.meeting;
    }
    origin.set(document, where);
    return document;
  }

  /** Checks what refers to documents, reads the results, and sets {@link result}. */
  private finish(): void {
    const { found, lists } = this;
    const recommendationRefs: FeedIssue[] = [];
    const consultationRefs: FeedIssue[] = [];
    checkReferences(lists, recommendationRefs, consultationRefs);
    const issues = [
      ...found.before,
      ...found.documents,
      ...found.after,
      ...found.documentUrls,
      ...recommendationRefs,
      ...found.documentRefs,
      ...found.resourceRefs,
      ...consultationRefs,
    ];
    this.early.clear();
    this.keptAhead.clear();
    // Keyed by consultation, read after the consultations they are of, once: now when the reader is
    // loaded, else on first use after it is (a feed in the page-wide cache, validated for another
    // element). Their issues join the feed's, so an element that reads them reports them. Results
    // alone never make a feed usable: they are kept only beside their consultation, which does.
    const raw = this.input['results'];
    let results: ConsultationResults[] | undefined;
    const readResults = () => (results ??= resultsReader?.(raw, lists.consultations, issues, origin));
    readResults();
    const feed = this.feed(lists.documents, () => readResults() ?? []);
    const usable = LIST_NAMES.some((name) => name !== 'topics' && feed[name].length > 0);
    if (!usable) {
      const message =
        issues.length > 0
          ? `The feed has nothing usable: every item has problems (${issues.length} issues).`
          : 'The feed has nothing to show: no meetings, recommendations, documents, resources or consultations.';
      this.result = { ok: false, message, issues };
    } else this.result = { ok: true, feed, issues };
  }
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

/** Whether `id` is new in `firstAt`, which then holds it (else an issue: the first wins). */
function firstSeen(
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
  raw.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (!result.success) {
      issues.push(...issuesOf(pointer(name, index), result.issues));
      return;
    }
    const { output } = result;
    if (!firstSeen(firstAt, name, index, (output as Record<string, string>)[key]!, issues, key)) return;
    origin.set(output as object, pointer(name, index));
    kept.push(output);
  });
  return kept;
}

const refuse = (issues: FeedIssue[], at: string, raw: string, what = 'an http: or https: address') =>
  issues.push({ pointer: at, message: `Not ${what}: ${JSON.stringify(raw.slice(0, 80))}.` });

/** Resolves resources' and consultations' addresses; an item whose address is not http(s) is dropped. */
function checkUrls(lists: Lists, base: string | URL | undefined, issues: FeedIssue[]): void {
  lists.resources = lists.resources.filter((resource) => {
    const url = safeUrl(resource.url, base);
    if (url === undefined) refuse(issues, `${at(resource)}/url`, resource.url);
    else resource.url = url;
    return url !== undefined;
  });
  lists.consultations = lists.consultations.filter((consultation) => {
    const url = safeUrl(consultation.endpoint, base);
    if (url === undefined) refuse(issues, `${at(consultation)}/endpoint`, consultation.endpoint);
    else consultation.endpoint = url;
    const { contact } = consultation;
    if (contact !== undefined) {
      const safe = MAILTO.test(contact) ? contact : safeUrl(contact, base);
      if (safe === undefined || safe.startsWith('http:')) {
        refuse(issues, `${at(consultation)}/contact`, contact, 'an https: page or a mailto: address');
        delete consultation.contact;
      } else consultation.contact = safe;
    }
    return url !== undefined;
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

const known = (list: { id: string }[]) => new Set(list.map((item) => item.id));

/** The references of `refs` found in `set`; each other one is an issue, never a crash. */
function keepKnown(
  where: string,
  what: string,
  refs: string[] | undefined,
  set: Set<string>,
  issues: FeedIssue[],
): string[] | undefined {
  if (!refs || refs.every((ref) => set.has(ref))) return refs;
  return refs.filter((ref) => {
    if (set.has(ref)) return true;
    issues.push({ pointer: where, message: `Unknown ${what} "${ref}": the reference is ignored.` });
    return false;
  });
}

/**
 * Checks the references of recommendations and consultations (once every document is read); a
 * dangling one is removed with an issue, never a crash.
 */
function checkReferences(
  lists: Lists,
  recommendationIssues: FeedIssue[],
  consultationIssues: FeedIssue[],
): void {
  const topics = known(lists.topics);
  const meetings = known(lists.meetings);
  const documents = known(lists.documents);
  const issues = recommendationIssues;
  lists.recommendations = lists.recommendations.filter((rec) => {
    const where = at(rec);
    rec.meetings = keepKnown(`${where}/meetings`, 'meeting', rec.meetings, meetings, issues) ?? [];
    rec.topics = keepKnown(`${where}/topics`, 'topic', rec.topics, topics, issues);
    rec.documents = keepKnown(`${where}/documents`, 'document', rec.documents, documents, issues);
    if (rec.meetings.length === 0) {
      issues.push({ pointer: where, message: 'The recommendation names no known meeting; it is skipped.' });
    }
    return rec.meetings.length > 0;
  });
  lists.consultations = lists.consultations.filter((consultation) => {
    const where = at(consultation);
    if (consultation.document !== undefined && !documents.has(consultation.document)) {
      consultationIssues.push({
        pointer: `${where}/document`,
        message: `Unknown document "${consultation.document}": the reference is ignored.`,
      });
      delete consultation.document;
    }
    return checkQuestions(consultation, where, consultationIssues);
  });
}
