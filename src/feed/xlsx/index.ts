/**
 * The feed in a spreadsheet (`cop-widgets feed to-xlsx` / `from-xlsx`): a feed as an .xlsx
 * workbook, one sheet per list and one column per field and language, and back, validated, every
 * problem at its cell. Only the command uses this module (with exceljs); the elements never load it.
 */
import ExcelJS from 'exceljs';
import { type FromWorkbook, type FromWorkbookOptions, workbookToFeed } from './read.js';
import { type ToWorkbookOptions, feedToWorkbook } from './write.js';

export {
  type FromWorkbook,
  type FromWorkbookOptions,
  type Problem,
  translationLanguageOf,
  workbookToFeed,
} from './read.js';
export { type ToWorkbookOptions, feedToWorkbook } from './write.js';
export { layoutOf } from './layout.js';

/** Writes the feed's workbook to `path` (see {@link feedToWorkbook}). */
export async function writeXlsx(feed: unknown, path: string, options: ToWorkbookOptions = {}): Promise<void> {
  const workbook = await feedToWorkbook(feed, options);
  await workbook.xlsx.writeFile(path);
}

/** Reads the workbook at `path` (see {@link workbookToFeed}); a file that is no workbook throws. */
export async function readXlsx(path: string, options: FromWorkbookOptions = {}): Promise<FromWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbookToFeed(workbook, options);
}
