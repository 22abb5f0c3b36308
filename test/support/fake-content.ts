import { setContentBasePath } from '../../src/content/catalog.js';
import { DEFAULT_CONTENT_BASE } from '../../src/content/generated/content-manifest.js';
import { TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';

/**
 * What a fake content server answers for one file: its text, an HTTP status, no answer ever, or an
 * answer the test gives later (see `heldAnswer`), to make a race happen in a known order.
 */
export type FakeAnswer = string | { status: number } | 'never' | Promise<string | { status: number }>;

/** An answer held back until the test calls `release`. */
export function heldAnswer(): { answer: Promise<string | { status: number }>; release: (answer: string | { status: number }) => void } {
  let release!: (answer: string | { status: number }) => void;
  const answer = new Promise<string | { status: number }>((resolve) => (release = resolve));
  return { answer, release };
}

function respond(answer: string | { status: number }): Response {
  return typeof answer === 'string'
    ? new Response(answer, { headers: { 'content-type': 'application/json' } })
    : new Response('not here', { status: answer.status });
}

let servers = 0;

/**
 * Serves the content folder from memory, as a CDN that serves stale, corrupted or hanging files
 * would: `window.fetch` answers requests below a folder of its own (so no earlier download is
 * reused) and passes every other request on. The topic index lists `topics`, by topic and locale.
 * Call `restore()` after the test.
 */
export function serveFakeContent(
  topics: Record<string, Record<string, string>>,
  files: Record<string, FakeAnswer>,
  index: FakeAnswer = JSON.stringify({ topics }),
): { base: string; requests: string[]; restore: () => void } {
  const base = new URL(`/fake-content/${++servers}/`, location.href).href;
  const requests: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(base)) return realFetch(input, init);
    const name = url.slice(base.length);
    requests.push(name);
    // Read at each request: a test may change what a file answers.
    const answer = name === TOPIC_INDEX_FILE ? index : Object.hasOwn(files, name) ? files[name] : { status: 404 };
    if (answer === 'never') return new Promise<Response>(() => undefined);
    return Promise.resolve(answer).then(respond);
  };
  setContentBasePath(base);
  return {
    base,
    requests,
    restore: () => {
      window.fetch = realFetch;
      setContentBasePath(DEFAULT_CONTENT_BASE);
    },
  };
}
