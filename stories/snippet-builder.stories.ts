import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/tools/snippet-builder/define.js';

const meta: Meta = {
  title: 'Tools/Snippet builder',
  component: 'snippet-builder',
  // The built script and its integrity hash are served beside Storybook (see .storybook/main.ts).
  render: () =>
    html`<snippet-builder script-url="./dist/health-topic-elements.js" integrity-url="./dist/integrity.json" content-base="./topics/"></snippet-builder>`,
};
export default meta;

/** Choose an article and its look, check the preview, copy the snippet. */
export const Builder: StoryObj = {};
