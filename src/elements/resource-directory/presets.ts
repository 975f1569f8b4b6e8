/** The resource directory's preset attributes, read into the selection its model narrows by. */
import type { Presets, Selection } from './facets.js';

/** The preset attributes, each a facet. */
export const PRESETS = ['scope', 'region', 'country', 'kind', 'topic'] as const;

/** The element's preset attributes (and its `query`), as they are set. */
export type PresetAttributes = Partial<Record<(typeof PRESETS)[number] | 'query', string>>;

/** The words of a preset attribute: values separated by spaces or commas. */
function words(value: string | undefined): string[] | undefined {
  const list = value?.split(/[\s,]+/).filter((word) => word !== '');
  return list === undefined || list.length === 0 ? undefined : list;
}

/** Whether any preset attribute (not counting `query`) holds a value. */
export const hasPresets = (element: PresetAttributes): boolean =>
  PRESETS.some((name) => words(element[name]));

/** The presets the attributes ask for (country codes in capitals). */
export function presetsOf(element: PresetAttributes): Presets {
  const selection: Selection = {};
  for (const name of PRESETS) {
    const values = words(element[name]);
    if (values) selection[name] = name === 'country' ? values.map((code) => code.toUpperCase()) : values;
  }
  return { selection, query: element.query ?? '' };
}
