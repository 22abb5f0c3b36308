import { expect, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolationsInFrame } from '../support/axe.js';
import { storybookFrame } from '../support/storybook-frame.js';

/**
 * axe over every story of the built Storybook (storybook-static/, from `npm run build-storybook`),
 * with the same rules as the element tests, and no console warning or error but the widget's own
 * hints about the state a story shows. Run by `npm run test:stories`.
 */
interface StoryIndex {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string; name: string }>;
}

const index: StoryIndex = await (await fetch('/storybook-static/index.json')).json();
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** A story has settled when every <health-topic> in it shows an article, a message, or its spinner. */
function settled(root: Element): boolean {
  const widgets = [...root.querySelectorAll('health-topic')];
  return widgets.every((widget) => widget.shadowRoot?.querySelector('article, [role="alert"], [role="status"]'));
}

describe('axe over every story', () => {
  it(`finds the stories (${stories.length})`, () => {
    expect(stories.length).to.be.greaterThan(10);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const frame = await storybookFrame(story.id, 'story');
      const page = frame.contentDocument!;
      const root = () => page.querySelector('#storybook-root');
      await waitUntil(() => (root()?.childElementCount ?? 0) > 0, `${story.id} to render`, { timeout: 8000 });
      await waitUntil(() => settled(root()!), `${story.id} to settle`, { timeout: 8000 });
      // A loading spinner fades in after 0.4 s: test what a reader sees then.
      const spinners = [...root()!.querySelectorAll('health-topic')].flatMap((widget) => [...widget.shadowRoot!.querySelectorAll('.spinner')]);
      // (A widget that finished loading meanwhile has no spinner left to check.)
      const shown = (spinner: Element) => !spinner.isConnected || frame.contentWindow!.getComputedStyle(spinner).opacity === '1';
      await waitUntil(() => spinners.every(shown), 'spinners to show', { timeout: 2000 });

      await expectNoAxeViolationsInFrame(frame, '#storybook-root');
      // The widget's own console hints belong to the states some stories show; nothing else may warn.
      const messages = (frame.contentWindow as Window & { consoleMessages: string[] }).consoleMessages;
      expect(messages.filter((message) => !message.startsWith('<health-topic')), 'console warnings and errors').to.deep.equal([]);
      frame.remove();
    });
  }
});
