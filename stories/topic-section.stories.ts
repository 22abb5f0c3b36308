import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Section } from '../src/content/schema.js';
import article from '../content/topics/myoclonus/en.json' with { type: 'json' };
import { elementArgTypes, renderElement } from './manifest-controls.js';

const sections = article.sections as Section[];
const figureUrl = new URL('../content/topics/myoclonus/nervous-system.svg', import.meta.url).href;

/** A section of the Myoclonus article; alone, the element needs its figure's URL, not the file name. */
function section(id: string): Section {
  const found = sections.find((candidate) => candidate.id === id)!;
  return { ...found, blocks: found.blocks.map((block) => (block.type === 'figure' ? { ...block, src: figureUrl } : block)) };
}

// The elements are registered by .storybook/preview.ts.
const meta: Meta = {
  title: 'Elements/topic-section',
  component: 'topic-section',
  tags: ['autodocs'],
  args: { section: section('symptoms'), headingLevel: 2 },
  argTypes: elementArgTypes('topic-section'),
  render: (args) => renderElement('topic-section', args),
};
export default meta;

type Story = StoryObj;

/** A lead-in, a list and a paragraph. */
export const Symptoms: Story = {};

/** A list and a figure with its caption and credit. */
export const CausesWithFigure: Story = { args: { section: section('causes') } };

/** Links to other organisations. */
export const Resources: Story = { args: { section: section('resources') } };
