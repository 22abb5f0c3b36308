import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Section } from '../src/content/schema.js';
import '../src/define.js';
import article from '../content/topics/myoclonus/en.json' with { type: 'json' };

const sections = article.sections as Section[];
const figureUrl = new URL('../content/topics/myoclonus/nervous-system.svg', import.meta.url).href;

/** A section's figure names its file relative to the payload; alone, the element needs its URL. */
function withFigureUrl(section: Section): Section {
  return {
    ...section,
    blocks: section.blocks.map((block) => (block.type === 'figure' ? { ...block, src: figureUrl } : block)),
  };
}

interface TopicSectionArgs {
  sectionId: string;
  headingLevel: number;
}

const meta: Meta<TopicSectionArgs> = {
  title: 'Elements/topic-section',
  component: 'topic-section',
  args: { sectionId: 'symptoms', headingLevel: 2 },
  argTypes: {
    sectionId: { control: 'select', options: sections.map((section) => section.id) },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ sectionId, headingLevel }) => {
    const section = sections.find((candidate) => candidate.id === sectionId);
    return html`<topic-section .section=${section && withFigureUrl(section)} heading-level=${headingLevel}></topic-section>`;
  },
};
export default meta;

type Story = StoryObj<TopicSectionArgs>;

/** A lead-in, a list and a paragraph. */
export const Symptoms: Story = {};

/** A list and a figure with its caption and credit. */
export const CausesWithFigure: Story = { args: { sectionId: 'causes' } };

/** Links to other organisations. */
export const Resources: Story = { args: { sectionId: 'resources' } };
