// The demo page as Lighthouse sees it (issue 17): the page's own markup and style sheet
// (demo/index.html, demo/demo.css) in Lighthouse's mobile and desktop windows, scrolled to the
// top, axe run on the whole document as it is. Lighthouse's accessibility audits are axe's rules
// run so; the element matrices (tests/a11y-axe-*.test.ts) run each element in a window tall
// enough to show it whole, where nothing is below the fold: what is laid out differently off
// screen (the timeline's meeting groups, `content-visibility: auto`) and what follows an element
// on a real page (the dark-themed list after the timeline) were never in front of axe there.
import { setViewport } from '@web/test-runner-commands';
import '../src/cop-widgets.js';
import { LANGUAGES, type Language, directionOf } from '../src/i18n/language.js';
import { LANGUAGE_TABLE } from '../src/i18n/languages.js';
import { appendLanguageLinks } from '../demo/language-links.mjs';
import { expectNoViolationsIn } from './helpers/axe.js';

/** Lighthouse's windows, CSS px: mobile (a Moto G Power, its default) and desktop. */
const WINDOWS = [
  { name: 'mobile', width: 412, height: 823 },
  { name: 'desktop', width: 1350, height: 940 },
];

/** How long the page's widgets may take to load, every one scrolled to (the test's own timeout is longer). */
const LOAD_TIMEOUT = 20_000;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let demo: Promise<Document> | undefined;

/** demo/index.html, parsed. */
function demoPage(): Promise<Document> {
  demo ??= fetch('/demo/index.html')
    .then((response) => response.text())
    .then((text) => new DOMParser().parseFromString(text, 'text/html'));
  return demo;
}

/**
 * Shows the demo page's body in `lang` (as its language switcher does, on `<html>`) with its style
 * sheet, and waits until every element on it has loaded its feed and rendered. The feeds come
 * from the same route the demo uses (/feeds/cwg-cop.json). Returns what to remove afterwards.
 */
async function showDemo(lang: Language): Promise<Node[]> {
  const page = await demoPage();
  document.title = page.title;
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
  const styled = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
  document.head.append(sheet);
  await styled;
  const nodes = [...page.body.children].map((node) => document.importNode(node, true));
  // The language switcher, as demo.js fills it: the languages offered (the bundle has no draft).
  const nav = nodes.flatMap((node) => [...(node as Element).querySelectorAll('#languages')])[0]!;
  appendLanguageLinks(
    nav,
    LANGUAGE_TABLE.filter((entry) => LANGUAGES.includes(entry.tag)),
    directionOf,
  );
  const elements = nodes.flatMap((node) => [
    ...(node as Element).querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
      'cop-document-list, cop-recommendation-timeline, cop-resource-directory, cop-consultation-form, cop-consultation-results',
    ),
  ]);
  const loaded = elements.map(
    (element) =>
      new Promise<void>((resolve, reject) => {
        element.addEventListener('cop-load', () => resolve(), { once: true });
        element.addEventListener('cop-error', () => reject(new Error(`${element.localName}: cop-error`)), {
          once: true,
        });
      }),
  );
  document.body.prepend(...nodes);
  // The widgets below the fold are loading="lazy": a reader scrolling down the page loads them.
  // Each pass scrolls to every widget not loaded yet, in page order (one still loading is not
  // waited for: started, it stays started), until all have loaded; one that an element above
  // pushed out of reach as it rendered is scrolled to again in the next pass.
  const waiting = new Set(elements);
  elements.forEach((element, i) => {
    // Loaded or failed (its cop-error fails the test below): no longer waited for.
    const settled = () => void waiting.delete(element);
    void loaded[i]!.then(settled, settled);
  });
  const deadline = performance.now() + LOAD_TIMEOUT;
  while (waiting.size > 0 && performance.now() < deadline) {
    for (const element of [...waiting]) {
      element.scrollIntoView();
      await frame();
      await frame();
    }
  }
  if (waiting.size > 0) {
    throw new Error(
      `not loaded after ${LOAD_TIMEOUT} ms: ${[...waiting].map((e) => e.localName).join(', ')}`,
    );
  }
  await Promise.all(loaded);
  await Promise.all(elements.map((element) => element.updateComplete));
  const tags = new Set(elements.map((element) => element.localName));
  if (tags.size !== 5) throw new Error(`the demo page shows ${[...tags].join(', ')}: not the five elements`);
  return [...nodes, sheet];
}

for (const { name, width, height } of WINDOWS) {
  describe(`the demo page as Lighthouse (${name}) sees it: ${width}×${height} CSS px, axe on the whole page`, () => {
    let shown: Node[] = [];
    before(() => setViewport({ width, height }));
    afterEach(() => {
      for (const node of shown.splice(0)) (node as ChildNode).remove();
    });

    for (const lang of LANGUAGES) {
      // Seven widgets load and render, then axe reads the whole page: 6.6 s a test beside a full
      // browser run on 2 cores, too near mocha's default 10 s.
      it(`no violation, scrolled to the top (${lang})`, async () => {
        shown = await showDemo(lang);
        window.scrollTo(0, 0);
        await frame();
        await frame();
        await expectNoViolationsIn(document);
      }).timeout(LOAD_TIMEOUT + 20_000);
    }
  });
}
