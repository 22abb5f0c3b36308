import { DEFAULT_CONTENT_BASE, TOPIC_INDEX_FILE } from './generated/content-manifest.js';
import type { ValidationIssue } from './issues.js';
import type { HealthTopic } from './schema.js';

export const DEFAULT_LOCALE = 'en';

export type TopicLoadResult =
  /** `locales`: every language the topic exists in (just the payload's own, for payloads from the page). */
  | { status: 'loaded'; topic: HealthTopic; locales: string[] }
  | { status: 'not-found' }
  | { status: 'invalid-payload'; issues: ValidationIssue[] }
  | { status: 'network'; error: unknown };

/** For each topic, for each locale, the file name of its payload in the topics folder. */
interface TopicIndex {
  topics: Record<string, Record<string, string>>;
}

/**
 * Where the topics folder is: by default `topics/` beside the script-tag entry (and beside
 * dist/index.js for npm users who serve the package's dist/ folder as it is).
 */
let contentBase = DEFAULT_CONTENT_BASE;

/**
 * Tells the elements where the `topics/` folder is served, for apps whose bundler moves this code
 * away from it (copy `dist/topics/` there). Relative URLs are taken relative to the page.
 */
export function setContentBasePath(url: string): void {
  contentBase = new URL(url.endsWith('/') ? url : `${url}/`, document.baseURI).href;
}

/** Downloads a file of the topics folder, once (see `download`). */
export function downloadContentFile(fileName: string, reload = false): Promise<string> {
  return download(new URL(fileName, contentBase).href, reload);
}

/** Thrown when a file cannot be downloaded: the network failed, or the server said no. */
class DownloadError extends Error {}

/**
 * Content files already downloaded, by address. Their names are their hashes, so they never
 * change: a page with ten widgets of one article downloads it once. A failed download is forgotten.
 */
const downloads = new Map<string, Promise<string>>();

/**
 * Downloads a content file's text, once. `fetch` keeps no memory of failures (a failed module
 * import may stay failed in some browsers); `reload` also bypasses any cached answer, for "Try again".
 */
function download(url: string, reload = false): Promise<string> {
  let text = reload ? undefined : downloads.get(url);
  if (!text) {
    text = fetch(url, { cache: reload ? 'reload' : 'default' })
      .catch((error: Error) => Promise.reject(new DownloadError(`${url}: ${error.message}`)))
      .then((response) => (response.ok ? response.text() : Promise.reject(new DownloadError(`${url}: HTTP ${response.status}`))));
    text.catch(() => downloads.delete(url));
    downloads.set(url, text);
  }
  return text;
}

/**
 * Loads a bundled topic in the wanted locale (falling back to English, then to any locale the
 * topic has) and resolves its figure files to URLs.
 * `reload` asks the network again rather than a cache (for "Try again").
 * Never throws: every outcome is a result the element can show.
 */
export async function loadTopic(
  topicId: string,
  locale: string = DEFAULT_LOCALE,
  { reload = false }: { reload?: boolean } = {},
): Promise<TopicLoadResult> {
  let files: Record<string, string> | undefined;
  let payloadUrl: string;
  let text: string;
  try {
    const { topics } = JSON.parse(await downloadContentFile(TOPIC_INDEX_FILE, reload)) as TopicIndex;
    files = Object.hasOwn(topics, topicId) ? topics[topicId] : undefined;
    const chosen = files && bestLocale(Object.keys(files), locale);
    if (!files || !chosen) return { status: 'not-found' };
    payloadUrl = new URL(files[chosen], contentBase).href;
    text = await download(payloadUrl, reload);
  } catch (error) {
    return { status: 'network', error };
  }
  // Bundled payloads were validated by the build and are named by the hash of what was validated:
  // checking them again would cost every reader the validator's download and time. Only their
  // shape is checked, against a server answering with something else.
  const payload = parseJson(text);
  if (!isArticleShaped(payload)) return payload instanceof Error ? unreadable(payload) : unreadable(new Error('not an article'));
  return { status: 'loaded', topic: withFigureUrls(payload, payloadUrl), locales: Object.keys(files) };
}

/** The lists every article has: enough to render without throwing. */
function isArticleShaped(value: unknown): value is HealthTopic {
  const article = (value ?? {}) as Partial<Record<keyof HealthTopic, unknown>>;
  return [article.summary, article.sections, article.references, article.contributors].every(Array.isArray);
}

/** The wanted locale, else its base language (`es-MX` -> `es`), else English, else the first there is. */
function bestLocale(available: string[], wanted: string): string | undefined {
  const find = (tag: string) => available.find((candidate) => candidate.toLowerCase() === tag.toLowerCase());
  return find(wanted) ?? find(wanted.split('-')[0]) ?? find(DEFAULT_LOCALE) ?? available[0];
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
  const payload = parseJson(text);
  return payload instanceof Error ? Promise.resolve(unreadable(payload)) : acceptPayload(payload);
}

/** The parsed JSON, or the parser's error. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return error as Error;
  }
}

function unreadable(error: Error): TopicLoadResult {
  return { status: 'invalid-payload', issues: [{ path: '', message: `The JSON cannot be read: ${error.message}` }] };
}

/** Resolves figure file names against the payload's own URL; https sources stay as they are. */
function withFigureUrls(topic: HealthTopic, payloadUrl: string): HealthTopic {
  return {
    ...topic,
    sections: topic.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'figure' ? { ...block, src: new URL(block.src, payloadUrl).href } : block,
      ),
    })),
  };
}
