/**
 * The browser storage drafts and the outbox live in: the page origin's `localStorage`, or, where
 * it cannot be used (blocked, a private mode without quota, full), a map that lasts as long as
 * the page — answers then survive a network fault but not a reload. Never cookies.
 */

const memory = new Map<string, string>();

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // a SecurityError when storage is blocked for the page
  }
}

/** The value stored under `key`, or `null`. */
export function readItem(key: string): string | null {
  try {
    const value = local()?.getItem(key);
    if (value !== null && value !== undefined) return value;
  } catch {
    // fall through to the page-lifetime copy
  }
  return memory.get(key) ?? null;
}

/** Stores `value` under `key`; returns whether it reached `localStorage` (else only the page's memory). */
export function writeItem(key: string, value: string): boolean {
  try {
    const storage = local();
    if (storage) {
      storage.setItem(key, value);
      memory.delete(key);
      return true;
    }
  } catch {
    // quota exceeded or storage blocked: keep it for this page at least
  }
  memory.set(key, value);
  return false;
}

/** Removes `key` from both places. */
export function removeItem(key: string): void {
  memory.delete(key);
  try {
    local()?.removeItem(key);
  } catch {
    // nothing stored there
  }
}

/** Every stored key that starts with `prefix`. */
export function keysWith(prefix: string): string[] {
  const keys = new Set<string>();
  try {
    const storage = local();
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.add(key);
    }
  } catch {
    // storage blocked
  }
  for (const key of memory.keys()) if (key.startsWith(prefix)) keys.add(key);
  return [...keys];
}

/** `text` parsed as JSON, or `undefined` when it is missing or not JSON. */
export function parseStored(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
