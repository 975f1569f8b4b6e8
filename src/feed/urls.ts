/**
 * The addresses a feed may hold (CONTRACT §3): only `http:`/`https:` ones are rendered or called,
 * resolved against the feed's own URL; a consultation's contact may also be a `mailto:` address.
 */

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
