// CONTRACT §3: a bad question (a type this library does not know, a choice without options, a
// scale whose min is not below its max, null) is skipped with its issue; the rest of its
// consultation is shown and can be answered and sent. The feed is a real file served over HTTP,
// and the endpoint it names (relative to the feed) is the test server's scripted one.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { FeedIssue } from '../src/feed/validate.js';
import {
  $$,
  type CopConsultationForm,
  choose,
  shown,
  stored,
  submitButton,
  tick,
  typeInto,
  until,
} from './consultation-form-helpers.js';

const FEED = '/tests/fixtures/bad-questions-feed.json';
const ENDPOINT_KEY = 'bad-questions-fixture';

/** The control a visible label or legend names: `<label for>`, or the inputs of a `<fieldset>`. */
function controlsOf(form: CopConsultationForm, label: string): HTMLElement[] {
  for (const legend of $$(form, 'legend')) {
    if (legend.textContent?.trim().startsWith(label))
      return [...legend.parentElement!.querySelectorAll<HTMLElement>('input')];
  }
  for (const element of $$<HTMLLabelElement>(form, 'label')) {
    if (element.textContent?.trim().startsWith(label)) return [element.control!];
  }
  throw new Error(`no control labelled "${label}"`);
}

/** The visible labels of the questions shown, in order. */
const questionLabels = (form: CopConsultationForm) =>
  $$(form, '[part~="question"]').map((question) =>
    (question.querySelector('legend, label')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('cop-consultation-form: a consultation with bad questions (CONTRACT §3)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the other questions, which can be answered and sent', async () => {
    const element = document.createElement('cop-consultation-form');
    element.src = FEED;
    // Before CONTRACT §3's rule, the one consultation was left out and the feed was not usable.
    const loaded = Promise.race([oneEvent(element, 'cop-load'), oneEvent(element, 'cop-error')]);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    const event = (await loaded) as CustomEvent<{ issues: FeedIssue[] }>;
    expect(event.type).to.equal('cop-load');
    const { detail } = event;
    await element.updateComplete;
    // Each bad question is reported where it is; the consultation is kept.
    expect(detail.issues.map((issue) => issue.pointer)).to.deep.equal([
      '/consultations/0/questions/0/type',
      '/consultations/0/questions/1',
      '/consultations/0/questions/2/options',
      '/consultations/0/questions/3',
      '/consultations/0/questions/5/showIf/question',
    ]);
    expect(shown(element)).not.to.contain('cannot be found');
    expect(shown(element)).to.contain('Your ideas for safer games');
    // The four bad questions are not shown, nor the one that depends on a skipped question.
    expect(questionLabels(element)).to.deep.equal([
      'How old are you? (required)',
      'What worries you?',
      'Your idea (required)',
    ]);

    await choose(element, controlsOf(element, 'How old are you?')[0] as HTMLSelectElement, '13-15');
    await tick(element, controlsOf(element, 'What worries you?')[1] as HTMLInputElement);
    await typeInto(element, controlsOf(element, 'Your idea')[0] as HTMLTextAreaElement, 'Report buttons');
    const accepted = oneEvent(element, 'cop-submit');
    submitButton(element).click();
    await accepted;
    const record = await until(async () => {
      const now = await stored(ENDPOINT_KEY);
      return now.stored > 0 ? now : undefined;
    });
    expect(record.bodies[0]).to.include({ consultation: 'bad-questions' });
    expect(record.bodies[0]?.['answers']).to.deep.equal({
      age: '13-15',
      worries: ['spending'],
      idea: 'Report buttons',
    });
  });
});
