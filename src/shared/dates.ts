/** ISO dates as payloads write them ("2024-05-31"), read and shown the same way everywhere. */

/**
 * The years a payload's dates may name. Outside them a date is a typo (0024 for 2024) that would
 * still mislead: engines read years 0-99 as 19xx, and a review cycle counted from 9999 ends in a
 * five-digit year. The schema, the content linter and the widget all hold dates to this range.
 */
export const DATE_YEARS = { earliest: 1900, latest: 2200 } as const;

/** Midnight UTC of the day, so the day shown never shifts with the reader's time zone. */
function utcDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Whether an ISO date names a day the calendar has: "2024-02-29" does, "2026-02-30" does not
 * (engines would roll it over to March 2), and neither do other shapes ("+010000-12").
 */
export function isRealDate(isoDate: string): boolean {
  const date = utcDay(isoDate);
  return /^\d{4}-\d\d-\d\d$/.test(isoDate) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}

/** Whether an ISO date is one a payload may hold: a day the calendar has, in `DATE_YEARS`. */
export function isPayloadDate(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return isRealDate(isoDate) && year >= DATE_YEARS.earliest && year <= DATE_YEARS.latest;
}

/** A date as readers of `locale` write it ("May 31, 2024"); one a payload may not hold is shown as written. */
export function formatDate(isoDate: string, locale: string): string {
  if (!isPayloadDate(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utcDay(isoDate));
}
