import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/document-list/define.js';
import {
  FEED,
  ONLY_A_MEETING,
  PARTNER_THEME,
  SLOW_FEED,
  belowTheFold,
  playFeedErrors,
  playLazy,
  playLoading,
  renderFeedErrors,
  renderSixLanguages,
  renderThemed,
} from './support/states.js';

/** A feed with one document that cannot be shown, for the feed authors' notice. */
const partlyBad = {
  version: 1,
  documents: [
    {
      id: 'ok',
      symbol: 'CWG-COP/14/1',
      title: { en: 'Outcomes of the 14th meeting', fr: 'Résultats de la 14e réunion' },
      date: '2018-01-23',
      type: 'report',
      files: [
        { lang: 'en', url: 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx', format: 'html' },
      ],
    },
    { id: 'broken', title: 'A document without date, type or files' },
  ],
};

const meta: Meta = {
  title: 'Elements/Document list',
  component: 'cop-document-list',
  // A docs page per element, from the custom elements manifest (every member described).
  tags: ['autodocs'],
  args: { src: FEED, 'page-size': 5, sort: 'date-desc' },
  render: (args) =>
    html`<cop-document-list
      src=${args['src']}
      page-size=${args['page-size']}
      sort=${args['sort']}
      meeting=${args['meeting'] ?? ''}
      type=${args['type'] ?? ''}
      topic=${args['topic'] ?? ''}
      query=${args['query'] ?? ''}
    ></cop-document-list>`,
};
export default meta;

type Story = StoryObj;

/** The CWG-COP documents from the default feed, five per page. */
export const Default: Story = {};

/** Presets from attributes: only the reports, sorted by title. */
export const Presets: Story = { args: { type: 'report', sort: 'title', 'page-size': 20 } };

/** A search that finds nothing: the empty state with a way back. */
export const NoMatch: Story = { args: { query: 'no such document' } };

/** While the feed loads: the status and placeholder lines (the local endpoint answers after 10 s). */
export const Loading: Story = { args: { src: SLOW_FEED }, play: playLoading };

/**
 * `loading="lazy"`, below the fold: the list stays in its loading state, with no request, until it
 * is scrolled near (the play function scrolls to it).
 */
export const LoadingLazily: Story = {
  render: () =>
    belowTheFold(html`<cop-document-list loading="lazy" src=${FEED} page-size="3"></cop-document-list>`),
  play: playLazy,
  // On the docs page, in a frame of its own that scrolls, as a partner's page would.
  parameters: { docs: { story: { inline: false, height: '24rem' } } },
};

/** A valid feed with no documents (only a meeting): the plain "nothing to show" state. */
export const Empty: Story = { args: { src: ONLY_A_MEETING } };

/** A feed that cannot be loaded: the error and its retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

/**
 * Every feed error, each from a real response of the local endpoint or a broken fixture feed:
 * `network`, `http`, `timeout` (after 15 s), `too-large`, `invalid-json`, `invalid-feed`. Each
 * list is captioned with its code and the `code` its `cop-error` event carried.
 */
export const Errors: Story = {
  render: () => renderFeedErrors((src) => html`<cop-document-list src=${src}></cop-document-list>`),
  play: playFeedErrors,
};

/** A partly bad feed: what can be shown is, with a folded notice for feed authors. */
export const PartlyBadFeed: Story = {
  render: () => html`<cop-document-list .feed=${partlyBad}></cop-document-list>`,
};

/** In Arabic, right to left (the toolbar's language menu shows any story in any language). */
export const Arabic: Story = {
  render: () => html`<cop-document-list lang="ar" src=${FEED} page-size="5"></cop-document-list>`,
};

/** The six UN languages side by side, each list with its own `lang` (Arabic right to left). */
export const SixLanguages: Story = {
  render: () =>
    renderSixLanguages(
      (lang) => html`<cop-document-list lang=${lang} src=${FEED} page-size="3"></cop-document-list>`,
    ),
};

/**
 * Themed: the dark palette, a partner's accent colour, square corners, denser spacing and its own
 * typeface, through custom properties.
 */
export const Themed: Story = {
  render: () =>
    renderThemed(
      html`<cop-document-list
        theme="dark"
        src=${FEED}
        page-size="3"
        style=${PARTNER_THEME}
      ></cop-document-list>`,
    ),
};
