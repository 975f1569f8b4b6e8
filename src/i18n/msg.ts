/**
 * Per-element translation of the interface strings.
 *
 * Strings are written with `msg()` (and `str`) as in any @lit/localize project, so
 * `lit-localize extract` finds them and the XLIFF workflow stays standard. But @lit/localize's
 * runtime keeps one active locale for the whole page and can be configured only once, while
 * two cop-widgets elements on one page may speak different languages. So this module never
 * configures @lit/localize: its own `msg` (recognised by the extractor through the same type)
 * looks each string up in the catalog of the language being rendered, set around each
 * element's update by {@link inLanguage}. A host page that uses @lit/localize itself is not
 * affected, and does not affect the elements.
 */
import type { MsgFn, MsgOptions, TemplateLike, TemplateMap } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { DRAFT_CATALOGS } from './draft-catalogs.js';
import { DEFAULT_LANGUAGE, type DraftLanguage, type Language } from './language.js';

export { str } from '@lit/localize';

type Loader = () => Promise<{ templates: TemplateMap }>;

/**
 * The generated catalogs (src/generated, from the XLIFF in locales/) of the languages offered to
 * readers (`npm run add-language` adds a draft's to draft-catalogs.ts; publishing moves it
 * here). A static map of imports: npm consumers load only the languages in use; the
 * self-contained bundle inlines them all, and never the drafts'.
 */
const published: Record<Exclude<Language, 'en' | DraftLanguage>, Loader> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  ru: () => import('../generated/locales/ru.js'),
  zh: () => import('../generated/locales/zh.js'),
};
const loaders: Partial<Record<Language, Loader>> = { ...published, ...DRAFT_CATALOGS };

/** Can `language`'s strings be had (English, or a language whose catalog this build has)? */
export function hasCatalog(language: Language): boolean {
  return language === DEFAULT_LANGUAGE || loaders[language] !== undefined;
}

const catalogs = new Map<Language, TemplateMap | undefined>([[DEFAULT_LANGUAGE, undefined]]);
const loading = new Map<Language, Promise<void>>();

/**
 * Adds a part to each language's catalog. The per-element files (dist/<element>.js) have no
 * catalog here: each element's entry adds its part, the strings that element uses
 * (scripts/rollup-catalogs.mjs), and a language is loaded again, with every part, when an element
 * of another entry joins the page.
 */
export function addCatalogs(parts: Partial<Record<Language, Loader>>): void {
  for (const [language, part] of Object.entries(parts) as [Language, Loader][]) {
    const before = loaders[language];
    loaders[language] = before
      ? () =>
          Promise.all([before(), part()]).then(([a, b]) => ({
            templates: { ...a.templates, ...b.templates },
          }))
      : part;
    catalogs.delete(language);
    loading.delete(language);
  }
}

/** Resolves once `language`'s strings can be rendered (at once for English or a loaded one). */
export function loadLanguage(language: Language): Promise<void> {
  if (catalogs.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    const loader = loaders[language]!;
    pending = loader().then(
      // Unless a part was added meanwhile (then its load is the one to wait for).
      (module) => void (loaders[language] === loader && catalogs.set(language, module.templates)),
      (error: unknown) => {
        // A catalog that cannot be loaded (a broken deployment) leaves English, not a blank box.
        loading.delete(language);
        console.warn(`cop-widgets: the ${language} strings could not be loaded; showing English.`, error);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Is `language` ready to render without waiting? */
export function isLanguageLoaded(language: Language): boolean {
  return catalogs.has(language);
}

let rendering: Language = DEFAULT_LANGUAGE;

/** Runs `fn` with `msg()` answering in `language` (synchronously; restores the previous one). */
export function inLanguage<T>(language: Language, fn: () => T): T {
  const previous = rendering;
  rendering = language;
  try {
    return fn();
  } finally {
    rendering = previous;
  }
}

/** The language `msg()` answers in right now. */
export function renderingLanguage(): Language {
  return rendering;
}

/**
 * Translates a string or `str` template into the language being rendered; falls back to the
 * English source when the catalog lacks it (the translation check keeps that from shipping).
 */
export const msg = ((template: TemplateLike, options?: MsgOptions) =>
  runtimeMsg(catalogs.get(rendering), template, options)) as MsgFn;
