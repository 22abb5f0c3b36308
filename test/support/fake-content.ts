import { setContentBasePath } from '../../src/content/catalog.js';
import { CODE_INDEX_FILE, DEFAULT_CONTENT_BASE, TOPIC_INDEX_FILE } from '../../src/content/generated/content-manifest.js';
import { sha256Integrity } from '../../src/content/published.js';
import { withIntegrity } from './index-hashes.js';

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

/** The hash the fake index gives a file whose bytes are not known when the index is served. */
const AS_PUBLISHED = 'sha256-as-published';

/** A text's Subresource Integrity hash, as the build writes it into the topic index. */
export async function integrityOf(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return sha256Integrity(btoa(String.fromCharCode(...digest)));
}

/**
 * The topic index a test gives, with the `integrity` field the build would write for the files
 * served beside it (each text's hash, or AS_PUBLISHED for answers given later), unless the index has one already or `integrity` says otherwise.
 */
function withHashes(index: string, files: Record<string, FakeAnswer>, integrity: Record<string, string>): Promise<string> {
  return withIntegrity(index, async () => {
    const hashes: Record<string, string> = {};
    for (const [name, answer] of Object.entries(files)) {
      // An answer the test gives later has no bytes yet: its hash is taken as the one it will have.
      hashes[name] = typeof answer === 'string' && answer !== 'never' ? await integrityOf(answer) : AS_PUBLISHED;
    }
    return { ...hashes, ...integrity };
  });
}

/**
 * What a browser's `fetch` does with a request's `integrity`: answers with other bytes fail, as a
 * network error. The indexes' hashes are this build's own (content-manifest.ts), which no fake
 * index can have: fake indexes are taken as published.
 */
async function passesCheck(name: string, text: string | undefined, integrity: string | undefined): Promise<boolean> {
  if (!integrity) return true;
  // An error answer (a status) is never the published file.
  if (text === undefined) return false;
  if (integrity === AS_PUBLISHED || name === TOPIC_INDEX_FILE || name === CODE_INDEX_FILE) return true;
  return (await integrityOf(text)) === integrity;
}

/**
 * Serves the content folder from memory, as a CDN that serves stale, corrupted or hanging files
 * would: `window.fetch` answers requests below a folder of its own (so no earlier download is
 * reused) and passes every other request on. The topic index lists `topics`, by topic and locale,
 * with each file's hash (see `withHashes`; `integrity` gives other hashes, as for a file changed on
 * the way). Call `restore()` after the test.
 */
export function serveFakeContent(
  topics: Record<string, Record<string, string>>,
  files: Record<string, FakeAnswer>,
  index: FakeAnswer = JSON.stringify({ topics }),
  integrity: Record<string, string> = {},
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
    return Promise.resolve(answer).then(async (given) => {
      const text = typeof given === 'string' ? (name === TOPIC_INDEX_FILE ? await withHashes(given, files, integrity) : given) : 'not here';
      if (!(await passesCheck(name, typeof given === 'string' ? text : undefined, init?.integrity))) throw new TypeError('Failed to fetch: the integrity check failed');
      return respond(typeof given === 'string' ? text : given);
    });
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
