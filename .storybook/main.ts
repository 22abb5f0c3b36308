import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The project's vite.config.ts builds the script-tag bundle; Storybook builds its own app.
  viteFinal: (viteConfig) => ({ ...viteConfig, base: './', build: { ...viteConfig.build, rolldownOptions: undefined, outDir: undefined } }),
};

export default config;
