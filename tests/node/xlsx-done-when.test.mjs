// Issue 21, "done when" (the command's half; tests/xlsx-done-when.test.ts shows the elements):
// to-xlsx the CWG-COP feed, change a Russian title and add a missing Chinese summary in the
// workbook, from-xlsx --merge: the merged feed has both and nothing else changed, and
// `feed status` counts one more Chinese text.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DOCUMENT,
  RU_TITLE,
  ZH_SUMMARY,
  editThroughSpreadsheet,
  statusCell,
} from './helpers/spreadsheet-edit.mjs';

let dir;
let edit;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cop-xlsx-done-when-'));
  edit = await editThroughSpreadsheet(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('a Russian title changed and a Chinese summary added in the workbook, merged into the feed', () => {
  it('the workbook showed the old Russian title and an empty Chinese summary', () => {
    const document = edit.feed.documents.find((d) => d.id === DOCUMENT);
    assert.equal(edit.cellsBefore.ruTitle, document.title.ru);
    assert.ok([null, undefined, ''].includes(edit.cellsBefore.zhSummary), String(edit.cellsBefore.zhSummary));
  });

  it('the merged feed has the new Russian title and the Chinese summary, and no other change', () => {
    const expected = structuredClone(edit.feed);
    const document = expected.documents.find((d) => d.id === DOCUMENT);
    document.title.ru = RU_TITLE;
    document.summary.zh = ZH_SUMMARY;
    assert.deepStrictEqual(edit.merged, expected);
  });

  it('feed status counts one more Chinese text, among the documents and in all', () => {
    assert.equal(statusCell(edit.status.before, 'documents', 'zh'), '21/22 95.4%');
    assert.equal(statusCell(edit.status.after, 'documents', 'zh'), '22/22 100%');
    assert.equal(statusCell(edit.status.before, 'all', 'zh'), '216/217 99.5%');
    assert.equal(statusCell(edit.status.after, 'all', 'zh'), '217/217 100%');
    assert.equal(statusCell(edit.status.after, 'all', 'ru'), '217/217 100%');
  });
});
