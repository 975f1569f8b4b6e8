// `npm run generate`: lit-localize build (src/generated/ from locales/*.xlf), with its warning
// for each string a language lacks ("pt message … is missing, using canonical text as
// fallback", hundreds for a language being translated) said in one line per language; every
// other line of its output is shown as is. scripts/check-translations.mjs says which are missing.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const missing = new Map();
const other = [];
for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
  const match = /^(\S+) message \S+ is missing, using canonical text as fallback$/.exec(line.trim());
  if (match) missing.set(match[1], (missing.get(match[1]) ?? 0) + 1);
  else if (line.trim() !== '' && line.trim() !== 'Building') other.push(line);
}
if (other.length > 0) console.error(other.join('\n'));
for (const [locale, count] of missing) {
  console.log(`lit-localize build: ${locale}: ${count} strings not translated yet (shown in English)`);
}
process.exit(run.status ?? 1);
