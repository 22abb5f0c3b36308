/**
 * The years a payload's dates may name (`DATE_YEARS`, src/shared/dates.ts) as a pattern, for the
 * schema and so for the published JSON Schema, which cannot compare a string's year. Built here,
 * beside the schema, so that the elements' first paint, which only checks dates, never builds it.
 */
import { DATE_YEARS } from '../shared/dates.js';

/**
 * A string that starts with a four-digit year and a hyphen names one in range. Anything else
 * passes it, to meet the date format's own rule instead, so a malformed date gets one message.
 */
export const DATE_YEARS_PATTERN = new RegExp(`^(?!\\d{4}-)|^(?:${numbersBetween(String(DATE_YEARS.earliest), String(DATE_YEARS.latest)).join('|')})-`);

/**
 * Pattern alternatives for the numbers from `low` to `high`, both written with the same number of
 * digits. Exported for its tests, which try ranges other than `DATE_YEARS`.
 */
export function numbersBetween(low: string, high: string): string[] {
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
