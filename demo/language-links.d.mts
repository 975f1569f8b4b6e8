/** Types for demo/language-links.mjs (imported by the tests). */
export function appendLanguageLinks(
  nav: Element,
  languages: readonly { tag: string; autonym: string }[],
  directionOf: (tag: string) => string,
): void;
