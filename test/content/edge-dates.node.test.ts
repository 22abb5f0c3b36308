/**
 * Dates at the edges of the calendar, which pass a loose check and still mislead readers or staff:
 * the content schema, the published JSON Schema, the content linter and the widget's own date
 * arithmetic agree on the years a payload may name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overdueReview } from '../../scripts/lint-content/rules/dates.js';
import { addMonths, nextReviewDate, reviewStatus } from '../../src/content/review-cycle.js';
import { DATE_YEARS_PATTERN } from '../../src/content/date-years.js';
import { formatDate, isPayloadDate } from '../../src/shared/dates.js';
import { changed, problems, refusedByPublished } from '../support/schema-checks.js';

/** Every date field a payload holds, each set to `day`. */
const DATE_FIELDS: [path: string, pointer: string, set: (payload: any, day: string) => void][] = [
  ['lastReviewed', '/lastReviewed', (payload, day) => (payload.lastReviewed = day)],
  ['nextReview', '/nextReview', (payload, day) => (payload.nextReview = day)],
  ['lastUpdated', '/lastUpdated', (payload, day) => (payload.lastUpdated = day)],
  ['contributors[0].date', '/contributors/0/date', (payload, day) => (payload.contributors[0].date = day)],
  ['references[0].accessed', '/references/0/accessed', (payload, day) => (payload.references[0].accessed = day)],
];

const YEAR_RANGE = 'Use a year from 1900 to 2200.';

describe('dates at the edges of the calendar', () => {
  it('the content schema takes the years 1900 to 2200 in every date, and refuses others with one message', () => {
    for (const [field, , set] of DATE_FIELDS) {
      for (const day of ['1900-01-01', '2026-05-31', '2200-12-31']) {
        assert.deepEqual(problems(changed((payload) => set(payload, day))), [], `${field} ${day}`);
      }
      for (const day of ['0000-01-01', '0001-01-01', '0099-12-31', '1899-12-31', '2201-01-01', '9999-12-15']) {
        assert.deepEqual(problems(changed((payload) => set(payload, day))), [`${field}: ${YEAR_RANGE}`], `${field} ${day}`);
      }
    }
    // A date that is not a date at all still gets the date format's message alone.
    assert.deepEqual(problems(changed((payload) => (payload.lastReviewed = '31/05/2024'))), ['lastReviewed: Use an ISO date such as "2024-05-31".']);
  });

  it('the published JSON Schema refuses the same years, and takes the same ones', () => {
    for (const [field, pointer, set] of DATE_FIELDS) {
      for (const day of ['1900-01-01', '2200-12-31']) assert.deepEqual(refusedByPublished(changed((payload) => set(payload, day))), [], `${field} ${day}`);
      for (const day of ['0000-01-01', '0001-01-01', '1899-12-31', '2201-01-01', '9999-12-15']) {
        assert.deepEqual(refusedByPublished(changed((payload) => set(payload, day))), [pointer], `${field} ${day}`);
      }
    }
  });

  it('the pattern the JSON Schema publishes and the range the code checks agree on every four-digit year', () => {
    for (let year = 0; year <= 9999; year += 1) {
      const day = `${String(year).padStart(4, '0')}-06-15`;
      assert.equal(DATE_YEARS_PATTERN.test(day), isPayloadDate(day), day);
    }
    assert.equal(DATE_YEARS_PATTERN.test('+010000-06-15'), true, 'no four-digit year: left to the date format, which refuses it');
  });

  it('counts a due day without wrapping a year into the 1900s or past four digits', () => {
    assert.equal(addMonths('2200-12-31', 120), '2210-12-31');
    assert.equal(addMonths('1900-02-28', 12), '1901-02-28');
    // Date.UTC reads years 0-99 as 1900-1999: the day after 0001-01-01 plus a year is 0002-01-01, not 1902.
    assert.equal(addMonths('0001-01-01', 12), '0002-01-01');
    assert.equal(addMonths('0099-12-15', 1), '0100-01-15');
    assert.equal(addMonths('0096-01-31', 1), '0096-02-29');
  });

  it('knows no due day from a date outside the years, so staff never read "December 1, 10000"', () => {
    assert.equal(nextReviewDate({ lastReviewed: '9999-12-15', reviewIntervalMonths: 12 }), undefined);
    assert.equal(nextReviewDate({ lastReviewed: '0001-01-01', reviewIntervalMonths: 12 }), undefined);
    assert.equal(nextReviewDate({ nextReview: '0000-01-01' }), undefined);
    assert.equal(nextReviewDate({ lastReviewed: '2200-12-15', reviewIntervalMonths: 12 }), '2201-12-15');
    // A payload that skipped validation may give any interval: no due day leaves four digits.
    assert.equal(nextReviewDate({ lastReviewed: '2026-01-01', reviewIntervalMonths: 12 * 8000 }), undefined);
    assert.deepEqual(reviewStatus({ lastReviewed: '9999-12-15', reviewIntervalMonths: 12 }, '2026-05-31'), { state: 'unknown' });
  });

  it('shows a date outside the years as written, never as year 1 or 10000', () => {
    assert.equal(formatDate('0000-01-01', 'en'), '0000-01-01');
    assert.equal(formatDate('0001-01-01', 'en'), '0001-01-01');
    assert.equal(formatDate('9999-12-15', 'es'), '9999-12-15');
    assert.equal(formatDate('1900-01-01', 'en'), 'January 1, 1900');
    assert.equal(formatDate('2200-12-31', 'es'), '31 de diciembre de 2200');
  });

  it('the content linter counts no overdue review from a date outside the years: the schema names it instead', () => {
    const options = { today: '2026-05-31', maxReviewAgeDays: 365 };
    assert.deepEqual(overdueReview({ lastReviewed: '0001-01-01', reviewIntervalMonths: 12 }, options), []);
    assert.deepEqual(overdueReview({ lastReviewed: '0001-01-01' }, options), []);
    assert.deepEqual(overdueReview({ nextReview: '1000-01-01' }, options), []);
  });
});

