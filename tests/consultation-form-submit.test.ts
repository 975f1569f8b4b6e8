import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  CopConsultationForm,
  Q,
  consultation,
  control,
  feedOf,
  fillAll,
  fillRequired,
  mount,
  newKey,
  outbox,
  draftOf,
  setOffline,
  shown,
  sleep,
  statusLine,
  stored,
  submitButton,
  typeInto,
  until,
  useFastRetries,
} from './consultation-form-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Counts the events of `type` on `element` from now on. */
function counter(element: HTMLElement, type: string) {
  const seen: CustomEvent[] = [];
  element.addEventListener(type, (event) => seen.push(event as CustomEvent));
  return seen;
}

describe('cop-consultation-form: submitting (CONTRACT §4)', () => {
  let restore: () => void;
  beforeEach(() => {
    localStorage.clear();
    restore = useFastRetries();
  });
  afterEach(async () => {
    restore();
    await setOffline(false);
    localStorage.clear();
  });

  it('retries 503, 503 and stores one response under one key, with an identical body', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/503,503,201/${key}` });
    const submits = counter(form, 'cop-submit');
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    const record = await stored(key);
    expect(record.requests).to.equal(3);
    expect(record.stored).to.equal(1);
    expect(record.keys).to.deep.equal([detail.submissionId]);
    expect(record.bodies[1]).to.deep.equal(record.bodies[0]);
    expect(record.bodies[2]).to.deep.equal(record.bodies[0]);
    expect(detail).to.deep.equal({
      consultation: 'test-youth',
      submissionId: record.bodies[0]!['submissionId'],
    });
    await sleep(100);
    expect(submits).to.have.length(1);
    expect(outbox()).to.deep.equal([]);
    expect(draftOf('test-youth')).to.equal(null);
  });

  it('stores one response when the client timed out after the server had stored it', async () => {
    restore();
    restore = useFastRetries({ attemptTimeout: 300 });
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/slow:1500,201/${key}` });
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const record = await stored(key);
    expect(record.requests).to.equal(2);
    expect(record.stored).to.equal(1);
    expect(record.keys).to.have.length(1);
  });

  it('retries a network error and a timeout', async () => {
    restore();
    restore = useFastRetries({ attemptTimeout: 300 });
    const key = newKey();
    const form = await mount(feedOf(consultation()), {
      endpoint: `/test-consultation/reset,hang,408,201/${key}`,
    });
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const record = await stored(key);
    expect(record.requests).to.equal(4);
    expect(record.stored).to.equal(1);
  });

  it('sends one request for five fast clicks and repeated Enter presses', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/slow:200/${key}` });
    await fillRequired(form);
    const submits = counter(form, 'cop-submit');
    const accepted = oneEvent(form, 'cop-submit');
    for (let i = 0; i < 5; i += 1) submitButton(form).click();
    control(form, Q.heard).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await accepted;
    await sleep(300);
    const record = await stored(key);
    expect(record.requests).to.equal(1);
    expect(submits).to.have.length(1);
  });

  it('waits as long as Retry-After says (2 s) before the next attempt', async function () {
    this.timeout(15_000);
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/429:2,201/${key}` });
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await until(() => statusLine(form).includes('Trying again'), 2000, 'the retry status');
    await accepted;
    const { times, requests } = await stored(key);
    expect(requests).to.equal(2);
    expect(times[1]! - times[0]!).to.be.at.least(2000);
  });

  it('honours Retry-After only up to its limit', async () => {
    restore();
    restore = useFastRetries({ maxRetryAfter: 200 });
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/429:100,201/${key}` });
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const { times } = await stored(key);
    expect(times[1]! - times[0]!).to.be.within(150, 3000);
  });

  it('does not retry a 400: the answers stay, the outbox is emptied, cop-error fires', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/400/${key}` });
    await fillAll(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('submit-failed');
    expect(detail.message).to.contain('400');
    await sleep(300);
    expect((await stored(key)).requests).to.equal(1);
    expect(outbox()).to.deep.equal([]);
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('More games');
    expect(control(form, Q.consent).checked).to.equal(true);
    expect(control(form, Q.consent).disabled).to.equal(false);
    expect(draftOf('test-youth')?.answers['idea']).to.equal('More games');
    expect(statusLine(form)).to.contain('Your answers were not accepted');
    expect(statusLine(form)).to.contain('The endpoint could not read the response.');
  });

  it('shows 422 errors at the questions the endpoint names, and sends a new response after the fix', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/422:idea,201/${key}` });
    await fillAll(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    await failed;
    const idea = control<HTMLTextAreaElement>(form, Q.idea);
    expect(idea.getAttribute('aria-invalid')).to.equal('true');
    expect($(form, `#q${Q.idea}-error`)?.textContent).to.contain('The endpoint does not accept this answer.');
    expect(idea.getAttribute('aria-describedby')).to.contain(`q${Q.idea}-error`);
    expect($(form, '[part~="error-summary"]')?.textContent).to.contain(
      'The endpoint does not accept this answer.',
    );
    await typeInto(form, idea, 'Fewer questions');
    expect(idea.hasAttribute('aria-invalid')).to.equal(false);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    const record = await stored(key);
    expect(record.keys).to.have.length(2);
    expect(record.keys[1]).to.equal(detail.submissionId);
    expect(record.stored).to.equal(1);
  });

  it('after the last automatic attempt fires cop-error, keeps the response queued and offers "Try again"', async () => {
    restore();
    restore = useFastRetries({ attempts: 3 });
    const key = newKey();
    const form = await mount(feedOf(consultation()), {
      endpoint: `/test-consultation/503,500,502,201/${key}`,
    });
    await fillRequired(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('submit-failed');
    expect((await stored(key)).requests).to.equal(3);
    expect(outbox()).to.have.length(1);
    expect(statusLine(form)).to.contain('could not be sent yet');
    const again = $<HTMLButtonElement>(form, '[part~="try-again-button"]')!;
    const accepted = oneEvent(form, 'cop-submit');
    again.click();
    await accepted;
    expect((await stored(key)).stored).to.equal(1);
    expect(outbox()).to.deep.equal([]);
    expect($(form, '[part~="try-again-button"]')).to.equal(null);
  });

  it('keeps an offline response in the outbox across a reload and sends it once back online', async () => {
    const key = newKey();
    const endpoint = `/test-consultation/201/${key}`;
    const feed = feedOf(consultation());
    const first = await mount(feed, { endpoint });
    await fillAll(first);
    await setOffline(true);
    await until(() => navigator.onLine === false, 2000, 'offline');
    submitButton(first).click();
    await until(
      () => statusLine(first).includes('will send when you’re back online'),
      2000,
      'the offline status',
    );
    expect(outbox()).to.have.length(1);
    const parent = first.parentElement!;
    first.remove();

    // "Reload": a new element on the same page; storage persists.
    const second = await mount(feed, { endpoint }, parent);
    const submits = counter(second, 'cop-submit');
    expect(statusLine(second)).to.contain('will send when you’re back online');
    expect(control<HTMLTextAreaElement>(second, Q.idea).value).to.equal('More games');
    expect(control<HTMLTextAreaElement>(second, Q.idea).disabled).to.equal(true);
    expect((await stored(key)).requests).to.equal(0);
    const accepted = oneEvent(second, 'cop-submit');
    await setOffline(false);
    await accepted;
    await sleep(200);
    const record = await stored(key);
    expect(record.requests).to.equal(1);
    expect(record.stored).to.equal(1);
    expect(submits).to.have.length(1);
    expect(outbox()).to.deep.equal([]);
    expect(statusLine(second)).to.contain('Sent. Thank you!');
  });

  it('sends every answer with the type of its question, and nothing else', async () => {
    const key = newKey();
    document.cookie = 'cop-test=1; path=/';
    const form = await mount(feedOf(consultation()), {
      endpoint: `/test-consultation/201/${key}`,
      lang: 'fr-CA',
    });
    await fillAll(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    document.cookie = 'cop-test=; path=/; max-age=0';
    const { bodies, headers } = await stored(key);
    const body = bodies[0]!;
    expect(Object.keys(body).sort()).to.deep.equal([
      'answers',
      'consultation',
      'locale',
      'submissionId',
      'submittedAt',
    ]);
    expect(body['consultation']).to.equal('test-youth');
    expect(body['submissionId']).to.match(UUID);
    expect(body['submissionId']).to.equal(detail.submissionId);
    expect(body['locale']).to.equal('fr');
    expect(Date.parse(body['submittedAt'] as string)).to.be.closeTo(Date.now(), 10_000);
    expect(body['answers']).to.deep.equal({
      age: '13-15',
      heard: 'other',
      'heard-other': 'A poster',
      channels: ['school', 'games'],
      interest: 4,
      idea: 'More games',
      consent: true,
    });
    expect(headers[0]).to.deep.equal({
      method: 'POST',
      contentType: 'application/json',
      idempotencyKey: detail.submissionId,
      cookie: null,
    });
  });

  it('leaves out hidden questions, unanswered optional ones and an unchecked optional consent', async () => {
    const key = newKey();
    const questions = consultation().questions.map((q) =>
      q.id === 'consent' ? { ...q, required: false } : q,
    );
    const form = await mount(feedOf(consultation({ questions })), {
      endpoint: `/test-consultation/201/${key}`,
    });
    await tick2(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const { bodies } = await stored(key);
    expect(bodies[0]!['answers']).to.deep.equal({ age: '9-12', heard: 'school' });
  });

  it('shows a receipt code, the start of the submissionId, and focuses it', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await fillRequired(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    await until(
      () => form.shadowRoot!.activeElement === $(form, '[part~="receipt"]'),
      2000,
      'focus on the receipt',
    );
    expect($(form, '[part~="receipt-code"]')?.textContent?.trim()).to.equal(detail.submissionId.slice(0, 8));
    expect(shown(form)).to.contain('Sent. Thank you!');
    expect($(form, 'form')).to.equal(null);
  });

  it('sends to the feed’s own endpoint (the demo endpoint) without an endpoint attribute', async () => {
    const form = await mount('/feeds/cwg-cop.json');
    await until(() => $(form, 'form'), 2000, 'the form');
    await fillRequiredDefault(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    expect(detail.consultation).to.equal('youth-reach-more-young-people');
  });

  it('sends what another consultation left in the outbox when a form connects', async () => {
    const key = newKey();
    const submissionId = crypto.randomUUID();
    const body = {
      consultation: 'elsewhere',
      submissionId,
      locale: 'en',
      submittedAt: new Date().toISOString(),
      answers: { q: 'x' },
    };
    localStorage.setItem(
      'cop-widgets:outbox',
      JSON.stringify([
        {
          submissionId,
          consultation: 'elsewhere',
          endpoint: `/test-consultation/201/${key}`,
          body: JSON.stringify(body),
          queuedAt: Date.now(),
        },
      ]),
    );
    localStorage.setItem(
      'cop-widgets:draft:elsewhere',
      JSON.stringify({ savedAt: Date.now(), answers: { q: 'x' } }),
    );
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const accepted = oneEvent(container, 'cop-submit');
    await mount(feedOf(consultation()), {}, container);
    const { detail } = await accepted;
    expect(detail).to.deep.equal({ consultation: 'elsewhere', submissionId });
    await until(async () => (await stored(key)).stored === 1, 3000, 'the queued response');
    expect((await stored(key)).bodies[0]).to.deep.equal(body);
    await until(() => outbox().length === 0, 2000, 'an empty outbox');
    expect(draftOf('elsewhere')).to.equal(null);
  });
});

async function tick2(form: CopConsultationForm) {
  const select = control<HTMLSelectElement>(form, Q.age);
  select.value = '9-12';
  select.dispatchEvent(new Event('change'));
  await form.updateComplete;
  control(form, Q.heard, 0).click();
  await form.updateComplete;
}

async function fillRequiredDefault(form: CopConsultationForm) {
  // The default feed's open consultation: age (index 1) and consent (index 12) are required.
  const select = control<HTMLSelectElement>(form, 1);
  select.value = '13-15';
  select.dispatchEvent(new Event('change'));
  await form.updateComplete;
  control(form, 12).click();
  await form.updateComplete;
}
