import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/resource-directory/define.js';
import {
  FEED,
  ONLY_A_MEETING,
  PARTNER_THEME,
  SLOW_FEED,
  playFeedErrors,
  playLoading,
  renderFeedErrors,
  renderSixLanguages,
  renderThemed,
} from './support/states.js';

/** A feed with one resource that cannot be shown (its link is not http/https). */
const partlyBad = {
  version: 1,
  topics: [
    { id: 'cyberbullying', label: { en: 'Cyberbullying', fr: 'Cyberharcèlement', ar: 'التنمر الإلكتروني' } },
  ],
  resources: [
    {
      id: 'esafety',
      title: 'eSafety Commissioner (Australia)',
      url: 'https://www.esafety.gov.au/',
      scope: 'national',
      region: 'asia-pacific',
      countries: ['AU'],
      kind: 'good-practice',
      stakeholder: 'government',
      topics: ['cyberbullying'],
      languages: ['en'],
    },
    {
      id: 'netsafe',
      title: 'Netsafe (New Zealand)',
      url: 'https://netsafe.org.nz/',
      scope: 'national',
      region: 'asia-pacific',
      countries: ['NZ'],
      kind: 'helpline',
      stakeholder: 'civil-society',
      topics: ['cyberbullying'],
      languages: ['en'],
    },
    {
      id: 'unsafe',
      title: 'A resource whose link is a script',
      url: 'javascript:alert(1)',
      scope: 'international',
      kind: 'tool',
    },
  ],
};

const meta: Meta = {
  title: 'Elements/Resource directory',
  component: 'cop-resource-directory',
  // A docs page per element, from the custom elements manifest (every member described).
  tags: ['autodocs'],
  args: { src: FEED, 'group-by': 'none', 'page-size': 20, 'heading-level': 3, 'sync-url': false },
  argTypes: {
    'group-by': { control: 'inline-radio', options: ['none', 'region', 'kind'] },
  },
  render: (args) =>
    html`<cop-resource-directory
      src=${args['src']}
      group-by=${args['group-by']}
      page-size=${args['page-size']}
      heading-level=${args['heading-level']}
      ?sync-url=${args['sync-url']}
      scope=${args['scope'] ?? ''}
      region=${args['region'] ?? ''}
      country=${args['country'] ?? ''}
      kind=${args['kind'] ?? ''}
      topic=${args['topic'] ?? ''}
      query=${args['query'] ?? ''}
    ></cop-resource-directory>`,
};
export default meta;

type Story = StoryObj;

/** The resources of the default CWG-COP feed: browse by facets, search, group. */
export const Default: Story = {};

/** Grouped by ITU region, each group under a heading. */
export const GroupedByRegion: Story = { args: { 'group-by': 'region' } };

/** Presets from attributes: only national helplines and good practices. */
export const Presets: Story = { args: { scope: 'national', kind: 'helpline good-practice' } };

/** Presets for one region, grouped by kind. */
export const OneRegion: Story = { args: { region: 'europe', 'group-by': 'kind' } };

/** A search that finds nothing: the empty state with a way back. */
export const NoMatch: Story = {
  render: () =>
    html`<cop-resource-directory src=${FEED} sync-url id="nomatch"></cop-resource-directory>
      <p>
        <small
          >Type a query such as <kbd>zzz</kbd> in the search box to see the empty state and its "Clear
          filters" button.</small
        >
      </p>`,
};

/** Presets that leave no resource at all. */
export const NothingToShow: Story = { args: { country: 'AQ' } };

/** While the feed loads: the status and placeholder lines (the local endpoint answers after 10 s). */
export const Loading: Story = { args: { src: SLOW_FEED }, play: playLoading };

/** A valid feed with no resources (only a meeting): the plain "nothing to show" state. */
export const Empty: Story = { args: { src: ONLY_A_MEETING } };

/** A feed that cannot be loaded: the error and its retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

/**
 * Every feed error, each from a real response of the local endpoint or a broken fixture feed:
 * `network`, `http`, `timeout` (after 15 s), `too-large`, `invalid-json`, `invalid-feed`. Each
 * directory is captioned with its code and the `code` its `cop-error` event carried.
 */
export const Errors: Story = {
  render: () => renderFeedErrors((src) => html`<cop-resource-directory src=${src}></cop-resource-directory>`),
  play: playFeedErrors,
};

/** A partly bad feed: what can be shown is, with a folded notice for feed authors. */
export const PartlyBadFeed: Story = {
  render: () => html`<cop-resource-directory .feed=${partlyBad}></cop-resource-directory>`,
};

/** In Arabic, right to left (the toolbar's language menu shows any story in any language). */
export const Arabic: Story = {
  render: () =>
    html`<cop-resource-directory lang="ar" src=${FEED} group-by="region"></cop-resource-directory>`,
};

/** Two directories on one page, each keeping its own state in the URL. */
export const TwoOnOnePage: Story = {
  render: () =>
    html`<div style="display:grid;gap:2rem">
      <cop-resource-directory
        id="national"
        lang="fr"
        src=${FEED}
        scope="national"
        sync-url
      ></cop-resource-directory>
      <cop-resource-directory
        id="global"
        lang="ru"
        src=${FEED}
        scope="international"
        sync-url
      ></cop-resource-directory>
    </div>`,
};

/** At 320 px wide, as on a small phone: the facets are folded above the results until opened. */
export const Narrow: Story = {
  render: () =>
    html`<div style="inline-size:320px"><cop-resource-directory src=${FEED}></cop-resource-directory></div>`,
};

/** The six UN languages side by side, each directory with its own `lang` (Arabic right to left). */
export const SixLanguages: Story = {
  render: () =>
    renderSixLanguages(
      (lang) =>
        html`<cop-resource-directory lang=${lang} src=${FEED} page-size="3"></cop-resource-directory>`,
      '36rem',
    ),
};

/**
 * Themed: the dark palette, a partner's accent colour, square corners, denser spacing and its own
 * typeface, through custom properties.
 */
export const Themed: Story = {
  render: () =>
    renderThemed(
      html`<cop-resource-directory
        theme="dark"
        src=${FEED}
        page-size="5"
        style=${PARTNER_THEME}
      ></cop-resource-directory>`,
    ),
};
