/**
 * The ways a payload reaches `<health-topic>`: the `data` property, an inline
 * `<script type="application/json">`, or a file in the topics folder (served from memory, see
 * fake-content.ts). Tests of hostile input push each payload through all of them.
 */
import type { HealthTopic } from '../../src/elements/health-topic/health-topic.js';
import { hashedName, isLocalFigure } from '../../src/content/published.js';
import { payloadText } from './arbitraries.js';
import { integrityOf, serveFakeContent } from './fake-content.js';
import { mountHealthTopic } from './mount-health-topic.js';

export type PayloadPath = 'data' | 'inline' | 'file';
export const PAYLOAD_PATHS: readonly PayloadPath[] = ['data', 'inline', 'file'];

let served = 0;

/** The file name the build gives this text (its SHA-256): a file that reached the reader intact. */
export async function publishedName(name: string, text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return hashedName(name, '.json', Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''));
}

export interface Placed {
  element: HealthTopic;
  event: CustomEvent;
  /** How many load and error events the element has sent so far. */
  events: () => number;
  /** 'load', or the error's code. */
  outcome: string;
}

/**
 * Places a widget whose payload enters by `path` and waits for its first event. A file is `intact`
 * when it has the hash the topic index gives (the build published it); any other was changed on
 * the way, and is refused (`changed-file`) whatever it holds.
 */
export async function placePayload(path: PayloadPath, payload: unknown, { intact = false } = {}): Promise<Placed> {
  let count = 0;
  const counted = () => (count += 1);
  let server: ReturnType<typeof serveFakeContent> | undefined;
  let topic: string | undefined;
  if (path === 'file') {
    const text = payloadText(payload);
    const name = `pasted.en.${(++served).toString(16).padStart(10, '0')}.json`;
    // A file changed on the way: the checked index gives the hash of other bytes than it holds.
    const changed = intact ? {} : { [name]: await integrityOf(`${text} as published`) };
    server = serveFakeContent({ pasted: { en: name } }, { [name]: text, ...figureFiles(parsedJson(text)?.value) }, undefined, changed);
    topic = 'pasted';
  }
  try {
    const { element, event } = await mountHealthTopic({
      topic,
      ...(path === 'data' ? { data: payload } : {}),
      setUp: (element) => {
        element.timeout = 5000;
        element.addEventListener('health-topic-load', counted);
        element.addEventListener('health-topic-error', counted);
        if (path === 'inline') {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = payloadText(payload);
          element.append(script);
        }
      },
      until: 'outcome',
      within: 6000,
    });
    const outcome = event.type === 'health-topic-load' ? 'load' : (event.detail as { code: string }).code;
    return { element, event, events: () => count, outcome };
  } finally {
    server?.restore();
  }
}

/** A picture for each figure file a payload (as read from its file's text) names in the topics folder, served beside it as the build would. */
function figureFiles(payload: unknown): Record<string, string> {
  const files: Record<string, string> = {};
  const sections = (payload as { sections?: unknown } | null)?.sections;
  for (const section of Array.isArray(sections) ? sections : []) {
    const blocks = (section as { blocks?: unknown } | null)?.blocks;
    for (const block of Array.isArray(blocks) ? blocks : []) {
      const { type, src } = (block ?? {}) as { type?: unknown; src?: unknown };
      if (type === 'figure' && typeof src === 'string' && isLocalFigure(src)) files[src] = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    }
  }
  return files;
}

/** What JSON text holds, or `undefined` when it is not JSON. */
export function parsedJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
