import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type Direction,
  type Language,
  DEFAULT_LANGUAGE,
  directionOf,
  draftsAllowed,
  inheritedLang,
  toLanguage,
} from '../i18n/language.js';
import { hasCatalog } from '../i18n/msg.js';
import { warmFormatters } from '../i18n/warm-formatters.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Controllers of connected elements; one observer serves them all. */
const watching = new Set<LanguageController>();
/** Roots (documents, shadow roots) the observer already watches. */
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRootsOf(element: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of watching) controller.refresh();
  });
  // Watch every tree the element's language can come from: its own root and, through shadow
  // hosts, each enclosing one, up to the document. Only `lang` (and the draft opt-in,
  // `data-cop-draft`) attribute changes are reported.
  let root: Node = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, {
        attributes: true,
        attributeFilter: ['lang', 'data-cop-draft'],
        subtree: true,
      });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Keeps an element's language and direction in step with the page (CONTRACT §2).
 *
 * The language is resolved from the element's `lang` attribute, else the nearest ancestor's
 * (through shadow roots), else English, reduced to one of the languages offered (a draft
 * language only with `data-cop-draft`, see src/i18n/language.ts). Any later change
 * of `lang` on the element or an ancestor — as page-translation tools do on `<html>` — updates
 * the host in place. The controller sets the host's `dir` attribute to the language's
 * direction whenever the host renders, so an English element in a right-to-left page stays left-to-right and
 * `:host(:dir(rtl))` styles apply to Arabic even when the page sets no `dir`.
 */
export class LanguageController implements ReactiveController {
  /** The resolved language. */
  language: Language = toLanguage(null);
  /** The resolved writing direction. */
  direction: Direction = directionOf(this.language);

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watching.add(this);
    observeRootsOf(this.host);
    this.refresh();
    warmFormatters(this.language);
  }

  hostDisconnected(): void {
    watching.delete(this);
  }

  /** Re-reads the language in force; requests an update of the host when it changed. */
  refresh(): void {
    // A draft language only where the page opts in and this build has its catalog (never in
    // dist/cop-widgets.js): elsewhere English, entirely.
    const asked = toLanguage(inheritedLang(this.host), draftsAllowed(this.host));
    const language = hasCatalog(asked) ? asked : DEFAULT_LANGUAGE;
    if (language === this.language) return;
    this.language = language;
    this.direction = directionOf(language);
    warmFormatters(language);
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    // Set with the rendering in the new language (which may wait for its strings), not before.
    if (this.host.getAttribute('dir') !== this.direction) this.host.setAttribute('dir', this.direction);
  }
}
