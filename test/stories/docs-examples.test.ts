import { expect, waitUntil } from '@open-wc/testing';
import { storybookFrame } from '../support/storybook-frame.js';

/**
 * Every live example on every Docs page of the built Storybook reaches its story's designed state,
 * together, as a reader of the Docs page sees them: a Docs page renders all of a component's
 * stories in one page, so a story that changes the whole window (its network, its content folder)
 * must not reach the others.
 */
interface StoryIndex {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string; name: string }>;
}
type StorybookWindow = Window & { consoleMessages: string[] };

const index: StoryIndex = await (await fetch('/storybook-static/index.json')).json();
const entries = Object.values(index.entries);
const docs = entries.filter((entry) => entry.type === 'docs');

/** The state each <health-topic> story is designed to end in; any other story ends with its article. */
const DESIGNED: Record<string, 'loading' | 'error' | 'timeout'> = {
  'elements-health-topic--loading': 'loading',
  'elements-health-topic--not-found': 'error',
  'elements-health-topic--missing-topic': 'error',
  'elements-health-topic--invalid-payload': 'error',
  'elements-health-topic--network-error': 'error',
  'elements-health-topic--content-not-found': 'error',
  'elements-health-topic--timeout': 'timeout',
};
const TIMEOUT_TEXT = 'took too long to load';

/** What a <health-topic> shows: its article, its loading status, or its error message (with the timeout told apart). */
function shown(element: Element): string | undefined {
  const root = element.shadowRoot;
  if (root?.querySelector('[part="article"]')) return 'article';
  const error = root?.querySelector('[part="error"]');
  if (error) return error.textContent!.includes(TIMEOUT_TEXT) ? 'timeout' : 'error';
  return root?.querySelector('[part="status"]') ? 'loading' : undefined;
}

/**
 * Where a Docs page shows a story, each time it shows it (the primary story at the top, and again
 * under "Stories"): the story rendered inline (`story--<id>`), or the document of the frame a story
 * rendered apart is in (`iframe--<id>`).
 */
function storyPlaces(page: Document, id: string): ParentNode[] {
  const inline = [...page.querySelectorAll(`[id="story--${id}"], [id="story--${id}--primary"]`)];
  const framed = [...page.querySelectorAll<HTMLIFrameElement>(`iframe[id="iframe--${id}"]`)].map((frame) => frame.contentDocument?.body);
  return [...inline, ...framed].filter((place): place is HTMLElement => place !== null && place !== undefined);
}

/** The custom elements a story shows at its top: <health-topic>, or the element a story of another element renders. */
function storyElements(place: ParentNode): Element[] {
  const topics = [...place.querySelectorAll('health-topic')];
  return topics.length > 0 ? topics : [...place.querySelectorAll('*')].filter((element) => element.localName.includes('-')).slice(0, 1);
}

describe('Storybook Docs pages: every live example', () => {
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const page of docs) {
    it(`${page.title}: each example reaches its designed state`, async function () {
      // One page renders every story of the component at once: more than one story's time.
      this.timeout(40_000);
      const frame = await storybookFrame(page.id, 'docs');
      const doc = () => frame.contentDocument!;
      // A component's page shows each of its stories; a written page (MDX), the stories it embeds.
      const own = entries.filter((story) => story.type === 'story' && story.title === page.title).map((story) => story.id);
      await waitUntil(() => doc().querySelector('.sbdocs-content h1, .sbdocs-title') && own.every((id) => storyPlaces(doc(), id).length > 0), `${page.title}: every story shown`, { timeout: 10_000 });
      const embedded = [...doc().querySelectorAll('[id^="story--"], iframe[id^="iframe--"]')].map((place) => place.id.replace(/^(story|iframe)--/, '').replace(/--primary$/, ''));
      const stories = [...new Set([...own, ...embedded])].map((id) => index.entries[id]).filter(Boolean);
      if (page.title.startsWith('Elements/')) expect(stories.length, `${page.title}'s stories`).to.be.greaterThan(0);
      for (const story of stories) {
        const expected = DESIGNED[story.id] ?? 'article';
        // A story rendered apart is in a lazy frame, loaded when the reader scrolls to it.
        doc().querySelector(`iframe[id="iframe--${story.id}"]`)?.scrollIntoView();
        const elements = () => storyPlaces(doc(), story.id).flatMap(storyElements);
        // A <health-topic> ends in its story's state; an element of another kind renders its shadow root.
        const states = () => elements().map((element) => (element.localName === 'health-topic' ? shown(element) : element.shadowRoot?.childElementCount ? 'article' : undefined));
        await waitUntil(() => elements().length > 0 && states().every((state) => state === expected), `${story.id} to show ${expected}, not ${JSON.stringify(states())}`, { timeout: 10_000 });
      }
      const windows = [frame.contentWindow, ...[...doc().querySelectorAll('iframe')].map((inner) => inner.contentWindow)] as StorybookWindow[];
      // The error stories' developer hints (`<health-topic …>: …`) are designed; nothing else may be logged.
      const messages = windows.flatMap((page) => page.consoleMessages ?? []);
      expect(messages.filter((message) => !message.startsWith('<health-topic'))).to.deep.equal([]);
      frame.remove();
    });
  }
});
