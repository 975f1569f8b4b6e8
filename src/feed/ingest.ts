/**
 * FeedIngest: a feed validated a slice at a time (validate.ts is the public entry and
 * {@link validateFeed} runs it to the end at once).
 */
import type { ConsultationResults, FeedDocument, Resource } from './model.js';
import { LIST_NAMES } from './vocabulary.js';
import { type FeedIssue, describe, isRecord, pointer } from './issues.js';
import {
  type Check,
  FAILED,
  checkDefaultLanguage,
  checkSuggestUrl,
  checkTitle,
  checkUpdated,
} from './checks.generated.js';
import { loadWording, needsWording, refuseItem, wordRefusals } from './refusals.js';
import { safeUrl } from './urls.js';
import { type Lists, at, firstSeen, origin, parseDocument, readItem, readList } from './lists.js';
import { checkReferences, checkUrls, keepKnown, known, refuse } from './references.js';
import { resultsReader } from './results-reader.js';
import type { Feed, FeedValidation, ValidateOptions } from './validate.js';

/** The checks of the feed's own fields (the model's FEED_HEADER), but `version`. */
const HEADER_CHECKS: Record<'defaultLanguage' | 'title' | 'updated' | 'suggestUrl', Check> = {
  defaultLanguage: checkDefaultLanguage,
  title: checkTitle,
  updated: checkUpdated,
  suggestUrl: checkSuggestUrl,
};

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
 * (issue 20). The constructor reads everything but the resources and the documents (small
 * lists: topics, meetings, recommendations, consultations); {@link advance} reads the resources,
 * then the documents, in feed order until a deadline; read-ahead.ts reads a few chosen ones ahead (a first page's). The
 * outcome, once every document is read, is exactly {@link validateFeed}'s: the same items, the
 * same issues in the same order (each kind of issue collects apart and they are joined at the end
 * in validateFeed's order), and duplicate ids decided in feed order (the first valid one wins).
 */
export class FeedIngest {
  /** The outcome, once {@link advance} has returned `true`. */
  result?: FeedValidation;
  /**
   * Set while every item is read but the issues of a refused one wait for their wording
   * (refusals.ts: valibot, loaded on demand); {@link advance} returns `false` until it settles.
   */
  wording?: Promise<void>;
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
    /** The schema of resources (read in advance(), before the documents). */
    resources: [] as FeedIssue[],
    /** The schema of consultations. */
    after: [] as FeedIssue[],
    resourceUrls: [] as FeedIssue[],
    /** The addresses of consultations. */
    urls: [] as FeedIssue[],
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
  /** The feed's `resources` as given (empty when it has none or they are not a list), read before the documents. */
  rawResources: readonly unknown[] = [];
  /** @internal The next resource to read in feed order. */
  nextResource = 0;
  /** First position of each resource id read. */
  private readonly resourceIds = new Map<string, number>();
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
      const output = HEADER_CHECKS[key](input[key]);
      if (output !== FAILED) Object.assign(header, { [key]: output });
      else refuseItem(found.before, pointer(key), key, input[key]);
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
      } else if (name === 'resources') {
        // A list is read in advance(), a resource at a time (a first screen need not wait for it).
        const raw = input[name];
        if (Array.isArray(raw)) this.rawResources = raw;
        lists.resources = Array.isArray(raw) ? [] : (readList(name, raw, found.resources) as Resource[]);
      } else lists[name] = readList(name, input[name], issues) as never;
    }
    lists.documents ??= [];
    // The consultations' addresses (no resource is read yet: each is checked as it is read).
    checkUrls(lists, this.base, found.urls);
    this.topics = known(lists.topics);
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
    if (this.wording) return false;
    const { rawResources, rawDocuments } = this;
    while (this.nextResource < rawResources.length) {
      this.readResource(this.nextResource++);
      if ((this.nextResource & 15) === 0 && performance.now() >= deadline) return false;
    }
    while (this.next < rawDocuments.length) {
      this.readDocument(this.next++);
      if ((this.next & 31) === 0 && performance.now() >= deadline) return false;
    }
    this.finish();
    return this.result !== undefined;
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

  /** Reads the resource at `index`, in feed order: its schema and id, then {@link keepResource}. */
  private readResource(index: number): void {
    const { found } = this;
    const raw = this.rawResources[index];
    const resource = readItem('resources', raw, index, this.resourceIds, found.resources) as
      Resource | undefined;
    if (resource && this.keepResource(resource, found.resourceUrls, found.resourceRefs)) {
      this.lists.resources.push(resource);
    }
  }

  /**
   * A resource's address (resolved in place), then its topics (unknown ones dropped): `false` when
   * the address is not usable and the resource is skipped.
   */
  /** @internal */
  keepResource(resource: Resource, urlIssues: FeedIssue[], refIssues: FeedIssue[]): boolean {
    const url = safeUrl(resource.url, this.base);
    if (url === undefined) {
      refuse(urlIssues, `${at(resource)}/url`, resource.url);
      return false;
    }
    resource.url = url;
    resource.topics = keepKnown(`${at(resource)}/topics`, 'topic', resource.topics, this.topics, refIssues);
    return true;
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
    for (let index = 0; index < document.files.length; index++) {
      const file = document.files[index]!;
      const url = safeUrl(file.url, this.base);
      if (url === undefined) refuse(urlIssues, `${where}/files/${index}/url`, file.url);
      if (url !== file.url) files ??= document.files.slice(0, index);
      if (url !== undefined) files?.push(url === file.url ? file : { ...file, url });
    }
    if (files?.length === 0) {
      urlIssues.push({
        pointer: where,
        message: 'The document has no file with a usable address; it is skipped.',
      });
      return undefined;
    }
    let { topics } = document;
    if (topics && !topics.every((topic) => this.topics.has(topic)))
      topics = keepKnown(`${where}/topics`, 'topic', topics, this.topics, refIssues);
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
    // No origin (pointerOf) for documents: nothing looks one up, and a feed has tens of thousands.
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
      ...found.resources,
      ...found.after,
      ...found.resourceUrls,
      ...found.urls,
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
    const readResults = () => {
      if (results) return results;
      results = resultsReader?.(raw, lists.consultations, issues, origin);
      // Read after the outcome was set (see above): a refused entry's issues are worded when
      // the wording is loaded, at once when it already is.
      if (this.result && needsWording(issues)) void loadWording().then(() => wordRefusals(issues));
      else if (this.result) wordRefusals(issues);
      return results;
    };
    readResults();
    const feed = this.feed(lists.documents, () => readResults() ?? []);
    const usable = LIST_NAMES.some((name) => name !== 'topics' && feed[name].length > 0);
    const conclude = () => {
      wordRefusals(issues);
      this.wording = undefined;
      if (!usable) {
        const message =
          issues.length > 0
            ? `The feed has nothing usable: every item has problems (${issues.length} issues).`
            : 'The feed has nothing to show: no meetings, recommendations, documents, resources or consultations.';
        this.result = { ok: false, message, issues };
      } else this.result = { ok: true, feed, issues };
    };
    // A refused item's issues are worded by valibot, loaded now if it is not yet (refusals.ts).
    if (needsWording(issues)) this.wording = loadWording().then(conclude);
    else conclude();
  }
}
