// The demo's language switcher: one link per language, named in itself (demo.js fills the page's
// <nav id="languages"> with the languages its build offers; tests/a11y-axe-page.test.ts too).
/**
 * Appends to `nav` a link `?lang=<tag>` per entry of `languages` ({ tag, autonym }), in that
 * language and direction (`directionOf(tag)`).
 */
export function appendLanguageLinks(nav, languages, directionOf) {
  for (const { tag, autonym } of languages) {
    const link = nav.ownerDocument.createElement('a');
    link.href = `?lang=${tag}`;
    link.hreflang = tag;
    link.lang = tag;
    if (directionOf(tag) === 'rtl') link.dir = 'rtl';
    link.textContent = autonym;
    nav.append(link);
  }
}
