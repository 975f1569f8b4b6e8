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

const MARK = /^\p{M}$/u;

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

/** What folding does with a character (decomposed, lower case): kept, dropped, a space, replaced. */
const KEEP = 1;
const DROP = 2;
const SPACE = 3;
const REPLACE = 4;

/** The kind of each UTF-16 code unit from U+0080, found on first sight (0: not yet). */
const kinds = new Uint8Array(0x10000);

/** What replaces each code unit of kind REPLACE. */
const replaced = new Map<number, string>();

function kindOf(char: string): number {
  // Arabic-Indic (U+0660…) and Persian (U+06F0…) digits: both blocks start at 0.
  const replacement = /[\u0660-\u0669\u06f0-\u06f9]/.test(char)
    ? String(char.charCodeAt(0) & 15)
    : REPLACEMENTS[char];
  if (MARK.test(char) || replacement === '') return DROP;
  if (/\s/.test(char)) return SPACE;
  if (replacement === undefined) return KEEP;
  replaced.set(char.charCodeAt(0), replacement);
  return REPLACE;
}

/**
 * The search form of `text`: lower case, without diacritics or Arabic tashkeel, with the letter
 * variants above unified, digits in ASCII, whitespace runs collapsed to one space, and trimmed.
 * Folding is idempotent: `foldForSearch(foldForSearch(t)) === foldForSearch(t)`.
 *
 * One pass over the decomposed, lower-cased text (a feed's search text is made for every document
 * of every language): runs of characters kept as they are go out as slices, and an ASCII text
 * with single spaces goes out as it is. The same result as the replacements one after another
 * (й recomposed, marks removed, the letters above replaced, whitespace collapsed, trimmed), which
 * tests/search-fold.test.ts checks against them.
 */
export function foldForSearch(text: string): string {
  const lower = text.normalize('NFKD').toLowerCase();
  const { length } = lower;
  let out = '';
  /** Where the run of characters kept as they are starts. */
  let from = 0;
  /** Whether the last character out is a space, or nothing is out yet: no space to add then. */
  let spaced = true;
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    let kind: number;
    if (code < 0x80) {
      if (code > 32 || code < 9 || (code > 13 && code < 32)) {
        spaced = false;
        continue;
      }
      if (code === 32 && !spaced) {
        spaced = true;
        continue;
      }
      kind = SPACE;
    } else if (code === 0x438 && lower.charCodeAt(i + 1) === 0x306) {
      // и + combining breve, the decomposition of й: recomposed (май is not маи).
      out += lower.slice(from, i) + '\u0439';
      from = ++i + 1;
      spaced = false;
      continue;
    } else if ((code & 0xfc00) === 0xd800 && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character beyond the BMP: a mark is dropped, anything else kept.
      if (!MARK.test(lower.slice(i, i + 2))) {
        i++;
        spaced = false;
        continue;
      }
      out += lower.slice(from, i);
      from = ++i + 1;
      continue;
    } else {
      kind = kinds[code] || (kinds[code] = kindOf(lower[i]!));
      if (kind === KEEP) {
        spaced = false;
        continue;
      }
    }
    out += lower.slice(from, i);
    from = i + 1;
    if (kind === SPACE) {
      if (!spaced) out += ' ';
      spaced = true;
    } else if (kind === REPLACE) {
      out += replaced.get(code)!;
      spaced = false;
    }
  }
  out = from === 0 ? lower : out + lower.slice(from);
  return spaced && out.endsWith(' ') ? out.slice(0, -1) : out;
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
