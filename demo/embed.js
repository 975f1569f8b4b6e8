// The embed-code builder page: the choices → the files to save, the code to paste, and a preview
// of that code served under the partner's policy (demo/embed-preview.mjs), whose CSP violations
// are listed here. The Subresource Integrity hash is computed at build time
// (dist/cop-widgets.sri.json).
import { DEFAULT_PLACES, PRESETS, buildSnippet, encodeChoice } from '/embed-snippet.mjs';
import { LANGUAGES, directionOf } from '/dist/cop-widgets.js';
import { LANGUAGE_TABLE } from '/dist/esm/i18n/languages.js';
import { appendInLanguages } from '/language-links.mjs';

const $ = (id) => document.getElementById(id);
const form = $('choices');
const frame = $('preview');
const DEFAULT_ACCENT = '#00508f';
const sri = await fetch('/dist/cop-widgets.sri.json').then((answer) => (answer.ok ? answer.json() : {}));
let cssLink = '';
let previewTimer;
const violations = [];

/** The language choices: each language the bundle offers (no draft), named in itself. */
appendInLanguages(
  $('lang'),
  LANGUAGE_TABLE.filter((entry) => LANGUAGES.includes(entry.tag)),
  directionOf,
  (tag, autonym) => new Option(autonym, tag),
);

function presetFields() {
  const box = $('presets');
  const legend = box.querySelector('legend');
  box.replaceChildren(legend);
  for (const name of PRESETS[$('tag').value]) {
    const label = document.createElement('label');
    label.htmlFor = `preset-${name}`;
    label.textContent = name;
    const input = document.createElement('input');
    input.id = `preset-${name}`;
    input.name = `preset-${name}`;
    input.dataset.preset = name;
    box.append(label, input);
  }
}

function showViolations() {
  $('violations').textContent = violations.length
    ? `Your page's policy would refuse: ${violations.join('; ')}.`
    : '';
}

function choices() {
  const tag = $('tag').value;
  const presets = Object.fromEntries(
    [...form.querySelectorAll('[data-preset]')]
      .filter((input) => PRESETS[tag].includes(input.dataset.preset))
      .map((input) => [input.dataset.preset, input.value.trim()]),
  );
  return {
    tag,
    scriptUrl: $('script-url').value.trim() || DEFAULT_PLACES.scriptUrl,
    feedUrl: $('feed-url').value.trim() || DEFAULT_PLACES.feedUrl,
    cssUrl: $('css-url').value.trim() || DEFAULT_PLACES.cssUrl,
    integrity: sri.integrity,
    lang: $('lang').value,
    presets,
    theme: $('theme').value,
    loading: $('loading').value,
    accent: $('accent').value === DEFAULT_ACCENT ? '' : $('accent').value,
    loadingRoom: $('loading-room').value,
    loadingHeight: $('loading-height').value,
  };
}

function update() {
  $('loading-height').disabled = $('loading-room').value !== 'rem';
  const choice = choices();
  let embed;
  try {
    embed = buildSnippet(choice);
  } catch (error) {
    $('snippet').textContent = String(error.message);
    return;
  }
  $('snippet').textContent = embed.html;
  $('script-place').textContent = choice.scriptUrl;
  $('feed-place').textContent = choice.feedUrl;
  $('css-place').textContent = choice.cssUrl;
  $('css').textContent = embed.css;
  $('css-file').hidden = !embed.css;
  $('endpoint-note').hidden = choice.tag !== 'cop-consultation-form';
  if (cssLink) URL.revokeObjectURL(cssLink);
  cssLink = embed.css ? URL.createObjectURL(new Blob([embed.css], { type: 'text/css' })) : '';
  $('css-download').href = cssLink;
  $('css-download').download = choice.cssUrl.split(/[/?#]/).filter(Boolean).at(-1) ?? DEFAULT_PLACES.cssUrl;
  // Typing reloads the preview once the typing pauses.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    violations.length = 0;
    showViolations();
    frame.src = `/embed-preview/${encodeChoice(choice)}/`;
  }, 300);
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
  const violation = event.data?.previewViolation;
  if (typeof violation !== 'string' || violations.includes(violation)) return;
  violations.push(violation);
  showViolations();
});
$('tag').addEventListener('change', () => {
  presetFields();
  update();
});
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
$('copy').addEventListener('click', async () => {
  await navigator.clipboard.writeText($('snippet').textContent);
  $('copied').textContent = 'Copied.';
});
presetFields();
update();
