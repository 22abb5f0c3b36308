import { TOPIC_INDEX_FILE, TOPIC_INDEX_INTEGRITY } from './generated/content-manifest.js';
import { ContentNotFoundError, contentLocator, type ContentLocator } from './content-location.js';
import { checkFile, download, type LoadOptions } from './download.js';
import { readPayload } from './figures.js';
import { contentVersion, isLocalFigure } from './published.js';
import type { ValidationIssue } from './issues.js';
import type { HealthTopic } from './schema.js';
import { readTopicIndex, type TopicIndex } from './topic-index.js';
import { vouchedTopics } from './vouched-topics.js';
import { TimeoutError } from '../shared/abort.js';
import { ChangedFileError } from '../shared/changed-file.js';
import { checkedImport } from '../shared/checked-import.js';
import { bestLocale } from '../shared/locales.js';

export { setContentBasePath } from './content-location.js';
export { failedAddress, type LoadOptions } from './download.js';

export const DEFAULT_LOCALE = 'en';

export type TopicLoadResult =
  /**
   * `locales`: every language the topic exists in (just the payload's own, for payloads from the page);
   * `version`: the published file's content version (see published.ts), for the build's own articles.
   */
  | { status: 'loaded'; topic: HealthTopic; locales: string[]; version?: string }
  | { status: 'not-found' }
  /** A payload from the page that is not valid (downloaded ones are the build's, checked by hash). */
  | { status: 'invalid-payload'; issues: ValidationIssue[] }
  /** No content file where the elements look for it (`url`): the content base is wrong, see content-location.ts. */
  | { status: 'content-not-found'; url: string; answer: string }
  /** A file (`url`) that is not the one this build published: refused (see changed-file.ts). */
  | { status: 'changed-file'; url: string }
  | { status: 'network'; error: unknown }
  | { status: 'timeout' };

/** Downloads a file of the topics folder (see `download`). */
export async function downloadContentFile(fileName: string, integrity: string, options: LoadOptions = {}): Promise<string> {
  return download((await contentLocator())(fileName), integrity, options);
}

/** What a failed download means for the reader: no answer in time, no content file there, a changed file, or a network failure. */
export function downloadFailure(error: unknown): Extract<TopicLoadResult, { status: 'timeout' | 'content-not-found' | 'changed-file' | 'network' }> {
  if (error instanceof TimeoutError) return { status: 'timeout' };
  if (error instanceof ContentNotFoundError) return { status: 'content-not-found', url: error.url, answer: error.answer };
  if (error instanceof ChangedFileError) return { status: 'changed-file', url: error.url };
  return { status: 'network', error };
}

/** The topic index, checked against the hash the pinned file carries: so its own hashes can be trusted. */
async function topicIndex(options: LoadOptions): Promise<TopicIndex> {
  return readTopicIndex(await downloadContentFile(TOPIC_INDEX_FILE, TOPIC_INDEX_INTEGRITY, options));
}

/** Every bundled topic, with the locales it exists in. */
export async function listTopics(options: LoadOptions = {}): Promise<Record<string, string[]>> {
  const { topics } = await topicIndex(options);
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
  let integrity: Record<string, string>;
  try {
    locate = await contentLocator();
    const vouched = vouchedTopics.get(topicId);
    if (vouched) ({ files, integrity } = vouched);
    else {
      let topics: TopicIndex['topics'];
      ({ topics, integrity } = await topicIndex(options));
      files = Object.hasOwn(topics, topicId) ? topics[topicId] : undefined;
    }
    const chosen = files && bestLocale(Object.keys(files), locale, DEFAULT_LOCALE);
    if (!files || !chosen) return { status: 'not-found' };
    payloadFile = files[chosen];
    payloadUrl = locate(payloadFile);
    text = await download(payloadUrl, publishedHash(integrity, payloadFile, payloadUrl), options);
  } catch (error) {
    return downloadFailure(error);
  }
  // Figures are content files too: a bundler may have moved each one on its own.
  const figures = new Map<string, string>();
  const figureSource = (src: string) => {
    if (!isLocalFigure(src)) return new URL(src, payloadUrl).href;
    figures.set(src, locate(src));
    return figures.get(src)!;
  };
  let topic: HealthTopic;
  try {
    // The bytes the build validated and published: read, not validated again.
    topic = readPayload(text, figureSource);
  } catch {
    return { status: 'changed-file', url: payloadUrl };
  }
  try {
    await checkFigures(figures, integrity, options);
  } catch (error) {
    return downloadFailure(error);
  }
  return { status: 'loaded', topic, locales: Object.keys(files), version: contentVersion(payloadFile) };
}

/**
 * Checks an article's figure files (by name: address) against the index's hashes before the
 * article shows: a changed picture is refused like a changed sentence.
 */
async function checkFigures(figures: Map<string, string>, integrity: Record<string, string>, options: LoadOptions): Promise<void> {
  await Promise.all([...figures].map(([name, url]) => checkFile(url, publishedHash(integrity, name, url), options)));
}

/**
 * The hash the checked index gives the file `name` (served at `url`). A file it gives none for is
 * refused like a changed one: nothing vouches for it.
 */
function publishedHash(integrity: Record<string, string>, name: string, url: string): string {
  if (!Object.hasOwn(integrity, name)) throw new ChangedFileError(url);
  return integrity[name];
}

/**
 * Validates a payload handed in by the page (the `data` property, or inline JSON text) exactly as
 * bundled payloads are validated. Its figure files are addressed relative to the page.
 */
export async function acceptPayload(payload: unknown): Promise<TopicLoadResult> {
  let validateTopic: typeof import('./validate.js').validateTopic;
  try {
    ({ validateTopic } = await checkedImport('validate', () => import('./validate.js')));
  } catch (error) {
    return downloadFailure(error);
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
