// The benchmark suite: which pages, which measures, compared in which groups. run-perf.mjs turns
// each group into a tachometer config; smoke.mjs loads each page once.
import { requireChrome } from '../scripts/find-chrome.mjs';

/** The Chromium the tests use too: $CHROME_PATH, else the usual places (Debian: /usr/bin/chromium). */
export const CHROMIUM = requireChrome();
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DOCLIST = [
  'render',
  'dom-elements',
  'search-narrow',
  'search-clear-1',
  'search-broad',
  'search-clear-2',
  'sort-date',
  'sort-title',
];

/** Comparison groups: candidates interleaved by tachometer in one run, the first one ours. */
export const GROUPS = [
  ...['10k', '100k'].map((size) => ({
    id: `doclist-${size}`,
    title: `Document list, ${size} documents`,
    sampleSize: size === '100k' ? 6 : 15,
    measures: DOCLIST,
    // The floor last: the same script on a page that only writes 20 titles (what the harness
    // itself costs: no list measures under it; bench/README.md, "The floor").
    candidates: ['ours', 'tabulator', 'datatables', 'gridjs', 'floor'].map((lib) => ({
      name: lib,
      url: `pages/doclist-${lib}.html?size=${size}`,
    })),
  })),
];

GROUPS.push(
  {
    id: 'eval',
    title: 'Script evaluation (S3)',
    sampleSize: 30,
    measures: ['eval'],
    candidates: ['ours', 'tabulator'].map((lib) => ({ name: lib, url: `pages/eval.html?lib=${lib}` })),
  },
  ...['10k', '100k'].map((size) => ({
    id: `ingest-${size}`,
    title: `Ingest, ${size} documents (S4)`,
    sampleSize: size === '100k' ? 8 : 20,
    measures: ['ingest', 'longest-task'],
    // The floor bounds the longest task only: a page could take less time in all by parsing at
    // once, in one long task, as the JSON.parse candidate does.
    floorBounds: ['longest-task'],
    candidates: [
      { name: 'ours', url: `pages/ingest.html?size=${size}&mode=ours` },
      { name: 'JSON.parse', url: `pages/ingest.html?size=${size}&mode=json` },
      // The same sliced JSON.parse as ours, nothing else: see "The floor" in bench/README.md.
      { name: 'floor', url: `pages/ingest.html?size=${size}&mode=floor` },
    ],
  })),
);

GROUPS.push(
  ...[200, 2000].map((n) => ({
    id: `timeline-${n}`,
    title: `Timeline, ${n} outcomes (S11)`,
    sampleSize: n === 2000 ? 10 : 15,
    measures: ['first-outcomes', 'render'],
    candidates: ['ours', 'timelinejs'].map((lib) => ({
      name: lib,
      url: `pages/timeline-${lib}.html?n=${n}`,
    })),
  })),
  {
    id: 'directory-2000',
    title: 'Directory, 2,000 resources (S12)',
    sampleSize: 20,
    measures: ['render', 'dom-elements', 'search'],
    candidates: ['ours', 'listjs', 'instantsearch'].map((lib) => ({
      name: lib,
      url: `pages/directory-${lib}.html`,
    })),
  },
  {
    id: 'form-30',
    title: 'Consultation form, 30 questions (S13)',
    sampleSize: 20,
    measures: ['render', 'dom-elements', 'submit-invalid'],
    candidates: ['ours', 'surveyjs', 'formio', 'jsonforms'].map((lib) => ({
      name: lib,
      url: `pages/form-${lib}.html`,
    })),
  },
  {
    id: 'host',
    title: 'Host page with the four elements, real feed (S14)',
    sampleSize: 20,
    measures: ['loaded', 'longest-task', 'layout-shift-x1000'],
    candidates: [{ name: 'ours', url: 'pages/host.html' }],
  },
);

export const PAGES = GROUPS.flatMap((group) =>
  group.candidates.map((candidate) => ({ url: candidate.url, measures: group.measures })),
);
