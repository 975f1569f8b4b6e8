// The HTML examples of README.md and docs/*.md, each alone in a page served with the policy a
// strict partner page has, `script-src 'self'; style-src 'self'` (tests/docs-examples.test.ts):
//   /test-docs/examples.json   every ```html block: [{ file, line }], in order
//   /test-docs/<n>/            the n-th block in a page; a same-origin <script src="…cop-widgets.js">
//                              loads the library from the sources instead (its integrity dropped:
//                              the hash is the build's), and a block with no script gets that one
//   /test-docs/<n>/<name>      the ```css file=<name> block of the same document
// The pages record CSP violations with the embed preview's probe (demo/embed-preview.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { PREVIEW_PREFIX } from '../../../demo/embed-preview.mjs';

const root = new URL('../../../', import.meta.url);
const CSP = "script-src 'self'; style-src 'self'";
const LIBRARY = '/test-docs/cop-widgets.js';

/** The fenced blocks of `file` (indented ones too, as in lists): lang, meta, code, line. */
function blocks(file) {
  const text = readFileSync(new URL(file, root), 'utf8');
  return [...text.matchAll(/^( *)```(\w*)([^\n]*)\n([\s\S]*?)^\1```$/gm)].map((match) => ({
    file,
    lang: match[2],
    meta: match[3].trim(),
    code: match[4].replace(new RegExp(`^${match[1]}`, 'gm'), ''),
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/** Every ```html block of README.md and docs/*.md, with its document's CSS files. */
function examples() {
  const docs = readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].flatMap((file) => {
    const all = blocks(file);
    const css = new Map(
      all.flatMap((block) => {
        const name = block.lang === 'css' && /^file=(\S+)$/.exec(block.meta)?.[1];
        return name ? [[name, block.code]] : [];
      }),
    );
    return all.filter((block) => block.lang === 'html').map((block) => ({ ...block, css }));
  });
}

/** The block with its same-origin cop-widgets.js script loading the sources. */
function withLibrary(code) {
  let found = false;
  const html = code.replace(/<script\b[^>]*>/g, (tag) => {
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1] ?? '';
    if (!src.endsWith('cop-widgets.js') || /^([a-z][\w+.-]*:|\/\/)/i.test(src)) return tag;
    found = true;
    return tag.replace(/\ssrc="[^"]*"/, ` src="${LIBRARY}"`).replace(/\sintegrity="[^"]*"/, '');
  });
  return found || /<script\b/.test(code) ? html : `<script type="module" src="${LIBRARY}"></script>\n${html}`;
}

const page = (example) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${example.file}:${example.line}</title>
    <script src="${PREVIEW_PREFIX}probe.js"></script>
  </head>
  <body>
${withLibrary(example.code)}
  </body>
</html>
`;

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': CSP });
  res.end(body);
}

export const routes = [
  [
    /^\/test-docs\/examples\.json$/,
    (req, res) =>
      send(
        res,
        200,
        'application/json',
        JSON.stringify(examples().map(({ file, line }) => ({ file, line }))),
      ),
  ],
  [
    /^\/test-docs\/cop-widgets\.js$/,
    (req, res) => send(res, 200, 'text/javascript', "import '/src/cop-widgets.ts';\n"),
  ],
  [
    /^\/test-docs\/(\d+)\/(.*)$/,
    (req, res, [n, name]) => {
      const example = examples()[Number(n)];
      if (!example) return send(res, 404, 'text/plain', 'No such example\n');
      if (name === '' || name === 'index.html') return send(res, 200, 'text/html', page(example));
      const css = example.css.get(name);
      return css === undefined
        ? send(res, 404, 'text/plain', 'Not in this document\n')
        : send(res, 200, 'text/css', css);
    },
  ],
];
