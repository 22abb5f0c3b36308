import { LitElement, isServer, nothing, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import type { HealthTopic as Article } from '../../content/schema.js';
import { today } from '../../shared/clock.js';
import { VERSION } from '../../version.js';
import type { LanguagePickerChangeDetail } from '../language-picker/language-picker.js';
import { offerLanguagePicker } from '../language-picker/load-language-picker.js';
import { announceArticle } from './article-events.js';
import { emit } from './events.js';
import { ArticleLoad } from './article-load.js';
import { BrokenRenders } from './broken-renders.js';
import { DEFAULT_TIMEOUT_MS, readyUi, type ArticleView, type Outcome } from './find-article.js';
import { articleTemplate, errorTemplate, loadingTemplate } from './health-topic.template.js';
import { healthTopicShadowStyles } from './health-topic.styles.js';
import { claimInnerElements, innerElementsRendered, offScreen } from './inner-elements.js';
import type { LoadFailure } from './load-errors.js';
import { PrerenderedArticle } from './prerendered-article.js';
import { ReadingEvents } from './reading-events.js';
import { SectionLinks } from './section-links.js';
import { StructuredDataController } from './structured-data-controller.js';
import { AttributeHints, checkArticleOptions } from './usage-hints.js';

/**
 * A whole consumer-health article: title, lead, contents, sections, references, who wrote,
 * reviewed, translated and rebuilt it, where its text comes from, dates (only when known) and
 * disclaimer, with a language picker when the article exists in several languages. An article
 * missing in the reader's language (see `lang`) shows in English, with a note in theirs. The
 * article comes from, in this order: the `data` property; an inline `<script type="application/json">`
 * child; the bundled content, by the `topic` attribute. A payload from the page is validated before it
 * shows; a bundled one is shown only as the build published it (checked against its hash).
 *
 * @attr code - A clinical code to look the topic up by (ICD-10-CM or SNOMED CT), when there is no `topic`.
 * @attr code-system - The code's system: `icd-10-cm` or `snomed-ct`.
 * @attr no-structured-data - Do not add the article's schema.org JSON-LD to the page's head.
 * @attr timeout - Milliseconds a load may take before the widget gives up and offers "Try again" (default 15000).
 * @attr show-review-status - For the site's staff: show whether the next medical review is overdue, when it is due, or unrecorded.
 * @attr content-version - Written by the prerender: the pasted article's payload file name (see `health-topic-outdated-snippet`).
 * @attr lang - The reader's language (standard HTML attribute), else the nearest ancestor's, the document's, or English.
 * @slot - Not shown; an inline JSON payload is read from it, and fallback content inside shows until the script loads.
 *
 * @fires health-topic-load - The article is shown. `detail`: `{ topic, locale }`.
 * @fires health-topic-error - No article can be shown. `detail`: `{ code, topic, message, issues }`, `code` a `HealthTopicErrorCode`.
 * @fires health-topic-language-change - The article shows in the language the reader chose. `detail`: `{ topic, locale, previousLocale }`.
 * @fires health-topic-review-due - After load, when the next review was due before the reader's day. `detail`: `{ topic, locale, nextReview, lastReviewed, today }`.
 * @fires health-topic-licence-ending - After `health-topic-load`, when its licence ends within 30 days. `detail`: `{ topic, locale, expires, today }`.
 * @fires health-topic-section-view - A section was half in view (or filled it) for a second; once per section. `detail`: `{ topic, locale, section, index }`.
 * @fires health-topic-read-complete - The reader reached the article's end after a section view; once. `detail`: `{ topic, locale, sectionsViewed, sections }`.
 * @fires health-topic-link-click - The reader followed a link (middle click included). `detail`: `{ topic, locale, href, kind, outbound }`, `kind` a `HealthTopicLinkKind`.
 * @fires health-topic-print - The page is printed while the article is shown. `detail`: `{ topic, locale }`.
 * @fires health-topic-outdated-snippet - The script showed a newer article in place of a pasted one. `detail`: `{ topic, locale, pasted, current }`.
 *
 * @csspart article - The `<article>` wrapper.
 * @csspart header - Title, lead and byline.
 * @csspart title - The article's title.
 * @csspart summary - A paragraph of the lead.
 * @csspart attribution - A line the article's licence terms ask an edited copy to show (its attribution, who edited it).
 * @csspart byline - The author line (of a translation: the original's author).
 * @csspart translation - A translation's line: who translated it, and who reviewed the translation.
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
 * @csspart provenance - The note under a rebuilt list or paragraph, saying what it was rebuilt from.
 * @csspart references - The references section.
 * @csspart citation-list - The list of references.
 * @csspart citation - One reference.
 * @csspart doi - The DOI link of a reference.
 * @csspart footer - Reviewer, rebuilt parts, dates, source and disclaimer.
 * @csspart review - The reviewer and date lines.
 * @csspart rebuilt - The line saying who edited the rebuilt parts, and that the medical review does not cover them.
 * @csspart source - Where the article's text comes from (only when the payload says).
 * @csspart review-status - The review status shown to staff (`show-review-status`).
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
 * @cssproperty --health-topic-scroll-margin - Space kept above a heading scrolled to (a sticky header's). Default: 0.
 * @cssproperty --health-topic-accent-color - Color of the rules beside the contents list and the notes. Default: the text color.
 * @cssproperty --health-topic-link-color - Color of links. Default: the text color (links are underlined).
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-space - Space between the article's parts. Default: 1.5em.
 * @cssproperty --health-topic-radius - Corner radius of boxes and buttons. Default: 4px.
 * @cssproperty --health-topic-line-height - Line height of the article's text. Default: 1.5.
 * @cssproperty --health-topic-menu-background - Background of the open language menu. Default: Canvas.
 * @cssproperty --health-topic-menu-color - Text color of the open language menu. Default: CanvasText.
 * @cssproperty --health-topic-loading-height - Space kept for the article while it loads. Default: 24rem.
 *
 * @tagname health-topic
 */
export class HealthTopic extends LitElement {
  static override styles = healthTopicShadowStyles;

  static override properties = {
    topic: { reflect: true },
    code: { reflect: true },
    codeSystem: { attribute: 'code-system', reflect: true },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data', reflect: true },
    data: { attribute: false },
    sections: {},
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    timeout: { type: Number },
    showReviewStatus: { type: Boolean, attribute: 'show-review-status', reflect: true },
  };

  /** The library's version: a second copy of the script compares it to warn about mixed versions. */
  static readonly version = VERSION;

  /** The id of the topic to show, such as `myoclonus`. */
  topic?: string;

  /** A clinical code to look the topic up by, instead of `topic`: ICD-10-CM (`G25.3`) or SNOMED CT (`17450006`), as MedlinePlus Connect does. */
  code?: string;

  /** The code's system: `icd-10-cm` or `snomed-ct`; without it, both are searched. */
  codeSystem?: string;

  /**
   * Do not add the article's schema.org JSON-LD to the page. By default one `<script type="application/ld+json">` per
   * element goes into the document's head, for search engines, and leaves with the element or its article.
   */
  noStructuredData = false;

  /** A payload to show instead of a bundled topic (content/health-topic.schema.json), validated like bundled content; its figure files are addressed relative to the page. */
  data?: unknown;

  /**
   * Show only these sections, by id, separated by commas or spaces (`sections="symptoms,treatment"`); title, lead,
   * references and disclaimer stay. Ids the article lacks are ignored; when none matches, the whole article shows.
   */
  sections?: string;

  /** The level of the article's title (1-6); section headings are one level deeper. */
  headingLevel = 2;

  /**
   * Milliseconds a load may take (downloads, checks, the widget's words) before the widget gives up,
   * shows "The article took too long to load" with "Try again", and fires `health-topic-error` (`timeout`).
   */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Show staff the article's review status above it: overdue, due on a day, or not recorded. */
  showReviewStatus = false;

  /**
   * The article to render on the server (scripts/prerender.ts), where nothing is downloaded.
   * @internal
   */
  prerendered?: { article: Article; locales: string[] };

  private readonly articleLoad = new ArticleLoad(this);
  private focusTitleOnLoad = false;
  /** The outcome the last event was sent for: each load ends in exactly one. */
  private announced?: Outcome;
  private readonly brokenRenders = new BrokenRenders();
  private prerenderedArticle?: PrerenderedArticle;
  private readonly links = new SectionLinks(this);
  private readonly reading = new ReadingEvents(this);

  constructor() {
    super();
    new AttributeHints(this);
    new StructuredDataController(this, () => (this.noStructuredData ? undefined : this.shownArticle()?.article));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer) this.prerenderedArticle = new PrerenderedArticle(this, root, this.renderOptions);
    return root;
  }

  /** `lang` is a global attribute, not a Lit property: watch it too, so changing it changes the language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.articleLoad.languageAttributeChanged();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The same article, rendered by the same templates, replaces the prerendered one: no flash, no shift.
    this.prerenderedArticle?.giveWayTo(this.articleLoad.outcome && this.brokenRenders.shown(this.articleLoad.outcome));
    // A retry button about to be replaced gives focus to the title of the article that comes.
    if (this.shadowRoot?.activeElement?.matches('[part~="retry-button"]')) this.focusTitleOnLoad = true;
    super.update(changed);
  }

  override render(): unknown {
    // While a prerendered article shows, loading and errors stay off screen: it is the article.
    if (this.prerenderedArticle?.showing) return nothing;
    const loading = () => loadingTemplate(readyUi(this.articleLoad.wantedLocale()));
    return this.articleLoad.task.render({
      // On the server (scripts/prerender.ts) the article is given, and nothing loads.
      initial: () => (isServer && this.prerendered ? this.renderOutcome({ state: 'loaded', ...this.prerendered, ui: readyUi(this.prerendered.article.locale) }) : loading()),
      // A language chosen in the picker keeps the current article on screen until the new one is ready.
      pending: () => (this.articleLoad.changingLanguage && this.articleLoad.outcome ? this.renderOutcome(this.articleLoad.outcome) : loading()),
      complete: (outcome) => this.renderOutcome(outcome),
    });
  }

  private renderOutcome(outcome: Outcome): unknown {
    const shown = this.brokenRenders.shown(outcome);
    if (shown.state === 'error') return errorTemplate(shown, this.retry);
    // Checked before anything is made in the article: a page's own class for one of its tags never runs.
    const conflict = claimInnerElements();
    if (conflict) return errorTemplate(this.brokenRenders.fail(shown, conflict, this.code), this.retry);
    try {
      return articleTemplate(shown, {
        headingLevel: this.headingLevel,
        sections: this.sections,
        href: (anchor) => this.links.href(anchor),
        follow: this.links.follow,
        chooseLanguage: this.onLanguageChosen,
        reviewStatus: this.showReviewStatus ? { today: today() } : undefined,
      });
    } catch (error) {
      // Only content that skipped validation gets here (see catalog.ts): it becomes the error state.
      return errorTemplate(this.brokenRenders.fail(shown, { status: 'unexpected', error }, this.code), this.retry);
    }
  }

  protected override updated(): void {
    const outcome = this.articleLoad.task.status === TaskStatus.COMPLETE ? this.articleLoad.task.value : undefined;
    if (!outcome || outcome === this.announced) return;
    this.announced = outcome;
    void this.announce(outcome);
  }

  /** Once an outcome is on screen with the elements inside it, says so with one event. */
  private async announce(outcome: Outcome): Promise<void> {
    const previousLocale = this.articleLoad.takeLanguageChange();
    // "Loaded" means on screen: what stopped the render of the article, or kept a part of it empty, if anything did.
    const failure = await this.updateComplete.then(() => offScreen(this.renderRoot), (error: unknown): LoadFailure => ({ status: 'unexpected', error }));
    if (failure !== undefined && outcome.state === 'loaded' && !this.brokenRenders.failed(outcome)) {
      this.brokenRenders.fail(outcome, failure, this.code);
      this.requestUpdate();
      await this.updateComplete.catch(() => undefined);
    }
    // A newer load has started meanwhile: its outcome is announced instead.
    if (this.articleLoad.outcome !== outcome) return;
    const shown = this.brokenRenders.shown(outcome);
    if (shown.state === 'error') {
      this.reading.stop();
      return emit(this, 'health-topic-error', shown.error);
    }
    announceArticle(this, shown.article, previousLocale);
    this.reading.watch(shown.article, this.renderRoot);
    offerLanguagePicker(shown.locales);
    checkArticleOptions(this, shown.article);
    if (previousLocale === undefined) this.links.revealAddressed();
    if (this.focusTitleOnLoad) this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    this.focusTitleOnLoad = false;
  }

  /** The article on screen, unless its render failed. */
  private shownArticle(): ArticleView | undefined {
    const outcome = this.articleLoad.outcome && this.brokenRenders.shown(this.articleLoad.outcome);
    return outcome?.state === 'loaded' ? outcome : undefined;
  }

  /** "Try again": downloads afresh, and moves focus to the title once the article is there. */
  private retry = (): void => {
    this.focusTitleOnLoad = true;
    this.articleLoad.tryAgain();
  };

  private onLanguageChosen = (event: CustomEvent<LanguagePickerChangeDetail>): void => this.articleLoad.chooseLanguage(event.detail.locale);

  /** Resolves once the article and the elements inside it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await innerElementsRendered(this.renderRoot);
    return result;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'health-topic': HealthTopic;
  }
}
