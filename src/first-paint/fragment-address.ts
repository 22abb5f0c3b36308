/**
 * Which `<health-topic>` elements the build's HTML fits, and where that HTML is. It fits a topic
 * named by `topic` alone, in the reader's language, laid out as the build renders it: no
 * `sections` chosen, headings at h2, no review status, no `code` to look up, no payload from the
 * page. Every other element takes the JSON path once the elements load. (An article prerendered
 * into the page is not painted again, but its HTML still tells the elements where its files are.)
 */
import { fragmentPath } from '../content/published.js';
import { baseLanguage, languageOf } from '../shared/locales.js';
import type { FragmentBuild } from '../shared/this-build.js';

const TOPIC_NAME = /^[a-z0-9][a-z0-9-]*$/;
const LAID_OUT_OTHERWISE = ['sections', 'code', 'code-system', 'show-review-status'];

export interface FragmentRequest {
  topic: string;
  locale: string;
  /** The fragment's file name in the topics folder. */
  file: string;
}

/** The fragment an element's article would be painted from, or `undefined` when none fits it. */
export function fragmentFor(element: Element, build: FragmentBuild): FragmentRequest | undefined {
  const topic = element.getAttribute('topic')?.trim().toLowerCase() ?? '';
  if (!TOPIC_NAME.test(topic) || Object.hasOwn(element, 'data')) return undefined;
  if (!fitsBuiltHtml((name) => element.getAttribute(name))) return undefined;
  if (element.querySelector(':scope > script[type="application/json"]')) return undefined;
  const locale = baseLanguage(languageOf(element));
  if (!TOPIC_NAME.test(locale)) return undefined;
  return { topic, locale, file: fragmentPath(build.id, topic, locale) };
}

/** Whether an element with these attributes shows the article as the build rendered it (the snippet builder asks too). */
export function fitsBuiltHtml(attribute: (name: string) => string | null): boolean {
  return !LAID_OUT_OTHERWISE.some((name) => attribute(name) !== null) && (attribute('heading-level') ?? '2').trim() === '2';
}
