// The issue's targets, checked against a run by run-perf.mjs. `peer` set: the goal is a ratio
// (ours ÷ peer); otherwise the goal is our own mean (ms, or a count for dom-elements).
const t = (id, what, group, measure, goal, goalText, peer) => ({
  id,
  what,
  group,
  measure,
  goal,
  goalText,
  peer,
});

export const TARGETS = [
  t(
    'S3',
    'script evaluation of dist/cop-widgets.js vs Tabulator',
    'eval',
    'eval',
    0.5,
    '≤ 0.5×',
    'tabulator',
  ),
  t('S4', 'ingest 10k docs vs JSON.parse', 'ingest-10k', 'ingest', 1.5, '≤ 1.5×', 'JSON.parse'),
  t('S4', 'ingest 100k docs vs JSON.parse', 'ingest-100k', 'ingest', 1.5, '≤ 1.5×', 'JSON.parse'),
  t('S4', 'ingest 100k docs: longest main-thread task', 'ingest-100k', 'longest-task', 50, '≤ 50 ms'),
  ...[
    ['10k', 16],
    ['100k', 20],
  ].flatMap(([size, budget]) => [
    t('S5', `document list first render, ${size}`, `doclist-${size}`, 'render', budget, `≤ ${budget} ms`),
    t('S5', `first render ${size} vs Tabulator`, `doclist-${size}`, 'render', 0.2, '≤ 0.2×', 'tabulator'),
    t('S5', `first render ${size} vs DataTables`, `doclist-${size}`, 'render', 0.1, '≤ 0.1×', 'datatables'),
    t('S5', `first render ${size} vs Grid.js`, `doclist-${size}`, 'render', 0.1, '≤ 0.1×', 'gridjs'),
  ]),
  ...[
    ['10k', 16.7],
    ['100k', 20],
  ].flatMap(([size, budget]) =>
    ['narrow', 'broad'].flatMap((kind) => [
      t(
        'S7',
        `search keystroke, ${kind} query, ${size}`,
        `doclist-${size}`,
        `search-${kind}`,
        budget,
        `≤ ${budget} ms`,
      ),
      t(
        'S7',
        `search ${kind} ${size} vs Tabulator`,
        `doclist-${size}`,
        `search-${kind}`,
        0.5,
        '≤ 0.5×',
        'tabulator',
      ),
    ]),
  ),
  t('S8', 'sort toggle by date, 10k', 'doclist-10k', 'sort-date', 8, '≤ 8 ms'),
  t('S8', 'sort toggle by title, 10k', 'doclist-10k', 'sort-title', 16, '≤ 16 ms'),
  t('S10', 'elements in the shadow root at 10k docs', 'doclist-10k', 'dom-elements', 300, '≤ 300'),
  t(
    'S11',
    'timeline 200 outcomes, all rendered, vs TimelineJS3',
    'timeline-200',
    'render',
    0.15,
    '≤ 0.15×',
    'timelinejs',
  ),
  t(
    'S11',
    'timeline 2,000 outcomes, all rendered, vs TimelineJS3',
    'timeline-2000',
    'render',
    0.15,
    '≤ 0.15×',
    'timelinejs',
  ),
  t('S11', 'timeline 2,000 outcomes, all rendered', 'timeline-2000', 'render', 50, '≤ 50 ms'),
  t(
    'S11',
    'timeline 2,000 outcomes, first outcomes painted',
    'timeline-2000',
    'first-outcomes',
    50,
    '≤ 50 ms',
  ),
  t('S12', 'directory 2,000 resources first render', 'directory-2000', 'render', 50, '≤ 50 ms'),
  t('S12', 'directory search keystroke', 'directory-2000', 'search', 16.7, '≤ 16.7 ms'),
  t('S13', 'form 30 questions first render vs Form.io', 'form-30', 'render', 0.2, '≤ 0.2×', 'formio'),
  t('S13', 'form 30 questions first render vs SurveyJS', 'form-30', 'render', 0.1, '≤ 0.1×', 'surveyjs'),
  t('S13', 'form submit validation (empty form)', 'form-30', 'submit-invalid', 16, '≤ 16 ms'),
  t('S14', 'host page: longest long task (0 = none over 50 ms)', 'host', 'longest-task', 50, '≤ 50 ms'),
  t('S14', 'host page: cumulative layout shift × 1000', 'host', 'layout-shift-x1000', 0, '0'),
];

