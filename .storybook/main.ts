import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The feeds are served beside the stories, as a partner would host them; the fixtures (empty
  // and broken feeds) beside them; and the stories' local endpoint (a Service Worker answering
  // story-api/…) at the root, so that it may control iframe.html.
  staticDirs: [
    { from: '../feeds', to: '/feeds' },
    { from: '../stories/fixtures', to: '/fixtures' },
    { from: '../stories/public', to: '/' },
  ],
  // Storybook's own docs and axe chunks are large by nature; only the library's size matters
  // (measured by `npm run bench`).
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
