/** The review and update dates: real days, known or left out, and a review not too old. */
import { errorAt, warningAt } from '../findings.js';
import { field } from '../payload.js';
import type { Finding, LintOptions } from '../types.js';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_FIELDS = [
  { key: 'lastReviewed', label: 'Last reviewed', what: 'date of the last medical review' },
  { key: 'lastUpdated', label: 'Last updated', what: 'date the article last changed' },
] as const;

/** SOURCES.md: an unknown date is left out, never invented. */
const NEVER_GUESSED = 'never a guessed date';

export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Error: the schema checks the form only: "2024-02-30" passes it, and the widget would show 1 March or fail. */
export function impossibleDates(input: unknown): Finding[] {
  return DATE_FIELDS.flatMap(({ key }) => {
    const value = field(input, key);
    if (typeof value !== 'string' || !DATE_PATTERN.test(value) || isCalendarDate(value)) return [];
    return [errorAt(key, `"${value}" is not a real date; the widget would show another day or fail to show the article.`)];
  });
}

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
  if (typeof reviewed !== 'string' || !DATE_PATTERN.test(reviewed) || !isCalendarDate(reviewed)) return [];
  const age = daysBetween(reviewed, today);
  if (age <= maxReviewAgeDays) return [];
  const overdue = `more than the ${maxReviewAgeDays} days allowed; the article is due for review`;
  return [warningAt('lastReviewed', `The last medical review was on ${reviewed}, ${age} days before ${today}, ${overdue}.`)];
}
