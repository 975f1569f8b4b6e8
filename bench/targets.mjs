// The targets, checked against a run by run-perf.mjs. `peer` set: the goal is a ratio
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
  t('S11', 'timeline 2,000 outcomes, first outcomes painted', 'timeline-2000', 'first-paint', 50, '≤ 50 ms'),
  t('S12', 'directory 2,000 resources first render', 'directory-2000', 'render', 50, '≤ 50 ms'),
  t('S12', 'directory search keystroke', 'directory-2000', 'search', 16.7, '≤ 16.7 ms'),
  t('S13', 'form 30 questions first render vs Form.io', 'form-30', 'render', 0.2, '≤ 0.2×', 'formio'),
  t('S13', 'form 30 questions first render vs SurveyJS', 'form-30', 'render', 0.1, '≤ 0.1×', 'surveyjs'),
  t('S13', 'form submit validation (empty form)', 'form-30', 'submit-invalid', 16, '≤ 16 ms'),
  t('S14', 'host page: longest long task (0 = none over 50 ms)', 'host', 'longest-task', 50, '≤ 50 ms'),
  t('S14', 'host page: cumulative layout shift × 1000', 'host', 'layout-shift-x1000', 0, '0'),
];
