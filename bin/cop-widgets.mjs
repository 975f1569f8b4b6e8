#!/usr/bin/env node
// cop-widgets validate [--embed] [--languages ar,es,…] <file-or-url>: checks a feed with the same
// code the elements run. Prints each issue as "pointer: message", each warning as "pointer:
// warning: message" (--languages: one for each text missing in one of those languages), and a
// summary line; text that is not JSON, as its line and column, the line and a caret under it.
// Exit 0: no issues (warnings allowed, unless --embed); 1: issues, or warnings with --embed (a
// feed meant to be copied to or placed in other sites' pages); 2: the feed could not be read, or
// the command was used wrongly.
//
// cop-widgets feed status [--require ar,es,…] [--missing ru,…] <file-or-url>: texts present per
// list and per language. Exit 0; 1: a --require language is incomplete; 2: the feed could not be
// read (or is not JSON), or the command was used wrongly.
import { main as feedXlsx, usage as feedXlsxUsage, readSource } from './feed-xlsx.mjs';

const usage = [
  'Usage: cop-widgets validate [--embed] [--languages ar,es,fr,ru,zh] <feed.json | https://…/feed.json>',
  '       cop-widgets feed status [--require ar,es,fr,ru,zh] [--missing ru] <feed.json | https://…/feed.json>',
  ...feedXlsxUsage,
].join('\n');

function fail() {
  console.error(usage);
  process.exit(2);
}

// feed to-xlsx / from-xlsx: the feed in a spreadsheet (bin/feed-xlsx.mjs).
if (process.argv[2] === 'feed' && /^(to|from)-xlsx$/.test(process.argv[3] ?? '')) {
  process.exit(await feedXlsx(process.argv[3], process.argv.slice(4)));
}

/** The command's words, and its `--name` flags (`--name value` for those that take a value). */
function parseArgs(args, withValue) {
  const words = [];
  const flags = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (withValue.includes(arg)) {
      const value = args[(i += 1)];
      if (value === undefined || value.startsWith('-')) fail();
      flags[arg.slice(2)] = value.split(',').filter(Boolean);
    } else if (arg === '--embed') {
      flags.embed = true;
    } else if (arg.startsWith('-')) {
      fail();
    } else {
      words.push(arg);
    }
  }
  return { words, flags };
}

const { words, flags } = parseArgs(process.argv.slice(2), ['--require', '--missing', '--languages']);
const status = words[0] === 'feed' && words[1] === 'status';
const [target, ...rest] = words.slice(status ? 2 : 1);
if ((!status && words[0] !== 'validate') || !target || rest.length > 0) fail();
if (status ? flags.embed || flags.languages : flags.require || flags.missing) fail();

let lib;
try {
  lib = {
    ...(status ? await import('../dist/esm/feed/status.js') : await import('../dist/esm/feed/validate.js')),
    ...(await import('../dist/esm/feed/report.js')),
  };
} catch {
  console.error('cop-widgets: the built library is missing (dist/esm); run `npm run build` first.');
  process.exit(2);
}

const remote = /^https?:\/\//i.test(target);
const text = await readSource(target);
if (text === undefined) process.exit(2);

const read = lib.readFeedText(target, text);
if (!read.ok) {
  for (const line of read.report.lines) console.log(line);
  // validate reports a feed that is not JSON as an issue (1); status has nothing to count (2).
  process.exit(status ? 2 : 1);
}
const { json } = read;

const { lines, exitCode } = status
  ? lib.reportStatus(target, json, { require: flags.require, missing: flags.missing })
  : lib.reportValidation(target, lib.validateFeed(json, remote ? { baseUrl: target } : {}), {
      embed: Boolean(flags.embed),
      input: json,
      languages: flags.languages,
    });
for (const line of lines) console.log(line);
process.exit(exitCode);
