/**
 * Where feed text stops being JSON, for its author: line, column and the line itself, from a
 * failed `JSON.parse`. V8 says "at position N" for some errors and nothing for others ("Unexpected
 * token '“', …", "Unexpected end of JSON input"); then a scan of the text finds the place. A
 * missing separator or an early end is placed where the text goes wrong (just after the last
 * value, where the comma belongs), not at the next token, which may be lines below.
 */

/** The place of a JSON syntax error. Lines and columns count from 1; a column counts characters. */
export interface JsonErrorPlace {
  line: number;
  column: number;
  /** The line (without its line break), cut to about 80 characters around the column. */
  text: string;
  /** The column within `text` (from 1), where a caret goes. */
  caret: number;
  /** The offset in the whole text. */
  at: number;
  /** `text`, then a line with a caret under the column (tabs kept, to align), for a console or a <pre>. */
  marked: string;
}

const SPACE = /[ \t\n\r]/;
const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;
const ESCAPE = /^(?:["\\/bfnrt]|u[\da-fA-F]{4})/;

/**
 * The offset of the first syntax error in `text` by JSON's grammar, or -1 if there is none. A
 * missing `,` or `:` is placed just after what precedes it.
 */
function scan(text: string): number {
  let at = 0;
  const skip = () => {
    while (SPACE.test(text[at] ?? '')) at++;
  };
  /** Reads a string at `at`; false with `at` at the error. */
  const string = (): boolean => {
    for (at++; at < text.length; at++) {
      const c = text[at]!;
      if (c === '"') return (at++, true);
      if (c < ' ' || (c === '\\' && !ESCAPE.test(text.slice(++at, at + 5)))) return false;
    }
    return false;
  };
  /** Skips the whitespace before `expected`, or stays after the value before it when it is missing. */
  const then = (expected: string): boolean => {
    const end = at;
    skip();
    if (text[at] === expected) return true;
    at = end;
    return false;
  };
  /** Reads a value at `at`; false with `at` at the error. */
  const value = (): boolean => {
    skip();
    const open = text[at];
    if (open === '"') return string();
    if (open !== '{' && open !== '[') {
      const literal = LITERAL.exec(text.slice(at, at + 400));
      if (literal) at += literal[0].length;
      return literal !== null;
    }
    const close = open === '{' ? '}' : ']';
    at++;
    skip();
    if (text[at] === close) return (at++, true);
    for (;;) {
      if (open === '{') {
        skip();
        if (text[at] !== '"' || !string() || !then(':')) return false;
        at++;
      }
      if (!value()) return false;
      if (then(close)) return (at++, true);
      if (!then(',')) return false;
      at++;
    }
  };
  try {
    if (!value()) return at;
  } catch {
    return -1; // nested too deep to scan
  }
  skip();
  return at < text.length ? at : -1;
}

/**
 * Where in `text` its `JSON.parse` failed with `error`, or `undefined` when that cannot be told
 * (the message gives no position and the text scans as JSON: not a syntax error).
 */
export function jsonErrorPlace(text: string, error: unknown): JsonErrorPlace | undefined {
  const given = /at position (\d+)/.exec(String((error as Error | undefined)?.message));
  let at = given ? Number(given[1]) : scan(text);
  if (at < 0 || at > text.length) return undefined;
  // A separator missing, or the end reached early: the place is right after the last value.
  if (
    at === text.length ||
    /Expected (?:',' |':' )|after property value|after array element/.test(String(error))
  ) {
    while (at > 0 && SPACE.test(text[at - 1]!)) at--;
  }
  const before = text.slice(0, at);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = (before.match(/\r\n?|\n/g)?.length ?? 0) + 1;
  const rest = text.slice(lineStart);
  const full = [...rest.slice(0, rest.search(/[\r\n]|$/))];
  const column = [...text.slice(lineStart, at)].length + 1;
  // Long lines (a minified feed is one line) are cut around the column.
  const from = Math.max(0, Math.min(column - 41, full.length - 80));
  const cut = full.slice(from, from + 80).join('');
  const shown = (from > 0 ? '…' : '') + cut + (from + 80 < full.length ? '…' : '');
  const caret = column - from + (from > 0 ? 1 : 0);
  const pad = [...shown].slice(0, caret - 1).map((c) => (c === '\t' ? c : ' '));
  return { line, column, text: shown, caret, at, marked: `${shown}\n${pad.join('')}^` };
}

/**
 * What went wrong, in English, for the feed's author: "line 3, column 14: …" (or "position
 * unknown: …"), without V8's own offsets, with a hint for a missing comma and a typographic quote.
 */
export function jsonErrorMessage(text: string, error: unknown, place = jsonErrorPlace(text, error)): string {
  let what = String((error as Error | undefined)?.message ?? error)
    .replace(/(?: in JSON)? at position \d+.*$/s, '')
    .replace(/, .* is not valid JSON$/s, '');
  const found = place && text[place.at];
  if (/^Expected ',' /.test(what)) what += ': is a comma missing here?';
  else if (found && '“”„‟«»‘’‚'.includes(found))
    what += `: a typographic quote ${found} cannot enclose a text; use the straight quote "`;
  return `${place ? `line ${place.line}, column ${place.column}` : 'position unknown'}: ${what}`;
}
