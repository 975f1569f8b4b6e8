import { fixture, html, oneEvent } from '@open-wc/testing';
import type { CopErrorDetail } from '../../src/internal/feed-controller.js';

/** A valid feed document titled `title` (a text, or language tag → text), with one file. */
export const documentTitled = (id: string, title: unknown) => ({
  id,
  title,
  date: '2020-01-01',
  type: 'report',
  files: [{ lang: 'en', url: `https://d.example.org/${id}.pdf` }],
});

/**
 * A document list fed the test server's `/test-json/large-comma/n` (n - 1 lines of documents, the
 * comma after the last one's id missing): the element, its `cop-error` detail, and the column of
 * the missing comma (document i is on line i + 2; the error is on line n).
 */
export async function largeCommaError(n: number) {
  const element = await fixture<HTMLElement>(
    html`<cop-document-list src="/test-json/large-comma/${n}"></cop-document-list>`,
  );
  const { detail } = (await oneEvent(element, 'cop-error')) as CustomEvent<CopErrorDetail>;
  return { element, detail, column: `{"id":"d${n - 2}"`.length + 1 };
}
