// The demo as `npm start` runs it: demo/server.mjs forwards the default feed's endpoint,
// /api/responses, to its receiver (cop-widgets-receiver, embedded database), over real HTTP.
// Each run has a demo of its own (server commands of tests/server/plugins/demo.mjs).
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  $,
  type CopConsultationForm,
  control,
  mount,
  submitButton,
  tick,
  typeInto,
  choose,
  until,
} from './consultation-form-helpers.js';

const CONSULTATION = 'youth-reach-more-young-people';
const IDEA = 'مسابقات في المدارس ورسائل قصيرة';

interface Demo {
  id: string;
  url: string;
}

function post(url: string, body: Record<string, unknown>) {
  return fetch(url, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(body['submissionId']) },
    body: JSON.stringify(body),
  });
}

describe('the demo’s consultation endpoint: the receiver', () => {
  let demo: Demo;
  let endpoint: string;
  let sentByForm = '';
  let sentByFetch = '';
  const sentForResults: string[] = [];

  before(async function () {
    this.timeout(90_000); // the demo's receiver starts its embedded database: seconds, more on a busy machine
    localStorage.clear();
    const { id } = (await executeServerCommand('demo-start')) as { id: string };
    let url: string | null = null;
    while (url === null)
      ({ url } = (await executeServerCommand('demo-url', { id })) as { url: string | null });
    demo = { id, url };
    endpoint = new URL('api/responses', url).href;
  });

  it('stores what the default feed’s form sends in Arabic, and shows its receipt', async () => {
    const form: CopConsultationForm = await mount('/feeds/cwg-cop.json', { lang: 'ar', endpoint });
    await until(() => $(form, 'form'), 2000, 'the form');
    // The open consultation: age (1) and consent (12) are required; 10 is a free answer.
    await choose(form, control<HTMLSelectElement>(form, 1), '13-15');
    await typeInto(form, control<HTMLTextAreaElement>(form, 10), IDEA);
    await tick(form, control(form, 12));
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    expect(detail.consultation).to.equal(CONSULTATION);
    sentByForm = detail.submissionId.slice(0, 8);
    await until(() => $(form, '[part~="receipt-code"]'), 2000, 'the receipt');
    expect($(form, '[part~="receipt-code"]')!.textContent!.trim()).to.equal(sentByForm);
    expect($(form, 'form')).to.equal(null);
  });

  it('answers a response sent again 200 with the same body, 409 with another', async () => {
    const body = {
      consultation: CONSULTATION,
      submissionId: crypto.randomUUID(),
      locale: 'fr',
      submittedAt: new Date().toISOString(),
      answers: { age: '16-18', consent: true },
    };
    sentByFetch = body.submissionId.slice(0, 8);
    const first = await post(endpoint, body);
    expect(first.status).to.equal(201);
    expect(await first.json()).to.deep.equal({ receipt: sentByFetch });
    const again = await post(endpoint, body);
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal({ receipt: sentByFetch });
    const changed = await post(endpoint, { ...body, answers: { age: '13-15', consent: true } });
    expect(changed.status).to.equal(409);
  });

  it('serves the feed with the consultation’s live results: none shown below 5 answers, counted once 5 are in', async () => {
    const resultsOf = async () => {
      const answer = await fetch(new URL('feeds/cwg-cop.json', demo.url), { credentials: 'omit' });
      expect(answer.status).to.equal(200);
      const feed = (await answer.json()) as { results?: Record<string, unknown>[] };
      return feed.results?.find((entry) => entry['consultation'] === CONSULTATION);
    };
    // Two answers so far (the form's and the one sent again): fewer than 5.
    const before = await resultsOf();
    expect(before).to.include({ consultation: CONSULTATION, minimumCount: 5, responses: null });
    expect(before!['questions']).to.deep.equal([]);
    for (const [i, locale] of ['es', 'ru', 'zh'].entries()) {
      const body = {
        consultation: CONSULTATION,
        submissionId: crypto.randomUUID(),
        locale,
        submittedAt: new Date().toISOString(),
        answers: { age: '16-18', interest: 4, consent: true, 'next-topic': `${IDEA} ${i}` },
      };
      expect((await post(endpoint, body)).status).to.equal(201);
      sentForResults.push(body.submissionId.slice(0, 8));
    }
    const after = await resultsOf();
    expect(after).to.include({ consultation: CONSULTATION, responses: 5 });
    expect(after!['byAgeBand']).to.deep.equal({ '9-12': null, '13-15': null, '16-18': null });
    const questions = after!['questions'] as { question: string; answered: number | null }[];
    expect(questions.find((q) => q.question === 'age')).to.deep.include({ answered: 5 });
    expect(questions.find((q) => q.question === 'next-topic')).to.deep.equal({
      question: 'next-topic',
      answered: null,
    });
    expect(JSON.stringify(after)).not.to.include(IDEA);
  });

  it('has stored each response once, the Arabic answer as sent', async function () {
    this.timeout(30_000);
    const rows = (await executeServerCommand('demo-export', {
      id: demo.id,
      consultation: CONSULTATION,
    })) as Record<string, unknown>[];
    expect(rows.map((row) => row['receipt']).sort()).to.deep.equal(
      [sentByForm, sentByFetch, ...sentForResults].sort(),
    );
    const byForm = rows.find((row) => row['receipt'] === sentByForm)!;
    expect(byForm['locale']).to.equal('ar');
    expect(Object.values(byForm)).to.include(IDEA);
  });
});
