/**
 * When an article's next medical review is due, from what its payload records: `nextReview`, or
 * `lastReviewed` plus `reviewIntervalMonths`. Nothing else is assumed: without either, the due day
 * is unknown, and unknown it stays.
 */
import { isPayloadDate, isRealDate } from '../shared/dates.js';
import type { HealthTopic as Article } from './schema.js';

export type ReviewStatus =
  | { state: 'unknown' }
  | { state: 'in-time' | 'overdue'; /** The day the next review is due. */ due: string };

/**
 * `isoDate` plus whole calendar months; past the end of a shorter month, its last day (Jan 31 + 1 =
 * Feb 28 or 29). With `setUTCFullYear`, which takes years as given: `Date.UTC` reads 0-99 as 19xx.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month + months, 0);
  date.setUTCFullYear(year, month - 1 + months, Math.min(day, date.getUTCDate()));
  return date.toISOString().slice(0, 10);
}

/**
 * The day the next medical review is due, when the payload says or lets it be counted. A date a
 * payload may not hold (see `DATE_YEARS`; only content that skipped validation has one) gives none,
 * and so does a count that would leave four-digit years.
 */
export function nextReviewDate(article: Pick<Article, 'lastReviewed' | 'reviewIntervalMonths' | 'nextReview'>): string | undefined {
  const { lastReviewed, reviewIntervalMonths, nextReview } = article;
  if (nextReview) return isPayloadDate(nextReview) ? nextReview : undefined;
  if (!lastReviewed || !reviewIntervalMonths || !isPayloadDate(lastReviewed)) return undefined;
  const due = addMonths(lastReviewed, reviewIntervalMonths);
  return isRealDate(due) ? due : undefined;
}

/** Whether the review is overdue on `today` (an ISO date): after the day it was due, not on it. */
export function reviewStatus(article: Pick<Article, 'lastReviewed' | 'reviewIntervalMonths' | 'nextReview'>, today: string): ReviewStatus {
  const due = nextReviewDate(article);
  if (!due) return { state: 'unknown' };
  // ISO days compare as strings: "2026-03-01" > "2026-02-28".
  return { state: today > due ? 'overdue' : 'in-time', due };
}
