/**
 * The search box of the list elements (CONTRACT §5): an `<input type="search">` with a visible
 * label and a submit `<button>`, in a `role="search"` form.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface SearchForm {
  /** The visible label of the search box. */
  label: string;
  /** The text of the submit button. */
  button: string;
  value: string;
  onInput(event: Event): void;
  onSubmit(event: SubmitEvent): void;
}

/** The form; its parts are `search`, `search-input` and `search-button`. */
export function renderSearchForm(form: SearchForm): TemplateResult {
  // The landmark is named by the visible label ("Search documents"), not left anonymous.
  return html`<form
    part="search"
    class="search"
    role="search"
    aria-labelledby="search-label"
    @submit=${form.onSubmit}
  >
    <label id="search-label" for="search">${form.label}</label>
    <div class="search-row">
      <input
        id="search"
        part="search-input"
        type="search"
        autocomplete="off"
        .value=${live(form.value)}
        @input=${form.onInput}
      />
      <button part="search-button" type="submit">${form.button}</button>
    </div>
  </form>`;
}
