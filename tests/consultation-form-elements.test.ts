// <cop-consultation-form>'s element budget (issue 20, S13): a choice, a rating-scale step and the
// consent box are a control and its label, with no wrapper around each; what was cut loses
// nothing: every control keeps its label (clicking the label still chooses), its name and its
// place in the reading order, and axe finds nothing.
import { expect } from '@open-wc/testing';
import {
  $$,
  Q,
  type CopConsultationForm,
  consultation,
  control,
  feedOf,
  mount,
} from './consultation-form-helpers.js';

/** A consultation id no other test saved a draft for: the form starts empty. */
const fresh = () => `elements-${Math.random().toString(36).slice(2)}`;

const localNames = (parent: Element) => [...parent.children].map((child) => child.localName);

describe('cop-consultation-form: elements', () => {
  it("the benchmark's 30 questions: at most 340 elements in the shadow root", async () => {
    // The same feed as bench/data/consultation-30.json, which only `npm run bench` writes.
    const { consultationFeed } = (await import('../bench/feed-parts.mjs' as string)) as {
      consultationFeed(count: number): { consultations: { id: string; questions: unknown[] }[] };
    };
    const feed = consultationFeed(30);
    feed.consultations[0]!.id = fresh();
    const element = await mount(feed, { lang: 'en' });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('[part="question"], [part="section"]')).to.have.length(30);
    // Before issue 20's second round: 427 (a <div> around each of the 77 choices and 9 scale steps).
    expect(root.querySelectorAll('*').length, 'elements in the shadow root').to.be.at.most(340);
    await expect(element).to.be.accessible();
  });

  for (const lang of ['en', 'ar']) {
    it(`${lang}: a choice is its control then its label, and the label still chooses`, async () => {
      const element: CopConsultationForm = await mount(feedOf(consultation({ id: fresh() })), { lang });
      const single = control(element, Q.heard).closest('fieldset')!;
      const choices = single.querySelector('.choices')!;
      expect(localNames(choices)).to.deep.equal(['input', 'label', 'input', 'label']);
      for (const label of choices.querySelectorAll('label'))
        expect(label.control, 'the label names the control before it').to.equal(label.previousElementSibling);
      const multiple = control(element, Q.channels).closest('fieldset')!;
      expect(localNames(multiple.querySelector('.choices')!)).to.deep.equal([
        'input',
        'label',
        'input',
        'label',
        'input',
        'label',
      ]);
      const consent = control(element, Q.consent);
      expect(localNames(consent.parentElement!)).to.deep.equal(['input', 'label']);
      expect(consent.labels?.[0]).to.equal(consent.nextElementSibling);

      // A scale step: its label holds its radio and names it.
      const steps = $$<HTMLLabelElement>(element, '.scale-step');
      expect(steps).to.have.length(5);
      for (const step of steps) {
        expect(step.control).to.equal(step.firstElementChild);
        // The radio, and the end's name (visually hidden) on the first and last steps.
        expect(localNames(step).join(' ')).to.be.oneOf(['input', 'input span']);
      }

      // Clicking a label's text still chooses.
      const second = choices.querySelectorAll('label')[1]!;
      second.click();
      await element.updateComplete;
      expect((second.control as HTMLInputElement).checked).to.equal(true);
      steps[2]!.click();
      await element.updateComplete;
      expect(steps[2]!.querySelector('input')!.checked).to.equal(true);
      await expect(element).to.be.accessible();
    });
  }
});
