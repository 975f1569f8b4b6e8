import { expect } from '@open-wc/testing';
import { reportValidation } from '../src/feed/report.js';
import { validateFeed } from '../src/feed/validate.js';
import { documentTitled } from './helpers/feed-document.js';
import { LANGUAGES } from '../src/i18n/language.js';

const FEED_URL = new URL('/feeds/cwg-cop.json', location.href).href;

type Json = Record<string, unknown> & {
  documents: { title: Record<string, string>; summary?: Record<string, string> }[];
};

const defaultFeed = async () => (await fetch(FEED_URL)).json() as Promise<Json>;

/** The validate command's warning lines for `input`, with `--languages` when given. */
function warnings(input: unknown, languages?: string[]): string[] {
  const { lines } = reportValidation('feed.json', validateFeed(input, { baseUrl: FEED_URL }), {
    input,
    languages,
  });
  return lines.filter((line) => line.includes(': warning: ') && !line.includes('/endpoint:'));
}

const doc = documentTitled;

describe('validate --languages', () => {
  it('warns for each text missing in a language asked for, one line each with its pointer', async () => {
    const feed = await defaultFeed();
    const all = ['ar', 'es', 'fr', 'ru', 'zh'];
    expect(warnings(feed, all), 'the CWG-COP feed, complete').to.deep.equal([]);
    delete feed.documents[0]!.title.es;
    delete feed.documents[0]!.summary!.es;
    feed.documents[2]!.title.ru = '';
    expect(warnings(feed, all)).to.deep.equal([
      '/documents/0/title: warning: No es text; readers in es get the en text.',
      '/documents/0/summary: warning: No es text; readers in es get the en text.',
      '/documents/2/title/ru: warning: Empty text: not translated; readers in ru get the en text.',
    ]);
    // Without --languages, only the empty text.
    expect(warnings(feed)).to.deep.equal([
      '/documents/2/title/ru: warning: Empty text: not translated; readers in ru get the en text.',
    ]);
  });

  it('counts a plain string as the default language, and a regional tag as its language', () => {
    const feed = {
      version: 1,
      documents: [doc('d1', 'Report'), doc('d2', { en: 'Other', 'fr-CA': 'Autre' })],
    };
    expect(warnings(feed, ['fr'])).to.deep.equal([
      '/documents/0/title: warning: No fr text; readers in fr get the en text.',
    ]);
  });
});

describe('validate: texts in a language no element speaks', () => {
  it('warns once per language tag, with how many texts and where the first is', async () => {
    const feed = {
      version: 1,
      documents: [
        doc('d1', { en: 'Report', pt: 'Relatório', de: 'Bericht' }),
        doc('d2', { en: 'Other', pt: 'Outro' }),
        doc('d3', { en: 'Third', 'zh-Hans': '第三', pt: '' }),
      ],
    };
    expect(warnings(await defaultFeed()), 'the CWG-COP feed, in the interface languages').to.deep.equal([]);
    const speaks = LANGUAGES.join(', ');
    expect(warnings(feed)).to.deep.equal([
      '/documents/2/title/pt: warning: Empty text: not translated; readers in pt get the en text.',
      `/documents/0/title/pt: warning: 2 texts are in pt, a language no element speaks (${speaks}): readers see them only where a text has no other language.`,
      `/documents/0/title/de: warning: 1 text is in de, a language no element speaks (${speaks}): readers see it only where a text has no other language.`,
    ]);
  });
});
