import { html, nothing, type TemplateResult } from 'lit';
import type { PersonName, Reference } from '../../content/schema.js';
import { isSafeLink } from '../../content/rich-text.js';

/**
 * One reference in the AMA-like style the source articles use:
 *   Eberhardt O, Topka H. Myoclonic disorders. Brain Sci. 2017;7(8):103. doi:10.3390/brainsci7080103
 *   Myoclonus—approach to the patient. EBSCO DynaMed website. Available at: https://....
 * Missing facts are left out, never filled in.
 */
export function formatCitation(reference: Reference): TemplateResult {
  return html`${authorList(reference)}${sentence(reference.title)} ${container(reference)}${doiLink(reference.doi)}`;
}

function authorList({ authors, etAl }: Reference): string {
  if (!Array.isArray(authors) || authors.length === 0) return '';
  const names = authors.map(personName);
  if (etAl) names.push('et al');
  return `${names.join(', ')}. `;
}

function personName({ family, given }: PersonName): string {
  return given ? `${family} ${given}` : family;
}

/** Ends a title with a period unless it already ends with a punctuation mark. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function container(reference: Reference): TemplateResult | typeof nothing {
  const { container: name, containerType, url } = reference;
  if (containerType === 'website') {
    return html`${name ? html`${name} website. ` : nothing}${webLink(url)}${accessedOn(reference.accessed)}`;
  }
  return html`${name ? html`<cite>${name}</cite>. ` : nothing}${journalLocation(reference)}${
    reference.doi || !url ? nothing : webLink(url)
  }`;
}

/** `2017;7(8):103.`, or as much of it as is known. */
function journalLocation({ year, volume, issue, pages }: Reference): string {
  let location = year ? String(year) : '';
  if (volume) location += `${location ? ';' : ''}${volume}${issue ? `(${issue})` : ''}`;
  if (pages) location += `${location ? ':' : ''}${pages}`;
  return location ? `${location}.` : '';
}

function webLink(url: string | undefined): TemplateResult | typeof nothing {
  if (!url || !isSafeLink(url)) return nothing;
  return html`Available at: <a part="link" href=${url}>${url}</a>.`;
}

function accessedOn(accessed: string | undefined): string {
  return accessed ? ` Accessed ${accessed}.` : '';
}

function doiLink(doi: string | undefined): TemplateResult | typeof nothing {
  if (!doi) return nothing;
  return html` <a part="link doi" href=${`https://doi.org/${encodeURI(doi)}`}>doi:${doi}</a>`;
}
