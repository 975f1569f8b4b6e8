// The results of CONTRACT §6 from a receiver's stored responses (GET /results/<id>, the
// `results` command, `results --into`, sample answers), the same cases on each database.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FEED, body, post, runCli, startReceiver } from './receiver.mjs';

const DEMO_FEED = new URL('../../../feeds/cwg-cop.json', import.meta.url);
const SECRET = 'SECRET-ANSWER-7f3a';
const SAFETY = [2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5];

/** 24 responses to the fixture's open-survey whose counts are known (see EXPECTED). */
export function knownResponses() {
  return Array.from({ length: 24 }, (_, i) => {
    const answers = { age: i < 15 ? '13-15' : '16-18', ok: true };
    const worries = [
      ...(i < 12 ? ['bullying'] : []),
      ...(i >= 8 && i <= 16 ? ['scams'] : []),
      ...(i >= 17 && i <= 19 ? ['privacy'] : []),
    ];
    if (worries.length > 0) answers.worries = worries;
    if (i === 17 || i === 18) answers.other = SECRET;
    if (i < 6) answers.story = `${SECRET} ${i} أريد أن يكون الإنترنت آمنًا`;
    if (i < SAFETY.length) answers.safety = SAFETY[i];
    const locale = i < 12 ? 'en' : i < 19 ? (i % 2 ? 'fr' : 'fr-CA') : i < 22 ? 'ar' : 'zh';
    return body(answers, { locale });
  });
}

/** The published entry of knownResponses() with minimumCount 5, but for `updated`. */
export const EXPECTED = {
  consultation: 'open-survey',
  minimumCount: 5,
  responses: 24,
  // ar 3 and zh 2 hidden: two hidden cells adding up to 5 say nothing of each.
  byLanguage: { ar: null, en: 12, fr: 7, zh: null },
  byAgeBand: { '13-15': 15, '16-18': 9 },
  questions: [
    { question: 'age', answered: 24, counts: { '13-15': 15, '16-18': 9 } },
    // privacy 3 hidden; a hidden cell alone, so the first visible one (bullying, 12) is hidden too.
    { question: 'worries', answered: 20, counts: { bullying: null, scams: 9, privacy: null } },
    { question: 'other', answered: null },
    { question: 'story', answered: 6 },
    { question: 'safety', answered: 18, counts: { 1: null, 2: null, 3: 5, 4: 6, 5: 5 } },
    { question: 'school', answered: null, counts: { yes: null, no: null } },
  ],
};

/** `entry` without what depends on when the tests run (`updated`, `byWeek`). */
const withoutTime = (entry) => {
  assert.ok(!Number.isNaN(Date.parse(entry.updated)), 'updated is a date-time');
  const rest = { ...entry };
  delete rest.updated;
  delete rest.byWeek;
  return rest;
};

