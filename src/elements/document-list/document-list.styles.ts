import { css } from 'lit';

export const documentListStyles = css`
  .search label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  /*
   * Each filter is as wide as its label and its longest choice, side by side while they fit and
   * sharing out the rest of the row: no column width to outgrow ("Plus récents d'abord" is wider
   * than a 10rem column), and one a row on a narrow screen.
   */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: var(--cop-space);
  }
  /* The label: its words above, its control below. */
  .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 auto;
    min-inline-size: min(100%, 10rem);
    max-inline-size: 100%;
    font-weight: 600;
  }
  .field select {
    inline-size: 100%;
    font-weight: 400;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .count {
    margin: 0;
    color: var(--cop-color-muted);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .list {
    list-style: none;
    margin: var(--cop-space) 0 0;
    padding: 0;
  }
  .document {
    padding-block: var(--cop-space);
    border-block-start: 1px solid var(--cop-color-border);
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block: 0.25rem;
    color: var(--cop-color-muted);
    font-size: var(--cop-font-size-small);
  }
  .symbol {
    font-weight: 600;
  }
  .summary {
    margin-block: 0.5rem;
  }
  .topics,
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  .topics li {
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--cop-color-subtle);
    font-size: var(--cop-font-size-small);
  }
  .files a,
  .document > a {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }
  .document > a {
    margin-block-start: 0.5rem;
    margin-inline-end: 0.75rem;
  }
  .more-files {
    min-block-size: 1.5rem;
    padding: 0 0.5rem;
    font-size: var(--cop-font-size-small);
  }
  .empty {
    padding-block: var(--cop-space);
  }
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: var(--cop-space) 0 0;
    padding: 0;
  }
  .pagination [aria-current='page'] {
    background: var(--cop-color-accent);
    color: var(--cop-color-accent-contrast);
  }
  @media (forced-colors: active) {
    /* The shared system colours, over the accent of the rule above (more specific). */
    .pagination [aria-current='page'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  .gap {
    align-self: center;
    padding-inline: 0.25rem;
  }
  /* The arrows of previous and next: drawn, not read (empty alternative text). */
  li:first-child .step::before {
    content: '‹' / '';
  }
  li:last-child .step::after {
    content: '›' / '';
  }
  :host(:dir(rtl)) .step::before,
  :host(:dir(rtl)) .step::after {
    display: inline-block;
    transform: scaleX(-1);
  }
  @media print {
    .search,
    .filters,
    .actions,
    .pagination {
      display: none;
    }
    .files a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
