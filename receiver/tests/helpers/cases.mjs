// The receiver's behaviour over real HTTP (CONTRACT §4, §7), the same cases on each database:
// `database` gives the serve arguments of a fresh database, `rows` reads the responses table of
// the main receiver's database once it has stopped (PGlite allows one process at a time).
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportCase } from './export-case.mjs';
import { FEED, body, post, runCli, startReceiver } from './receiver.mjs';

const LOCALES = new URL('../../../src/generated/locales/', import.meta.url);

/** The translation of message `id` in `language`, read from the generated catalog the elements use. */
export function translation(language, id) {
  const source = readFileSync(new URL(`${language}.ts`, LOCALES), 'utf8');
  const found = new RegExp(`'${id.replace(/\./g, '\\.')}': (?:str)?\`([^\`]*)\``).exec(source);
  assert.ok(found, `${id} in ${language}.ts`);
  return found[1];
}

/** Answers in six scripts, to be stored and read back unchanged. */
export const SCRIPTS = {
  arabic: 'أريد أن يكون الإنترنت آمنًا للأطفال',
  chinese: '我希望网络对儿童更安全',
  cyrillic: 'Я хочу, чтобы интернет был безопасным',
  latin: 'Je veux un Internet sûr — ¿y tú? ñ',
  devanagari: 'मैं चाहता हूँ कि इंटरनेट सुरक्षित हो',
  emoji: 'Safe 🌍👧🏽 online 𠮷',
};

