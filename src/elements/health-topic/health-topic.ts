import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptPayload, acceptPayloadText, DEFAULT_LOCALE, loadTopic, type TopicLoadResult } from '../../content/catalog.js';
import type { Contributor, HealthTopic as Article } from '../../content/schema.js';
import { renderInline } from '../../content/rich-text.js';
import { formatIssues } from '../../content/issues.js';
import { clampHeadingLevel, heading } from '../../shared/heading.js';
import { VERSION } from '../../version.js';
import { TopicSection } from '../topic-section/topic-section.js';
import type { HealthTopicErrorDetail, HealthTopicLoadDetail } from './events.js';
import { healthTopicStyles } from './health-topic.styles.js';

type View =
  | { state: 'loading' }
  | { state: 'loaded'; article: Article }
  | { state: 'error'; error: HealthTopicErrorDetail };

/** Parts of `<topic-section>` and `<citation-list>` that hosts can style through `<health-topic>`. */
const SECTION_PARTS =
  'section, heading: section-heading, paragraph, lead-in, list, list-item, link, figure, figure-image, caption, credit';
const CITATION_PARTS = 'list: citation-list, citation, link, doi';

/**
 * A whole consumer-health article: title, lead, contents, sections, references, reviewer,
 * last-updated date (only when known) and disclaimer. The article comes from, in this order: the
 * `data` property; an inline `<script type="application/json">` child; the bundled content, by the
 * `topic` attribute. Every payload is validated against the content schema before it is shown.
 *
 * @slot - Nothing is shown from the light DOM, except an inline JSON payload is read from it.
 *   Fallback content placed inside (a link to the article, say) shows until the script loads.
 *
 * @fires health-topic-load - The article is shown. `detail`: `{ topic, locale }`.
 * @fires health-topic-error - No article can be shown. `detail`: `{ code, topic, message, issues }`,
 *   `code` being `missing-topic`, `not-found`, `invalid-payload` or `network`.
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
 *
 * @cssproperty --health-topic-max-width - Widest the article grows. Default: 48rem.
 * @cssproperty --health-topic-heading-font - Font family of headings. Default: inherited.
 * @cssproperty --health-topic-accent-color - Color of the contents list's rule. Default: the text color.
 * @cssproperty --health-topic-link-color - Color of links. Default: the system link color.
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-space - Space between the article's parts. Default: 1.5em.
 * @cssproperty --health-topic-radius - Corner radius of boxes and buttons. Default: 4px.
 * @cssproperty --health-topic-line-height - Line height of the article's text. Default: 1.5.
 * @cssproperty --health-topic-loading-height - Space kept for the article while it loads, so the
 *   page does not jump. Default: 24rem.
 */
export class HealthTopic extends LitElement {
  static override styles = healthTopicStyles;

  /** The library's version: a second copy of the script compares it to warn about mixed versions. */
  static readonly version = VERSION;

  /** The id of the topic to show, such as `myoclonus`. */
  @property({ reflect: true })
  topic?: string;

  /**
   * A payload to show instead of a bundled topic (see content/health-topic.schema.json). It is
   * validated like bundled content; its figure files are addressed relative to the page.
   */
  @property({ attribute: false })
  data?: unknown;

  /** The level of the article's title (1-6); section headings are one level deeper. */
  @property({ type: Number, attribute: 'heading-level', reflect: true })
  headingLevel = 2;

  @state()
  private view: View = { state: 'loading' };

