/**
 * What the stories of every element share: the feeds and endpoints that produce each state
 * through real responses (the fixtures in stories/fixtures/, and the local endpoint in
 * stories/public/story-endpoint.js), and the templates and play functions of the states every
 * feed element has: loading, the feed errors, the six languages side by side, a theme.
 */
import { expect, waitFor } from 'storybook/test';
import { html, type TemplateResult } from 'lit';
import type { FeedErrorCode } from '../../src/feed/load.js';
import { autonym } from '../../src/i18n/format.js';
import { LANGUAGES, directionOf } from '../../src/i18n/language.js';

/** The default feed, served beside the stories as a partner would host it. */
export const FEED = './feeds/cwg-cop.json';

/** The default feed after 10 s (the elements would give up at 15 s). */
export const SLOW_FEED = './story-api/feed/slow?ms=10000';

/** A valid feed holding only a meeting: nothing for the document list, directory or form. */
export const ONLY_A_MEETING = './fixtures/only-a-meeting.json';

/** A valid feed holding only a resource: nothing for the timeline. */
export const ONLY_A_RESOURCE = './fixtures/only-a-resource.json';

/** The consultation endpoints of the local endpoint (see stories/public/story-endpoint.js). */
export const ENDPOINT = {
  /** 201 and a receipt for a well-formed response. */
  accept: './story-api/responses/accept',
  /** 422 with an error per answer holding a web address; else as `accept`. */
  moderated: './story-api/responses/moderated',
  /** 503 with `Retry-After: 120`. */
  busy: './story-api/responses/busy',
  /** A network error. */
  offline: './story-api/responses/offline',
  /**
   * 404: nothing receives responses there, as when a feed with a relative `endpoint` is copied
   * to another site.
   */
  missing: './story-api/responses/missing',
} as const;

/** One feed that cannot be used, per `cop-error` code, and what makes it fail. */
export const FEED_ERRORS: readonly { code: FeedErrorCode; src: string; cause: string }[] = [
  { code: 'network', src: './story-api/feed/offline', cause: 'the request fails: no answer at all' },
  { code: 'http', src: './story-api/feed/500', cause: 'the server answers 500' },
  { code: 'timeout', src: './story-api/feed/hang', cause: 'no answer within 15 s' },
  { code: 'too-large', src: './story-api/feed/huge', cause: 'a body of 17 MiB (the limit is 16 MiB)' },
  { code: 'invalid-json', src: './fixtures/invalid-json.json', cause: 'a feed with a comment: not JSON' },
  { code: 'invalid-feed', src: './fixtures/invalid-feed.json', cause: 'JSON, but a feed of version 2' },
];

/**
 * How each language offered names itself, in the order they are listed (src/i18n/languages.ts:
 * the six UN languages, in the UN's order, and any an office added and published).
 */
export const SIX_LANGUAGES = LANGUAGES.map((lang) => [lang, autonym(lang)] as const);

/**
 * A partner's theme: the dark palette, its accent colour (and dark text on it), square corners,
 * denser spacing and its own typeface, all through the elements' custom properties.
 */
export const PARTNER_THEME =
  '--cop-color-accent: #f6c344; --cop-color-accent-contrast: #1b1b1b; --cop-radius: 0; ' +
  '--cop-space: 0.75rem; --cop-font-family: Georgia, "Times New Roman", serif';

const grid = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 2rem';
const caption = 'margin-block-end: 0.5rem; font: 0.875rem/1.4 system-ui, sans-serif';

/**
 * Every feed error side by side: one element per code, each captioned with the code it should
 * report, the URL that produces it, and the `code` its `cop-error` event carried.
 */
export function renderFeedErrors(element: (src: string) => TemplateResult): TemplateResult {
  const report = (event: Event, text: string) => {
    const output = (event.currentTarget as HTMLElement).querySelector('output');
    if (output) output.textContent = text;
  };
  return html`<div style=${grid}>
    ${FEED_ERRORS.map(
      ({ code, src, cause }) =>
        html`<figure
          style="margin: 0"
          data-expected=${code}
          @cop-error=${(event: CustomEvent<{ code: string }>) => report(event, event.detail.code)}
          @cop-load=${(event: Event) => report(event, 'loaded')}
        >
          <figcaption style=${caption}>
            <strong><code>${code}</code></strong
            >: ${cause} (<code>${src}</code>). <code>cop-error</code> code:
            <output>(waiting)</output>
          </figcaption>
          ${element(src)}
        </figure>`,
    )}
  </div>`;
}

/** Passes once every element of {@link renderFeedErrors} reported its own code (the timeout takes 15 s). */
export async function playFeedErrors({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const figures = [...canvasElement.querySelectorAll<HTMLElement>('figure[data-expected]')];
  await expect(figures).toHaveLength(FEED_ERRORS.length);
  await waitFor(
    () => {
      for (const figure of figures) {
        expect(figure.querySelector('output')?.textContent).toBe(figure.dataset['expected']);
        const element = figure.querySelector('figcaption + *');
        expect(element?.shadowRoot?.querySelector('[part~="error"] [part~="retry-button"]')).toBeTruthy();
      }
    },
    { timeout: 25_000, interval: 200 },
  );
}

/** The story's cop-* element. */
const copElement = (canvas: HTMLElement): Element | undefined =>
  [...canvas.querySelectorAll('*')].find((node) => node.localName.startsWith('cop-'));

/** Passes when the story's element shows its loading state (and has not loaded yet). */
export async function playLoading({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = copElement(canvasElement);
  await waitFor(() => {
    expect(element?.shadowRoot?.querySelector('[part~="status"]')).toBeTruthy();
    expect(element?.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy')).toBe('true');
  });
}

/**
 * `loading="lazy"`: the element waits a screen below a tall block and stays in its loading state;
 * scrolled near, it fetches and renders its feed.
 */
export async function playLazy({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = copElement(canvasElement);
  const root = (): Element | null | undefined => element?.shadowRoot?.querySelector('.root');
  await waitFor(() => expect(root()?.getAttribute('aria-busy')).toBe('true'));
  // Still waiting half a second later: nothing was fetched off screen.
  await new Promise((done) => setTimeout(done, 500));
  expect(root()?.getAttribute('aria-busy')).toBe('true');
  element!.scrollIntoView();
  await waitFor(() => expect(root()?.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });
}

/** A block taller than the screen, above a lazily loading element. */
export function belowTheFold(element: TemplateResult): TemplateResult {
  return html`<p style="min-block-size: 250vh; margin: 0">
      The element below has <code>loading="lazy"</code>: it fetches its feed only when scrolled within a
      screen of the viewport.
    </p>
    ${element}`;
}

/** The element once per language offered, each with its own `lang` (Arabic right to left). */
export function renderSixLanguages(
  element: (lang: string) => TemplateResult,
  minWidth = '24rem',
): TemplateResult {
  return html`<div
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(${minWidth}, 1fr)); gap: 2rem"
  >
    ${SIX_LANGUAGES.map(
      ([lang, name]) =>
        html`<figure style="margin: 0">
          <figcaption style=${caption} lang=${lang} dir=${directionOf(lang)}>
            ${name} (<code>${lang}</code>)
          </figcaption>
          ${element(lang)}
        </figure>`,
    )}
  </div>`;
}

/** A dark page around a themed element, as on a partner's dark site. */
export function renderThemed(element: TemplateResult): TemplateResult {
  return html`<div style="padding: 1rem; background: #101418; color-scheme: dark">${element}</div>`;
}