export function receiverSuite(name, { database, rows, extra = () => {} }) {
  describe(`receiver on ${name}`, () => {
    let receiver;
    let args;
    /** What the database must hold at the end: submissionId → { body, personalData }. */
    const expected = new Map();
    const created = async (value) => {
      const result = await post(receiver.url, value);
      assert.equal(result.status, 201, JSON.stringify(result.json));
      expected.set(value.submissionId, value);
      return result;
    };
    const temp = mkdtempSync(join(tmpdir(), 'cop-receiver-test-'));

    before(async () => {
      args = await database('main');
      receiver = await startReceiver(['--feed', FEED, '--rate', '100000', ...args]);
    });
    after(async () => {
      if (receiver) await receiver.stop();
      rmSync(temp, { recursive: true, force: true });
    });

    it('201 with the receipt (the first 8 characters of submissionId); /healthz answers 200', async () => {
      const value = body();
      const result = await created(value);
      assert.deepEqual(result.json, { receipt: value.submissionId.slice(0, 8) });
      const health = await fetch(`${receiver.url}/healthz`);
      assert.equal(health.status, 200);
    });

    it('200 for the same body again (keys in any order), 409 for another body, never a second row', async () => {
      const value = body({ age: '16-18', ok: true, school: 'no' });
      await created(value);
      const receipt = { receipt: value.submissionId.slice(0, 8) };
      assert.deepEqual(await post(receiver.url, value).then((r) => [r.status, r.json]), [200, receipt]);
      const reordered = Object.fromEntries(Object.entries(value).reverse());
      assert.equal((await post(receiver.url, reordered)).status, 200);
      const other = { ...value, answers: { age: '13-15', ok: true } };
      assert.deepEqual(await post(receiver.url, other).then((r) => [r.status, r.json]), [409, receipt]);
    });

    it('400 for a malformed body or an Idempotency-Key that is not the submissionId', async () => {
      const good = body();
      const cases = [
        ['[1,2]', { key: good.submissionId }],
        ['{"consultation":', { key: good.submissionId }],
        [{ ...good, submissionId: 'not-a-uuid' }, { key: 'not-a-uuid' }],
        [{ ...good, submittedAt: 'yesterday' }, {}],
        [{ ...good, locale: 42 }, {}],
        [{ ...good, answers: ['a'] }, {}],
        [{ ...good, consultation: '' }, {}],
        [{ ...good, ip: '1.2.3.4' }, {}],
        [good, { key: crypto.randomUUID() }],
        [good, { key: null }],
      ];
      for (const [value, options] of cases) {
        const result = await post(receiver.url, value, options);
        assert.equal(
          result.status,
          400,
          `${JSON.stringify(value)} → ${result.status} ${JSON.stringify(result.json)}`,
        );
        assert.equal(typeof result.json.error, 'string');
      }
    });

    it('415 for a body that is not JSON', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const result = await post(receiver.url, JSON.stringify(body()), {
          headers: { 'Content-Type': type },
        });
        assert.equal(result.status, 415, type);
      }
    });

    it('413 over 64 KiB; a body of exactly 64 KiB is read (and judged on its answers)', async () => {
      const sized = (bytes) => {
        const value = body({ age: '13-15', ok: true, padding: '' });
        const base = Buffer.byteLength(JSON.stringify(value));
        value.answers.padding = 'x'.repeat(bytes - base);
        const text = JSON.stringify(value);
        assert.equal(Buffer.byteLength(text), bytes);
        return [value, text];
      };
      const [atLimit, atLimitText] = sized(64 * 1024);
      const read = await post(receiver.url, atLimitText, { key: atLimit.submissionId });
      assert.equal(read.status, 422);
      assert.deepEqual(Object.keys(read.json.errors), ['padding']);
      const [over, overText] = sized(64 * 1024 + 1);
      assert.equal((await post(receiver.url, overText, { key: over.submissionId })).status, 413);
    });

    it('404 for an unknown consultation, or one that does not take responses at this path', async () => {
      assert.equal(
        (await post(receiver.url, body(undefined, { consultation: 'no-such-thing' }))).status,
        404,
      );
      const elsewhere = body({ q: 'hi' }, { consultation: 'elsewhere' });
      assert.equal((await post(receiver.url, elsewhere)).status, 404);
      assert.equal((await post(receiver.url, body(), { path: '/other/path' })).status, 404);
      // Its absolute endpoint's path is where it does take them.
      const result = await post(receiver.url, elsewhere, { path: '/other/path' });
      assert.equal(result.status, 201);
      expected.set(elsewhere.submissionId, elsewhere);
    });

    it('403 before `opens` and after `closes`', async () => {
      for (const consultation of ['closed-survey', 'later-survey']) {
        const result = await post(receiver.url, body({ q: 'hi' }, { consultation }));
        assert.equal(result.status, 403, consultation);
      }
    });

    it('422 with a message per question for every answer the consultation does not allow', async () => {
      const cases = [
        [{ age: '13-15', ok: true, nope: 'x' }, 'nope'],
        [{ age: '12', ok: true }, 'age'],
        [{ age: 13, ok: true }, 'age'],
        [{ age: '13-15', ok: true, worries: ['scams', 'phishing'] }, 'worries'],
        [{ age: '13-15', ok: true, worries: ['scams', 'scams'] }, 'worries'],
        [{ age: '13-15', ok: true, worries: [] }, 'worries'],
        [{ age: '13-15', ok: true, worries: ['scams', 'bullying', 'privacy'] }, 'worries'],
        [{ age: '13-15', ok: true, worries: ['privacy'], other: '🌍'.repeat(21) }, 'other'],
        [{ age: '13-15', ok: true, safety: 9 }, 'safety'],
        [{ age: '13-15', ok: true, safety: 2.5 }, 'safety'],
        [{ age: '13-15', ok: true, safety: '3' }, 'safety'],
        [{ ok: true }, 'age'],
        [{ age: '13-15' }, 'ok'],
        [{ age: '13-15', ok: false }, 'ok'],
        [{ age: '13-15', ok: true, other: 'hidden' }, 'other'],
        [{ age: '13-15', ok: true, worries: ['scams'], other: 'hidden' }, 'other'],
        [{ age: '13-15', ok: true, intro: 'a section' }, 'intro'],
        [{ age: '13-15', ok: true, story: '   ' }, 'story'],
      ];
      for (const [answers, question] of cases) {
        const result = await post(receiver.url, body(answers));
        assert.equal(result.status, 422, `${JSON.stringify(answers)} → ${result.status}`);
        assert.deepEqual(Object.keys(result.json.errors), [question], JSON.stringify(answers));
        assert.equal(typeof result.json.errors[question], 'string');
      }
      // The limits as the form counts them: 20 code points fit a maxLength of 20.
      await created(body({ age: '13-15', ok: true, worries: ['privacy'], other: '🌍'.repeat(20) }));
    });

    it('422 messages in the response’s locale, from the elements’ translations', async () => {
      const answers = { ok: true, safety: 7 };
      const english = await post(receiver.url, body(answers, { locale: 'en-GB' }));
      assert.equal(english.json.errors.age, 'Choose an answer.');
      assert.equal(english.json.errors.safety, 'Choose a number from 1 to 5.');
      for (const language of ['ar', 'es', 'fr', 'ru', 'zh']) {
        const result = await post(receiver.url, body(answers, { locale: language }));
        assert.equal(result.status, 422);
        assert.equal(result.json.errors.age, translation(language, 'form.error.choose-one'), language);
        const consent = await post(receiver.url, body({ age: '13-15' }, { locale: language }));
        assert.equal(consent.json.errors.ok, translation(language, 'form.error.consent'), language);
        // What only the endpoint can see: an unknown question, a hidden one, a choice that is not one.
        const odd = { age: '12', ok: true, nope: 'x', other: 'hidden' };
        const { json } = await post(receiver.url, body(odd, { locale: language }));
        assert.equal(json.errors.nope, translation(language, 'form.error.unknown-question'), language);
        assert.equal(json.errors.other, translation(language, 'form.error.hidden'), language);
        assert.equal(json.errors.age, translation(language, 'form.error.not-a-choice'), language);
      }
    });

    it('stores Unicode in six scripts, and flags free text holding an e-mail address or phone number', async () => {
      for (const [script, text] of Object.entries(SCRIPTS))
        await created(
          body({ age: '13-15', ok: true, story: text }, { locale: script === 'chinese' ? 'zh' : 'ar' }),
        );
      await created(body({ age: '13-15', ok: true, story: 'Write to me: amira@example.org' }));
      await created(body({ age: '13-15', ok: true, story: 'Call +20 100 123 4567' }));
      await created(body({ age: '13-15', ok: true, story: 'In 2016-2017 I was 12.' }));
    });

    it('answers a CORS preflight from any origin, without credentials', async () => {
      const preflight = await fetch(`${receiver.url}/responses`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://partner.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
      assert.match(preflight.headers.get('access-control-allow-headers').toLowerCase(), /idempotency-key/);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
      const value = body();
      const result = await post(receiver.url, value, { headers: { Origin: 'https://partner.example' } });
      assert.equal(result.status, 201);
      expected.set(value.submissionId, value);
      assert.equal(result.headers.get('access-control-allow-origin'), '*');
      assert.equal(result.headers.get('access-control-expose-headers'), 'Retry-After');
    });

    it('--allow-origin: only those origins are allowed; --rate: 429 with Retry-After past it, per client behind --trust-proxy', async () => {
      const other = await startReceiver([
        '--feed',
        FEED,
        '--allow-origin',
        'https://itu.example',
        '--rate',
        '3',
        ...(await database('cors')),
      ]);
      try {
        const ask = (origin) =>
          fetch(`${other.url}/responses`, {
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
          });
        assert.equal(
          (await ask('https://itu.example')).headers.get('access-control-allow-origin'),
          'https://itu.example',
        );
        assert.equal((await ask('https://evil.example')).headers.get('access-control-allow-origin'), null);
        const statuses = [];
        let limited;
        for (let i = 0; i < 4; i += 1) {
          const result = await post(other.url, body());
          statuses.push(result.status);
          limited = result;
        }
        assert.deepEqual(statuses, [201, 201, 201, 429]);
        assert.match(limited.headers.get('retry-after'), /^\d+$/);
      } finally {
        await other.stop();
      }
      // Behind a proxy named by --trust-proxy, the rate is per client of X-Forwarded-For.
      const proxied = await startReceiver([
        '--feed',
        FEED,
        '--trust-proxy',
        '127.0.0.1',
        '--rate',
        '1',
        ...(await database('proxied')),
      ]);
      try {
        const from = (client) => post(proxied.url, body(), { headers: { 'X-Forwarded-For': client } });
        const statuses = [];
        for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.1'])
          statuses.push((await from(client)).status);
        assert.deepEqual(statuses, [201, 201, 429]);
      } finally {
        await proxied.stop();
      }
    });

    it('reloads the feed when its file changes', async () => {
      const feedPath = join(temp, 'feed.json');
      copyFileSync(FEED, feedPath);
      const other = await startReceiver(['--feed', feedPath, ...(await database('reload'))]);
      try {
        const value = body({ q: 'new' }, { consultation: 'added-later' });
        assert.equal((await post(other.url, value)).status, 404);
        const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
        feed.consultations.push({
          id: 'added-later',
          title: 'Added',
          audience: 'public',
          endpoint: '/responses',
          questions: [{ id: 'q', type: 'text', label: 'Q' }],
        });
        writeFileSync(feedPath, JSON.stringify(feed));
        const deadline = Date.now() + 10_000;
        let status;
        do {
          await new Promise((resolve) => setTimeout(resolve, 200));
          status = (await post(other.url, value)).status;
        } while (status === 404 && Date.now() < deadline);
        assert.equal(status, 201);
      } finally {
        await other.stop();
      }
    });

    it('reads its feed from a URL', async () => {
      const feedServer = createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(FEED));
      });
      feedServer.listen(0, '127.0.0.1');
      await once(feedServer, 'listening');
      const feedUrl = `http://127.0.0.1:${feedServer.address().port}/feed.json`;
      const other = await startReceiver(['--feed', feedUrl, ...(await database('url'))]);
      try {
        assert.equal((await post(other.url, body())).status, 201);
      } finally {
        await other.stop();
        feedServer.close();
      }
    });

    it('SIGTERM: a request in flight is finished and answered, then the receiver exits 0', async () => {
      const other = await startReceiver(['--feed', FEED, ...(await database('drain'))]);
      const value = body();
      const text = JSON.stringify(value);
      const answered = new Promise((resolve, reject) => {
        const req = request(`${other.url}/responses`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(text),
            'Idempotency-Key': value.submissionId,
          },
        });
        req.on('response', (res) => {
          let data = '';
          res.setEncoding('utf8').on('data', (chunk) => (data += chunk));
          res.on('end', () => resolve([res.statusCode, JSON.parse(data), res.headers.connection]));
        });
        req.on('error', reject);
        req.write(text.slice(0, 20));
        setTimeout(() => {
          other.child.kill('SIGTERM');
          setTimeout(() => req.end(text.slice(20)), 300);
        }, 300);
      });
      // Answered, and its connection closed so that the receiver need not wait for it to idle out.
      assert.deepEqual(await answered, [201, { receipt: value.submissionId.slice(0, 8) }, 'close']);
      assert.equal(await other.exited, 0);
      assert.match(other.logs(), /"msg":"draining"/);
    });

    it('delete --receipt: deletes the one response with that code; several or none: deletes nothing, exit 1', async () => {
      const db = await database('delete');
      const other = await startReceiver(['--feed', FEED, ...db]);
      const twin = (n, consultation, answers) =>
        body(answers, { consultation, submissionId: `abcdef12-0000-4000-8000-00000000000${n}` });
      const first = twin(1, 'open-survey', { age: '13-15', ok: true, story: 'secret words' });
      const second = twin(2, 'elsewhere', { q: 'more secret words' });
      const third = body();
      try {
        assert.equal((await post(other.url, first)).status, 201);
        assert.equal((await post(other.url, second, { path: '/other/path' })).status, 201);
        assert.equal((await post(other.url, third)).status, 201);
      } finally {
        await other.stop();
      }
      const ambiguous = await runCli(['delete', '--receipt', 'abcdef12', ...db]);
      assert.equal(ambiguous.code, 1);
      assert.match(ambiguous.stdout, /"matches":2,"consultations":\["elsewhere","open-survey"\]/);
      const narrowed = await runCli([
        'delete',
        '--receipt',
        'ABCDEF12',
        '--consultation',
        'open-survey',
        ...db,
      ]);
      assert.equal(narrowed.code, 0, narrowed.stdout + narrowed.stderr);
      const code = third.submissionId.slice(0, 8);
      assert.equal((await runCli(['delete', '--receipt', code, ...db])).code, 0);
      const again = await runCli(['delete', '--receipt', code, ...db]);
      assert.equal(again.code, 1);
      assert.match(again.stdout, /no response has this receipt/);
      assert.equal((await runCli(['delete', '--receipt', 'nope', ...db])).code, 2);
      for (const { stdout } of [ambiguous, narrowed, again])
        assert.ok(!/secret|abcdef12/i.test(stdout), stdout);
      const left = await rows('SELECT submission_id FROM responses', 'delete');
      assert.deepEqual(
        left.map((row) => row.submission_id),
        [second.submissionId],
      );
    });

    exportCase(database, temp);

    extra(() => receiver, expected);

    it('in the database: each accepted response once, its body as sent, no IP or user agent, no answer in the logs', async () => {
      await receiver.stop();
      const logs = receiver.logs();
      for (const text of Object.values(SCRIPTS)) assert.ok(!logs.includes(text), 'an answer in the logs');
      assert.ok(!logs.includes('amira@example.org'));
      for (const line of logs.trim().split('\n')) {
        const entry = JSON.parse(line);
        if (entry.msg === 'request')
          assert.deepEqual(
            Object.keys(entry).filter((k) => /ip|addr|agent|host$/i.test(k)),
            [],
          );
      }
      const stored = await rows(
        'SELECT submission_id, consultation, body, locale, personal_data, received_at FROM responses ORDER BY id',
      );
      assert.equal(stored.length, expected.size);
      for (const row of stored) {
        const value = expected.get(row.submission_id);
        assert.ok(value, `unexpected row ${row.submission_id}`);
        assert.deepEqual(row.body, value);
        assert.equal(row.consultation, value.consultation);
        assert.equal(row.locale, value.locale);
        assert.ok(row.received_at instanceof Date);
        const story = value.answers.story ?? '';
        assert.equal(row.personal_data, /amira@|\+20/.test(story), story);
      }
      const texts = stored.map((row) => row.body.answers.story).filter(Boolean);
      for (const text of Object.values(SCRIPTS)) assert.ok(texts.includes(text), text);
      const columns = await rows(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'responses' ORDER BY ordinal_position",
      );
      assert.deepEqual(
        columns.map((c) => c.column_name),
        ['id', 'consultation', 'submission_id', 'body', 'locale', 'received_at', 'personal_data', 'sample'],
      );
    });
  });
}
