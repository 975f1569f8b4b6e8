import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/document-list/define.js';
import { readFeedText, reportJsonError } from '../src/feed/report.js';
import type { CopErrorDetail } from '../src/internal/feed-controller.js';
import { largeCommaError } from './helpers/feed-document.js';

/** What `cop-widgets validate` prints for `text`. */
function report(text: string): string[] {
  const read = readFeedText('feed.json', text);
  if (read.ok) throw new Error('expected text that is not JSON');
  expect(read.report.exitCode).to.equal(1);
  return read.report.lines;
}

/** The feed the test server sends at `path`, as text. */
const served = async (path: string) => (await fetch(path)).text();

describe('invalid JSON, as `cop-widgets validate` reports it', () => {
  it('places a forgotten comma where it belongs, not at the next line (CRLF, byte order mark)', async () => {
    // Line 19 of the fixture is `      "id": "d1",`; the route drops its comma.
    const lines = report(await served('/test-json/comma'));
    expect(lines[0]).to.equal(
      "/: not valid JSON: line 19, column 17: Expected ',' or '}' after property value: is a comma missing here?",
    );
    expect(lines.slice(1)).to.deep.equal([
      '        "id": "d1"',
      '                  ^',
      'feed.json: not usable: the feed is not valid JSON.',
    ]);
  });

  it('places a typographic quote used as a string delimiter, which V8 gives no position for', async () => {
    const lines = report(await served('/test-json/curly'));
    expect(lines[0]).to.equal(
      "/: not valid JSON: line 20, column 16: Unexpected token '“': a typographic quote “ cannot enclose a text; use the straight quote \"",
    );
    expect(lines[1]).to.equal('        "title": “Report",');
    expect(lines[2]).to.equal(`${' '.repeat(17)}^`);
  });

  it('places an early end after the last value, not on the empty line that follows', () => {
    const lines = report('{\r\n  "version": 1,\r\n  "documents": [\r\n\r\n');
    expect(lines[0]).to.equal('/: not valid JSON: line 3, column 17: Unexpected end of JSON input');
    expect(lines[2]).to.equal(`${' '.repeat(18)}^`);
  });

  it('cuts a long line around the column, the caret still under it', () => {
    const text = `{"a": "${'x'.repeat(300)}" "b": "${'y'.repeat(100)}"}`;
    const lines = report(text);
    expect(lines[0]).to.match(/^\/: not valid JSON: line 1, column 309: /);
    const [shown, caret] = [lines[1]!.slice(2), lines[2]!.slice(2)];
    expect(shown.startsWith('…') && shown.endsWith('…')).to.equal(true);
    expect(shown[caret.length - 1]).to.equal(' '); // just after the closing quote: where the comma goes
    expect(shown[caret.length - 2]).to.equal('"');
  });

  it('says so, inventing no position, when the message and the text give none', () => {
    const lines = reportJsonError(
      'feed.json',
      '{"a": 1}',
      new RangeError('Maximum call stack size exceeded'),
    ).lines;
    expect(lines).to.deep.equal([
      '/: not valid JSON: position unknown: Maximum call stack size exceeded',
      'feed.json: not usable: the feed is not valid JSON.',
    ]);
  });

  it('reads a feed with a byte order mark', () => {
    const read = readFeedText('feed.json', '\uFEFF{"version": 1}');
    expect(read.ok && read.json).to.deep.equal({ version: 1 });
  });
});

describe('invalid JSON, in the elements', () => {
  it('tells feed authors the line, the column and the line itself, in the reader’s language', async () => {
    const element = await fixture<HTMLElement>(
      html`<cop-document-list lang="fr" src="/test-json/comma"></cop-document-list>`,
    );
    const { detail } = (await oneEvent(element, 'cop-error')) as CustomEvent<CopErrorDetail>;
    expect(detail.code).to.equal('invalid-json');
    expect(detail.issues?.[0]?.message).to.match(/^line 19, column 17: Expected ','/);
    expect(detail.message).to.contain('line 19, column 17');
    const notice = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="issues"]')!;
    expect(notice.open).to.equal(false);
    expect(notice.querySelector('summary')?.textContent?.trim()).to.equal(
      'Le flux de données n’est pas du JSON valide\u00a0: ligne 19, colonne 17',
    );
    expect(notice.querySelector('pre')?.textContent).to.equal('      "id": "d1"\n                ^');
    expect(notice.querySelector('p')?.getAttribute('lang')).to.equal('en');
    await expect(element).to.be.accessible();
  });

  it('places the typographic quote too (Arabic interface)', async () => {
    const element = await fixture<HTMLElement>(
      html`<cop-document-list lang="ar" src="/test-json/curly"></cop-document-list>`,
    );
    await oneEvent(element, 'cop-error');
    const notice = element.shadowRoot!.querySelector('details[part~="issues"]')!;
    expect(notice.querySelector('summary')?.textContent).to.contain('20').and.contain('16');
    expect(notice.querySelector('pre')?.textContent).to.equal(`      "title": “Report",\n${' '.repeat(15)}^`);
    await expect(element).to.be.accessible();
  });

  it('places the error in an inline feed too', async () => {
    const element = await fixture<HTMLElement>(
      html`<cop-document-list
        ><script type="application/json">
          {"version": 1,
           "documents": []]}
        </script></cop-document-list
      >`,
    );
    const { detail } = (await oneEvent(element, 'cop-error')) as CustomEvent<CopErrorDetail>;
    expect(detail.issues?.[0]?.message).to.match(
      /^line 3, column 27: Expected ',' or '}' after property value/,
    );
    const pre = element.shadowRoot!.querySelector('details[part~="issues"] pre');
    expect(pre?.textContent).to.equal(`           "documents": []]}\n${' '.repeat(26)}^`);
  });

  it('carries line and column from a large feed the document list reads progressively', async () => {
    const n = 5000;
    const { element, detail, column } = await largeCommaError(n);
    expect(detail.issues?.[0]?.message).to.match(new RegExp(`^line ${n}, column ${column}: Expected ','`));
    const summary = element.shadowRoot!.querySelector('details[part~="issues"] summary');
    expect(summary?.textContent?.trim()).to.equal(`The feed is not valid JSON: line ${n}, column ${column}`);
  });
});