  /** Counts loads, so the answer of an older, slower load never replaces a newer one. */
  private loadCount = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') || changed.has('data') || !this.hasUpdated) void this.load();
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
    const topic = this.topic?.trim() || undefined;
    const source = this.articleSource(topic, reload);
    if (!source) {
      this.fail({
        code: 'missing-topic',
        message: 'No topic was chosen: give <health-topic> a topic attribute, such as topic="myoclonus".',
      });
      return;
    }
    this.view = { state: 'loading' };
    const result = await source;
    // A newer load started while this one waited: its answer is the one to show.
    if (loadNumber !== this.loadCount) return;
    void this.show(result, topic);
  }

  /** Where the article comes from: the `data` property, inline JSON, or the bundled topic. */
  private articleSource(topic: string | undefined, reload: boolean): Promise<TopicLoadResult> | undefined {
    if (this.data !== undefined) return acceptPayload(this.data);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return acceptPayloadText(inline.textContent ?? '');
    return topic ? loadTopic(topic, DEFAULT_LOCALE, { reload }) : undefined;
  }

  private async show(result: TopicLoadResult, topic: string | undefined): Promise<void> {
    const name = topic ?? (result.status === 'loaded' ? result.topic.id : undefined);
    switch (result.status) {
      case 'loaded': {
        this.view = { state: 'loaded', article: result.topic };
        await this.updateComplete;
        this.dispatch<HealthTopicLoadDetail>('health-topic-load', { topic: result.topic.id, locale: result.topic.locale });
        const moved = this.revealSection(location.hash.slice(1));
        if (!moved && this.focusTitleOnLoad) this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
        this.focusTitleOnLoad = false;
        break;
      }
      case 'not-found':
        this.fail({ code: 'not-found', topic: name, message: `There is no article with the topic "${name}".` });
        break;
      case 'invalid-payload':
        console.error(`<health-topic${name ? ` topic="${name}"` : ''}>: the article's content is not valid:\n${formatIssues(result.issues)}`);
        this.fail({ code: 'invalid-payload', topic: name, message: 'The article has errors in its content.', issues: result.issues });
        break;
      case 'network':
        console.warn(`<health-topic${name ? ` topic="${name}"` : ''}>: the article could not be downloaded.`, result.error);
        this.fail({ code: 'network', topic: name, message: 'The article could not be downloaded.' });
        break;
    }
  }

  /** After "Try again" succeeds, focus goes to the article's title rather than being lost. */
  private focusTitleOnLoad = false;

  private retry(): void {
    this.focusTitleOnLoad = true;
    void this.load({ reload: true });
  }

  private fail(error: HealthTopicErrorDetail): void {
    this.view = { state: 'error', error };
    this.dispatch<HealthTopicErrorDetail>('health-topic-error', error);
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    switch (this.view.state) {
      case 'loading':
        return html`<div part="status" class="surface loading" role="status">
          <span class="spinner" aria-hidden="true"></span>
          <span class="loading-text">Loading the article…</span>
        </div>`;
      case 'error':
        return this.renderError(this.view.error);
      case 'loaded':
        return this.renderArticle(this.view.article);
    }
  }

  private renderError(error: HealthTopicErrorDetail): TemplateResult {
    const text: Record<HealthTopicErrorDetail['code'], string> = {
      'missing-topic': 'No article was chosen for this space.',
      'not-found': `We could not find the article "${error.topic ?? ''}".`,
      'invalid-payload': 'This article cannot be shown because its content has errors.',
      network: 'The article could not be loaded. Check your connection and try again.',
    };
    return html`<div part="error" class="surface notice" role="alert">
      <p class="notice-title">Article not available</p>
      <p>${text[error.code]}</p>
      ${error.code === 'network'
        ? html`<button part="retry-button" type="button" @click=${this.retry}>Try again</button>`
        : nothing}
    </div>`;
  }

  private renderArticle(article: Article): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const anchor = (id: string) => `${article.id}-${id}`;
    const authors = contributorNames(article.contributors, 'author');
    const reviewers = contributorNames(article.contributors, 'reviewer');
    const hasReferences = article.references.length > 0;

    return html`<article part="article" class="surface" lang=${article.locale} aria-labelledby="title">
      <header part="header">
        ${heading(level, article.title, 'title', 'title')}
        ${article.summary.map((paragraph) => html`<p part="summary" class="summary">${renderInline(paragraph)}</p>`)}
        ${authors ? html`<p part="byline" class="byline">By ${authors}</p>` : nothing}
      </header>

      <nav part="toc" aria-labelledby="toc-label">
        <p id="toc-label" class="toc-label">Contents</p>
        <ol>
          ${article.sections.map((section) => this.renderTocLink(anchor(section.id), section.title))}
          ${hasReferences ? this.renderTocLink(anchor('references'), 'References') : nothing}
        </ol>
      </nav>

      ${article.sections.map(
        (section) => html`<topic-section
          id=${anchor(section.id)}
          .section=${section}
          heading-level=${level + 1}
          exportparts=${SECTION_PARTS}
        ></topic-section>`,
      )}
      ${hasReferences
        ? html`<section part="references" class="references" aria-labelledby=${anchor('references')}>
            ${heading(level + 1, 'References', anchor('references'), 'section-heading')}
            <citation-list .references=${article.references} exportparts=${CITATION_PARTS}></citation-list>
          </section>`
        : nothing}

      <footer part="footer">
        ${reviewers ? html`<p part="review" class="review">Reviewed by ${reviewers}</p>` : nothing}
        ${article.lastReviewed ? this.renderDate('Last reviewed', article.lastReviewed, article.locale) : nothing}
        ${article.lastUpdated ? this.renderDate('Last updated', article.lastUpdated, article.locale) : nothing}
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

/** "Cynthia M. Johnson, MA", joined as a list when there are several. */
function contributorNames(contributors: readonly Contributor[], role: Contributor['role']): string {
  const names = contributors
    .filter((contributor) => contributor.role === role)
    .map(({ name, credentials }) => (credentials ? `${name}, ${credentials}` : name));
  return names.length > 1 ? new Intl.ListFormat('en', { type: 'conjunction' }).format(names) : (names[0] ?? '');
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
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
