/**
 * Fetching feeds (CONTRACT §2, §5): one request per URL per page, shared by every element that
 * asks for it; no credentials; a timeout and a size cap counted while streaming; aborted when the
 * last element waiting for it goes away. Failures become a {@link FeedError} with a contract
 * code.
 */
import { type Feed, type FeedIssue, type FeedValidation, FeedIngest, validateFeed } from './validate.js';
import type { JsonErrorPlace } from './json-error.js';
import { parseInSlices, withoutBom } from './json-slices.js';

/** Why a feed could not be used (the `code` of `cop-error`). */
export type FeedErrorCode = 'network' | 'http' | 'timeout' | 'too-large' | 'invalid-json' | 'invalid-feed';

/** A feed-level failure. `message` is for developers; elements show a localized text per code. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly issues?: FeedIssue[],
    readonly status?: number,
    /** `invalid-json`: where the text stops being JSON, when that can be told. */
    readonly place?: JsonErrorPlace,
  ) {
    super(message);
  }
}

/** A usable feed and what was dropped from it. */
export interface LoadedFeed {
  feed: Feed;
  issues: FeedIssue[];
}

export interface FetchOptions {
  /** Milliseconds before the request is given up (`timeout`). Default 15 000. */
  timeout?: number;
  /** Bytes of body after which the request is given up (`too-large`). Default 16 MiB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Parses feed text (a leading byte order mark is ignored); throws `invalid-json`, which
 * {@link placeJsonError} then tells the place of.
 */
export function parseJson(text: string): unknown {
  const json = withoutBom(text);
  try {
    return JSON.parse(json);
  } catch (error) {
    const failure = new FeedError('invalid-json', `The feed is not valid JSON: ${(error as Error).message}`);
    notJson.set(failure, [json, error]);
    throw failure;
  }
}

/**
 * {@link parseJson} holding the main thread about {@link SLICE_MS} at a time for a large feed
 * (json-slices.ts: the same value or error); stops when `signal` aborts.
 */
export const parseJsonInSlices = (text: string, signal?: AbortSignal): Promise<unknown> =>
  parseInSlices(withoutBom(text), parseJson, () => nextSlice(signal));

/** Resolves in a new task ({@link yieldToPage}); rejects when `signal` has aborted by then. */
async function nextSlice(signal?: AbortSignal): Promise<void> {
  await yieldToPage();
  if (signal?.aborted) throw new FeedError('network', 'The feed was no longer needed.');
}

/** The text and `JSON.parse` error behind each `invalid-json` error {@link parseJson} threw. */
const notJson = new WeakMap<FeedError, [string, unknown]>();

/**
 * `error` again, with where its feed text stops being JSON when it is an `invalid-json` of
 * {@link parseJson}: line and column in `place`, and as an issue at `/` for feed authors. The code
 * that finds them (json-error.ts) is loaded only then.
 */
export async function placeJsonError(error: FeedError): Promise<FeedError> {
  const cause = notJson.get(error);
  if (!cause) return error;
  // A chunk of its own in the per-element builds: most pages never load it.
  const { jsonErrorMessage, jsonErrorPlace } = await import('./json-error.js');
  const place = jsonErrorPlace(...cause);
  const message = jsonErrorMessage(...cause, place);
  return new FeedError(
    error.code,
    `The feed is not valid JSON: ${message}`,
    [{ pointer: '', message }],
    undefined,
    place,
  );
}

/** Parses and validates feed text; `baseUrl` is what relative URLs in it resolve against. */
export function parseFeed(text: string, baseUrl: string | URL | undefined): LoadedFeed {
  return checkFeed(parseJson(text), baseUrl);
}

/** Validates a feed object; throws `invalid-feed` when nothing in it is usable. */
export function checkFeed(json: unknown, baseUrl: string | URL | undefined): LoadedFeed {
  return loaded(validateFeed(json, { baseUrl }));
}

/** A finished validation as a {@link LoadedFeed}; throws `invalid-feed` when nothing is usable. */
export function loaded(result: FeedValidation): LoadedFeed {
  if (!result.ok) throw new FeedError('invalid-feed', result.message, result.issues);
  return { feed: result.feed, issues: result.issues };
}

/** Longest a slice of validation runs before the page gets the main thread back, in milliseconds. */
export const SLICE_MS = 8;

type PostTask = (callback: () => void, options: { priority: 'user-visible' }) => Promise<unknown>;

/**
 * Resolves in a new task: a `user-visible` task where the browser has `scheduler.postTask` (in
 * turn with the page's other tasks, after input and rendering), else a message (which background
 * tabs do not throttle like timers).
 */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { postTask?: PostTask } };
  return new Promise((resolve) => {
    if (typeof scheduler?.postTask === 'function') {
      void scheduler.postTask(resolve, { priority: 'user-visible' });
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Reads the rest of `ingest` in slices of at most {@link SLICE_MS}, giving the page the main thread
 * between them, so that a feed of any size never holds it long. Stops (rejects) when `signal`
 * aborts.
 */
export async function finishInSlices(ingest: FeedIngest, signal?: AbortSignal): Promise<LoadedFeed> {
  while (!ingest.advance(performance.now() + SLICE_MS)) {
    // Every item read, a refused one's issues waiting for their wording (loaded on demand).
    if (ingest.wording) await ingest.wording;
    await nextSlice(signal);
  }
  return loaded(ingest.result!);
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedError('too-large', `The feed is ${declared} bytes; the limit is ${maxBytes}.`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedError('too-large', `The feed is larger than the limit of ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches, parses and validates the feed at `url` (absolute). `signal` aborts it; a timeout
 * inside gives `timeout`. Not shared: see {@link requestFeed} for the page-wide cache.
 */
export async function fetchFeed(
  url: string,
  signal: AbortSignal,
  { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES }: FetchOptions = {},
  cache: RequestCache = 'default',
  started?: (ingest: FeedIngest) => void,
): Promise<LoadedFeed> {
  const local = new AbortController();
  let timedOut = false;
  const timeoutId = setTimeout(() => {
    timedOut = true;
    local.abort();
  }, timeout);
  const forward = () => local.abort();
  signal.addEventListener('abort', forward, { once: true });
  if (signal.aborted) local.abort();
  const failure = (error: unknown): FeedError => {
    if (error instanceof FeedError) return error;
    if (timedOut) return new FeedError('timeout', `No complete answer from ${url} within ${timeout} ms.`);
    if (signal.aborted) return new FeedError('network', `The request for ${url} was aborted.`);
    return new FeedError('network', `The feed at ${url} could not be fetched: ${(error as Error).message}`);
  };
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      cache,
      signal: local.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedError(
        'http',
        `The server answered ${response.status} for ${url}.`,
        undefined,
        response.status,
      );
    }
    const text = await readCapped(response, maxBytes);
    // The answer is complete: the timeout is for the server, not for reading a large feed.
    clearTimeout(timeoutId);
    const ingest = new FeedIngest(await parseJsonInSlices(text, local.signal), {
      baseUrl: response.url || url,
    });
    started?.(ingest);
    return await finishInSlices(ingest, local.signal);
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', forward);
  }
}

interface Entry {
  promise: Promise<LoadedFeed>;
  /** Resolves once the feed is parsed and its validation started (never, if it fails before). */
  ingest: Promise<FeedIngest>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One entry per absolute URL: the page-wide cache of feed requests. */
const requests = new Map<string, Entry>();

/** A claim on a shared feed request; `release()` when no longer waiting for it. */
export interface FeedRequest {
  promise: Promise<LoadedFeed>;
  /**
   * The feed while it is validated, a slice at a time: for a first screen before `promise`
   * settles. Never resolves for a request that fails before its feed is parsed.
   */
  ingest: Promise<FeedIngest>;
  release(): void;
}

/**
 * The shared request for `url`: the first caller starts the fetch, later callers share it, and
 * once it succeeded the result is reused for the page's lifetime unless `reload` is true. A
 * failed request is forgotten, so the next call tries again. When every caller has released a
 * request still in flight, it is aborted.
 */
export function requestFeed(url: string, options: FetchOptions = {}, reload = false): FeedRequest {
  let entry = requests.get(url);
  if (!entry || reload) {
    const controller = new AbortController();
    let started!: (ingest: FeedIngest) => void;
    const ingest = new Promise<FeedIngest>((resolve) => (started = resolve));
    const created: Entry = { controller, users: 0, settled: false, promise: undefined as never, ingest };
    const cache = reload ? 'no-cache' : 'default';
    created.promise = fetchFeed(url, controller.signal, options, cache, started).then(
      (loaded) => {
        created.settled = true;
        return loaded;
      },
      (error: unknown) => {
        created.settled = true;
        if (requests.get(url) === created) requests.delete(url);
        throw error;
      },
    );
    // Callers may all release before it settles; the rejection is theirs to see, not the page's.
    created.promise.catch(() => undefined);
    requests.set(url, created);
    entry = created;
  }
  const claimed = entry;
  claimed.users += 1;
  let released = false;
  return {
    promise: claimed.promise,
    ingest: claimed.ingest,
    release() {
      if (released) return;
      released = true;
      claimed.users -= 1;
      if (claimed.users === 0 && !claimed.settled) {
        claimed.controller.abort();
        if (requests.get(url) === claimed) requests.delete(url);
      }
    },
  };
}
