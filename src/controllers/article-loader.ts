import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { acceptPayload, acceptPayloadText, loadTopic, type TopicLoadResult } from '../content/catalog.js';
import type { HealthTopic as Article } from '../content/schema.js';
import { reviewStatus } from '../content/review-cycle.js';
import type { HealthTopicErrorDetail, HealthTopicLanguageChangeDetail, HealthTopicLoadDetail, HealthTopicReviewDueDetail } from '../elements/health-topic/events.js';
import { displayLanguage, ENGLISH, languageOf, loadedMessagesFor, messagesFor, uiLocaleFor } from '../i18n/localization.js';
import type { UiMessages } from '../i18n/messages.js';
import { deadline, delay, TimeoutError, untilAborted } from '../shared/abort.js';
import { today } from '../shared/clock.js';
import { sameLanguage } from '../shared/locales.js';
import { loadError, type LoadFailure } from './load-errors.js';

/** The widget's own words in one language, and that language's tag for `lang`. */
export interface Ui {
  messages: UiMessages;
  locale: string;
}

export type View =
  | { state: 'loading'; ui: Ui }
  | { state: 'error'; ui: Ui; error: HealthTopicErrorDetail; canRetry: boolean }
  | {
      state: 'loaded';
      /** In the article's language. */
      ui: Ui;
      article: Article;
      /** Every language the article exists in. */
      locales: string[];
      /** When the article is not in the reader's language: a note saying so, in the reader's language. */
      notice?: { text: string; lang: string };
    };

/** What the loader reads from its element. */
export interface ArticleSourceHost extends ReactiveControllerHost, HTMLElement {
  topic?: string;
  code?: string;
  codeSystem?: string;
  data?: unknown;
  /** Milliseconds a load may take before it is given up. */
  timeout: number;
  /** Called once the article is on screen, with whether it replaced another language's. */
  articleShown(article: Article, afterLanguageChange: boolean): void;
  /** What stopped the last render of the article or an element inside it, if anything did. */
  renderFailure(): unknown;
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
function readyUi(locale: string): Ui {
  const messages = loadedMessagesFor(locale);
  return messages ? { messages, locale: uiLocaleFor(locale) } : ENGLISH_UI;
}

/** What one load found, computed off screen; the newest load's outcome is the one shown. */
interface Outcome {
  result: Extract<TopicLoadResult, { status: 'loaded' }> | LoadFailure;
  wanted: string;
  reader: Ui;
  articleUi?: Ui;
  topic?: string;
  /** The time the load was given, in milliseconds. */
  timeout?: number;
}

/**
 * Loads the article an element asks for, and ends every load in exactly one event: the article
 * and `health-topic-load` (then `health-topic-review-due` when its medical review is overdue), or
 * a designed error state and `health-topic-error`. A load that takes
 * longer than the element's `timeout` ends in the `timeout` state; a newer load always wins over
 * an older one (`@lit/task` aborts the older); a widget whose download failed tries again on its
 * own when the browser comes back online.
 */
export class ArticleLoader implements ReactiveController {
  view: View = { state: 'loading', ui: ENGLISH_UI };

  /** The language the reader chose in the picker; it wins over `lang` until `lang` changes. */
  private chosenLocale?: string;
  /** Set while a language chosen in the picker loads: the language it replaces. */
  private languageChangeFrom?: string;
  private focusTitleOnLoad = false;
  /** Counts loads, so a load's outcome is announced only while no newer load has started. */
  private generation = 0;

  private readonly task: Task<[reload: boolean], Outcome>;

