// The performance half of `npm run bench` (issue 11): each comparison group of suite.mjs becomes
// one tachometer config (candidates interleaved in one run, real Chromium, 95% confidence
// intervals); the JSON results become bench/RESULTS.md. Run from the repository root after
// `npm run build` and `npm --prefix bench install`.
// It also writes issue 20's target table into README.md, between its bench summary markers
// (summary.mjs).
// Usage: node bench/run-perf.mjs [group-id-filter]; --report: both files again from the stored
// results (bench/results/*.json), measuring nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { GROUPS, CHROMIUM, CHROME_ARGS } from './suite.mjs';
import { TARGETS } from './targets.mjs';
import { RESULTS, sectionsOf } from './results-md.mjs';
import {
  fmt,
  readLighthouse,
  summaryIntro,
  summaryRows,
  underFloor,
  writeReadmeSummary,
} from './summary.mjs';

const started = Date.now();
/** This run, as stored beside each group's results: groups with the same one were run together. */
const runId = new Date(started).toISOString();
// The code measured: what npm run bench has just built (captured before the runs).
let code = 'unknown';
try {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'locales'], {
    encoding: 'utf8',
  }).trim();
  code = `commit ${head}${dirty ? ' plus uncommitted changes in src/ or locales/' : ''}`;
  // A partial run measures whatever dist/ holds (npm run bench builds it just before).
  if (existsSync('dist/cop-widgets.js'))
    code += `, dist/ built ${statSync('dist/cop-widgets.js').mtime.toISOString().slice(0, 16)}`;
} catch {
  // not a git checkout
}

const reportOnly = process.argv.includes('--report');
const filter = reportOnly ? '\u0000' : (process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '');
const OUT = 'bench/results';
mkdirSync(OUT, { recursive: true });
if (!reportOnly) execFileSync(process.execPath, ['bench/generate.mjs'], { stdio: 'inherit' });

const env = { ...process.env, SE_OFFLINE: 'true', CHROMEDRIVER_FILEPATH: '/usr/bin/chromedriver' };
const results = {};
const wanted = filter.split(',');
for (const group of GROUPS.filter((g) => wanted.some((w) => g.id.includes(w)))) {
  const config = {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: '../..',
    sampleSize: group.sampleSize,
    timeout: 0,
    benchmarks: group.candidates.map((candidate) => ({
      name: candidate.name,
      url: `../${candidate.url}`,
      measurement: group.measures.map((entryName) => ({ mode: 'performance', entryName })),
      browser: { name: 'chrome', headless: false, binary: CHROMIUM, addArguments: CHROME_ARGS },
    })),
  };
  const configFile = `${OUT}/tach-${group.id}.json`;
  const jsonFile = `${OUT}/${group.id}.json`;
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  console.log(`\n== ${group.title}: ${group.candidates.length} candidates × ${group.sampleSize} samples`);
  const t0 = Date.now();
  const run = spawnSync(
    process.execPath,
    ['bench/tach.mjs', '--config', configFile, '--json-file', jsonFile, '--host', '127.0.0.1'],
    { stdio: 'inherit', env },
  );
  if (run.status !== 0) {
    console.error(`tachometer failed for ${group.id} (exit ${run.status})`);
    results[group.id] = { group, error: `tachometer exited with ${run.status}` };
    continue;
  }
  results[group.id] = {
    group,
    seconds: (Date.now() - t0) / 1000,
    date: new Date().toISOString(),
    code,
    run: runId,
    json: JSON.parse(readFileSync(jsonFile, 'utf8')),
  };
  // Which code each stored group measured, and in which run, for --report and later partial runs.
  writeFileSync(`${OUT}/${group.id}.code.txt`, `${code}\n${runId}\n`);
}

// With a filter, groups not run now keep their last results (labelled with that run's time).
for (const group of GROUPS) {
  const jsonFile = `${OUT}/${group.id}.json`;
  if (results[group.id] || !existsSync(jsonFile)) continue;
  const earlier = statSync(jsonFile).mtime.toISOString();
  const codeFile = `${OUT}/${group.id}.code.txt`;
  const [code = 'code not recorded', run] = existsSync(codeFile)
    ? readFileSync(codeFile, 'utf8').trim().split('\n')
    : [];
  results[group.id] = {
    group,
    earlier,
    date: earlier,
    code,
    run,
    json: JSON.parse(readFileSync(jsonFile, 'utf8')),
  };
}
if (!Object.values(results).some((entry) => entry.json)) {
  // Nothing measured now or stored (a fresh clone's --report): leave both files as they are.
  console.error(
    'No results: nothing run and nothing stored in bench/results/; RESULTS.md and README.md left as they are.',
  );
  process.exit(1);
}

