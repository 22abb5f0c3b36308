import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

interface HealthTopicArgs {
  topic: string;
  headingLevel: number;
  lang: string;
}

const meta: Meta<HealthTopicArgs> = {
  title: 'Elements/health-topic',
  component: 'health-topic',
  args: { topic: 'myoclonus', headingLevel: 2, lang: 'en' },
  argTypes: {
    topic: { control: 'text', description: 'The id of the topic to show.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: "The title's heading level; sections are one deeper." },
    lang: { control: 'select', options: ['en', 'es', 'fr'], description: "The reader's language." },
  },
  render: ({ topic, headingLevel, lang }) =>
    html`<health-topic topic=${topic} heading-level=${headingLevel} lang=${lang}></health-topic>`,
};
export default meta;

type Story = StoryObj<HealthTopicArgs>;

/** The Myoclonus article, as a hospital page shows it. */
export const Loaded: Story = {};

/** Inside a page whose own headings stop at h3: the title is an h4, sections h5. */
export const HeadingLevelFour: Story = { args: { headingLevel: 4 } };

/** The Spanish article, with the widget's words in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** A reader whose language has no article: English, with a note saying so. */
export const LanguageNotAvailable: Story = { args: { lang: 'fr' } };

/** A topic that does not exist: a clear message naming it, and a `health-topic-error` event. */
export const NotFound: Story = { args: { topic: 'no-such-topic' } };

/** No `topic` attribute at all. */
export const MissingTopic: Story = {
  render: () => html`<health-topic></health-topic>`,
};
