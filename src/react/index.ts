/**
 * React components for the five elements, made with `@lit/react`: `feed` and the other
 * properties are set as properties (React 18 would set them as string attributes), and the
 * `cop-*` events are props (`onCopLoad`, `onCopError`, `onCopSubmit`).
 *
 * ```jsx
 * import { CopDocumentList } from 'cop-widgets/react';
 * <CopDocumentList src="/feeds/cwg-cop.json" lang="fr" onCopLoad={(e) => console.log(e.detail.count)} />
 * ```
 *
 * Importing this module registers the five tags (like `cop-widgets/cop-widgets.js`). `react` is
 * the page's own copy (an optional peer dependency): `@lit/react` supports React 17 to 19, and
 * tests/react.test.ts runs these components in React 18.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CopConsultationForm as CopConsultationFormElement } from '../elements/consultation-form/define.js';
import type { CopSubmitDetail } from '../elements/consultation-form/consultation-form.js';
import { CopConsultationResults as CopConsultationResultsElement } from '../elements/consultation-results/define.js';
import { CopDocumentList as CopDocumentListElement } from '../elements/document-list/define.js';
import { CopRecommendationTimeline as CopRecommendationTimelineElement } from '../elements/recommendation-timeline/define.js';
import { CopResourceDirectory as CopResourceDirectoryElement } from '../elements/resource-directory/define.js';
import type { CopErrorDetail, CopLoadDetail } from '../internal/feed-controller.js';

export type { CopErrorDetail, CopLoadDetail, CopSubmitDetail };

/** The events every feed element fires, as React props. */
const feedEvents = {
  onCopLoad: 'cop-load' as EventName<CustomEvent<CopLoadDetail>>,
  onCopError: 'cop-error' as EventName<CustomEvent<CopErrorDetail>>,
};

/** `<cop-document-list>` as a React component. */
export const CopDocumentList = createComponent({
  react: React,
  tagName: 'cop-document-list',
  elementClass: CopDocumentListElement,
  events: feedEvents,
  displayName: 'CopDocumentList',
});

/** `<cop-recommendation-timeline>` as a React component. */
export const CopRecommendationTimeline = createComponent({
  react: React,
  tagName: 'cop-recommendation-timeline',
  elementClass: CopRecommendationTimelineElement,
  events: feedEvents,
  displayName: 'CopRecommendationTimeline',
});

/** `<cop-resource-directory>` as a React component. */
export const CopResourceDirectory = createComponent({
  react: React,
  tagName: 'cop-resource-directory',
  elementClass: CopResourceDirectoryElement,
  events: feedEvents,
  displayName: 'CopResourceDirectory',
});

/** `<cop-consultation-form>` as a React component; `onCopSubmit` when a response was accepted. */
export const CopConsultationForm = createComponent({
  react: React,
  tagName: 'cop-consultation-form',
  elementClass: CopConsultationFormElement,
  events: {
    ...feedEvents,
    onCopSubmit: 'cop-submit' as EventName<CustomEvent<CopSubmitDetail>>,
  },
  displayName: 'CopConsultationForm',
});

/** `<cop-consultation-results>` as a React component. */
export const CopConsultationResults = createComponent({
  react: React,
  tagName: 'cop-consultation-results',
  elementClass: CopConsultationResultsElement,
  events: feedEvents,
  displayName: 'CopConsultationResults',
});
