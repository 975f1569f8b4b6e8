// Fails when src/ uses a way to turn text into markup or code: feed data is untrusted, and the
// elements must work under Trusted Types and a CSP without 'unsafe-eval'.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS =
  /\b(unsafeHTML|unsafeSVG|unsafeStatic|unsafeCSS|srcdoc|insertAdjacentHTML|document\.write|eval|new Function)\b|\.(inner|outer)HTML\s*=|setTimeout\(\s*['"`]/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated') continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const found = [];
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
      if (SINKS.test(code)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
}
if (found.length > 0) {
  console.error(`Unsafe sinks in src/ (feed text must stay text):\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log('No unsafe sinks in src/.');
