import { licenceEnded, licenceExpiry } from '../../content/licence-terms.js';
import { today } from '../../shared/clock.js';
import { acceptPayload, acceptPayloadText, downloadFailure, loadTopic, type TopicLoadResult } from '../../content/catalog.js';
import type { HealthTopic as Article } from '../../content/schema.js';
import { displayLanguage, ENGLISH, loadedMessagesFor, messagesFor, uiLocaleFor } from '../../i18n/localization.js';
import type { UiMessages } from '../../i18n/messages.js';
import { deadline, delay, TimeoutError, untilAborted } from '../../shared/abort.js';
import { checkedImport } from '../../shared/checked-import.js';
import { sameLanguage } from '../../shared/locales.js';
import type { HealthTopicErrorDetail } from './events.js';
import { loadError, type LoadFailure } from './load-errors.js';

/** The widget's own words in one language, and that language's tag for `lang`. */
export interface Ui {
  messages: UiMessages;
  locale: string;
}

export interface ArticleView {
  state: 'loaded';
  /** In the article's language. */
  ui: Ui;
  article: Article;
  /** Every language the article exists in. */
  locales: string[];
  /** The published file's content version (see published.ts), for the build's own articles. */
  version?: string;
  /** When the article is not in the reader's language: a note saying so, in the reader's language. */
  notice?: { text: string; lang: string };
}

export interface ErrorView {
  state: 'error';
  ui: Ui;
  error: HealthTopicErrorDetail;
  canRetry: boolean;
}

/** What a load ends in: the article, or why there is none. */
export type Outcome = ArticleView | ErrorView;

/** What a load depends on: the element's attributes and properties, read when the load starts. */
export interface ArticleRequest {
  topic?: string;
  code?: string;
  codeSystem?: string;
  data?: unknown;
  /** An inline `<script type="application/json">` payload, looked for when the load starts. */
  inlineJson: () => string | undefined;
  /** The reader's language. */
  locale: string;
  /** Milliseconds the load may take. */
  timeout: number;
  /** Download afresh, past every cache ("Try again"). */
  reload: boolean;
}

/**
 * How long a page has, after placing an element with no article, to hand it one: frameworks set
 * properties such as `.data` a moment after they insert the element.
 */
export const SOURCE_GRACE_MS = 1000;

/** How long a load may take when the element's `timeout` is not a positive number. */
export const DEFAULT_TIMEOUT_MS = 15_000;

const ENGLISH_UI: Ui = { messages: ENGLISH, locale: 'en' };

async function uiFor(locale: string): Promise<Ui> {
  return { messages: await messagesFor(locale), locale: uiLocaleFor(locale) };
}

/** The widget's words in a language if they are loaded already, else English (marked as English). */
export function readyUi(locale: string): Ui {
  const messages = loadedMessagesFor(locale);
  return messages ? { messages, locale: uiLocaleFor(locale) } : ENGLISH_UI;
}

/**
 * Finds the article a request asks for within its timeout, off screen, and never throws: the
 * article in the best language there is, or the error state that says why there is none. A
 * request with no source waits `SOURCE_GRACE_MS` for one; `signal` (a newer load) ends it early.
 */
export async function findArticle(request: ArticleRequest, taskSignal: AbortSignal): Promise<Outcome> {
  const { locale: wanted, timeout } = request;
  const topic = request.topic?.trim() || undefined;
  let clock = deadline(timeout, taskSignal);
  let source = sourceOf(request, topic, clock.signal);
  if (!source) {
    // Setting a source starts a newer load, which ends this one; inline JSON is looked for again.
    clock.cancel();
    await delay(SOURCE_GRACE_MS, taskSignal);
    clock = deadline(timeout, taskSignal);
    if (!taskSignal.aborted) source = sourceOf(request, topic, clock.signal);
  }
  const { signal, cancel } = clock;
  try {
    const [result, reader] = await untilAborted(Promise.all([source ?? { status: 'missing-topic' as const }, uiFor(wanted)]), signal);
    if (result.status !== 'loaded') return errorView(result, request, reader);
    // From the day its licence ends, the article is shown nowhere: no text, no JSON-LD.
    if (licenceEnded(result.topic, today())) return errorView({ status: 'licence-ended', expires: licenceExpiry(result.topic)! }, request, reader);
    const ui = await untilAborted(uiFor(result.topic.locale), signal);
    return { state: 'loaded', article: result.topic, locales: result.locales, version: result.version, ui, notice: notice(wanted, result.topic.locale, reader) };
  } catch (error) {
    const failure: LoadFailure = error instanceof TimeoutError ? { status: 'timeout' } : { status: 'unexpected', error };
    return errorView(failure, request, readyUi(wanted), timeout);
  } finally {
    cancel();
  }
}

/** The error state for a failed load, in the reader's words. */
export function errorView(failure: LoadFailure, request: Pick<ArticleRequest, 'topic' | 'code'>, reader: Ui, timeout?: number): ErrorView {
  const topic = request.topic?.trim() || undefined;
  const clinicalCode = topic ? undefined : request.code?.trim();
  return { state: 'error', ui: reader, ...loadError(failure, { topic, clinicalCode, timeout }) };
}

/** Where the article comes from: the `data` property, inline JSON, the bundled topic, or a clinical code. */
function sourceOf(request: ArticleRequest, topic: string | undefined, signal: AbortSignal): Promise<TopicLoadResult> | undefined {
  const { locale, reload } = request;
  if (request.data !== undefined) return acceptPayload(request.data);
  const inline = request.inlineJson();
  if (inline !== undefined) return acceptPayloadText(inline);
  // Topic ids are lower case (content/topics/<id>/): `Myoclonus` finds `myoclonus`.
  if (topic) return loadTopic(topic.toLowerCase(), locale, { reload, signal });
  const code = request.code?.trim();
  if (!code) return undefined;
  return checkedImport('code-lookup', () => import('../../content/code-lookup.js'))
    .then(({ loadTopicByCode }) => loadTopicByCode(code, request.codeSystem, locale, { reload, signal }))
    .catch(downloadFailure);
}

/** When the article is not in the reader's language: a note saying so, in the reader's language. */
function notice(wanted: string, shown: string, reader: Ui): { text: string; lang: string } | undefined {
  if (sameLanguage(wanted, shown)) return undefined;
  return { text: reader.messages.notInLanguage(displayLanguage(wanted, reader.locale), displayLanguage(shown, reader.locale)), lang: reader.locale };
}
