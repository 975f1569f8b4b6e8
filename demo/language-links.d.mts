/** Types for demo/language-links.mjs (imported by the tests). */
export function appendInLanguages(
  parent: Element,
  languages: readonly { tag: string; autonym: string }[],
  directionOf: (tag: string) => string,
  make: (tag: string, autonym: string) => HTMLElement,
): void;
export function appendLanguageLinks(
  nav: Element,
  languages: readonly { tag: string; autonym: string }[],
  directionOf: (tag: string) => string,
): void;
