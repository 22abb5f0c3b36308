import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { acceptPayload, acceptPayloadText, loadTopic, type TopicLoadResult } from '../../content/catalog.js';
import type { Contributor, HealthTopic as Article } from '../../content/schema.js';
import { renderInline } from '../../content/rich-text.js';
import { formatIssues } from '../../content/issues.js';
import { clampHeadingLevel, heading } from '../../shared/heading.js';
import { VERSION } from '../../version.js';
import { TopicSection } from '../topic-section/topic-section.js';
import { displayLanguage, ENGLISH, languageOf, loadedMessagesFor, messagesFor, sameLanguage, uiLocaleFor } from '../../i18n/localization.js';
import type { UiMessages } from '../../i18n/messages.js';
import type { LanguagePickerChangeDetail } from '../language-picker/language-picker.js';
import { loadLanguagePicker } from '../language-picker/load-language-picker.js';
import type { HealthTopicErrorDetail, HealthTopicLanguageChangeDetail, HealthTopicLoadDetail } from './events.js';
import { baseStyles } from '../../shared/base.styles.js';
import { textStyles } from '../../shared/text.styles.js';
import { healthTopicStyles } from './health-topic.styles.js';

/** The widget's own words in one language, and that language's tag for `lang`. */
interface Ui {
  messages: UiMessages;
  locale: string;
}

type View =
  | { state: 'loading'; ui: Ui }
  | { state: 'error'; ui: Ui; error: HealthTopicErrorDetail }
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

const ENGLISH_UI: Ui = { messages: ENGLISH, locale: 'en' };

/** The widget's words for a language, loaded (or already there). */
async function uiFor(locale: string): Promise<Ui> {
  return { messages: await messagesFor(locale), locale: uiLocaleFor(locale) };
}

/** Parts of `<topic-section>` and `<citation-list>` that hosts can style through `<health-topic>`. */
const SECTION_PARTS =
  'section, heading: section-heading, paragraph, lead-in, list, list-item, link, figure, figure-image, caption, credit';
const CITATION_PARTS = 'list: citation-list, citation, link, doi';
const PICKER_PARTS = 'button: language-button, menu: language-menu, option: language-option';

