import { readdirSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, requireChrome } from './scripts/find-chrome.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { testServer } from './tests/server/middleware.mjs';
import { serverCommands } from './tests/server/commands.mjs';

const executablePath = requireChrome();

/** More test-runner plugins (server commands), one file per element: tests/server/plugins/<name>.mjs. */
const pluginsDir = new URL('./tests/server/plugins/', import.meta.url);
const extraPlugins = await Promise.all(
  readdirSync(pluginsDir)
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(new URL(file, pluginsDir).href)).default()),
);

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  // Lit's development build warns about misuse; the published bundle uses the production one.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serverCommands(),
    // Accessibility-tree snapshots (tests/a11y-tree.test.ts); the other commands are built in.
    a11ySnapshotPlugin(),
    ...extraPlugins,
  ],
  // Real HTTP endpoints for the tests' network paths (feeds, faults, the consultation endpoint).
  middleware: [testServer()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs() },
      // Each test file gets its own browser context: its own storage, and a window of its own,
      // so pages running side by side are all in the foreground (animation frames keep firing).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  // A whole file's run (each test still has 10 s): the JSON-slices property tests parse 165 texts
  // over 1 MB with coverage on, 55 s alone on a slow 2-core machine, and over the default 120 s
  // beside another file there (one CI dry run, 2026-12-06).
  testsFinishTimeout: 300_000,
  // Lit's development build announces itself in every file; its other warnings stay on.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    threshold: { statements: 90, lines: 90, branches: 90, functions: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  reporters: [defaultReporter(), countReporter()],
};
