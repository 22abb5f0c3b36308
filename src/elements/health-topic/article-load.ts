import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf } from '../../i18n/localization.js';
import { DEFAULT_TIMEOUT_MS, errorView, findArticle, readyUi, type Outcome } from './find-article.js';

/** What a load reads from `<health-topic>`. */
export interface ArticleSourceHost extends ReactiveControllerHost, HTMLElement {
  topic?: string;
  code?: string;
  codeSystem?: string;
  data?: unknown;
  timeout: number;
}

/**
 * `<health-topic>`'s load: one `Task` whose arguments are what the article depends on (topic,
 * code, data, the reader's language, "Try again"), so changing one loads again, and a newer run
 * aborts and replaces an older one. A download that failed is tried again when the browser comes
 * back online. It knows nothing of the element's DOM.
 */
export class ArticleLoad implements ReactiveController {
  readonly task: Task<readonly [string | undefined, string | undefined, string | undefined, unknown, string, number], Outcome>;

  /** Counts "Try again"s: a new one downloads afresh, past every cache. */
  private attempt = 0;
  private loadedAttempt = 0;
  /** The language the reader chose in the picker; it wins over `lang` until `lang` changes. */
  private chosenLocale?: string;
  /** Set while a language chosen in the picker loads: the language it replaces, which stays on screen. */
  private changingFrom?: string;

  constructor(private readonly host: ArticleSourceHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.topic, host.code, host.codeSystem, host.data, this.wantedLocale(), this.attempt] as const,
      task: ([topic, code, codeSystem, data, locale, attempt], { signal }) => {
        const reload = attempt !== this.loadedAttempt;
        this.loadedAttempt = attempt;
        const inlineJson = () => host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
        return (
          findArticle({ topic, code, codeSystem, data, locale, reload, inlineJson, timeout: this.timeout() }, signal)
            // A load ends in an outcome; should anything throw all the same, that is an error state too.
            .catch((error: unknown) => errorView({ status: 'unexpected', error }, {}, readyUi('en')))
        );
      },
    });
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** The outcome on screen: the last load's, or while a chosen language loads, the one it replaces. */
  get outcome(): Outcome | undefined {
    const { status, value } = this.task;
    return status === TaskStatus.COMPLETE || (this.changingFrom !== undefined && status === TaskStatus.PENDING) ? value : undefined;
  }

  /** The language the article is wanted in: the one chosen in the picker, else the reader's. */
  wantedLocale(): string {
    return this.chosenLocale ?? languageOf(this.host);
  }

  /** Downloads afresh. */
  tryAgain(): void {
    this.attempt += 1;
    this.host.requestUpdate();
  }

  /** The reader chose a language in the picker: the article on screen stays until the new one is ready. */
  chooseLanguage(locale: string): void {
    const shown = this.outcome;
    if (shown?.state !== 'loaded' || locale === this.wantedLocale()) return;
    this.changingFrom = shown.article.locale;
    this.chosenLocale = locale;
    this.host.requestUpdate();
  }

  /** The element's `lang` changed: the reader's language wins again over one chosen in the picker. */
  languageAttributeChanged(): void {
    this.chosenLocale = undefined;
    this.host.requestUpdate();
  }

  /** Whether a language change is loading (and its article on screen), for the pending render. */
  get changingLanguage(): boolean {
    return this.changingFrom !== undefined;
  }

  /** Once a load has ended: the language a change in the picker replaced, if this load was one. */
  takeLanguageChange(): string | undefined {
    const from = this.changingFrom;
    this.changingFrom = undefined;
    return from;
  }

  private onOnline = (): void => {
    const outcome = this.outcome;
    if (outcome?.state === 'error' && ['network', 'timeout'].includes(outcome.error.code)) this.tryAgain();
  };

  /** The element's `timeout`, or the default when it is not a positive number of milliseconds. */
  private timeout(): number {
    const { timeout } = this.host;
    if (timeout > 0) return timeout;
    console.warn(`<health-topic timeout="${this.host.getAttribute('timeout') ?? timeout}">: the timeout is a positive number of milliseconds; using ${DEFAULT_TIMEOUT_MS}.`);
    return DEFAULT_TIMEOUT_MS;
  }
}
