import { expect } from '@open-wc/testing';
import { inIdleSlices } from '../src/internal/idle-work.js';
import { until } from './helpers/until.js';

/** A step that takes about `ms` of main-thread time, counting its calls. */
function busySteps(total: number, ms: number) {
  const state = { done: 0 };
  const step = () => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      /* busy */
    }
    state.done += 1;
    return state.done < total;
  };
  return { state, step };
}

describe('inIdleSlices', () => {
  it('does nothing at once, then all the work in several slices, giving the page back between them', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 0);
    const seen: number[] = [];
    const { state, step } = busySteps(12, 3);
    inIdleSlices(() => {
      seen.push(ticks); // a timer can only tick between tasks: a new value means a new slice
      return step();
    });
    expect(state.done).to.equal(0);
    await until(() => state.done === 12, 'all 12 steps');
    clearInterval(ticker);
    // 12 steps of 3 ms cannot fit one 8 ms slice: the page ran other tasks in between.
    expect(new Set(seen).size).to.be.greaterThan(1);
  });

  it('stops when asked', async () => {
    const { state, step } = busySteps(1000, 2);
    const stop = inIdleSlices(step);
    await until(() => state.done > 0, 'a first step');
    stop();
    const at = state.done;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.done).to.equal(at);
    expect(at).to.be.lessThan(1000);
  });

  /** Runs `body` with `names` removed from the browser, as in one without them. */
  async function without(names: ('requestIdleCallback' | 'scheduler')[], body: () => Promise<void>) {
    const saved = names.map((name) => Object.getOwnPropertyDescriptor(window, name));
    for (const name of names) Reflect.deleteProperty(window, name);
    try {
      await body();
    } finally {
      names.forEach((name, i) => {
        const descriptor = saved[i];
        if (descriptor) Object.defineProperty(window, name, descriptor);
      });
    }
  }

  async function doesAllAndStops(): Promise<void> {
    const { state, step } = busySteps(8, 3);
    inIdleSlices(step);
    expect(state.done).to.equal(0);
    await until(() => state.done === 8, 'all 8 steps');
    const other = busySteps(1000, 2);
    const stop = inIdleSlices(other.step);
    await until(() => other.state.done > 0, 'a first step');
    stop();
    const at = other.state.done;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(other.state.done).to.equal(at);
  }

  it('uses idle callbacks where the browser has no scheduler.postTask', async () => {
    await without(['scheduler'], async () => {
      expect('scheduler' in window).to.equal(false);
      await doesAllAndStops();
    });
  });

  it('uses timers where the browser has neither', async () => {
    await without(['scheduler', 'requestIdleCallback'], async () => {
      expect(typeof requestIdleCallback).to.equal('undefined');
      await doesAllAndStops();
    });
  });
});
