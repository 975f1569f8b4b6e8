// `export`: CSV, .xlsx and JSON of what a receiver stored, read back with a CSV parser and exceljs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { FEED, body, post, runCli, startReceiver } from './receiver.mjs';

export const ARABIC = 'أريد أن يكون الإنترنت آمنًا للأطفال';
export const CHINESE = '我希望网络对儿童更安全';

/** The export test, on a fresh database of `database(name)`; files go to `temp`. */
export function exportCase(database, temp) {
  it('export (questions as the receiver recorded them, or --feed): CSV (BOM, formula-safe), .xlsx (frozen header, right to left in Arabic) and JSON, labels in --lang, --since', async () => {
    const db = await database('export');
    const receiver = await startReceiver(['--feed', FEED, ...db]);
    const first = body(
      { age: '13-15', worries: ['bullying', 'privacy'], other: 'x', story: ARABIC, ok: true, school: 'yes' },
      { locale: 'ar' },
    );
    const second = body({ age: '16-18', story: CHINESE, ok: true, safety: 4 }, { locale: 'zh' });
    let since;
    const third = body({ age: '16-18', story: '=HYPERLINK("http://x.example"), "quoted"\nline 2', ok: true });
    try {
      assert.equal((await post(receiver.url, first)).status, 201);
      assert.equal((await post(receiver.url, second)).status, 201);
      await new Promise((resolve) => setTimeout(resolve, 50));
      since = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal((await post(receiver.url, third)).status, 201);
    } finally {
      await receiver.stop();
    }
    const run = async (...args) => {
      const result = await runCli(['export', '--consultation', 'open-survey', ...args, ...db]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /"msg":"exported"/);
      return result;
    };

    const csvFile = join(temp, 'export.csv');
    await run('--format', 'csv', '--lang', 'ar', '--out', csvFile);
    const csvText = readFileSync(csvFile, 'utf8');
    assert.ok(csvText.startsWith('\uFEFF'), 'a byte-order mark');
    const records = parse(csvText, { bom: true, columns: true, relax_column_count: false });
    assert.equal(records.length, 3);
    const byReceipt = new Map(records.map((r) => [r.receipt, r]));
    const one = byReceipt.get(first.submissionId.slice(0, 8));
    assert.equal(one['أخبرنا المزيد'], ARABIC);
    assert.equal(one['ما الذي يقلقك؟: التنمر'], '1');
    assert.equal(one['ما الذي يقلقك؟: الاحتيال'], '');
    assert.equal(one['ما الذي يقلقك؟: الخصوصية'], '1');
    assert.equal(one['كم عمرك؟'], '13-15');
    assert.equal(one['At school?'], 'نعم');
    assert.equal(one['I agree'], '1');
    assert.equal(one.locale, 'ar');
    assert.equal(one.submitted_at, first.submittedAt);
    assert.equal(byReceipt.get(second.submissionId.slice(0, 8))['أخبرنا المزيد'], CHINESE);
    assert.equal(
      byReceipt.get(third.submissionId.slice(0, 8))['أخبرنا المزيد'],
      `'${third.answers.story}`,
      'a formula is prefixed with an apostrophe, quotes and line breaks kept',
    );
    assert.ok(!Object.keys(one).includes('About you'), 'no column for a section');

    const xlsxFile = join(temp, 'export.xlsx');
    await run('--format', 'xlsx', '--lang', 'ar', '--out', xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    assert.equal(workbook.worksheets.length, 1);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.views[0].state, 'frozen');
    assert.equal(sheet.views[0].ySplit, 1);
    assert.equal(sheet.views[0].rightToLeft, true);
    const headers = sheet.getRow(1).values.slice(1);
    const storyColumn = headers.indexOf('أخبرنا المزيد') + 1;
    assert.ok(storyColumn > 0, JSON.stringify(headers));
    const stories = [2, 3, 4].map((row) => sheet.getRow(row).getCell(storyColumn).value);
    assert.ok(stories.includes(ARABIC) && stories.includes(CHINESE), JSON.stringify(stories));

    const english = join(temp, 'export-en.xlsx');
    await run('--format', 'xlsx', '--lang', 'en', '--out', english);
    const ltr = new ExcelJS.Workbook();
    await ltr.xlsx.readFile(english);
    assert.equal(ltr.worksheets[0].views[0].rightToLeft, false);

    // With --feed, its questions and labels; without, those the receiver recorded (the same here).
    const json = JSON.parse((await run('--format', 'json', '--lang', 'zh', '--feed', FEED)).stdout);
    assert.equal(json.length, 3);
    assert.deepEqual(json.map((row) => row['请告诉我们更多']).slice(0, 2), [ARABIC, CHINESE]);
    assert.equal(json[0]['你担心什么？: 欺凌'], 1);

    const later = parse((await run('--format', 'csv', '--since', since)).stdout, {
      bom: true,
      columns: true,
    });
    assert.deepEqual(
      later.map((r) => r.receipt),
      [third.submissionId.slice(0, 8)],
    );
    const unknown = await runCli(['export', '--consultation', 'never-loaded', '--format', 'csv', ...db]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No consultation "never-loaded" is known/);
  });
}
