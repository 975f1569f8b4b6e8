// A static file server on 127.0.0.1 (a free port) for the scripts that load built pages in
// Chromium: the Storybook check (storybook-static/) and the benchmark smoke run (the repository).
// Files only below `root`; a folder serves its index.html; anything else is a 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves `root`; resolves with the listening server and its base URL. */
export async function serveStatic(root) {
  const top = resolve(root);
  const server = createServer((request, response) => {
    try {
      let file = resolve(join(top, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
      if (file !== top && !file.startsWith(top + sep)) throw new Error('outside the root');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
