import { LitElement, type PropertyValues } from 'lit';
import { type Direction, type Language, toLanguage } from '../i18n/language.js';
import { inLanguage, isLanguageLoaded, loadLanguage } from '../i18n/msg.js';
import { warmFormatters } from '../i18n/warm-formatters.js';
import { VERSION } from '../version.js';
import { LanguageController } from './language-controller.js';

/** Set on `globalThis` once any copy of the library has warned about a second copy. */
const warnedKey = Symbol.for('cop-widgets.duplicate-definition-warned');

function warnOnce(tagName: string, existing: CustomElementConstructor): void {
  const page = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (page[warnedKey]) return;
  page[warnedKey] = true;
  const first = (existing as { copVersion?: unknown }).copVersion;
  const owner = typeof first === 'string' ? `cop-widgets ${first}` : 'another script';
  console.warn(
    `cop-widgets ${VERSION}: <${tagName}> is already defined by ${owner}, so this page loads cop-widgets ` +
      'twice. The first definition stays in use; load the library once.',
  );
}

/**
 * The thin base of every cop-widgets element: it resolves the element's language and
 * direction, renders in that language, and registers the element safely. Behaviour lives in
 * reactive controllers.
 *
 * An update waits until the language's strings are loaded, so the element never shows another
 * language first, and a change of language keeps the current rendering until the new one is
 * ready (never a blank box).
 *
 * @attr lang - Language of the element's interface and content: one of `ar`, `en`, `es`, `fr`,
 *   `ru`, `zh` (region subtags such as `fr-CA` use the base language; others fall back to
 *   English). Without it, the nearest ancestor's `lang`, usually `<html lang>`.
 * @attr dir - Set by the element to its language's direction (`rtl` for Arabic, else `ltr`);
 *   any other value is overwritten.
 */
export class CopElement extends LitElement {
  /** The version of the cop-widgets copy this class comes from (named when two copies meet). */
  static readonly copVersion: string = VERSION;

  private readonly languageController = new LanguageController(this);

  /**
   * The language the element renders in, resolved from `lang` as described above.
   * @readonly
   */
  get language(): Language {
    return this.languageController.language;
  }

  /**
   * The direction the element writes in: `rtl` for Arabic, else `ltr`.
   * @readonly
   */
  get direction(): Direction {
    return this.languageController.direction;
  }

  protected override scheduleUpdate(): Promise<unknown> | undefined {
    // Read `lang` again: a framework may set it just after inserting the element, before the
    // observer has reported the change, and the first rendering must already be in it.
    this.languageController.refresh();
    const { language } = this;
    if (isLanguageLoaded(language)) {
      super.scheduleUpdate();
      return undefined;
    }
    return loadLanguage(language).then(() => super.scheduleUpdate());
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changedProperties: PropertyValues): void {
    inLanguage(this.language, () => super.update(changedProperties));
  }

  /**
   * Registers this class as `tagName` in `registry` (the page's by default). Safe to call more
   * than once: when the tag is already taken by this class it does nothing, and when another
   * copy of the library took it first it keeps that definition and warns once per page,
   * instead of throwing as `customElements.define` would.
   *
   * Then, in tasks of their own, builds the formatters a first rendering in the page's language
   * (`<html lang>`) needs, so that they are ready before a feed arrives.
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tagName);
    if (existing === undefined) registry.define(tagName, this);
    else if (existing !== this) warnOnce(tagName, existing);
    warmFormatters(toLanguage(document.documentElement.getAttribute('lang')));
  }
}
