#!/usr/bin/env node
// cop-widgets validate [--embed] <file-or-url>: checks a feed with the same code the elements run.
// Prints each issue as "pointer: message", each warning as "pointer: warning: message", and a
// summary line. Exit 0: no issues (warnings allowed, unless --embed); 1: issues, or warnings with
// --embed (a feed meant to be copied to or placed in other sites' pages); 2: the feed could not be
// read, or the command was used wrongly.
import { readFile } from 'node:fs/promises';

const usage = 'Usage: cop-widgets validate [--embed] <feed.json | https://…/feed.json>';
const args = process.argv.slice(2);
const embed = args.includes('--embed');
const [command, target, ...rest] = args.filter((arg) => arg !== '--embed');
if (command !== 'validate' || !target || target.startsWith('-') || rest.length > 0) {
  console.error(usage);
  process.exit(2);
}

let lib;
try {
  lib = {
    ...(await import('../dist/esm/feed/validate.js')),
    ...(await import('../dist/esm/feed/report.js')),
  };
} catch {
  console.error('cop-widgets: the built library is missing (dist/esm); run `npm run build` first.');
  process.exit(2);
}

const remote = /^https?:\/\//i.test(target);
let text;
try {
  if (remote) {
    const response = await fetch(target, {
      signal: AbortSignal.timeout(15_000),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(target, 'utf8');
  }
} catch (error) {
  console.error(`${target}: cannot be read: ${error.message}`);
  process.exit(2);
}

let json;
try {
  json = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (error) {
  console.log(`/: not valid JSON: ${error.message}`);
  console.log(`${target}: not usable: the feed is not valid JSON.`);
  process.exit(1);
}

const { lines, exitCode } = lib.reportValidation(
  target,
  lib.validateFeed(json, remote ? { baseUrl: target } : {}),
  { embed, input: json },
);
for (const line of lines) console.log(line);
process.exit(exitCode);
