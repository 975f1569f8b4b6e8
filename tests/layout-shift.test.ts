import { expect } from '@open-wc/testing';
import { until } from './helpers/until.js';

/**
 * A partner page following the README ("Before the script runs"): the reservation its
 * cop-widgets.css block gives, for each element, on a page with text before and after the
 * elements. Nothing on the page may move while the elements load (cumulative layout shift 0),
 * whatever the feed holds: the real feed's long lists as well as a feed shorter than the room.
 */
const TAGS = [
  'cop-document-list',
  'cop-recommendation-timeline',
  'cop-resource-directory',
  'cop-consultation-form',
];

/** The README's ```css file=cop-widgets.css block (written for cop-document-list), for every tag. */
async function partnerCss(): Promise<string> {
  const examples: { file: string }[] = await (await fetch('/test-docs/examples.json')).json();
  const css = await (
    await fetch(`/test-docs/${examples.findIndex((e) => e.file === 'README.md')}/cop-widgets.css`)
  ).text();
  expect(css, "the README's cop-widgets.css").to.contain('--cop-loading-block-size');
  return TAGS.map((tag) => css.replaceAll('cop-document-list', tag)).join('\n');
}

type ShiftWindow = Window & {
  shifts: { value: number; startTime: number; sources: string[] }[];
  loads: number;
};

/**
 * Opens `body` as a partner page in a `width`×`height` frame (its viewport), recording every
 * layout shift from the start, with the nodes that moved; resolves once `loads` cop-load events
 * have fired and two frames have been painted after them.
 */
async function partnerPage(
  body: string,
  width: number,
  height: number,
  loads: number,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.width = String(width);
  frame.height = String(height);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <style>body { font-family: sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }
    ${await partnerCss()}</style>
    <script>
      window.shifts = [];
      window.loads = 0;
      document.addEventListener('cop-load', () => window.loads++);
      const name = (node) => node ? (node.getRootNode().host?.localName ?? '') + ' ' + (node.localName ?? '#text') : '?';
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput)
            shifts.push({ value: entry.value, startTime: entry.startTime, sources: entry.sources.map((s) => name(s.node)) });
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <script type="module" src="/test-docs/cop-widgets.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as ShiftWindow | null;
  await until(() => (win()?.loads ?? 0) >= loads, `${loads} cop-load events`, 20_000);
  await painted(frame);
  return frame;
}

/** Two animation frames of the page in `frame`, then a pause for late work (timers, observers). */
async function painted(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  for (let i = 0; i < 2; i++) await new Promise((done) => win.requestAnimationFrame(done));
  await new Promise((done) => setTimeout(done, 300));
}

const shifts = (frame: HTMLIFrameElement) => (frame.contentWindow as ShiftWindow).shifts;
const height = (frame: HTMLIFrameElement, selector: string) =>
  frame.contentDocument!.querySelector(selector)!.getBoundingClientRect().height;

describe("a partner page with the README's loading reservation", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [width, height] of [
    [1024, 768],
    [800, 600],
    [412, 823],
  ] as const)
    it(`does not move while the four elements load the real feed (${width}×${height})`, async () => {
      const elements = TAGS.map(
        (tag) =>
          `<h2>${tag}</h2><${tag} src="/feeds/cwg-cop.json"><a href="https://www.itu.int/">ITU</a></${tag}>`,
      );
      const frame = await partnerPage(
        `<h1>Child Online Protection</h1><p>Text before the widgets.</p>${elements.join('')}<p>Text after.</p>`,
        width,
        height,
        4,
      );
      expect(shifts(frame)).to.deep.equal([]);
    });

  it('keeps the room while content shorter than it is on screen, and gives it back out of view', async () => {
    // Two documents and one recommendation: much shorter than the room.
    const frame = await partnerPage(
      `<style>#spacer { block-size: 2000px; }</style>
       <h1>Documents</h1><cop-document-list src="/test-feed/slow/100"></cop-document-list><p>Text after.</p>
       <div id="spacer"></div><cop-recommendation-timeline src="/test-feed/slow/100"></cop-recommendation-timeline><p>End.</p>`,
      800,
      1000,
      2,
    );
    const doc = frame.contentDocument!;
    // The room the page reserves, in pixels.
    const probe = doc.body.appendChild(doc.createElement('div'));
    probe.style.position = 'absolute';
    probe.style.minBlockSize = getComputedStyle(doc.querySelector('cop-document-list')!).getPropertyValue(
      '--cop-loading-block-size',
    );
    const room = probe.getBoundingClientRect().height;
    probe.remove();
    expect(shifts(frame), 'no shift when the short content arrives').to.deep.equal([]);
    expect(height(frame, 'cop-document-list'), 'on screen: the room is kept').to.equal(room);
    expect(height(frame, 'cop-recommendation-timeline'), 'below the screen: given back').to.be.below(room);
    // Scrolled out of view above the screen: the room is given back, and scroll anchoring keeps
    // what the reader sees in place.
    frame.contentWindow!.scrollTo(0, doc.getElementById('spacer')!.offsetTop + 100);
    await until(() => height(frame, 'cop-document-list') < room, 'the room given back', 3000);
    await painted(frame);
    expect(shifts(frame), 'no shift when the room is given back').to.deep.equal([]);
  });
});
