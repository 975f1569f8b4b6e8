/**
 * Starts the stories' local endpoint, the Service Worker in stories/public/story-endpoint.js,
 * and resolves once it controls this page: from then on, requests to `story-api/…` get its real
 * HTTP answers (and real network failures). Runs once per page; later calls share the result.
 */
let started: Promise<void> | undefined;

const WAIT = 10_000;

export function startStoryEndpoint(): Promise<void> {
  started ??= start();
  return started;
}

async function start(): Promise<void> {
  const { serviceWorker } = navigator;
  if (!serviceWorker) {
    throw new Error(
      'The stories need their local endpoint, a Service Worker, and this page cannot run one: ' +
        'open Storybook on http://localhost, http://127.0.0.1 or https.',
    );
  }
  const controlled = new Promise<void>((resolve) => {
    if (serviceWorker.controller) resolve();
    serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
  // Registering again also fetches the worker anew, so an edited worker takes over.
  const registration = await serviceWorker.register(new URL('story-endpoint.js', document.baseURI), {
    scope: './',
  });
  if (!serviceWorker.controller) {
    await serviceWorker.ready;
    // A worker that was already active does not claim the page again by itself (after a hard
    // reload, for example): ask it to.
    registration.active?.postMessage('claim');
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The stories' local endpoint did not start within ${WAIT / 1000} s.`)),
      WAIT,
    );
  });
  try {
    await Promise.race([controlled, late]);
  } finally {
    clearTimeout(timer);
  }
}
