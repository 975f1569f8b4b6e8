import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CopErrorDetail, CopLoadDetail } from '../src/internal/feed-controller.js';
import { FeedProbe, StrictFeedProbe, shown } from './helpers/feed-probe.js';

void FeedProbe;
void StrictFeedProbe;

const unique = () => crypto.randomUUID().slice(0, 8);

async function hits(key: string): Promise<number> {
  return Number(await (await fetch(`/test-feed/hits/${key}`)).text());
}

const holders: HTMLElement[] = [];

/** Creates the element and waits for its first `cop-load` or `cop-error`. */
async function outcome(template: ReturnType<typeof html>) {
  const holder = document.createElement('div');
  document.body.append(holder);
  holders.push(holder);
  const events: CustomEvent[] = [];
  const done = new Promise<CustomEvent>((resolve) => {
    const take = (event: Event) => {
      events.push(event as CustomEvent);
      resolve(event as CustomEvent);
    };
    holder.addEventListener('cop-load', take);
    holder.addEventListener('cop-error', take);
  });
  const { render } = await import('lit');
  render(template, holder);
  const event = await done;
  const element = holder.firstElementChild as FeedProbe;
  return { element, event, events, holder };
}

describe('feed loading', () => {
  afterEach(() => {
    holders.splice(0).forEach((holder) => holder.remove());
  });

  it('loads src, renders it, then fires cop-load with the count', async () => {
    const { element, event } = await outcome(
      html`<test-feed-probe src="/test-feed/ok/${unique()}"></test-feed-probe>`,
    );
    expect(event.type).to.equal('cop-load');
    expect((event.detail as CopLoadDetail).count).to.equal(2);
    expect((event.detail as CopLoadDetail).issues).to.equal(undefined);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(shown(element)).to.equal('complete d1,d2');
  });

  it('shows the pending state while the feed is on its way', async () => {
    const element = await fixture<FeedProbe>(
      html`<test-feed-probe src="/test-feed/slow/300"></test-feed-probe>`,
    );
    expect(shown(element)).to.equal('pending');
    await oneEvent(element, 'cop-load');
    expect(shown(element)).to.equal('complete d1,d2');
  });

  it('resolves relative file URLs against the feed URL', async () => {
    const { element } = await outcome(
      html`<test-feed-probe src="/test-feed/ok/${unique()}"></test-feed-probe>`,
    );
    const state = element.feedController.state;
    if (state.status !== 'complete') throw new Error('not loaded');
    expect(state.feed.documents[0]?.files[0]?.url).to.equal(
      `${location.origin}/test-feed/ok/files/d1-en.pdf`,
    );
  });

  it('fetches a URL once for several elements, and reuses it for elements added later', async () => {
    const key = unique();
    const { holder } = await outcome(html`
      <test-feed-probe src="/test-feed/ok/${key}"></test-feed-probe>
      <test-feed-probe src="${location.origin}/test-feed/ok/${key}"></test-feed-probe>
      <test-feed-probe src="/test-feed/ok/${key}"></test-feed-probe>
    `);
    const late = document.createElement('test-feed-probe');
    late.src = `/test-feed/ok/${key}`;
    holder.append(late);
    await oneEvent(late, 'cop-load');
    for (const element of holder.querySelectorAll('test-feed-probe')) {
      await element.updateComplete;
      expect(shown(element)).to.equal('complete d1,d2');
    }
    expect(await hits(key)).to.equal(1);
  });

  it('fetches again on reload()', async () => {
    const key = unique();
    const { element } = await outcome(html`<test-feed-probe src="/test-feed/ok/${key}"></test-feed-probe>`);
    element.feedController.reload();
    expect(shown(element)).to.equal('complete d1,d2');
    await oneEvent(element, 'cop-load');
    expect(await hits(key)).to.equal(2);
  });

  const failures: [string, string, string][] = [
    ['a 404', '/test-feed/status/404', 'http'],
    ['a 500', '/test-feed/status/500', 'http'],
    ['an HTML page', '/test-feed/html', 'invalid-json'],
    ['truncated JSON', '/test-feed/invalid-json', 'invalid-json'],
    ['a feed of another version', '/test-feed/wrong-version', 'invalid-feed'],
    ['a reset connection', '/test-feed/reset', 'network'],
    ['a body cut off midway', '/test-feed/cut', 'network'],
    ['a refused connection', 'http://127.0.0.1:9/feed.json', 'network'],
    ['an invalid URL', 'http://[::1', 'network'],
  ];
  for (const [what, src, code] of failures) {
    it(`reports ${what} as ${code}`, async () => {
      const { element, event } = await outcome(html`<test-feed-probe src=${src}></test-feed-probe>`);
      expect(event.type).to.equal('cop-error');
      expect((event.detail as CopErrorDetail).code).to.equal(code);
      expect((event.detail as CopErrorDetail).message)
        .to.be.a('string')
        .and.not.equal('');
      expect(shown(element)).to.equal(`error ${code}`);
    });
  }

  it('gives up after its timeout (timeout)', async () => {
    const { event } = await outcome(
      html`<test-strict-feed-probe src="/test-feed/slow/2000"></test-strict-feed-probe>`,
    );
    expect((event.detail as CopErrorDetail).code).to.equal('timeout');
  });

  it('stops reading past the size cap, declared or streamed (too-large)', async () => {
    const streamed = await outcome(
      html`<test-strict-feed-probe src="/test-feed/huge/1000000"></test-strict-feed-probe>`,
    );
    expect((streamed.event.detail as CopErrorDetail).code).to.equal('too-large');
    const declared = await outcome(
      html`<test-strict-feed-probe src="/test-feed/declared/900000"></test-strict-feed-probe>`,
    );
    expect((declared.event.detail as CopErrorDetail).code).to.equal('too-large');
  });

  it('passes the feed issues with cop-error when nothing is usable', async () => {
    const { event } = await outcome(
      html`<test-feed-probe .feed=${{ version: 1, documents: [{ id: 'x' }] }}></test-feed-probe>`,
    );
    const detail = event.detail as CopErrorDetail;
    expect(detail.code).to.equal('invalid-feed');
    expect(detail.issues?.map((issue) => issue.pointer)).to.include('/documents/0/title');
  });

  it('says so when it has no feed at all', async () => {
    const { event } = await outcome(html`<test-feed-probe></test-feed-probe>`);
    expect((event.detail as CopErrorDetail).code).to.equal('invalid-feed');
    expect((event.detail as CopErrorDetail).message).to.contain('src');
  });

  it('aborts a fetch in flight when its only element is removed', async () => {
    const key = unique();
    const element = await fixture<FeedProbe>(
      html`<test-feed-probe src="/test-feed/hang/${key}"></test-feed-probe>`,
    );
    await waitFor(async () => (await hits(key)) === 1);
    element.remove();
    await waitFor(async () => (await (await fetch(`/test-feed/aborted/${key}`)).text()) === 'true');
  });

  it('keeps a shared fetch going while another element still waits for it', async () => {
    const key = unique();
    const holder = await fixture(
      html`<div>
        <test-feed-probe src="/test-feed/hang/${key}"></test-feed-probe>
        <test-feed-probe src="/test-feed/hang/${key}"></test-feed-probe>
      </div>`,
    );
    await waitFor(async () => (await hits(key)) === 1);
    holder.querySelector('test-feed-probe')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await (await fetch(`/test-feed/aborted/${key}`)).text()).to.equal('false');
    holder.remove();
    await waitFor(async () => (await (await fetch(`/test-feed/aborted/${key}`)).text()) === 'true');
  });

  it('aborts on a change of src, and a stale answer never replaces the newer one', async () => {
    const key = unique();
    const element = await fixture<FeedProbe>(
      html`<test-feed-probe src="/test-feed/hang/${key}"></test-feed-probe>`,
    );
    await waitFor(async () => (await hits(key)) === 1);
    const slow = `/test-feed/slow/400?${unique()}`;
    element.src = slow;
    await element.updateComplete;
    element.src = `/test-feed/ok/${unique()}`;
    const event = await oneEvent(element, 'cop-load');
    expect(event.detail.count).to.equal(2);
    await waitFor(async () => (await (await fetch(`/test-feed/aborted/${key}`)).text()) === 'true');
    let late = 0;
    element.addEventListener('cop-load', () => (late += 1));
    element.addEventListener('cop-error', () => (late += 1));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(late).to.equal(0);
    expect(shown(element)).to.equal('complete d1,d2');
  });

  it('prefers the feed property, then an inline JSON child, then src', async () => {
    const inline =
      '{"version":1,"documents":[{"id":"inline","title":"I","date":"2020-01-01","type":"other","files":[{"lang":"en","url":"i.pdf"}]}]}';
    const property = {
      version: 1,
      documents: [
        { id: 'prop', title: 'P', date: '2020-01-01', type: 'other', files: [{ lang: 'en', url: 'p.pdf' }] },
      ],
    };
    const element = await fixture<FeedProbe>(
      html`<test-feed-probe src="/test-feed/ok/${unique()}"
        ><script type="application/json">
          ${inline}
        </script></test-feed-probe
      >`,
    );
    expect(shown(element)).to.equal('complete inline');
    const state = element.feedController.state;
    if (state.status !== 'complete') throw new Error('not loaded');
    expect(state.feed.documents[0]?.files[0]?.url).to.equal(new URL('i.pdf', document.baseURI).href);

    element.feed = property;
    await oneEvent(element, 'cop-load');
    expect(shown(element)).to.equal('complete prop');

    element.feed = undefined;
    element.querySelector('script')!.remove();
    element.requestUpdate();
    await oneEvent(element, 'cop-load');
    expect(shown(element)).to.equal('complete d1,d2');
  });

  it('reports an inline child that is not JSON as invalid-json', async () => {
    const { event } = await outcome(
      html`<test-feed-probe
        ><script type="application/json">
          { nope
        </script></test-feed-probe
      >`,
    );
    expect((event.detail as CopErrorDetail).code).to.equal('invalid-json');
  });

  it('picks up a feed property set before the element was defined', async () => {
    const tag = `test-late-probe-${unique()}`;
    const early = document.createElement(tag) as HTMLElement & { feed?: unknown };
    early.feed = {
      version: 1,
      documents: [
        { id: 'early', title: 'E', date: '2020-01-01', type: 'other', files: [{ lang: 'en', url: 'e.pdf' }] },
      ],
    };
    document.body.append(early);
    class LateProbe extends FeedProbe {}
    LateProbe.define(tag);
    await (early as unknown as FeedProbe).updateComplete;
    expect(shown(early)).to.equal('complete early');
    early.remove();
  });

  it('fires cop-load again after a new source loads, with the issues of a partly bad feed', async () => {
    const element = await fixture<FeedProbe>(
      html`<test-feed-probe src="/test-feed/ok/${unique()}"></test-feed-probe>`,
    );
    await oneEvent(element, 'cop-load');
    element.feed = {
      version: 1,
      documents: [
        { id: 'ok', title: 'Fine', date: '2020-01-01', type: 'other', files: [{ lang: 'en', url: 'a.pdf' }] },
        {
          id: 'bad',
          title: 'Script',
          date: '2020-01-01',
          type: 'other',
          files: [{ lang: 'en', url: 'javascript:alert(1)' }],
        },
      ],
    };
    const { detail } = (await oneEvent(element, 'cop-load')) as CustomEvent<CopLoadDetail>;
    expect(detail.count).to.equal(1);
    expect(detail.issues?.map((issue) => issue.pointer)).to.deep.equal([
      '/documents/1/files/0/url',
      '/documents/1',
    ]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
