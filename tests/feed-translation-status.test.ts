import { expect } from '@open-wc/testing';
import { feedTexts, reportStatus } from '../src/feed/status.js';
import { languageWarnings } from '../src/feed/report.js';
import { LANGUAGES } from '../src/i18n/language.js';

const FEED_URL = new URL('/feeds/cwg-cop.json', location.href).href;

type Json = Record<string, unknown> & {
  documents: { title: Record<string, string>; summary?: Record<string, string> }[];
};

async function defaultFeed(): Promise<Json> {
  return (await fetch(FEED_URL)).json() as Promise<Json>;
}

/** The table's cells for one row, by language (the header row gives the languages' order). */
function row(lines: string[], name: string): Record<string, string | undefined> {
  const header = lines[1]!.trim().split(/\s+/);
  const cells = lines
    .find((line) => line.startsWith(`${name} `))!
    .slice(name.length)
    .trim()
    .split(/\s{2,}/);
  return Object.fromEntries(header.map((language, i) => [language, cells[i]]));
}

/** The default feed with both Spanish texts (title, summary) of its first document removed. */
async function withoutSpanishDocument(): Promise<Json> {
  const feed = await defaultFeed();
  const document = feed.documents[0]!;
  delete document.title.es;
  delete document.summary!.es;
  return feed;
}

