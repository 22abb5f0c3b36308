/** ISO dates as payloads write them ("2024-05-31"), read and shown the same way everywhere. */

/** Midnight UTC of the day, so the day shown never shifts with the reader's time zone. */
function utcDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Whether an ISO date names a day the calendar has: "2024-02-29" does, "2026-02-30" does not
 * (engines would roll it over to March 2).
 */
export function isRealDate(isoDate: string): boolean {
  const date = utcDay(isoDate);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}

/** A date as readers of `locale` write it ("May 31, 2024"); one the calendar lacks is shown as written. */
export function formatDate(isoDate: string, locale: string): string {
  if (!isRealDate(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utcDay(isoDate));
}
