import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/recommendation-timeline/define.js';
import type { CopRecommendationTimeline } from '../src/elements/recommendation-timeline/recommendation-timeline.js';
import {
  FEED,
  ONLY_A_RESOURCE,
  PARTNER_THEME,
  SLOW_FEED,
  playFeedErrors,
  playLoading,
  renderFeedErrors,
  renderSixLanguages,
  renderThemed,
} from './support/states.js';

/** Next year's January: a meeting still ahead whenever the story is opened. */
const nextYear = new Date().getFullYear() + 1;

/** A small feed with a meeting still ahead (it offers "Add to calendar"). */
const upcoming = {
  version: 1,
  title: {
    en: 'Council Working Group on Child Online Protection',
    fr: 'Groupe de travail du Conseil sur la protection en ligne des enfants',
  },
  topics: [
    { id: 'youth-participation', label: { en: 'Youth participation', fr: 'Participation des jeunes' } },
  ],
  meetings: [
    { id: 'cwg-cop-14', number: 14, date: '2018-01-23', location: { en: 'Geneva', fr: 'Genève' } },
    {
      id: 'cwg-cop-next',
      number: 15,
      date: `${nextYear}-01-20`,
      endDate: `${nextYear}-01-21`,
      title: { en: 'Next meeting of CWG-COP', fr: 'Prochaine réunion du CWG-COP' },
      location: { en: 'Geneva', fr: 'Genève' },
    },
  ],
  recommendations: [
    {
      id: 'm14-youth-responses',
      meetings: ['cwg-cop-14'],
      kind: 'action',
      topics: ['youth-participation'],
      text: {
        en: 'Share the responses of the youth consultation.',
        fr: 'Diffuser les réponses de la consultation des jeunes.',
      },
    },
  ],
};

/** A feed with one outcome that cannot be shown (no text), for the feed authors' notice. */
const partlyBad = {
  ...upcoming,
  recommendations: [...upcoming.recommendations, { id: 'broken', meetings: ['cwg-cop-14'] }],
};

const meta: Meta = {
  title: 'Elements/Recommendation timeline',
  component: 'cop-recommendation-timeline',
  // A docs page per element, from the custom elements manifest (every member described).
  tags: ['autodocs'],
  args: { src: FEED, order: 'asc', layout: 'vertical', 'heading-level': 3 },
  argTypes: {
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
  },
  render: (args) =>
    html`<cop-recommendation-timeline
      src=${args['src']}
      order=${args['order']}
      layout=${args['layout']}
      heading-level=${args['heading-level']}
      meeting=${args['meeting'] ?? ''}
      topic=${args['topic'] ?? ''}
      ?new-tab=${args['new-tab'] === true}
    ></cop-recommendation-timeline>`,
};
export default meta;

type Story = StoryObj;

/** The CWG-COP meetings of 2015–2018 from the default feed, earliest first. */
export const Default: Story = {};

/** Latest meeting first. */
export const NewestFirst: Story = { args: { order: 'desc' } };

/** Preset `meeting`: the outcomes the 10th and 11th meetings adopted together. */
export const MeetingPreset: Story = { args: { meeting: 'cwg-cop-10' } };

/** Preset `topic`: only the outcomes on youth participation. */
export const TopicPreset: Story = { args: { topic: 'youth-participation' } };

/** Side by side on a wide element; keyboard-scrollable (Tab to it, then the arrow keys). */
export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** `layout="horizontal"` in a column narrower than 48rem: it falls back to the vertical list. */
export const HorizontalInNarrowColumn: Story = {
  render: () =>
    html`<div style="max-width: 30rem">
      <cop-recommendation-timeline src=${FEED} layout="horizontal"></cop-recommendation-timeline>
    </div>`,
};

/** A meeting still ahead offers its `.ics` calendar file; links open in a new tab. */
export const UpcomingMeeting: Story = {
  render: () => html`<cop-recommendation-timeline new-tab .feed=${upcoming}></cop-recommendation-timeline>`,
};

/** The filters leave nothing: the announced message and "Clear filters". */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CopRecommendationTimeline>('cop-recommendation-timeline')!;
    const ready = () => element.shadowRoot?.querySelector<HTMLSelectElement>('#kind-filter');
    for (let tries = 0; !ready() && tries < 100; tries += 1)
      await new Promise((done) => setTimeout(done, 50));
    const choose = async (id: string, value: string) => {
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    };
    await choose('topic-filter', 'terminology');
    await choose('kind-filter', 'action');
  },
};

/** Preset on a topic no outcome has: the plain "nothing to show" state. */
export const NothingToShow: Story = { args: { topic: 'no-such-topic' } };

/** While the feed loads: the status and placeholder lines (the local endpoint answers after 10 s). */
export const Loading: Story = { args: { src: SLOW_FEED }, play: playLoading };

/** A valid feed with no meetings (only a resource): the plain "nothing to show" state. */
export const Empty: Story = { args: { src: ONLY_A_RESOURCE } };

/** A feed that cannot be loaded: the error and its retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

/**
 * Every feed error, each from a real response of the local endpoint or a broken fixture feed:
 * `network`, `http`, `timeout` (after 15 s), `too-large`, `invalid-json`, `invalid-feed`. Each
 * timeline is captioned with its code and the `code` its `cop-error` event carried.
 */
export const Errors: Story = {
  render: () =>
    renderFeedErrors((src) => html`<cop-recommendation-timeline src=${src}></cop-recommendation-timeline>`),
  play: playFeedErrors,
};

/** A partly bad feed: what can be shown is, with a folded notice for feed authors. */
export const PartlyBadFeed: Story = {
  render: () => html`<cop-recommendation-timeline .feed=${partlyBad}></cop-recommendation-timeline>`,
};

/** In Arabic, right to left (the toolbar's language menu shows any story in any language). */
export const Arabic: Story = {
  render: () => html`<cop-recommendation-timeline lang="ar" src=${FEED}></cop-recommendation-timeline>`,
};

/** Arabic, horizontal: the time axis runs from right to left. */
export const ArabicHorizontal: Story = {
  render: () =>
    html`<cop-recommendation-timeline
      lang="ar"
      layout="horizontal"
      src=${FEED}
    ></cop-recommendation-timeline>`,
};

/**
 * The six UN languages side by side, each timeline with its own `lang` (Arabic right to left):
 * the outcomes of the 14th meeting (preset `meeting`), so that the six fit on one screen.
 */
export const SixLanguages: Story = {
  render: () =>
    renderSixLanguages(
      (lang) =>
        html`<cop-recommendation-timeline
          lang=${lang}
          src=${FEED}
          meeting="cwg-cop-14"
        ></cop-recommendation-timeline>`,
    ),
};

/**
 * Themed: the dark palette, a partner's accent colour, square corners, denser spacing and its own
 * typeface, through custom properties.
 */
export const Themed: Story = {
  render: () =>
    renderThemed(
      html`<cop-recommendation-timeline
        theme="dark"
        src=${FEED}
        style=${PARTNER_THEME}
      ></cop-recommendation-timeline>`,
    ),
};

/** Themed and horizontal: the same partner theme on the horizontal time axis. */
export const ThemedHorizontal: Story = {
  render: () =>
    renderThemed(
      html`<cop-recommendation-timeline
        theme="dark"
        layout="horizontal"
        src=${FEED}
        style=${PARTNER_THEME}
      ></cop-recommendation-timeline>`,
    ),
};