describe('the feed status command report', () => {
  it('counts the CWG-COP feed: 217 texts, each UN language 217/217', async () => {
    const { lines, exitCode } = reportStatus('cwg-cop.json', await defaultFeed());
    expect(exitCode).to.equal(0);
    expect(lines[0]).to.equal('cwg-cop.json: 217 texts; source language en');
    const all = row(lines, 'all');
    expect(Object.keys(all)).to.deep.equal([...LANGUAGES]);
    for (const language of LANGUAGES) expect(all[language], language).to.equal('217/217 100%');
    expect(row(lines, 'documents').es).to.equal('22/22 100%');
    expect(row(lines, 'questions').ru).to.equal('46/46 100%');
    expect(row(lines, 'options').zh).to.equal('56/56 100%');
  });

  it('finds the text fields from the model: nested lists, arrays of texts, results summaries', () => {
    const feed = {
      version: 1,
      title: { en: 'Feed' },
      recommendations: [
        { id: 'r', meetings: ['m'], text: { en: 'R' }, details: [{ en: 'D1' }, { en: 'D2', fr: 'D2' }] },
      ],
      documents: [
        {
          id: 'd',
          title: { en: 'T' },
          date: '2026-01-01',
          type: 'report',
          files: [{ lang: 'en', url: 'a.pdf' }],
        },
      ],
      consultations: [
        {
          id: 'c',
          title: { en: 'C' },
          questions: [
            { id: 'q', type: 'single', label: { en: 'Q' }, options: [{ value: 'a', label: { en: 'A' } }] },
          ],
        },
      ],
      results: [{ consultation: 'c', summary: { en: 'S', es: 'S' } }],
    };
    expect(feedTexts(feed).map((text) => `${text.list} ${text.pointer}`)).to.deep.equal([
      'feed /title',
      'recommendations /recommendations/0/text',
      'recommendations /recommendations/0/details/0',
      'recommendations /recommendations/0/details/1',
      'documents /documents/0/title',
      'consultations /consultations/0/title',
      'questions /consultations/0/questions/0/label',
      'options /consultations/0/questions/0/options/0/label',
      'results /results/0/summary',
    ]);
    expect(row(reportStatus('f.json', feed).lines, 'results').es).to.equal('1/1 100%');
  });

  it('reports a document without its Spanish texts as es incomplete', async () => {
    const { lines } = reportStatus('f.json', await withoutSpanishDocument());
    expect(row(lines, 'documents').es).to.equal('20/22 90.9%');
    expect(row(lines, 'documents').fr).to.equal('22/22 100%');
    expect(row(lines, 'all').es).to.equal('215/217 99%');
  });

  it('--require exits 1 when a required language is incomplete, 0 otherwise', async () => {
    const complete = reportStatus('f.json', await defaultFeed(), { require: ['ar', 'es', 'fr', 'ru', 'zh'] });
    expect(complete.exitCode).to.equal(0);
    expect(complete.lines.at(-1)).to.equal('Complete in every required language (ar, es, fr, ru, zh).');
    const feed = await withoutSpanishDocument();
    const incomplete = reportStatus('f.json', feed, { require: ['ar', 'es', 'fr', 'ru', 'zh'] });
    expect(incomplete.exitCode).to.equal(1);
    expect(incomplete.lines.at(-1)).to.equal('Incomplete: es (required: ar, es, fr, ru, zh).');
    expect(reportStatus('f.json', feed, { require: ['fr'] }).exitCode).to.equal(0);
    // A language no text has is incomplete, and gets its column.
    const pt = reportStatus('f.json', feed, { require: ['pt'] });
    expect(pt.exitCode).to.equal(1);
    expect(row(pt.lines, 'all').pt).to.equal('0/217 0%');
  });

  it('--missing lists each missing text with its pointer and its source text', async () => {
    const feed = await withoutSpanishDocument();
    const { lines, exitCode } = reportStatus('f.json', feed, { missing: ['es'] });
    expect(exitCode).to.equal(0);
    const at = lines.indexOf('Missing in es: 2');
    expect(at).to.be.greaterThan(0);
    expect(lines.slice(at + 1)).to.deep.equal([
      `/documents/0/title: ${JSON.stringify(feed.documents[0]!.title.en)}`,
      `/documents/0/summary: ${JSON.stringify(feed.documents[0]!.summary!.en)}`,
    ]);
    expect(reportStatus('f.json', await defaultFeed(), { missing: ['ru'] }).lines.at(-1)).to.equal(
      'Missing in ru: 0',
    );
  });

  it('counts a regional tag for its language, as the elements and validate --languages do', () => {
    // A reader asking for fr is shown the fr-CA text, so fr is not missing; zh-Hant counts for zh.
    const feed = {
      version: 1,
      topics: [
        { id: 'a', label: { en: 'Topic', 'fr-CA': 'Sujet', 'zh-Hant': '主題' } },
        { id: 'b', label: { en: 'Other', fr: 'Autre' } },
      ],
    };
    const { lines, exitCode } = reportStatus('f.json', feed, {
      require: ['fr', 'zh'],
      missing: ['fr', 'zh'],
    });
    const topics = row(lines, 'topics');
    expect(topics.fr).to.equal('2/2 100%');
    expect(topics.zh).to.equal('1/2 50%');
    expect(topics['fr-CA'], 'fr-CA readers get the fr text of b').to.equal('2/2 100%');
    expect(lines).to.include('Missing in fr: 0');
    expect(lines).to.include('Missing in zh: 1');
    expect(exitCode).to.equal(1);
    // The same verdict as validate --languages: no fr warning, one zh warning (topic b).
    const warned = languageWarnings(feed, ['fr', 'zh']).filter((w) => /^No (fr|zh) text/.test(w.message));
    expect(warned.map((w) => `${w.pointer} ${w.message.slice(0, 10)}`)).to.deep.equal([
      '/topics/1/label No zh text',
    ]);
  });

  it('counts a plain string as the defaultLanguage only, and takes the source from it; other languages get a column', () => {
    const feed = {
      version: 1,
      defaultLanguage: 'fr',
      topics: [
        { id: 'a', label: 'Sujet' },
        { id: 'b', label: { fr: 'Autre', pt: 'Outro', es: '' } },
      ],
    };
    const { lines } = reportStatus('f.json', feed, { missing: ['en', 'es'] });
    const topics = row(lines, 'topics');
    expect(topics.fr).to.equal('2/2 100%');
    expect(topics.en).to.equal('0/2 0%');
    expect(topics.es, 'an empty text is missing').to.equal('0/2 0%');
    expect(topics.pt).to.equal('1/2 50%');
    expect(lines).to.include('/topics/1/label: "Autre"');
    expect(lines).to.include('/topics/0/label: "Sujet"');
  });
});
