import { TOPIC_INDEX_FILE } from './generated/content-manifest.js';
import { ContentNotFoundError, contentLocator, missingContent, type ContentLocator } from './content-location.js';
import { readPayload } from './figures.js';
import { hashInName, isLocalFigure } from './published.js';
import type { ValidationIssue } from './issues.js';
import type { HealthTopic } from './schema.js';
import { readTopicIndex } from './topic-index.js';
import { TimeoutError, untilAborted } from '../shared/abort.js';
import { bestLocale } from '../shared/locales.js';

export { setContentBasePath } from './content-location.js';

export const DEFAULT_LOCALE = 'en';

export type TopicLoadResult =
  /** `locales`: every language the topic exists in (just the payload's own, for payloads from the page). */
  | { status: 'loaded'; topic: HealthTopic; locales: string[] }
  | { status: 'not-found' }
  /** `downloaded`: the payload came from the topics folder, where a fresh download may find it mended. */
  | { status: 'invalid-payload'; issues: ValidationIssue[]; downloaded?: boolean }
  /** No content file where the elements look for it (`url`): the content base is wrong, see content-location.ts. */
  | { status: 'content-not-found'; url: string; answer: string }
  | { status: 'network'; error: unknown }
  | { status: 'timeout' };

export interface LoadOptions {
  /** Ask the network again rather than any cache (for "Try again"). */
  reload?: boolean;
  /** Aborts the wait; with a TimeoutError as its reason, the request is taken for stuck. */
  signal?: AbortSignal;
}

/** Downloads a file of the topics folder, once (see `download`). */
export async function downloadContentFile(fileName: string, options: LoadOptions = {}): Promise<string> {
  return download((await contentLocator())(fileName), options);
}

/** What a failed download means for the reader: no answer in time, no content file there, or a network failure. */
export function downloadFailure(error: unknown): Extract<TopicLoadResult, { status: 'timeout' | 'content-not-found' | 'network' }> {
  if (error instanceof TimeoutError) return { status: 'timeout' };
  if (error instanceof ContentNotFoundError) return { status: 'content-not-found', url: error.url, answer: error.answer };
  return { status: 'network', error };
}

/** Thrown when a file cannot be downloaded: the network failed, or the server said no. */
class DownloadError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** The address of the file a failed download was for, when the failure says. */
export function failedAddress(error: unknown): string | undefined {
  return error instanceof DownloadError ? error.url : undefined;
}

/**
 * Content files already downloaded, or being downloaded, by address. Their names are their hashes,
 * so they never change: a page with ten widgets of one article downloads it once. A failed
 * download is forgotten, and so is one a widget gave up waiting for: the next asks afresh.
 */
const downloads = new Map<string, Promise<string>>();

/**
 * Downloads a content file's text, once. `fetch` keeps no memory of failures (a failed module
 * import may stay failed in some browsers); `reload` also bypasses any cached answer.
 */
function download(url: string, { reload = false, signal }: LoadOptions): Promise<string> {
  let text = reload ? undefined : downloads.get(url);
  if (!text) {
    const started = fetch(url, { cache: reload ? 'reload' : 'default' })
      .catch((error: Error) => Promise.reject(new DownloadError(url, error.message)))
      .then((response) => {
        const missing = missingContent(url, response);
        if (missing || !response.ok) return Promise.reject(missing ?? new DownloadError(url, `HTTP ${response.status}`));
        return response.text();
      });
    started.catch(() => forget(url, started));
    downloads.set(url, started);
    text = started;
  }
  const shared = text;
  signal?.addEventListener('abort', () => signal.reason instanceof TimeoutError && forget(url, shared), { once: true });
  return untilAborted(shared, signal);
}

function forget(url: string, download: Promise<string>): void {
  if (downloads.get(url) === download) downloads.delete(url);
}

/** Every bundled topic, with the locales it exists in. */
export async function listTopics(options: LoadOptions = {}): Promise<Record<string, string[]>> {
  const topics = readTopicIndex(await downloadContentFile(TOPIC_INDEX_FILE, options));
  return Object.fromEntries(Object.entries(topics).map(([topic, files]) => [topic, Object.keys(files)]));
}

/**
 * Loads a bundled topic in the wanted locale (falling back to English, then to any locale the
 * topic has) and resolves its figure files to URLs. Never throws: every outcome is a result the
 * element can show.
 */
export async function loadTopic(topicId: string, locale: string = DEFAULT_LOCALE, options: LoadOptions = {}): Promise<TopicLoadResult> {
  let files: Record<string, string> | undefined;
  let payloadUrl: string;
  let payloadFile: string;
  let text: string;
  let locate: ContentLocator;
  try {
    locate = await contentLocator();
    const topics = readTopicIndex(await downloadContentFile(TOPIC_INDEX_FILE, options));
    files = Object.hasOwn(topics, topicId) ? topics[topicId] : undefined;
    const chosen = files && bestLocale(Object.keys(files), locale, DEFAULT_LOCALE);
    if (!files || !chosen) return { status: 'not-found' };
    payloadFile = files[chosen];
    payloadUrl = locate(payloadFile);
    text = await download(payloadUrl, options);
  } catch (error) {
    return downloadFailure(error);
  }
  // Figures are content files too: a bundler may have moved each one on its own.
  const figureSource = (src: string) => (isLocalFigure(src) ? locate(src) : new URL(src, payloadUrl).href);
  const result = await checkPublished(text, payloadFile, figureSource);
  return result.status === 'loaded' ? { ...result, locales: Object.keys(files) } : result;
}

/**
 * A downloaded payload. The build validated each one and named its file by the hash of what it
 * validated: when the text still has that hash, it is shown without the validator's download. A
 * file a CDN corrupted, truncated or replaced has another hash, and is validated like a payload
 * from the page. (Browsers hash only on secure pages; elsewhere every payload is validated.)
 */
async function checkPublished(text: string, fileName: string, figureSource: (src: string) => string): Promise<TopicLoadResult> {
  const result = (await isAsPublished(text, fileName)) ? undefined : await acceptPayloadText(text);
  if (result && result.status !== 'loaded') return result.status === 'invalid-payload' ? { ...result, downloaded: true } : result;
  return { status: 'loaded', topic: readPayload(text, figureSource), locales: [] };
}

/** Whether the text has the hash its file name in the topic index gives (a bundler may rename the file itself). */
async function isAsPublished(text: string, fileName: string): Promise<boolean> {
  const published = hashInName(fileName, '.json');
  const subtle = globalThis.crypto?.subtle;
  if (!published || !subtle) return false;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('').startsWith(published);
  } catch {
    return false;
  }
}

/**
 * Validates a payload handed in by the page (the `data` property, or inline JSON text) exactly as
 * bundled payloads are validated. Its figure files are addressed relative to the page.
 */
export async function acceptPayload(payload: unknown): Promise<TopicLoadResult> {
  let validateTopic: typeof import('./validate.js').validateTopic;
  try {
    ({ validateTopic } = await import('./validate.js'));
  } catch (error) {
    return { status: 'network', error };
  }
  const result = validateTopic(payload);
  return result.ok
    ? { status: 'loaded', topic: result.value, locales: [result.value.locale] }
    : { status: 'invalid-payload', issues: result.issues };
}

/** Parses JSON text (a downloaded payload, or an inline `<script type="application/json">`), then validates it. */
export function acceptPayloadText(text: string): Promise<TopicLoadResult> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return Promise.resolve({ status: 'invalid-payload', issues: [{ path: '', message: `The JSON cannot be read: ${(error as Error).message}` }] });
  }
  return acceptPayload(payload);
}
