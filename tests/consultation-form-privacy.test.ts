import { expect, oneEvent } from '@open-wc/testing';
import { validateFeed } from '../src/feed/validate.js';
import { personalDetailsIn } from '../src/elements/consultation-form/pii.js';
import {
  $,
  DAY,
  Q,
  consultation,
  control,
  draftOf,
  feedOf,
  mount,
  newKey,
  outbox,
  sleep,
  statusLine,
  stored,
  submitButton,
  fillRequired,
  setOffline,
  tick,
  typeInto,
  until,
} from './consultation-form-helpers.js';

const DRAFT = 'cop-widgets:draft:test-youth';

describe('cop-consultation-form: drafts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('saves the answers within a second of typing, and restores them on the next visit', async () => {
    const key = newKey();
    const feed = feedOf(consultation());
    const form = await mount(feed, { endpoint: `/test-consultation/201/${key}` });
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Half an idea');
    await tick(form, control(form, Q.channels, 1));
    expect(draftOf('test-youth')).to.equal(null);
    await until(() => draftOf('test-youth'), 1000, 'the draft');
    expect(draftOf('test-youth')?.answers).to.deep.equal({ idea: 'Half an idea', channels: ['video'] });
    expect(draftOf('test-youth')?.savedAt).to.be.closeTo(Date.now(), 2000);
    await until(() => statusLine(form) === 'Draft saved', 1000, '"Draft saved"');
    expect((await stored(key)).requests, 'nothing leaves the device before Send').to.equal(0);
    expect(document.cookie).to.equal('');

    const parent = form.parentElement!;
    form.remove();
    const again = await mount(feed, {}, parent);
    expect(control<HTMLTextAreaElement>(again, Q.idea).value).to.equal('Half an idea');
    expect(control(again, Q.channels, 1).checked).to.equal(true);
    expect($(again, '[part~="restored"]')?.textContent).to.contain('We restored the answers');
  });

  it('writes a pending draft at once when the element is removed', async () => {
    const form = await mount(feedOf(consultation()));
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Quick');
    form.remove();
    expect(draftOf('test-youth')?.answers).to.deep.equal({ idea: 'Quick' });
  });

  it('"Clear my answers" deletes the draft at once and empties the form', async () => {
    const form = await mount(feedOf(consultation()));
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Secret');
    await until(() => draftOf('test-youth'), 1000, 'the draft');
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Secret, longer');
    $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
    await form.updateComplete;
    expect(localStorage.getItem(DRAFT)).to.equal(null);
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('');
    expect(statusLine(form)).to.equal('Your answers were cleared from this device.');
    await sleep(700);
    expect(localStorage.getItem(DRAFT), 'no late write').to.equal(null);
  });

  it('"Clear my answers" also withdraws a response waiting offline', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await fillRequired(form);
    await setOffline(true);
    try {
      submitButton(form).click();
      await until(() => outbox().length === 1, 2000, 'the outbox');
      $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
      await form.updateComplete;
      expect(outbox()).to.deep.equal([]);
      expect(localStorage.getItem(DRAFT)).to.equal(null);
      expect(control<HTMLSelectElement>(form, Q.age).disabled).to.equal(false);
    } finally {
      await setOffline(false);
    }
    await sleep(200);
    expect((await stored(key)).requests).to.equal(0);
  });

  it('forgets a draft older than 7 days, and keeps a younger one', async () => {
    localStorage.setItem(
      DRAFT,
      JSON.stringify({ savedAt: Date.now() - 7 * DAY - 60_000, answers: { idea: 'Old' } }),
    );
    localStorage.setItem(
      'cop-widgets:draft:other',
      JSON.stringify({ savedAt: Date.now() - 8 * DAY, answers: { x: 'Older' } }),
    );
    localStorage.setItem('cop-widgets:draft:broken', '{not json');
    const form = await mount(feedOf(consultation()));
    expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('');
    expect($(form, '[part~="restored"]')).to.equal(null);
    expect(localStorage.getItem(DRAFT)).to.equal(null);
    expect(localStorage.getItem('cop-widgets:draft:other'), 'expired drafts of any consultation go').to.equal(
      null,
    );
    expect(localStorage.getItem('cop-widgets:draft:broken')).to.equal(null);
    form.remove();

    localStorage.setItem(
      DRAFT,
      JSON.stringify({
        savedAt: Date.now() - 6 * DAY,
        answers: { idea: 'Recent', age: 'nonsense', interest: 9 },
      }),
    );
    const again = await mount(feedOf(consultation()));
    expect(control<HTMLTextAreaElement>(again, Q.idea).value).to.equal('Recent');
    expect(control<HTMLSelectElement>(again, Q.age).value, 'answers that no longer fit are dropped').to.equal(
      '',
    );
  });

  it('forgets a queued response older than 7 days', async () => {
    const old = {
      submissionId: crypto.randomUUID(),
      consultation: 'x',
      endpoint: '/nowhere',
      body: '{}',
      queuedAt: Date.now() - 8 * DAY,
    };
    localStorage.setItem('cop-widgets:outbox', JSON.stringify([old, { bogus: true }]));
    await mount(feedOf(consultation()));
    expect(outbox()).to.deep.equal([]);
  });

  it('clears the draft when the response is accepted', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await fillRequired(form);
    await until(() => draftOf('test-youth'), 1000, 'the draft');
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    expect(draftOf('test-youth')).to.equal(null);
  });
});

