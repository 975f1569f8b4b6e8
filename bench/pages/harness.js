// Shared by every benchmark page. "Done" = the expected content is in the DOM (checked on every
// DOM mutation, so no polling granularity) and painted: the next frame (requestAnimationFrame)
// then a task. Each step is a performance.measure that tachometer collects by name.
export const params = new URLSearchParams(location.search);

export async function loadJson(path) {
  const response = await fetch(path);
  return response.json();
}

export async function loadText(path) {
  const response = await fetch(path);
  return response.text();
}

export function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * What passes between seeing a page and acting on it: a second without input, then an idle
 * moment. The same for every candidate, before its first search, sort or submit: work a library
 * leaves for idle time (ours: the folded search text, in 8 ms slices) gets the time it would
 * get with a person at the keyboard; whatever is left is paid by the measured step.
 */
export function settle() {
  return new Promise((resolve) =>
    setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 1000),
  );
}

/** Resolves once `check()` is true, re-checking after every mutation under `roots`. */
export function waitFor(roots, check, timeout = 120_000) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    for (const root of roots()) {
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the expected content'));
    }, timeout);
  });
}

/**
 * `performance.measure(name, ...args)`, for tachometer to read back by name. It reads the first
 * entry of that name, so a name the browser gives an entry of its own ("first-paint" is a paint
 * timing entry) would report the wrong number: a name must be ours alone.
 */
function measure(name, ...args) {
  performance.measure(name, ...args);
  const entries = performance.getEntriesByName(name);
  if (entries.length !== 1) {
    throw new Error(`${entries.length} performance entries named "${name}": tachometer reads the first`);
  }
}

/** One measured step: `action()`, then wait until `check()` holds, then the next paint. */
async function step(name, action, roots, check) {
  performance.mark(`${name}:start`);
  await action();
  await waitFor(roots, check);
  await nextPaint();
  measure(name, `${name}:start`);
}

/** Our element `tag` in English on `feed` (the object, as in memory), appended to the page. */
export function mountOurs(tag, feed) {
  const element = document.createElement(tag);
  element.lang = 'en';
  element.feed = feed;
  document.body.append(element);
  return element;
}

/** Reports a count (not a time) through tachometer: a measure whose duration is the count. */
export function reportCount(name, count) {
  measure(name, { start: 0, duration: count });
}

/** The longest long task (> 50 ms) seen since `start()`, for `reportCount`. */
export function longTasks() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  return {
    longestSince(time) {
      observer.takeRecords().forEach((entry) => tasks.push(entry));
      return tasks
        .filter((task) => task.startTime + task.duration >= time)
        .reduce((max, task) => Math.max(max, task.duration), 0);
    },
  };
}

/** Surfaces a failed page: tachometer then times out instead of recording a wrong number. */
export function fail(error) {
  console.error(error);
  document.title = `ERROR: ${error.message}`;
  document.body.prepend(
    Object.assign(document.createElement('pre'), { textContent: String(error.stack || error) }),
  );
}

/** Rows the peer tables receive: one per document, the English title (what our element shows with lang="en"). */
function documentRows(feed) {
  const meetings = new Map(feed.meetings.map((meeting) => [meeting.id, meeting.title.en]));
  return feed.documents.map((doc) => ({
    id: doc.id,
    title: doc.title.en,
    symbol: doc.symbol,
    date: doc.date,
    meeting: meetings.get(doc.meeting) ?? '',
    type: doc.type,
    languages: doc.files.map((file) => file.lang).join(' '),
  }));
}

/** The document-list script every candidate follows (S5, S7, S8, S10); `lib` adapts it. */
const QUERIES = { narrow: 'helpline', broad: 'online' };

