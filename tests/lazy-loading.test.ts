// loading="lazy": an element below the fold holds its feed back (no request, loading state shown)
// until it comes within a screen of the viewport; eager (the default) loads at once.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/cop-widgets.js';
import type { FeedElement } from '../src/internal/feed-element.js';
import { until } from './helpers/until.js';

const unique = () => crypto.randomUUID().slice(0, 8);

async function hits(key: string): Promise<number> {
  return Number(await (await fetch(`/test-feed/hits/${key}`)).text());
}

/** Two frames and a pause: time enough for an observer's first report and a fetch to start. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i += 1) await new Promise((done) => requestAnimationFrame(done));
  await new Promise((done) => setTimeout(done, 300));
}

/** The element's outcome event (`cop-load`, or `cop-error` for a feed it cannot show). */
function outcome(element: Element): Promise<Event> {
  return Promise.race([oneEvent(element, 'cop-load'), oneEvent(element, 'cop-error')]);
}

const tags = [
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
  'cop-consultation-results',
  'cop-consultation-form',
];

describe('loading="lazy"', () => {
  let page: HTMLElement;

  beforeEach(() => {
    scrollTo(0, 0);
    page = document.createElement('div');
    document.body.append(page);
  });

  afterEach(() => {
    page.remove();
    scrollTo(0, 0);
  });

  /** `tag` with loading="lazy", after a spacer of `screens` viewport heights. */
  function below(tag: string, key: string, screens = 4): FeedElement {
    const spacer = document.createElement('div');
    spacer.style.blockSize = `${screens * innerHeight}px`;
    const element = document.createElement(tag) as FeedElement;
    element.setAttribute('loading', 'lazy');
    element.setAttribute('src', `/test-feed/ok/${key}`);
    page.append(spacer, element);
    return element;
  }

  for (const tag of tags) {
    it(`${tag}: fetches nothing off screen, then loads once scrolled near`, async () => {
      const key = unique();
      const element = below(tag, key);
      await settle();
      expect(await hits(key)).to.equal(0);
      expect(element.shadowRoot!.querySelector('[part="status"]'), 'the loading state').to.exist;
      expect(element.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
      const done = outcome(element);
      element.scrollIntoView();
      await done;
      expect(await hits(key)).to.equal(1);
    });
  }

  it('starts a screen before the element is in view', async () => {
    const key = unique();
    const element = below('cop-document-list', key, 1.5);
    const loaded = oneEvent(element, 'cop-load');
    // Half a screen under the viewport's bottom edge: inside the one-screen margin.
    await loaded;
    expect(element.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(await hits(key)).to.equal(1);
  });

  it('loads at once when on screen, and when eager (the default) wherever it is', async () => {
    const near = unique();
    const far = unique();
    const onScreen = document.createElement('cop-document-list');
    onScreen.setAttribute('loading', 'lazy');
    onScreen.src = `/test-feed/ok/${near}`;
    page.append(onScreen);
    const eager = below('cop-document-list', far);
    eager.removeAttribute('loading');
    await Promise.all([oneEvent(onScreen, 'cop-load'), oneEvent(eager, 'cop-load')]);
    expect([await hits(near), await hits(far)]).to.deep.equal([1, 1]);
  });

  it('loads at once when loading turns from lazy to eager', async () => {
    const key = unique();
    const element = below('cop-document-list', key);
    await settle();
    expect(await hits(key)).to.equal(0);
    const loaded = oneEvent(element, 'cop-load');
    element.loading = 'eager';
    await loaded;
    expect(await hits(key)).to.equal(1);
  });

  it('waits while hidden (display: none), and loads once shown', async () => {
    const key = unique();
    const timeline = document.createElement('cop-recommendation-timeline');
    timeline.setAttribute('loading', 'lazy');
    timeline.src = `/test-feed/ok/${key}`;
    timeline.style.display = 'none';
    page.append(timeline);
    await settle();
    expect(await hits(key)).to.equal(0);
    const loaded = oneEvent(timeline, 'cop-load');
    timeline.style.display = '';
    await loaded;
    expect(await hits(key)).to.equal(1);
  });

  it('keeps waiting when moved off screen and back in the page, and stays loaded after', async () => {
    const key = unique();
    const element = below('cop-document-list', key);
    await settle();
    page.append(element); // moved: disconnected and connected again, still off screen
    await settle();
    expect(await hits(key)).to.equal(0);
    const loaded = oneEvent(element, 'cop-load');
    element.scrollIntoView();
    await loaded;
    scrollTo(0, 0);
    page.append(element);
    await until(
      () => element.shadowRoot!.querySelector('.root')?.getAttribute('aria-busy') === 'false',
      'the list shown again',
    );
    expect(await hits(key)).to.equal(1);
  });
});