describe('cop-consultation-form: personal data in free text', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('finds e-mail addresses and phone numbers, in any script of digits', () => {
    expect(personalDetailsIn('write to kid.name+x@example.co.uk please')).to.deep.equal(['email']);
    expect(personalDetailsIn('ｋｉｄ＠ｅｘａｍｐｌｅ．ｃｏｍ')).to.deep.equal(['email']);
    expect(personalDetailsIn('call +41 22 730 51 11')).to.deep.equal(['phone']);
    expect(personalDetailsIn('رقمي ٠٥٠١٢٣٤٥٦٧')).to.deep.equal(['phone']);
    expect(personalDetailsIn('me@mail.ru or (555) 123-4567')).to.deep.equal(['email', 'phone']);
    for (const harmless of [
      'In 2016-2017 we had 3 meetings',
      'I am 13-15',
      'On 28.11.2026',
      'Score 10/10',
      'an @ sign',
    ])
      expect(personalDetailsIn(harmless), harmless).to.deep.equal([]);
  });

  it('warns before sending an e-mail address, and sends when the person chooses to', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await fillRequired(form);
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Mail me: kid@example.com');
    submitButton(form).click();
    const warning = await until(() => $(form, '[part~="personal-data-warning"]'), 2000, 'the warning');
    await until(() => form.shadowRoot!.activeElement === warning, 2000, 'focus on the warning');
    expect(warning.textContent).to.contain('Your idea');
    await expect(form).to.be.accessible();
    const [change, sendAnyway] = [...warning.querySelectorAll('button')];
    change!.click();
    expect(form.shadowRoot!.activeElement).to.equal(control(form, Q.idea));
    expect((await stored(key)).requests).to.equal(0);
    const accepted = oneEvent(form, 'cop-submit');
    sendAnyway!.click();
    await accepted;
    expect((await stored(key)).bodies[0]!['answers']).to.include({ idea: 'Mail me: kid@example.com' });
  });

  it('after "Send anyway" moves focus to the status line, then to the receipt, never to the page', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/slow:800/${key}` });
    await fillRequired(form);
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Mail me: kid@example.com');
    submitButton(form).click();
    const warning = await until(() => $(form, '[part~="personal-data-warning"]'), 2000, 'the warning');
    const sendAnyway = [...warning.querySelectorAll('button')][1]!;
    sendAnyway.focus();
    const accepted = oneEvent(form, 'cop-submit');
    sendAnyway.click();
    const status = $(form, '[part~="submit-status"]')!;
    await until(() => form.shadowRoot!.activeElement === status, 2000, 'focus on the status line');
    expect(document.activeElement).to.equal(form);
    expect(status.textContent).to.contain('Sending');
    const { top, bottom } = status.getBoundingClientRect();
    expect(top >= 0 && bottom <= window.innerHeight, 'the status line is scrolled into view').to.equal(true);
    await accepted;
    await until(
      () => form.shadowRoot!.activeElement === $(form, '[part~="receipt"]'),
      2000,
      'focus on the receipt',
    );
  });

  it('lets the person remove the phone number and send without a second warning', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
    await fillRequired(form);
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Call 0791234567');
    submitButton(form).click();
    await until(() => $(form, '[part~="personal-data-warning"]'), 2000, 'the warning');
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Call me maybe');
    expect($(form, '[part~="personal-data-warning"]')).to.equal(null);
    const accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    expect((await stored(key)).bodies[0]!['answers']).to.include({ idea: 'Call me maybe' });
  });
});

describe('feed validation: personal data in youth consultations', () => {
  const youth = (questions: object[], audience = 'youth') => ({
    version: 1,
    consultations: [
      { id: 'c', title: 'T', audience, endpoint: 'https://example.org/r', privacy: 'No names.', questions },
    ],
  });
  const text = (id: string, label: unknown) => ({ id, type: 'text', label });

  it('drops questions asking for a name, e-mail, phone, address, birth date or location, by id', () => {
    const ids = [
      'name',
      'firstName',
      'e-mail',
      'phone_number',
      'home-address',
      'date-of-birth',
      'dob',
      'gps',
      'idea',
    ];
    const result = validateFeed(youth(ids.map((id) => text(id, 'Tell us'))));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.consultations[0]?.questions.map((q) => q.id)).to.deep.equal(['idea']);
    expect(result.issues.map((i) => i.pointer)).to.deep.equal(
      ids.slice(0, -1).map((_, i) => `/consultations/0/questions/${i}/id`),
    );
    expect(result.issues[0]?.message).to.contain('must not ask for a name');
  });

  const labels: [string, string][] = [
    ['en', 'What is your email address?'],
    ['en', 'When were you born?'],
    ['fr', 'Quel est ton prénom ?'],
    ['fr', 'Où habites-tu ?'],
    ['es', 'Tu número de teléfono'],
    ['es', 'Fecha de nacimiento'],
    ['ru', 'Как тебя зовут?'],
    ['ru', 'Твой адрес'],
    ['zh', '你的手机号码'],
    ['zh', '你的位置'],
    ['ar', 'ما اسمك؟'],
    ['ar', 'تاريخ ميلادك'],
  ];
  for (const [lang, label] of labels) {
    it(`drops a youth question by its label keywords (${lang}: ${label})`, () => {
      const result = validateFeed(
        youth([text('q1', { en: 'Tell us', [lang]: label }), text('q2', 'Your idea')]),
      );
      expect(result.ok && result.feed.consultations[0]?.questions.map((q) => q.id)).to.deep.equal(['q2']);
      expect(result.issues.map((i) => i.pointer)).to.deep.equal(['/consultations/0/questions/0/label']);
    });
  }

  it('keeps harmless labels, consent texts, sections, and members’ questions', () => {
    const questions = [
      text('a', 'How should schools address bullying?'),
      text('b', { fr: 'Nombre d’heures en ligne', es: '¿Cuántas horas?' }),
      { id: 'c', type: 'consent', label: 'I agree, without my name' },
      {
        id: 'd',
        type: 'section',
        label: 'Your email stays private',
        help: 'We never ask for a date of birth.',
      },
    ];
    expect(validateFeed(youth(questions)).issues).to.deep.equal([]);
    expect(
      validateFeed(youth([text('organization-email', 'E-mail of your organization')], 'members')).issues,
    ).to.deep.equal([]);
  });

  it('drops an age band that offers a birth date or year, for any audience', () => {
    const band = (options: object[]) => ({ id: 'age', type: 'age-band', label: 'Age', options });
    for (const audience of ['youth', 'public']) {
      const result = validateFeed(
        youth(
          [
            band([
              { value: '13-15', label: '13 to 15' },
              { value: '2010', label: 'Born in 2010' },
            ]),
            { ...band([{ value: 'teen', label: { en: 'Teen', fr: 'né le 01/02/2010' } }]), id: 'age2' },
            {
              ...band([
                { value: '13-15', label: '13–15' },
                { value: '16-18', label: '16–18' },
              ]),
              id: 'age3',
            },
          ],
          audience,
        ),
      );
      expect(result.ok && result.feed.consultations[0]?.questions.map((q) => q.id)).to.deep.equal(['age3']);
      expect(result.issues.map((i) => i.pointer)).to.deep.equal([
        '/consultations/0/questions/0/options/1',
        '/consultations/0/questions/1/options/0',
      ]);
    }
  });

  it('leaves the default feed alone', async () => {
    const feed: unknown = await (await fetch('/feeds/cwg-cop.json')).json();
    expect(validateFeed(feed).issues).to.deep.equal([]);
  });
});