  constructor(private readonly host: ArticleSourceHost) {
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      task: ([reload], { signal }) => this.find(reload, signal),
      onComplete: (outcome) => void this.show(outcome),
      onError: (error) => void this.show({ result: { status: 'unexpected', error }, wanted: 'en', reader: ENGLISH_UI }),
    });
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** Starts a load (the article's source or language changed); `reload` also skips every cache. */
  load({ reload = false } = {}): void {
    this.generation += 1;
    // A language switch keeps the current article on screen until the new one is ready.
    if (!this.languageChangeFrom) this.view = { state: 'loading', ui: readyUi(this.wantedLocale()) };
    void this.task.run([reload]);
  }

  /** "Try again": downloads afresh, and moves focus to the title once the article is there. */
  retry = (): void => {
    this.focusTitleOnLoad = true;
    this.load({ reload: true });
  };

  /** The element's `lang` changed: the reader's language wins again over one chosen in the picker. */
  languageAttributeChanged(): void {
    this.chosenLocale = undefined;
    this.load();
  }

  /** The reader chose a language in the picker. */
  chooseLanguage(locale: string): void {
    if (this.view.state !== 'loaded') return;
    this.languageChangeFrom = this.view.article.locale;
    this.chosenLocale = locale;
    this.load();
  }

  /** The render of the article failed (see `renderFailure`): it becomes an error state. */
  renderFailed(error: unknown): void {
    this.view = this.errorView({ status: 'unexpected', error }, { reader: this.view.ui });
  }

  private wantedLocale(): string {
    return this.chosenLocale ?? languageOf(this.host);
  }

  private onOnline = (): void => {
    if (this.view.state !== 'error' || !['network', 'timeout'].includes(this.view.error.code)) return;
    this.focusTitleOnLoad = this.host.shadowRoot?.activeElement?.matches('[part~="retry-button"]') ?? false;
    this.load({ reload: true });
  };

  /** Finds the article, within the element's timeout; never throws. */
  private async find(reload: boolean, taskSignal: AbortSignal): Promise<Outcome> {
    const wanted = this.wantedLocale();
    const topic = this.host.topic?.trim() || undefined;
    const timeout = this.timeout();
    let clock = deadline(timeout, taskSignal);
    let source = this.source(topic, wanted, reload, clock.signal);
    if (!source) {
      // Setting a source starts a newer load, which ends this one; inline JSON is looked for again.
      clock.cancel();
      await delay(SOURCE_GRACE_MS, taskSignal);
      clock = deadline(timeout, taskSignal);
      if (!taskSignal.aborted) source = this.source(topic, wanted, reload, clock.signal);
    }
    const { signal, cancel } = clock;
    try {
      const [result, reader] = await untilAborted(Promise.all([source ?? { status: 'missing-topic' as const }, uiFor(wanted)]), signal);
      const articleUi = result.status === 'loaded' ? await untilAborted(uiFor(result.topic.locale), signal) : undefined;
      return { result, wanted, reader, articleUi, topic };
    } catch (error) {
      const result: LoadFailure = error instanceof TimeoutError ? { status: 'timeout' } : { status: 'unexpected', error };
      return { result, wanted, reader: readyUi(wanted), topic, timeout };
    } finally {
      cancel();
    }
  }

  /** The element's `timeout`, or the default when it is not a positive number of milliseconds. */
  private timeout(): number {
    const { timeout } = this.host;
    if (timeout > 0) return timeout;
    console.warn(`<health-topic timeout="${this.host.getAttribute('timeout') ?? timeout}">: the timeout is a positive number of milliseconds; using ${DEFAULT_TIMEOUT_MS}.`);
    return DEFAULT_TIMEOUT_MS;
  }

  /** Where the article comes from: the `data` property, inline JSON, the bundled topic, or a clinical code. */
  private source(topic: string | undefined, locale: string, reload: boolean, signal: AbortSignal): Promise<TopicLoadResult> | undefined {
    if (this.host.data !== undefined) return acceptPayload(this.host.data);
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return acceptPayloadText(inline.textContent ?? '');
    // Topic ids are lower case (content/topics/<id>/): `Myoclonus` finds `myoclonus`.
    if (topic) return loadTopic(topic.toLowerCase(), locale, { reload, signal });
    const code = this.host.code?.trim();
    if (!code) return undefined;
    return import('../content/code-lookup.js')
      .then(({ loadTopicByCode }) => loadTopicByCode(code, this.host.codeSystem, locale, { reload, signal }))
      .catch((error: unknown): TopicLoadResult => ({ status: 'network', error }));
  }

  /** Shows what the newest load found, then, once it is on screen, says so with one event. */
  private async show(outcome: Outcome): Promise<void> {
    const generation = this.generation;
    const previousLocale = this.languageChangeFrom;
    this.languageChangeFrom = undefined;
    const { result } = outcome;
    const view: View =
      result.status === 'loaded'
        ? { state: 'loaded', article: result.topic, locales: result.locales, ui: outcome.articleUi!, notice: notice(outcome.wanted, result.topic.locale, outcome.reader) }
        : this.errorView(result, outcome);
    this.view = view;
    this.host.requestUpdate();
    try {
      await this.host.updateComplete;
    } catch (error) {
      this.renderFailed(error);
    }
    const failure = this.view === view && view.state === 'loaded' ? this.host.renderFailure() : undefined;
    if (failure !== undefined) {
      this.renderFailed(failure);
      this.host.requestUpdate();
      await this.host.updateComplete.catch(() => undefined);
    }
    // A newer load has started meanwhile: its outcome will be announced instead.
    if (generation !== this.generation) return;
    if (this.view.state === 'error') {
      this.announceFailure(this.view.error);
      return;
    }
    const { article } = this.view;
    this.dispatch<HealthTopicLoadDetail>('health-topic-load', { topic: article.id, locale: article.locale });
    if (previousLocale !== undefined) {
      this.dispatch<HealthTopicLanguageChangeDetail>('health-topic-language-change', { topic: article.id, locale: article.locale, previousLocale });
    }
    this.announceOverdueReview(article);
    this.host.articleShown(article, previousLocale !== undefined);
    if (this.focusTitleOnLoad) this.host.shadowRoot?.querySelector<HTMLElement>('#title')?.focus();
    this.focusTitleOnLoad = false;
  }

  private errorView(failure: LoadFailure, { reader, topic, timeout }: Pick<Outcome, 'reader' | 'topic' | 'timeout'>): Extract<View, { state: 'error' }> {
    const clinicalCode = topic ? undefined : this.host.code?.trim();
    return { state: 'error', ui: reader, ...loadError(failure, { topic, clinicalCode, timeout }) };
  }

  /** For the site's monitoring: the article on screen is past its review date, counted to the reader's day. */
  private announceOverdueReview(article: Article): void {
    const day = today();
    const status = reviewStatus(article, day);
    if (status.state !== 'overdue') return;
    const { id: topic, locale, lastReviewed } = article;
    this.dispatch<HealthTopicReviewDueDetail>('health-topic-review-due', { topic, locale, nextReview: status.due, ...(lastReviewed ? { lastReviewed } : {}), today: day });
  }

  private announceFailure(error: HealthTopicErrorDetail): void {
    this.dispatch<HealthTopicErrorDetail>('health-topic-error', error);
  }

  /** The widget's events bubble and cross shadow roots, so a host page hears them wherever it listens. */
  private dispatch<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

/** When the article is not in the reader's language: a note saying so, in the reader's language. */
function notice(wanted: string, shown: string, reader: Ui): { text: string; lang: string } | undefined {
  if (sameLanguage(wanted, shown)) return undefined;
  return { text: reader.messages.notInLanguage(displayLanguage(wanted, reader.locale), displayLanguage(shown, reader.locale)), lang: reader.locale };
}
