// The demo page's own behaviour: the language switcher (sets <html lang> and dir, as a partner
// page or a page-translation tool would; the elements follow it live) and the build summary.
import { LANGUAGES, directionOf, toLanguage } from '/dist/cop-widgets.js';
import { LANGUAGE_TABLE } from '/dist/esm/i18n/languages.js';
import { appendLanguageLinks } from '/language-links.mjs';

const TAGS = [
  'cop-consultation-form',
  'cop-consultation-results',
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
];

function currentLanguage() {
  const asked = new URL(location.href).searchParams.get('lang');
  return toLanguage(asked ?? navigator.language);
}

function applyLanguage(language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  for (const link of document.querySelectorAll('#languages a')) {
    if (link.hreflang === language) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

document.querySelector('#languages').addEventListener('click', (event) => {
  const link = event.target.closest('a[hreflang]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('lang', link.hreflang);
  history.replaceState(null, '', url);
  applyLanguage(toLanguage(link.hreflang));
});

// The switcher: the languages the bundle offers (never a draft), each named in itself (already
// there when demo/server.mjs serves the page).
const nav = document.querySelector('#languages');
if (!nav.querySelector('a'))
  appendLanguageLinks(
    nav,
    LANGUAGE_TABLE.filter((entry) => LANGUAGES.includes(entry.tag)),
    directionOf,
  );
applyLanguage(currentLanguage());
const defined = TAGS.filter((tag) => customElements.get(tag));
// The demo shows what exists: a section whose element this build does not define is hidden.
for (const tag of TAGS.filter((name) => !defined.includes(name)))
  for (const element of document.querySelectorAll(tag)) element.closest('section').hidden = true;
document.querySelector('#defined').textContent = defined.length
  ? defined.map((tag) => `<${tag}>`).join(', ')
  : `none yet (of ${TAGS.length}; this build has the base and the ${LANGUAGES.length} languages)`;
