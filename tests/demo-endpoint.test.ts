import { expect } from '@open-wc/testing';

/** The demo's consultation endpoint, over real HTTP (CONTRACT §4). */
function response(overrides: Record<string, unknown> = {}) {
  return {
    consultation: 'reach-more-young-people',
    submissionId: crypto.randomUUID(),
    locale: 'fr',
    submittedAt: new Date().toISOString(),
    answers: { 'age-band': '13-15', ideas: 'Écoles' },
    ...overrides,
  };
}

function post(body: unknown, headers: Record<string, string> = {}) {
  const key = (body as { submissionId?: string }).submissionId ?? '';
  return fetch('/api/responses', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('demo consultation endpoint', () => {
  it('accepts a response once and answers 409 for the same submissionId again', async () => {
    const body = response();
    const first = await post(body);
    expect(first.status).to.equal(201);
    expect(await first.json()).to.deep.equal({ status: 'accepted', submissionId: body.submissionId });

    const again = await post(body);
    expect(again.status).to.equal(409);
    expect((await again.json()).status).to.equal('duplicate');

    const other = await post(response());
    expect(other.status).to.equal(201);
  });

  it('refuses what is not a response, saying why', async () => {
    const cases: [unknown, Record<string, string>, number, string][] = [
      [response(), { 'Idempotency-Key': 'other' }, 400, 'Idempotency-Key'],
      [response({ submissionId: 'not-a-uuid' }), {}, 400, 'submissionId'],
      [response({ consultation: '../../etc' }), {}, 400, 'consultation'],
      [response({ answers: [] }), {}, 400, 'answers'],
      [response({ submittedAt: 'yesterday' }), {}, 400, 'submittedAt'],
      [response({ locale: 7 }), {}, 400, 'locale'],
      ['[1, 2]', {}, 400, 'not a JSON object'],
      ['{"consultation":', {}, 400, 'not JSON'],
      [response(), { 'Content-Type': 'text/plain' }, 415, 'application/json'],
      [response({ answers: { text: 'x'.repeat(300 * 1024) } }), {}, 413, 'larger'],
    ];
    for (const [body, headers, status, why] of cases) {
      const answer = await post(body, headers);
      expect(answer.status, why).to.equal(status);
      expect((await answer.json()).error, why).to.contain(why);
    }
  });

  it('answers only POST', async () => {
    const answer = await fetch('/api/responses');
    expect(answer.status).to.equal(405);
    expect(answer.headers.get('Allow')).to.equal('POST');
  });
});
