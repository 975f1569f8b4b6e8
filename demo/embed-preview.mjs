// The embed builder's preview: the partner's page as it will be, served under the policy the
// partner has (`script-src 'self'; style-src 'self'`), so the preview cannot show what the
// partner will not get. /embed-preview/<choice>/ is a page holding the builder's code and nothing
// else but a probe script that reports CSP violations; the script, the feed and the CSS file are
// served at the addresses that code names, relative to that page. A path from the site's root
// ("/js/cop-widgets.js") is served below the page's folder instead: same origin, same policy.
// A full address stays as it is: on another origin, `script-src 'self'` refuses it, as it will
// on the partner's page. Used by demo/server.mjs and by the tests' middleware.
import { DEFAULT_PLACES, buildSnippet, decodeChoice } from './embed-snippet.mjs';

export const PREVIEW_PREFIX = '/embed-preview/';
/** The partner's policy, and the builder (same origin) may frame the page. */
export const PREVIEW_CSP = "script-src 'self'; style-src 'self'; frame-ancestors 'self'";

const PROBE = `// The preview's CSP violations, kept for the tests and sent to the builder (same origin).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const violation = event.effectiveDirective + ' ' + (event.blockedURI || 'inline');
  window.cspViolations.push(violation);
  if (parent !== window) parent.postMessage({ previewViolation: violation }, location.origin);
});
`;

const page = (html) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Preview of the embed</title>
    <script src="${PREVIEW_PREFIX}probe.js"></script>
  </head>
  <body>
${html}
  </body>
</html>
`;

/** `choice` with its root-relative addresses moved below the preview page's folder. */
function inFolder(choice) {
  const moved = { ...choice };
  for (const name of Object.keys(DEFAULT_PLACES)) {
    const url = String(choice[name] ?? '').trim() || DEFAULT_PLACES[name];
    moved[name] = /^\/(?!\/)/.test(url) ? `.${url}` : url;
  }
  return moved;
}

/**
 * Answers a GET for `pathname` under /embed-preview/ on `res`; returns false for other paths.
 * `files.script()` and `files.feed()` give the bodies of cop-widgets.js and of the feed.
 */
export async function handlePreview(pathname, res, files) {
  if (!pathname.startsWith(PREVIEW_PREFIX)) return false;
  const send = (status, type, body) => {
    res.writeHead(status, {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Security-Policy': PREVIEW_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(body);
    return true;
  };
  const rest = pathname.slice(PREVIEW_PREFIX.length);
  if (rest === 'probe.js') return send(200, 'text/javascript', PROBE);
  const segment = rest.split('/')[0];
  const folder = `${PREVIEW_PREFIX}${segment}/`;
  let choice;
  let embed;
  try {
    choice = inFolder(decodeChoice(segment));
    embed = buildSnippet(choice);
  } catch (error) {
    return send(400, 'text/plain', `No preview for these choices: ${error.message}\n`);
  }
  if (pathname === folder || pathname === `${folder}index.html`)
    return send(200, 'text/html', page(embed.html));
  const base = `http://preview${folder}`;
  const served = [
    ['scriptUrl', 'text/javascript', () => files.script()],
    ['feedUrl', 'application/json', () => files.feed()],
    ['cssUrl', 'text/css', () => embed.css],
  ];
  for (const [name, type, body] of served) {
    const url = new URL(choice[name], base);
    if (url.origin === 'http://preview' && url.pathname === pathname && (name !== 'cssUrl' || embed.css))
      return send(200, type, await body());
  }
  return send(404, 'text/plain', 'Not in this embed\n');
}
