/**
 * A table as an `.xlsx` workbook (exceljs): one sheet named after the consultation, the header
 * row bold and frozen, right to left for an Arabic export.
 */
import ExcelJS from 'exceljs';
import type { Table } from './table.js';

/** A sheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'responses';

export async function toXlsx(table: Table, name: string, rightToLeft: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft }],
  });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
