import { CopRecommendationTimeline } from './recommendation-timeline.js';

CopRecommendationTimeline.define('cop-recommendation-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'cop-recommendation-timeline': CopRecommendationTimeline;
  }
}

export { CopRecommendationTimeline };
