// Accessibility-tree snapshots: each element's roles, names and states as assistive technology
// receives them (Chromium's tree, through the DevTools protocol), in English and in Arabic,
// committed in tests/__snapshots__/a11y-tree.test.snap.js so that a change shows up in review.
// After an intended change: `npm run test:snapshots`, and review the diff.
import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { a11ySnapshot, compareSnapshot, getSnapshot, getSnapshotConfig } from '@web/test-runner-commands';
import '../src/cop-widgets.js';
import { consultation, feedOf } from './consultation-form-helpers.js';

interface AXNode {
  role: string;
  name?: string;
  value?: string | number;
  description?: string;
  children?: AXNode[];
  [state: string]: unknown;
}

const STATES = [
  'level',
  'checked',
  'pressed',
  'selected',
  'expanded',
  'disabled',
  'required',
  'invalid',
  'haspopup',
  'multiselectable',
  'readonly',
  'modal',
];

/** One line per node: role "name" states, indented by depth; what a reviewer can read. */
function serialize(node: AXNode, depth = 0): string {
  const parts = [node.role];
  if (node.name) parts.push(JSON.stringify(node.name));
  if (node.value !== undefined && node.value !== '') parts.push(`value=${JSON.stringify(node.value)}`);
  if (node.description) parts.push(`description=${JSON.stringify(node.description)}`);
  for (const state of STATES) if (node[state] !== undefined) parts.push(`${state}=${String(node[state])}`);
  const line = `${'  '.repeat(depth)}${parts.join(' ')}\n`;
  return line + (node.children ?? []).map((child) => serialize(child, depth + 1)).join('');
}

/**
 * A consultation without dates (its tree does not change with the day the tests run), with a
 * contact page.
 */
const undatedConsultation = () => {
  const undated: Record<string, unknown> = consultation({
    contact: 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx',
  });
  delete undated['opens'];
  delete undated['closes'];
  return feedOf(undated);
};

const CASES = [
  {
    name: 'document-list',
    make: (lang: string) =>
      html`<cop-document-list lang=${lang} src="/feeds/cwg-cop.json" page-size="2"></cop-document-list>`,
  },
  {
    name: 'recommendation-timeline',
    make: (lang: string) =>
      html`<cop-recommendation-timeline
        lang=${lang}
        src="/feeds/cwg-cop.json"
        meeting="cwg-cop-14"
      ></cop-recommendation-timeline>`,
  },
  {
    name: 'resource-directory',
    make: (lang: string) =>
      html`<cop-resource-directory
        lang=${lang}
        src="/feeds/cwg-cop.json"
        scope="national"
      ></cop-resource-directory>`,
  },
  {
    name: 'consultation-form',
    make: (lang: string) =>
      html`<cop-consultation-form lang=${lang} .feed=${undatedConsultation()}></cop-consultation-form>`,
  },
  {
    // The results fixture's closed consultation (closed in 2026: its status line stays): every
    // chart a table, suppressed cells, the free-text counts.
    name: 'consultation-results',
    make: (lang: string) =>
      html`<cop-consultation-results
        lang=${lang}
        src="/test-results/feed/full"
        consultation="fixture-results-closed"
      ></cop-consultation-results>`,
  },
];

describe('accessibility-tree snapshots', () => {
  for (const { name, make } of CASES) {
    for (const lang of ['en', 'ar']) {
      it(`${name} (${lang})`, async () => {
        const holder = await fixture<HTMLDivElement>(
          html`<div id="snapshot-root" role="region" aria-label="snapshot"></div>`,
        );
        const loaded = new Promise((resolve) => holder.addEventListener('cop-load', resolve, { once: true }));
        render(make(lang), holder);
        await loaded;
        const element = holder.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        await element.updateComplete;
        // Then a painted frame, as a reader meets the page: the directory's resources out of sight
        // (content-visibility: auto) enter the accessibility tree once laid out; snapshotting before
        // any frame missed all of them in one CI dry run.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const tree = (await a11ySnapshot({ selector: '#snapshot-root' })) as unknown as AXNode;
        const content = serialize(tree);
        const snapshot = `${name}-${lang}`;
        const { updateSnapshots } = await getSnapshotConfig();
        if (!updateSnapshots && (await getSnapshot({ name: snapshot })) === undefined) {
          throw new Error(
            `No committed snapshot "${snapshot}": run \`npm run test:snapshots\` and commit it.`,
          );
        }
        await compareSnapshot({ name: snapshot, content });
      });
    }
  }
});