// ---- RESULTS.md ----------------------------------------------------------------------------
/** Per group and measure: ours and each peer, means with 95% CIs, ratios ours/peer with CIs. */
function table(entry) {
  const { group, json } = entry;
  const rows = [];
  const peers = group.candidates.slice(1).map((c) => c.name);
  const byKey = new Map(
    json.benchmarks.map((b, i) => [
      `${b.name.replace(/ \[.*\]$/, '')}|${b.measurement.entryName}`,
      { ...b, index: i },
    ]),
  );
  for (const measure of group.measures) {
    const ours = byKey.get(`ours|${measure}`);
    if (!ours) continue;
    const mean = (b) => (b.mean.low + b.mean.high) / 2;
    const row = {
      measure,
      ours: { mean: mean(ours), low: ours.mean.low, high: ours.mean.high },
      peers: {},
      // Whether the group's floor (if any) is a floor for this measure (suite.mjs floorBounds).
      floorBounds: group.floorBounds?.includes(measure) ?? true,
    };
    for (const peer of peers) {
      const other = byKey.get(`${peer}|${measure}`);
      if (!other) continue;
      const diff = ours.differences[other.index]; // relative = (ours − peer) / peer
      row.peers[peer] = {
        mean: mean(other),
        low: other.mean.low,
        high: other.mean.high,
        ratio: mean(ours) / mean(other),
        ratioLow: 1 + diff.percentChange.low / 100,
        ratioHigh: 1 + diff.percentChange.high / 100,
      };
    }
    rows.push(row);
  }
  return rows;
}

const isCount = (measure) => measure === 'dom-elements' || measure.startsWith('layout-shift');
const cell = (v, measure) =>
  isCount(measure) ? `${fmt(v.mean)}` : `${fmt(v.mean)} ms (${fmt(v.low)}–${fmt(v.high)})`;
const ratioCell = (p) => `${p.ratio.toFixed(2)}× (${p.ratioLow.toFixed(2)}–${p.ratioHigh.toFixed(2)})`;

const tables = Object.fromEntries(
  Object.entries(results)
    .filter(([, e]) => e.json)
    .map(([id, e]) => [id, table(e)]),
);
const lookup = (groupId, measure) => tables[groupId]?.find((row) => row.measure === measure);

