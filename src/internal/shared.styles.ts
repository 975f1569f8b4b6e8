import { css } from 'lit';

/**
 * Styles every element shares: the `--cop-*` design tokens (defaults on `:host`, so a page sets
 * them on the element or through `::part`), the feed states, and accessible controls. Logical
 * properties only, so right-to-left needs no extra rule; fonts inherit from the page.
 */
export const sharedStyles = css`
  :host {
    --cop-color-text: #1b1b1b;
    --cop-color-muted: #575757;
    --cop-color-accent: #00508f;
    --cop-color-accent-contrast: #ffffff;
    --cop-color-border: #c4c9d0;
    --cop-color-surface: #ffffff;
    --cop-color-subtle: #f3f5f8;
    --cop-color-error: #a4161a;
    --cop-color-focus: #1a5fb4;
    --cop-radius: 0.375rem;
    --cop-space: 1rem;
    --cop-font-size-small: 0.875em;

    display: block;
    color: var(--cop-color-text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
  .search-row {
    display: flex;
    gap: 0.5rem;
  }
  .search-row input[type='search'] {
    flex: 1;
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
  .issues code {
    font-family: ui-monospace, monospace;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
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
