/**
 * Who made each part of an article and where its text comes from, as `<health-topic>` shows them:
 * the byline and translation line under the title, and the footer's review, rebuilt-parts and
 * source lines, and the review status staff can ask for. Only what the payload records is shown;
 * a translation credits the original's author and reviewer as the original's, never as its own.
 * Licence terms for edited copies (licence-terms.ts) may replace the byline and the review with
 * the lines they require.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HealthTopic as Article } from '../../content/schema.js';
import { reviewStatus } from '../../content/review-cycle.js';
import { isSafeLink } from '../../content/link-rule.js';
import { displayLanguage } from '../../i18n/localization.js';
import type { UiMessages } from '../../i18n/messages.js';
import { contributorParts } from '../../content/contributors.js';
import { creditsShown } from '../../content/licence-terms.js';
import { formatDate } from '../../shared/dates.js';
import { isolated, timeTemplate, withParts, type Part } from '../../shared/message-parts.js';

/** The language of the original a translation was made from, as a name in the article's language ("inglés"). */
function originalLanguage(article: Article): string | undefined {
  return article.translationOf ? displayLanguage(article.translationOf, article.locale) : undefined;
}

/** Under the title: the author line, and for a translation who translated it and who checked the translation. */
export function creditsTemplate(article: Article, messages: UiMessages): TemplateResult {
  const people = (role: Parameters<typeof contributorParts>[1]) => contributorParts(article.contributors, role, article.locale);
  const authors = creditsShown(article).byline ? people('author') : [];
  const language = originalLanguage(article);
  const byline = language ? withParts(messages.originalBy, [language], authors) : withParts(messages.byline, authors);
  if (language === undefined) return html`${authors.length > 0 ? html`<p part="byline" class="byline">${byline}</p>` : nothing}`;
  const translators = people('translator');
  const checkers = people('translation-reviewer');
  const translation = withParts(
    messages.translation,
    translators.length > 0 ? translators : [messages.notRecorded],
    checkers.length > 0 ? checkers : [messages.pending],
  );
  return html`${authors.length > 0 ? html`<p part="byline" class="byline">${byline}</p>` : nothing}
    <p part="translation" class="byline">${translation}</p>`;
}

/** Whether any block says it was rebuilt rather than taken from the article's source. */
export function hasRebuiltParts(article: Article): boolean {
  return article.sections.some((section) => section.blocks.some((block) => block.type !== 'figure' && block.provenance !== undefined));
}

/** The footer's lines above the disclaimer: medical review, rebuilt parts, review dates, source. */
export function footerCreditsTemplate(article: Article, messages: UiMessages): TemplateResult {
  const shown = creditsShown(article);
  const reviewers = shown.review ? contributorParts(article.contributors, 'reviewer', article.locale) : [];
  const language = originalLanguage(article);
  const review = language ? withParts(messages.originalReviewedBy, [language], reviewers) : withParts(messages.reviewedBy, reviewers);
  const date = (label: string, isoDate: string) =>
    html`<p part="review" class="review">${label}: ${timeTemplate(isoDate, formatDate(isoDate, article.locale))}</p>`;
  return html`${reviewers.length > 0 ? html`<p part="review" class="review">${review}</p>` : nothing}
    ${hasRebuiltParts(article) ? rebuiltTemplate(article, messages, reviewers.length > 0) : nothing}
    ${shown.termsLines.map((line) => html`<p part="attribution" class="review">${line}</p>`)}
    ${article.lastReviewed && shown.review ? date(messages.lastReviewed, article.lastReviewed) : nothing}
    ${article.lastUpdated ? date(messages.lastUpdated, article.lastUpdated) : nothing}
    ${sourceTemplate(article, messages, language)}`;
}

function rebuiltTemplate(article: Article, messages: UiMessages, reviewed: boolean): TemplateResult {
  const editors = contributorParts(article.contributors, 'editor', article.locale);
  const who = editors.length > 0 ? withParts(messages.rebuiltBy, editors) : [messages.rebuiltEditorUnknown];
  return html`<p part="rebuilt" class="review">${who}${reviewed ? ` ${messages.rebuiltNotReviewed}` : nothing}</p>`;
}

/** "Source of the text: EBSCO Health Library, article 22481." with the licence when known; nothing when no source is recorded. */
function sourceTemplate(article: Article, messages: UiMessages, language: string | undefined): TemplateResult | typeof nothing {
  const source = article.source;
  if (!source) return nothing;
  const named: Part = isolated(source.url && isSafeLink(source.url) ? html`<a part="link" href=${source.url}>${source.publisher}</a>` : source.publisher);
  const publisher = source.identifier ? withParts(messages.sourceArticle, [named], [isolated(source.identifier)]) : [named];
  const line = language ? withParts(messages.sourceOfOriginal, [language], publisher) : withParts(messages.sourceOfText, publisher);
  return html`<p part="source" class="review">${line}${source.license ? ` ${source.license}` : nothing}</p>`;
}

/** For staff who ask (`show-review-status`): whether the next medical review is overdue, due, or not known. */
export function reviewStatusTemplate(article: Article, messages: UiMessages, today: string): TemplateResult {
  const status = reviewStatus(article, today);
  if (status.state === 'unknown') return html`<p part="review-status" class="review-status">${messages.reviewUnknown}</p>`;
  const due = [timeTemplate(status.due, formatDate(status.due, article.locale))];
  if (status.state === 'in-time') return html`<p part="review-status" class="review-status">${withParts(messages.reviewDue, due)}</p>`;
  return html`<p part="review-status" class="review-status overdue">${withParts(messages.reviewOverdue, due)}</p>`;
}
