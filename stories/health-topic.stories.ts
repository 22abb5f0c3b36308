import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setContentBasePath } from '../src/content/catalog.js';
import english from '../content/topics/myoclonus/en.json' with { type: 'json' };
import { elementArgTypes, renderElement } from './manifest-controls.js';

// The elements are registered by .storybook/preview.ts.
const meta: Meta = {
  title: 'Elements/health-topic',
  component: 'health-topic',
  tags: ['autodocs'],
  args: { topic: 'myoclonus', lang: 'en', headingLevel: 2 },
  argTypes: elementArgTypes('health-topic', { lang: { control: 'select', options: ['en', 'es', 'fr'] } }),
  render: (args) => renderElement('health-topic', args),
};
export default meta;

type Story = StoryObj;

/**
 * For the stories that change the whole window (its `fetch`, the content folder): on a Docs page,
 * which renders every story in one window, each renders in a frame of its own, so the change and
 * its undoing reach no other story.
 */
const inItsOwnWindow = { docs: { story: { inline: false, iframeHeight: 260 } } };

/** The Myoclonus article, as a hospital page shows it. */
export const Loaded: Story = {};

/** The Spanish article, with the widget's own words in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/**
 * For the site's staff (`show-review-status`): the review status above the article. Myoclonus
 * records no review date, so the status is unknown; an overdue review reads "Review overdue: the
 * next medical review was due on …" in a solid box, and fires `health-topic-review-due`.
 */
export const ReviewStatusForStaff: Story = { args: { showReviewStatus: true } };

/** A reader whose language has no article: English, with a note saying so in the reader's language. */
export const LanguageNotAvailable: Story = { args: { lang: 'fr' } };

/** Inside a page whose own headings stop at h3: the title is an h4, sections h5. */
export const HeadingLevelFour: Story = { args: { headingLevel: 4 } };

/** Only some sections, for a page about one aspect of the condition. */
export const SectionsFilter: Story = { args: { sections: 'symptoms,treatment' } };

/** While the article downloads (here it never arrives): a spinner after 0.4 s, and space kept. */
export const Loading: Story = {
  parameters: inItsOwnWindow,
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
export const MissingTopic: Story = { args: { topic: undefined } };

/** Found by clinical code instead of topic, as a patient portal does: ICD-10-CM G25.3 is myoclonus. */
export const ByClinicalCode: Story = { args: { topic: undefined, code: 'G25.3', codeSystem: 'icd-10-cm' } };

/** A payload with errors (here an empty title): a message for readers, the details in the console. */
export const InvalidPayload: Story = { args: { topic: undefined, data: { ...english, title: '' } } };

/** The network fails (here every download of an article is refused): a message and a working Try again button. */
export const NetworkError: Story = {
  parameters: inItsOwnWindow,
  beforeEach: () => {
    const realFetch = window.fetch;
    setContentBasePath('./topics-offline/'); // forget any downloaded index, so the download below is asked for
    window.fetch = (input, init) =>
      String(input).includes('/topics-offline/') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
      setContentBasePath('./topics/');
    };
  },
};

/**
 * The content files are not where the page looks for them (a site set up wrongly): a message for
 * readers, no Try again, and the address and the fix in the console for the site's developers.
 */
export const ContentNotFound: Story = {
  parameters: inItsOwnWindow,
  beforeEach: () => {
    setContentBasePath('./no-topics-here/');
    return () => setContentBasePath('./topics/');
  },
};

/** The article does not arrive in time (here the network never answers, and `timeout` is 0.1 s). */
export const Timeout: Story = {
  parameters: inItsOwnWindow,
  args: { timeout: 100 },
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

/** Adds a line to the story's log for each reading event (as text: nothing from an event becomes markup). */
function logReadingEvent(event: Event) {
  const list = (event.currentTarget as HTMLElement).querySelector('ol')!;
  const line = document.createElement('li');
  line.textContent = `${event.type.replace('health-topic-', '')} ${JSON.stringify((event as CustomEvent).detail)}`;
  list.append(line);
}

/**
 * The reading events, logged as you scroll, click a link or print: what a web team passes on to
 * its analytics (see the README's Analytics section). Nothing is sent anywhere.
 */
export const ReadingEvents: Story = {
  render: (args) => html`<style>
      .reading { display: grid; grid-template-columns: minmax(0, 1fr) minmax(14rem, 22rem); gap: 1.5rem; align-items: start; }
      .reading aside { position: sticky; top: 0; max-height: 100vh; overflow: auto; font: 0.875rem/1.4 system-ui, sans-serif; border-inline-start: 2px solid #0a5c63; padding-inline-start: 1rem; }
      .reading aside h2 { font-size: 1rem; margin: 0 0 0.5rem; }
      .reading ol { margin: 0; padding-inline-start: 1.25rem; overflow-wrap: anywhere; }
      @media (max-width: 40rem) { .reading { grid-template-columns: minmax(0, 1fr); } }
    </style>
    <div
      class="reading"
      @health-topic-section-view=${logReadingEvent}
      @health-topic-read-complete=${logReadingEvent}
      @health-topic-link-click=${logReadingEvent}
      @health-topic-print=${logReadingEvent}
    >
      ${meta.render!(args, {} as never)}
      <aside aria-labelledby="reading-events-log">
        <h2 id="reading-events-log">Reading events</h2>
        <div role="log"><ol></ol></div>
      </aside>
    </div>`,
};
