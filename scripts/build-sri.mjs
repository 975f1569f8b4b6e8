// After the build: the Subresource Integrity hash of dist/cop-widgets.js, for the embed snippet
// (demo/embed.html) and for partners who self-host or use a CDN.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/cop-widgets.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(
  'dist/cop-widgets.sri.json',
  `${JSON.stringify({ file: 'cop-widgets.js', version, integrity }, null, 2)}\n`,
);
