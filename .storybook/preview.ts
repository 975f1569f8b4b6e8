import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { LANGUAGES, directionOf, toLanguage } from '../src/i18n/language.js';
import { startStoryEndpoint } from './story-endpoint.js';

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

/**
 * Drafts and the outbox of the consultation form live in this origin's localStorage, shared by
 * every story: each story starts without them, and leaves none behind.
 */
function clearStoredAnswers(): void {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) if (key?.startsWith('cop-widgets:')) localStorage.removeItem(key);
}

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
  // Network states come from real responses: the local endpoint answers story-api/… requests.
  loaders: [
    async () => {
      await startStoryEndpoint();
      return {};
    },
  ],
  beforeEach: () => {
    clearStoredAnswers();
    return clearStoredAnswers;
  },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
