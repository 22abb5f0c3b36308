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
 * What `mountHealthTopic` waits for once the element is connected: its article (`load`, the
 * default: an error fails the test), an error (`error`: an article fails the test), whichever
 * comes first (`outcome`), or only its render (`render`: for states before any outcome).
 */
export type Until = 'load' | 'error' | 'outcome' | 'render';

export interface MountOptions {
  topic?: string;
  lang?: string;
  /** The payload, through the `data` property. */
  data?: unknown;
  /** Attributes, set as a page's markup would set them. */
  attributes?: Record<string, string>;
  /** Anything else to do to the element before it is connected (after the options above). */
  setUp?: (element: HealthTopic) => void;
  /** Where to put it: an element, or `'main'` for a new `<main>` landmark in the body, as on a host page. */
  into?: HTMLElement | 'main';
  until?: Until;
  /** How long the first outcome may take before the widget counts as hung. */
  within?: number;
}

export interface Mounted {
  element: HealthTopic;
  /** What it was put into (the `<main>` landmark with `into: 'main'`). */
  container: HTMLElement;
  /** The first `health-topic-load` or `health-topic-error` event; undefined with `until: 'render'`. */
  event: CustomEvent | undefined;
  /** The error's detail, when the first outcome was an error. */
  detail: HealthTopicErrorDetail | undefined;
}

/**
 * The one way tests put a `<health-topic>` on the page: created, set up by `options`, appended,
 * then waited for as `until` says, down to the elements inside it (the language picker arrives in
 * a chunk of its own). A widget that never settles fails the test with a message, well before the
 * test runner's own timeout.
 */
export async function mountHealthTopic(options: MountOptions & { until: 'error' }): Promise<Mounted & { event: CustomEvent; detail: HealthTopicErrorDetail }>;
export async function mountHealthTopic(options: MountOptions & { until: 'outcome' }): Promise<Mounted & { event: CustomEvent }>;
export async function mountHealthTopic(options?: MountOptions): Promise<Mounted>;
export async function mountHealthTopic(options: MountOptions = {}): Promise<Mounted> {
  const { topic, lang, data, attributes = {}, setUp, into = document.body, until = 'load', within = 8000 } = options;
  const element = document.createElement('health-topic');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (topic !== undefined) element.topic = topic;
  if (lang !== undefined) element.lang = lang;
  if ('data' in options) element.data = data;
  setUp?.(element);
  const container = into === 'main' ? document.body.appendChild(document.createElement('main')) : into;
  const outcome = until === 'render' ? undefined : firstOutcome(element, within);
  container.append(element);
  const event = await outcome;
  await whenRendered(element);
  if (event && until !== 'outcome' && event.type !== `health-topic-${until}`) {
    throw new Error(`Expected health-topic-${until}, got ${event.type}: ${JSON.stringify(event.detail)}`);
  }
  const detail = event?.type === 'health-topic-error' ? (event.detail as HealthTopicErrorDetail) : undefined;
  return { element, container, event, detail };
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
