/**
 * Search folding shared by every element, so a query finds the same items everywhere.
 *
 * Text and query are both folded to one comparable form:
 * - compatibility decomposition (NFKD): full-width Latin and digits become ASCII
 *   ("ＣＯＰ２０１８" → "cop2018"), ligatures split, and accented letters become base letter + mark;
 * - lower case, then every combining mark removed: French and Spanish accents ("élève" → "eleve",
 *   "niño" → "nino"), Russian ё → е, and Arabic tashkeel (harakat, shadda, sukun, dagger alef);
 *   the hamza forms أ إ آ ؤ ئ decompose to ا ا ا و ي + a mark, so they fold to their bare letter;
 * - Russian й is kept distinct from и ("май" is not "маи"): it is recomposed before marks go;
 * - Arabic: tatweel removed, ٱ → ا, ة → ه, ى (and Persian ی) → ي, Arabic-Indic and Persian digits → 0-9;
 * - French œ/æ spelled out, typographic apostrophes → "'", whitespace collapsed and trimmed.
 *
 * Chinese is matched by substring: no word splitting, and CJK ideographs pass through unchanged.
 */

const MARKS = /\p{M}+/gu;
const SHORT_I = /\u0438\u0306/g; // и + combining breve, the decomposition of й
/**
 * Whitespace to collapse to one space: a run of two or more, or any single whitespace that is
 * not a space. Same result as `/\s+/g`, without replacing every lone space by itself (which made
 * folding a 10k-document index three times slower).
 */
const WHITESPACE = /[^\S ]\s*|\s{2,}/g;
const SPECIAL = /[\u0640\u0671\u0629\u0649\u06cc\u0153\u00e6\u2018\u2019\u02bc]/g;
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u0640': '', // tatweel (kashida)
  '\u0671': '\u0627', // alef wasla → alef
  '\u0629': '\u0647', // taa marbuta → haa
  '\u0649': '\u064a', // alef maqsura → yaa
  '\u06cc': '\u064a', // Persian yeh → Arabic yaa
  '\u0153': 'oe',
  '\u00e6': 'ae',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
};

/** The ASCII digit of an Arabic-Indic (U+0660…) or Persian (U+06F0…) digit: both blocks start at 0. */
const toAsciiDigit = (digit: string): string => String((digit.codePointAt(0) ?? 0) & 0xf);

/**
 * The search form of `text`: lower case, without diacritics or Arabic tashkeel, with the letter
 * variants above unified, digits in ASCII, whitespace runs collapsed to one space, and trimmed.
 * Folding is idempotent: `foldForSearch(foldForSearch(t)) === foldForSearch(t)`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(SHORT_I, '\u0439')
    .replace(MARKS, '')
    .replace(SPECIAL, (char) => REPLACEMENTS[char] ?? char)
    .replace(DIGITS, toAsciiDigit)
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The folded, whitespace-separated terms of `query`; none for an empty or blank query. */
export function queryTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether an already folded text holds every term (from {@link queryTerms}), in any order. */
export function hasAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}

/**
 * The folded text to search in: several fields are joined by a space, so each term must lie
 * within one field (terms hold no space), while different terms may match different fields.
 */
function foldHaystack(haystack: string | readonly string[]): string {
  return foldForSearch(typeof haystack === 'string' ? haystack : haystack.join(' '));
}

/**
 * A predicate that tells whether a haystack (one text or several fields) matches `query`.
 * The query is folded once, so filtering many items per keystroke folds only the items.
 */
export function createMatcher(query: string): (haystack: string | readonly string[]) => boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return () => true;
  return (haystack) => hasAllTerms(foldHaystack(haystack), terms);
}

/**
 * Whether every whitespace-separated term of `query` is, once folded, a substring of the folded
 * `haystack`, in any order. An empty or blank query matches everything.
 */
export function matchesQuery(haystack: string | readonly string[], query: string): boolean {
  return createMatcher(query)(haystack);
}
