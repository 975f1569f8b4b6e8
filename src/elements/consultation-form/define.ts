import { CopConsultationForm } from './consultation-form.js';
import { warmFonts } from '../../i18n/warm-formatters.js';

CopConsultationForm.define('cop-consultation-form');
// The language switcher names each language in itself: their fonts, loaded ahead.
warmFonts();

declare global {
  interface HTMLElementTagNameMap {
    'cop-consultation-form': CopConsultationForm;
  }
}

export { CopConsultationForm };
