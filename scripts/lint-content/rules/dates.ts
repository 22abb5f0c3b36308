/** The review and update dates: known or left out, and a review not too old (the schema checks they are real days). */
import { isRealDate } from '../../../src/shared/dates.js';
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

/** Warning: medical content is due for review after `maxReviewAgeDays`. */
export function overdueReview(input: unknown, { today, maxReviewAgeDays }: LintOptions): Finding[] {
  const reviewed = field(input, 'lastReviewed');
  if (typeof reviewed !== 'string' || !isRealDate(reviewed)) return [];
  const age = daysBetween(reviewed, today);
  if (age <= maxReviewAgeDays) return [];
  const overdue = `more than the ${maxReviewAgeDays} days allowed; the article is due for review`;
  return [warningAt('lastReviewed', `The last medical review was on ${reviewed}, ${age} days before ${today}, ${overdue}.`)];
}
