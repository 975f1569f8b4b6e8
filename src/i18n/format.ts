/**
 * Cached `Intl` formatters, one per language and option set (creating them is costly, and
 * elements format in render).
 */
import { renderingLanguage } from './msg.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` as a number in the language being rendered ("1 234" in French, "١٬٢٣٤" in Arabic). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const language = renderingLanguage();
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