let chromium = '';
try {
  chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
} catch {
  chromium = 'unknown';
}
const ua = Object.values(results).find((e) => e.json)?.json.benchmarks[0]?.browser?.userAgent ?? '';
let minutes = ((Date.now() - started) / 60000).toFixed(1);
if (reportOnly) {
  minutes = existsSync(`${OUT}/run.json`) ? JSON.parse(readFileSync(`${OUT}/run.json`, 'utf8')).minutes : '?';
} else if (!filter) {
  writeFileSync(`${OUT}/run.json`, `${JSON.stringify({ minutes, date: new Date().toISOString() })}\n`);
}
// The sections other scripts write into RESULTS.md (the receiver's) stay as they are.
const kept = existsSync(RESULTS) ? sectionsOf(readFileSync(RESULTS, 'utf8')) : [];
const lines = [];
lines.push('# Benchmark results (issue 11)');
lines.push('');
lines.push(
  "Written by `node bench/run-perf.mjs` (part of `npm run bench`) from a real tachometer run; do not edit by hand. A section between `<!-- begin … -->` and `<!-- end … -->` comes from its own script (the receiver's throughput: `npm run bench:receiver`), which rewrites only that section; `npm run bench` keeps it.",
);
lines.push('');
lines.push(`- Date: ${new Date().toISOString()}`);
lines.push(
  `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}`,
);
lines.push(
  `- Browser: ${chromium}, headless (new), via tachometer + chromedriver${ua ? `; user agent \`${ua}\`` : ''}`,
);
lines.push(
  `- Code measured: ${reportOnly ? 'as built for the stored runs' : code} (dist/ built by npm run bench)`,
);
lines.push(
  reportOnly
    ? `- Node ${process.version}; report regenerated from the stored runs (bench/results/*.json)${minutes === '?' ? '' : `; the last full run took ${minutes} min`}; each group says when it ran`
    : `- Node ${process.version}; this run took ${minutes} min`,
);
lines.push(
  '- Times are means with their 95% confidence interval; ratios are ours ÷ peer with the 95% CI tachometer computes for the relative difference of means. Below 1 means we are faster.',
);
lines.push(
  '- "Done" = expected content in the DOM and painted (requestAnimationFrame, then a task). `dom-elements` is a count of elements (not ms) in our shadow root or in the peer\'s container after the first render.',
);
lines.push('- Each page says at its top what it does and how the peer is set up (bench/pages/).');
lines.push('');
for (const section of kept) lines.push(section, '');
// Issue 20's table, as in README.md's summary (the same rows).
const sizesFile = `${OUT}/latest.json`;
const figures = {
  lookup,
  sizes: existsSync(sizesFile) ? JSON.parse(readFileSync(sizesFile, 'utf8')).budgets : undefined,
  lighthouse: readLighthouse(),
};
const summary = summaryRows(figures);
lines.push('## Issue 20 targets');
lines.push('');
lines.push(...summary);
lines.push('');
lines.push('## Issue 11 targets');
lines.push('');
lines.push('| target | what | measured | goal | met? |');
lines.push('| --- | --- | --- | --- | --- |');
for (const target of TARGETS) {
  const row = lookup(target.group, target.measure);
  if (!row) {
    lines.push(`| ${target.id} | ${target.what} | not measured | ${target.goalText} | — |`);
    continue;
  }
  const value = target.peer ? row.peers[target.peer]?.ratio : row.ours.mean;
  if (value === undefined) {
    lines.push(`| ${target.id} | ${target.what} | not measured | ${target.goalText} | — |`);
    continue;
  }
  const shown = target.peer ? ratioCell(row.peers[target.peer]) : cell(row.ours, target.measure);
  const met = value <= target.goal;
  const over = target.goal === 0 ? `${fmt(value)} over` : `${(value / target.goal).toFixed(1)}× the goal`;
  const excess = `+${fmt(value - target.goal)}${isCount(target.measure) ? '' : ' ms'}`;
  // A goal under what the same step costs the group's floor (bench/README.md): no page could meet it.
  const goalMs = target.peer ? target.goal * row.peers[target.peer].mean : target.goal;
  const floor = isCount(target.measure) ? '' : underFloor(row, goalMs);
  const under = floor && `; ${floor}`;
  const by = met ? '' : ` (${target.peer || target.goal === 0 ? over : `${excess}, ${over}`}${under})`;
  lines.push(
    `| ${target.id} | ${target.what} | ${shown} | ${target.goalText} | ${met ? 'met' : `**missed**${by}`} |`,
  );
}
lines.push('');
for (const [id, entry] of Object.entries(results)) {
  const { group } = entry;
  lines.push(`## ${group.title}`);
  lines.push('');
  if (!entry.json) {
    lines.push(`Not measured: ${entry.error}.`);
    lines.push('');
    continue;
  }
  const peers = group.candidates.slice(1).map((c) => c.name);
  const when = entry.earlier ? `run finished ${entry.earlier}` : `${entry.seconds.toFixed(0)} s`;
  lines.push(
    `${group.sampleSize} samples per candidate, interleaved; ${when}. Pages: ${group.candidates.map((c) => `\`${c.url}\``).join(', ')}.`,
  );
  lines.push('');
  lines.push(`| metric | ours |${peers.map((p) => ` ${p} | ours ÷ ${p} |`).join('')}`);
  lines.push(`| --- | --- |${peers.map(() => ' --- | --- |').join('')}`);
  for (const row of tables[id]) {
    const cells = peers.map((p) =>
      row.peers[p] ? `${cell(row.peers[p], row.measure)} | ${ratioCell(row.peers[p])}` : '— | —',
    );
    lines.push(`| ${row.measure} | ${cell(row.ours, row.measure)} |${cells.map((c) => ` ${c} |`).join('')}`);
  }
  lines.push('');
}
const notMeasured = GROUPS.filter((g) => !results[g.id]).map((g) => g.id);
if (notMeasured.length) lines.push(`Groups never run: ${notMeasured.join(', ')}.\n`);
writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
// Formatted like the rest of the repository, so `prettier --check .` stays green.
spawnSync(
  process.execPath,
  ['node_modules/prettier/bin/prettier.cjs', '--write', '--log-level', 'warn', 'bench/RESULTS.md'],
  { stdio: 'inherit' },
);
const measured = Object.values(results).filter((entry) => entry.json);
const codes = [...new Set(measured.map((entry) => entry.code))].join('; ');
await writeReadmeSummary(
  [
    summaryIntro({
      dates: measured.map((entry) => entry.date),
      code: codes,
      oneRun: measured.every((entry) => entry.run !== undefined && entry.run === measured[0].run),
    }),
    '',
    ...summary,
  ].join('\n'),
);
console.log(`\nbench/RESULTS.md and README.md's bench summary written (${minutes} min).`);
if (Object.values(results).some((e) => !e.json)) process.exitCode = 1;
