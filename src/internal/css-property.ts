import { type ElementPart, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Sets a CSS custom property on the element it is bound to, as an element binding
 * (`<span ${cssProperty('--share', '40%')}>`), always through the CSSOM (`style.setProperty`).
 * A strict `style-src 'self'` policy allows that, while it blocks a `style` attribute — and Lit's
 * `styleMap` writes its first rendering as a `style` attribute, so under that policy a first
 * render would lose it.
 */
class CssPropertyDirective extends Directive {
  render(name: string, value: string): typeof nothing {
    void name;
    void value;
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof nothing {
    const { style } = part.element as HTMLElement;
    if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    return nothing;
  }
}

/** Sets the custom property `name` to `value` on the element, through the CSSOM (CSP-safe). */
export const cssProperty = directive(CssPropertyDirective);
