// Test endpoints for <cop-consultation-results>:
//   /test-results/feed/<variant>[?delay=<ms>]  tests/fixtures/results-feed.json, or a variant of it
//                                      (answered after <ms> milliseconds):
//       full            as it is
//       no-results      without its "results" list
//       below-minimum   the closed consultation's entry publishing 7 responses with minimumCount 10
//       dates           the open consultation opening in 2029 instead; the 2025 one and the one
//                       without results, without closes
//       no-age-counts   the closed consultation's entry without its age question's counts (its
//                       byAgeBand kept)
//   /test-results/strict-csp-<lang>.html   the element alone on a page under the strict policy of
//                                          CONTRACT §2 (style-src 'self', Trusted Types); boot.js
//                                          records policy violations and cop-load/cop-error
import { readFileSync } from 'node:fs';
import { CSP } from './embedding.mjs';

const fixture = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/results-feed.json', import.meta.url), 'utf8'));

const variants = {
  dates: (feed) => {
    for (const consultation of feed.consultations) {
      if (consultation.id === 'fixture-results-few') consultation.opens = '2029-09-01T00:00:00Z';
      if (consultation.id === 'fixture-results-2025' || consultation.id === 'fixture-no-results') {
        delete consultation.closes;
      }
    }
    return feed;
  },
  full: (feed) => feed,
  'no-age-counts': (feed) => {
    const entry = feed.results.find((item) => item.consultation === 'fixture-results-closed');
    entry.questions = entry.questions.filter((question) => question.question !== 'age');
    return feed;
  },
  'no-results': (feed) => {
    delete feed.results;
    return feed;
  },
  'below-minimum': (feed) => ({
    ...feed,
    results: feed.results.map((entry) =>
      entry.consultation === 'fixture-results-closed'
        ? {
            consultation: entry.consultation,
            updated: entry.updated,
            responses: 7,
            minimumCount: 10,
            questions: [],
          }
        : entry,
    ),
  }),
};

const page = (lang) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Strict CSP: consultation results</title>
    <script type="module" src="/test-results/boot.js"></script>
  </head>
  <body>
    <cop-consultation-results src="/test-results/feed/full"></cop-consultation-results>
  </body>
</html>`;

const boot = `
window.cspViolations = [];
window.copEvents = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber));
document.addEventListener('cop-load', (event) => window.copEvents.push('load ' + event.detail.count));
document.addEventListener('cop-error', (event) => window.copEvents.push('error ' + event.detail.code));
await import('/src/elements/consultation-results/define.ts');
`;

const send = (res, type, body, headers = {}) => {
  res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
};

export const routes = [
  [
    /^\/test-results\/feed\/([\w-]+)$/,
    async (req, res, [variant]) => {
      const make = variants[variant];
      if (!make) {
        res.writeHead(404).end();
        return;
      }
      const delay = Number(new URL(req.url, 'http://x').searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      send(res, 'application/json', JSON.stringify(make(fixture())));
    },
  ],
  [
    /^\/test-results\/strict-csp-(ar|en|es|fr|ru|zh)\.html$/,
    (req, res, [lang]) => send(res, 'text/html', page(lang), { 'Content-Security-Policy': CSP }),
  ],
  [/^\/test-results\/boot\.js$/, (req, res) => send(res, 'text/javascript', boot)],
];
