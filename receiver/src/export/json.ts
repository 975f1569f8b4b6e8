/** A table as JSON: an array of objects, one per response, keyed by the column headers. */
import type { Table } from './table.js';

export function toJson(table: Table): string {
  const objects = table.rows.map((row) =>
    Object.fromEntries(table.headers.map((header, i) => [header, row[i] ?? null])),
  );
  return `${JSON.stringify(objects, null, 2)}\n`;
}
