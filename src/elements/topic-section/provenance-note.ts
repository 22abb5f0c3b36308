/**
 * The note under a block that is not from the article's source: "This list was rebuilt from the
 * NINDS fact sheet on myoclonus, Mayo Clinic, and the MSD Manual." Each work is a link when its
 * address is recorded, and says when it was read (and that it was read from a stored copy) when
 * that is recorded; nothing else is added.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListBlock, ParagraphBlock, ProvenanceSource } from '../../content/schema.js';
import { isSafeLink } from '../../content/link-rule.js';
import type { UiMessages } from '../../i18n/messages.js';
import { formatDate } from '../../shared/dates.js';
import { isolated, listParts, timeTemplate, withParts, type Part } from '../../shared/message-parts.js';

export function provenanceNote(block: ListBlock | ParagraphBlock, messages: UiMessages, locale: string): TemplateResult | typeof nothing {
  // Data given directly to <topic-section> skipped validation: a provenance without works shows nothing.
  const sources = Array.isArray(block.provenance?.sources) ? block.provenance.sources.filter((source) => typeof source?.name === 'string') : [];
  if (sources.length === 0) return nothing;
  const message = block.type === 'list' ? messages.rebuiltList : messages.rebuiltParagraph;
  const works = listParts(sources.map((source) => work(source, messages, locale)), locale);
  return html`<p part="provenance" class="provenance">${withParts(message, works)}</p>`;
}

function work({ name, url, read, storedCopy }: ProvenanceSource, messages: UiMessages, locale: string): Part {
  const named = isolated(url && isSafeLink(url) ? html`<a part="link" href=${url}>${name}</a>` : name);
  if (!read) return named;
  const message = storedCopy === true ? messages.sourceReadStored : messages.sourceRead;
  return html`${withParts(message, [named], [timeTemplate(read, formatDate(read, locale))])}`;
}
