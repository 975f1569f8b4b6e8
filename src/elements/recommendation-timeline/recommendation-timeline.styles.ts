import { css } from 'lit';

/**
 * In a long timeline (more outcomes than one frame renders), off-screen groups skip style, layout
 * and paint until scrolled near (they stay in the accessibility tree and find-in-page): a timeline
 * of thousands of outcomes opens within a few frames. Not in a short one, where it saves nothing:
 * a skipped group is laid out at its placeholder height while its content, when measured, runs on
 * over the groups and the page below it, so checkers that read the layout (axe, Lighthouse) find
 * links covering each other and text on the wrong background that nobody ever sees.
 */
const skipOffscreen = css`
  .groups[data-long] > .group {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
  }
  @media print {
    .groups[data-long] > .group {
      content-visibility: visible;
    }
  }
`;

/** `<cop-recommendation-timeline>`: the vertical list, the horizontal variant, tags and filters. */
const layoutStyles = css`
  :host {
    --cop-timeline-line-color: var(--cop-color-border);
    --cop-timeline-marker-color: var(--cop-color-accent);
    --cop-timeline-marker-size: 0.875rem;
    --cop-timeline-gap: var(--cop-space);
    --cop-timeline-group-width: 22rem;
    --cop-timeline-tag-background: var(--cop-color-subtle);
  }

  /* Controls */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem var(--cop-space);
    margin-block-end: 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label {
    font-weight: 600;
  }
  select {
    min-block-size: 2rem;
    max-inline-size: 100%;
    padding-inline: 0.5rem;
    border: 1px solid var(--cop-color-border);
    border-radius: var(--cop-radius);
    background: var(--cop-color-surface);
    color: var(--cop-color-text);
  }
  .count {
    margin-block: 0.5rem var(--cop-space);
    color: var(--cop-color-muted);
  }
  .empty {
    padding-block: 0 var(--cop-space);
  }

  /* The list: a line along the inline-start edge, a marker per group */
  .groups {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Line and marker stay inside each group's box: off-screen groups are paint-contained. */
  .group {
    position: relative;
    padding-block: 0 var(--cop-timeline-gap);
    padding-inline-start: calc(var(--cop-timeline-marker-size) + 0.75rem);
  }
  .group::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--cop-timeline-marker-size) / 2 - 1px);
    border-inline-start: 2px solid var(--cop-timeline-line-color);
  }
  .group::after {
    content: '';
    position: absolute;
    inset-block-start: 0.45em;
    inset-inline-start: 0;
    inline-size: var(--cop-timeline-marker-size);
    block-size: var(--cop-timeline-marker-size);
    border: 2px solid var(--cop-color-surface);
    border-radius: 50%;
    background: var(--cop-timeline-marker-color);
  }
  .group-heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .group-name {
    font-weight: 700;
  }
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
    inline-size: 100%;
    padding-inline: 0 1.5rem;
    border: 0;
    position: relative;
    background: none;
    color: inherit;
    font-size: inherit;
    text-align: start;
  }
  .toggle:hover {
    background: none;
  }
  .toggle:hover .group-name {
    text-decoration: underline;
  }
  /* A chevron: pointing down when open, towards the reading direction when folded. */
  .toggle::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.25rem;
    inset-block-start: 0.7em;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }
  .toggle[aria-expanded='false']::after {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .toggle::after {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false']::after {
    transform: rotate(45deg);
  }
  .group-count {
    font-size: var(--cop-font-size-small);
    font-weight: 400;
    color: var(--cop-color-muted);
  }

  /* Meetings */
  .period {
    margin-block: 0.25rem;
    color: var(--cop-color-muted);
  }
  .meetings {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .meeting {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-block: 0.25rem;
    color: var(--cop-color-muted);
  }
  .meeting-name {
    font-weight: 600;
    color: var(--cop-color-text);
  }
  .calendar {
    font-size: var(--cop-font-size-small);
  }
  .no-outcomes {
    margin-block: 0.5rem 0;
    color: var(--cop-color-muted);
    font-style: italic;
  }

  /* Outcomes */
  .outcomes {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  .outcome {
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--cop-color-border);
  }
  .outcome .text {
    margin-block: 0.25rem;
  }
  .details {
    margin-block: 0.25rem;
    padding-inline-start: 1.25rem;
  }
  .details > li + li {
    margin-block-start: 0.25rem;
  }
  .kind,
  .tags > li,
  .file-language {
    display: inline-block;
    padding-inline: 0.4rem;
    border: 1px solid var(--cop-color-border);
    border-radius: var(--cop-radius);
    background: var(--cop-timeline-tag-background);
    color: var(--cop-color-text);
    font-size: var(--cop-font-size-small);
  }
  .kind {
    font-weight: 600;
  }
  .topics,
  .documents {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    margin-block-start: 0.25rem;
    font-size: var(--cop-font-size-small);
  }
  .topics .label,
  .documents .label {
    color: var(--cop-color-muted);
  }
  .tags,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tags {
    gap: 0.25rem;
  }
  .links a {
    display: inline-block;
    min-block-size: 1.5rem;
  }

  /* Horizontal: groups side by side along a line at their block-start edge */
  .scroller[role='region'] {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    padding-block-end: 0.5rem;
  }
  .groups[data-layout='horizontal'] {
    display: flex;
    align-items: stretch;
    inline-size: max-content;
    min-inline-size: 100%;
  }
  /* The gap is each group's own end padding, so the line runs on between groups. */
  .groups[data-layout='horizontal'] > .group {
    flex: 0 0 auto;
    inline-size: calc(var(--cop-timeline-group-width) + var(--cop-timeline-gap));
    padding-block: calc(var(--cop-timeline-marker-size) + 0.75rem) 0;
    padding-inline: 0 var(--cop-timeline-gap);
  }
  .groups[data-layout='horizontal'] > .group::before {
    inset-block: calc(var(--cop-timeline-marker-size) / 2 - 1px) auto;
    inset-inline: 0;
    border-inline-start: 0;
    border-block-start: 2px solid var(--cop-timeline-line-color);
  }
  .groups[data-layout='horizontal'] > .group::after {
    inset-block-start: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }

  @media (forced-colors: active) {
    .group::after {
      background: CanvasText;
    }
  }

  @media print {
    .filters {
      display: none !important;
    }
    .outcomes[hidden] {
      display: block !important;
    }
    button.toggle {
      display: flex !important;
    }
    .toggle::after {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
  }
`;

export const timelineStyles = [layoutStyles, skipOffscreen];
