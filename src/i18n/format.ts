/**
 * Cached `Intl` formatters, one per language and option set (creating them is costly, and
 * elements format in render). Everything formats in the language being rendered
 * ({@link renderingLanguage}) unless a language is passed explicitly. Feed dates
 * (`YYYY-MM-DD`) are calendar dates: they are read and shown in UTC, so that no time zone moves
 * them by a day, and always in the Gregorian calendar.
 */
import { LANGUAGE_TABLE } from './languages.js';
import { renderingLanguage } from './msg.js';

/** Every formatter made so far, by kind, locale and options: 6 languages × a few option sets. */
const formatters = new Map<string, unknown>();

/** The cached `new Ctor(locale, options)`, made on first use (a constructor that throws caches nothing). */
function cached<O extends object, T>(
  Ctor: new (locale: string, options: O) => T,
  locale: string,
  options: NoInfer<O>,
): T {
  const key = `${Ctor.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = new Ctor(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * `value` as a number in the language being rendered ("1 234" in French), in the digits the
 * engine's locale data make the default for the language (for `ar`: Latin in Chromium 156,
 * Arabic-Indic "١٬٢٣٤" in some other engines).
 */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(Intl.NumberFormat, renderingLanguage(), options).format(value);
}

/** Length of a date written in a feed, the `dateStyle` of {@link formatDate}. */
export type DateStyle = 'long' | 'medium' | 'short';

/** The instant a feed date `YYYY-MM-DD` starts in UTC, or `undefined` if it is no such date. */
function parseDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 2015-02-30 would roll over to March: not a date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

function dateFormat(style: DateStyle): Intl.DateTimeFormat {
  return cached(Intl.DateTimeFormat, renderingLanguage(), {
    dateStyle: style,
    calendar: 'gregory',
    timeZone: 'UTC',
  });
}

/**
 * A feed date `YYYY-MM-DD` in the language being rendered ("January 23, 2015", "23 janvier
 * 2015", "2015年1月23日", in the language's default digits), the same calendar day in every
 * time zone. Returns `isoDate` itself when it is not a valid date.
 */
export function formatDate(isoDate: string, style: DateStyle = 'long'): string {
  const date = parseDate(isoDate);
  return date ? dateFormat(style).format(date) : isoDate;
}

/**
 * The period between two feed dates `YYYY-MM-DD` (inclusive), written as the language writes
 * ranges ("October 10, 2016 – February 2, 2017", "10–12 mai 2016"); a single date when both are
 * the same day. When either is not a valid date, returns the inputs joined by an en dash.
 */
export function formatDateRange(startIso: string, endIso: string): string {
  const start = parseDate(startIso);
  const end = parseDate(endIso);
  if (!start || !end) return `${startIso} – ${endIso}`;
  const format = dateFormat('long');
  if (start.getTime() === end.getTime()) return format.format(start);
  if (renderingLanguage() === 'zh') {
    // V8 writes Chinese ranges all in digits ("2016/10/10 – 2017/2/2"), unlike the dates
    // themselves: use CLDR's Chinese intervals ("2016年5月10日至12日", "…至11月12日", "…至2017年2月2日").
    const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
    const day = `${end.getUTCDate()}日`;
    const tail = !sameYear
      ? format.format(end)
      : start.getUTCMonth() === end.getUTCMonth()
        ? day
        : `${end.getUTCMonth() + 1}月${day}`;
    return `${format.format(start)}至${tail}`;
  }
  return format.formatRange(start, end);
}

/**
 * An instant (ISO 8601 with a zone, e.g. a consultation's closing `2027-06-30T23:59:59Z`) as a
 * date and a short time, Gregorian, in `timeZone` (IANA name, e.g. `UTC`, `Europe/Zurich`) or
 * the browser's when omitted or unknown. Returns `iso` itself when it is not a valid instant.
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', calendar: 'gregory' };
  let format: Intl.DateTimeFormat;
  try {
    format = cached(Intl.DateTimeFormat, renderingLanguage(), { ...options, timeZone });
  } catch {
    format = cached(Intl.DateTimeFormat, renderingLanguage(), options);
  }
  return format.format(instant);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size in bytes, in decimal (1000-based) units with at most one decimal, as the
 * language abbreviates them: "1.2 MB", "1,2 Mo" (French), "1,2 МБ" (Russian), "1.2 م.ب"
 * (Arabic). Under 1 kB the unit is spelled out ("999 bytes", "999 octets", "999 байт", "999字节"),
 * since CLDR's short English form is "999 byte".
 */
export function formatFileSize(bytes: number): string {
  let index = 0;
  let value = bytes;
  // Move up while the rounded value would reach 1000 (999 950 bytes is "1 MB", not "1000 kB").
  while (index < SIZE_UNITS.length - 1 && Math.round(Math.abs(value) * 10) / 10 >= 1000) {
    index += 1;
    value /= 1000;
  }
  return cached(Intl.NumberFormat, renderingLanguage(), {
    style: 'unit',
    unit: SIZE_UNITS[index],
    unitDisplay: index === 0 ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * `items` joined as the language writes lists: "a, b, and c", "a, b et c", "a、b和c";
 * `disjunction` for "a, b, or c", `unit` for measures ("a, b, c").
 */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached(Intl.ListFormat, renderingLanguage(), { type, style: 'long' }).format(items);
}

/** `of(code)` of cached display names, or `code` itself when unknown, invalid, or `locale` is invalid. */
function displayName(locale: string, type: Intl.DisplayNamesType, code: string): string {
  try {
    // Region codes are upper case: Intl does not find "eg".
    const name = cached(Intl.DisplayNames, locale, { type, fallback: 'none' }).of(
      type === 'region' ? code.toUpperCase() : code,
    );
    return name ?? code;
  } catch {
    return code;
  }
}

/**
 * The name of the country or area with ISO 3166 code `code` in the language being rendered
 * ("EG" → "Egypt", "Égypte", "Египет", "埃及"). Returns `code` itself when unknown or invalid.
 */
export function countryName(code: string): string {
  return displayName(renderingLanguage(), 'region', code);
}

/**
 * The name of the language with BCP 47 tag `tag`, in the language being rendered or in
 * `inLanguage` when given (`languageName('fr')` → "French" in English;
 * `languageName('fr', 'fr')` → "français"). Returns `tag` itself when it or `inLanguage` is
 * invalid, or the language is unknown.
 */
export function languageName(tag: string, inLanguage?: string): string {
  return displayName(inLanguage ?? renderingLanguage(), 'language', tag);
}

/**
 * The names of the library's languages in themselves (src/i18n/languages.ts, CLDR's values, as
 * `autonym` derives them): a language switch or a document's file list then loads no locale data
 * of the other languages (1–5 ms in Chromium for the first display names in each).
 */
const AUTONYMS: ReadonlyMap<string, string> = new Map(
  LANGUAGE_TABLE.map((entry) => [entry.tag, entry.autonym]),
);

/**
 * The name of the language `tag` in that language, as a label starts: "Français", "Español",
 * "Русский", "العربية", "中文" (scripts without case unchanged). Returns `tag` when unknown.
 */
export function autonym(tag: string): string {
  const known = AUTONYMS.get(tag);
  if (known !== undefined) return known;
  const name = languageName(tag, tag);
  // Unknown or invalid: returned as is (and an invalid tag would make toLocaleUpperCase throw).
  if (name === tag) return name;
  const first = String.fromCodePoint(name.codePointAt(0)!);
  return first.toLocaleUpperCase(tag) + name.slice(first.length);
}

/**
 * The cached collator of the language being rendered, for sorting what is shown: accents and
 * case are ignored in equality but still order ties, digits compare as numbers ("2" < "10"),
 * Chinese sorts by pinyin.
 */
export function collator(): Intl.Collator {
  const language = renderingLanguage();
  // Looked up by language alone: sorts call this once per comparison (through compareText), and
  // the general cache would build its key (JSON of the options) each time.
  let found = collators.get(language);
  if (!found) {
    found = cached(Intl.Collator, language === 'zh' ? 'zh-u-co-pinyin' : language, {
      sensitivity: 'base',
      numeric: true,
    });
    collators.set(language, found);
  }
  return found;
}
const collators = new Map<string, Intl.Collator>();

/** Compares two texts for sorting in the language being rendered (see {@link collator}). */
export function compareText(a: string, b: string): number {
  return collator().compare(a, b);
}

const SECOND = 1000;
const DAY = 86_400 * SECOND;
const YEAR = 365.2425 * DAY;

/** Units of {@link formatRelativeTime}, each used while the rounded distance stays under its limit. */
const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['second', SECOND, 60 * SECOND],
  ['minute', 60 * SECOND, 3600 * SECOND],
  ['hour', 3600 * SECOND, DAY],
  ['day', DAY, 7 * DAY],
  ['week', 7 * DAY, 30 * DAY],
  ['month', YEAR / 12, YEAR],
  ['year', YEAR, Infinity],
];

/**
 * How far `target` is from `now` (default: the present), in the largest fitting unit, as the
 * language says it: "in 3 days", "dans 3 jours", "через 3 дня", "tomorrow", "2 months ago".
 * A string is read as ISO 8601 (a date alone as UTC midnight). Returns the input itself (an
 * empty string for an invalid `Date`) when it is not a valid date.
 */
export function formatRelativeTime(target: Date | string, now: Date = new Date()): string {
  const time = typeof target === 'string' ? Date.parse(target) : target.getTime();
  if (Number.isNaN(time) || Number.isNaN(now.getTime())) return typeof target === 'string' ? target : '';
  const distance = time - now.getTime();
  // The last limit is Infinity, so some unit always fits.
  const [unit, size] = RELATIVE_UNITS.find(
    ([, size, limit]) => Math.round(Math.abs(distance) / size) * size < limit,
  )!;
  const format = cached(Intl.RelativeTimeFormat, renderingLanguage(), { numeric: 'auto' });
  // `|| 0` turns -0 (a moment ago, rounded) into 0, which reads "now".
  return format.format(Math.round(distance / size) || 0, unit);
}
