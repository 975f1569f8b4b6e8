// The filter and sort controls are drawn again only when what they show changed (not on every
// keystroke): they must still follow every change that does change them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import type { CopDocumentList } from '../src/elements/document-list/document-list.js';
import { root, search, titles } from './helpers/document-list.js';

const doc = (id: string, meeting: string, topic: string) => ({
  id,
  title: { en: `Report ${id}` },
  date: '2016-02-16',
  type: 'report',
  meeting,
  topics: [topic],
  files: [{ lang: 'en', url: `https://docs.example.org/${id}.pdf` }],
});

const feed = (meetings: number) => ({
  version: 1,
  topics: [
    { id: 'safety', label: { en: 'Safety', fr: 'Sécurité' } },
    { id: 'skills', label: { en: 'Skills', fr: 'Compétences' } },
  ],
  meetings: Array.from({ length: meetings }, (_, i) => ({
    id: `m${i + 1}`,
    number: i + 1,
    date: `201${i}-01-01`,
  })),
  documents: Array.from({ length: meetings * 2 }, (_, i) =>
    doc(`d${i}`, `m${(i % meetings) + 1}`, i % 2 ? 'skills' : 'safety'),
  ),
});

const select = (element: CopDocumentList, id: string) =>
  root(element).querySelector<HTMLSelectElement>(`#${id}`)!;
const options = (element: CopDocumentList, id: string) =>
  [...select(element, id).options].map((option) => option.textContent!.trim());

async function shown(element: CopDocumentList) {
  await waitUntil(() => root(element).querySelector('[aria-busy="false"]'), 'the feed is not shown');
  await element.updateComplete;
}

describe('cop-document-list filters, across searches', () => {
  it('keep the chosen filter through keystrokes, and follow the language, the feed and the sort', async () => {
    const element = await fixture<CopDocumentList>(
      html`<cop-document-list lang="en" .feed=${feed(2)}></cop-document-list>`,
    );
    await shown(element);
    const topic = select(element, 'filter-topic');
    topic.value = 'skills';
    topic.dispatchEvent(new Event('change'));
    await element.updateComplete;
    for (const text of ['R', 'Re', 'Report d1', 'Report d']) {
      await search(element, text);
      expect(select(element, 'filter-topic').value, `after "${text}"`).to.equal('skills');
    }
    expect(titles(element)).to.deep.equal(['Report d1', 'Report d3']);

    element.lang = 'fr';
    await waitUntil(() => options(element, 'filter-topic')[0] === 'Tous les thèmes', 'the filters in French');
    expect(options(element, 'filter-topic')).to.deep.equal(['Tous les thèmes', 'Compétences', 'Sécurité']);
    expect(select(element, 'filter-topic').value).to.equal('skills');

    element.feed = feed(3);
    await shown(element);
    await waitUntil(() => options(element, 'filter-meeting').length === 4, 'a third meeting offered');
    await search(element, 'Report d5');
    expect(titles(element)).to.deep.equal(['Report d5']);

    root(element).querySelector<HTMLSelectElement>('#sort')!.value = 'title';
    root(element).querySelector<HTMLSelectElement>('#sort')!.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(select(element, 'sort').value).to.equal('title');
    await search(element, '');
    expect(select(element, 'sort').value).to.equal('title');
  });
});
