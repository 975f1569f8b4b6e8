import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { LANGUAGES, directionOf, toLanguage } from '../src/i18n/language.js';

// Controls and docs come from the elements' JSDoc, through the custom elements manifest.
setCustomElementsManifest(manifest);

const names: Record<string, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** Renders each story inside an element carrying the toolbar's language (and direction). */
const withLanguage: Decorator = (story, context) => {
  const language = toLanguage(String(context.globals['locale'] ?? 'en'));
  return html`<div lang=${language} dir=${directionOf(language)}>${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets lang, and dir for Arabic)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((value) => ({ value, title: names[value] ?? value, right: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withLanguage],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
