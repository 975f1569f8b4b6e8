// One polite live region per element (WCAG 4.1.3): every state has the same single
// role="status" node, and what it says changes once per settled status, never per keystroke.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/cop-widgets.js';
import { ANNOUNCE_DELAY } from '../src/internal/announcer.js';
import {
  Q,
  consultation,
  control,
  feedOf,
  fillRequired,
  mount,
  newKey,
  submitButton,
} from './consultation-form-helpers.js';

const TAGS = [
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
  'cop-consultation-form',
  'cop-consultation-results',
] as const;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const regions = (element: Element) => [
  ...element.shadowRoot!.querySelectorAll('[role="status"], [role="log"], [aria-live]'),
];

/** Everything the element's live region says from now on, one entry per change. */
function listen(element: Element): string[] {
  const [live] = regions(element);
  const said: string[] = [];
  new MutationObserver(() => said.push(clean(live!.textContent))).observe(live!, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return said;
}

/** A loaded element with these attributes (listening before it is placed: the feed may be cached). */
async function loaded(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const done = oneEvent(element, 'cop-load');
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
  await done;
  return element;
}

/** Waits until the region has had time to speak (and a little more), then returns what it said. */
async function settle(said: string[], count: number): Promise<string[]> {
  await waitUntil(() => said.length >= count, `${count} announcement(s)`, { timeout: ANNOUNCE_DELAY * 4 });
  await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY * 1.5));
  return said;
}

describe('one polite live region per element', () => {
  for (const tag of TAGS) {
    it(`${tag} keeps one and the same region while loading, loaded, and failed`, async () => {
      const element = document.createElement(tag);
      element.src = '/test-feed/slow/200';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
      await element.updateComplete;
      const loading = regions(element);
      expect(loading, 'while loading').to.have.length(1);
      expect(loading[0]!.getAttribute('role')).to.equal('status');
      await new Promise((resolve) => element.addEventListener('cop-load', resolve, { once: true }));
      const loaded = oneEvent(element, 'cop-load');
      element.src = '/feeds/cwg-cop.json';
      await loaded;
      expect(regions(element), 'loaded').to.deep.equal(loading);
      const failed = oneEvent(element, 'cop-error');
      element.src = '/test-feed/status/500';
      await failed;
      await element.updateComplete;
      expect(regions(element), 'failed').to.deep.equal(loading);
      // The failure itself is an alert, read at once; the polite region stays quiet.
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      expect(clean(loading[0]!.textContent)).to.equal('');
    });
  }
});

describe('what the live region says', () => {
  it('the document list: the final count once typing pauses, not one per keystroke', async () => {
    const element = await loaded('cop-document-list', { src: '/feeds/cwg-cop.json' });
    const said = listen(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!.focus();
    await sendKeys({ type: 'youth' });
    const count = clean(element.shadowRoot!.querySelector('[part~="count"]')!.textContent);
    expect(await settle(said, 1)).to.deep.equal([count]);
    expect(count).to.match(/of \d+ documents?$/);
  });

  it('the timeline: the count after a filter, in the element language', async () => {
    const element = await loaded('cop-recommendation-timeline', { lang: 'es', src: '/feeds/cwg-cop.json' });
    const said = listen(element);
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#topic-filter')!;
    select.value = 'cyberbullying';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const count = clean(element.shadowRoot!.querySelector('[part~="count"]')!.textContent);
    expect(await settle(said, 1)).to.deep.equal([count]);
    expect(count).to.match(/^Se muestran? \d+/);
  });

  it('the results: what another consultation shows, said once (its total, or that none are published)', async () => {
    const element = (await loaded('cop-consultation-results', {
      src: '/test-results/feed/full',
      consultation: 'fixture-results-closed',
    })) as HTMLElement & { consultation: string };
    const said = listen(element);
    element.consultation = 'fixture-no-results';
    expect(await settle(said, 1)).to.deep.equal(['No results published yet.']);
    element.consultation = 'fixture-results-2025';
    expect(await settle(said, 2)).to.deep.equal(['No results published yet.', '57 responses']);
  });

  it('the form: "Draft saved" once while typing, then "Sent" — the visible status, spoken', async () => {
    localStorage.clear();
    const form = await mount(feedOf(consultation()), { endpoint: `/test-consultation/201/${newKey()}` });
    const said = listen(form);
    const idea = control<HTMLTextAreaElement>(form, Q.idea);
    idea.focus();
    await sendKeys({ type: 'More games' });
    expect(await settle(said, 1)).to.deep.equal(['Draft saved']);
    await fillRequired(form);
    submitButton(form).click();
    await oneEvent(form, 'cop-submit');
    await settle(said, 2);
    expect(said.at(-1)).to.equal(
      clean(form.shadowRoot!.querySelector('[part~="submit-status"]')!.textContent),
    );
    expect(said.at(-1)).to.equal('Sent. Thank you!');
    localStorage.clear();
  });
});
