/**
 * The catalogs of the draft languages (src/i18n/languages.ts), loaded only for a page that opts
 * in (`data-cop-draft`). `npm run add-language <tag>` adds a line here; `-- --publish` moves it
 * to the published catalogs in msg.ts. dist/cop-widgets.js is built with this module empty
 * (rollup.config.mjs), so that the all-in bundle never carries a draft.
 */
import type { TemplateMap } from '@lit/localize';
import type { DraftLanguage } from './language.js';

export const DRAFT_CATALOGS: Record<DraftLanguage, () => Promise<{ templates: TemplateMap }>> = {};
