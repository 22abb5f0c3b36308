/**
 * What `<health-topic>` shows in each state, as plain functions of the state: the loading status,
 * the error message, and the article. The browser and the prerender (Lit SSR) render the same ones.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleView, ErrorView, Ui } from './find-article.js';
import { renderInline } from '../../content/rich-text.js';
import type { HealthTopic as Article } from '../../content/schema.js';
import { sectionAnchor as anchorOf } from '../../content/published.js';
import type { LanguagePickerChangeDetail } from '../language-picker/language-picker.js';
import { clampHeadingLevel, heading } from '../../shared/heading.js';
import { textDirection } from '../../shared/locales.js';
import { creditsTemplate, footerCreditsTemplate, reviewStatusTemplate } from './health-topic.credits.js';

/** Parts of `<topic-section>` and `<citation-list>` that hosts can style through `<health-topic>`. */
const SECTION_PARTS =
  'section, heading: section-heading, paragraph, lead-in, list, list-item, link, figure, figure-image, caption, credit, provenance';
const CITATION_PARTS = 'list: citation-list, citation, link, doi';
const PICKER_PARTS = 'button: language-button, menu: language-menu, option: language-option';

export function loadingTemplate({ messages, locale }: Ui): TemplateResult {
  return html`<div part="status" class="surface loading" role="status" lang=${locale} dir=${textDirection(locale)}>
    <span class="spinner" aria-hidden="true"></span>
    <span class="loading-text">${messages.loading}</span>
  </div>`;
}

export function errorTemplate({ error, ui: { messages, locale }, canRetry }: ErrorView, retry: () => void): TemplateResult {
  const text: Record<typeof error.code, string> = {
    'missing-topic': messages.missingTopic,
    'not-found': error.clinicalCode ? messages.noArticleForCode(error.clinicalCode) : messages.notFound(error.topic ?? ''),
    'invalid-payload': messages.invalidPayload,
    'content-not-found': messages.contentNotFound,
    'changed-file': messages.changedFile,
    network: messages.network,
    timeout: messages.timeout,
    'element-conflict': messages.elementConflict,
    'licence-ended': messages.licenceEnded,
  };
  return html`<div part="error" class="surface notice" role="alert" lang=${locale} dir=${textDirection(locale)}>
    <p class="notice-title">${messages.unavailable}</p>
    <p>${text[error.code]}</p>
    ${canRetry ? html`<button part="retry-button" type="button" @click=${retry}>${messages.tryAgain}</button>` : nothing}
  </div>`;
}

export interface ArticleOptions {
  headingLevel: number;
  /** The `sections` attribute: which sections to show. */
  sections?: string;
  /** The address of an anchor in this article (none: the link is a placeholder), and what following it does. */
  href: (anchor: string) => string | undefined;
  follow: (event: Event, anchor: string) => void;
  chooseLanguage: (event: CustomEvent<LanguagePickerChangeDetail>) => void;
  /** The `show-review-status` attribute: staff see whether the medical review is overdue, counted to `today`. */
  reviewStatus?: { today: string };
}

/** The id of a section's element and heading (see published.ts), as in `#myoclonus-symptoms`. */
function sectionAnchor(article: Article, sectionId: string): string {
  return anchorOf(article.id, sectionId);
}

export function articleTemplate({ article, locales, ui, notice }: ArticleView, options: ArticleOptions): TemplateResult {
  const messages = ui.messages;
  const level = clampHeadingLevel(options.headingLevel);
  const anchor = (id: string) => sectionAnchor(article, id);
  const sections = chosenSections(article, options.sections);
  const hasReferences = article.references.length > 0;
  const tocLink = (target: string, title: string) =>
    html`<li><a part="toc-link" href=${ifDefined(options.href(target))} @click=${(event: Event) => options.follow(event, target)}>${title}</a></li>`;

  return html`<article part="article" class="surface" lang=${article.locale} dir=${textDirection(article.locale)} aria-labelledby="title">
    ${notice ? html`<p part="language-notice" class="language-notice" lang=${notice.lang} dir=${textDirection(notice.lang)}>${notice.text}</p>` : nothing}
    ${options.reviewStatus ? reviewStatusTemplate(article, messages, options.reviewStatus.today) : nothing}
    <header part="header">
      ${heading(level, article.title, 'title', 'title')}
      ${article.summary.map((paragraph) => html`<p part="summary" class="summary">${renderInline(paragraph)}</p>`)}
      ${creditsTemplate(article, messages)}
      ${locales.length > 1
        ? html`<language-picker
            part="language-picker"
            exportparts=${PICKER_PARTS}
            .locales=${locales}
            value=${article.locale}
            label=${messages.language}
            @language-picker-change=${options.chooseLanguage}
          ></language-picker>`
        : nothing}
    </header>

    <nav part="toc" aria-labelledby="toc_label">
      <p id="toc_label" class="toc-label">${messages.contents}</p>
      <ol>
        ${sections.map((section) => tocLink(anchor(section.id), section.title))}
        ${hasReferences ? tocLink(anchor('references'), messages.references) : nothing}
      </ol>
    </nav>

    ${sections.map(
      (section) => html`<topic-section
        id=${anchor(section.id)}
        .section=${section}
        locale=${article.locale}
        heading-level=${level + 1}
        exportparts=${SECTION_PARTS}
      ></topic-section>`,
    )}
    ${hasReferences
      ? html`<section part="references" class="references" aria-labelledby=${anchor('references')}>
          ${heading(level + 1, messages.references, anchor('references'), 'section-heading')}
          <citation-list .references=${article.references} locale=${article.locale} exportparts=${CITATION_PARTS}></citation-list>
        </section>`
      : nothing}

    <footer part="footer">
      ${footerCreditsTemplate(article, messages)}
      <p part="disclaimer" class="disclaimer">${article.disclaimer}</p>
    </footer>
  </article>`;
}

/** The sections the `sections` attribute names, in the article's order; all of them when it names none. */
export function chosenSections(article: Article, wanted: string | undefined): Article['sections'] {
  const ids = new Set((wanted ?? '').split(/[\s,]+/).filter(Boolean));
  const chosen = article.sections.filter((section) => ids.has(section.id));
  return chosen.length > 0 ? chosen : article.sections;
}
