import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  DAY,
  Q,
  consultation,
  control,
  feedOf,
  iso,
  mount,
  newKey,
  shown,
  stored,
  submitButton,
  tick,
  typeInto,
  until,
  choose,
} from './consultation-form-helpers.js';
import type { CopConsultationForm } from './consultation-form-helpers.js';

const texts = (form: CopConsultationForm, selector: string) =>
  $$(form, selector).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('cop-consultation-form: rendering', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the open consultation of the default feed, with every question, and counts its questions', async () => {
    const element = document.createElement('cop-consultation-form');
    element.src = '/feeds/cwg-cop.json';
    const loaded = oneEvent(element, 'cop-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    const { detail } = await loaded;
    expect(detail.count).to.equal(13);
    await element.updateComplete;
    expect($(element, 'h2')?.textContent?.trim()).to.equal(
      'Youth consultation: how can we reach more young people?',
    );
    expect($(element, '[part~="timing"]')?.textContent).to.match(
      /^\s*Closes in \d+ months?, on June 30, 2027/,
    );
    expect($$(element, 'form [part~="section"] h3').map((h) => h.textContent?.trim())).to.deep.equal([
      'About you',
      'Your ideas',
      'Before you send',
    ]);
    // heard-other and adult-help wait for their showIf.
    expect($$(element, '[part~="question"]')).to.have.length(8);
    await expect(element).to.be.accessible();
  });

  it('renders each question type with its native control, named by its label', async () => {
    const form = await mount(feedOf(consultation()));
    const age = control<HTMLSelectElement>(form, Q.age);
    expect(age.localName).to.equal('select');
    expect(age.labels?.[0]?.textContent).to.contain('How old are you?');
    expect([...age.options].map((o) => o.value)).to.deep.equal(['', '9-12', '13-15']);
    const heard = control(form, Q.heard);
    expect(heard.type).to.equal('radio');
    expect(heard.closest('fieldset')?.querySelector('legend')?.textContent).to.contain(
      'How did you hear about it?',
    );
    const channels = control(form, Q.channels);
    expect(channels.type).to.equal('checkbox');
    expect(texts(form, `#q${Q.channels}-count`)).to.deep.equal(['Chosen: 0 of 2']);
    const scale = $$<HTMLInputElement>(form, `input[name="q${Q.interest}"]`);
    expect(scale.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(scale[0]?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('1 Not at all');
    expect(scale[4]?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('5 A lot');
    const idea = control<HTMLTextAreaElement>(form, Q.idea);
    expect(idea.localName).to.equal('textarea');
    expect(idea.getAttribute('aria-describedby')).to.equal(`q${Q.idea}-help q${Q.idea}-count`);
    expect($(form, `#q${Q.idea}-count`)?.textContent?.trim()).to.equal('50 characters left');
    const consent = control(form, Q.consent);
    expect(consent.type).to.equal('checkbox');
    expect(consent.checked).to.equal(false);
    expect(consent.labels?.[0]?.textContent).to.contain('I agree');
    expect(texts(form, '[part~="section"] h3')).to.deep.equal(['About you']);
    expect($(form, `#q${Q.heardOther}-control`)).to.equal(null);
  });

  it('shows a question when its showIf is met, and hides it again', async () => {
    const form = await mount(feedOf(consultation()));
    await tick(form, control(form, Q.heard, 1));
    const where = control(form, Q.heardOther);
    expect(where.labels?.[0]?.textContent).to.contain('Where?');
    await tick(form, control(form, Q.heard, 0));
    expect($(form, `#q${Q.heardOther}-control`)).to.equal(null);
  });

  it('supports showIf with "in", on a checkbox group and through a chain', async () => {
    const questions = [
      {
        id: 'a',
        type: 'multiple',
        label: 'A',
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
      {
        id: 'b',
        type: 'single',
        label: 'B',
        showIf: { question: 'a', in: ['y'] },
        options: [{ value: 'z', label: 'Z' }],
      },
      { id: 'c', type: 'text', label: 'C', showIf: { question: 'b', equals: 'z' } },
    ];
    const form = await mount(feedOf(consultation({ questions, audience: 'public' })));
    expect($$(form, '[part~="question"]')).to.have.length(1);
    await tick(form, control(form, 0, 1));
    expect($$(form, '[part~="question"]')).to.have.length(2);
    await tick(form, control(form, 1));
    expect($$(form, '[part~="question"]')).to.have.length(3);
    await tick(form, control(form, 0, 1)); // untick "Y": b and c go
    expect($$(form, '[part~="question"]')).to.have.length(1);
  });

  it('counts characters live, and says how many are too many', async () => {
    const form = await mount(feedOf(consultation()));
    const idea = control<HTMLTextAreaElement>(form, Q.idea);
    await typeInto(form, idea, 'x'.repeat(49));
    expect($(form, `#q${Q.idea}-count`)?.textContent?.trim()).to.equal('1 character left');
    await typeInto(form, idea, '😀'.repeat(53));
    expect($(form, `#q${Q.idea}-count`)?.textContent?.trim()).to.equal('3 characters too many');
    expect($(form, `#q${Q.idea}-error`)?.textContent).to.contain(
      'Your answer is too long: 3 characters too many.',
    );
    expect(idea.getAttribute('aria-invalid')).to.equal('true');
  });

  it('shows the state before opening, with no form', async () => {
    const form = await mount(feedOf(consultation({ opens: iso(3 * DAY + 60_000), closes: iso(30 * DAY) })));
    expect($(form, '[part~="timing"]')?.textContent).to.match(/^\s*Opens in 3 days, on /);
    expect($(form, 'form')).to.equal(null);
    expect($(form, '[part~="unavailable"]')?.textContent).to.contain('not open yet');
    await expect(form).to.be.accessible();
  });

  it('shows a closed consultation without a form', async () => {
    const form = await mount(feedOf(consultation({ opens: iso(-40 * DAY), closes: iso(-2 * DAY) })));
    expect($(form, '[part~="timing"]')?.textContent).to.match(/^\s*Closed 2 days ago, on /);
    expect($(form, 'form')).to.equal(null);
    expect($(form, '[part~="unavailable"]')?.textContent).to.contain('This consultation is closed');
  });

  it('says when an open consultation closes', async () => {
    const form = await mount(feedOf(consultation()));
    expect($(form, '[part~="timing"]')?.textContent).to.match(/^\s*Closes in 3 days, on /);
  });

  it('picks the open consultation that closes soonest, else the most recent one', async () => {
    const later = consultation({ id: 'later', closes: iso(20 * DAY) });
    const sooner = consultation({ id: 'sooner', closes: iso(5 * DAY), title: 'Sooner' });
    const old = consultation({ id: 'old', opens: iso(-90 * DAY), closes: iso(-60 * DAY), title: 'Old' });
    const past = consultation({ id: 'past', opens: iso(-30 * DAY), closes: iso(-20 * DAY), title: 'Past' });
    const next = consultation({ id: 'next', opens: iso(10 * DAY), closes: iso(40 * DAY), title: 'Next' });
    expect($(await mount(feedOf(later, sooner, old)), 'h2')?.textContent).to.equal('Sooner');
    expect($(await mount(feedOf(old, past)), 'h2')?.textContent).to.equal('Past');
    expect($(await mount(feedOf(old, next, past)), 'h2')?.textContent).to.equal('Next');
    const chosen = await mount(feedOf(sooner, old), { consultation: 'old' });
    expect($(chosen, 'h2')?.textContent).to.equal('Old');
  });

  it('says so when the consultation asked for is not in the feed', async () => {
    const element = document.createElement('cop-consultation-form');
    element.setAttribute('consultation', 'nope');
    element.feed = feedOf(consultation());
    const loaded = oneEvent(element, 'cop-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    expect((await loaded).detail.count).to.equal(0);
    expect(shown(element)).to.contain('This consultation cannot be found.');
  });

  it('links members to the document they comment on, in their language when it exists', async () => {
    const feed = {
      ...feedOf(
        consultation({
          id: 'members',
          audience: 'members',
          document: 'draft',
          privacy: undefined,
          questions: [{ id: 'comment', type: 'long-text', label: 'Your comment', required: true }],
        }),
      ),
      documents: [
        {
          id: 'draft',
          symbol: 'CWG-COP/1',
          title: { en: 'Draft report', fr: 'Projet de rapport' },
          date: '2018-01-24',
          type: 'report',
          files: [
            { lang: 'en', url: '/files/draft-en.pdf' },
            { lang: 'fr', url: '/files/draft-fr.pdf' },
          ],
        },
      ],
    };
    const form = await mount(feed, { lang: 'fr' });
    const link = $<HTMLAnchorElement>(form, '[part~="document-link"]')!;
    expect(link.href).to.equal(new URL('/files/draft-fr.pdf', location.href).href);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('Projet de rapport');
    expect($(form, '[part~="not-now-button"]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('switches language, keeping the answers', async () => {
    const form = await mount(feedOf(consultation()));
    const idea = control<HTMLTextAreaElement>(form, Q.idea);
    await typeInto(form, idea, 'Des jeux');
    const select = $<HTMLSelectElement>(form, '[part~="language"] select')!;
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Language');
    expect([...select.options].map((o) => [o.value, o.text.trim(), o.lang])).to.deep.equal([
      ['ar', 'العربية', 'ar'],
      ['zh', '中文', 'zh'],
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
      ['ru', 'Русский', 'ru'],
      ['es', 'Español', 'es'],
    ]);
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await until(() => $(form, 'h2')?.textContent === 'Consultation des jeunes', 3000, 'French');
    expect(form.lang).to.equal('fr');
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('Des jeux');
    expect(submitButton(form).textContent?.trim()).to.equal('Envoyer mes réponses');
    expect(control(form, Q.consent).labels?.[0]?.textContent).to.contain('J’accepte');
  });

  it('shows the privacy notice first and an unticked consent, with "Not now" as prominent as sending', async () => {
    const form = await mount(feedOf(consultation()));
    const privacy = $(form, '[part~="privacy"]')!;
    const firstQuestion = $(form, 'form')!;
    expect(
      privacy.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    expect(privacy.textContent).to.contain('We never ask for your name.');
    expect(privacy.textContent).to.contain('kept only in this browser');
    expect(control(form, Q.consent).checked).to.equal(false);
    const send = getComputedStyle(submitButton(form));
    const notNow = getComputedStyle($(form, '[part~="not-now-button"]')!);
    for (const property of [
      'background-color',
      'color',
      'font-size',
      'font-weight',
      'border-color',
      'padding-inline-start',
      'min-block-size',
    ])
      expect(notNow.getPropertyValue(property), property).to.equal(send.getPropertyValue(property));
  });

  it('"Not now" sends nothing, keeps the answers, and leads back to the questions', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Maybe later');
    $<HTMLButtonElement>(form, '[part~="not-now-button"]')!.click();
    await until(
      () => form.shadowRoot!.activeElement === $(form, '[part~="declined"]'),
      2000,
      'focus on the note',
    );
    expect($(form, 'form')).to.equal(null);
    expect($(form, '[part~="declined"]')?.textContent).to.contain('Nothing has been sent');
    await expect(form).to.be.accessible();
    $$<HTMLButtonElement>(form, '[part~="declined"] button')[0]!.click();
    await form.updateComplete;
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('Maybe later');
    expect((await stored(key)).requests).to.equal(0);
  });

  it('writes right to left in Arabic', async () => {
    const form = await mount(feedOf(consultation()), { lang: 'ar' });
    expect(form.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(form, 'form')!).direction).to.equal('rtl');
    expect($(form, 'h2')?.textContent).to.equal('مشاورة الشباب');
    // The English-only texts are isolated with their own language and direction.
    const bdi = $(form, `#q${Q.heard}-control`)!.closest('fieldset')!.querySelector('legend bdi')!;
    expect([bdi.getAttribute('lang'), bdi.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    await expect(form).to.be.accessible();
  });

  for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
    it(`is accessible in ${lang}, also with errors shown`, async () => {
      const form = await mount('/feeds/cwg-cop.json', { lang });
      await until(() => $(form, 'form'), 2000, 'the form');
      await expect(form).to.be.accessible();
      submitButton(form).click();
      await until(() => $(form, '[part~="error-summary"]'), 2000, 'the error summary');
      await expect(form).to.be.accessible();
    });
  }
});

describe('cop-consultation-form: validation', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows no error before the person interacts or submits', async () => {
    const form = await mount(feedOf(consultation()));
    expect($$(form, '[aria-invalid]')).to.deep.equal([]);
    expect($(form, '[part~="field-error"]')).to.equal(null);
    // Leaving a required field empty is not yet an error.
    await choose(form, control<HTMLSelectElement>(form, Q.age), '');
    expect($(form, '[part~="field-error"]')).to.equal(null);
  });

  it('on submit: a focused error summary linking to each invalid field, aria-invalid and aria-describedby', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await tick(form, control(form, Q.channels, 0));
    await tick(form, control(form, Q.channels, 1));
    await tick(form, control(form, Q.channels, 2));
    // Too many choices show at once: the person interacted.
    expect($(form, `#q${Q.channels}-error`)?.textContent).to.contain(
      'You chose too many answers. Choose up to 2 answers.',
    );
    submitButton(form).click();
    const summary = await until(() => $(form, '[part~="error-summary"]'), 2000, 'the summary');
    await until(() => form.shadowRoot!.activeElement === summary, 2000, 'focus on the summary');
    // An invalid choice question is marked by more than its text: a bar on its starting side.
    const bar = (index: number) =>
      getComputedStyle(control(form, index).closest('.question')!).borderInlineStartWidth;
    expect([bar(Q.consent), bar(Q.heard)]).to.deep.equal(['3px', '0px']);
    // Focused, it is read as a group named by its heading (a plain div could not be named).
    expect([
      summary.getAttribute('role'),
      $(form, `#${summary.getAttribute('aria-labelledby')}`)?.localName,
    ]).to.deep.equal(['group', 'h3']);
    expect(texts(form, '[part~="error-summary"] a')).to.deep.equal([
      'How old are you? — Choose an answer.',
      'Where should we tell others? — You chose too many answers. Choose up to 2 answers.',
      'I agree that my answers are used anonymously. — Tick this box if you agree. Your answers can only be sent with your agreement.',
    ]);
    const age = control<HTMLSelectElement>(form, Q.age);
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.equal(`q${Q.age}-error`);
    const group = control(form, Q.channels).closest('fieldset')!;
    expect(group.getAttribute('aria-describedby')).to.equal(`q${Q.channels}-count q${Q.channels}-error`);
    expect($(form, `#q${Q.channels}-count`)?.textContent?.trim()).to.equal('Chosen: 3 of 2');
    expect(control(form, Q.channels).getAttribute('aria-invalid')).to.equal('true');
    expect(control(form, Q.consent).getAttribute('aria-describedby')).to.equal(`q${Q.consent}-error`);
    $$<HTMLAnchorElement>(form, '[part~="error-summary"] a')[2]!.click();
    expect(form.shadowRoot!.activeElement).to.equal(control(form, Q.consent));
    expect((await stored(key)).requests).to.equal(0);
    // Fixing an answer removes its error at once.
    await choose(form, age, '9-12');
    expect(age.hasAttribute('aria-invalid')).to.equal(false);
    expect(texts(form, '[part~="error-summary"] a')).to.have.length(2);
  });

  it('does not check hidden questions', async () => {
    const questions = [
      {
        id: 'a',
        type: 'single',
        label: 'A',
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
      { id: 'b', type: 'text', label: 'B', required: true, showIf: { question: 'a', equals: 'y' } },
    ];
    const key = newKey();
    const form = await mount(feedOf(consultation({ questions, audience: 'public' })), {
      endpoint: `/test-consultation/201/${key}`,
    });
    await tick(form, control(form, 0));
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    expect((await stored(key)).bodies[0]!['answers']).to.deep.equal({ a: 'x' });
  });

  it('can be completed with the keyboard alone', async () => {
    const questions = [
      {
        id: 'mood',
        type: 'single',
        label: 'Mood',
        required: true,
        options: [
          { value: 'good', label: 'Good' },
          { value: 'bad', label: 'Bad' },
        ],
      },
      { id: 'why', type: 'text', label: 'Why?', required: true },
      { id: 'score', type: 'scale', label: 'Score', min: 1, max: 3 },
      { id: 'ok', type: 'consent', label: 'I agree', required: true },
    ];
    const key = newKey();
    const form = await mount(feedOf(consultation({ questions, privacy: 'No names.' })), {
      endpoint: `/test-consultation/201/${key}`,
    });
    const accepted = oneEvent(form, 'cop-submit');
    const language = $<HTMLSelectElement>(form, '[part~="language"] select')!;
    language.focus();
    await sendKeys({ press: 'Tab' }); // into the radio group
    await sendKeys({ press: 'ArrowDown' }); // "Bad"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Because' });
    await sendKeys({ press: 'Tab' }); // the scale
    await sendKeys({ press: 'ArrowRight' }); // 2
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // consent
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal(submitButton(form));
    await sendKeys({ press: 'Enter' });
    await accepted;
    expect((await stored(key)).bodies[0]!['answers']).to.deep.equal({
      mood: 'bad',
      why: 'Because',
      score: 2,
      ok: true,
    });
  });
});