/** The cases, on fresh databases of `database(name)`; files go to `temp`. */
export function resultsCases(database, temp) {
  describe('results (CONTRACT §6)', () => {
    it('GET /results/<id>: the counts of known responses, suppressed, no free text; 404, CORS, cached 60 s; the `results` command prints the same', async () => {
      const db = await database('results');
      const receiver = await startReceiver(['--feed', FEED, '--rate', '100000', ...db]);
      const sent = knownResponses();
      try {
        for (const [i, value] of sent.entries()) {
          // A Cop-Sample header on a receiver started without --accept-samples: an ordinary response.
          const headers = i === 23 ? { 'Cop-Sample': '2020-01-06T10:00:00Z' } : {};
          const result = await post(receiver.url, value, { headers });
          assert.equal(result.status, 201, JSON.stringify(result.json));
        }
        const answer = await fetch(`${receiver.url}/results/open-survey`, {
          headers: { Origin: 'https://partner.example' },
        });
        assert.equal(answer.status, 200);
        assert.match(answer.headers.get('content-type'), /^application\/json/);
        assert.equal(answer.headers.get('cache-control'), 'public, max-age=60');
        assert.equal(answer.headers.get('access-control-allow-origin'), '*');
        const text = await answer.text();
        assert.ok(!text.includes(SECRET), 'no free text in the results');
        const entry = JSON.parse(text);
        assert.deepEqual(withoutTime(entry), EXPECTED);
        const week = /^(\d{4})-W(\d\d)$/.exec(entry.byWeek[0].week);
        assert.ok(week, entry.byWeek[0].week);
        assert.deepEqual(entry.byWeek, [{ week: entry.byWeek[0].week, responses: 24 }]);
        const unknown = await fetch(`${receiver.url}/results/no-such-consultation`);
        assert.equal(unknown.status, 404);
        assert.equal(typeof (await unknown.json()).error, 'string');
        const empty = await fetch(`${receiver.url}/results/closed-survey`).then((r) => r.json());
        assert.deepEqual(withoutTime(empty), {
          consultation: 'closed-survey',
          minimumCount: 5,
          responses: null,
          questions: [],
        });
      } finally {
        await receiver.stop();
      }
      const printed = await runCli(['results', '--consultation', 'open-survey', ...db]);
      assert.equal(printed.code, 0, printed.stderr);
      assert.ok(!printed.stdout.includes(SECRET));
      assert.deepEqual(withoutTime(JSON.parse(printed.stdout)), EXPECTED);
      const seven = JSON.parse(
        (await runCli(['results', '--consultation', 'open-survey', '--minimum-count', '7', ...db])).stdout,
      );
      assert.equal(seven.minimumCount, 7);
      // fr 7 is still shown; safety: 3 (5), 5 (5) below 7 too, so 1, 2, 3 and 5 are hidden.
      assert.deepEqual(seven.byLanguage, { ar: null, en: 12, fr: 7, zh: null });
      assert.deepEqual(seven.questions[4].counts, { 1: null, 2: null, 3: null, 4: null, 5: null });
      for (const bad of ['4', '0', 'five', '5.5']) {
        const refused = await runCli([
          'results',
          '--consultation',
          'open-survey',
          '--minimum-count',
          bad,
          ...db,
        ]);
        assert.equal(refused.code, 2, bad);
        assert.match(refused.stderr, /at least 5/);
      }
      const unknown = await runCli(['results', '--consultation', 'never-loaded', ...db]);
      assert.equal(unknown.code, 2);
    });

    it('sample answers: marked only by a receiver started with --accept-samples (dated, not rate-limited), counted by its GET /results and by `results --include-samples`, removed by `delete --samples`', async () => {
      const db = await database('samples');
      const receiver = await startReceiver(['--feed', FEED, '--rate', '3', '--accept-samples', ...db]);
      const sample = (date) => ({ headers: { 'Cop-Sample': date } });
      try {
        for (let i = 0; i < 6; i += 1)
          assert.equal((await post(receiver.url, body(), sample('2026-09-29T10:00:00Z'))).status, 201);
        for (let i = 0; i < 5; i += 1)
          assert.equal((await post(receiver.url, body(), sample('2026-10-14T10:00:00.000Z'))).status, 201);
        // Past the rate (3 a minute) with samples; ordinary responses are still limited.
        const statuses = [];
        for (let i = 0; i < 4; i += 1) statuses.push((await post(receiver.url, body())).status);
        assert.deepEqual(statuses, [201, 201, 201, 429]);
        const entry = await fetch(`${receiver.url}/results/open-survey`).then((r) => r.json());
        assert.equal(entry.responses, 14);
        const weeks = entry.byWeek.map((w) => w.week);
        assert.equal(weeks[0], '2026-W40');
        assert.equal(weeks[2], '2026-W42');
        assert.equal(entry.byWeek.length, weeks.indexOf(weeks.at(-1)) + 1);
        assert.deepEqual(
          weeks.slice(0, 4),
          ['2026-W40', '2026-W41', '2026-W42', '2026-W43'],
          'every week, the empty ones too',
        );
      } finally {
        await receiver.stop();
      }
      const count = async (...args) =>
        JSON.parse((await runCli(['results', '--consultation', 'open-survey', ...args, ...db])).stdout)
          .responses;
      assert.equal(await count(), null, 'without samples: 3 responses, fewer than 5');
      assert.equal(await count('--include-samples'), 14);
      const exported = async (...args) =>
        JSON.parse(
          (await runCli(['export', '--consultation', 'open-survey', '--format', 'json', ...args, ...db]))
            .stdout,
        );
      const ordinary = await exported();
      assert.equal(ordinary.length, 3, 'export leaves the samples out');
      assert.ok(ordinary.every((row) => !('sample' in row)));
      const all = await exported('--include-samples');
      assert.equal(all.length, 14, 'export --include-samples has them');
      assert.deepEqual(
        all.map((row) => row.sample).sort(),
        [...Array(3).fill(0), ...Array(11).fill(1)],
        'marked in a sample column',
      );
      const removed = await runCli(['delete', '--samples', ...db]);
      assert.equal(removed.code, 0, removed.stderr);
      assert.match(removed.stdout, /"deleted":11/);
      assert.equal(await count('--include-samples'), null);
      const export_ = JSON.parse(
        (await runCli(['export', '--consultation', 'open-survey', '--format', 'json', ...db])).stdout,
      );
      assert.equal(export_.length, 3, 'the three ordinary responses stay');
    });

    it('results --into: writes or replaces the entry in a copy of feeds/cwg-cop.json, keeps the rest, then validates it', async () => {
      const db = await database('into');
      const original = JSON.parse(readFileSync(DEMO_FEED, 'utf8'));
      const id = 'youth-reach-more-young-people';
      // The copy stays open whatever the date the tests run on.
      const copy = structuredClone(original);
      copy.consultations.find((c) => c.id === id).closes = '2099-01-01T00:00:00Z';
      const file = join(temp, 'feed.json');
      writeFileSync(file, `${JSON.stringify(copy, null, 2)}\n`);
      const receiver = await startReceiver(['--feed', file, '--rate', '100000', ...db]);
      try {
        for (let i = 0; i < 7; i += 1) {
          const answers = { age: i < 5 ? '13-15' : '16-18', consent: true, 'next-topic': SECRET };
          const value = body(answers, { consultation: id, locale: i % 2 ? 'ar' : 'es' });
          const result = await post(receiver.url, value, { path: '/api/responses' });
          assert.equal(result.status, 201, JSON.stringify(result.json));
        }
      } finally {
        await receiver.stop();
      }
      const into = async () => {
        const run = await runCli(['results', '--consultation', id, '--into', file, ...db]);
        assert.equal(run.code, 0, run.stdout + run.stderr);
        assert.match(run.stdout, /: 0 issues.*kept .*\d results?\.$/m);
        return readFileSync(file, 'utf8');
      };
      await into();
      const text = await into();
      assert.ok(!text.includes(SECRET), 'no free text written');
      const written = JSON.parse(text);
      assert.equal(text, `${JSON.stringify(written, null, 2)}\n`, 'two-space JSON');
      assert.equal(written.results.length, 1, 'replaced, not added twice');
      const { results, ...rest } = written;
      assert.deepEqual(rest, copy, 'the rest of the feed unchanged');
      assert.equal(results[0].consultation, id);
      assert.equal(results[0].responses, 7);
      assert.deepEqual(results[0].byAgeBand, { '9-12': null, '13-15': 5, '16-18': null });
      assert.deepEqual(
        results[0].questions.map((q) => q.question),
        [
          'age',
          'heard',
          'heard-other',
          'adult-help',
          'channels',
          'interest',
          'length',
          'next-topic',
          'more-answers',
        ],
      );
      assert.equal(results[0].questions.find((q) => q.question === 'next-topic').answered, 7);
      // Another consultation's entry is kept when one is written.
      const other = { ...results[0], consultation: 'youth-digital-skills-2017', questions: [] };
      writeFileSync(file, `${JSON.stringify({ ...written, results: [other, results[0]] }, null, 2)}\n`);
      const both = JSON.parse(await into()).results;
      assert.deepEqual(
        both.map((r) => r.consultation),
        ['youth-digital-skills-2017', id],
      );
      // A file that is not a feed: nothing written, exit 2.
      const broken = join(temp, 'broken.json');
      writeFileSync(broken, '{ not json');
      const refused = await runCli(['results', '--consultation', id, '--into', broken, ...db]);
      assert.equal(refused.code, 2);
      assert.equal(readFileSync(broken, 'utf8'), '{ not json');
    });
  });
}
