// The embed-code builder's one job: from a partner's choices, the HTML they paste and the CSS file
// they save beside it. Both work under `script-src 'self'; style-src 'self'`: no inline <style>,
// no style attribute, no inline script; the script, the feed and the CSS are files at the
// addresses the partner gives (by default beside their page). Everything is escaped as HTML
// attribute text; colours must be #rrggbb; presets are attributes. Runs in the browser (the
// builder) and in Node (the demo server's preview).

const TAGS = [
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
  'cop-consultation-form',
  'cop-consultation-results',
];

/** Which presets each element takes (CONTRACT §2). */
export const PRESETS = {
  'cop-document-list': ['meeting', 'type', 'topic', 'query', 'sort', 'page-size'],
  'cop-recommendation-timeline': ['meeting', 'topic', 'order'],
  'cop-resource-directory': ['scope', 'region', 'country', 'kind', 'topic', 'query'],
  'cop-consultation-form': ['consultation', 'endpoint'],
  'cop-consultation-results': ['consultation'],
};

/** Where the partner's page loads each file from, unless they say otherwise: beside the page. */
export const DEFAULT_PLACES = {
  scriptUrl: 'cop-widgets.js',
  feedUrl: 'cwg-cop.json',
  cssUrl: 'cop-widgets.css',
};

const escape = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The room the element keeps while its feed loads: `100vh` for `loadingRoom: 'screen'` (what the
 * README recommends: nothing after the element moves when it fills in), else `loadingHeight` rem
 * (0 or empty: none).
 */
function loadingRoom(choice) {
  if (choice.loadingRoom === 'screen') return '100vh';
  if (choice.loadingRoom === 'none') return '';
  const height =
    choice.loadingHeight === undefined || choice.loadingHeight === '' ? 0 : Number(choice.loadingHeight);
  if (!Number.isFinite(height) || height < 0 || height > 200)
    throw new Error('the loading height is a number of rem from 0 to 200');
  return height > 0 ? `${height}rem` : '';
}

/** The CSS file's text for `choice` ('' when there is nothing to style). */
function buildCss(choice) {
  const rules = [];
  if (choice.accent) {
    if (!/^#[0-9a-f]{6}$/i.test(choice.accent)) throw new Error('the accent colour is #rrggbb');
    rules.push(`--cop-color-accent: ${choice.accent.toLowerCase()};`);
  }
  const room = loadingRoom(choice);
  if (room) rules.push(`--cop-loading-block-size: ${room};`);
  if (rules.length === 0) return '';
  const tag = choice.tag;
  const css = [
    `/* cop-widgets: the look of <${tag}> on this page. */`,
    `${tag} {`,
    ...rules.map((r) => `  ${r}`),
    '}',
  ];
  if (room)
    css.push(
      '/* Before the script has run, hold the room the element takes while its feed loads. */',
      `${tag}:not(:defined) {`,
      '  display: block;',
      '  min-block-size: var(--cop-loading-block-size);',
      '}',
    );
  return `${css.join('\n')}\n`;
}

/**
 * The embed for `choice`: { tag, scriptUrl, feedUrl, cssUrl, integrity, lang, presets:
 * {name: value}, theme, loading ('lazy' or ''), accent, loadingRoom ('screen', 'rem' or 'none'), loadingHeight (rem) }. Addresses left empty are DEFAULT_PLACES.
 * Returns { html, css }: the code to paste, and the text of the CSS file to save at `cssUrl`
 * ('' and no <link> when nothing is styled). Unknown tags and presets are refused; empty values
 * are left out.
 */
export function buildSnippet(choice) {
  if (!TAGS.includes(choice.tag)) throw new Error(`unknown element ${choice.tag}`);
  const place = (name) => String(choice[name] ?? '').trim() || DEFAULT_PLACES[name];
  const attributes = [['src', place('feedUrl')]];
  if (choice.lang) attributes.push(['lang', choice.lang]);
  for (const [name, value] of Object.entries(choice.presets ?? {})) {
    if (!PRESETS[choice.tag].includes(name)) throw new Error(`${choice.tag} has no ${name} preset`);
    if (value !== undefined && value !== '') attributes.push([name, value]);
  }
  if (choice.theme === 'light' || choice.theme === 'dark') attributes.push(['theme', choice.theme]);
  if (choice.loading === 'lazy') attributes.push(['loading', 'lazy']);
  const css = buildCss(choice);
  const lines = [];
  if (css) lines.push(`<link rel="stylesheet" href="${escape(place('cssUrl'))}" />`);
  lines.push(
    `<script type="module" src="${escape(place('scriptUrl'))}"` +
      (choice.integrity ? ` integrity="${escape(choice.integrity)}" crossorigin="anonymous"` : '') +
      '></script>',
    `<${choice.tag} ${attributes.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')}></${choice.tag}>`,
  );
  return { html: lines.join('\n'), css };
}

/** `choice` as one URL path segment (base64url of its JSON), for the preview's address. */
export function encodeChoice(choice) {
  const bytes = new TextEncoder().encode(JSON.stringify(choice));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The choice from {@link encodeChoice}'s segment; throws on anything else. */
export function decodeChoice(segment) {
  const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
  const choice = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) throw new Error('not a choice');
  return choice;
}
