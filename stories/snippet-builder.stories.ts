import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SnippetBuilder } from '../apps/snippet-builder/snippet-builder.js';

// A tool of the demo site, not an element of the package: it has no entry in custom-elements.json,
// so no `component` here. Registered by a call that uses the class, which no bundler drops.
if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);

const meta: Meta = {
  title: 'Tools/Snippet builder',
  // The built script and its integrity hash are served beside Storybook (see .storybook/main.ts).
  render: () =>
    html`<snippet-builder script-url="./dist/health-topic-elements.js" integrity-url="./dist/integrity.json" content-base="./topics/"></snippet-builder>`,
};
export default meta;

/** Choose an article and its look, check the preview, copy the snippet. */
export const Builder: StoryObj = {};
