/**
 * CSV for spreadsheet programs (RFC 4180), as every download the elements offer writes it: UTF-8
 * with a byte-order mark so Excel reads Arabic and Chinese, CRLF line ends, and cells that could
 * be read as formulas (`=`, `+`, `-`, `@`, tab, CR at the start: feed text is untrusted) defused
 * with a leading `'`.
 */

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (with BOM) of a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
