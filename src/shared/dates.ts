/** ISO dates as payloads write them ("2024-05-31"), read and shown the same way everywhere. */

/**
 * The years a payload's dates may name. Outside them a date is a typo (0024 for 2024) that would
 * still mislead: engines read years 0-99 as 19xx, and a review cycle counted from 9999 ends in a
 * five-digit year. The schema, the content linter and the widget all hold dates to this range.
 */
export const DATE_YEARS = { earliest: 1900, latest: 2200 } as const;

/**
 * `DATE_YEARS` as a pattern, for the published JSON Schema, which cannot compare a string's year:
 * a string that starts with a four-digit year and a hyphen names one in range. Anything else
 * passes it, to meet the date format's own rule instead, so a malformed date gets one message.
 */
export const DATE_YEARS_PATTERN = new RegExp(`^(?!\\d{4}-)|^(?:${numbersBetween(String(DATE_YEARS.earliest), String(DATE_YEARS.latest)).join('|')})-`);

/** Pattern alternatives for the numbers from `low` to `high`, both written with the same number of digits. */
function numbersBetween(low: string, high: string): string[] {
  if (low === high) return [low];
  const [lowFirst, highFirst] = [Number(low[0]), Number(high[0])];
  const [lowRest, highRest] = [low.slice(1), high.slice(1)];
  if (lowFirst === highFirst) return numbersBetween(lowRest, highRest).map((rest) => `${lowFirst}${rest}`);
  const [zeros, nines] = ['0'.repeat(lowRest.length), '9'.repeat(lowRest.length)];
  // The first and last leading digits, unless their numbers run from ...0 to ...9, take part of their range only.
  const lowPart = lowRest === zeros ? [] : numbersBetween(lowRest, nines).map((rest) => `${lowFirst}${rest}`);
  const highPart = highRest === nines ? [] : numbersBetween(zeros, highRest).map((rest) => `${highFirst}${rest}`);
  const [from, to] = [lowFirst + (lowPart.length > 0 ? 1 : 0), highFirst - (highPart.length > 0 ? 1 : 0)];
  const digit = from === to ? String(from) : from === 0 && to === 9 ? '\\d' : `[${from}-${to}]`;
  const whole = from <= to ? [`${digit}${'\\d'.repeat(lowRest.length)}`] : [];
  return [...lowPart, ...whole, ...highPart];
}

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
