// The real form against the real receiver (cop-widgets-receiver, embedded PGlite) that is killed
// with SIGKILL and started again while the form sends (server commands of
// tests/server/plugins/receiver-restart.mjs): the response ends stored exactly once, read back
// with `cop-widgets-receiver export`, and the person is told it was sent.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  $,
  consultation,
  feedOf,
  fillRequired,
  mount,
  outbox,
  statusLine,
  submitButton,
  until,
  useFastRetries,
} from './consultation-form-helpers.js';

const ID = 'test-youth';

interface Attempt {
  status?: number;
  failed?: string;
}

/** A receiver of its own, started on a feed whose consultation names it as `endpoint`. */
async function startReceiver(): Promise<{ id: string; feed: ReturnType<typeof feedOf> }> {
  const { id, endpoint } = (await executeServerCommand('receiver-open')) as { id: string; endpoint: string };
  const feed = feedOf(consultation({ endpoint }));
  await executeServerCommand('receiver-start', { id, feed });
  while (!((await executeServerCommand('receiver-ready', { id })) as { ready: boolean }).ready);
  return { id, feed };
}

/**
 * Sends the form's answers while the receiver is killed at `stage` and started again; resolves
 * to the submission id the form reported, what its attempts met, and the rows stored.
 */
async function sendThroughRestart(stage: 'request' | 'response') {
  const { id, feed } = await startReceiver();
  const form = await mount(feed);
  // The form reads the receiver's own URL from the feed.
  expect((feed.consultations[0] as { endpoint: string }).endpoint).to.match(
    /^http:\/\/127\.0\.0\.1:\d+\/responses$/,
  );
  await fillRequired(form);
  await executeServerCommand('receiver-kill-on', { id, stage });
  const accepted = oneEvent(form, 'cop-submit');
  submitButton(form).click();
  // While the receiver is down or starting again: the answers are safe on the device.
  await until(
    () => statusLine(form).includes('your answers are saved on this device'),
    20_000,
    'the retry status',
  );
  const { detail } = await accepted;
  // The person is told: thanks, and the receipt code of this response.
  await until(() => $(form, '[part~="receipt-code"]'), 2000, 'the receipt');
  expect($(form, '[part~="receipt"] h3')!.textContent).to.contain('Your answers were sent');
  expect($(form, '[part~="receipt-code"]')!.textContent!.trim()).to.equal(detail.submissionId.slice(0, 8));
  expect($(form, 'form')).to.equal(null);
  const { attempts, held } = (await executeServerCommand('receiver-attempts', { id })) as {
    attempts: Attempt[];
    held: { stage: string; answered?: number };
  };
  const rows = (await executeServerCommand('receiver-export', { id, consultation: ID })) as Record<
    string,
    unknown
  >[];
  return { submissionId: detail.submissionId as string, attempts, held, rows };
}

describe('cop-consultation-form: its receiver killed (SIGKILL) and restarted while it sends', () => {
  let restore: () => void;
  before(() => {
    localStorage.clear();
    // Retries within a restart of the receiver (its embedded database takes seconds to start).
    restore = useFastRetries({ attempts: 10, baseDelay: 250, attemptTimeout: 5000 });
  });
  after(() => restore());

  it('killed before the response reached it: the form retries, it is stored once and the person told', async function () {
    this.timeout(90_000);
    const { submissionId, attempts, held, rows } = await sendThroughRestart('request');
    expect(held).to.deep.equal({ stage: 'request' });
    // The first attempt met the dead receiver; the last one was stored (201).
    expect(attempts[0]!.failed).to.match(/ERR_CONNECTION_REFUSED/);
    expect(attempts.at(-1)).to.deep.equal({ status: 201 });
    expect(attempts.slice(0, -1).every((a) => a.failed)).to.equal(true);
    expect(rows.map((row) => row['receipt'])).to.deep.equal([submissionId.slice(0, 8)]);
    // Accepted: nothing left to send.
    expect(outbox()).to.deep.equal([]);
  });

  it('killed after it stored the response, before the form saw its 201: the retry gets 200, still one row', async function () {
    this.timeout(90_000);
    const { submissionId, attempts, held, rows } = await sendThroughRestart('response');
    // The receiver had answered 201 (committed before answering) when it was killed.
    expect(held).to.deep.equal({ stage: 'response', answered: 201 });
    expect(attempts[0]!.failed).to.match(/ERR_CONNECTION_RESET/);
    // The form sent the same submissionId again; the restarted receiver knew it: 200, same body.
    expect(attempts.at(-1)).to.deep.equal({ status: 200 });
    expect(attempts.slice(0, -1).every((a) => a.failed)).to.equal(true);
    expect(rows.map((row) => row['receipt'])).to.deep.equal([submissionId.slice(0, 8)]);
    expect(rows[0]!['locale']).to.equal('en');
    expect(outbox()).to.deep.equal([]);
  });
});
