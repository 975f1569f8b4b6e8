// cop-widgets feed to-xlsx / from-xlsx: the feed in a spreadsheet (issue 21); bin/cop-widgets.mjs
// hands these two commands here.
//
// cop-widgets feed to-xlsx [--lang ru] [-o book.xlsx] <feed.json | https://…/feed.json>
//   One sheet per list, one column per field and language. With --lang: a workbook for one
//   translator (keys and source texts locked, the language's column to fill). Exit 0: written;
//   1: the feed cannot be written (a text longer than a cell); 2: the feed could not be read, is
//   not a JSON object, or the command was used wrongly.
//
// cop-widgets feed from-xlsx [--merge feed.json] [-o feed.json] <book.xlsx>
//   Rebuilds the feed (or, with --merge, takes the workbook's texts into that feed: a --lang
//   workbook's language only) and validates it as `validate` does. Each problem is printed as
//   "cell pointer: message" (warnings: "cell pointer: warning: message"). Writes -o (with --merge,
//   by default the merged file itself) only when there is no issue. Exit 0: no issues; 1: issues;
//   2: a file could not be read, or the command was used wrongly.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

export const usage = [
  '       cop-widgets feed to-xlsx [--lang ru] [-o cwg-cop.xlsx] <feed.json | https://…/feed.json>',
  '       cop-widgets feed from-xlsx [--merge feed.json] [-o feed.json] <cwg-cop.xlsx>',
];

class UsageError extends Error {}

function parse(args) {
  const options = { words: [] };
  const flags = { '--lang': 'lang', '-o': 'out', '--output': 'out', '--merge': 'merge' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg in flags) {
      const value = args[(i += 1)];
      if (value === undefined || value.startsWith('-') || options[flags[arg]] !== undefined)
        throw new UsageError();
      options[flags[arg]] = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError();
    } else {
      options.words.push(arg);
    }
  }
  if (options.words.length !== 1) throw new UsageError();
  return options;
}

/** A feed's JSON text, from a file or an http(s) address; `undefined` (with a message) if unreadable. */
export async function readSource(target) {
  try {
    if (!/^https?:\/\//i.test(target)) return await readFile(target, 'utf8');
    const response = await fetch(target, {
      signal: AbortSignal.timeout(15_000),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return await response.text();
  } catch (error) {
    console.error(`${target}: cannot be read: ${error.message}`);
    return undefined;
  }
}

/** A feed file's JSON object; `undefined` (with `validate`'s message: line and column) if it is not one. */
async function readJson(lib, target) {
  const text = await readSource(target);
  if (text === undefined) return undefined;
  const read = lib.readFeedText(target, text);
  if (!read.ok) {
    for (const line of read.report.lines) console.error(line);
    return undefined;
  }
  const { json } = read;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json;
  console.error(`${target}: not a feed: the JSON is not an object.`);
  return undefined;
}

/** The leaf pointers of a JSON value (empty lists and objects left out). */
function leaves(value, at = '', out = new Set()) {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${at}/${i}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      leaves(item, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  } else out.add(at);
  return out;
}

async function toXlsx(lib, { words: [target], lang, out }) {
  if (lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    console.error(`--lang ${lang}: not a language tag such as "ru" or "zh-Hans".`);
    return 2;
  }
  const feed = await readJson(lib, target);
  if (feed === undefined) return 2;
  const file =
    out ??
    `${
      basename(target)
        .replace(/\.json$/i, '')
        .replace(/[?#].*$/, '') || 'feed'
    }${lang ? `.${lang}` : ''}.xlsx`;
  let workbook;
  try {
    workbook = await lib.feedToWorkbook(feed, lang === undefined ? {} : { lang });
  } catch (error) {
    console.log(`${error.message}`);
    console.log(`${target}: not written.`);
    return 1;
  }
  if (lang === undefined) {
    // What the model has no column for (a field a later version adds, a misspelt one) is not written.
    const kept = leaves(lib.workbookToFeed(workbook).feed);
    for (const pointer of leaves(feed)) {
      if (!kept.has(pointer)) console.log(`${pointer}: warning: not a field of the feed model: not written`);
    }
  }
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    console.error(`${file}: cannot be written: ${error.message}`);
    return 2;
  }
  const sheets = workbook.worksheets.map((sheet) => `${sheet.name} ${Math.max(0, sheet.rowCount - 1)}`);
  console.log(`${target}: wrote ${file}${lang ? ` (translation into ${lang})` : ''}: ${sheets.join(', ')}.`);
  return 0;
}

async function fromXlsx(lib, { words: [book], merge, out }) {
  const base = merge === undefined ? undefined : await readJson(lib, merge);
  if (merge !== undefined && base === undefined) return 2;
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(book);
  } catch (error) {
    console.error(`${book}: cannot be read as a workbook (.xlsx): ${error.message}`);
    return 2;
  }
  const lang = lib.translationLanguageOf(workbook);
  if (lang !== undefined && base === undefined) {
    console.error(
      `${book}: a workbook for translating into ${lang} (to-xlsx --lang): take it into its feed with --merge feed.json.`,
    );
    return 2;
  }
  let result;
  try {
    result = lib.workbookToFeed(workbook, { ...(base === undefined ? {} : { merge: base }), file: book });
  } catch (error) {
    // Not expected (every cell's problem is reported as such): said, not thrown at the user.
    console.error(`${book}: could not be read (an error of cop-widgets, please report it): ${error.stack}`);
    return 2;
  }
  const { feed, problems } = result;
  for (const problem of problems) {
    const label = problem.severity === 'warning' ? 'warning: ' : '';
    // A problem with no place in the feed (a row that belongs to no item) names its cell only.
    console.log(`${problem.cell}${problem.pointer ? ` ${problem.pointer}` : ''}: ${label}${problem.message}`);
  }
  const issues = problems.filter((problem) => problem.severity === 'issue').length;
  const warnings = problems.length - issues;
  const target = out ?? merge;
  let written = '';
  if (target !== undefined) {
    if (issues > 0) written = `; ${target} not written: fix the issues first`;
    else {
      try {
        await writeFile(target, `${JSON.stringify(feed, null, 2)}\n`);
        written = `; wrote ${target}`;
      } catch (error) {
        console.error(`${target}: cannot be written: ${error.message}`);
        return 2;
      }
    }
  }
  const what =
    merge === undefined ? '' : lang ? ` (${lang} merged into ${merge})` : ` (texts merged into ${merge})`;
  const count = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
  console.log(`${book}${what}: ${count(issues, 'issue')}, ${count(warnings, 'warning')}${written}.`);
  return issues > 0 ? 1 : 0;
}

/** Runs `feed to-xlsx` or `feed from-xlsx` with the arguments after them; resolves to the exit code. */
export async function main(command, args) {
  let options;
  try {
    options = parse(args);
    if (command === 'to-xlsx' ? options.merge !== undefined : options.lang !== undefined)
      throw new UsageError();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(['Usage:', ...usage].join('\n').replace('Usage:\n       ', 'Usage: '));
    return 2;
  }
  let lib;
  try {
    lib = {
      ...(await import('../dist/esm/feed/xlsx/index.js')),
      ...(await import('../dist/esm/feed/report.js')),
    };
  } catch {
    console.error('cop-widgets: the built library is missing (dist/esm); run `npm run build` first.');
    return 2;
  }
  return command === 'to-xlsx' ? toXlsx(lib, options) : fromXlsx(lib, options);
}
