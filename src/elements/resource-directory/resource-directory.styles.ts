import { css } from 'lit';

/** Styles of `<cop-resource-directory>`: logical properties only, so Arabic mirrors by itself. */
export const styles = css`
  :host {
    --cop-resource-directory-filters-width: 16rem;
    --cop-resource-directory-facet-max-height: 14rem;
    --cop-resource-directory-chip-background: var(--cop-color-subtle);
    --cop-resource-directory-gap: var(--cop-space);
  }
  .directory {
    display: flex;
    flex-direction: column;
    gap: var(--cop-resource-directory-gap);
  }

  /* Search, grouping, suggest link */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem var(--cop-resource-directory-gap);
  }
  .search {
    flex: 1 1 16rem;
  }
  /* A narrow column: the choice as wide as the column, not as its longest option. */
  .grouping {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .grouping select {
    max-inline-size: 100%;
  }
  .search label,
  .grouping label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  input[type='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .suggest {
    margin: 0;
    min-block-size: 2rem;
    display: flex;
    align-items: center;
  }

  /* Facets beside the results when the element is wide enough for both, above them otherwise
     (the intrinsic "sidebar" layout: no media or container query needed). */
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cop-resource-directory-gap);
    align-items: flex-start;
  }
  .main {
    flex: 999 1 0;
    min-inline-size: min(100%, 28rem);
  }
  .filters {
    flex: 1 1 var(--cop-resource-directory-filters-width);
    border: 1px solid var(--cop-color-border);
    border-radius: var(--cop-radius);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
  }
  .filters summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2rem;
    display: list-item;
    padding-block: 0.25rem;
  }
  .facet {
    border: 0;
    border-block-start: 1px solid var(--cop-color-border);
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0;
    min-inline-size: 0;
  }
  .facet legend {
    font-weight: 600;
    padding: 0;
    padding-block-start: 0.5rem;
    float: inline-start;
    inline-size: 100%;
  }
  .options {
    clear: both;
    list-style: none;
    margin: 0;
    /* Room for the focus ring of the checkboxes: the scrolling box would cut it off. */
    padding: 0.25rem;
    max-block-size: var(--cop-resource-directory-facet-max-height);
    overflow-y: auto;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 1.75rem;
    cursor: pointer;
  }
  .option input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    flex: none;
  }
  .option:has(input:disabled) {
    color: var(--cop-color-muted);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    /* The muted colour gives way to the system's: a value that would leave nothing stays greyed. */
    .option:has(input:disabled) {
      color: GrayText;
    }
  }
  /*
   * The name takes the room left beside the count, down to its longest word: narrower than that,
   * the count goes to the next line instead of the word being cut in two.
   */
  .option-label {
    flex: 1 1 0;
    min-inline-size: min-content;
    overflow-wrap: break-word;
  }
  .facet-count {
    flex: none;
    margin-inline-start: auto;
    white-space: nowrap;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }

  /* Count, chosen filters */
  .count {
    margin-block: 0 0.75rem;
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='chip'] {
    border-color: var(--cop-color-border);
    border-radius: 999px;
    background: var(--cop-resource-directory-chip-background);
    color: var(--cop-color-text);
  }

  /* Results */
  .group-heading {
    font-size: 1.15em;
    font-weight: 700;
    margin-block: var(--cop-space) 0.5rem;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--cop-resource-directory-gap);
  }
  .resource {
    border-block-end: 1px solid var(--cop-color-border);
    padding-block-end: var(--cop-resource-directory-gap);
    /* Resources out of sight are laid out and painted when they come near: a first screen of
       many pays for those it shows. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    container-type: inline-size;
  }
  .title {
    font-size: 1.05em;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .description {
    margin-block: 0.25rem 0.5rem;
  }
  /* Each term and its value on one line; the values start where the longest term ends. */
  .details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    align-items: baseline;
    gap: 0.125rem 0.5rem;
    margin: 0;
    font-size: var(--cop-font-size-small);
  }
  .details dt {
    color: var(--cop-color-muted);
  }
  .details dt::after {
    content: ':';
  }
  .details dd {
    margin: 0;
  }
  /* A narrow card: each term above its value, as a long term (Russian) would leave no room. */
  @container (max-width: 28rem) {
    .details {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .details dd + dt {
      margin-block-start: 0.25rem;
    }
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tags li {
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--cop-color-subtle);
  }
  .empty {
    padding: var(--cop-space);
    border: 1px dashed var(--cop-color-border);
    border-radius: var(--cop-radius);
  }
  .empty p {
    margin-block: 0 0.5rem;
  }
  .more {
    margin-block-start: var(--cop-space);
  }
  @media print {
    .toolbar,
    .filters,
    .chips {
      display: none;
    }
  }
`;
