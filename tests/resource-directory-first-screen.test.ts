import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/resource-directory/define.js';
import { load, options, shadow, text, titles } from './helpers/directory.js';

/**
 * The first screen of a large directory (issue 20, S12): its first resources painted before the
 * facets are counted, the facets right when they come, and `cop-load` once they are there.
 */

const SCOPES = ['national', 'regional', 'international'] as const;
const REGIONS = ['africa', 'europe', 'arab-states', undefined] as const;
const KINDS = ['guideline', 'case-study', 'research', 'tool', 'helpline'] as const;
/** Titles the reader's collation orders otherwise than code points: accents, case, numbers. */
const WORDS = ['Éducation', 'education', 'Zebra', 'alpha', 'Ålesund', 'item 10', 'item 9', 'Online'];

/** `size` resources in no title order, some titles repeated (equal titles keep feed order). */
function largeFeed(size: number) {
  return {
    version: 1,
    topics: [{ id: 'bully', label: { en: 'Cyberbullying' } }],
    resources: Array.from({ length: size }, (_, i) => ({
      id: `r${i}`,
      title: `${WORDS[(i * 7) % WORDS.length]} ${(i * 7919) % (size / 2)}`,
      url: `https://example.org/${i}`,
      scope: SCOPES[i % 3],
      ...(REGIONS[i % 4] ? { region: REGIONS[i % 4] } : {}),
      kind: KINDS[i % 5],
      topics: i % 2 === 0 ? ['bully'] : [],
    })),
  };
}

type Feed = ReturnType<typeof largeFeed>;

/** The feed's titles as the element must order them: the reader's collation, then feed order. */
function inTitleOrder(feed: Feed): string[] {
  const { compare } = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return feed.resources
    .map((resource, position) => ({ title: resource.title, position }))
    .sort((a, b) => compare(a.title, b.title) || a.position - b.position)
    .map((entry) => entry.title);
}

describe('cop-resource-directory: the first screen of a large feed', () => {
  it('paints its first resources, in title order, before the facets are counted; cop-load comes with them counted', async () => {
    const feed = largeFeed(600);
    const { element, first } = await load({ feed });
    const ordered = inTitleOrder(feed);
    expect(first.titles).to.deep.equal(ordered.slice(0, 20));
    // No total before every resource is read.
    expect(first.count).to.equal('Loading…');
    expect(text(shadow(element).querySelector('[part~="count"]'))).to.equal('600 resources');
    // The panel is there (nothing moves when the facets come), busy and empty.
    expect(first.fieldsets).to.equal(0);
    expect(first.panelBusy).to.equal('true');

    // At cop-load, the facets are there with every count right.
    expect(shadow(element).querySelector('[part~="filters"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(options(element, 'Scope')).to.deep.equal([
      'National (200)',
      'Regional (200)',
      'International (200)',
    ]);
    expect(options(element, 'ITU region')).to.deep.equal([
      'Africa (150)',
      'Arab States (150)',
      'Europe (150)',
    ]);
    expect(options(element, 'Type of resource')).to.deep.equal([
      'Case study (120)',
      'Guideline (120)',
      'Helpline or hotline (120)',
      'Research (120)',
      'Tool (120)',
    ]);
    expect(titles(element)).to.deep.equal(ordered.slice(0, 20));

    // The next page continues the same order (then read from the whole sorted list).
    shadow(element).querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(ordered.slice(0, 40));
  });

  it('filters and counts at once when a value is chosen from the start (the page URL), and groups in order', async () => {
    const feed = largeFeed(600);
    const url = new URL(location.href);
    url.searchParams.set('dir-region', 'europe');
    history.replaceState(null, '', url);
    try {
      const { element, first } = await load({ feed }, { 'sync-url': '', 'group-by': 'kind' });
      const europe = feed.resources.filter((resource) => resource.region === 'europe');
      expect(first.count).to.equal('150 resources');
      expect(first.fieldsets).to.be.greaterThan(0);
      expect(first.panelBusy).to.equal('false');
      // Grouped by kind, kinds in the reader's order, each group's titles in title order.
      const byKind = ['case-study', 'guideline', 'helpline', 'research', 'tool'].flatMap((kind) =>
        inTitleOrder({ ...feed, resources: europe.filter((resource) => resource.kind === kind) }),
      );
      expect(first.titles).to.deep.equal(byKind.slice(0, 20));
      expect(options(element, 'Scope')).to.deep.equal([
        'National (50)',
        'Regional (50)',
        'International (50)',
      ]);
    } finally {
      url.searchParams.delete('dir-region');
      url.searchParams.delete('dir-group');
      history.replaceState(null, '', url);
    }
  });

  it('draws a resource with all its details in at most 23 elements', async () => {
    const feed = {
      version: 1,
      topics: [
        { id: 'bully', label: { en: 'Cyberbullying' } },
        { id: 'skills', label: { en: 'Digital skills' } },
      ],
      resources: [
        {
          id: 'r1',
          title: 'Full resource',
          description: 'Every detail.',
          url: 'https://example.org/full',
          scope: 'national',
          region: 'europe',
          countries: ['FR', 'BE'],
          kind: 'case-study',
          stakeholder: 'government',
          topics: ['bully', 'skills'],
          languages: ['en', 'fr'],
        },
      ],
    };
    const element = document.createElement('cop-resource-directory');
    element.feed = feed;
    const loaded = oneEvent(element, 'cop-load');
    (await fixture(html`<div lang="en"></div>`)).append(element);
    await loaded;
    const card = shadow(element).querySelector('[part~="resource"]')!;
    // Seven details, each a term and a value; the topics a list of two.
    expect(card.querySelectorAll('dt')).to.have.length(7);
    expect(card.querySelectorAll('dd li')).to.have.length(2);
    expect(card.querySelectorAll('*').length + 1).to.be.at.most(23);
  });
});
