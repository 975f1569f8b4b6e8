import { css } from 'lit';

/** The consultation form's own styles; tokens and controls come from the shared styles. */
export const formStyles = css`
  :host {
    --cop-consultation-form-gap: 1.5rem;
    --cop-consultation-form-notice-background: var(--cop-color-subtle);
  }
  h2,
  h3 {
    line-height: 1.25;
  }
  h2 {
    margin-block: 0 0.25em;
  }
  h3 {
    margin-block: 0 0.5em;
    font-size: 1.1em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--cop-space);
    align-items: baseline;
    justify-content: space-between;
  }
  header h2 {
    flex: 1 1 20rem;
  }
  .timing {
    flex-basis: 100%;
    order: 3;
    margin: 0;
    color: var(--cop-color-muted);
  }
  .language {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .privacy,
  .receipt,
  .declined {
    margin-block: var(--cop-space);
    padding: var(--cop-space);
    border-radius: var(--cop-radius);
    background: var(--cop-consultation-form-notice-background);
  }
  .privacy p,
  .receipt p,
  .declined p {
    margin-block: 0 0.5em;
  }
  .description,
  .document,
  .restored {
    margin-block: var(--cop-space);
  }
  .unavailable {
    margin-block: var(--cop-space);
    padding: var(--cop-space);
    border: 1px solid var(--cop-color-border);
    border-radius: var(--cop-radius);
  }
  .unavailable p {
    margin: 0;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--cop-consultation-form-gap);
    margin-block-start: var(--cop-space);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  /*
   * A question below the first screen is laid out and painted once it comes near the viewport
   * (issue 20, S13: the form's first render); its contents stay in the accessibility tree and in
   * find-in-page. The clip margin keeps focus outlines (2px offset) visible at its edges.
   */
  .question {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
    overflow-clip-margin: 0.5rem;
  }
  legend,
  .question > label {
    display: block;
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .consent label {
    font-weight: 600;
  }
  .required {
    font-weight: normal;
    color: var(--cop-color-muted);
  }
  .help,
  .counter {
    margin-block: 0 0.5rem;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }
  .counter {
    margin-block: 0.25rem 0;
  }
  .counter.over,
  .field-error {
    color: var(--cop-color-error);
  }
  .field-error {
    margin-block: 0 0.5rem;
    font-weight: 600;
  }
  .section {
    padding-block-start: var(--cop-space);
    border-block-start: 1px solid var(--cop-color-border);
  }
  .section .help {
    margin: 0;
  }
  /* Each choice (and the consent box) is a control and its label, side by side in this grid. */
  .choices {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.5rem;
    place-items: start;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .choices label {
    padding-block: 0.125rem;
  }
  input[type='text'],
  textarea,
  select {
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--cop-color-muted);
    border-radius: var(--cop-radius);
    background: var(--cop-color-surface);
    color: inherit;
    font: inherit;
  }
  .language select {
    inline-size: auto;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:is(input[type='text'], textarea, select) {
    border: 2px solid var(--cop-color-error);
  }
  /* Choices cannot take a thicker border: their question gets a bar on its starting side. */
  .question:has(input:is([type='radio'], [type='checkbox'])[aria-invalid='true']) {
    border-inline-start: 3px solid var(--cop-color-error);
    padding-inline-start: 0.75rem;
  }
  .scale {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25rem;
    max-inline-size: 100%;
  }
  .scale-steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .scale-step {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    min-inline-size: 2.5rem;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: var(--cop-space);
    font-size: var(--cop-font-size-small);
    color: var(--cop-color-muted);
  }
  .error-summary,
  .personal-data-warning {
    padding: var(--cop-space);
    border: 3px solid var(--cop-color-error);
    border-radius: var(--cop-radius);
  }
  .personal-data-warning {
    border-color: var(--cop-color-accent);
  }
  .error-summary ul,
  .personal-data-warning ul {
    margin-block: 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--cop-color-error);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  /* Sending and declining look alike: no nudging (UK Children's Code, standard 13). */
  .actions button {
    min-block-size: 2.75rem;
    padding-inline: 1.25rem;
    font-weight: 600;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .submit-status p {
    margin-block: var(--cop-space) 0;
    font-weight: 600;
  }
  .submit-status .server-message {
    margin-block-start: 0.25rem;
    font-weight: normal;
  }
  .receipt .code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.1em;
  }
  .receipt:focus,
  .declined:focus,
  .error-summary:focus,
  .personal-data-warning:focus {
    outline: 2px solid var(--cop-color-focus);
    outline-offset: 2px;
  }
  @media print {
    .language,
    .actions,
    .submit-status {
      display: none !important;
    }
  }
`;
