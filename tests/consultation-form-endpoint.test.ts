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
  useFastRetries,
  captureConsole,
} from './consultation-form-helpers.js';

const SITE_FAULT = 'cannot receive answers from this page right now';
const PERSON_FAULT = 'please check them';

describe('cop-consultation-form: an endpoint that cannot take responses from this page (site fault)', () => {
  let restoreRetries: () => void;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    localStorage.clear();
    restoreRetries = useFastRetries();
    errors = captureConsole('error');
  });
  afterEach(() => {
    errors.restore();
    restoreRetries();
    localStorage.clear();
  });

  for (const status of [404, 405, 410, 403, 413, 415]) {
    it(`a ${status} says the consultation cannot receive answers from this page, keeps them, and tells the page author`, async () => {
      const key = newKey();
      const endpoint = `/test-consultation/${status}/${key}`;
      const form = await mount(feedOf(consultation()), { endpoint });
      await fillAll(form);
      const failed = oneEvent(form, 'cop-error');
      submitButton(form).click();
      const { detail } = await failed;
      expect(detail.code).to.equal('submit-failed');
      expect(detail.status).to.equal(status);
      expect(detail.endpoint).to.equal(new URL(endpoint, document.baseURI).href);
      expect(detail.message).to.contain(`answered HTTP ${status}`);
      expect(detail.message).to.contain('endpoint');
      await form.updateComplete;
      // The person: not blamed, nothing to check, the answers still there and saved.
      expect(statusLine(form)).to.contain(SITE_FAULT);
      expect(statusLine(form)).not.to.contain(PERSON_FAULT);
      expect(statusLine(form)).not.to.contain(`scripted ${status}`);
      expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('More games');
      expect(control(form, Q.consent).disabled).to.equal(false);
      expect(draftOf('test-youth')?.answers['idea']).to.equal('More games');
      // Not retried, not left in the outbox.
      await sleep(300);
      expect((await stored(key)).requests).to.equal(1);
      expect(outbox()).to.deep.equal([]);
      // The page author: in the console, what the endpoint answered.
      expect(errors.lines.some((line) => line.includes(`HTTP ${status}`) && line.includes(key))).to.equal(
        true,
      );
    });
  }

  it('a 422 without errors for questions is the site’s fault too', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/422/${key}` });
    await fillAll(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    expect((await failed).detail.status).to.equal(422);
    await form.updateComplete;
    expect(statusLine(form)).to.contain(SITE_FAULT);
  });

  it('a 400 and a 422 naming a question still ask the person to check the answers', async () => {
    for (const script of ['400', '422:idea']) {
      localStorage.clear();
      const key = newKey();
      const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/${script}/${key}` });
      await fillAll(form);
      const failed = oneEvent(form, 'cop-error');
      submitButton(form).click();
      await failed;
      await form.updateComplete;
      expect(statusLine(form), script).to.contain(PERSON_FAULT);
      expect(statusLine(form), script).not.to.contain(SITE_FAULT);
      expect(errors.lines, script).to.deep.equal([]);
      form.remove();
    }
  });

  it('the person can send again once the site is mended, as one response', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/404,201/${key}` });
    await fillAll(form);
    const failed = oneEvent(form, 'cop-error');
    submitButton(form).click();
    await failed;
    await form.updateComplete;
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    const { detail } = await accepted;
    const record = await stored(key);
    expect(record.stored).to.equal(1);
    expect(record.keys.at(-1)).to.equal(detail.submissionId);
    expect(draftOf('test-youth')).to.equal(null);
  });
});
