// The embed-code builder's one job: the HTML a partner pastes, from their choices. Everything
// is escaped as HTML attribute text; colours must be #rrggbb; presets are attributes.

const TAGS = [
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
  'cop-consultation-form',
];

/** Which presets each element takes (CONTRACT §2). */
export const PRESETS = {
  'cop-document-list': ['meeting', 'type', 'topic', 'query', 'sort', 'page-size'],
  'cop-recommendation-timeline': ['meeting', 'topic', 'order'],
  'cop-resource-directory': ['scope', 'region', 'country', 'kind', 'topic', 'query'],
  'cop-consultation-form': ['consultation', 'endpoint'],
};

const escape = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet for `choice`: { tag, feedUrl, lang, presets: {name: value}, accent, theme,
 * scriptUrl, integrity }. Unknown tags and presets are refused; empty values are left out.
 */
export function buildSnippet(choice) {
  if (!TAGS.includes(choice.tag)) throw new Error(`unknown element ${choice.tag}`);
  const attributes = [['src', choice.feedUrl]];
  if (choice.lang) attributes.push(['lang', choice.lang]);
  for (const [name, value] of Object.entries(choice.presets ?? {})) {
    if (!PRESETS[choice.tag].includes(name)) throw new Error(`${choice.tag} has no ${name} preset`);
    if (value !== undefined && value !== '') attributes.push([name, value]);
  }
  if (choice.theme === 'light' || choice.theme === 'dark') attributes.push(['theme', choice.theme]);
  const lines = [
    `<script type="module" src="${escape(choice.scriptUrl)}"` +
      (choice.integrity ? ` integrity="${escape(choice.integrity)}" crossorigin="anonymous"` : '') +
      '></script>',
  ];
  if (choice.accent) {
    if (!/^#[0-9a-f]{6}$/i.test(choice.accent)) throw new Error('the accent colour is #rrggbb');
    lines.push(`<style>${choice.tag} { --cop-color-accent: ${choice.accent}; }</style>`);
  }
  lines.push(
    `<${choice.tag} ${attributes.map(([name, value]) => `${name}="${escape(value)}"`).join(' ')}></${choice.tag}>`,
  );
  return lines.join('\n');
}