export async function runDocumentList(lib) {
  try {
    const size = params.get('size') || '10k';
    const feed = await loadJson(`../data/documents-${size}.json`);
    const rows = documentRows(feed);
    const dates = rows.map((row) => row.date).sort();
    const titlesOn = (date) => new Set(rows.filter((row) => row.date === date).map((row) => row.title));
    const newest = titlesOn(dates[dates.length - 1]);
    const oldest = titlesOn(dates[0]);
    const narrowCount = rows.filter((row) => row.title.includes(QUERIES.narrow)).length;
    const all = (term) => () => {
      const titles = lib.titles();
      return titles.length > 0 && titles.every((title) => title.includes(term));
    };
    await lib.setup?.(feed, rows);
    await nextPaint();

    // S5: data in memory → first page (20 rows, newest first) painted.
    await step(
      'render',
      () => lib.render(feed, rows),
      lib.roots,
      () => lib.titles().length === 20 && newest.has(lib.titles()[0]),
    );
    const first = lib.titles()[0];
    reportCount('dom-elements', lib.elementCount());
    await settle();

    // S7: one input event, from an empty box, for a narrow and a broad query; then clearing.
    await step(
      'search-narrow',
      () => lib.search(QUERIES.narrow),
      lib.roots,
      () => all(QUERIES.narrow)() && lib.titles().length === Math.min(20, narrowCount),
    );
    await step(
      'search-clear-1',
      () => lib.search(''),
      lib.roots,
      () => lib.titles().length === 20 && lib.titles()[0] === first,
    );
    await step(
      'search-broad',
      () => lib.search(QUERIES.broad),
      lib.roots,
      () => all(QUERIES.broad)() && lib.titles().length === 20,
    );
    await step(
      'search-clear-2',
      () => lib.search(''),
      lib.roots,
      () => lib.titles().length === 20 && lib.titles()[0] === first,
    );

    // S8: sort toggles, date (newest → oldest first), then title.
    await step(
      'sort-date',
      () => lib.sort('date'),
      lib.roots,
      () => lib.titles().length === 20 && oldest.has(lib.titles()[0]),
    );
    const byDate = lib.titles()[0];
    await step(
      'sort-title',
      () => lib.sort('title'),
      lib.roots,
      () => lib.titles().length === 20 && lib.titles()[0] !== byDate,
    );
  } catch (error) {
    fail(error);
  }
}

/**
 * The directory script every candidate follows (S12): the 2,000 resources in memory → the first
 * 20 results painted; then, after settle(), typing "online" (one input) until every result shown
 * matches, painted. `lib`: render(feed), titles(), search(text), roots(), elementCount().
 */
export async function runDirectory(lib) {
  try {
    const feed = await loadJson('../data/resources-2000.json');
    await lib.setup?.(feed);
    await nextPaint();
    await step(
      'render',
      () => lib.render(feed),
      lib.roots,
      () => lib.titles().length === 20,
    );
    reportCount('dom-elements', lib.elementCount());
    await settle();
    const matches = () =>
      lib.titles().length === 20 && lib.titles().every((title) => title.includes('online'));
    await step('search', () => lib.search('online'), lib.roots, matches);
  } catch (error) {
    fail(error);
  }
}

/**
 * The form script every candidate follows (S13): the 30-question consultation in memory (and
 * localStorage empty: no restored draft) → every question painted; then, after settle(), submitting
 * the empty form until each required question shows its error, painted. `lib`: setup(questions)
 * (optional, untimed: build the peer's form definition), render(feed), rendered(), submit(),
 * errors() (how many questions show an error), roots(), elementCount().
 */
export async function runForm(lib) {
  try {
    localStorage.clear();
    const feed = await loadJson('../data/consultation-30.json');
    const questions = feed.consultations[0].questions;
    const required = questions.filter((q) => q.required).length;
    await lib.setup?.(questions);
    await nextPaint();
    await step('render', () => lib.render(feed), lib.roots, lib.rendered);
    reportCount('dom-elements', lib.elementCount());
    await settle();
    await step(
      'submit-invalid',
      () => lib.submit(),
      lib.roots,
      () => lib.errors() >= required,
    );
  } catch (error) {
    fail(error);
  }
}

/**
 * The timeline script every candidate follows (S11): the feed of `?n=` outcomes in memory →
 * "first-outcomes" (the first outcomes painted) and "render" (all `n` in the DOM, painted), both from
 * the same start. `lib`: setup(feed) (optional, untimed), render(feed), roots(), started() (the
 * first outcomes are there), count() (how many outcomes are in the DOM).
 */
export async function runTimeline(lib) {
  try {
    const n = Number(params.get('n') || 200);
    const feed = await loadJson(`../data/timeline-${n}.json`);
    await lib.setup?.(feed);
    await nextPaint();
    performance.mark('start');
    lib.render(feed);
    const all = waitFor(lib.roots, () => lib.count() === n).then(async () => {
      await nextPaint();
      measure('render', 'start');
    });
    await waitFor(lib.roots, lib.started);
    await nextPaint();
    measure('first-outcomes', 'start');
    await all;
  } catch (error) {
    fail(error);
  }
}
