// A draft language (src/i18n/languages.ts, `draft: true`: an office's translation in progress) is
// shown only where the page opts in with `data-cop-draft`; anywhere else an element asked for it
// speaks English entirely: strings, dates and direction, never half of each.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { formatDate } from '../src/i18n/format.js';
import { DRAFT_LANGUAGES } from '../src/i18n/language.js';
import { msg } from '../src/i18n/msg.js';
import { CopElement } from '../src/internal/cop-element.js';

/** Renders, in its language, one interface string (by catalog id) and a date. */
class DraftProbe extends CopElement {
  static messageId = '';
  override render() {
    return litHtml`<p>${msg('the English', { id: DraftProbe.messageId })}</p>
      <time>${formatDate('2027-06-30')}</time>`;
  }
}
DraftProbe.define('test-draft-probe');

declare global {
  interface HTMLElementTagNameMap {
    'test-draft-probe': DraftProbe;
  }
}

const shown = (element: DraftProbe, selector: string) =>
  element.shadowRoot?.querySelector(selector)?.textContent ?? '';

const longDate = (tag: string) =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'long', calendar: 'gregory', timeZone: 'UTC' }).format(
    Date.UTC(2027, 5, 30),
  );

describe('draft languages', () => {
  it('changes nothing for the languages offered, nor for others, where a page opts in', async () => {
    const french = await fixture<DraftProbe>(
      html`<div data-cop-draft><test-draft-probe lang="fr"></test-draft-probe></div>`,
    );
    const probe = french.querySelector('test-draft-probe')!;
    await probe.updateComplete;
    expect(probe.language).to.equal('fr');
    expect(shown(probe, 'time')).to.equal('30 juin 2027');
    const other = await fixture<DraftProbe>(
      html`<test-draft-probe lang="qaa" data-cop-draft></test-draft-probe>`,
    );
    expect(other.language).to.equal('en');
  });

  for (const draft of DRAFT_LANGUAGES) {
    describe(`${draft} (draft)`, () => {
      before(async () => {
        // The generated catalog, as the test server serves it (compiled from its .ts).
        const { templates } = (await import(`../src/generated/locales/${draft}.ts`)) as {
          templates: Record<string, unknown>;
        };
        // A string the translators have done, if any, else any (shown in English either way).
        DraftProbe.messageId =
          Object.keys(templates).find((id) => typeof templates[id] === 'string') ??
          Object.keys(templates)[0]!;
        translation = templates[DraftProbe.messageId];
      });
      let translation: unknown;

      it('is English, entirely, on a page that does not opt in', async () => {
        const probe = await fixture<DraftProbe>(html`<test-draft-probe lang=${draft}></test-draft-probe>`);
        expect(probe.language).to.equal('en');
        expect(probe.getAttribute('dir')).to.equal('ltr');
        expect(shown(probe, 'p')).to.equal('the English');
        expect(shown(probe, 'time')).to.equal('June 30, 2027');
      });

      it('is shown where the page opts in (data-cop-draft), and follows the opt-in live', async () => {
        const holder = await fixture<HTMLDivElement>(
          html`<div data-cop-draft><test-draft-probe lang=${draft}></test-draft-probe></div>`,
        );
        const probe = holder.querySelector('test-draft-probe')!;
        await probe.updateComplete;
        expect(probe.language).to.equal(draft);
        expect(shown(probe, 'time')).to.equal(longDate(draft));
        if (typeof translation === 'string') expect(shown(probe, 'p')).to.equal(translation);
        holder.removeAttribute('data-cop-draft');
        await Promise.resolve();
        await probe.updateComplete;
        expect(probe.language).to.equal('en');
        expect(shown(probe, 'time')).to.equal('June 30, 2027');
      });
    });
  }
});
