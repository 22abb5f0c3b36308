import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Reference } from '../src/content/schema.js';
import '../src/define.js';
import article from '../content/topics/myoclonus/en.json' with { type: 'json' };

const meta: Meta = {
  title: 'Elements/citation-list',
  component: 'citation-list',
  render: () => html`<citation-list .references=${article.references as Reference[]}></citation-list>`,
};
export default meta;

/** The Myoclonus article's references: a journal article with a DOI, one without, and a website. */
export const MyoclonusReferences: StoryObj = {};
