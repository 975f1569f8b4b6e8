import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { DRAFT_LANGUAGES, directionOf, toLanguage } from '../src/i18n/language.js';
import { LANGUAGE_TABLE } from '../src/i18n/languages.js';
import { startStoryEndpoint } from './story-endpoint.js';

// Controls and docs come from the elements' JSDoc, through the custom elements manifest.
setCustomElementsManifest(manifest);

/**
 * Renders each story inside an element carrying the toolbar's language (and direction). A draft
 * language (src/i18n/languages.ts) is previewed with the page's opt-in, `data-cop-draft`: its
 * translated strings, and English for the rest, as a translator checks their work.
 */
const withLanguage: Decorator = (story, context) => {
  const language = toLanguage(String(context.globals['locale'] ?? 'en'), true);
  const draft = DRAFT_LANGUAGES.includes(language);
  return html`<div lang=${language} dir=${directionOf(language)} data-cop-draft=${draft ? '' : nothing}>
    ${story()}
  </div>`;
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
      description: 'Language of the elements (sets lang, and dir for Arabic; drafts with data-cop-draft)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGE_TABLE.map(({ tag, autonym, draft }) => ({
          value: tag,
          title: draft ? `${autonym} (draft)` : autonym,
          right: tag,
        })),
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
