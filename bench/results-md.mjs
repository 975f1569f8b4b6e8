// bench/RESULTS.md has two writers: `npm run bench` (run-perf.mjs) writes the whole file, and
// `npm run bench:receiver` (receiver.mjs) writes only its own section, between two markers:
//   <!-- begin receiver (written by npm run bench:receiver; npm run bench keeps it) -->
//   ...
//   <!-- end receiver -->
// run-perf.mjs keeps every marked section it finds (sectionsOf), where a section goes when it is
// new: before the first `## ` heading, so that it stands near the top of the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const RESULTS = new URL('RESULTS.md', import.meta.url).pathname;

const SECTION = /<!-- begin (\S+) \(written by [^)]*\) -->[\s\S]*?<!-- end \1 -->/g;

/** The marked sections of `text`, markers included, in order. */
export function sectionsOf(text) {
  return [...text.matchAll(SECTION)].map((match) => match[0]);
}

/** `text` with `block` where the section `name` is, or before the first `## ` heading. */
export function withSection(text, name, block) {
  const found = [...text.matchAll(SECTION)].find((match) => match[1] === name);
  if (found) return text.slice(0, found.index) + block + text.slice(found.index + found[0].length);
  const heading = text.search(/^## /m);
  if (heading === -1) return `${text.trimEnd()}\n\n${block}\n`;
  return `${text.slice(0, heading)}${block}\n\n${text.slice(heading)}`;
}

/**
 * Writes `markdown` as the section `name` of `file` (bench/RESULTS.md), written by `script`,
 * leaving the rest of the file as it is; formatted with prettier as the repository is.
 */
export async function writeSection(name, script, markdown, file = RESULTS) {
  const block = `<!-- begin ${name} (written by ${script}; npm run bench keeps it) -->\n\n${markdown.trim()}\n\n<!-- end ${name} -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(withSection(text, name, block), { ...options, filepath: file }));
}
