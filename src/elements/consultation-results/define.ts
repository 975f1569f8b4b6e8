import { CopConsultationResults } from './consultation-results.js';

CopConsultationResults.define('cop-consultation-results');

declare global {
  interface HTMLElementTagNameMap {
    'cop-consultation-results': CopConsultationResults;
  }
}

export { CopConsultationResults };
