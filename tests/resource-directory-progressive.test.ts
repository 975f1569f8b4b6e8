import { expect } from '@open-wc/testing';
import '../src/elements/resource-directory/define.js';
import type { Resource } from '../src/feed/model.js';
import { validateFeed } from '../src/feed/validate.js';
import { count, load, options, shadow, titles } from './helpers/directory.js';

/**
 * A large directory's resources read in slices (issue 20, S12): the first page is shown before the
 * rest is read, and is exactly the whole feed's; no total is shown until every resource is read;
 * the facets, the count and `cop-load` (once) come after everything, right.
 * tests/server/routes/resource-directory.mjs serves /test-resources/<n>.
 */

/** A large feed, at an address of its own per test (the page-wide cache keeps a feed loaded once). */
const large = (test: string) => `/test-resources/3000?${test}`;

/** The feed as the element keeps it: validated, with its issues. */
async function validated(url: string) {
  const json: unknown = await (await fetch(url)).json();
  const result = validateFeed(json, { baseUrl: new URL(url, location.href).href });
  if (!result.ok) throw new Error(result.message);
  return { json, feed: result.feed, issues: result.issues };
}

/** The English titles of `resources` in the order the directory shows them (collation, then feed order). */
function inTitleOrder(resources: readonly Resource[]): string[] {
  const { compare } = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const title = (resource: Resource) =>
    typeof resource.title === 'string' ? resource.title : resource.title['en']!;
  return resources
    .map((resource, position) => ({ title: title(resource), position }))
    .sort((a, b) => compare(a.title, b.title) || a.position - b.position)
    .map((entry) => entry.title);
}

const number = (n: number) => new Intl.NumberFormat('en').format(n);
const resourcesText = (n: number) => `${number(n)} resources`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('cop-resource-directory: resources read in slices', () => {
  it('shows the whole feed’s first page before the rest of a large feed (src) is read, no total until then, and cop-load once after everything', async () => {
    const { feed, issues } = await validated(large('src'));
    const { element, first, counts, loads } = await load({ src: large('src') });
    const ordered = inTitleOrder(feed.resources);
    // The first screen: before every resource is read (no total, no facets), and exact.
    expect(first.count).to.equal('Loading…');
    expect(first.fieldsets).to.equal(0);
    expect(first.panelBusy).to.equal('true');
    expect(first.busy).to.equal('true');
    expect(first.titles).to.deep.equal(ordered.slice(0, 20));
    expect(first.titles.slice(0, 2)).to.deep.equal([
      'Aardvark 4, duplicate of an invalid one',
      'Aardvark 5, unknown topic',
    ]);
    // The count: loading, then the total; never another number.
    expect(counts).to.deep.equal(['Loading…', resourcesText(feed.resources.length)]);
    expect(titles(element)).to.deep.equal(ordered.slice(0, 20));
    const scopes = ['national', 'regional', 'international'].map(
      (scope) => feed.resources.filter((resource) => resource.scope === scope).length,
    );
    expect(options(element, 'Scope')).to.deep.equal([
      `National (${number(scopes[0]!)})`,
      `Regional (${number(scopes[1]!)})`,
      `International (${number(scopes[2]!)})`,
    ]);
    await settle();
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.count).to.equal(feed.resources.length);
    // The same issues as the feed validated at once, in the same order.
    expect(loads[0]!.detail.issues).to.deep.equal(issues);
  });

  it('reads a large feed object the same way, and shows a small one complete at once', async () => {
    const { json, feed } = await validated(large('object'));
    const whole = await load({ feed: json });
    expect(whole.first.count).to.equal('Loading…');
    expect(whole.first.titles).to.deep.equal(inTitleOrder(feed.resources).slice(0, 20));
    await settle();
    expect(whole.loads).to.have.length(1);

    const few = { ...(json as object), resources: (json as { resources: unknown[] }).resources.slice(0, 12) };
    const kept = (validateFeed(few) as { feed: { resources: unknown[] } }).feed.resources.length;
    const small = await load({ feed: few });
    expect(small.first.count).to.equal(resourcesText(kept));
    expect(small.first.busy).to.equal('false');
    expect(small.first.fieldsets).to.be.greaterThan(0);
    expect(small.counts).to.deep.equal([resourcesText(kept)]);
    await settle();
    expect(small.loads).to.have.length(1);
  });

  it('answers a search typed before every resource is read with the whole feed’s results, never a wrong total', async () => {
    const { feed } = await validated(large('search'));
    const { element, first, counts, loads } = await load(
      { src: large('search') },
      {},
      {
        onFirst: (directory) => {
          const input = shadow(directory).querySelector<HTMLInputElement>('input[type="search"]')!;
          input.value = 'online';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        },
      },
    );
    expect(first.count).to.equal('Loading…');
    await element.updateComplete;
    const matching = feed.resources.filter((resource) => /online/i.test(inTitleOrder([resource])[0]!));
    expect(matching.length).to.be.greaterThan(20);
    expect(count(element)).to.equal(resourcesText(matching.length));
    expect(titles(element)).to.deep.equal(inTitleOrder(matching).slice(0, 20));
    expect(counts.filter((seen) => seen !== 'Loading…')).to.deep.equal([resourcesText(matching.length)]);
    await settle();
    expect(loads).to.have.length(1);
  });

  it('picks the first page in the reader’s language (Arabic, right to left)', async () => {
    const { element, first } = await load({ src: large('ar') }, {}, { lang: 'ar' });
    // Before every resource is read: no number in the count yet, no facets.
    expect(first.count).to.not.match(/[0-9٠-٩]/);
    expect(first.fieldsets).to.equal(0);
    expect(first.titles).to.have.length(20);
    // Exactly what the whole feed shows first.
    expect(first.titles).to.deep.equal(titles(element));
    expect(first.titles[0]).to.match(/^أ Aardvark 4/);
    expect(getComputedStyle(element).direction).to.equal('rtl');
  });
});