// Issue 20's targets, as its table words them (bench/summary.mjs writes them into README.md and
// RESULTS.md): a row is met when every one of its checks is. Kinds: `ratio` ours ÷ a peer in the
// same run; `own` ours ÷ our own figure in another group; `mean` our mean (ms or a count); `size`
// the largest gzip size of a budget of scripts/check-size.mjs (S1, S2); `lighthouse` the score of
// the last `npm run lighthouse` (not part of `npm run bench`: its date is shown).
const ratio = (group, measure, peer, goal, label) => ({ kind: 'ratio', group, measure, peer, goal, label });
const mean = (group, measure, goal, unit, label) => ({ kind: 'mean', group, measure, goal, unit, label });
const row = (id, what, goalText, checks) => ({ id, what, goalText, checks });
const PEERS = [
  ['tabulator', 'Tabulator'],
  ['datatables', 'DataTables'],
  ['gridjs', 'Grid.js'],
];

export const ISSUE_TARGETS = [
  row('S5', 'doc list first render, 10k', '≤ 0.5× Tabulator, ≤ 0.2× the others', [
    ratio('doclist-10k', 'render', 'tabulator', 0.5, 'Tabulator'),
    ratio('doclist-10k', 'render', 'datatables', 0.2, 'DataTables'),
    ratio('doclist-10k', 'render', 'gridjs', 0.2, 'Grid.js'),
  ]),
  row('S5', 'first render 100k', '≤ 0.3× Tabulator, and ≤ 1.5× our own 10k figure', [
    ratio('doclist-100k', 'render', 'tabulator', 0.3, 'Tabulator'),
    {
      kind: 'own',
      group: 'doclist-100k',
      measure: 'render',
      of: { group: 'doclist-10k', measure: 'render' },
      goal: 1.5,
      label: 'our 10k',
    },
  ]),
  row('S4', 'ingest 100k, longest main-thread task', '≤ 50 ms', [
    mean('ingest-100k', 'longest-task', 50, 'ms'),
  ]),
  row('S4', 'ingest 10k vs JSON.parse', '≤ 2×', [
    ratio('ingest-10k', 'ingest', 'JSON.parse', 2, 'JSON.parse'),
  ]),
  row('S7', 'keystroke 10k / 100k, narrow and broad', '≤ 0.5× Tabulator everywhere, ≤ 16.7 ms at 10k', [
    ...['10k', '100k'].flatMap((size) =>
      ['narrow', 'broad'].map((kind) =>
        ratio(`doclist-${size}`, `search-${kind}`, 'tabulator', 0.5, `Tabulator (${kind}, ${size})`),
      ),
    ),
    mean('doclist-10k', 'search-narrow', 16.7, 'ms', '(narrow, 10k)'),
    mean('doclist-10k', 'search-broad', 16.7, 'ms', '(broad, 10k)'),
  ]),
  row(
    'S8',
    'sort by title / date, 10k',
    '≤ 0.5× every peer',
    ['title', 'date'].flatMap((by) =>
      PEERS.map(([peer, name]) => ratio('doclist-10k', `sort-${by}`, peer, 0.5, `${name} (${by})`)),
    ),
  ),
  row('S10', 'elements after first render, 10k', '≤ 350', [mean('doclist-10k', 'dom-elements', 350)]),
  row('S11', 'timeline 2,000 outcomes, first outcomes painted', '≤ 0.1× TimelineJS3', [
    ratio('timeline-2000', 'first-outcomes', 'timelinejs', 0.1, 'TimelineJS3'),
  ]),
  row('S12', 'directory 2,000 resources, first render', '≤ 0.3× instantsearch.js', [
    ratio('directory-2000', 'render', 'instantsearch', 0.3, 'instantsearch.js'),
  ]),
  row('S13', 'form 30 questions, first render', '≤ 0.2× Form.io, ≤ 0.1× SurveyJS', [
    ratio('form-30', 'render', 'formio', 0.2, 'Form.io'),
    ratio('form-30', 'render', 'surveyjs', 0.1, 'SurveyJS'),
  ]),
  row('S14', 'host page: longest task, layout shift', '≤ 50 ms, 0', [
    mean('host', 'longest-task', 50, 'ms', 'longest task'),
    mean('host', 'layout-shift-x1000', 0, '', 'layout shift × 1000'),
  ]),
  row('S1/S2', 'gzip: all-in / per element', '≤ 50 / ≤ 20 kB', [
    { kind: 'size', budget: 'S1', goal: 50_000 },
    { kind: 'size', budget: 'S2', goal: 20_000 },
  ]),
  row('L', 'Lighthouse performance, demo page, mobile', '≥ 0.9', [
    { kind: 'lighthouse', goal: 0.9, atLeast: true },
  ]),
];