/**
 * A whole consumer-health article: title, lead, contents, sections, references, reviewer,
 * last-updated date (only when known) and disclaimer, with a language picker when the article
 * exists in several languages. The language is the element's `lang`, else the nearest ancestor's,
 * else the document's, else English; an article missing in that language shows in English with a
 * note in the reader's language. The article comes from, in this order: the
 * `data` property; an inline `<script type="application/json">` child; the bundled content, by the
 * `topic` attribute. Every payload is validated against the content schema before it is shown.
 *
 * @attr code - A clinical code to look the topic up by (ICD-10-CM or SNOMED CT), when there is no `topic`.
 * @attr code-system - The code's system: `icd-10-cm` or `snomed-ct`.
 * @attr no-structured-data - Do not add the article's schema.org JSON-LD to the page's head.
 * @attr lang - The reader's language (standard HTML attribute): the article and the widget's words
 *   follow it, else the nearest ancestor's, else the document's, else English.
 * @slot - Nothing is shown from the light DOM, except an inline JSON payload is read from it.
 *   Fallback content placed inside (a link to the article, say) shows until the script loads.
 *
 * @fires health-topic-load - The article is shown. `detail`: `{ topic, locale }`.
 * @fires health-topic-error - No article can be shown. `detail`: `{ code, topic, message, issues }`,
 *   `code` being `missing-topic`, `not-found`, `invalid-payload` or `network`.
 * @fires health-topic-language-change - The reader chose another language in the picker and the
 *   article now shows in it. `detail`: `{ topic, locale, previousLocale }`.
 *
 * @csspart article - The `<article>` wrapper.
 * @csspart header - Title, lead and byline.
 * @csspart title - The article's title.
 * @csspart summary - A paragraph of the lead.
 * @csspart byline - The author line.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-link - A link in the table of contents.
 * @csspart section - A section (exported from `<topic-section>`, as are the parts below it).
 * @csspart section-heading - A section's heading, and the references heading.
 * @csspart paragraph - A paragraph of a section.
 * @csspart lead-in - The sentence that introduces a list.
 * @csspart list - A list in a section.
 * @csspart list-item - One item of a list.
 * @csspart link - A link in the text or the references.
 * @csspart figure - A figure.
 * @csspart figure-image - The picture in a figure.
 * @csspart caption - A figure's caption and credit.
 * @csspart credit - Who made a figure's picture.
 * @csspart references - The references section.
 * @csspart citation-list - The list of references.
 * @csspart citation - One reference.
 * @csspart doi - The DOI link of a reference.
 * @csspart footer - Reviewer, dates and disclaimer.
 * @csspart review - The reviewer and date lines.
 * @csspart disclaimer - The disclaimer.
 * @csspart status - The loading message.
 * @csspart error - The message shown when no article can be shown.
 * @csspart retry-button - The button that tries a failed load again.
 * @csspart language-notice - The note shown when the article is not in the reader's language.
 * @csspart language-picker - The language picker (present when the article has several languages).
 * @csspart language-button - The picker's button.
 * @csspart language-menu - The picker's list of languages.
 * @csspart language-option - One language in the picker.
 *
 * @cssproperty --health-topic-max-width - Widest the article grows. Default: 48rem.
 * @cssproperty --health-topic-font-family - Font family of the article. Default: the page's.
 * @cssproperty --health-topic-heading-font - Font family of headings. Default: inherited.
 * @cssproperty --health-topic-scroll-margin - Space kept above a heading scrolled to, for pages with a
 *   sticky header. Default: 0.
 * @cssproperty --health-topic-accent-color - Color of the contents list's rule. Default: the text color.
 * @cssproperty --health-topic-link-color - Color of links. Default: the text color (links are underlined).
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-space - Space between the article's parts. Default: 1.5em.
 * @cssproperty --health-topic-radius - Corner radius of boxes and buttons. Default: 4px.
 * @cssproperty --health-topic-line-height - Line height of the article's text. Default: 1.5.
 * @cssproperty --health-topic-menu-background - Background of the open language menu. Default: Canvas.
 * @cssproperty --health-topic-menu-color - Text color of the open language menu. Default: CanvasText.
 * @cssproperty --health-topic-loading-height - Space kept for the article while it loads, so the
 *   page does not jump. Default: 24rem.
 *
 * @tagname health-topic
 */
export class HealthTopic extends LitElement {
  static override styles = [baseStyles, textStyles, healthTopicStyles];

  static override properties = {
    topic: { reflect: true },
    code: { reflect: true },
    codeSystem: { attribute: 'code-system', reflect: true },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data', reflect: true },
    data: { attribute: false },
    sections: {},
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    view: { state: true },
  };

  /** The library's version: a second copy of the script compares it to warn about mixed versions. */
  static readonly version = VERSION;

  /** The id of the topic to show, such as `myoclonus`. */
  topic?: string;

  /**
   * A clinical code to look the topic up by, instead of `topic`: ICD-10-CM (`G25.3`) or SNOMED CT
   * (`17450006`), as patient portals do with MedlinePlus Connect.
   */
  code?: string;

  /** The code's system: `icd-10-cm` or `snomed-ct`; without it, both are searched. */
  codeSystem?: string;

  /**
   * Do not add the article's schema.org JSON-LD to the page. By default one
   * `<script type="application/ld+json">` per element goes into the document's head, for search
   * engines, and leaves with the element or its article.
   */
  noStructuredData = false;

  /**
   * A payload to show instead of a bundled topic (see content/health-topic.schema.json). It is
   * validated like bundled content; its figure files are addressed relative to the page.
   */
  data?: unknown;

