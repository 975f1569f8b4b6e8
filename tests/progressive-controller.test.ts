import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { ProgressiveController } from '../src/elements/recommendation-timeline/progressive-controller.js';
import { until } from './helpers/until.js';

/** Busy for `ms` of main-thread time, as rendering that many items would be. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* rendering */
  }
}

/** A list whose every update renders the items the controller allows, each costing `cost` ms. */
class ProgressiveList extends LitElement {
  items: readonly number[] = [];
  cost = 0;
  /** How many items each update showed, in order. */
  readonly shown: number[] = [];
  readonly progressive = new ProgressiveController<number>(this, () => 1, 100);

  override render() {
    const count = this.progressive.limit(this.items);
    busy((count - (this.shown.at(-1) ?? 0)) * this.cost);
    this.shown.push(count);
    return html`${count}`;
  }
}
customElements.define('progressive-list', ProgressiveList);

async function listOf(length: number, cost: number): Promise<ProgressiveList> {
  const element = await fixture<ProgressiveList>(testHtml`<progressive-list></progressive-list>`);
  element.shown.length = 0;
  element.cost = cost;
  element.items = Array.from({ length }, (_, i) => i);
  element.requestUpdate();
  await until(() => element.shown.at(-1) === length, `all ${length} items`, 20_000);
  return element;
}

describe('ProgressiveController', () => {
  it('starts with one frame’s slice, then grows the slices while updates stay cheap', async () => {
    const element = await listOf(5000, 0.005);
    expect(element.shown[0]).to.equal(100);
    // 100 a frame would take 50 updates; the slices double while they fit the frame budget.
    expect(element.shown.length).to.be.lessThan(15);
    const slices = element.shown.map((count, i) => count - (element.shown[i - 1] ?? 0));
    // Never more than twice the previous slice, nor more than ten times the first.
    slices.slice(1).forEach((slice, i) => expect(slice).to.be.at.most(Math.max(2 * slices[i]!, 100)));
    expect(Math.max(...slices)).to.be.at.most(1000);
  });

  it('keeps the first slice size when updates are slower than the frame budget', async () => {
    // 100 items cost 30 ms, three times the budget: no slice grows.
    const element = await listOf(1000, 0.3);
    const slices = element.shown.map((count, i) => count - (element.shown[i - 1] ?? 0));
    expect(slices).to.deep.equal(Array(10).fill(100));
  });

  it('starts a new list over at the first slice size', async () => {
    const element = await listOf(3000, 0.005);
    element.shown.length = 0;
    element.items = Array.from({ length: 3000 }, (_, i) => -i);
    element.requestUpdate();
    await until(() => element.shown.at(-1) === 3000, 'the new list');
    expect(element.shown[0]).to.equal(100);
  });
});
