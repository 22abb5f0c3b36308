import type { StorybookConfig } from '@storybook/web-components-vite';

/** Plugins of vite.config.ts that only the script-tag build's output has use for. */
const SCRIPT_TAG_BUILD_ONLY = ['integrity-file', 'publish-topics', 'chunk-integrity', 'latest-as-copy', 'fragment-key'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The articles (written by `npm run build:content`) and the built script (`npm run storybook`
  // builds first), served beside the stories.
  staticDirs: [
    { from: '../src/content/generated/topics', to: '/topics' },
    { from: '../dist', to: '/dist' },
  ],
  // The project's vite.config.ts builds the script-tag bundle; Storybook builds its own app,
  // without the plugins that write or hash the script-tag build's files.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: (viteConfig.plugins ?? []).flat(Infinity).filter((plugin) => !SCRIPT_TAG_BUILD_ONLY.includes((plugin as { name?: string } | null)?.name ?? '')),
    // Storybook's renderer, which Vite does not prebundle, imports Lit unbundled: the stories must
    // too, or the page runs two copies of Lit ("Multiple versions of Lit loaded").
    optimizeDeps: { ...viteConfig.optimizeDeps, exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
    base: './',
    build: { ...viteConfig.build, lib: undefined, rolldownOptions: undefined, outDir: undefined },
  }),
};

export default config;
