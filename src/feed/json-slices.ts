/**
 * `JSON.parse` of a large feed without one long task: the text is scanned in slices (strings
 * skipped with `indexOf`, depth counted) for the arrays that are values of the top-level object;
 * their elements are parsed a chunk at a time (`'[' + elements + ']'`), the rest (the text with
 * those arrays emptied) in one `JSON.parse`, and the elements put back into their arrays. When
 * every piece parses, the whole parses to the same value (a chunk cut at a comma that was not
 * between elements would not parse); on any doubt the whole text gets one `JSON.parse`, which
 * returns the same value or throws the same error as it always did.
 *
 * Elements that look alike (an array of objects: `}`, the comma, the next one's `{` and first key,
 * as learned at the first cut) are not scanned: the next cut is looked for with `indexOf` that
 * text, and taken when the elements before it parse, which they do only when it is a cut between
 * elements (a value cut short never parses). The first guess that does not parse, or is not
 * found, ends the guessing in that array: it is scanned on as above.
 */
import { SLICE_MS } from '../internal/idle-work.js';

/** The index of the quote that ends the string opening at `at`; throws if none. */
function stringEnd(json: string, at: number): number {
  let slashes;
  do {
    slashes = at = json.indexOf('"', at + 1);
    while (json.charCodeAt(slashes - 1) === 92) slashes--;
  } while ((at - slashes) & 1);
  if (at < 0) throw at;
  return at;
}

/** The index of the bracket that closes the object or array opening at `at`; throws if none. */
function close(json: string, at: number): number {
  for (let depth = 0; at < json.length; at++) {
    const c = json.charCodeAt(at);
    if (c === 34) at = stringEnd(json, at);
    else if ((c | 32) === 123)
      depth++; // { or [
    else if ((c | 32) === 125 && !--depth) return at; // } or ]
  }
  throw at;
}

/** Feed text without its leading byte order mark, if any (JSON.parse refuses one). */
export const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/**
 * The value of `JSON.parse(json)`, reached in slices of about {@link SLICE_MS} with `pause()`
 * awaited between them (it may throw, to stop). Texts under 1 MB (about 8 ms), and texts where
 * anything is not as expected, are parsed at once by `whole` (its error, if it throws).
 */
export async function parseInSlices(
  json: string,
  whole: (json: string) => unknown,
  pause: () => Promise<void>,
): Promise<unknown> {
  if (json.length < 1 << 20) return whole(json);
  /** The text outside the arrays' elements, and each array's key and elements (in chunks). */
  const [rest, arrays]: [string[], [string, unknown[][]][]] = [[], []];
  let [at, depth, start, from, key, members] = [0, 0, 0, 0, '', 0];
  let values: unknown[][] | undefined;
  /** What comes between two elements of the array being read (`}` … first key), once learned. */
  let between: string | undefined;
  /** Parses the elements from `start` to `at` (about 1 ms of `JSON.parse` at most). */
  const chunk = (last?: boolean) => {
    const parsed = JSON.parse(`[${json.slice(start, at)}]`) as unknown[];
    // Nothing between two commas, or after the last: not JSON (an array with no elements is).
    if (!parsed.length && !(last && !values!.length)) throw at;
    values!.push(parsed);
    start = at + 1;
  };
  /**
   * Scans on until `deadline` (what is deeper than the top-level object's values skipped by
   * `close`); the value once the end is reached. Throws when the text is not as expected.
   */
  const scan = (deadline = performance.now() + SLICE_MS): unknown => {
    for (; at < json.length; at++) {
      const c = json.charCodeAt(at);
      if (c === 34) {
        key = json.slice(at, (at = stringEnd(json, at)) + 1);
      } else if (c === 58 && depth === 1) members++;
      else if ((c | 32) === 123) {
        if (depth > 1) at = close(json, at);
        else if (++depth === 2 && c === 91) {
          rest.push(json.slice(from, (start = at + 1)));
          arrays.push([key, (values = [])]);
          between = undefined;
        }
      } else if ((c | 32) === 125) {
        // `values` is set only in one of the top-level object's arrays, where depth is 2.
        depth--;
        if (values) {
          chunk(true);
          from = at;
          values = undefined;
        }
      } else if (c === 44 && values && at - start > 1 << 17) {
        between ??= /^\}\s*,\s*\{\s*"[^"\\]*"/.exec(json.slice(at - 1, at + 99))?.[0] ?? '';
        chunk();
        while (between && performance.now() < deadline) {
          const cut = json.indexOf(between, start + (1 << 17));
          let parsed: unknown[] | undefined;
          try {
            parsed = cut > 0 ? (JSON.parse(`[${json.slice(start, cut + 1)}]`) as unknown[]) : undefined;
          } catch {
            // Not a cut between elements: scanned on.
          }
          if (!parsed?.length) between = '';
          else {
            values.push(parsed);
            start = (at = json.indexOf(',', cut)) + 1;
          }
        }
        if (performance.now() > deadline) return (at++, scan);
      }
    }
    const feed = JSON.parse(rest.join('') + json.slice(from)) as Record<string, unknown>;
    // A key given twice keeps its last value: left to JSON.parse.
    if (Object.keys(feed).length < members) throw at;
    // Each is the array emptied (a text the scan misread would not have parsed).
    for (const [name, chunks] of arrays)
      for (const values of chunks) (feed[JSON.parse(name) as string] as unknown[]).push(...values);
    return feed;
  };
  for (;;) {
    let value;
    try {
      value = scan();
    } catch {
      return whole(json);
    }
    if (value !== scan) return value;
    await pause();
  }
}
