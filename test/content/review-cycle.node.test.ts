/**
 * The review cycle's days: when the next medical review is due (src/content/review-cycle.ts), and
 * "today" (src/shared/clock.ts), which is the reader's calendar day in any time zone.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { addMonths, nextReviewDate, reviewStatus } from '../../src/content/review-cycle.js';
import { localDate, setToday, today } from '../../src/shared/clock.js';

const originalTimeZone = process.env.TZ;

function inTimeZone<T>(timeZone: string, run: () => T): T {
  process.env.TZ = timeZone;
  try {
    return run();
  } finally {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  }
}

describe('review cycle', () => {
  after(() => setToday(undefined));

  it('adds calendar months, ending on the last day of a shorter month', () => {
    assert.equal(addMonths('2025-03-31', 11), '2026-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2024-12-15', 1), '2025-01-15');
    assert.equal(addMonths('2024-05-31', 36), '2027-05-31');
  });

  it('takes the due day from nextReview, or counts it from lastReviewed, and otherwise knows none', () => {
    assert.equal(nextReviewDate({ nextReview: '2026-06-30' }), '2026-06-30');
    assert.equal(nextReviewDate({ lastReviewed: '2025-03-31', reviewIntervalMonths: 11 }), '2026-02-28');
    assert.equal(nextReviewDate({ lastReviewed: '2025-03-31' }), undefined);
    assert.equal(nextReviewDate({ reviewIntervalMonths: 12 }), undefined);
    assert.equal(nextReviewDate({}), undefined);
  });

  it('is overdue the day after it was due, not on the day', () => {
    const article = { lastReviewed: '2025-03-31', reviewIntervalMonths: 11 };
    assert.deepEqual(reviewStatus(article, '2026-02-28'), { state: 'in-time', due: '2026-02-28' });
    assert.deepEqual(reviewStatus(article, '2026-03-01'), { state: 'overdue', due: '2026-02-28' });
    assert.deepEqual(reviewStatus({}, '2099-01-01'), { state: 'unknown' });
  });

  it('counts the same due day in every time zone', () => {
    const article = { lastReviewed: '2024-01-31', reviewIntervalMonths: 1 };
    for (const timeZone of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      assert.equal(inTimeZone(timeZone, () => nextReviewDate(article)), '2024-02-29', timeZone);
    }
  });

  it('takes "today" from the reader\'s calendar, not from UTC', () => {
    // 05:30 UTC on March 1 is still February 28 in Los Angeles, and already March 1 in Kiritimati.
    const instant = new Date(Date.UTC(2026, 2, 1, 5, 30));
    assert.equal(inTimeZone('America/Los_Angeles', () => localDate(instant)), '2026-02-28');
    assert.equal(inTimeZone('Pacific/Kiritimati', () => localDate(instant)), '2026-03-01');
    // So a review due on February 28 is overdue for the second reader only.
    const article = { nextReview: '2026-02-28' };
    assert.equal(reviewStatus(article, inTimeZone('America/Los_Angeles', () => localDate(instant))).state, 'in-time');
    assert.equal(reviewStatus(article, inTimeZone('Pacific/Kiritimati', () => localDate(instant))).state, 'overdue');
  });

  it('lets tests fix "today", and goes back to the clock', () => {
    setToday('2026-03-01');
    assert.equal(today(), '2026-03-01');
    setToday(undefined);
    // Read between two readings of the clock, so a run across midnight still passes.
    const before = localDate(new Date());
    const read = today();
    assert.ok([before, localDate(new Date())].includes(read), read);
  });
});
