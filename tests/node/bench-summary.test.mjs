// Issue 20's target table as bench/summary.mjs words it, with the floor (bench/README.md, "The
// floor"): a goal under what the floor page takes for the same step is marked, and our document
// list times are shown beside the floor's. Figures are made up; only the wording is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryIntro, summaryRows } from '../../bench/summary.mjs';

/** A RESULTS.md row: our mean and each peer's mean with the ratio ours ÷ peer. */
const row = (ours, peers) => ({
  ours: { mean: ours },
  peers: Object.fromEntries(
    Object.entries(peers).map(([name, mean]) => [name, { mean, ratio: ours / mean }]),
  ),
});

/** The table's line for target `id`, from rows by `group|measure`. */
function line(id, rows) {
  const lookup = (group, measure) => rows[`${group}|${measure}`];
  return summaryRows({ lookup, sizes: [], lighthouse: undefined }).find((text) =>
    text.startsWith(`| ${id} |`),
  );
}

const sorts = (floor) => {
  const peers = (tabulator, datatables) => ({
    tabulator,
    datatables,
    gridjs: 40,
    ...(floor === undefined ? {} : { floor }),
  });
  return {
    'doclist-10k|sort-date': row(16, peers(24, 19)),
    'doclist-10k|sort-title': row(16, peers(40, 36)),
  };
};

test('a ratio goal under the floor says so, with both times', () => {
  const text = line('S8', sorts(16.5));
  assert.match(text, /\*\*missed\*\*/);
  // 0.5× DataTables' 19 ms is 9.5 ms, under the floor's 16.5 ms; 0.5× Tabulator's 24 is 12.
  assert.match(text, /0\.84× DataTables \(date\): 0\.5× is 9\.50 ms, under the floor's 16\.5 ms/);
  assert.match(text, /0\.67× Tabulator \(date\): 0\.5× is 12\.0 ms, under the floor's 16\.5 ms/);
  // A goal above the floor (0.5× of 40 ms) is met here and not marked.
  assert.doesNotMatch(text, /Grid\.js \(title\):/);
});

test('a ratio missed above the floor is not marked', () => {
  const text = line('S8', sorts(8));
  assert.match(text, /\*\*missed\*\* \(0\.67× Tabulator \(date\), 0\.84× DataTables \(date\)\)/);
  assert.doesNotMatch(text, /floor/);
});

test('without a floor measured, the table reads as before', () => {
  assert.doesNotMatch(line('S8', sorts(undefined)), /floor/);
  const text = line('S7', { 'doclist-10k|search-narrow': row(16.5, { tabulator: 24 }) });
  assert.match(text, /16\.5 ms \(narrow, 10k\)/);
});

test('our document-list times show the floor beside them', () => {
  const text = line('S7', {
    'doclist-10k|search-narrow': row(16.5, { tabulator: 24, floor: 6.31 }),
    'doclist-10k|search-broad': row(15.6, { tabulator: 24, floor: 13.6 }),
  });
  assert.match(text, /16\.5 ms \(narrow, 10k; floor 6\.31 ms\)/);
  assert.match(text, /15\.6 ms \(broad, 10k; floor 13\.6 ms\)/);
});

test('a time goal under the floor says so (the ingest: its floor is the sliced JSON.parse alone)', () => {
  const under = line('S4', { 'ingest-100k|longest-task': row(87.1, { 'JSON.parse': 825, floor: 62.4 }) });
  assert.match(under, /\*\*missed\*\* \(87\.1 ms \(floor 62\.4 ms\): 50 ms is under the floor's 62\.4 ms\)/);
  const over = line('S4', { 'ingest-100k|longest-task': row(87.1, { 'JSON.parse': 825, floor: 31.5 }) });
  assert.match(over, /87\.1 ms \(floor 31\.5 ms\) \| ≤ 50 ms \| \*\*missed\*\* \|/);
});

test('the intro says one run when every group is from it, even across an hour', () => {
  const dates = ['2026-12-06T11:46:10.000Z', '2026-12-06T12:02:40.000Z'];
  const one = summaryIntro({ dates, code: 'commit abc', oneRun: true }).replace(/\n/g, ' ');
  assert.match(one, /measured 2026-12-06 11:46–12:02 UTC; commit abc/);
  const kept = summaryIntro({ dates, code: 'commit abc', oneRun: false }).replace(/\n/g, ' ');
  assert.match(kept, /groups measured in separate runs, 2026-12-06 11:46 to 2026-12-06 12:02 UTC/);
});

test("the ingest's floor bounds its longest task, not its time", () => {
  // 2× JSON.parse's 60 ms is 120 ms, under the sliced parse's 128 ms; parsing at once would meet
  // it (in one long task), so it is not marked unless the floor bounds the measure.
  const tenK = (floorBounds) => {
    const ingest = { ...row(310, { 'JSON.parse': 60, floor: 128 }), floorBounds };
    const rows = summaryRows({
      lookup: (group, measure) => (group === 'ingest-10k' && measure === 'ingest' ? ingest : undefined),
      sizes: [],
      lighthouse: undefined,
    });
    return rows.find((text) => text.includes('ingest 10k vs JSON.parse'));
  };
  assert.match(tenK(false), /\| 5\.17× JSON\.parse \| ≤ 2× \| \*\*missed\*\* \|/);
  assert.match(tenK(true), /5\.17× JSON\.parse: 2× is 120 ms, under the floor's 128 ms/);
});
