import { CopConsultationForm } from './consultation-form.js';

CopConsultationForm.define('cop-consultation-form');

declare global {
  interface HTMLElementTagNameMap {
    'cop-consultation-form': CopConsultationForm;
  }
}

export { CopConsultationForm };
