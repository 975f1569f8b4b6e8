/**
 * A table as CSV (RFC 4180): UTF-8 with a byte-order mark (so that spreadsheets read it as
 * UTF-8), CRLF line ends, and any text a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) prefixed with `'` (OWASP's CSV injection advice).
 */
import type { Cell, Table } from './table.js';

const FORMULA = /^[=+\-@\t\r]/;

/** A cell as CSV text: formula-safe, quoted when it holds a comma, a quote or a line break. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
