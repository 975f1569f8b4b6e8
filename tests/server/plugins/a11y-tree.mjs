// Server command: the calling page's whole accessibility tree under one element, as Chromium
// exposes it to screen readers. The test runner's a11ySnapshot keeps only "interesting" nodes,
// which leaves tables, rows and header cells out; this one keeps every node.
//   a11y-full-tree { selector }   → { role, name, children } (puppeteer, interestingOnly: false)
export default function a11yTreePlugin() {
  return {
    name: 'cop-widgets-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-full-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`a11y-full-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}
