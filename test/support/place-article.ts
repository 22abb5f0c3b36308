import { executeServerCommand } from '@web/test-runner-commands';
import type { HealthTopic } from '../../src/elements/health-topic/health-topic.js';
import { placeHealthTopic } from './health-topic.js';
import { whenRendered } from './when-rendered.js';

/** What a test waits for after placing an article: its load, its error, or nothing. */
export type Outcome = 'health-topic-load' | 'health-topic-error' | 'none';

/**
 * Puts a new `<health-topic>` in a `<main>` landmark (as on a host page), set up by `setUp`, and
 * waits for the outcome asked for (through `placeHealthTopic`, which fails a widget that hangs).
 */
export async function place(setUp: (element: HealthTopic) => void, outcome: Outcome = 'health-topic-load') {
  const main = document.body.appendChild(document.createElement('main'));
  if (outcome !== 'none') {
    const { element, event } = await placeHealthTopic(setUp, main);
    if (event.type !== outcome) throw new Error(`Expected ${outcome}, got ${event.type}: ${JSON.stringify(event.detail)}`);
    return { main, element };
  }
  const element = document.createElement('health-topic') as HealthTopic;
  setUp(element);
  main.append(element);
  await whenRendered(element);
  return { main, element };
}

/** A set-up for `place`: the Myoclonus article in `lang`. */
export const myoclonus = (lang = 'en') => (element: HealthTopic) => {
  element.topic = 'myoclonus';
  element.lang = lang;
};

/** An element as a failure message names it: its tag and its text. */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  return `${element.tagName.toLowerCase()}:${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
}

/** Emulates a media type and media features (see test/support/engine-commands.mjs); no arguments resets. */
export function emulate(media = '', features: Record<string, string> = {}): Promise<unknown> {
  return executeServerCommand('set-media', {
    media,
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}
