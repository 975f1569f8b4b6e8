// A consultation's `contact` (CONTRACT §3, issue 18): where a person asks for their answers to be
// deleted, shown with the privacy notice and beside the receipt code; an https: page or a mailto:
// address, anything else never rendered.
import { expect, oneEvent } from '@open-wc/testing';
import {
  $,
  $$,
  type CopConsultationForm,
  consultation,
  feedOf,
  fillRequired,
  mount,
  newKey,
  shown,
  stored,
  submitButton,
  until,
} from './consultation-form-helpers.js';

const PAGE = 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx';
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The contact line of the privacy notice, or of the receipt. */
const contactIn = (form: CopConsultationForm, where: 'privacy' | 'receipt') =>
  $(form, `[part~="${where}"] [part~="contact"]`);
const linkIn = (form: CopConsultationForm, where: 'privacy' | 'receipt') =>
  $<HTMLAnchorElement>(form, `[part~="${where}"] [part~="contact-link"]`);

/** Sends the required answers of `form` to the scripted endpoint; resolves with the receipt code. */
async function send(form: CopConsultationForm): Promise<string> {
  await fillRequired(form);
  const accepted = oneEvent(form, 'cop-submit');
  submitButton(form).click();
  const { detail } = (await accepted) as CustomEvent<{ submissionId: string }>;
  await until(() => $(form, '[part~="receipt"]'), 2000, 'the receipt');
  return detail.submissionId.slice(0, 8);
}

describe('cop-consultation-form: the consultation’s contact', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the contact page of the real feed (fetched over HTTP) in the privacy notice, as a link to a new tab', async () => {
    const form = await mount('/feeds/cwg-cop.json', { consultation: 'youth-reach-more-young-people' });
    const line = contactIn(form, 'privacy');
    expect(text(line)).to.equal(
      'To have your answers deleted, or to ask about them, contact: www.itu.int/en/council/cwg-cop/Pages/default.aspx (opens in a new tab)',
    );
    const link = linkIn(form, 'privacy')!;
    expect(link.href).to.equal(PAGE);
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(text(link.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
    // At the end of the notice, after the feed's own text.
    expect($(form, '[part~="privacy"] p:last-of-type')).to.equal(line);
  });

  it('shows an e-mail address as itself, and beside the receipt a mailto: link whose subject quotes the code', async () => {
    const key = newKey();
    const form = await mount(feedOf(consultation({ contact: 'mailto:privacy@example.org' })), {
      endpoint: `/test-consultation/201/${key}`,
    });
    expect(text(contactIn(form, 'privacy'))).to.equal(
      'To have your answers deleted, or to ask about them, contact: privacy@example.org',
    );
    expect(linkIn(form, 'privacy')!.getAttribute('href')).to.equal('mailto:privacy@example.org');

    const code = await send(form);
    expect((await stored(key)).stored).to.equal(1);
    expect(text(contactIn(form, 'receipt'))).to.equal(
      'To have your answers deleted, send this code to: privacy@example.org',
    );
    const link = linkIn(form, 'receipt')!;
    expect(link.getAttribute('href')).to.equal(
      `mailto:privacy@example.org?subject=Please%20delete%20my%20answers%3A%20receipt%20code%20${code}`,
    );
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.dir).to.equal('ltr');
    expect(shown(form)).to.contain('Write it down now: it is not kept anywhere on this device.');
    expect(shown(form)).not.to.contain('ask the organizers');
  });

  it('keeps the fields of a mailto: contact, replacing only its subject, and decodes the address shown', async () => {
    const form = await mount(
      feedOf(
        consultation({ contact: 'mailto:d%C3%A9l%C3%A9gu%C3%A9@example.org?subject=Hi&cc=dpo@example.org' }),
      ),
      { endpoint: `/test-consultation/201/${newKey()}` },
    );
    const code = await send(form);
    expect(text(linkIn(form, 'receipt'))).to.equal('délégué@example.org');
    expect(linkIn(form, 'receipt')!.getAttribute('href')).to.equal(
      `mailto:d%C3%A9l%C3%A9gu%C3%A9@example.org?cc=dpo@example.org&subject=Please%20delete%20my%20answers%3A%20receipt%20code%20${code}`,
    );
  });

  it('shows a contact page beside the receipt, in the reader’s language (French)', async () => {
    const form = await mount(feedOf(consultation({ contact: PAGE })), {
      endpoint: `/test-consultation/201/${newKey()}`,
      lang: 'fr',
    });
    await send(form);
    expect(text(contactIn(form, 'receipt'))).to.equal(
      'Pour faire supprimer ces réponses, envoyer ce code à : www.itu.int/en/council/cwg-cop/Pages/default.aspx (s’ouvre dans un nouvel onglet)',
    );
    const link = linkIn(form, 'receipt')!;
    expect([link.href, link.target, link.rel]).to.deep.equal([PAGE, '_blank', 'noopener noreferrer']);
  });

  it('prefills the e-mail subject in the reader’s language, URL-encoded (Arabic)', async () => {
    const form = await mount(feedOf(consultation({ contact: 'mailto:privacy@example.org' })), {
      endpoint: `/test-consultation/201/${newKey()}`,
      lang: 'ar',
    });
    const code = await send(form);
    const href = linkIn(form, 'receipt')!.getAttribute('href')!;
    expect(href).to.match(/^mailto:privacy@example\.org\?subject=[A-Za-z0-9%\-_.!~*'()]+$/);
    expect(decodeURIComponent(href.split('subject=')[1]!)).to.equal(`يُرجى حذف إجاباتي: رمز الإيصال ${code}`);
  });

  for (const contact of [
    'javascript:alert(1)',
    'http://www.itu.int/en/council/cwg-cop/Pages/default.aspx',
    'data:text/html,<p>hi</p>',
    'mailto:',
    'mailto:a@example.org,b@example.org',
    // Relative: read from the page's address here, an http: one.
    '/privacy',
  ]) {
    it(`never renders the contact ${JSON.stringify(contact)}: reported, and the form keeps today’s wording`, async () => {
      const element = document.createElement('cop-consultation-form');
      element.setAttribute('endpoint', `/test-consultation/201/${newKey()}`);
      element.feed = feedOf(consultation({ contact }));
      const loaded = oneEvent(element, 'cop-load');
      document.body.append(element);
      try {
        const { detail } = (await loaded) as CustomEvent<{ issues?: { pointer: string }[] }>;
        expect(detail.issues?.map((issue) => issue.pointer)).to.deep.equal(['/consultations/0/contact']);
        await element.updateComplete;
        expect($$(element, '[part~="contact"], [part~="contact-link"]')).to.deep.equal([]);
        expect(shown(element)).not.to.contain('To have your answers deleted');
        await send(element);
        expect($$(element, '[part~="contact"], a')).to.deep.equal([]);
        expect(shown(element)).to.contain(
          'If you later want your answers deleted, ask the organizers of this consultation and give them this code.',
        );
      } finally {
        element.remove();
      }
    });
  }

  it('shows the notice for a contact even without a privacy text (members)', async () => {
    const members = consultation({ audience: 'members', contact: 'mailto:secretariat@example.org' });
    delete (members as Record<string, unknown>)['privacy'];
    const form = await mount(feedOf(members));
    expect(text(contactIn(form, 'privacy'))).to.equal(
      'To have your answers deleted, or to ask about them, contact: secretariat@example.org',
    );
  });
});
