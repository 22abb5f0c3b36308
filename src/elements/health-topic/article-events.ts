import { licenceEndingSoon } from '../../content/licence-terms.js';
import { reviewStatus } from '../../content/review-cycle.js';
import type { HealthTopic as Article } from '../../content/schema.js';
import { today } from '../../shared/clock.js';
import { emit } from './events.js';

/**
 * Says that an article is on screen: `health-topic-load`, then `health-topic-language-change`
 * when the reader chose its language in the picker, then, for the site's monitoring,
 * `health-topic-review-due` when its medical review is overdue, counted to the reader's day, and
 * `health-topic-licence-ending` when the licence it is shown under ends within 30 days.
 */
export function announceArticle(host: HTMLElement, article: Article, previousLocale: string | undefined): void {
  const { id: topic, locale, lastReviewed } = article;
  emit(host, 'health-topic-load', { topic, locale });
  if (previousLocale !== undefined) emit(host, 'health-topic-language-change', { topic, locale, previousLocale });
  const day = today();
  const expires = licenceEndingSoon(article, day);
  if (expires) emit(host, 'health-topic-licence-ending', { topic, locale, expires, today: day });
  const status = reviewStatus(article, day);
  if (status.state !== 'overdue') return;
  emit(host, 'health-topic-review-due', { topic, locale, nextReview: status.due, ...(lastReviewed ? { lastReviewed } : {}), today: day });
}
