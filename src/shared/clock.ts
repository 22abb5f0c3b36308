/**
 * "Today", for the review cycle: the reader's calendar day, as an ISO date ("2026-05-31"). It is
 * read from the local date, never from a UTC instant, so a reader in a time zone behind or ahead
 * of UTC sees the day on their own calendar. Review dates are ISO days too, compared as such: no
 * time zone takes part.
 */
let fixedToday: string | undefined;

/** The calendar day of `now` where the code runs, `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}

/** Today's date, or the day tests fixed with `setToday`. */
export function today(): string {
  return fixedToday ?? localDate(new Date());
}

/** For tests: make `today()` answer this day (`undefined` goes back to the clock). */
export function setToday(isoDate: string | undefined): void {
  fixedToday = isoDate;
}
