// Reads a target language's XLIFF (locales/<tag>.xlf): which strings are translated, and what
// is wrong with the others. Used by scripts/check-translations.mjs and scripts/add-language.mjs.
const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const placeholders = (s) =>
  [...s.matchAll(/<x id="([^"]+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * French typography (Imprimerie nationale, as the UN's French texts follow): a no-break space
 * before a colon and inside « », a narrow no-break space before ; ! and ?. An ordinary space
 * there lets a line break leave the mark alone at the start of the next line.
 */
const frenchSpacing = (target) =>
  / [:;!?»]/.test(target) || /« /.test(target)
    ? 'an ordinary space before : ; ! ? » or after « (use U+00A0 before : and inside « », U+202F before ; ! ?)'
    : '';

/**
 * Audits `xliff`, the file of `locale`: `units` strings in all, `translated` of them translated
 * (a target, not empty, not the English copied unless `allowed` lists it, same placeholders);
 * `untranslated` and `wrong` list the others as "<locale> "<id>" (<English>): <why>".
 */
export function auditXliff(xliff, locale, allowed = new Set()) {
  const audit = { units: 0, translated: 0, untranslated: [], wrong: [] };
  for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    const where = `${locale} "${id}" (${decode(source).slice(0, 60)})`;
    audit.units += 1;
    if (target === undefined) audit.untranslated.push(`${where}: no translation`);
    else if (target.trim() === '') audit.untranslated.push(`${where}: empty translation`);
    else if (target === source && !allowed.has(decode(source))) {
      audit.untranslated.push(
        `${where}: the English is copied unchanged (translate it, or allow-list it in identical.json)`,
      );
    } else if (placeholders(target) !== placeholders(source)) {
      audit.wrong.push(`${where}: the translation's placeholders differ from the English`);
    } else if (locale.split('-')[0] === 'fr' && frenchSpacing(target)) {
      audit.wrong.push(`${where}: ${frenchSpacing(target)}`);
    } else audit.translated += 1;
  }
  return audit;
}
