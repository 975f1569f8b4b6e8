/**
 * The feed the receiver validates responses against, read with the library's own loader and
 * validator: from a file (read again when it changes) or a URL (fetched again every 5 minutes,
 * see {@link urlReloadMs}).
 * A reload that fails keeps the feed already loaded.
 */
import { watchFile, unwatchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type LoadedFeed, fetchFeed, parseFeed } from '../../src/feed/load.js';
import type { Consultation } from '../../src/feed/model.js';

export const URL_RELOAD_MS = 5 * 60_000;

/**
 * How often a feed URL is fetched again, in ms: {@link URL_RELOAD_MS}, or
 * `COP_RECEIVER_FEED_RELOAD_MS` when set to a positive whole number — for the receiver's tests
 * (tests/feed-reload.test.mjs), which cannot wait 5 minutes; not an option operators need.
 */
export function urlReloadMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['COP_RECEIVER_FEED_RELOAD_MS']);
  return Number.isInteger(value) && value > 0 ? value : URL_RELOAD_MS;
}

/** The path of an endpoint URL (absolute, or relative as a feed may give it). */
export function endpointPath(endpoint: string): string {
  return new URL(endpoint, 'http://receiver.invalid/').pathname;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** Reads and validates the feed at `source` (a path or an http(s) URL) once. */
export async function loadFeed(source: string): Promise<LoadedFeed> {
  if (isUrl(source)) return fetchFeed(source, new AbortController().signal);
  // No base: a relative `endpoint` ("/responses") stays relative, a path on this receiver.
  return parseFeed(await readFile(source, 'utf8'), undefined);
}

export interface Feeds {
  consultation(id: string): Consultation | undefined;
  /** Stops watching or polling. */
  stop(): void;
}

/**
 * Loads `source` (a path or an http(s) URL), then keeps it current; `onLoad` hears of each
 * feed loaded (and a failure there fails the load), `log` of reloads and of reloads that failed.
 * Throws when the first load fails.
 */
export async function watchFeed(
  source: string,
  onLoad: (loaded: LoadedFeed) => Promise<void>,
  log: (level: 'info' | 'warn', message: string, fields?: object) => void,
): Promise<Feeds> {
  let loaded = await loadFeed(source);
  await onLoad(loaded);
  const reload = async () => {
    try {
      const next = await loadFeed(source);
      await onLoad(next);
      loaded = next;
      log('info', 'feed reloaded', { consultations: loaded.feed.consultations.length });
    } catch (error) {
      log('warn', 'feed reload failed; keeping the previous one', { reason: (error as Error).message });
    }
  };
  let stop: () => void;
  if (isUrl(source)) {
    const timer = setInterval(() => void reload(), urlReloadMs());
    timer.unref();
    stop = () => clearInterval(timer);
  } else {
    const listener = (now: { mtimeMs: number }, before: { mtimeMs: number }) => {
      if (now.mtimeMs !== before.mtimeMs) void reload();
    };
    watchFile(source, { interval: 500, persistent: false }, listener);
    stop = () => unwatchFile(source, listener);
  }
  return {
    consultation: (id) => loaded.feed.consultations.find((c) => c.id === id),
    stop,
  };
}
