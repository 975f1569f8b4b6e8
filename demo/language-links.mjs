// The demo's language choices, each named in itself: the switcher's links (demo.js fills the
// page's <nav id="languages"> with the languages its build offers; tests/a11y-axe-page.test.ts
// too) and the embed builder's options (embed.js).
/**
 * Appends to `parent` one element per entry of `languages` ({ tag, autonym }), made by
 * `make(tag, autonym)`, in that language and direction (`directionOf(tag)`).
 */
export function appendInLanguages(parent, languages, directionOf, make) {
  for (const { tag, autonym } of languages) {
    const element = make(tag, autonym);
    element.lang = tag;
    if (directionOf(tag) === 'rtl') element.dir = 'rtl';
    parent.append(element);
  }
}

/** Appends to `nav` a link `?lang=<tag>` per entry of `languages`, as {@link appendInLanguages}. */
export function appendLanguageLinks(nav, languages, directionOf) {
  appendInLanguages(nav, languages, directionOf, (tag, autonym) => {
    const link = nav.ownerDocument.createElement('a');
    link.href = `?lang=${tag}`;
    link.hreflang = tag;
    link.textContent = autonym;
    return link;
  });
}
