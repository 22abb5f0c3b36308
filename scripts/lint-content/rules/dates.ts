/** The review and update dates: known or left out, and a review not too old (the schema checks they are real days). */
import { nextReviewDate } from '../../../src/content/review-cycle.js';
import { isPayloadDate } from '../../../src/shared/dates.js';
import { warningAt } from '../findings.js';
import { field } from '../payload.js';
import type { Finding, LintOptions } from '../types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_FIELDS = [
  { key: 'lastReviewed', label: 'Last reviewed', what: 'date of the last medical review' },
  { key: 'lastUpdated', label: 'Last updated', what: 'date the article last changed' },
] as const;

/** SOURCES.md: an unknown date is left out, never invented. */
const NEVER_GUESSED = 'never a guessed date';

/** Warning: without a date the widget leaves its row out. */
export function missingDates(input: unknown): Finding[] {
  return DATE_FIELDS.filter(({ key }) => field(input, key) === undefined).map(({ key, label, what }) => {
    const omitted = `the widget leaves out the "${label}" row`;
    return warningAt(key, `The ${what} is not given, so ${omitted}; add it only when it is known, ${NEVER_GUESSED}.`);
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A date the schema takes; any other is the schema rule's finding, not a day to count from. */
const realDate = (value: unknown): string | undefined => (typeof value === 'string' && isPayloadDate(value) ? value : undefined);

/**
 * Warning: medical content is due for review on the day its review cycle says (`nextReview`, or
 * `lastReviewed` plus `reviewIntervalMonths`), else after `maxReviewAgeDays`. The message names the
 * day it was due.
 */
export function overdueReview(input: unknown, { today, maxReviewAgeDays }: LintOptions): Finding[] {
  const reviewed = realDate(field(input, 'lastReviewed'));
  const nextReview = realDate(field(input, 'nextReview'));
  const interval = field(input, 'reviewIntervalMonths');
  const months = Number.isInteger(interval) && (interval as number) > 0 ? (interval as number) : undefined;
  const due = nextReviewDate({ lastReviewed: reviewed, nextReview, reviewIntervalMonths: months });
  if (due) {
    if (today <= due) return [];
    const counted = nextReview ? '' : ` (${months} months after the last, on ${reviewed})`;
    return [warningAt(nextReview ? 'nextReview' : 'lastReviewed', `The next medical review was due on ${due}${counted}; on ${today} it is overdue.`)];
  }
  if (!reviewed) return [];
  const age = daysBetween(reviewed, today);
  if (age <= maxReviewAgeDays) return [];
  const overdue = `more than the ${maxReviewAgeDays} days allowed; the article is due for review`;
  return [warningAt('lastReviewed', `The last medical review was on ${reviewed}, ${age} days before ${today}, ${overdue}.`)];
}
