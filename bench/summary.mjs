// Issue 20's target table (id, what, now, target, met?), from the same figures as RESULTS.md:
// run-perf.mjs puts it in RESULTS.md and between two markers in README.md's "Size and speed":
//   <!-- begin bench summary -->
//   ...
//   <!-- end bench summary -->
// Only the text between the markers is rewritten; the rest of README.md is left as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ISSUE_TARGETS } from './targets.mjs';

export const README = new URL('../README.md', import.meta.url).pathname;
const BEGIN = '<!-- begin bench summary -->';
const END = '<!-- end bench summary -->';

/** A mean as the tables show it: three significant figures or so. */
export const fmt = (n) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The floor's mean for `row`'s step (`row` a RESULTS.md row: the floor is its `floor` peer), or
 * undefined without a floor or when the floor does not bound this measure (`row.floorBounds`
 * false: the ingest's time).
 */
const floorOf = (row) => (row?.floorBounds === false ? undefined : row?.peers.floor?.mean);

/** A note when `goalMs` lies under {@link floorOf} `row`, which no page could meet; '' otherwise. */
export function underFloor(row, goalMs) {
  const floor = floorOf(row);
  return floor !== undefined && goalMs < floor ? `under the floor's ${fmt(floor)} ms` : '';
}

/**
 * One check's value (a number to compare with its goal) and how it reads, or undefined when the
 * run did not measure it. `lookup(group, measure)` is a RESULTS.md row: ours and each peer's
 * means and ratios; `sizes` are the gzip bytes run.mjs measured; `lighthouse` the last report.
 */
function valueOf(check, { lookup, sizes, lighthouse }) {
  switch (check.kind) {
    case 'ratio': {
      const row = lookup(check.group, check.measure);
      const peer = row?.peers[check.peer];
      if (!peer) return undefined;
      // A goal no page could meet: under what the same step costs the floor (only writing the
      // titles), as that step's frame comes no sooner for anyone.
      const goal = check.goal * peer.mean;
      const floor = underFloor(row, goal);
      const under = floor && `: ${check.goal}× is ${fmt(goal)} ms, ${floor}`;
      return { value: peer.ratio, text: `${peer.ratio.toFixed(2)}× ${check.label}`, under };
    }
    case 'own': {
      const ours = lookup(check.group, check.measure)?.ours.mean;
      const base = lookup(check.of.group, check.of.measure)?.ours.mean;
      if (ours === undefined || base === undefined) return undefined;
      return { value: ours / base, text: `${(ours / base).toFixed(2)}× ${check.label}` };
    }
    case 'mean': {
      const row = lookup(check.group, check.measure);
      const ours = row?.ours.mean;
      if (ours === undefined) return undefined;
      const shown = check.unit === 'ms' ? `${fmt(ours)} ms` : fmt(ours);
      const text = check.label ? `${shown} ${check.label}` : shown;
      // Beside a time, what the floor takes for the same step (the document list's steps, the
      // ingest's sliced JSON.parse), and a goal no page could meet marked as for a ratio.
      const floor = check.unit === 'ms' ? floorOf(row) : undefined;
      if (floor === undefined) return { value: ours, text };
      const note = `floor ${fmt(floor)} ms`;
      const under = underFloor(row, check.goal);
      return {
        value: ours,
        text: text.endsWith(')') ? `${text.slice(0, -1)}; ${note})` : `${text} (${note})`,
        under: under && `: ${check.goal} ms is ${under}`,
      };
    }
    case 'size': {
      const found = sizes?.filter((size) => size.name.startsWith(`${check.budget} `)) ?? [];
      if (found.length === 0) return undefined;
      const bytes = found.map((size) => size.gzip);
      const [low, high] = [Math.min(...bytes), Math.max(...bytes)];
      return { value: high, text: `${check.budget} ${low === high ? kB(high) : `${kB(low)}–${kB(high)}`}` };
    }
    case 'lighthouse':
      return (
        lighthouse && {
          value: lighthouse.score,
          text: `${lighthouse.score.toFixed(2)} (\`npm run lighthouse\`, ${lighthouse.date.slice(0, 10)})`,
        }
      );
    default:
      throw new Error(`unknown check ${check.kind}`);
  }
}

/** The table's rows as Markdown: each target met when every one of its checks is. */
export function summaryRows(figures) {
  const lines = ['| id | what | now | target | met? |', '| --- | --- | --- | --- | --- |'];
  for (const target of ISSUE_TARGETS) {
    const values = target.checks.map((check) => ({ check, found: valueOf(check, figures) }));
    const measured = values.filter(({ found }) => found);
    const missed = measured.filter(({ check, found }) =>
      check.atLeast ? found.value < check.goal : found.value > check.goal,
    );
    const now = measured.map(({ found }) => found.text).join(', ') || 'not measured';
    let verdict = '—';
    if (measured.length > 0) {
      const which =
        missed.length < measured.length || missed.some(({ found }) => found.under)
          ? ` (${missed.map(({ found }) => found.text + (found.under ?? '')).join(', ')})`
          : '';
      verdict = missed.length > 0 ? `**missed**${which}` : 'met';
      if (measured.length < values.length) verdict += `; ${values.length - measured.length} not measured`;
    }
    lines.push(`| ${target.id} | ${target.what} | ${now} | ${target.goalText} | ${verdict} |`);
  }
  return lines;
}

/** `text` in lines of at most `width` characters (as the README's paragraphs are). */
const wrap = (text, width = 100) =>
  text
    .split(' ')
    .reduce((lines, word) => {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${word}`.length <= width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, [])
    .join('\n');

/**
 * What the README says above the table: where the figures come from. `dates` are when each group
 * finished; `oneRun` whether they all come from this run (none kept from an earlier one).
 */
export function summaryIntro({ dates, code, oneRun }) {
  const day = (iso) => iso.replace('T', ' ').slice(0, 16);
  const sorted = [...dates].sort();
  const [first = '', last = ''] = [sorted[0], sorted.at(-1)];
  // One run's span: its last time alone when it ended the day it began.
  const until =
    last === first ? '' : `–${day(last).slice(first.slice(0, 10) === last.slice(0, 10) ? 11 : 0)}`;
  const when =
    sorted.length === 0
      ? 'no run yet'
      : oneRun
        ? `measured ${day(first)}${until} UTC`
        : `groups measured in separate runs, ${day(first)} to ${day(last)} UTC`;
  return wrap(
    `Issue 20's targets against the last \`npm run bench\` (${when}; ${code}). Written by ` +
      '`bench/run-perf.mjs` from the same figures as [bench/RESULTS.md](bench/RESULTS.md), which ' +
      'has each one with its 95 % confidence interval; do not edit by hand. Ratios are ours ÷ the peer ' +
      'in one interleaved tachometer run; below 1 we are faster.',
  );
}

/** The last `npm run lighthouse` report's performance score, if there is one. */
export function readLighthouse(file = new URL('../lighthouse/report.json', import.meta.url).pathname) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = report.categories?.performance?.score;
  return typeof score === 'number' ? { score, date: report.fetchTime ?? '' } : undefined;
}

/**
 * Writes `markdown` between README.md's markers (formatted by prettier as the repository is),
 * leaving everything else in the file as it is. Fails when the markers are missing.
 */
export async function writeReadmeSummary(markdown, file = README) {
  const text = readFileSync(file, 'utf8');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin === -1 || end < begin) throw new Error(`${file}: the markers ${BEGIN} / ${END} are missing`);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  const body = (await prettier.format(markdown, { ...options, parser: 'markdown' })).trim();
  writeFileSync(file, `${text.slice(0, begin + BEGIN.length)}\n\n${body}\n\n${text.slice(end)}`);
}
