// The benchmark suite: which pages, which measures, compared in which groups. run-perf.mjs turns
// each group into a tachometer config; smoke.mjs loads each page once.
export const CHROMIUM = '/usr/bin/chromium';
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
    sampleSize: size === '100k' ? 8 : 15,
    measures: DOCLIST,
    candidates: ['ours', 'tabulator', 'datatables', 'gridjs'].map((lib) => ({
      name: lib,
      url: `pages/doclist-${lib}.html?size=${size}`,
    })),
  })),
];

export const PAGES = GROUPS.flatMap((group) =>
  group.candidates.map((candidate) => ({ url: candidate.url, measures: group.measures })),
);
