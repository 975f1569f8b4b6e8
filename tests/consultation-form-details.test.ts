import { expect, oneEvent } from '@open-wc/testing';
import { validate, problemMessage } from '../src/elements/consultation-form/validation.js';
import {
  DEFAULT_RETRY_POLICY,
  backoffDelay,
  parseRetryAfter,
} from '../src/elements/consultation-form/delivery.js';
import { pickConsultation, phaseOf, untilNextPhase } from '../src/elements/consultation-form/schedule.js';
import { inLanguage, loadLanguage } from '../src/i18n/msg.js';
import type { Question } from '../src/feed/model.js';
import {
  $,
  $$,
  DAY,
  Q,
  consultation,
  control,
  draftOf,
  feedOf,
  fillRequired,
  iso,
  mount,
  newKey,
  outbox,
  sleep,
  statusLine,
  stored,
  submitButton,
  tick,
  typeInto,
  until,
  useFastRetries,
} from './consultation-form-helpers.js';

describe('cop-consultation-form: details', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const counts: [string, number, string][] = [
    ['ar', 48, '2 حرفان متبقيان'],
    ['ar', 45, '5 أحرف متبقية'],
    ['ar', 30, '20 حرفًا متبقيًا'],
    ['ru', 49, 'Остался 1 символ'],
    ['ru', 47, 'Осталось 3 символа'],
    ['ru', 40, 'Осталось 10 символов'],
    ['fr', 49, '1 caractère restant'],
    ['zh', 40, '还可输入10个字符'],
    ['es', 48, 'Quedan 2 caracteres'],
  ];
  for (const [lang, typed, expected] of counts) {
    it(`counts characters in ${lang}: ${expected}`, async () => {
      const form = await mount(feedOf(consultation()), { lang });
      await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'x'.repeat(typed));
      expect($(form, `#q${Q.idea}-count`)?.textContent?.trim()).to.equal(expected);
    });
  }

  it('words every problem in the language being rendered', async () => {
    const questions = [
      { id: 't', type: 'text', label: 'T', required: true },
      { id: 'm', type: 'multiple', label: 'M', required: true, options: [{ value: 'a', label: 'A' }] },
      { id: 's', type: 'scale', label: 'S', min: 1, max: 5 },
      { id: 'x', type: 'section', label: 'X' },
    ] as Question[];
    const problems = validate(questions, { s: 9 });
    expect([...problems.keys()]).to.deep.equal(['t', 'm', 's']);
    await loadLanguage('ru');
    const words = (language: 'en' | 'ru') =>
      inLanguage(language, () => questions.slice(0, 3).map((q) => problemMessage(q, problems.get(q.id)!)));
    expect(words('en')).to.deep.equal([
      'Write an answer.',
      'Choose at least one answer.',
      'Choose a number from 1 to 5.',
    ]);
    expect(words('ru')).to.deep.equal([
      'Напишите ответ.',
      'Выберите хотя бы один ответ.',
      'Выберите число от 1 до 5.',
    ]);
    expect(validate(questions, { t: '   ', m: ['a'], s: 2.5 }).get('t')).to.deep.equal({ code: 'required' });
    expect(validate(questions, { t: 'ok', m: ['a'], s: 3 }).size).to.equal(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(parseRetryAfter('2', now)).to.equal(2000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('spreads the default 5 attempts over about 2 minutes, with jitter', () => {
    const total = (random: number) =>
      [1, 2, 3, 4].reduce((sum, attempt) => sum + backoffDelay(attempt, DEFAULT_RETRY_POLICY, random), 0);
    expect(DEFAULT_RETRY_POLICY).to.deep.include({
      attempts: 5,
      attemptTimeout: 20_000,
      maxRetryAfter: 120_000,
    });
    expect(total(0.5)).to.equal(120_000);
    expect(total(0)).to.equal(90_000);
    expect(total(1)).to.equal(150_000);
    expect(backoffDelay(2, DEFAULT_RETRY_POLICY, 0.5)).to.equal(
      2 * backoffDelay(1, DEFAULT_RETRY_POLICY, 0.5),
    );
  });

  it('knows where a consultation stands in time', () => {
    const now = Date.now();
    const c = consultation({ opens: iso(DAY), closes: iso(2 * DAY) }) as never;
    expect(phaseOf(c, now)).to.equal('upcoming');
    expect(untilNextPhase(c, now)).to.be.closeTo(DAY, 1000);
    const always = consultation({ opens: undefined, closes: undefined }) as never;
    expect(phaseOf(always, now)).to.equal('open');
    expect(untilNextPhase(always, now)).to.equal(undefined);
    expect(pickConsultation([], undefined, now)).to.equal(undefined);
  });

  it('keeps drafts for the page when localStorage refuses them', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const feed = feedOf(consultation());
      const form = await mount(feed);
      await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Kept in memory');
      const parent = form.parentElement!;
      form.remove();
      expect(draftOf('test-youth')).to.equal(null);
      const again = await mount(feed, {}, parent);
      expect(control<HTMLTextAreaElement>(again, Q.idea).value).to.equal('Kept in memory');
      $<HTMLButtonElement>(again, '[part~="clear-button"]')!.click();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('writes the draft when the page is hidden', async () => {
    const form = await mount(feedOf(consultation()));
    await typeInto(form, control<HTMLTextAreaElement>(form, Q.idea), 'Leaving');
    window.dispatchEvent(new Event('pagehide'));
    expect(draftOf('test-youth')?.answers).to.deep.equal({ idea: 'Leaving' });
  });

  it('makes a UUID v4 without crypto.randomUUID (pages that are not secure contexts)', async () => {
    const restore = useFastRetries();
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const key = newKey();
      const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${key}` });
      await fillRequired(form);
      const accepted = oneEvent(form, 'cop-submit');
      submitButton(form).click();
      const { detail } = await accepted;
      expect(detail.submissionId).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
      restore();
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('ignores an endpoint attribute that is not http(s), and uses the feed’s', async () => {
    const key = newKey();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const form = await mount(feedOf(consultation({ endpoint: `/test-consultation/201/${key}` })), {
        endpoint: 'javascript:alert(1)',
      });
      await fillRequired(form);
      const accepted = oneEvent(form, 'cop-submit');
      submitButton(form).click();
      await accepted;
    } finally {
      console.warn = warn;
    }
    expect((await stored(key)).stored).to.equal(1);
    expect(String(warnings[0])).to.contain('not an http(s) address');
  });

  it('lets members send another response after one was accepted', async () => {
    const key = newKey();
    const members = consultation({
      audience: 'members',
      privacy: undefined,
      questions: [{ id: 'comment', type: 'long-text', label: 'Your comment', required: true }],
    });
    const form = await mount(feedOf(members), { endpoint: `/test-consultation/201/${key}` });
    await typeInto(form, control<HTMLTextAreaElement>(form, 0), 'First');
    let accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    $<HTMLButtonElement>(form, '[part~="another-button"]')!.click();
    await form.updateComplete;
    expect(control<HTMLTextAreaElement>(form, 0).value).to.equal('');
    expect($(form, '[part~="field-error"]')).to.equal(null);
    await typeInto(form, control<HTMLTextAreaElement>(form, 0), 'Second');
    accepted = oneEvent(form, 'cop-submit');
    submitButton(form).click();
    await accepted;
    const record = await stored(key);
    expect(record.stored).to.equal(2);
    expect(record.bodies.map((b) => (b['answers'] as Record<string, string>)['comment'])).to.deep.equal([
      'First',
      'Second',
    ]);
  });

  it('shows no language switch when the consultation exists in one language only', async () => {
    const form = await mount(feedOf(consultation({ title: 'Only English' })));
    expect($(form, '[part~="language"]')).to.equal(null);
  });

  it('withdraws a response that ran out of attempts when the answers are cleared', async () => {
    const restore = useFastRetries({ attempts: 1 });
    try {
      const key = newKey();
      const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/503/${key}` });
      await fillRequired(form);
      const failed = oneEvent(form, 'cop-error');
      submitButton(form).click();
      await failed;
      expect(outbox()).to.have.length(1);
      $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
      await form.updateComplete;
      expect(outbox()).to.deep.equal([]);
      expect(statusLine(form)).to.equal('Your answers were cleared from this device.');
      expect(control<HTMLSelectElement>(form, Q.age).disabled).to.equal(false);
    } finally {
      restore();
    }
  });

  it('shows a response waiting from an earlier visit even when its draft is gone', async () => {
    const restore = useFastRetries();
    try {
      const key = newKey();
      const submissionId = crypto.randomUUID();
      const body = {
        consultation: 'test-youth',
        submissionId,
        locale: 'en',
        submittedAt: new Date().toISOString(),
        answers: { idea: 'Queued', age: '9-12', consent: true },
      };
      localStorage.setItem(
        'cop-widgets:outbox',
        JSON.stringify([
          {
            submissionId,
            consultation: 'test-youth',
            endpoint: `/test-consultation/503,201/${key}`,
            body: JSON.stringify(body),
            queuedAt: Date.now(),
          },
        ]),
      );
      const form = document.createElement('cop-consultation-form');
      const accepted = oneEvent(form, 'cop-submit');
      form.feed = feedOf(consultation());
      document.body.append(form);
      try {
        await until(() => $(form, 'form'), 2000, 'the form');
        expect(control<HTMLTextAreaElement>(form, Q.idea).value).to.equal('Queued');
        const { detail } = await accepted;
        expect(detail.submissionId).to.equal(submissionId);
        expect((await stored(key)).stored).to.equal(1);
      } finally {
        form.remove();
      }
    } finally {
      restore();
    }
  });

  it('switches to the closed state when the closing time passes', async () => {
    const form = await mount(feedOf(consultation({ opens: iso(-3 * DAY), closes: iso(1500) })));
    expect($(form, 'form')).to.not.equal(null);
    await sleep(1700);
    await until(() => $(form, 'form') === null, 2000, 'the closed state');
    expect($(form, '[part~="unavailable"]')?.textContent).to.contain('closed');
  });

  it('keeps the scale, radio and checkbox answers through a re-render', async () => {
    const form = await mount(feedOf(consultation()));
    await tick(form, control(form, Q.interest, 2));
    await tick(form, control(form, Q.channels, 1));
    form.setAttribute('lang', 'fr');
    await until(() => $(form, 'h2')?.textContent === 'Consultation des jeunes', 2000, 'French');
    expect(control(form, Q.interest, 2).checked).to.equal(true);
    expect(control(form, Q.channels, 1).checked).to.equal(true);
    expect($$(form, `input[name="q${Q.interest}"]:checked`)).to.have.length(1);
  });
});
