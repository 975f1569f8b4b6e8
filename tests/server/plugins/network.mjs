// Server commands for <cop-consultation-form> tests: network conditions of the test page.
//   set-offline { offline: boolean }
//     Takes the calling page offline as far as the code under test can tell: navigator.onLine
//     turns false (with the `offline` event) and every request to a consultation endpoint
//     (/test-consultation/…, /api/responses; not the /test-consultation/stored/… reports) fails as a network error; `false` undoes both (the
//     `online` event fires). puppeteer's page.setOfflineMode(true) would also cut the test
//     runner's own WebSocket to the page, so the test could never be told to go back online.
const sessions = new WeakMap();

async function cdpOf(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    await session.send('Network.enable');
    sessions.set(page, session);
  }
  return session;
}

export default function networkPlugin() {
  return {
    name: 'cop-widgets-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const offline = Boolean(payload?.offline);
      const cdp = await cdpOf(session.browser.getPage(session.id));
      await cdp.send('Network.setBlockedURLs', {
        urlPatterns: offline
          ? [
              { urlPattern: '*://*:*/test-consultation/stored/*', block: false },
              { urlPattern: '*://*:*/test-consultation/*', block: true },
              { urlPattern: '*://*:*/api/responses', block: true },
            ]
          : [],
      });
      await cdp.send('Network.overrideNetworkState', {
        offline,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      return true;
    },
  };
}
