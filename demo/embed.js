// The embed-code builder page: the choices → a live preview and the snippet to paste, with the
// Subresource Integrity hash computed at build time (dist/cop-widgets.sri.json).
import { PRESETS, buildSnippet } from '/embed-snippet.mjs';

const $ = (id) => document.getElementById(id);
const form = $('choices');
const scriptUrl = new URL('/dist/cop-widgets.js', location.href).href;
$('feed').value = new URL('/feeds/cwg-cop.json', location.href).href;
const sri = await fetch('/dist/cop-widgets.sri.json').then((answer) => (answer.ok ? answer.json() : {}));

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

function update() {
  const tag = $('tag').value;
  const presets = Object.fromEntries(
    [...form.querySelectorAll('[data-preset]')].map((input) => [input.dataset.preset, input.value.trim()]),
  );
  const accent = $('accent').value === '#00508f' ? '' : $('accent').value;
  const choice = {
    tag,
    feedUrl: $('feed').value,
    lang: $('lang').value,
    presets,
    theme: $('theme').value,
    accent,
    scriptUrl,
    integrity: sri.integrity,
  };
  try {
    $('snippet').textContent = buildSnippet(choice);
  } catch (error) {
    $('snippet').textContent = String(error.message);
    return;
  }
  const element = document.createElement(tag);
  element.setAttribute('src', choice.feedUrl);
  if (choice.lang) element.setAttribute('lang', choice.lang);
  if (choice.theme) element.setAttribute('theme', choice.theme);
  for (const [name, value] of Object.entries(presets)) if (value) element.setAttribute(name, value);
  if (accent) element.style.setProperty('--cop-color-accent', accent);
  $('preview').replaceChildren(element);
}

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
