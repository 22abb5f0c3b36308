/**
 * The link a CMS author pastes (docs: the link form of issue 24): rich-text editors keep a plain
 * link, query string included, where they strip a script or a custom element. It leads to the
 * article's own page under the build's folder, for readers without JavaScript; the build's script,
 * added once to the site's template, turns it into the article with the options of its query.
 */
import { escapeAttribute as attribute, escapeText as text } from '../../src/content/published.js';
import { readBaseAddress } from './base-address.js';

export interface LinkChoices {
  /** Where the build's dist/ folder is served, as typed (read by `readBaseAddress`). */
  baseUrl: string;
  topic: string;
  /** The reader's language; none for the page's language. */
  lang?: string;
  /** Section ids, in the article's order; none for the whole article. */
  sections: string[];
  headingLevel: number;
  /** The article's title, the link's text. */
  title: string;
}

/** A path segment the build writes an article page under: a name, never "..", "/" or an escape that reads as one. */
const PAGE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/i;


/** The article page's address with the author's choices, or none for an address or name no page has. */
export function linkAddress(choices: Omit<LinkChoices, 'title'>): string {
  const base = readBaseAddress(choices.baseUrl);
  const segments = [choices.topic, ...(choices.lang ? [choices.lang] : [])];
  if (!base.ok || !segments.every((segment) => PAGE_SEGMENT.test(segment))) return '';
  // Only what differs from the element's defaults: the shorter the link, the likelier an editor keeps it whole.
  const query = [
    ...(choices.sections.length > 0 ? [`sections=${choices.sections.map(encodeURIComponent).join(',')}`] : []),
    ...(choices.headingLevel === 2 ? [] : [`heading-level=${choices.headingLevel}`]),
  ];
  return `${base.url}articles/${segments.join('/')}/${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The link to paste into a rich-text editor; none when `linkAddress` has none. */
export function writeLink(choices: LinkChoices): string {
  const href = linkAddress(choices);
  return href ? `<a href="${attribute(href)}">${text(choices.title)}</a>` : '';
}
