/**
 * The content schema's field rules, shared by its parts (schema.ts, source-schemas.ts): what a
 * slug, a language tag, a text, a date and a web address must be, and objects safe from a page
 * that changed Object.prototype.
 */
import * as v from 'valibot';
import { DATE_YEARS, isRealDate } from '../shared/dates.js';
import { DATE_YEARS_PATTERN } from './date-years.js';

/** Lower-case words joined by single hyphens: stable enough to be part of a URL fragment. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag limited to what the library ships: `en`, `es`, `pt-BR`. */
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
const WEB_URL_PATTERN = /^https?:\/\/\S+$/;
/**
 * At least one character a reader can see: not only spaces, zero-width or formatting characters
 * (U+200B, U+2060, soft hyphens), combining marks or blank fillers, which render as nothing.
 */
const VISIBLE_PATTERN = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
/**
 * Only characters text can hold: no control characters but tab and line breaks, and no lone
 * surrogates (broken UTF-16). HTML parsers drop or replace those, so a prerendered article would
 * not read as its payload, and no real article holds them. No bidirectional embedding, override
 * or isolate controls (U+202A-U+202E, U+2066-U+2069) either: one in a name reverses the rest of
 * its line ("rebuilt from X" and every word after). The marks U+200E, U+200F and U+061C stay.
 */
const CLEAN_TEXT_PATTERN = /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069])*$/u;

/**
 * An object schema whose entries have no prototype: valibot walks entries with `for...in`, so a
 * page that added keys to Object.prototype (old polyfills do) would otherwise break validation.
 */
export function record<const T extends v.ObjectEntries>(entries: T) {
  return v.strictObject(Object.assign(Object.create(null) as object, entries) as T);
}

export const slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'Use lower-case words joined by hyphens, such as "risk-factors".'));
export const locale = v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'Use a language tag such as "en" or "pt-BR".'));
export const cleanText = v.pipe(v.string(), v.regex(CLEAN_TEXT_PATTERN, 'Must not hold control characters or broken Unicode.'));
export const text = v.pipe(cleanText, v.regex(VISIBLE_PATTERN, 'Must not be empty.'));
export const optionalText = v.optional(cleanText);
// isoDate rejects months and days out of range ("2025-13-01"); the regex, years outside DATE_YEARS
// (0024 for 2024, 9999); the check, days a month lacks ("2026-02-30").
export const date = v.pipe(
  v.string(),
  v.isoDate('Use an ISO date such as "2024-05-31".'),
  v.regex(DATE_YEARS_PATTERN, `Use a year from ${DATE_YEARS.earliest} to ${DATE_YEARS.latest}.`),
  v.check((value) => !v.ISO_DATE_REGEX.test(value) || isRealDate(value), 'There is no such day in the calendar.'),
);

export const webUrl = v.pipe(v.string(), v.regex(WEB_URL_PATTERN, 'Use an http or https URL.'));
