// Server command for tests/xlsx-done-when.test.ts (issue 21, "done when"): the CWG-COP feed edited
// in a spreadsheet by the `cop-widgets` command (tests/node/helpers/spreadsheet-edit.mjs: to-xlsx,
// a Russian title changed and a Chinese summary added with exceljs, from-xlsx --merge), in a
// temporary folder, done once per run:
//   xlsx-done-when     { before, after, document, ruTitle, zhSummary }: the URLs of the feed
//                      before the edit and of the merged feed, served from that folder
// When the run ends, the folder is deleted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DOCUMENT,
  RU_TITLE,
  ZH_SUMMARY,
  editThroughSpreadsheet,
} from '../../node/helpers/spreadsheet-edit.mjs';

const BEFORE = '/__xlsx-done-when/before.json';
const AFTER = '/__xlsx-done-when/after.json';

export default function xlsxDoneWhenPlugin() {
  let dir;
  let edit;
  return {
    name: 'cop-widgets-xlsx-done-when',
    async executeCommand({ command }) {
      if (command !== 'xlsx-done-when') return undefined;
      dir ??= mkdtempSync(join(tmpdir(), 'cop-xlsx-done-when-'));
      edit ??= editThroughSpreadsheet(dir);
      await edit;
      return { before: BEFORE, after: AFTER, document: DOCUMENT, ruTitle: RU_TITLE, zhSummary: ZH_SUMMARY };
    },
    async serve(context) {
      if (!edit || (context.path !== BEFORE && context.path !== AFTER)) return undefined;
      const { files } = await edit;
      return {
        body: readFileSync(context.path === BEFORE ? files.feed : files.merged, 'utf8'),
        type: 'json',
      };
    },
    serverStop() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
