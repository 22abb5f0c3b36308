import { html, nothing, type TemplateResult } from 'lit';
import type { Reference } from '../../content/schema.js';
import { citedName } from '../../content/contributors.js';
import { isSafeLink } from '../../content/link-rule.js';
import { doiUrl } from '../../content/published.js';
import type { UiMessages } from '../../i18n/messages.js';
import { formatDate } from '../../shared/dates.js';
import { isolated, withParts, type Part } from '../../shared/message-parts.js';

/**
 * One reference in the AMA-like style the source articles use:
 *   Eberhardt O, Topka H. Myoclonic disorders. Brain Sci. 2017;7(8):103. doi:10.3390/brainsci7080103
 *   Myoclonus—approach to the patient. EBSCO DynaMed website. Available at: https://....
 * The style's words ("website", "Available at:") and dates ("Accessed March 5, 2024.") are in the
 * reader's language, `locale`, marked with `labelLang` when the cited work is in another. Missing
 * facts are left out, never filled in.
 */
export function formatCitation(reference: Reference, messages: UiMessages, labelLang?: string, locale = 'en'): TemplateResult {
  const label = (text: string | Part[]) => (labelLang ? html`<span lang=${labelLang}>${text}</span>` : html`${text}`);
  return html`${authorList(reference, label(messages.etAl))}${sentence(reference.title)} ${container(reference, messages, label, locale)}${doiLink(reference.doi)}`;
}

type Label = (text: string | Part[]) => TemplateResult;

function authorList({ authors, etAl }: Reference, etAlLabel: TemplateResult | string): TemplateResult | string {
  if (!Array.isArray(authors) || authors.length === 0) return '';
  // Each name on its own (see `isolated`), so one written right to left keeps its place in the list.
  const names = authors.flatMap((author, index) => [...(index > 0 ? [', '] : []), isolated(citedName(author))]);
  return etAl ? html`${names}, ${etAlLabel}. ` : html`${names}. `;
}

/** A title set apart from the citation around it, ended with a period unless it already ends with a punctuation mark. */
function sentence(text: string): TemplateResult {
  return html`${isolated(text)}${/[.?!]$/.test(text) ? '' : '.'}`;
}

function container(reference: Reference, messages: UiMessages, label: Label, locale: string): TemplateResult {
  const { container: name, containerType, url } = reference;
  if (containerType === 'website') {
    return html`${name ? html`${label(withParts(messages.website, [isolated(name)]))}. ` : nothing}${webLink(url, messages, label)}${
      reference.accessed ? html` ${label(messages.accessed(formatDate(reference.accessed, locale)))}` : nothing
    }`;
  }
  return html`${name ? html`<cite>${isolated(name)}</cite>. ` : nothing}${journalLocation(reference)}${
    reference.doi || !url ? nothing : webLink(url, messages, label)
  }`;
}

/** `2017;7(8):103.`, or as much of it as is known. */
function journalLocation({ year, volume, issue, pages }: Reference): string {
  let location = year ? String(year) : '';
  if (volume) location += `${location ? ';' : ''}${volume}${issue ? `(${issue})` : ''}`;
  if (pages) location += `${location ? ':' : ''}${pages}`;
  return location ? `${location}.` : '';
}

function webLink(url: string | undefined, messages: UiMessages, label: Label): TemplateResult | typeof nothing {
  if (!url || !isSafeLink(url)) return nothing;
  return html`${label(messages.availableAt)} <a part="link" class="shows-address" href=${url}>${url}</a>.`;
}

function doiLink(doi: string | undefined): TemplateResult | typeof nothing {
  if (!doi) return nothing;
  return html` <a part="link doi" class="shows-address" href=${doiUrl(doi)}>doi:${doi}</a>`;
}
