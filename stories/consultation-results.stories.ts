import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import '../src/elements/consultation-results/define.js';
import {
  ONLY_A_MEETING,
  PARTNER_THEME,
  SLOW_FEED,
  playFeedErrors,
  playLoading,
  renderFeedErrors,
  renderSixLanguages,
  renderThemed,
} from './support/states.js';

/**
 * The results stories' feed (stories/fixtures/results.json): five example consultations, their
 * figures made up for the stories (not CWG-COP's), each giving one state.
 */
const RESULTS = './fixtures/results.json';

/** The example consultations of {@link RESULTS}, by the state each gives. */
const CONSULTATION = {
  /** Closed, 962 responses, every count published. */
  closed: 'example-closed',
  /** Closed, 46 responses: counts below 5 (and, where one would be alone, the next) not published. */
  suppressed: 'example-suppressed',
  /** Open until 2030, the results so far: 214 responses. */
  open: 'example-open',
  /** Open, fewer than 5 responses. */
  few: 'example-few',
  /** Closed, no results entry. */
  none: 'example-none',
} as const;

type Context = { canvasElement: HTMLElement };

/** The story's results element's shadow root, once it has rendered its feed (not loading). */
async function rendered(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('cop-consultation-results');
  await waitFor(() => {
    expect(element?.shadowRoot?.querySelector('.root[aria-busy="false"]')).toBeTruthy();
  });
  return element!.shadowRoot!;
}

/** Passes when the element shows charts: `tables` of them, each a table with a caption. */
const playCharts =
  (tables: number) =>
  async ({ canvasElement }: Context): Promise<void> => {
    const root = await rendered(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('table[part="chart"]')).toHaveLength(tables));
    for (const table of root.querySelectorAll('table[part="chart"]'))
      await expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
    await expect(root.querySelector('[part="download-button"]')).toBeTruthy();
  };

/** Passes when the element shows its message (`[part="empty"]`) and no chart. */
async function playMessage({ canvasElement }: Context): Promise<void> {
  const root = await rendered(canvasElement);
  await waitFor(() => expect(root.querySelector('[part="empty"]')).toBeTruthy());
  await expect(root.querySelector('table, [part="download-button"]')).toBeNull();
}

const meta: Meta = {
  title: 'Elements/Consultation results',
  component: 'cop-consultation-results',
  // A docs page per element, from the custom elements manifest (every member described).
  tags: ['autodocs'],
  args: { src: RESULTS, consultation: CONSULTATION.closed },
  argTypes: {
    consultation: {
      control: 'select',
      options: ['', ...Object.values(CONSULTATION), 'no-such-consultation'],
    },
  },
  render: (args) =>
    html`<cop-consultation-results
      src=${args['src']}
      consultation=${args['consultation'] ?? ''}
    ></cop-consultation-results>`,
};
export default meta;

type Story = StoryObj;

/**
 * A closed consultation's results, every count published: the total, the group's summary,
 * responses by language and week, and each question (the age bands too) as a bar chart that is a
 * table.
 */
export const Full: Story = { play: playCharts(6) };

/**
 * Counts below 5 are not published (`null` in the feed): each reads "fewer than 5" over an empty
 * hatched bar, never 0; where one would be alone in its group, the next smallest is hidden too.
 */
export const SuppressedCells: Story = {
  args: { consultation: CONSULTATION.suppressed },
  play: async (context) => {
    await playCharts(6)(context);
    const root = await rendered(context.canvasElement);
    await expect(root.querySelectorAll('[part~="bar-suppressed"]').length).toBeGreaterThan(0);
  },
};

/** An open consultation: its results so far, with "Open until …". */
export const OpenConsultation: Story = { args: { consultation: CONSULTATION.open }, play: playCharts(6) };

/** Without `consultation`: the one whose results were taken last (here the open one). */
export const LatestResults: Story = { args: { consultation: '' }, play: playCharts(6) };

/** Fewer than 5 responses so far: only the threshold is said. */
export const TooFewResponses: Story = { args: { consultation: CONSULTATION.few }, play: playMessage };

/** A consultation without a results entry: "No results published yet." */
export const NoResultsPublished: Story = { args: { consultation: CONSULTATION.none }, play: playMessage };

/** A consultation the feed does not have, said plainly. */
export const UnknownConsultation: Story = {
  args: { consultation: 'no-such-consultation' },
  play: playMessage,
};

/** While the feed loads: the status and placeholder lines (the local endpoint answers after 10 s). */
export const Loading: Story = { args: { src: SLOW_FEED, consultation: '' }, play: playLoading };

/** A valid feed with no consultations (only a meeting): the plain "nothing to show" state. */
export const Empty: Story = { args: { src: ONLY_A_MEETING, consultation: '' }, play: playMessage };

/** A feed that cannot be loaded: the error and its retry button. */
export const FeedError: Story = { args: { src: './feeds/missing.json' } };

/**
 * Every feed error, each from a real response of the local endpoint or a broken fixture feed:
 * `network`, `http`, `timeout` (after 15 s), `too-large`, `invalid-json`, `invalid-feed`.
 */
export const Errors: Story = {
  render: () =>
    renderFeedErrors((src) => html`<cop-consultation-results src=${src}></cop-consultation-results>`),
  play: playFeedErrors,
};

/** In Arabic, right to left, bars growing from the right (the toolbar's language menu shows any story in any language). */
export const Arabic: Story = {
  render: () =>
    html`<cop-consultation-results
      lang="ar"
      src=${RESULTS}
      consultation=${CONSULTATION.suppressed}
    ></cop-consultation-results>`,
  play: playCharts(6),
};

/** The six UN languages side by side, each with its own `lang` (Arabic right to left). */
export const SixLanguages: Story = {
  render: () =>
    renderSixLanguages(
      (lang) =>
        html`<cop-consultation-results
          lang=${lang}
          src=${RESULTS}
          consultation=${CONSULTATION.open}
        ></cop-consultation-results>`,
      '28rem',
    ),
};

/**
 * Themed: the dark palette, a partner's accent colour (the bars take it), square corners, denser
 * spacing and its own typeface, through custom properties.
 */
export const Themed: Story = {
  render: () =>
    renderThemed(
      html`<cop-consultation-results
        theme="dark"
        src=${RESULTS}
        consultation=${CONSULTATION.suppressed}
        style=${PARTNER_THEME}
      ></cop-consultation-results>`,
    ),
};
