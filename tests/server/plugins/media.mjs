// Server command for the theming tests: emulate CSS media features on the calling page, through
// the DevTools protocol (puppeteer's own emulateMediaFeatures refuses forced-colors).
//   emulate-media-features { features: [{ name: 'forced-colors', value: 'active' }, …] }
//   (an empty list resets them)
const sessions = new WeakMap();

export default function mediaPlugin() {
  return {
    name: 'cop-widgets-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}
