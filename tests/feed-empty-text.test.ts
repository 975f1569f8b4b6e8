import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/elements/document-list/define.js';
import * as model from '../src/feed/model.js';
import { reportValidation } from '../src/feed/report.js';
import { validateFeed } from '../src/feed/validate.js';
import { documentTitled } from './helpers/feed-document.js';
import type { CopLoadDetail } from '../src/internal/feed-controller.js';
import { feedJsonSchema } from '../scripts/feed-json-schema.mjs';

const doc = documentTitled;
const feedOf = (...documents: unknown[]) => ({ version: 1, documents });

async function schemaAccepts(feed: unknown): Promise<boolean> {
  const result = await executeServerCommand<{ valid: boolean }, unknown>('validate-json-schema', {
    schema: feedJsonSchema(model),
    data: feed,
  });
  return result!.valid;
}

describe('an empty text means "not translated"', () => {
  it('keeps the item, with no issue, and the JSON Schema agrees', async () => {
    const feed = feedOf(doc('d1', { en: 'Report', fr: '', es: ' \n ' }), doc('d2', 'Other'));
    const result = validateFeed(feed);
    if (!result.ok) throw new Error(result.message);
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.documents.map((d) => d.id)).to.deep.equal(['d1', 'd2']);
    expect(await schemaAccepts(feed)).to.equal(true);
  });

  it('still refuses a text with nothing in any language, as the JSON Schema does', async () => {
    const feed = feedOf(doc('d1', { en: '', fr: '  ' }), doc('d2', 'Other'));
    const result = validateFeed(feed);
    if (!result.ok) throw new Error(result.message);
    expect(result.issues.map((issue) => issue.pointer)).to.deep.equal(['/documents/0/title']);
    expect(result.feed.documents.map((d) => d.id)).to.deep.equal(['d2']);
    expect(await schemaAccepts(feed)).to.equal(false);
  });

  it('is a warning of the validate command, at its pointer, not an issue', () => {
    const feed = feedOf(doc('d1', { en: 'Report', fr: '', es: ' ' }));
    const { lines, exitCode } = reportValidation('feed.json', validateFeed(feed), { input: feed });
    expect(exitCode).to.equal(0);
    expect(lines).to.deep.equal([
      '/documents/0/title/fr: warning: Empty text: not translated; readers in fr get the en text.',
      '/documents/0/title/es: warning: Empty text: not translated; readers in es get the en text.',
      'feed.json: 0 issues, 2 warnings; kept 0 topics, 0 meetings, 0 recommendations, 1 document, 0 resources, 0 consultations, 0 results.',
    ]);
  });

  for (const lang of ['fr', 'es']) {
    it(`shows readers in ${lang} the English text, marked as English (real HTTP)`, async () => {
      const element = await fixture<HTMLElement>(
        html`<cop-document-list lang=${lang} src="/test-json/empty-texts"></cop-document-list>`,
      );
      const { detail } = (await oneEvent(element, 'cop-load')) as CustomEvent<CopLoadDetail>;
      expect(detail.count).to.equal(2);
      expect(detail.issues).to.equal(undefined);
      const titles = [...element.shadowRoot!.querySelectorAll('[part~="title"]')];
      const report = titles.find((title) => title.textContent?.trim() === 'Report');
      expect(report, 'the document titled "Report" is shown').to.not.equal(undefined);
      const bdi = report!.querySelector('bdi');
      expect(bdi?.getAttribute('lang')).to.equal('en');
      expect(bdi?.getAttribute('dir')).to.equal('ltr');
    });
  }
});
