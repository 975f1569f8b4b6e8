/**
 * The facets of the resource directory as a person sees them: a folding panel of checkbox groups
 * (`<fieldset><legend>`), each value with its count and disabled when it would leave nothing,
 * and the chosen values as buttons that remove them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { FACET_NAMES, type FacetName } from './facets.js';
import { facetLegend } from './labels.js';
import { renderLabel } from './resource-item.js';
import type { DirectoryView } from './view.js';

/** What the facets panel does with the person's actions. */
export interface FacetsPanel {
  /** Whether the panel is open. */
  open: boolean | undefined;
  /** The person opened or closed the panel. */
  onToggle(open: boolean): void;
  /** The person checked or unchecked a value. */
  onChoose(facet: FacetName, value: string, chosen: boolean): void;
}

/**
 * The panel of facets; nothing when no facet can narrow the resources. While the facets are not
 * counted yet (a first screen), the panel is there, busy and empty, so that nothing moves when
 * they come.
 */
export function renderFacets(view: DirectoryView, panel: FacetsPanel): TemplateResult | typeof nothing {
  if (view.counted && view.facets.length === 0) return nothing;
  const { index, filtered, selection } = view;
  return html`<details
    part="filters"
    class="filters"
    aria-busy=${view.counted ? 'false' : 'true'}
    ?open=${panel.open}
    @toggle=${(event: Event) => panel.onToggle((event.target as HTMLDetailsElement).open)}
  >
    <summary>
      ${msg('Filters', { id: 'directory.filters', desc: 'Resource directory: title of the collapsible panel of facets.' })}
    </summary>
    ${view.facets.map(({ name, positions }) => {
      const chosen = selection[name] ?? [];
      // A long facet scrolls (--cop-resource-directory-facet-max-height); when every value is
      // disabled nothing in it takes focus, so the list itself does, for keyboard scrolling.
      const usable = positions.some(
        (position) =>
          filtered.counts[name][position]! > 0 || chosen.includes(index.facets[name].values[position]!.value),
      );
      return html`<fieldset part="facet" class="facet facet-${name}">
        <legend>${facetLegend(name)}</legend>
        <ul class="options" tabindex=${ifDefined(usable ? undefined : 0)}>
          ${positions.map((position) => {
            const entry = index.facets[name].values[position]!;
            const count = filtered.counts[name][position]!;
            const checked = chosen.includes(entry.value);
            return html`<li>
              <label class="option">
                <input
                  type="checkbox"
                  name=${name}
                  value=${entry.value}
                  .checked=${live(checked)}
                  ?disabled=${count === 0 && !checked}
                  @change=${(event: Event) =>
                    panel.onChoose(name, entry.value, (event.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${renderLabel(entry.label)}</span>
                <span part="facet-count" class="facet-count">(${formatNumber(count)})</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>`;
    })}
  </details>`;
}

/**
 * The chosen values, in facet order, as buttons that remove them ("Remove filter: Europe"),
 * followed by `clearAll`; nothing when none is chosen.
 */
export function renderChips(
  view: DirectoryView,
  onRemove: (facet: FacetName, value: string, position: number) => void,
  clearAll: TemplateResult,
): TemplateResult | typeof nothing {
  const chips = FACET_NAMES.flatMap((name) =>
    (view.selection[name] ?? []).map((value) => ({
      name,
      value,
      label: view.index.facets[name].byValue.get(value)!.label,
    })),
  );
  if (chips.length === 0) return nothing;
  return html`<div class="chips">
    <ul
      part="chips"
      aria-label=${msg('Chosen filters', { id: 'directory.chips', desc: 'Resource directory: name of the list of chosen filters.' })}
    >
      ${chips.map(
        ({ name, value, label }, position) =>
          html`<li>
            <button
              part="chip"
              type="button"
              aria-label=${msg(str`Remove filter: ${label.text}`, {
                id: 'directory.chip.remove',
                desc: 'Resource directory: name of the button removing one chosen filter; the filter follows.',
              })}
              @click=${() => onRemove(name, value, position)}
            >
              ${renderLabel(label)} <span aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
    </ul>
    ${clearAll}
  </div>`;
}
