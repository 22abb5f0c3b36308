import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { setContentBasePath } from '../src/content/catalog.js';
import '../src/define.js';
import english from '../content/topics/myoclonus/en.json' with { type: 'json' };

interface HealthTopicArgs {
  topic: string;
  lang: string;
  headingLevel: number;
  sections: string;
}

const meta: Meta<HealthTopicArgs> = {
  title: 'Elements/health-topic',
  component: 'health-topic',
  args: { topic: 'myoclonus', lang: 'en', headingLevel: 2, sections: '' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ topic, lang, headingLevel, sections }) =>
    html`<health-topic topic=${topic} lang=${lang} heading-level=${headingLevel} sections=${sections || nothing}></health-topic>`,
};
export default meta;

type Story = StoryObj<HealthTopicArgs>;

/** The Myoclonus article, as a hospital page shows it. */
export const Loaded: Story = {};

/** The Spanish article, with the widget's own words in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/**
 * For the site's staff (`show-review-status`): the review status above the article. Myoclonus
 * records no review date, so the status is unknown; an overdue review reads "Review overdue: the
 * next medical review was due on …" in a solid box, and fires `health-topic-review-due`.
 */
export const ReviewStatusForStaff: Story = {
  render: ({ topic, lang }) => html`<health-topic topic=${topic} lang=${lang} show-review-status></health-topic>`,
};

/** A reader whose language has no article: English, with a note saying so in the reader's language. */
export const LanguageNotAvailable: Story = { args: { lang: 'fr' } };

/** Inside a page whose own headings stop at h3: the title is an h4, sections h5. */
export const HeadingLevelFour: Story = { args: { headingLevel: 4 } };

/** Only some sections, for a page about one aspect of the condition. */
export const SectionsFilter: Story = { args: { sections: 'symptoms,treatment' } };

/** While the article downloads (here it never arrives): a spinner after 0.4 s, and space kept. */
export const Loading: Story = {
  beforeEach: () => {
    const realFetch = window.fetch;
    setContentBasePath('./topics/'); // forget any downloaded index, so the download below is asked for
    window.fetch = (input, init) =>
      String(input).includes('/topics/') ? new Promise<Response>(() => {}) : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
      setContentBasePath('./topics/');
    };
  },
};

/** A topic that does not exist: a clear message naming it, and a `health-topic-error` event. */
export const NotFound: Story = { args: { topic: 'no-such-topic' } };

/** No `topic` attribute at all. */
export const MissingTopic: Story = { render: () => html`<health-topic></health-topic>` };

/** A payload with errors (here an empty title): a message for readers, the details in the console. */
export const InvalidPayload: Story = {
  render: () => html`<health-topic .data=${{ ...english, title: '' }}></health-topic>`,
};

/** The articles cannot be downloaded: a message and a working Try again button. */
export const NetworkError: Story = {
  beforeEach: () => {
    setContentBasePath('./no-topics-here/');
    return () => setContentBasePath('./topics/');
  },
};

/** The article does not arrive in time (here the network never answers, and `timeout` is 0.1 s). */
export const Timeout: Story = {
  render: ({ topic }) => html`<health-topic topic=${topic} timeout="100"></health-topic>`,
  beforeEach: () => {
    const realFetch = window.fetch;
    setContentBasePath('./no-answer/'); // forget any downloaded index, so the download below is asked for
    window.fetch = (input, init) => (String(input).includes('/no-answer/') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return () => {
      window.fetch = realFetch;
      setContentBasePath('./topics/');
    };
  },
};

/** On a dark page: the widget takes the page's light text; links and rules follow it. */
export const DarkHostTheme: Story = {
  decorators: [(story) => html`<div class="dark-host">${story()}</div>`],
  parameters: { backgrounds: { disable: true } },
  render: (args) => html`<style>
      .dark-host { background: #15191e; color: #e9edf1; padding: 1.5rem; font-family: system-ui, sans-serif; }
    </style>
    ${meta.render!(args, {} as never)}`,
};

/** A hospital's brand: its fonts and accent color, through custom properties and parts. */
export const CustomBrandTheme: Story = {
  render: (args) => html`<style>
      .brand health-topic {
        font-family: Georgia, 'Times New Roman', serif;
        color: #1f2933;
        --health-topic-heading-font: 'Trebuchet MS', system-ui, sans-serif;
        --health-topic-link-color: #0a5c63;
        --health-topic-accent-color: #0a5c63;
        --health-topic-focus-color: #0a5c63;
        --health-topic-radius: 0;
      }
      .brand health-topic::part(title) { color: #0a5c63; font-size: 2.25rem; }
      .brand health-topic::part(section-heading) { color: #0a5c63; }
    </style>
    <div class="brand">${meta.render!(args, {} as never)}</div>`,
};
