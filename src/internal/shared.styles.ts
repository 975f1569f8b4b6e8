import { css } from 'lit';

/**
 * Text for screen readers only, in a 1px box: the `.visually-hidden` class, and a rule that hides
 * a text so only in some layouts (the results' column headers in a narrow column).
 */
export const visuallyHiddenRules = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * Styles every element shares: the `--cop-*` design tokens (defaults on `:host`, so a page sets
 * them on the element or through `::part`), the feed states, and accessible controls. Logical
 * properties only, so right-to-left needs no extra rule; fonts inherit from the page.
 *
 * Colours follow the page's `color-scheme` (a page that declares `color-scheme: light dark`
 * gets the dark palette when the reader prefers it); `theme="light"` or `theme="dark"` on an
 * element forces one palette and paints the element's own background. In forced-colors mode
 * (Windows high contrast) the system colours take over and states stay visible.
 */
export const sharedStyles = css`
  :host {
    --cop-color-text: light-dark(#1b1b1b, #e8eaed);
    --cop-color-muted: light-dark(#575757, #b4b9bf);
    --cop-color-accent: light-dark(#00508f, #8ab4f8);
    --cop-color-accent-contrast: light-dark(#ffffff, #0b1d33);
    --cop-color-border: light-dark(#c4c9d0, #5f6368);
    --cop-color-surface: light-dark(#ffffff, #202124);
    --cop-color-subtle: light-dark(#f3f5f8, #2d2f33);
    --cop-color-error: light-dark(#a4161a, #f28b82);
    --cop-color-focus: light-dark(#1a5fb4, #8ab4f8);
    --cop-color-background: transparent;
    --cop-radius: 0.375rem;
    --cop-space: 1rem;
    --cop-font-size-small: 0.875em;

    display: block;
    background: var(--cop-color-background);
    overflow-wrap: anywhere;
    /*
     * Inherited properties the elements rely on, defended against a page's global rules (an
     * inner !important wins over the page's !important): themes go through the custom properties.
     * Letter and word spacing stay inherited, so readers' text-spacing overrides (WCAG 1.4.12)
     * still apply.
     */
    color: var(--cop-color-text) !important;
    font-family: var(--cop-font-family, inherit);
    font-size: max(12px, var(--cop-font-size, 1em)) !important;
    line-height: var(--cop-line-height, 1.5) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    visibility: visible;
  }
  :host([dir='ltr']) {
    direction: ltr !important;
  }
  :host([dir='rtl']) {
    direction: rtl !important;
  }
  :host([theme]) {
    padding: var(--cop-space);
    border-radius: var(--cop-radius);
  }
  :host([theme='light']) {
    color-scheme: light;
    --cop-color-background: var(--cop-color-surface);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --cop-color-background: var(--cop-color-surface);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /*
   * Room kept while the feed loads and, after it, while the element is on screen (LoadingRoom), so
   * the page does not jump when content of another height arrives.
   */
  .root[aria-busy='true'],
  .reserved {
    min-block-size: var(--cop-loading-block-size, auto);
  }
  .status {
    padding: var(--cop-space);
    color: var(--cop-color-muted);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
    padding-inline: var(--cop-space);
  }
  .skeleton span {
    display: block;
    block-size: 1rem;
    border-radius: var(--cop-radius);
    background: var(--cop-color-subtle);
  }
  .skeleton span:nth-child(2) {
    inline-size: 80%;
  }
  .skeleton span:nth-child(3) {
    inline-size: 60%;
  }
  .error {
    padding: var(--cop-space);
    border: 1px solid var(--cop-color-error);
    border-radius: var(--cop-radius);
    color: var(--cop-color-error);
  }
  .error p {
    margin-block: 0 0.75em;
  }
  button,
  select,
  input,
  a {
    font: inherit;
  }
  /*
   * A control's or label's words are not cut in two to squeeze it ("Imprim / er"): the host's
   * overflow-wrap: anywhere makes a box's narrowest size one letter, and a flex or grid track takes
   * it; here the narrowest is the longest word, broken only when even that does not fit.
   */
  button,
  label,
  summary,
  legend {
    overflow-wrap: break-word;
  }
  button {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--cop-color-accent);
    border-radius: var(--cop-radius);
    background: var(--cop-color-surface);
    color: var(--cop-color-accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--cop-color-subtle);
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--cop-color-accent);
    color: var(--cop-color-accent-contrast);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input[type='search'],
  input[type='text'],
  textarea,
  select {
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--cop-color-border);
    border-radius: var(--cop-radius);
    background: var(--cop-color-surface);
    color: inherit;
  }
  /* The button goes under the box when both do not fit (a narrow column, a long word). */
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .search-row input[type='search'] {
    flex: 1 1 8rem;
    min-inline-size: 0;
  }
  a {
    color: var(--cop-color-accent);
  }
  :focus-visible {
    outline: 2px solid var(--cop-color-focus);
    outline-offset: 2px;
  }
  .issues {
    margin-block-start: var(--cop-space);
    font-size: var(--cop-font-size-small);
    color: var(--cop-color-muted);
  }
  .issues summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .issues code,
  .issues pre {
    font-family: ui-monospace, monospace;
  }
  .issues pre {
    overflow-x: auto;
  }
  .visually-hidden {
    ${visuallyHiddenRules}
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'],
    button.primary,
    [aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .skeleton span {
      background: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Pseudo-elements too: a lone '*' leaves their transitions on (the timeline's chevrons). */
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    button,
    .issues {
      display: none !important;
    }
  }
`;
