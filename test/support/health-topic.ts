import type { HealthTopic } from '../../src/elements/health-topic/health-topic.js';
import type { HealthTopicErrorDetail } from '../../src/elements/health-topic/events.js';
import '../../src/define.js';
import { whenRendered } from './when-rendered.js';

/** A small, clearly fake article a page hands to the element itself (the `data` property or inline JSON). */
export const PASTED_ARTICLE = {
  id: 'pasted-article',
  locale: 'en',
  title: 'An article pasted as JSON',
  summary: ['This test article was handed to the element by the page.'],
  sections: [{ id: 'about', title: 'About', blocks: [{ type: 'paragraph', text: 'It has one section.' }] }],
  references: [],
  contributors: [{ name: 'Test Editor', role: 'author' }],
  disclaimer: 'This is test content.',
};

/**
 * Appends a new `<health-topic>`, set up by `setUp` before it is connected, to `container`, and
 * waits for its first `health-topic-load` or `health-topic-error` event and its render, down to
 * the elements inside it (the language picker arrives in a chunk of its own). A widget that never
 * settles fails the test with a message, well before the test runner's own timeout.
 */
export async function placeHealthTopic(
  setUp: (element: HealthTopic) => void,
  container: Element = document.body,
  { within = 8000 } = {},
): Promise<{ element: HealthTopic; event: CustomEvent }> {
  const element = document.createElement('health-topic') as HealthTopic;
  setUp(element);
  const event = firstOutcome(element, within);
  container.append(element);
  const result = { element, event: await event };
  await whenRendered(element);
  return result;
}

/** The element's next `health-topic-load` or `health-topic-error` event, or a failure after `within` ms. */
export function firstOutcome(element: HealthTopic, within = 8000): Promise<CustomEvent> {
  return new Promise<CustomEvent>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no health-topic-load or health-topic-error event within ${within} ms: the widget hangs`)), within);
    const settle = (event: Event) => {
      clearTimeout(timer);
      resolve(event as CustomEvent);
    };
    element.addEventListener('health-topic-load', settle, { once: true });
    element.addEventListener('health-topic-error', settle, { once: true });
  });
}


/** As `placeHealthTopic`, for tests that expect the article: fails with the error event otherwise. */
export async function showHealthTopic(setUp: (element: HealthTopic) => void, container?: Element): Promise<HealthTopic> {
  const { element, event } = await placeHealthTopic(setUp, container);
  if (event.type !== 'health-topic-load') throw new Error(`Expected an article, got ${event.type}: ${JSON.stringify(event.detail)}`);
  return element;
}

/** As `placeHealthTopic`, for tests that expect an error: returns its `detail`, fails on an article. */
export async function failHealthTopic(setUp: (element: HealthTopic) => void): Promise<{ element: HealthTopic; detail: HealthTopicErrorDetail }> {
  const { element, event } = await placeHealthTopic(setUp);
  if (event.type !== 'health-topic-error') throw new Error(`Expected an error, got ${event.type}`);
  return { element, detail: event.detail as HealthTopicErrorDetail };
}
