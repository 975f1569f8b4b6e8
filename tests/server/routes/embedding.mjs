// A partner page under the strictest policy we promise to work with (CONTRACT §2): all five
// elements from the sources (the results on their fixture feed, /test-results/feed/full), under
// a CSP without 'unsafe-inline'/'unsafe-eval' and with Trusted Types enforced. boot.js records
// every CSP violation and every cop-load/cop-error.
// And the embed builder's preview (demo/embed-preview.mjs), as the demo server serves it, with
// the library from the sources instead of the built dist/cop-widgets.js.
import { readFile } from 'node:fs/promises';
import { handlePreview } from '../../../demo/embed-preview.mjs';

const previewFiles = {
  script: () => "import '/src/cop-widgets.ts';\n",
  feed: () => readFile(new URL('../../../feeds/cwg-cop.json', import.meta.url)),
};
/** The strictest policy the elements promise to work under (also the results element's page). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const page = (lang) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Strict CSP</title>
    <script type="module" src="/test-embedding/boot.js"></script>
  </head>
  <body>
    <cop-document-list src="/feeds/cwg-cop.json" page-size="3"></cop-document-list>
    <cop-recommendation-timeline src="/feeds/cwg-cop.json"></cop-recommendation-timeline>
    <cop-resource-directory src="/feeds/cwg-cop.json"></cop-resource-directory>
    <cop-consultation-form src="/feeds/cwg-cop.json"></cop-consultation-form>
    <cop-consultation-results src="/test-results/feed/full"></cop-consultation-results>
  </body>
</html>`;

const boot = `
window.cspViolations = [];
window.copEvents = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber));
document.addEventListener('cop-load', (event) => window.copEvents.push(event.target.localName + ' load ' + event.detail.count));
document.addEventListener('cop-error', (event) => window.copEvents.push(event.target.localName + ' error ' + event.detail.code));
await import('/src/cop-widgets.ts');
`;

const twoCopies = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Two copies</title>
    <script type="module" src="/test-embedding/two-copies.js"></script>
  </head>
  <body>
    <cop-document-list src="/feeds/cwg-cop.json"></cop-document-list>
  </body>
</html>`;

const twoCopiesBoot = `
window.warnings = [];
window.errors = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
window.addEventListener('error', (event) => window.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
document.addEventListener('cop-load', () => { window.loaded = true; });
const first = await import('/src/cop-widgets.ts');
const second = await import('/copy-b/src/cop-widgets.ts');
window.sameClass = first.CopDocumentList === second.CopDocumentList;
window.definedBy = customElements.get('cop-document-list') === first.CopDocumentList ? 'first' : 'other';
window.booted = true;
`;

export const routes = [
  [
    /^\/embed-preview\//,
    (req, res) => handlePreview(new URL(req.url, 'http://x').pathname, res, previewFiles),
  ],
  [
    /^\/test-embedding\/two-copies\.html$/,
    (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(twoCopies);
    },
  ],
  [
    /^\/test-embedding\/two-copies\.js$/,
    (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(twoCopiesBoot);
    },
  ],
  [
    /^\/test-embedding\/strict-csp-(ar|en|es|fr|ru|zh)\.html$/,
    (req, res, [lang]) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
      res.end(page(lang));
    },
  ],
  [
    /^\/test-embedding\/boot\.js$/,
    (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(boot);
    },
  ],
];
