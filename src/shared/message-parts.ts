/**
 * Widget messages whose values are not plain text (a link, a date in `<time>`), and lists of such
 * values joined the way a language joins them ("A, B, and C"; "A, B y C"). The result is an array
 * of strings and templates for a Lit binding: text stays text, as everywhere else.
 */
import { html, type TemplateResult } from 'lit';

export type Part = string | TemplateResult;

const MARKER = /\uE000(\d+)\uE001/;

/**
 * Makes `message` with a marker in the place of each value, then puts the values where the
 * markers are, so a translation may move them. The values never pass through the message as
 * text, so nothing a payload holds can be taken for a marker.
 */
export function withParts(message: (...markers: string[]) => string, ...values: Part[][]): Part[] {
  const markers = values.map((_, index) => `\uE000${index}\uE001`);
  return message(...markers)
    .split(MARKER)
    .flatMap((piece, index) => (index % 2 === 1 ? (values[Number(piece)] ?? []) : piece ? [piece] : []));
}

/** Values joined as a list in `locale` ("A, B, and C"), by `Intl.ListFormat`. */
export function listParts(values: Part[], locale: string): Part[] {
  if (values.length < 2) return values;
  let format: Intl.ListFormat;
  try {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    format = new Intl.ListFormat('en', { type: 'conjunction' });
  }
  let next = 0;
  return format.formatToParts(values.map((_, index) => String(index))).map((part) => (part.type === 'element' ? values[next++]! : part.value));
}

/** A day as readers of `locale` write it, in a `<time>` that machines can read. */
export function timeTemplate(isoDate: string, formatted: string): TemplateResult {
  return html`<time datetime=${isoDate}>${formatted}</time>`;
}

/**
 * A name from a payload, set apart from the sentence around it (`<bdi>`): a right-to-left name, or
 * a direction control that slipped past validation, orders its own characters and never the words after it.
 */
export function isolated(value: Part): TemplateResult {
  return html`<bdi>${value}</bdi>`;
}