  /**
   * Show only these sections, by id, separated by commas or spaces (`sections="symptoms,treatment"`);
   * title, lead, references and disclaimer stay. Ids the article lacks are ignored; when none
   * matches, the whole article shows.
   */
  sections?: string;

  /** The level of the article's title (1-6); section headings are one level deeper. */
  headingLevel = 2;

  private view: View = { state: 'loading', ui: ENGLISH_UI };

  /** The language the reader chose in the picker; it wins over `lang` until `lang` changes. */
  private chosenLocale?: string;

  /** Set while a language chosen in the picker loads: the language it replaces. */
  private languageChangeFrom?: string;

  /** Counts loads, so the answer of an older, slower load never replaces a newer one. */
  private loadCount = 0;

  /**
   * The article to render on the server (scripts/prerender.ts), where nothing is downloaded.
   * @ignore
   */
  prerendered?: { article: Article; locales: string[] };

  /** The page holds this element's article already, rendered on the server: keep it until ours is ready. */
  private showsPrerenderedArticle = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // A declarative shadow root from the prerendered snippet is reused (not replaced) by Lit.
    this.showsPrerenderedArticle = !isServer && root.querySelector('article') !== null;
    return root;
  }

  /**
   * Follows property changes here rather than in `willUpdate`, which Lit skips when this returns
   * false: while a prerendered article shows, loading and errors stay off screen (it is the article).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!isServer) this.followChanges(changed);
    return !this.showsPrerenderedArticle || this.view.state === 'loaded';
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.showsPrerenderedArticle) {
      // The same article, rendered by the same templates, replaces it in one go: no flash, no shift.
      this.renderRoot.replaceChildren();
      // LitElement meant to render before the prerendered nodes, which are gone now.
      this.renderOptions.renderBefore = null;
      this.showsPrerenderedArticle = false;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.withdrawStructuredData();
  }

  /** `lang` is a global attribute, not a Lit property: watch it too, so changing it changes the language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue && this.hasUpdated) {
      this.chosenLocale = undefined;
      void this.load();
    }
  }

  /** On the server, the article is rendered at once from words already loaded (a browser build drops this). */
  protected override willUpdate(): void {
    if (!isServer || !this.prerendered) return;
    const { article, locales } = this.prerendered;
    const ui = { messages: loadedMessagesFor(article.locale) ?? ENGLISH, locale: uiLocaleFor(article.locale) };
    this.view = { state: 'loaded', article, locales, ui };
  }

  /** Set once the first load has started. */
  private loadStarted = false;

  /** Starts a load when the article's source changes, and adds or removes the JSON-LD when asked. */
  private followChanges(changed: PropertyValues<this>): void {
    const firstTime = !this.loadStarted;
    const sourceChanged = changed.has('topic') || changed.has('code') || changed.has('codeSystem') || changed.has('data');
    if (sourceChanged || firstTime) {
      this.loadStarted = true;
      void this.load();
    }
    if (!firstTime && changed.has('noStructuredData')) {
      if (this.noStructuredData) this.withdrawStructuredData();
      else if (this.view.state === 'loaded') void this.publishStructuredData(this.view.article);
    }
  }

  /** Resolves once the article and the elements inside it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const children = this.renderRoot.querySelectorAll<LitElement>('topic-section, citation-list');
    await Promise.all([...children].map((child) => child.updateComplete));
    return result;
  }

  private async load({ reload = false } = {}): Promise<void> {
    const loadNumber = ++this.loadCount;
    const isCurrent = () => loadNumber === this.loadCount;
    const wanted = this.chosenLocale ?? languageOf(this);
    const readerUi = uiFor(wanted);
    const topic = this.topic?.trim() || undefined;
    const source = this.articleSource(topic, wanted, reload);
    this.withdrawStructuredData();
    if (!source) {
      const ui = await readerUi;
      if (isCurrent()) {
        this.fail(ui, {
          code: 'missing-topic',
          message: 'No topic attribute, such as topic="myoclonus".',
        });
      }
      return;
    }
    // A language switch keeps the current article on screen until the new one is ready.
    if (!this.languageChangeFrom) {
      this.view = { state: 'loading', ui: { messages: loadedMessagesFor(wanted) ?? ENGLISH, locale: uiLocaleFor(wanted) } };
    }
    const result = await source;
    const reader = await readerUi;
    // A newer load started while this one waited: its answer is the one to show.
    if (!isCurrent()) return;
    if (result.status !== 'loaded') {
      this.languageChangeFrom = undefined;
      this.showFailure(result, topic, reader);
      return;
    }
    const articleUi = await uiFor(result.topic.locale);
    if (!isCurrent()) return;
    // The picker is not needed for the article's first paint: it fills the space kept for it.
    if (result.locales.length > 1) void loadLanguagePicker().catch(() => undefined);
    void this.showArticle(result.topic, result.locales, articleUi, reader, wanted);
  }

  /** Where the article comes from: the `data` property, inline JSON, or the bundled topic. */
  private articleSource(topic: string | undefined, locale: string, reload: boolean): Promise<TopicLoadResult> | undefined {
    if (this.data !== undefined) return acceptPayload(this.data);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return acceptPayloadText(inline.textContent ?? '');
    if (topic) return loadTopic(topic, locale, { reload });
    const code = this.code?.trim();
    if (!code) return undefined;
    return import('../../content/code-lookup.js')
      .then(({ loadTopicByCode }) => loadTopicByCode(code, this.codeSystem, locale, { reload }))
      .catch((error: unknown): TopicLoadResult => ({ status: 'network', error }));
  }

  /** The article's JSON-LD in the document's head: at most one script per element. */
  private structuredDataScript?: HTMLScriptElement;

  private async publishStructuredData(article: Article): Promise<void> {
    this.withdrawStructuredData();
    if (this.noStructuredData || !this.isConnected) return;
    const loadNumber = this.loadCount;
    // Its own chunk: search engines need it, the article's first paint does not.
    const { publishStructuredData } = await import('../../seo/structured-data.js');
    if (loadNumber !== this.loadCount || this.noStructuredData || !this.isConnected || this.view.state !== 'loaded') return;
    this.withdrawStructuredData();
    this.structuredDataScript = publishStructuredData(article);
  }

  private withdrawStructuredData(): void {
    this.structuredDataScript?.remove();
    this.structuredDataScript = undefined;
  }

  private async showArticle(article: Article, locales: string[], ui: Ui, reader: Ui, wanted: string): Promise<void> {
    const notice = sameLanguage(wanted, article.locale)
      ? undefined
      : {
          text: reader.messages.notInLanguage(displayLanguage(wanted, reader.locale), displayLanguage(article.locale, reader.locale)),
          lang: reader.locale,
        };
    this.view = { state: 'loaded', article, locales, ui, notice };
    void this.publishStructuredData(article);
    if (this.sections?.trim() && chosenSections(article, this.sections) === article.sections) {
      console.warn(`<health-topic sections="${this.sections}">: no such section; showing all.`);
    }
    await this.updateComplete;
    const previousLocale = this.languageChangeFrom;
    this.languageChangeFrom = undefined;
    this.dispatch<HealthTopicLoadDetail>('health-topic-load', { topic: article.id, locale: article.locale });
    if (previousLocale !== undefined) {
      this.dispatch<HealthTopicLanguageChangeDetail>('health-topic-language-change', {
        topic: article.id,
        locale: article.locale,
        previousLocale,
      });
      return;
    }
    const moved = this.revealSection(location.hash.slice(1));
    if (!moved && this.focusTitleOnLoad) this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    this.focusTitleOnLoad = false;
  }

  private showFailure(result: Exclude<TopicLoadResult, { status: 'loaded' }>, name: string | undefined, ui: Ui): void {
    const element = `<health-topic${name ? ` topic="${name}"` : ''}>`;
    switch (result.status) {
      case 'not-found': {
        const code = name ? undefined : this.code?.trim();
        const message = code ? `There is no article for the code "${code}".` : `There is no article with the topic "${name}".`;
        this.fail(ui, { code: 'not-found', topic: name, clinicalCode: code, message });
        break;
      }
      case 'invalid-payload':
        console.error(`${element}: the article's content is not valid:\n${formatIssues(result.issues)}`);
        this.fail(ui, { code: 'invalid-payload', topic: name, message: 'The article has errors in its content.', issues: result.issues });
        break;
      case 'network':
        // The browser's console already names the request that failed.
        this.fail(ui, { code: 'network', topic: name, message: 'The article could not be downloaded.' });
        break;
    }
  }

  private onLanguageChosen = (event: CustomEvent<LanguagePickerChangeDetail>): void => {
    if (this.view.state !== 'loaded') return;
    this.languageChangeFrom = this.view.article.locale;
    this.chosenLocale = event.detail.locale;
    void this.load();
  };

  /** After "Try again" succeeds, focus goes to the article's title rather than being lost. */
  private focusTitleOnLoad = false;

  private retry(): void {
    this.focusTitleOnLoad = true;
    void this.load({ reload: true });
  }

  private fail(ui: Ui, error: HealthTopicErrorDetail): void {
    this.view = { state: 'error', ui, error };
    this.dispatch<HealthTopicErrorDetail>('health-topic-error', error);
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(widgetEvent(type, detail));
  }

  override render() {
    switch (this.view.state) {
      case 'loading':
        return html`<div part="status" class="surface loading" role="status" lang=${this.view.ui.locale}>
          <span class="spinner" aria-hidden="true"></span>
          <span class="loading-text">${this.view.ui.messages.loading}</span>
        </div>`;
      case 'error':
        return this.renderError(this.view.error, this.view.ui);
      case 'loaded':
        return this.renderArticle(this.view);
    }
  }

  private renderError(error: HealthTopicErrorDetail, { messages, locale }: Ui): TemplateResult {
    const text: Record<HealthTopicErrorDetail['code'], string> = {
      'missing-topic': messages.missingTopic,
      'not-found': error.clinicalCode ? messages.noArticleForCode(error.clinicalCode) : messages.notFound(error.topic ?? ''),
      'invalid-payload': messages.invalidPayload,
      network: messages.network,
    };
    return html`<div part="error" class="surface notice" role="alert" lang=${locale}>
      <p class="notice-title">${messages.unavailable}</p>
      <p>${text[error.code]}</p>
      ${error.code === 'network'
        ? html`<button part="retry-button" type="button" @click=${this.retry}>${messages.tryAgain}</button>`
        : nothing}
    </div>`;
  }

  private renderArticle({ article, locales, ui, notice }: Extract<View, { state: 'loaded' }>): TemplateResult {
    const messages = ui.messages;
    const level = clampHeadingLevel(this.headingLevel);
    const anchor = (id: string) => `${article.id}-${id}`;
    const sections = chosenSections(article, this.sections);
    const authors = contributorNames(article.contributors, 'author', article.locale);
    const reviewers = contributorNames(article.contributors, 'reviewer', article.locale);
    const hasReferences = article.references.length > 0;

    return html`<article part="article" class="surface" lang=${article.locale} aria-labelledby="title">
      ${notice
        ? html`<p part="language-notice" class="language-notice" lang=${notice.lang}>${notice.text}</p>`
        : nothing}
      <header part="header">
        ${heading(level, article.title, 'title', 'title')}
        ${article.summary.map((paragraph) => html`<p part="summary" class="summary">${renderInline(paragraph)}</p>`)}
        ${authors ? html`<p part="byline" class="byline">${messages.byline(authors)}</p>` : nothing}
        ${locales.length > 1
          ? html`<language-picker
              part="language-picker"
              exportparts=${PICKER_PARTS}
              .locales=${locales}
              value=${article.locale}
              label=${messages.language}
              @language-picker-change=${this.onLanguageChosen}
            ></language-picker>`
          : nothing}
      </header>

      <nav part="toc" aria-labelledby="toc-label">
        <p id="toc-label" class="toc-label">${messages.contents}</p>
        <ol>
          ${sections.map((section) => this.renderTocLink(anchor(section.id), section.title))}
          ${hasReferences ? this.renderTocLink(anchor('references'), messages.references) : nothing}
        </ol>
      </nav>

      ${sections.map(
        (section) => html`<topic-section
          id=${anchor(section.id)}
          .section=${section}
          heading-level=${level + 1}
          exportparts=${SECTION_PARTS}
        ></topic-section>`,
      )}
      ${hasReferences
        ? html`<section part="references" class="references" aria-labelledby=${anchor('references')}>
            ${heading(level + 1, messages.references, anchor('references'), 'section-heading')}
            <citation-list
              .references=${article.references}
              locale=${article.locale}
              exportparts=${CITATION_PARTS}
            ></citation-list>
          </section>`
        : nothing}

      <footer part="footer">
        ${reviewers ? html`<p part="review" class="review">${messages.reviewedBy(reviewers)}</p>` : nothing}
        ${article.lastReviewed ? this.renderDate(messages.lastReviewed, article.lastReviewed, article.locale) : nothing}
        ${article.lastUpdated ? this.renderDate(messages.lastUpdated, article.lastUpdated, article.locale) : nothing}
        <p part="disclaimer" class="disclaimer">${article.disclaimer}</p>
      </footer>
    </article>`;
  }

  private renderTocLink(target: string, title: string): TemplateResult {
    return html`<li><a part="toc-link" href=${`#${target}`} @click=${(event: Event) => this.onTocClick(event, target)}>${title}</a></li>`;
  }

  private renderDate(label: string, isoDate: string, locale: string): TemplateResult {
    return html`<p part="review" class="review">${label}: <time datetime=${isoDate}>${formatDate(isoDate, locale)}</time></p>`;
  }

  /** Hash links cannot reach into a shadow root, so the contents list moves to its sections itself. */
  private onTocClick(event: Event, target: string): void {
    event.preventDefault();
    history.pushState(history.state, '', `#${target}`);
    this.revealSection(target);
  }

  private onHashChange = (): void => {
    this.revealSection(location.hash.slice(1));
  };

  /**
   * Scrolls to the section with this anchor, if it is in this article, and moves focus to its
   * heading. Says whether it did.
   */
  private revealSection(anchor: string): boolean {
    if (!anchor || this.view.state !== 'loaded') return false;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(decodeFragment(anchor))}"]`);
    if (target instanceof TopicSection) {
      target.focusHeading();
    } else if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
    return target !== null;
  }
}

/** The widget's events bubble and cross shadow roots, so a host page hears them wherever it listens. */
function widgetEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

/** The sections the `sections` attribute names, in the article's order; all of them when it names none. */
function chosenSections(article: Article, wanted: string | undefined): Article['sections'] {
  const ids = new Set((wanted ?? '').split(/[\s,]+/).filter(Boolean));
  const chosen = article.sections.filter((section) => ids.has(section.id));
  return chosen.length > 0 ? chosen : article.sections;
}

/** "Cynthia M. Johnson, MA", joined as a list in the article's language when there are several. */
function contributorNames(contributors: readonly Contributor[], role: Contributor['role'], locale: string): string {
  const names = contributors
    .filter((contributor) => contributor.role === role)
    .map(({ name, credentials }) => (credentials ? `${name}, ${credentials}` : name));
  return names.length > 1 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) : (names[0] ?? '');
}

/** A URL fragment as text; a malformed escape is taken as it is rather than throwing. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Formats an ISO date in the article's language; UTC keeps the day from shifting with time zones. */
function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // A date the calendar lacks would throw here: show it as written rather than break the article.
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
