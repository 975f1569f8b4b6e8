// The page's Content-Security-Policy blocks the consultation's endpoint (connect-src): a
// configuration error, not a network one. This file's page gets `connect-src 'self'` (a policy
// cannot be lifted again, so these tests have a page of their own).
import { expect, oneEvent } from '@open-wc/testing';
import {
  Q,
  consultation,
  control,
  draftOf,
  feedOf,
  fillAll,
  mount,
  newKey,
  outbox,
  sleep,
  statusLine,
  stored,
  submitButton,
  until,
  useFastRetries,
  captureConsole,
} from './consultation-form-helpers.js';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "connect-src 'self'";
document.head.append(meta);

/** The test server under another host name: another origin, which the policy blocks. */
const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('cop-consultation-form: an endpoint blocked by the page’s connect-src', () => {
  let restoreRetries: () => void;
  let errors: ReturnType<typeof captureConsole>;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    localStorage.clear();
    restoreRetries = useFastRetries();
    errors = captureConsole('error');
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    errors.restore();
    warnings.restore();
    restoreRetries();
    localStorage.clear();
  });

  it('is not retried or queued: the person is told it cannot be received, the console names the directive', async () => {
    const key = newKey();
    const endpoint = `${otherOrigin}/test-consultation/201/${key}`;
    const form = await mount(feedOf(consultation()), { endpoint });
    await fillAll(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('submit-failed');
    expect(detail.endpoint).to.equal(endpoint);
    expect(detail.status).to.equal(undefined);
    expect(detail.message).to.contain('Content-Security-Policy');
    expect(detail.message).to.contain(`add ${otherOrigin} to the connect-src directive`);
    await form.updateComplete;
    expect(statusLine(form)).to.contain('cannot receive answers from this page right now');
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('More games');
    expect(draftOf('test-youth')?.answers['idea']).to.equal('More games');
    expect(outbox()).to.deep.equal([]);
    expect(errors.lines.some((line) => line.includes('connect-src') && line.includes(otherOrigin))).to.equal(
      true,
    );
    await sleep(300);
    expect((await stored(key)).requests).to.equal(0);
  });

  it('a real network error under the same policy is still retried', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/reset,201/${key}` });
    await fillAll(form);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const record = await stored(key);
    expect(record.requests).to.equal(2);
    expect(record.stored).to.equal(1);
    expect(errors.lines).to.deep.equal([]);
  });

  it('a response of another consultation waiting in the outbox stays there for a page allowed to send it', async () => {
    const key = newKey();
    const waiting = {
      submissionId: '0f9c2d4e-1b7a-4c3d-9e8f-123456789abc',
      consultation: 'another',
      endpoint: `${otherOrigin}/test-consultation/201/${key}`,
      body: JSON.stringify({ consultation: 'another', answers: {} }),
      queuedAt: Date.now(),
    };
    localStorage.setItem('cop-widgets:outbox', JSON.stringify([waiting]));
    await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${newKey()}` });
    await until(() => warnings.lines.some((line) => line.includes('connect-src')), 5000, 'the warning');
    expect(outbox().map((entry) => entry.submissionId)).to.deep.equal([waiting.submissionId]);
    expect((await stored(key)).requests).to.equal(0);
  });
});
