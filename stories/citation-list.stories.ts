import type { Meta, StoryObj } from '@storybook/web-components-vite';
import article from '../content/topics/myoclonus/en.json' with { type: 'json' };
import { elementArgTypes, renderElement } from './manifest-controls.js';

// The elements are registered by .storybook/preview.ts.
const meta: Meta = {
  title: 'Elements/citation-list',
  component: 'citation-list',
  tags: ['autodocs'],
  args: { references: article.references },
  argTypes: elementArgTypes('citation-list'),
  render: (args) => renderElement('citation-list', args),
};
export default meta;

/** The Myoclonus article's references: a journal article with a DOI, one without, and a website. */
export const MyoclonusReferences: StoryObj = {};

/** The same references with the citation style's words in Spanish. */
export const InSpanish: StoryObj = { args: { locale: 'es' } };
