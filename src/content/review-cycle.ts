/**
 * When an article's next medical review is due, from what its payload records: `nextReview`, or
 * `lastReviewed` plus `reviewIntervalMonths`. Nothing else is assumed: without either, the due day
 * is unknown, and unknown it stays.
 */
import type { HealthTopic as Article } from './schema.js';

export type ReviewStatus =
  | { state: 'unknown' }
  | { state: 'in-time' | 'overdue'; /** The day the next review is due. */ due: string };

/** `isoDate` plus whole calendar months; past the end of a shorter month, its last day (Jan 31 + 1 = Feb 28 or 29). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The day the next medical review is due, when the payload says or lets it be counted. */
export function nextReviewDate(article: Pick<Article, 'lastReviewed' | 'reviewIntervalMonths' | 'nextReview'>): string | undefined {
  if (article.nextReview) return article.nextReview;
  if (article.lastReviewed && article.reviewIntervalMonths) return addMonths(article.lastReviewed, article.reviewIntervalMonths);
  return undefined;
}

/** Whether the review is overdue on `today` (an ISO date): after the day it was due, not on it. */
export function reviewStatus(article: Pick<Article, 'lastReviewed' | 'reviewIntervalMonths' | 'nextReview'>, today: string): ReviewStatus {
  const due = nextReviewDate(article);
  if (!due) return { state: 'unknown' };
  // ISO days compare as strings: "2026-03-01" > "2026-02-28".
  return { state: today > due ? 'overdue' : 'in-time', due };
}
